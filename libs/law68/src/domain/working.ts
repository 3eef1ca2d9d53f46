import { Fraction } from './fraction.js';

/**
 * One line of the working a consultant shows a company: which rule was applied, to what, with
 * which result. `step` is a stable key for programs; the rest is Italian text for people.
 */
export interface WorkingStep {
  step: string;
  /** The provision applied, e.g. "art. 3 c.1 L. 68/1999". */
  article: string;
  /** What was done, in Italian, with the numbers it used. */
  description: string;
  /** The result of the step, formatted for people (Italian decimal comma). */
  value: string;
  /** Province code for steps of one provincial section; absent for national steps. */
  province?: string;
}

/** The provisions cited by the working, spelled once so every step cites them the same way. */
export const ARTICLES = {
  baseCommon: 'art. 4 c.1 L. 68/1999',
  rounding: 'art. 4 c.2 L. 68/1999',
  disabledInForce: 'art. 4 c.1, c.3-bis e c.4 L. 68/1999',
  art18Cap: 'art. 18 c.2 L. 68/1999; art. 4 c.1 L. 68/1999',
  partTime: 'art. 9 D.Lgs. 81/2015; art. 4 c.1 L. 68/1999',
  intermittent: 'art. 18 D.Lgs. 81/2015',
  sectorExclusions: 'art. 5 c.2 L. 68/1999',
  apprentices: 'art. 47 c.3 D.Lgs. 81/2015',
  art3c3: 'art. 3 c.3 L. 68/1999',
  typeBCoop: 'art. 3 c.3 L. 68/1999; circ. Min. Lavoro 41/2000',
  band: 'art. 3 c.1 L. 68/1999',
  quotaDisabled: 'art. 3 c.1 L. 68/1999; art. 4 c.2 L. 68/1999',
  smallBandNewHires: 'art. 3 c.2 L. 68/1999 (abrogato da D.Lgs. 151/2015 dal 1/1/2018)',
  quotaArt18: 'art. 18 c.2 L. 68/1999',
  provinceSplit: 'art. 9 c.6 L. 68/1999; art. 5 c.8 L. 68/1999 (prospetto per ambito provinciale)',
  coverage: 'art. 4 L. 68/1999; art. 3 DPR 333/2000',
  disabledPartTime: 'art. 3 DPR 333/2000; art. 4 c.1 L. 68/1999',
  agencyWorkers: 'art. 34 c.3 D.Lgs. 81/2015',
  art12Bis: 'art. 12-bis L. 68/1999 (come modificato dalla L. 198/2025)',
  art14: 'art. 14 D.Lgs. 276/2003',
  authorisedExemption: 'art. 5 c.3 L. 68/1999; DM 357/2000',
  selfCertifiedExemption: 'art. 5 c.3-bis L. 68/1999',
  suspension: 'art. 3 c.5 L. 68/1999; art. 4 DPR 333/2000',
  legacyAbatement: 'art. 18 c.2 L. 68/1999 (lavoratori in servizio al 17/01/2000)',
  compensation: 'art. 5 c.8 L. 68/1999',
  uncovered: 'art. 3 e art. 18 c.2 L. 68/1999',
  uncoveredSanction: 'art. 15 c.4 L. 68/1999',
  exemptionContribution: 'art. 5 c.3 e c.3-bis L. 68/1999',
  lateProspetto: 'art. 9 c.6 e art. 15 c.1 L. 68/1999',
} as const;

/** Italian rendering of an exact number: "10,5"; a non-terminating one as "1/3 ≈ 0,3333". */
export function formatNumber(value: Fraction | bigint | number, maxDecimals = 4): string {
  const fraction =
    value instanceof Fraction
      ? value
      : typeof value === 'bigint'
        ? Fraction.of(value)
        : Fraction.fromDecimal(value);
  if (fraction.isInteger()) return `${fraction.numerator}`;
  const exact = terminatingDecimals(fraction.denominator);
  if (exact !== undefined && exact <= maxDecimals) return decimalText(fraction, exact);
  return `${fraction.numerator}/${fraction.denominator} ≈ ${decimalText(fraction, maxDecimals)}`;
}

/** Euro cents as "€ 1.234,56". */
export function formatEuro(cents: bigint | number): string {
  const total = BigInt(cents);
  const sign = total < 0n ? '-' : '';
  const absolute = total < 0n ? -total : total;
  const euros = (absolute / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (absolute % 100n).toString().padStart(2, '0');
  return `${sign}€ ${euros},${rest}`;
}

/** ISO date as the Italian "31/12/2021". */
export { formatItalianDate as formatDate } from '#libs/kernel';

/** Percentages as "7%", "33,5%". */
export function formatPercent(percent: Fraction | number): string {
  return `${formatNumber(percent)}%`;
}

/** Tags every step with the province it belongs to. */
export function inProvince(province: string, steps: readonly WorkingStep[]): WorkingStep[] {
  return steps.map((s) => ({ ...s, province }));
}

/** Digits needed to write 1/denominator exactly in base 10, or undefined if it never terminates. */
function terminatingDecimals(denominator: bigint): number | undefined {
  let rest = denominator;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos += 1;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives += 1;
  }
  return rest === 1n ? Math.max(twos, fives) : undefined;
}

/** Truncated to `decimals` digits: the working must never print a rounded-up 10,50 as 10,51. */
function decimalText(value: Fraction, decimals: number): string {
  const negative = value.numerator < 0n;
  const scale = 10n ** BigInt(decimals);
  const absNumerator = negative ? -value.numerator : value.numerator;
  const scaled = (absNumerator * scale) / value.denominator;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  return `${negative ? '-' : ''}${whole},${fraction}`;
}
