import { describeWindows, flattenBrackets, inBrackets } from './italian-text.rules.js';
import {
  aCandidate,
  aContext,
  aVacancy,
  constraintOf,
  evaluateVariant,
  failsOnly,
  passes,
  timeWindow,
  weekdays,
} from './testing/match.fixtures.js';
import { evaluatePair } from './match-explanation.rules.js';
import type { PairEvaluation } from './match-result.types.js';

function factorDetail(evaluation: PairEvaluation, code: string): string {
  const factor = evaluation.factors?.find((candidate) => candidate.code === code);
  if (!factor) throw new Error(`Factor ${code} missing`);
  return factor.detail;
}

/** Every detail and summary of the core, in the words a tutor reads (short, one bracket level). */
describe('match explanations, phrase by phrase', () => {
  describe('days written as ranges', () => {
    it('writes five evenings as "lun-ven 18:00-23:00"', () => {
      const result = failsOnly(
        'SCHEDULE',
        evaluateVariant(
          { availability: weekdays('08:30', '16:00') },
          { shifts: weekdays('18:00', '23:00') },
        ),
      );
      expect(result.detail).toBe('I turni di lun-ven 18:00-23:00 sono fuori dalle disponibilità');
    });

    it('keeps a single day in full, splits runs and groups by hours', () => {
      expect(describeWindows([timeWindow(6, '18:00', '23:00')])).toBe('sabato 18:00-23:00');
      expect(
        describeWindows([
          timeWindow(1, '09:00', '13:00'),
          timeWindow(2, '09:00', '13:00'),
          timeWindow(3, '09:00', '13:00'),
          timeWindow(5, '09:00', '13:00'),
          timeWindow(6, '09:00', '12:00'),
        ]),
      ).toBe('lun-mer e ven 09:00-13:00 e sabato 09:00-12:00');
      expect(
        describeWindows([timeWindow(2, '14:00', '18:00'), timeWindow(1, '14:00', '18:00')]),
      ).toBe('lun-mar 14:00-18:00');
    });

    it('writes night shifts of a minor as a range too', () => {
      const result = failsOnly(
        'MINOR_NIGHT_WORK',
        evaluateVariant(
          { birthDate: '2009-01-01', availability: null },
          { shifts: weekdays('20:00', '23:00') },
        ),
      );
      expect(result.detail).toBe(
        'Minorenne alla data di inizio: lun-ven 20:00-23:00 cadono tra le 22:00 e le 06:00',
      );
    });
  });

  describe('the right tense for a permit', () => {
    it('says an already expired permit "è scaduto"', () => {
      const result = failsOnly(
        'RIGHT_TO_WORK',
        evaluateVariant({ rightToWork: { kind: 'PERMIT', expiresOn: '2025-08-20' } }),
      );
      expect(result.detail).toBe('Il permesso è scaduto il 20/08/2025');
    });

    it('says a permit still valid today "scade" before the start', () => {
      const result = failsOnly(
        'RIGHT_TO_WORK',
        evaluateVariant({ rightToWork: { kind: 'PERMIT', expiresOn: '2025-09-10' } }),
      );
      expect(result.detail).toBe(
        "Il permesso scade il 10/09/2025, prima dell'inizio del 15/09/2025",
      );
    });

    it('says a permit expiring today still "scade" (valid through the day)', () => {
      const result = failsOnly(
        'RIGHT_TO_WORK',
        evaluateVariant({ rightToWork: { kind: 'PERMIT', expiresOn: '2025-09-01' } }),
      );
      expect(result.detail).toMatch(/^Il permesso scade il 01\/09\/2025/);
    });
  });

  describe('one bracket level', () => {
    it('flattens a bracket inside a bracket', () => {
      expect(inBrackets('Disabili (art. 1)')).toBe('(Disabili, art. 1)');
      expect(flattenBrackets('Colf (collaboratore domestico)')).toBe(
        'Colf, collaboratore domestico',
      );
    });

    it('never nests brackets in any detail of a Law 68 pair, a language margin or a preference', () => {
      const evaluation = evaluateVariant(
        {
          l68Registration: { category: 'DISABILITY' },
          italianLevel: 'PRE_A1',
          preferredOccupations: ['colf'],
          occupations: [{ code: 'giardiniere', months: 6 }],
        },
        { reservedL68: 'DISABILITY', minItalianLevel: 'ALFA', occupationCode: 'colf' },
      );
      expect(evaluation.possible).toBe(true);
      const texts = [
        ...evaluation.constraints.map((constraint) => constraint.detail),
        ...(evaluation.factors ?? []).map((factor) => factor.detail),
      ];
      for (const text of texts) expect(text).not.toMatch(/\([^)]*\(/);
      expect(constraintOf(evaluation, 'L68_RESERVATION').detail).toBe(
        "Persona iscritta nell'elenco del collocamento mirato per la categoria richiesta (Disabili, art. 1)",
      );
      expect(factorDetail(evaluation, 'LANGUAGE_MARGIN')).toBe(
        'Un livello sopra il minimo: Pre-A1 su Alfa (alfabetizzazione) richiesto',
      );
      expect(factorDetail(evaluation, 'PREFERRED_OCCUPATION')).toBe(
        'Tra le mansioni preferite: colf, collaboratore domestico',
      );
    });
  });

  describe('occupations in the vocabulary case', () => {
    it('writes a known occupation typed in capitals as the vocabulary does, inside the sentence', () => {
      const evaluation = evaluateVariant({
        occupations: [{ code: 'AIUTO CUOCO', months: 8 }],
      });
      expect(factorDetail(evaluation, 'OCCUPATION')).toBe(
        'Esperienza come aiuto cuoco, 8 mesi: stessa mansione',
      );
    });

    it('writes free text outside the vocabulary in lower case', () => {
      const evaluation = evaluateVariant(
        { occupations: [{ code: 'RACCOGLITORE DI MELE', months: 3 }] },
        { occupationCode: 'raccoglitore di mele', occupationText: 'raccoglitore di mele' },
      );
      expect(factorDetail(evaluation, 'OCCUPATION')).toBe(
        'Esperienza come raccoglitore di mele, 3 mesi: stessa mansione',
      );
    });
  });

  describe('fair share', () => {
    it('does not count the person own proposal', () => {
      const vacancy = aVacancy({ recentProposals: 2, recentlyProposedTo: ['c-1', 'c-other'] });
      const own = evaluatePair(aCandidate({ id: 'c-1' }), vacancy, aContext());
      const other = evaluatePair(aCandidate({ id: 'c-2' }), vacancy, aContext());
      expect(factorDetail(own, 'FAIR_SHARE')).toBe("Già proposta di recente a un'altra persona");
      expect(factorDetail(other, 'FAIR_SHARE')).toBe('Già proposta di recente ad altre 2 persone');
      expect(own.score).toBeGreaterThan(other.score!);
    });

    it('says when nobody else was proposed', () => {
      const vacancy = aVacancy({ recentProposals: 1, recentlyProposedTo: ['c-1'] });
      const own = evaluatePair(aCandidate({ id: 'c-1' }), vacancy, aContext());
      expect(factorDetail(own, 'FAIR_SHARE')).toBe('Non ancora proposta ad altre persone');
    });
  });

  describe('summaries', () => {
    it('lists what to verify after the score', () => {
      const evaluation = evaluateVariant({}, { flexibleHours: true });
      expect(evaluation.summary).toMatch(
        /^Proponibile, punteggio \d+(,\d)? su 100; da verificare: Orari compatibili con le disponibilità$/,
      );
    });

    it('passes the schedule with one sentence per count of shifts', () => {
      expect(passes('SCHEDULE', evaluateVariant()).detail).toBe(
        'Tutti i 5 turni rientrano nelle disponibilità',
      );
    });
  });
});
