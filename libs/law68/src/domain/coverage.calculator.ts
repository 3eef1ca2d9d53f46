import { Fraction } from './fraction.js';
import { parameterAt, type Law68Parameters } from './law68-parameters.js';
import type { Law68Policies } from './law68-policies.js';
import type { Law68Band } from './quota.calculator.js';
import type { DisabledEmployeeGroup, IsoDate, ProvinceWorkforce } from './workforce.types.js';
import { ARTICLES, formatNumber, formatPercent, type WorkingStep } from './working.js';

/** D.Lgs. 81/2015 art. 34 c.3: a disabled agency worker counts for the user from 12 months. */
export const AGENCY_MISSION_MIN_MONTHS = 12;

export interface CoverageInput {
  workforce: Pick<ProvinceWorkforce, 'disabledEmployees' | 'agencyDisabledWorkers' | 'conventions'>;
  /** The quota of this section: the convention caps are shares of it. */
  q3: number;
  /** The employer's (national) band. */
  band: Law68Band;
  referenceDate: IsoDate;
}

export interface CoverageResult {
  /** Positions covered: R(exact). */
  coverage: number;
  /** Before rounding, so that a national total can be rounded once. */
  exact: Fraction;
  working: WorkingStep[];
}

/**
 * Coverage of the disability quota (§1.4): disabled employees (part-timers pro rata), disabled agency
 * workers on missions of 12 months or more, and convention placements within their caps, summed and
 * rounded once.
 */
export function computeCoverage(
  input: CoverageInput,
  parameters: Law68Parameters,
  policies: Pick<Law68Policies, 'disabledPartTimeUpToHalf' | 'art12BisCapRounding'>,
): CoverageResult {
  const working: WorkingStep[] = [];
  const parts: Fraction[] = [];

  for (const group of input.workforce.disabledEmployees ?? []) {
    if (group.count === 0) continue;
    const unit = disabledUnitValue(group, input.band, policies);
    const value = unit.value.mul(group.count);
    parts.push(value);
    working.push({
      step: 'coverage.disabled',
      article: unit.article,
      description: `Disabili in forza: ${group.count}, ${unit.reason}`,
      value: formatNumber(value),
    });
  }

  for (const group of input.workforce.agencyDisabledWorkers ?? []) {
    if (group.count === 0) continue;
    const counts = group.missionMonths >= AGENCY_MISSION_MIN_MONTHS;
    if (counts) parts.push(Fraction.of(group.count));
    working.push({
      step: 'coverage.agency',
      article: ARTICLES.agencyWorkers,
      description: counts
        ? `${group.count} disabili somministrati con missione di ${group.missionMonths} mesi (almeno ${AGENCY_MISSION_MIN_MONTHS}): computati presso l'utilizzatore`
        : `${group.count} disabili somministrati con missione di ${group.missionMonths} mesi (meno di ${AGENCY_MISSION_MIN_MONTHS}): non computati`,
      value: counts ? `${group.count}` : '0',
    });
  }

  parts.push(...conventionCoverage(input, parameters, policies, working));

  const exact = Fraction.sum(parts);
  const coverage = Number(exact.legalRound());
  working.push({
    step: 'coverage.total',
    article: ARTICLES.rounding,
    description: `Copertura: somma ${formatNumber(exact)}, arrotondata una sola volta: R(${formatNumber(exact)})`,
    value: `${coverage}`,
  });
  return { coverage, exact, working };
}

/**
 * What one disabled employee of the group is worth. Above half time a part-timer counts 1; at or
 * below half time the policy decides; in band C a part-timer with more than 50% disability counts
 * 1 whatever the hours (SIL-ER; Assolombarda).
 */
export function disabledUnitValue(
  group: DisabledEmployeeGroup,
  band: Law68Band,
  policies: Pick<Law68Policies, 'disabledPartTimeUpToHalf'>,
): { value: Fraction; reason: string; article: string } {
  if (group.weeklyHours === undefined || group.fullTimeHours === undefined) {
    return {
      value: Fraction.ONE,
      reason: 'a tempo pieno: 1 ciascuno',
      article: ARTICLES.coverage,
    };
  }
  const ratio = Fraction.fromDecimal(group.weeklyHours).div(
    Fraction.fromDecimal(group.fullTimeHours),
  );
  const hours = `${formatNumber(group.weeklyHours)}/${formatNumber(group.fullTimeHours)} ore = ${formatNumber(ratio)}`;
  const article = ARTICLES.disabledPartTime;
  if (ratio.compare(Fraction.ONE) >= 0) {
    return { value: Fraction.ONE, reason: `orario pieno (${hours}): 1 ciascuno`, article };
  }
  if (band === 'C' && (group.disabilityPercent ?? 0) > 50) {
    return {
      value: Fraction.ONE,
      reason: `part-time ${hours} con invalidità ${formatPercent(group.disabilityPercent ?? 0)} (oltre il 50%) in fascia 15-35: 1 ciascuno qualunque sia l'orario`,
      article,
    };
  }
  if (ratio.compare(Fraction.HALF) > 0) {
    return {
      value: Fraction.ONE,
      reason: `part-time oltre metà orario (${hours}): 1 ciascuno`,
      article,
    };
  }
  if (policies.disabledPartTimeUpToHalf === 'HALF_UNIT') {
    return {
      value: Fraction.HALF,
      reason: `part-time fino a metà orario (${hours}): mezza unità ciascuno (politica "HALF_UNIT")`,
      article,
    };
  }
  return {
    value: ratio,
    reason: `part-time fino a metà orario (${hours}): la frazione esatta ciascuno (politica "EXACT_FRACTION")`,
    article,
  };
}

function conventionCoverage(
  input: CoverageInput,
  parameters: Law68Parameters,
  policies: Pick<Law68Policies, 'art12BisCapRounding'>,
  working: WorkingStep[],
): Fraction[] {
  const active = (input.workforce.conventions ?? []).filter((c) =>
    isActive(c, input.referenceDate),
  );
  const inactive = (input.workforce.conventions ?? []).length - active.length;
  if (inactive > 0) {
    working.push({
      step: 'coverage.convention.inactive',
      article: ARTICLES.coverage,
      description: `${inactive} convenzioni non in corso alla data di riferimento: non computate`,
      value: '0',
    });
  }
  const parts: Fraction[] = [];

  const art12Bis = active.filter((c) => c.type === 'ART_12_BIS').reduce((n, c) => n + c.count, 0);
  if (art12Bis > 0) {
    let counted = 0;
    let description: string;
    if (input.band !== 'A') {
      description = `${art12Bis} lavoratori in convenzione art. 12-bis: lo strumento è riservato ai datori con più di 50 dipendenti computabili, non computati`;
    } else {
      const cap = parameterAt(
        parameters.art12BisCapPercent,
        input.referenceDate,
        'referenceDate',
        'limite convenzioni art. 12-bis',
      );
      const exactCap = Fraction.percentOf(cap.value, input.q3);
      const halfUp = policies.art12BisCapRounding === 'HALF_UP';
      const maxPositions = Number(halfUp ? exactCap.roundHalfUp() : exactCap.legalRound());
      counted = Math.min(art12Bis, maxPositions);
      description = `${art12Bis} lavoratori in convenzione art. 12-bis; limite ${cap.value}% della quota (${cap.source}): ${cap.value}% × ${input.q3} = ${formatNumber(exactCap)}, arrotondato ${halfUp ? 'per eccesso da 0,50 (politica "HALF_UP")' : 'secondo art. 4 c.2 (politica "LEGAL_HALF_DOWN")'} = ${maxPositions}; computati min(${art12Bis}, ${maxPositions})`;
    }
    parts.push(Fraction.of(counted));
    working.push({
      step: 'coverage.art12bis',
      article: ARTICLES.art12Bis,
      description,
      value: `${counted}`,
    });
  }

  for (const convention of active.filter((c) => c.type === 'ART_14')) {
    const max = convention.frameworkMaxPositions ?? 0;
    const counted = Math.min(convention.count, max);
    parts.push(Fraction.of(counted));
    working.push({
      step: 'coverage.art14',
      article: ARTICLES.art14,
      description: `${convention.count} lavoratori inseriti in cooperativa con convenzione quadro art. 14${convention.reference ? ` (${convention.reference})` : ''}; la convenzione quadro ne consente al massimo ${max}: computati ${counted}`,
      value: `${counted}`,
    });
  }
  return parts;
}

export function isActive(period: { from?: IsoDate; to?: IsoDate }, date: IsoDate): boolean {
  return (
    (period.from === undefined || period.from <= date) &&
    (period.to === undefined || date <= period.to)
  );
}
