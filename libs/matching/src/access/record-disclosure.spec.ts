import { CandidateEntity, toCandidateView } from '#libs/candidates';
import { getMetadataArgsStorage } from 'typeorm';
import { HARD_CONSTRAINTS, SENSITIVE_CONSTRAINTS } from '../domain/hard-constraints.rules.js';
import { pairFacts } from '../domain/pair-facts.rules.js';
import { aCandidate, aContext, aVacancy, MILAN_DUOMO } from '../domain/testing/match.fixtures.js';

/** The person's fields each constraint reads, found by running its check on a recording profile. */
function fieldsReadBy(code: keyof typeof HARD_CONSTRAINTS): Set<string> {
  const read = new Set<string>();
  const profile = aCandidate({
    allowedArea: { centre: MILAN_DUOMO, radiusKm: 5 },
    taskLimitations: ['HEAVY_LIFTING'],
    l68Registration: { category: 'DISABILITY' },
  });
  const recording = new Proxy(profile, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
  const facts = pairFacts(profile, aVacancy({ reservedL68: 'DISABILITY' }), aContext());
  HARD_CONSTRAINTS[code].check({ ...facts, candidate: recording });
  return read;
}

/** Every column of the person's record, each with a value. */
function aFullRecord(): CandidateEntity {
  const columns = getMetadataArgsStorage().columns.filter(
    (column) => column.target === CandidateEntity,
  );
  return Object.fromEntries(
    columns.map((column) => [column.propertyName, `value of ${column.propertyName}`]),
  ) as unknown as CandidateEntity;
}

describe('the record and the constraints the matching table marks sensitive (issue 12, defect 6)', () => {
  it('hides from readers off the case every record field a sensitive constraint reads', () => {
    const record = aFullRecord();
    const view = toCandidateView(record) as unknown as Record<string, unknown>;
    const onTheRecord = new Set(Object.keys(record));
    const shown = [...SENSITIVE_CONSTRAINTS].flatMap((code) =>
      [...fieldsReadBy(code)]
        .filter((field) => onTheRecord.has(field) && field in view)
        .map((field) => `${code}: ${field}`),
    );
    expect(shown).toEqual([]);
  });

  it('finds the fields it checks (allowed area and task limitations are read from the record)', () => {
    const read = new Set([...SENSITIVE_CONSTRAINTS].flatMap((code) => [...fieldsReadBy(code)]));
    expect([...read]).toEqual(expect.arrayContaining(['allowedArea', 'taskLimitations']));
    expect(Object.keys(aFullRecord())).toEqual(
      expect.arrayContaining(['allowedArea', 'taskLimitations']),
    );
  });

  it('shows them to those on the case', () => {
    const view = toCandidateView(aFullRecord(), null);
    expect(view).toHaveProperty('allowedArea');
    expect(view).toHaveProperty('taskLimitations');
  });
});
