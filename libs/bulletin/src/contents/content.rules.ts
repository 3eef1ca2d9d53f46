import { assertKnownMunicipalities, type KnownMunicipalities } from '../areas/area.rules.js';
import { BulletinError } from '../domain/bulletin.error.js';
import type { BulletinContentEntity } from '../persistence/bulletin-content.entity.js';
import type { ContentInput } from './content.input.js';

/** What the bulletin needs to print an entry, checked after every create or change. */
export async function assertValidContent(
  content: BulletinContentEntity,
  lookups: {
    municipalities: KnownMunicipalities;
    /** Whether every area id is an area of the content's organisation. */
    areasExist: (areaIds: readonly string[]) => Promise<boolean>;
  },
): Promise<void> {
  const invalid = (detail: string) => new BulletinError('INVALID_CONTENT', detail);
  if (content.title.trim() === '' || content.provider.trim() === '') {
    throw invalid('Titolo e ente sono obbligatori.');
  }
  if (content.kind === 'ITALIAN_COURSE' && (content.cefrLevel === null || content.hours === null)) {
    throw invalid('Per un corso di italiano servono il livello (QCER) e le ore.');
  }
  if (content.kind !== 'ITALIAN_COURSE' && content.cefrLevel !== null) {
    throw invalid('Il livello QCER si indica solo per i corsi di italiano.');
  }
  if (content.startsOn && content.endsOn && content.endsOn < content.startsOn) {
    throw invalid('La data di fine non può precedere quella di inizio.');
  }
  if (content.enrolBy && content.endsOn && content.enrolBy > content.endsOn) {
    throw invalid('Le iscrizioni non possono chiudere dopo la fine.');
  }
  if (content.municipalityCode)
    await assertKnownMunicipalities(lookups.municipalities, [content.municipalityCode]);
  if (content.areaIds.length > 0 && !(await lookups.areasExist(content.areaIds))) {
    throw invalid('Una delle aree indicate non esiste.');
  }
}

const FIELDS = [
  'title',
  'summary',
  'provider',
  'municipalityCode',
  'place',
  'areaIds',
  'target',
  'startsOn',
  'endsOn',
  'enrolBy',
  'cefrLevel',
  'hours',
  'schedule',
  'free',
  'url',
  'howTo',
  'contact',
] as const;

/** Copies the given fields of an input onto a content, trimming text (a change: those sent). */
export function applyContentInput(
  content: BulletinContentEntity,
  input: Partial<ContentInput>,
): BulletinContentEntity {
  const target = content as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = input[field];
    if (value !== undefined) target[field] = typeof value === 'string' ? value.trim() : value;
  }
  if (input.areaIds !== undefined) content.areaIds = [...new Set(input.areaIds)];
  return content;
}
