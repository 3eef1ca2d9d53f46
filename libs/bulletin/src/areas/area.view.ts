import { SECTION_CODES } from '../domain/edition-sections.js';
import type { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';
import type { AreaView } from './area.input.js';

export function toAreaView(area: BulletinAreaEntity): AreaView {
  return {
    id: area.id,
    slug: area.slug,
    name: area.name,
    municipalityCodes: area.municipalityCodes,
    centre:
      area.centreLat !== null && area.centreLng !== null
        ? { lat: area.centreLat, lng: area.centreLng }
        : null,
    radiusKm: area.radiusKm,
    sections: SECTION_CODES.filter((code) => area.sections.includes(code)),
    autoSend: area.autoSend,
    archived: area.archivedAt !== null,
    createdAt: area.createdAt,
    updatedAt: area.updatedAt,
  };
}
