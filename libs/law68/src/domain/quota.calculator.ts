import { Fraction } from './fraction.js';
import { Law68InputError } from './law68-input.error.js';
import { parameterAt, type Law68Parameters } from './law68-parameters.js';
import type { IsoDate } from './workforce.types.js';
import { ARTICLES, formatDate, formatNumber, type WorkingStep } from './working.js';

/** Size band decided on B3 (PRODIS get_categoria_azienda): C = 15-35, B = 36-50, A = over 50. */
export type Law68Band = 'NOT_OBLIGED' | 'C' | 'B' | 'A';

export const BAND_LABELS: Record<Law68Band, string> = {
  NOT_OBLIGED: 'meno di 15 dipendenti computabili: nessun obbligo',
  C: 'fascia C, da 15 a 35 dipendenti computabili',
  B: 'fascia B, da 36 a 50 dipendenti computabili',
  A: 'fascia A, oltre 50 dipendenti computabili',
};

/** Art. 3 c.1: the disability quota is a share of B3 above 50. */
export const DISABLED_QUOTA_PERCENT = 7;
/** Art. 18 c.2: the art. 18 quota is a share of B18 above 150. */
export const ART18_QUOTA_PERCENT = 1;

export function bandOf(b3: number): Law68Band {
  if (b3 < 15) return 'NOT_OBLIGED';
  if (b3 <= 35) return 'C';
  if (b3 <= 50) return 'B';
  return 'A';
}

/** Art. 18 c.2: nothing up to 50, one unit from 51 to 150, R(1% × B18) above. */
export function art18QuotaOf(b18: number): number {
  if (b18 <= 50) return 0;
  if (b18 <= 150) return 1;
  return Number(Fraction.percentOf(ART18_QUOTA_PERCENT, b18).legalRound());
}

export interface QuotaInput {
  b3: number;
  b18: number;
  referenceDate: IsoDate;
  newHiresSinceThreshold?: boolean;
}

export interface QuotaResult {
  band: Law68Band;
  /** Disability quota (art. 3 c.1). */
  q3: number;
  /** Art. 18 c.2 quota. */
  q18: number;
  working: WorkingStep[];
}

export function computeQuotas(input: QuotaInput, parameters: Law68Parameters): QuotaResult {
  const { b3, b18 } = input;
  const band = bandOf(b3);
  const working: WorkingStep[] = [
    {
      step: 'quota.band',
      article: ARTICLES.band,
      description: `La fascia si decide sulla base art. 3 (B3 = ${b3}), non sul numero di dipendenti: ${BAND_LABELS[band]}`,
      value: band,
    },
  ];

  let q3: number;
  if (band === 'NOT_OBLIGED') {
    q3 = 0;
    working.push(quotaStep('Meno di 15 dipendenti computabili: nessuna quota di riserva', q3));
  } else if (band === 'C') {
    q3 = smallBandQuota(input, parameters, working);
  } else if (band === 'B') {
    q3 = 2;
    working.push(quotaStep('Da 36 a 50 dipendenti computabili: 2 lavoratori disabili', q3));
  } else {
    const exact = Fraction.percentOf(DISABLED_QUOTA_PERCENT, b3);
    q3 = Number(exact.legalRound());
    working.push(
      quotaStep(
        `Oltre 50 dipendenti computabili: ${DISABLED_QUOTA_PERCENT}% × ${b3} = ${formatNumber(exact)}; ${roundingText(exact)}`,
        q3,
      ),
    );
  }

  const q18 = art18QuotaOf(b18);
  const exact18 = Fraction.percentOf(ART18_QUOTA_PERCENT, b18);
  working.push({
    step: 'quota.art18',
    article: ARTICLES.quotaArt18,
    description:
      b18 <= 50
        ? `Base art. 18 (B18 = ${b18}) fino a 50: nessuna quota art. 18`
        : b18 <= 150
          ? `Base art. 18 (B18 = ${b18}) da 51 a 150: 1 lavoratore art. 18`
          : `Base art. 18 (B18 = ${b18}) oltre 150: ${ART18_QUOTA_PERCENT}% × ${b18} = ${formatNumber(exact18)}; ${roundingText(exact18)}`,
    value: `${q18}`,
  });
  return { band, q3, q18, working };
}

/** How R() treated a value, in words: consultants are asked about 10,50 more than about anything. */
export function roundingText(exact: Fraction): string {
  const rounded = exact.legalRound();
  if (exact.isInteger()) return `nessun arrotondamento: ${rounded}`;
  const above = exact.fractionalPart().compare(Fraction.HALF) > 0;
  return above
    ? `la parte decimale supera 0,50 e vale un'unità: ${rounded}`
    : `la parte decimale non supera 0,50 e si trascura: ${rounded}`;
}

function smallBandQuota(
  input: QuotaInput,
  parameters: Law68Parameters,
  working: WorkingStep[],
): number {
  const rule = parameterAt(
    parameters.smallBandNewHiresOnly,
    input.referenceDate,
    'referenceDate',
    'obbligo 15-35 solo per nuove assunzioni',
  );
  if (!rule.value) {
    working.push(quotaStep('Da 15 a 35 dipendenti computabili: 1 lavoratore disabile', 1));
    return 1;
  }
  if (input.newHiresSinceThreshold === undefined) {
    throw new Law68InputError([
      {
        field: 'newHiresSinceThreshold',
        message: `alla data ${formatDate(input.referenceDate)} l'obbligo nella fascia 15-35 sorgeva solo con nuove assunzioni: indicare se vi sono state`,
      },
    ]);
  }
  const q3 = input.newHiresSinceThreshold ? 1 : 0;
  working.push({
    step: 'quota.disabled',
    article: ARTICLES.smallBandNewHires,
    description: `Fino al 31/12/2017 nella fascia 15-35 l'obbligo sorgeva solo in caso di nuove assunzioni (${rule.source}): ${
      input.newHiresSinceThreshold ? 'nuove assunzioni effettuate' : 'nessuna nuova assunzione'
    }`,
    value: `${q3}`,
  });
  return q3;
}

function quotaStep(description: string, q3: number): WorkingStep {
  return { step: 'quota.disabled', article: ARTICLES.quotaDisabled, description, value: `${q3}` };
}
