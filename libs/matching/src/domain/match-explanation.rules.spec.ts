import { CONSTRAINT_CODES, CONSTRAINT_LABELS } from './hard-constraints.rules.js';
import { evaluatePair, explainPair } from './match-explanation.rules.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  evaluateVariant,
  failedCodes,
  timeWindow,
} from './testing/match.fixtures.js';

describe('explainPair (why / why not)', () => {
  it('lists every constraint as passed or failed when several fail at once', () => {
    const candidate = aCandidate({ italianLevel: 'A1', drivingLicences: [] });
    const vacancy = aVacancy({
      requiredLicences: ['B'],
      shifts: [timeWindow(6, '18:00', '23:00')],
    });
    const explanation = explainPair(candidate, vacancy, aContext());
    expect(explanation.constraints.map((constraint) => constraint.code)).toEqual([
      ...CONSTRAINT_CODES,
    ]);
    expect(failedCodes(explanation)).toEqual(['SCHEDULE', 'ITALIAN_LEVEL', 'DRIVING_LICENCE']);
    expect(explanation.summary).toBe(
      'Non proponibile, 3 vincoli non rispettati: Orari compatibili con le disponibilità; ' +
        'Livello di italiano; Patente richiesta',
    );
    expect(explanation.constraints.find(({ code }) => code === 'SCHEDULE')?.detail).toBe(
      'Il turno di sabato 18:00-23:00 è fuori dalle disponibilità',
    );
  });

  it('answers "why?" for a possible pair with the same evaluation', () => {
    const candidate = aCandidate();
    const vacancy = aVacancy();
    expect(explainPair(candidate, vacancy, aContext())).toEqual(
      evaluatePair(candidate, vacancy, aContext()),
    );
  });

  it('names the passed constraints the tutor should still verify', () => {
    const evaluation = evaluateVariant(
      { rightToWork: { kind: 'PERMIT_RENEWAL' } },
      { flexibleHours: true },
    );
    expect(evaluation.possible).toBe(true);
    expect(evaluation.summary).toMatch(
      /; da verificare: Orari compatibili con le disponibilità; Diritto al lavoro alla data di inizio$/,
    );
  });

  it('exposes the constraint labels for screens that list them', () => {
    expect(Object.keys(CONSTRAINT_LABELS)).toEqual([...CONSTRAINT_CODES]);
    expect(CONSTRAINT_LABELS.RIGHT_TO_WORK).toBe('Diritto al lavoro alla data di inizio');
  });
});
