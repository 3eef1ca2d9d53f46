import type {
  OccupationAffinity,
  OccupationEntry,
  Taxonomy,
  TaxonomyVocabulary,
} from './taxonomy.js';
import { isIstatCode, normalizeTerm, sharedIstatLevels } from '#libs/kernel';

/**
 * Closeness of two ISTAT codes by the number of levels they share. Five shared levels is the same
 * unit; four is a sibling unit ('5.2.2.2.1' aiuto cuoco, '5.2.2.2.2' addetto fast food); three is the
 * same category ('5.2.2' ristorazione); two is the same sub-major group, a weak hint; one says nothing.
 */
export const OCCUPATION_CLOSENESS_BY_SHARED_LEVELS: Readonly<Record<number, number>> = {
  5: 1,
  4: 0.6,
  3: 0.4,
  2: 0.15,
};

/** A hand-made link between occupations ISTAT files apart (lavapiatti and aiuto cuoco). */
export const RELATED_OCCUPATION_CLOSENESS = 0.5;

interface CodedEntry {
  code: string;
  label: string;
  synonyms: readonly string[];
}

/** Maps every normalised code, label and synonym to its entry; a term claimed twice is a data error. */
function indexEntries<T extends CodedEntry>(kind: string, entries: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const term of [entry.code, entry.label, ...entry.synonyms]) {
      const key = normalizeTerm(term);
      const owner = index.get(key);
      if (owner && owner.code !== entry.code) {
        throw new Error(
          `Vocabulary ${kind} term "${term}" is claimed by ${owner.code} and ${entry.code}`,
        );
      }
      index.set(key, entry);
    }
  }
  return index;
}

export class InMemoryTaxonomy implements Taxonomy {
  readonly version: string;
  private readonly occupations: Map<string, OccupationEntry>;
  private readonly skills: Map<string, CodedEntry>;
  private readonly tasks: Map<string, CodedEntry>;

  constructor(vocabulary: TaxonomyVocabulary) {
    this.version = vocabulary.version;
    this.occupations = indexEntries('occupation', vocabulary.occupations);
    this.skills = indexEntries('skill', vocabulary.skills);
    this.tasks = indexEntries('task', vocabulary.tasks);
  }

  occupationCode(term: string): string | null {
    const known = this.occupations.get(normalizeTerm(term));
    if (known) return known.code;
    return isIstatCode(term) ? term.trim() : null;
  }

  occupationLabel(codeOrTerm: string): string {
    return this.occupations.get(normalizeTerm(codeOrTerm))?.label ?? codeOrTerm.trim();
  }

  occupationAffinity(a: string, b: string): OccupationAffinity {
    const codeA = this.occupationCode(a);
    const codeB = this.occupationCode(b);
    if (codeA === null || codeB === null) {
      // Free text outside the vocabulary can only match itself.
      const same = normalizeTerm(a) === normalizeTerm(b) && normalizeTerm(a) !== '';
      return { relation: same ? 'SAME' : 'UNRELATED', closeness: same ? 1 : 0, sharedGroup: null };
    }
    if (codeA === codeB) return { relation: 'SAME', closeness: 1, sharedGroup: codeA };

    const shared = sharedIstatLevels(codeA, codeB);
    const groupCloseness = OCCUPATION_CLOSENESS_BY_SHARED_LEVELS[shared.length] ?? 0;
    const related = this.isRelated(codeA, codeB) ? RELATED_OCCUPATION_CLOSENESS : 0;
    const sharedGroup = shared.length > 0 ? shared.join('.') : null;
    if (related > groupCloseness) return { relation: 'RELATED', closeness: related, sharedGroup };
    if (groupCloseness > 0)
      return { relation: 'SAME_GROUP', closeness: groupCloseness, sharedGroup };
    return { relation: 'UNRELATED', closeness: 0, sharedGroup };
  }

  skillCode(term: string): string | null {
    return this.skills.get(normalizeTerm(term))?.code ?? null;
  }

  skillLabel(codeOrTerm: string): string {
    return this.skills.get(normalizeTerm(codeOrTerm))?.label ?? codeOrTerm.trim();
  }

  sameSkill(a: string, b: string): boolean {
    const codeA = this.skillCode(a);
    const codeB = this.skillCode(b);
    if (codeA !== null || codeB !== null) return codeA === codeB;
    const text = normalizeTerm(a);
    return text !== '' && text === normalizeTerm(b);
  }

  taskCode(term: string): string | null {
    return this.tasks.get(normalizeTerm(term))?.code ?? null;
  }

  taskLabel(codeOrTerm: string): string {
    return this.tasks.get(normalizeTerm(codeOrTerm))?.label ?? codeOrTerm.trim();
  }

  private isRelated(codeA: string, codeB: string): boolean {
    const entryA = this.occupations.get(normalizeTerm(codeA));
    const entryB = this.occupations.get(normalizeTerm(codeB));
    return Boolean(entryA?.related?.includes(codeB) || entryB?.related?.includes(codeA));
  }
}

export function createInMemoryTaxonomy(vocabulary: TaxonomyVocabulary): Taxonomy {
  return new InMemoryTaxonomy(vocabulary);
}
