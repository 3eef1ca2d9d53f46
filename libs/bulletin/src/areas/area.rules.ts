import type { MunicipalitiesService } from '#libs/geo';
import { BulletinError } from '../domain/bulletin.error.js';
import { assertValidArea as assertValidSlugAndName } from '../domain/edition.js';
import { SECTION_CODES } from '../domain/edition-sections.js';
import type { BulletinAreaEntity } from '../persistence/bulletin-area.entity.js';
import type { AreaInput } from './area.input.js';

/** An area needs a valid slug, a name, and a territory: municipalities, a circle, or both. */
export async function assertValidArea(
  area: BulletinAreaEntity,
  municipalities: KnownMunicipalities,
): Promise<void> {
  assertValidSlugAndName(area);
  const circle = [area.centreLat, area.centreLng, area.radiusKm].filter((value) => value !== null);
  if (circle.length !== 0 && circle.length !== 3) {
    throw new BulletinError('INVALID_AREA', 'Per un’area circolare servono centro e raggio.');
  }
  if (area.municipalityCodes.length === 0 && circle.length === 0) {
    throw new BulletinError(
      'INVALID_AREA',
      'Indica i comuni dell’area oppure un centro con il raggio in chilometri.',
    );
  }
  if (area.sections.length === 0) {
    throw new BulletinError('INVALID_AREA', 'Scegli almeno una sezione del bollettino.');
  }
  await assertKnownMunicipalities(municipalities, area.municipalityCodes);
}

/** The gazetteer, asked through its owner (#libs/geo). */
export type KnownMunicipalities = Pick<MunicipalitiesService, 'findByCodes'>;

export async function assertKnownMunicipalities(
  municipalities: KnownMunicipalities,
  codes: readonly string[],
): Promise<void> {
  if (codes.length === 0) return;
  const found = await municipalities.findByCodes([...codes]);
  const missing = codes.filter((code) => !found.has(code));
  if (missing.length > 0) {
    throw new BulletinError(
      'UNKNOWN_MUNICIPALITY',
      `Codice ISTAT sconosciuto: ${missing.slice(0, 5).join(', ')}.`,
    );
  }
}

/** Copies the given fields of an input onto an area (creation: all of them; a change: those sent). */
export function applyAreaInput(
  area: BulletinAreaEntity,
  input: Partial<AreaInput>,
): BulletinAreaEntity {
  if (input.slug !== undefined) area.slug = input.slug;
  if (input.name !== undefined) area.name = input.name.trim();
  if (input.municipalityCodes !== undefined)
    area.municipalityCodes = [...new Set(input.municipalityCodes)];
  if (input.centre !== undefined) {
    area.centreLat = input.centre?.lat ?? null;
    area.centreLng = input.centre?.lng ?? null;
  }
  if (input.radiusKm !== undefined) area.radiusKm = input.radiusKm;
  if (input.sections !== undefined)
    area.sections = SECTION_CODES.filter((code) => input.sections!.includes(code));
  if (input.autoSend !== undefined) area.autoSend = input.autoSend;
  return area;
}
