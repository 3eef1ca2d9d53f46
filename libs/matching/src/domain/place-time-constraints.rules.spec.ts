import { distanceKm } from '#libs/kernel';
import { CONSTRAINT_CODES } from './hard-constraints.rules.js';
import {
  evaluateVariant as evaluate,
  failsOnly,
  LODI,
  MILAN_DUOMO,
  MILANO,
  SAN_DONATO,
  passes,
  pointNorthOf,
  weekdays,
  timeWindow,
} from './testing/match.fixtures.js';

describe('hard constraints: time, place and age', () => {
  it('lists every constraint with an Italian label, in a fixed order, for a possible pair', () => {
    const evaluation = evaluate();
    expect(evaluation.possible).toBe(true);
    expect(evaluation.constraints.map((constraint) => constraint.code)).toEqual([
      ...CONSTRAINT_CODES,
    ]);
    for (const constraint of evaluation.constraints) {
      expect(constraint.passed).toBe(true);
      expect(constraint.label).not.toBe('');
      expect(constraint.detail).not.toBe('');
    }
  });

  describe('schedule', () => {
    const schoolHours = weekdays('08:30', '16:00');

    it('accepts a shift ending exactly when the window ends', () => {
      passes(
        'SCHEDULE',
        evaluate({ availability: schoolHours }, { shifts: [timeWindow(2, '12:00', '16:00')] }),
      );
    });

    it('never offers an evening shift to a mother free only during school hours', () => {
      const result = failsOnly(
        'SCHEDULE',
        evaluate(
          { availability: schoolHours },
          { shifts: [timeWindow(1, '09:00', '13:00'), timeWindow(2, '17:00', '21:00')] },
        ),
      );
      expect(result.detail).toBe('Il turno di martedì 17:00-21:00 è fuori dalle disponibilità');
    });

    it('rejects a shift one minute past the window', () => {
      failsOnly(
        'SCHEDULE',
        evaluate({ availability: schoolHours }, { shifts: [timeWindow(2, '12:00', '16:01')] }),
      );
    });

    it('passes flexible hours with a note to verify', () => {
      const result = passes(
        'SCHEDULE',
        evaluate(
          { availability: schoolHours },
          { flexibleHours: true, shifts: [timeWindow(2, '17:00', '21:00')] },
        ),
      );
      expect(result.toVerify).toBe(true);
      expect(result.detail).toMatch(/flessibile/);
    });

    it('passes any shift when the person has no time constraint', () => {
      passes(
        'SCHEDULE',
        evaluate({ availability: null }, { shifts: [timeWindow(6, '18:00', '21:00')] }),
      );
    });
  });

  describe('weekly hours', () => {
    it('never offers a full-time post to a mother who can work at most 20 hours a week', () => {
      const result = failsOnly(
        'WEEKLY_HOURS',
        evaluate({ maxWeeklyHours: 20 }, { weeklyHours: 30 }),
      );
      expect(result.detail).toBe(
        'La posizione richiede 30 ore settimanali, la persona al massimo 20',
      );
    });

    it('accepts exactly the maximum, halves included', () => {
      const result = passes(
        'WEEKLY_HOURS',
        evaluate({ maxWeeklyHours: 22.5 }, { weeklyHours: 22.5 }),
      );
      expect(result.detail).toBe(
        'La posizione richiede 22,5 ore settimanali, entro il massimo della persona (22,5 ore)',
      );
      expect(result.toVerify).toBe(false);
      failsOnly('WEEKLY_HOURS', evaluate({ maxWeeklyHours: 22.5 }, { weeklyHours: 23 }));
    });

    it('asks to verify a vacancy that does not state its hours', () => {
      const result = passes(
        'WEEKLY_HOURS',
        evaluate({ maxWeeklyHours: 15 }, { weeklyHours: null }),
      );
      expect(result.toVerify).toBe(true);
      expect(result.detail).toContain('al massimo 15 ore');
    });

    it('does not limit a person without a maximum', () => {
      const result = passes(
        'WEEKLY_HOURS',
        evaluate({ maxWeeklyHours: null }, { weeklyHours: 40 }),
      );
      expect(result.toVerify).toBe(false);
    });
  });

  describe('travel distance and allowed area', () => {
    const site = pointNorthOf(MILAN_DUOMO, 12);
    const distance = distanceKm(MILAN_DUOMO, site);

    it('accepts a site exactly at the travel range', () => {
      passes('TRAVEL_DISTANCE', evaluate({ maxTravelKm: distance }, { site }));
    });

    it('rejects a site just beyond the travel range', () => {
      const result = failsOnly(
        'TRAVEL_DISTANCE',
        evaluate({ maxTravelKm: distance - 0.01 }, { site }),
      );
      expect(result.detail).toBe(
        'La sede è a 12 km da casa, oltre i 11,99 km che la persona può percorrere',
      );
    });

    it('accepts a site exactly on the border of the allowed area and rejects one beyond', () => {
      const centre = pointNorthOf(MILAN_DUOMO, 2);
      const radiusKm = distanceKm(centre, site);
      passes('ALLOWED_AREA', evaluate({ allowedArea: { centre, radiusKm } }, { site }));
      const outside = failsOnly(
        'ALLOWED_AREA',
        evaluate({ allowedArea: { centre, radiusKm: radiusKm - 0.5 } }, { site }),
      );
      expect(outside.detail).toMatch(/fuori dall'area consentita/);
    });

    it('checks the allowed area even when the site is within the travel range', () => {
      const centre = pointNorthOf(MILAN_DUOMO, -5);
      failsOnly(
        'ALLOWED_AREA',
        evaluate({ maxTravelKm: 50, allowedArea: { centre, radiusKm: 10 } }, { site }),
      );
    });
  });

  describe('allowed area by municipality', () => {
    const onlyLodi = { allowedArea: { municipalities: [LODI] } };

    it('accepts a site in an allowed municipality, naming it', () => {
      const result = passes(
        'ALLOWED_AREA',
        evaluate(
          { ...onlyLodi, maxTravelKm: 40 },
          { municipality: LODI, site: pointNorthOf(MILAN_DUOMO, 30) },
        ),
      );
      expect(result.detail).toBe('La sede è a Lodi, tra i comuni consentiti');
    });

    it('rejects a site in the next municipality however close, naming both', () => {
      const nextDoor = { municipality: SAN_DONATO, site: pointNorthOf(MILAN_DUOMO, 0.1) };
      const result = failsOnly('ALLOWED_AREA', evaluate(onlyLodi, nextDoor));
      expect(result.detail).toBe(
        'La sede è a San Donato Milanese, fuori dai comuni consentiti (Lodi)',
      );
    });

    it('allows either the municipalities or the circle when an area has both', () => {
      const area = { centre: MILAN_DUOMO, radiusKm: 5, municipalities: [LODI] };
      passes(
        'ALLOWED_AREA',
        evaluate(
          { allowedArea: area, maxTravelKm: 40 },
          { municipality: LODI, site: pointNorthOf(MILAN_DUOMO, 30) },
        ),
      );
      passes('ALLOWED_AREA', evaluate({ allowedArea: area }, { municipality: SAN_DONATO }));
      const far = { municipality: SAN_DONATO, site: pointNorthOf(MILAN_DUOMO, 10) };
      const result = failsOnly('ALLOWED_AREA', evaluate({ allowedArea: area }, far));
      expect(result.detail).toBe(
        "La sede è a San Donato Milanese, fuori dai comuni consentiti (Lodi) e a 10 km dal centro dell'area, oltre il limite di 5 km",
      );
    });

    it('names at most three allowed municipalities', () => {
      const many = [
        LODI,
        MILANO,
        SAN_DONATO,
        ...['1', '2'].map((n) => ({ code: `09900${n}`, name: `Comune ${n}` })),
      ];
      const result = failsOnly(
        'ALLOWED_AREA',
        evaluate(
          { allowedArea: { municipalities: many } },
          { municipality: { code: '098001', name: 'Abbadia Cerreto' } },
        ),
      );
      expect(result.detail).toBe(
        'La sede è ad Abbadia Cerreto, fuori dai comuni consentiti (Lodi, Milano, San Donato Milanese e altri 2)',
      );
    });
  });

  describe('minors', () => {
    // 18 on 2025-09-15, the default start date.
    const turnsEighteenOnStart = { birthDate: '2007-09-15', availability: null };
    const stillSeventeen = { birthDate: '2007-09-16', availability: null };

    it('never matches a minor to a shift with a minute between 22:00 and 06:00', () => {
      const result = failsOnly(
        'MINOR_NIGHT_WORK',
        evaluate(stillSeventeen, { shifts: [timeWindow(5, '21:00', '22:01')] }),
      );
      expect(result.detail).toMatch(/venerdì 21:00-22:01/);
      failsOnly(
        'MINOR_NIGHT_WORK',
        evaluate(stillSeventeen, { shifts: [timeWindow(5, '05:59', '10:00')] }),
      );
    });

    it('accepts day shifts that touch the night only at its edges', () => {
      passes(
        'MINOR_NIGHT_WORK',
        evaluate(stillSeventeen, { shifts: [timeWindow(1, '06:00', '14:00')] }),
      );
      passes(
        'MINOR_NIGHT_WORK',
        evaluate(stillSeventeen, { shifts: [timeWindow(1, '14:00', '22:00')] }),
      );
    });

    it('rejects a minor for a vacancy that declares night work', () => {
      failsOnly('MINOR_NIGHT_WORK', evaluate(stillSeventeen, { tasks: ['turni di notte'] }));
    });

    it('passes a minor on flexible hours with a note to keep them in the day', () => {
      expect(
        passes('MINOR_NIGHT_WORK', evaluate(stillSeventeen, { flexibleHours: true, shifts: [] }))
          .toVerify,
      ).toBe(true);
    });

    it('treats someone turning 18 on the start date as an adult', () => {
      passes(
        'MINOR_NIGHT_WORK',
        evaluate(turnsEighteenOnStart, { shifts: [timeWindow(5, '22:00', '06:00')] }),
      );
      passes('MINOR_ADULTS_ONLY', evaluate(turnsEighteenOnStart, { adultsOnly: true }));
    });

    it('keeps minors out of vacancies for adults only', () => {
      const result = failsOnly('MINOR_ADULTS_ONLY', evaluate(stillSeventeen, { adultsOnly: true }));
      expect(result.detail).toBe(
        'Offerta riservata a maggiorenni: il 15/09/2025 la persona avrà 17 anni',
      );
      passes('MINOR_ADULTS_ONLY', evaluate(stillSeventeen, { adultsOnly: false }));
    });
  });
});
