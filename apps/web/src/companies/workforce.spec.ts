import { emptyWorkforce, lastThirtyFirstOfDecember, toLaw68Input } from './workforce';

describe('the workforce a consultant types, as the Law 68 API reads it', () => {
  const typed = {
    ...emptyWorkforce(),
    referenceDate: '2025-12-31',
    province: 'mi ',
    totalEmployees: '63',
    disabledEmployees: '2',
    art18Employees: '1',
    conventionPositions: '1',
  };

  it('sends one province, upper-cased, with its counts', () => {
    expect(toLaw68Input(typed)).toEqual({
      referenceDate: '2025-12-31',
      registeredOfficeProvince: 'MI',
      employerKind: 'ORDINARY',
      provinces: [
        {
          province: 'MI',
          totalEmployees: 63,
          disabledEmployees: [{ count: 2 }],
          art18Employees: 1,
        },
      ],
    });
  });

  it('adds convention placements only for the calculator', () => {
    expect(toLaw68Input(typed, true).provinces[0]!.conventions).toEqual([
      { type: 'ART_12_BIS', count: 1, from: '2025-12-31' },
    ]);
  });

  it('leaves a missing headcount for the API to name (NaN is sent as null), and reads 37,5', () => {
    const province = toLaw68Input({ ...typed, totalEmployees: ' ', disabledEmployees: '0' })
      .provinces[0]!;
    expect(JSON.parse(JSON.stringify(province)).totalEmployees).toBeNull();
    expect(province.disabledEmployees).toEqual([]);
    expect(toLaw68Input({ ...typed, totalEmployees: '37,5' }).provinces[0]!.totalEmployees).toBe(
      37.5,
    );
  });

  it('proposes the 31 December the prospetto photographs', () => {
    expect(lastThirtyFirstOfDecember(new Date('2026-12-04T10:00:00Z'))).toBe('2025-12-31');
  });
});
