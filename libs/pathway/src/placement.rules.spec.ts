import { checkPlacement } from './placement.rules.js';

describe('placement rules', () => {
  const hire = { contractType: 'A.01.00' as const, startDate: '2026-04-01' };

  it('accepts a plain hire and an internship with its terms', () => {
    expect(checkPlacement(hire, null)).toEqual([]);
    expect(
      checkPlacement(
        {
          contractType: 'C.01.00',
          startDate: '2026-04-01',
          internship: { promoter: 'Coop', monthlyAllowanceCents: 50000 },
        },
        null,
      ),
    ).toEqual([]);
  });

  it('asks an internship for its terms and refuses them on a contract', () => {
    expect(
      checkPlacement({ contractType: 'TIROCINIO_INCLUSIONE', startDate: '2026-04-01' }, null)[0]
        .field,
    ).toBe('internship');
    expect(
      checkPlacement(
        { ...hire, internship: { promoter: 'Coop', monthlyAllowanceCents: 0 } },
        null,
      )[0].field,
    ).toBe('internship');
  });

  it('counts toward Law 68 only an employment of a registered person', () => {
    expect(checkPlacement({ ...hire, countsTowardL68: true }, 'DISABILITY')).toEqual([]);
    expect(checkPlacement({ ...hire, countsTowardL68: true }, null)[0].message).toMatch(
      /collocamento mirato/,
    );
    expect(
      checkPlacement(
        { contractType: 'B.02.00', startDate: '2026-04-01', countsTowardL68: true },
        'DISABILITY',
      )[0].message,
    ).toMatch(/lavoro dipendente/);
  });

  it('keeps dates in order and hours within the full time', () => {
    const problems = checkPlacement(
      { ...hire, endDate: '2026-03-01', weeklyHours: 45, fullTimeHours: 40 },
      null,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['endDate', 'weeklyHours']);
  });
});
