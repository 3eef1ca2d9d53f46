import { aggregateWorkforce, computeBase, type BaseResult } from './base.calculator.js';
import { computeCoverage } from './coverage.calculator.js';
import { Fraction } from './fraction.js';
import { Law68InputError } from './law68-input.error.js';
import { validateLaw68Input } from './law68-input.validator.js';
import { DEFAULT_LAW68_PARAMETERS } from './law68-parameters.js';
import { resolvePolicies, type Law68Policies } from './law68-policies.js';
import type { Law68Options, Law68Position, ProvincePosition } from './law68-position.types.js';
import { splitQuotas } from './province-split.calculator.js';
import { computeQuotas } from './quota.calculator.js';
import { computeProvinceShortfall, type ShortfallFigures } from './uncovered.calculator.js';
import type { Law68Input } from './workforce.types.js';
import { ARTICLES, formatDate, formatNumber, inProvince, type WorkingStep } from './working.js';

/**
 * An employer's Law 68 position at a reference date (italian-rules.md §1): bases, band, quotas,
 * their provincial split, coverage, exemptions, suspensions and uncovered positions, with the
 * working of every figure. Throws Law68InputError, listing every bad field, if the input is wrong.
 */
export function computeLaw68Position(input: Law68Input, options: Law68Options = {}): Law68Position {
  const parameters = options.parameters ?? DEFAULT_LAW68_PARAMETERS;
  const policies = resolvePolicies(options.policies);
  const issues = validateLaw68Input(input, parameters);
  if (issues.length > 0) throw new Law68InputError(issues);

  const employerKind = input.employerKind ?? 'ORDINARY';
  const { referenceDate, provinces } = input;
  const seat = input.registeredOfficeProvince;
  const working: WorkingStep[] = [
    {
      step: 'reference',
      article: ARTICLES.baseCommon,
      description: `Situazione alla data di riferimento ${formatDate(referenceDate)}; sede legale in provincia di ${seat}`,
      value: formatDate(referenceDate),
    },
  ];

  const provincialBases = provinces.map((p) => computeBase(p, employerKind, policies));
  const national = nationalBase(provincialBases, input, policies, working);
  const quotas = computeQuotas(
    {
      b3: national.b3,
      b18: national.b18,
      referenceDate,
      newHiresSinceThreshold: input.newHiresSinceThreshold,
    },
    parameters,
  );
  working.push(...quotas.working);
  const split = splitQuotas({
    band: quotas.band,
    q3: quotas.q3,
    b18: national.b18,
    q18: quotas.q18,
    registeredOfficeProvince: seat,
    provinces: provinces.map((p, i) => ({ province: p.province, ...pick(provincialBases[i]) })),
  });
  working.push(...split.working);

  const coverageExact: Fraction[] = [];
  const sections = provinces.map((workforce, i): ProvincePosition => {
    const { b3, b18, working: baseWorking } = provincialBases[i];
    const { q3, q18 } = split.quotas[i];
    const coverage = computeCoverage(
      { workforce, q3, band: quotas.band, referenceDate },
      parameters,
      policies,
    );
    coverageExact.push(coverage.exact);
    const shortfall = computeProvinceShortfall(
      { workforce, q3, q18, b3, coverage: coverage.coverage, referenceDate },
      parameters,
      policies,
    );
    return {
      province: workforce.province,
      isRegisteredOffice: workforce.province === seat,
      b3,
      b18,
      q3,
      q18,
      coverage: coverage.coverage,
      ...shortfall.figures,
      working: inProvince(workforce.province, [
        // With one province the national steps already are its base steps.
        ...(provinces.length > 1 ? baseWorking : []),
        ...coverage.working,
        ...shortfall.working,
      ]),
    };
  });

  return {
    referenceDate,
    employerKind,
    b3: national.b3,
    b18: national.b18,
    band: quotas.band,
    q3: quotas.q3,
    q18: quotas.q18,
    ...nationalFigures(sections, coverageExact, quotas, policies, working),
    provinces: sections,
    policies,
    working: [...working, ...sections.flatMap((s) => s.working)],
  };
}

type NationalFigures = Omit<ShortfallFigures, 'compensationDisabled' | 'compensationArt18'> & {
  coverage: number;
};

/**
 * National coverage is rounded once on the provincial exact values (§1.4). National uncovered
 * positions either net every province's surplus against the others' shortfalls or add up the
 * provincial figures, by the territorialCompensation policy.
 */
function nationalFigures(
  sections: readonly ProvincePosition[],
  coverageExact: readonly Fraction[],
  quotas: { q3: number; q18: number },
  policies: Law68Policies,
  working: WorkingStep[],
): NationalFigures {
  const sum = (pickValue: (s: ProvincePosition) => number) =>
    sections.reduce((total, s) => total + pickValue(s), 0);
  const exactTotal = Fraction.sum(coverageExact);
  const coverage = Number(exactTotal.legalRound());
  const exempted = sum((s) => s.exempted);
  const suspended = sum((s) => s.suspended);
  const legacyAbatement = sum((s) => s.legacyAbatement);
  const art18InForce = sum((s) => s.art18InForce);
  const netted = policies.territorialCompensation === 'NET_NATIONALLY';
  const disabledBalance =
    quotas.q3 -
    coverage -
    exempted -
    suspended -
    legacyAbatement +
    sum((s) => s.compensationDisabled);
  const uncoveredDisabled = netted ? Math.max(0, disabledBalance) : sum((s) => s.uncoveredDisabled);
  const uncoveredArt18 = netted
    ? Math.max(0, quotas.q18 - art18InForce + sum((s) => s.compensationArt18))
    : sum((s) => s.uncoveredArt18);

  if (sections.length > 1) {
    working.push({
      step: 'coverage.national',
      article: ARTICLES.rounding,
      description: `Copertura nazionale: somma delle coperture provinciali non arrotondate ${formatNumber(exactTotal)}, arrotondata una sola volta`,
      value: `${coverage}`,
    });
  }
  working.push(
    {
      step: 'uncovered.national.disabled',
      article: ARTICLES.compensation,
      description: netted
        ? `Scoperture disabili nazionali: max(0, quota ${quotas.q3} - copertura ${coverage} - esonerati ${exempted} - sospesi ${suspended}${legacyAbatement ? ` - abbattimento ${legacyAbatement}` : ''}); le eccedenze di una provincia compensano le scoperture di un'altra (politica "NET_NATIONALLY")`
        : 'Scoperture disabili nazionali: somma delle scoperture provinciali, con le sole compensazioni dichiarate (politica "DECLARED_ONLY")',
      value: `${uncoveredDisabled}`,
    },
    {
      step: 'uncovered.national.art18',
      article: ARTICLES.quotaArt18,
      description: netted
        ? `Scoperture art. 18 nazionali: max(0, quota ${quotas.q18} - lavoratori art. 18 in forza ${art18InForce})`
        : 'Scoperture art. 18 nazionali: somma delle scoperture provinciali',
      value: `${uncoveredArt18}`,
    },
  );
  return {
    coverage,
    exemptedAuthorised: sum((s) => s.exemptedAuthorised),
    exemptedSelfCertified: sum((s) => s.exemptedSelfCertified),
    exempted,
    suspended,
    legacyAbatement,
    art18InForce,
    uncoveredDisabled,
    uncoveredArt18,
  };
}

function nationalBase(
  provincial: readonly BaseResult[],
  input: Law68Input,
  policies: Law68Policies,
  working: WorkingStep[],
): { b3: number; b18: number } {
  if (input.provinces.length === 1) {
    working.push(...provincial[0].working);
    return pick(provincial[0]);
  }
  if (policies.nationalBase === 'SUM_OF_PROVINCES') {
    const b3 = provincial.reduce((n, b) => n + b.b3, 0);
    const b18 = provincial.reduce((n, b) => n + b.b18, 0);
    working.push({
      step: 'base.national',
      article: ARTICLES.provinceSplit,
      description: `Basi nazionali come somma delle basi provinciali, ciascuna arrotondata per conto proprio (politica "SUM_OF_PROVINCES"): B3 = ${provincial.map((b) => b.b3).join(' + ')}, B18 = ${provincial.map((b) => b.b18).join(' + ')}`,
      value: `B3 ${b3}, B18 ${b18}`,
    });
    return { b3, b18 };
  }
  const totals = computeBase(
    aggregateWorkforce(input.provinces),
    input.employerKind ?? 'ORDINARY',
    policies,
  );
  working.push({
    step: 'base.national',
    article: ARTICLES.baseCommon,
    description:
      'Basi nazionali calcolate sui totali di tutte le province, con un solo arrotondamento per part-time, intermittenti e limite art. 18 (politica "NATIONAL_TOTALS")',
    value: `B3 ${totals.b3}, B18 ${totals.b18}`,
  });
  working.push(...totals.working);
  return pick(totals);
}

function pick(base: BaseResult): { b3: number; b18: number } {
  return { b3: base.b3, b18: base.b18 };
}
