import { evaluatePair } from '../domain/match-explanation.rules.js';
import type { PossiblePair } from '../domain/match-result.types.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  pointNorthOf,
  MILAN_DUOMO,
  weekdays,
} from '../domain/testing/match.fixtures.js';
import { packExplanation, unpackExplanation } from './stored-explanation.codec.js';
import type { StoredExplanation } from './stored-matches.writer.js';

const explanationOf = (pair: PossiblePair): StoredExplanation => ({
  summary: pair.summary,
  constraints: pair.constraints,
  factors: pair.factors,
});

describe('stored explanation codec', () => {
  const context = aContext();
  const pairs = [
    evaluatePair(aCandidate(), aVacancy(), context),
    // Flexible hours: a constraint passed "to verify" (flags kept).
    evaluatePair(
      aCandidate({ availability: weekdays('09:00', '13:00') }),
      aVacancy({ shifts: weekdays('14:00', '18:00'), flexibleHours: true }),
      context,
    ),
    evaluatePair(aCandidate(), aVacancy({ site: pointNorthOf(MILAN_DUOMO, 7.3) }), context),
  ].filter((pair): pair is PossiblePair => pair.possible);

  it('gives back exactly what the core wrote, labels and flags included', () => {
    expect(pairs).toHaveLength(3);
    expect(pairs[1].constraints.some((constraint) => constraint.toVerify)).toBe(true);
    for (const pair of pairs) {
      const stored = JSON.parse(JSON.stringify(packExplanation(explanationOf(pair))));
      expect(unpackExplanation(stored)).toEqual(explanationOf(pair));
    }
  });

  it('keeps a failed constraint failed', () => {
    const explanation = explanationOf(pairs[0]);
    const failed = {
      ...explanation,
      constraints: [
        { ...explanation.constraints[0], passed: false },
        ...explanation.constraints.slice(1),
      ],
    };
    expect(unpackExplanation(packExplanation(failed))).toEqual(failed);
  });

  it('stores well under half of the full form, fixed sentences by their name', () => {
    for (const pair of pairs) {
      const full = JSON.stringify(explanationOf(pair)).length;
      expect(JSON.stringify(packExplanation(explanationOf(pair))).length).toBeLessThan(full * 0.45);
    }
    const packed = packExplanation(explanationOf(pairs[0]));
    expect(packed.c.map(([, detail]) => detail)).toContain('@ALLOWED_AREA_PHRASES.none');
  });

  it('keeps a detail of the core that begins with @ as it is', () => {
    const explanation = explanationOf(pairs[0]);
    const odd = {
      ...explanation,
      factors: [{ ...explanation.factors[0], detail: '@SCHEDULE_PHRASES.noConstraint' }],
    };
    expect(unpackExplanation(JSON.parse(JSON.stringify(packExplanation(odd))))).toEqual(odd);
  });

  it('reads rows written in the full form as they are', () => {
    const full = explanationOf(pairs[0]);
    expect(unpackExplanation(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });
});
