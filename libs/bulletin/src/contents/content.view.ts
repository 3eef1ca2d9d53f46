import type { BulletinContentEntity } from '../persistence/bulletin-content.entity.js';
import type { ContentView } from './content.input.js';

export function toContentView(row: BulletinContentEntity, today: string): ContentView {
  const lastDay = row.enrolBy ?? row.endsOn;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    provider: row.provider,
    municipalityCode: row.municipalityCode,
    place: row.place,
    areaIds: row.areaIds,
    target: row.target,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    enrolBy: row.enrolBy,
    cefrLevel: row.cefrLevel,
    hours: row.hours,
    schedule: row.schedule,
    free: row.free,
    url: row.url,
    howTo: row.howTo,
    contact: row.contact,
    active: row.archivedAt === null && (lastDay === null || lastDay >= today),
    archived: row.archivedAt !== null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
