import { companyProspetto, nextProspettoDeadline } from './prospetto-deadline.rules.js';

describe('nextProspettoDeadline', () => {
  it('is 31 January of next year after January, photographing this 31 December', () => {
    expect(nextProspettoDeadline('2026-11-22')).toEqual({
      dueDate: '2027-01-31',
      referenceDate: '2026-12-31',
      daysLeft: 70,
    });
  });

  it('is this 31 January until the day itself', () => {
    expect(nextProspettoDeadline('2027-01-31')).toEqual({
      dueDate: '2027-01-31',
      referenceDate: '2026-12-31',
      daysLeft: 0,
    });
    expect(nextProspettoDeadline('2027-02-01').dueDate).toBe('2028-01-31');
  });
});

describe('companyProspetto', () => {
  it('is due from employers in a band and tells whether that 31 December is recorded', () => {
    expect(companyProspetto('2027-01-10', 'B', ['2026-12-31'])).toEqual(
      expect.objectContaining({ obliged: true, declared: true, referenceDate: '2026-12-31' }),
    );
    expect(companyProspetto('2027-01-10', 'NOT_OBLIGED', [])).toEqual(
      expect.objectContaining({ obliged: false, declared: false }),
    );
    expect(companyProspetto('2027-01-10', null, [])).toEqual(
      expect.objectContaining({ obliged: false }),
    );
  });
});
