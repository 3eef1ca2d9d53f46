import { bodyOf, emptyForm } from './vacancy-form';

describe('the vacancy form, as the API reads it', () => {
  const form = {
    ...emptyForm('c1'),
    siteId: 's1',
    title: 'Aiuto panettiere',
    occupationCode: '5.1.2.2.0',
    occupationLabel: 'Commessi',
    occupationText: '  ',
    positions: '2',
    weeklyHours: '37,5',
    reservedL68: 'DISABILITY' as const,
    shifts: [[{ start: '22:00', end: '06:00' }], [], [], [], [], [], []],
    expiresAt: '',
  };

  it('sends numbers, null for what was left empty, and the reservation', () => {
    expect(bodyOf(form)).toEqual(
      expect.objectContaining({
        companyId: 'c1',
        siteId: 's1',
        occupationCode: '5.1.2.2.0',
        occupationText: null,
        positions: 2,
        weeklyHours: 37.5,
        reservedL68: 'DISABILITY',
        expiresAt: null,
        startDate: null,
      }),
    );
  });

  it('splits a night shift at midnight, as the API stores shifts', () => {
    expect(bodyOf(form).shifts).toEqual([
      { day: 1, start: '22:00', end: '24:00' },
      { day: 2, start: '00:00', end: '06:00' },
    ]);
    expect(bodyOf({ ...form, shifts: null }).shifts).toEqual([]);
  });

  it('leaves an unreadable number for the API to name', () => {
    expect(bodyOf({ ...form, positions: '' }).positions).toBeNaN();
    expect(bodyOf({ ...form, reservedL68: '' }).reservedL68).toBeNull();
  });
});
