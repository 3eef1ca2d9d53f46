import {
  evaluateVariant as evaluate,
  failsOnly,
  passes,
  timeWindow,
} from './testing/match.fixtures.js';

describe('eligibility constraints', () => {
  describe('Italian level', () => {
    it('accepts a level equal to the minimum', () => {
      passes('ITALIAN_LEVEL', evaluate({ italianLevel: 'A2' }, { minItalianLevel: 'A2' }));
    });

    it('rejects a level one step below the minimum', () => {
      const result = failsOnly(
        'ITALIAN_LEVEL',
        evaluate({ italianLevel: 'A1' }, { minItalianLevel: 'A2' }),
      );
      expect(result.detail).toBe('Livello di italiano A1, inferiore al minimo richiesto A2');
    });

    it('orders the literacy levels below A1', () => {
      failsOnly('ITALIAN_LEVEL', evaluate({ italianLevel: 'ALFA' }, { minItalianLevel: 'PRE_A1' }));
      passes('ITALIAN_LEVEL', evaluate({ italianLevel: 'PRE_A1' }, { minItalianLevel: 'ALFA' }));
    });
  });

  describe('Law 68 reservation', () => {
    it('gives a reserved vacancy only to people registered for that category', () => {
      passes(
        'L68_RESERVATION',
        evaluate({ l68Registration: { category: 'DISABILITY' } }, { reservedL68: 'DISABILITY' }),
      );
      passes(
        'L68_RESERVATION',
        evaluate({ l68Registration: { category: 'ART18' } }, { reservedL68: 'ART18' }),
      );
      failsOnly(
        'L68_RESERVATION',
        evaluate({ l68Registration: { category: 'ART18' } }, { reservedL68: 'DISABILITY' }),
      );
      failsOnly(
        'L68_RESERVATION',
        evaluate({ l68Registration: { category: 'DISABILITY' } }, { reservedL68: 'ART18' }),
      );
      failsOnly(
        'L68_RESERVATION',
        evaluate({ l68Registration: null }, { reservedL68: 'DISABILITY' }),
      );
    });

    it('lets registered people take vacancies that are not reserved', () => {
      passes(
        'L68_RESERVATION',
        evaluate({ l68Registration: { category: 'DISABILITY' } }, { reservedL68: null }),
      );
    });
  });

  describe('right to work', () => {
    const start = { startDate: '2025-09-15' };

    it('accepts a permit expiring on the start date', () => {
      passes(
        'RIGHT_TO_WORK',
        evaluate({ rightToWork: { kind: 'PERMIT', expiresOn: '2025-09-15' } }, start),
      );
    });

    it('rejects a permit expiring the day before the start date', () => {
      const result = failsOnly(
        'RIGHT_TO_WORK',
        evaluate({ rightToWork: { kind: 'PERMIT', expiresOn: '2025-09-14' } }, start),
      );
      expect(result.detail).toBe(
        "Il permesso scade il 14/09/2025, prima dell'inizio del 15/09/2025",
      );
    });

    it('counts a permit under renewal, to be verified, even past its old expiry', () => {
      const result = passes(
        'RIGHT_TO_WORK',
        evaluate({ rightToWork: { kind: 'PERMIT_RENEWAL', expiresOn: '2025-08-01' } }, start),
      );
      expect(result.toVerify).toBe(true);
    });

    it('accepts EU citizens and permits without expiry, rejects people without a title', () => {
      passes('RIGHT_TO_WORK', evaluate({ rightToWork: { kind: 'EU_CITIZEN' } }));
      passes('RIGHT_TO_WORK', evaluate({ rightToWork: { kind: 'PERMIT' } }));
      failsOnly('RIGHT_TO_WORK', evaluate({ rightToWork: { kind: 'NONE' } }));
    });

    it('checks a vacancy that already started against today', () => {
      const permit = { rightToWork: { kind: 'PERMIT' as const, expiresOn: '2025-08-31' } };
      failsOnly('RIGHT_TO_WORK', evaluate(permit, { startDate: '2025-08-01' }, '2025-09-01'));
      passes('RIGHT_TO_WORK', evaluate(permit, { startDate: '2025-08-01' }, '2025-08-31'));
    });
  });

  describe('driving licence', () => {
    it('requires every licence the vacancy asks for', () => {
      const result = failsOnly(
        'DRIVING_LICENCE',
        evaluate({ drivingLicences: ['B'] }, { requiredLicences: ['C'] }),
      );
      expect(result.detail).toBe('Manca la patente C');
      failsOnly('DRIVING_LICENCE', evaluate({ drivingLicences: [] }, { requiredLicences: ['B'] }));
    });

    it('accepts a higher licence that implies the required one', () => {
      passes('DRIVING_LICENCE', evaluate({ drivingLicences: ['C'] }, { requiredLicences: ['B'] }));
      passes(
        'DRIVING_LICENCE',
        evaluate({ drivingLicences: ['ce'] }, { requiredLicences: ['C', 'B'] }),
      );
    });
  });

  describe('task limitations', () => {
    it('rejects a vacancy with a task the person must not do, written as a synonym', () => {
      const result = failsOnly(
        'TASK_LIMITATIONS',
        evaluate(
          { taskLimitations: ['HEAVY_LIFTING'] },
          { tasks: ['sollevamento carichi pesanti'] },
        ),
      );
      expect(result.detail).toMatch(/sollevamento di carichi pesanti/);
    });

    it('derives night work from the shifts even when the vacancy does not declare it', () => {
      failsOnly(
        'TASK_LIMITATIONS',
        evaluate(
          { taskLimitations: ['NIGHT_WORK'], availability: null },
          { shifts: [timeWindow(3, '20:00', '23:00')] },
        ),
      );
    });

    it('accepts a vacancy whose tasks avoid the limitations', () => {
      passes(
        'TASK_LIMITATIONS',
        evaluate(
          { taskLimitations: ['HEAVY_LIFTING', 'DRIVING'] },
          { tasks: ['CUSTOMER_CONTACT'] },
        ),
      );
    });
  });
});
