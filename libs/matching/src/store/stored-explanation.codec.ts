import { CONSTRAINT_LABELS } from '../domain/hard-constraints.rules.js';
import * as PHRASES from '../domain/match-phrases.rules.js';
import type {
  ConstraintCode,
  ConstraintResult,
  MatchFactor,
} from '../domain/match-result.types.js';
import { MATCH_FACTOR_LABELS, type MatchFactorCode } from '../domain/match-weights.rules.js';
import type { StoredExplanation } from './stored-matches.writer.js';

/** A constraint as stored: code, detail, and flags when not "passed, nothing to verify". */
type PackedConstraint = [ConstraintCode, string] | [ConstraintCode, string, number];
/** A factor as stored: code, points, maximum, detail. */
type PackedFactor = [MatchFactorCode, number, number, string];

/**
 * The explanation as the matches table keeps it (version 2): the same sentences and figures as the
 * core wrote them, without what follows from the codes (the labels), without the usual flags, and
 * with each sentence that has no figure in it (match-phrases.rules.ts) stored by its name. A stored
 * list holds tens of rows per person, and the full form, three kB of repeated keys, labels and
 * sentences, made writing the lists cost more than computing them; this one is well under half.
 * Rows written before it (the full form) are read as they are.
 */
export interface PackedExplanation {
  v: 2;
  /** Summary. */
  s: string;
  /** Constraints, in the core's order. */
  c: PackedConstraint[];
  /** Factors, in the core's order. */
  f: PackedFactor[];
}

const FAILED = 1;
const TO_VERIFY = 2;

/**
 * The sentences without a figure, by name ("SCHEDULE_PHRASES.noConstraint"), and the names by
 * sentence. A stored detail "@<name>" is that sentence as worded now; a detail of the core's that
 * begins with "@" is stored with a second one.
 */
const SENTENCE_BY_NAME = new Map<string, string>(
  Object.entries(PHRASES).flatMap(([table, phrases]) =>
    Object.entries(phrases as Record<string, unknown>).flatMap(([key, phrase]) =>
      typeof phrase === 'string' ? [[`${table}.${key}`, phrase] as const] : [],
    ),
  ),
);
const NAME_BY_SENTENCE = new Map([...SENTENCE_BY_NAME].map(([name, phrase]) => [phrase, name]));

function packDetail(detail: string): string {
  const name = NAME_BY_SENTENCE.get(detail);
  if (name !== undefined) return `@${name}`;
  return detail.startsWith('@') ? `@${detail}` : detail;
}

/** `fallback` when the named sentence is no longer the core's (a later version dropped it). */
function unpackDetail(stored: string, fallback: string): string {
  if (!stored.startsWith('@')) return stored;
  if (stored.startsWith('@@')) return stored.slice(1);
  return SENTENCE_BY_NAME.get(stored.slice(1)) ?? fallback;
}

export function packExplanation(explanation: StoredExplanation): PackedExplanation {
  return {
    v: 2,
    s: explanation.summary,
    c: explanation.constraints.map(({ code, detail, passed, toVerify }) => {
      const flags = (passed ? 0 : FAILED) | (toVerify ? TO_VERIFY : 0);
      return flags === 0 ? [code, packDetail(detail)] : [code, packDetail(detail), flags];
    }),
    f: explanation.factors.map(({ code, points, max, detail }) => [
      code,
      points,
      max,
      packDetail(detail),
    ]),
  };
}

/** The explanation as a stored row keeps it: packed, in JSON (the writers' documents embed it). */
export function packedExplanationJson(explanation: StoredExplanation): string {
  return JSON.stringify(packExplanation(explanation));
}

function isPacked(stored: StoredExplanation | PackedExplanation): stored is PackedExplanation {
  return (stored as PackedExplanation).v === 2;
}

/** The explanation a stored row holds, in the core's form whichever form it was written in. */
export function unpackExplanation(
  stored: StoredExplanation | PackedExplanation,
): StoredExplanation {
  if (!isPacked(stored)) return stored;
  return {
    summary: stored.s,
    constraints: stored.c.map(([code, detail, flags = 0]): ConstraintResult => ({
      code,
      label: CONSTRAINT_LABELS[code],
      passed: (flags & FAILED) === 0,
      detail: unpackDetail(detail, CONSTRAINT_LABELS[code]),
      toVerify: (flags & TO_VERIFY) !== 0,
    })),
    factors: stored.f.map(([code, points, max, detail]): MatchFactor => ({
      code,
      label: MATCH_FACTOR_LABELS[code],
      points,
      max,
      detail: unpackDetail(detail, MATCH_FACTOR_LABELS[code]),
    })),
  };
}

/** SQL for the summary of a stored row's explanation `column`, whichever form it was written in. */
export function storedSummarySql(column: string): string {
  return `coalesce(${column}->>'s', ${column}->>'summary')`;
}
