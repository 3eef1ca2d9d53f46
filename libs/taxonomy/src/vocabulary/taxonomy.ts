import type { CefrLevel } from '#libs/kernel';

/**
 * The vocabulary the matching core reads occupations, skills and tasks from. It is plain data so that it
 * can be seeded into the database, edited by the network and loaded back without code changes.
 */
export interface TaxonomyVocabulary {
  /** Bumped whenever a code changes meaning, so stored matches can say which vocabulary scored them. */
  version: string;
  occupations: readonly OccupationEntry[];
  skills: readonly SkillEntry[];
  tasks: readonly TaskEntry[];
}

export interface OccupationEntry {
  /** ISTAT CP2021 code of the unità professionale, five levels: '5.5.2.3.0'. */
  code: string;
  /** The name tutors use, in Italian. */
  label: string;
  /** Other Italian names people type: 'badante' for 'assistente familiare'. */
  synonyms: readonly string[];
  /** Codes of occupations outside the ISTAT group that still share most of the work. */
  related?: readonly string[];
  /** Default minimum Italian level for new vacancies (italian-rules.md 4.2, a heuristic, not a rule). */
  defaultMinItalianLevel?: CefrLevel;
  /** Task codes the job usually involves, offered as defaults when a vacancy is created. */
  typicalTasks?: readonly string[];
}

export interface SkillEntry {
  code: string;
  label: string;
  synonyms: readonly string[];
}

export interface TaskEntry {
  code: string;
  label: string;
  synonyms: readonly string[];
}

/**
 * How two occupations relate:
 * - SAME: one code, reached through the code, the label or a synonym;
 * - SAME_GROUP: different units of one ISTAT group (the longer the shared prefix, the closer);
 * - RELATED: linked by hand in the vocabulary although ISTAT files them apart;
 * - UNRELATED: nothing in common worth a point.
 */
export type OccupationRelation = 'SAME' | 'SAME_GROUP' | 'RELATED' | 'UNRELATED';

export interface OccupationAffinity {
  relation: OccupationRelation;
  /** 1 for the same occupation, 0 for unrelated ones. */
  closeness: number;
  /** The longest ISTAT prefix both codes share ('5.2.2'), when both are codes. */
  sharedGroup: string | null;
}

/** Pure lookups over a vocabulary; no I/O, so the matching core stays a function of its inputs. */
export interface Taxonomy {
  readonly version: string;
  /** Canonical ISTAT code of a code, label or synonym; a well-formed code outside the vocabulary is kept. */
  occupationCode(term: string): string | null;
  occupationLabel(codeOrTerm: string): string;
  occupationAffinity(a: string, b: string): OccupationAffinity;
  skillCode(term: string): string | null;
  skillLabel(codeOrTerm: string): string;
  /** True when both terms name the same skill (code, label or synonym; free text by normalised text). */
  sameSkill(a: string, b: string): boolean;
  taskCode(term: string): string | null;
  taskLabel(codeOrTerm: string): string;
}
