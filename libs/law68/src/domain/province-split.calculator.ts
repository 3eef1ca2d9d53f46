import { Fraction } from './fraction.js';
import {
  ART18_QUOTA_PERCENT,
  DISABLED_QUOTA_PERCENT,
  roundingText,
  type Law68Band,
} from './quota.calculator.js';
import { ARTICLES, formatNumber, type WorkingStep } from './working.js';

export interface ProvincialBase {
  province: string;
  b3: number;
  b18: number;
}

export interface ProvinceQuota {
  province: string;
  q3: number;
  q18: number;
}

export interface SplitInput {
  band: Law68Band;
  q3: number;
  b18: number;
  q18: number;
  registeredOfficeProvince: string;
  provinces: readonly ProvincialBase[];
}

export interface SplitResult {
  quotas: ProvinceQuota[];
  working: WorkingStep[];
}

/**
 * Splits the national quotas among provincial sections (§1.5, PRODIS calcola_riepilogo_provinciale).
 * In bands C and B the whole quota, and from 51 to 150 the art. 18 unit, belong to the sede legale.
 * Otherwise each province gets R(percentage × its base); a national quota larger than the sum goes
 * to the sede legale, a smaller one is taken from the provinces with the largest decimal remainder.
 */
export function splitQuotas(input: SplitInput): SplitResult {
  const working: WorkingStep[] = [];
  const seat = input.registeredOfficeProvince;
  const names = input.provinces.map((p) => p.province);

  let q3ByProvince: number[];
  if (input.band === 'A') {
    q3ByProvince = distribute(
      DISABLED_QUOTA_PERCENT,
      input.q3,
      input.provinces.map((p) => p.b3),
      names,
      seat,
      'disabili',
      working,
    );
  } else {
    q3ByProvince = names.map((name) => (name === seat ? input.q3 : 0));
    if (input.q3 > 0 && names.length > 1) {
      working.push(seatStep('split.q3', `Fascia ${input.band}: l'intera quota disabili`, input.q3));
    }
  }

  let q18ByProvince: number[];
  if (input.b18 > 150) {
    q18ByProvince = distribute(
      ART18_QUOTA_PERCENT,
      input.q18,
      input.provinces.map((p) => p.b18),
      names,
      seat,
      'art. 18',
      working,
    );
  } else {
    q18ByProvince = names.map((name) => (name === seat ? input.q18 : 0));
    if (input.q18 > 0 && names.length > 1) {
      working.push(seatStep('split.q18', 'Base art. 18 da 51 a 150: la quota art. 18 di 1', 1));
    }
  }

  return {
    quotas: names.map((province, i) => ({
      province,
      q3: q3ByProvince[i],
      q18: q18ByProvince[i],
    })),
    working,
  };

  function seatStep(step: string, what: string, value: number): WorkingStep {
    return {
      step,
      article: ARTICLES.provinceSplit,
      description: `${what} è attribuita alla provincia della sede legale (${seat})`,
      value: `${value}`,
      province: seat,
    };
  }
}

function distribute(
  percent: number,
  national: number,
  bases: readonly number[],
  names: readonly string[],
  seat: string,
  label: string,
  working: WorkingStep[],
): number[] {
  const exact = bases.map((base) => Fraction.percentOf(percent, base));
  const shares = exact.map((value) => Number(value.legalRound()));
  if (names.length > 1) {
    names.forEach((province, i) => {
      const value = exact[i];
      working.push({
        step: `split.${label === 'disabili' ? 'q3' : 'q18'}.province`,
        article: ARTICLES.provinceSplit,
        description: `Quota ${label} provinciale: ${percent}% × ${bases[i]} = ${formatNumber(value)}; ${roundingText(value)}`,
        value: `${shares[i]}`,
        province,
      });
    });
  }

  const difference = national - shares.reduce((a, b) => a + b, 0);
  const step = `split.${label === 'disabili' ? 'q3' : 'q18'}.remainder`;
  if (difference > 0) {
    const seatIndex = names.indexOf(seat);
    shares[seatIndex] += difference;
    working.push({
      step,
      article: ARTICLES.provinceSplit,
      description: `La somma delle quote ${label} provinciali è inferiore di ${difference} alla quota nazionale (${national}): la differenza va alla provincia della sede legale (${seat})`,
      value: `+${difference}`,
      province: seat,
    });
  } else if (difference < 0) {
    // A stable sort keeps the input order among equal remainders, so the result is reproducible.
    const order = names
      .map((_, i) => i)
      .sort((a, b) => exact[b].fractionalPart().compare(exact[a].fractionalPart()));
    let excess = -difference;
    while (excess > 0) {
      for (const i of order) {
        if (excess === 0) break;
        if (shares[i] === 0) continue;
        shares[i] -= 1;
        excess -= 1;
        working.push({
          step,
          article: ARTICLES.provinceSplit,
          description: `La somma delle quote ${label} provinciali supera la quota nazionale (${national}): si toglie un'unità alla provincia con il resto decimale maggiore (${formatNumber(exact[i].fractionalPart())})`,
          value: '-1',
          province: names[i],
        });
      }
    }
  }
  return shares;
}
