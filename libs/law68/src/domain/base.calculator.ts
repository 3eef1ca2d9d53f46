import { EXCLUDED_CATEGORY_RULES, type ExclusionScope } from './excluded-categories.js';
import { Fraction } from './fraction.js';
import type { Law68Policies } from './law68-policies.js';
import type { EmployerKind, ProvinceWorkforce } from './workforce.types.js';
import { ARTICLES, formatNumber, type WorkingStep } from './working.js';

/** The part of a province's data that decides the base of computation. */
export type BaseWorkforce = Pick<
  ProvinceWorkforce,
  | 'totalEmployees'
  | 'disabledEmployees'
  | 'art18Employees'
  | 'excluded'
  | 'partTimers'
  | 'intermittents'
  | 'disadvantagedWorkers'
  | 'staffOutsideTechnicalAdministrative'
>;

export interface BaseResult {
  /** Base for the disability quota (art. 3). */
  b3: number;
  /** Base for the art. 18 quota. */
  b18: number;
  /** The base before the exclusions that touch one base only. */
  common: number;
  art18Excluded: number;
  partTimeUnits: number;
  intermittentUnits: number;
  working: WorkingStep[];
}

/** All provinces as one workforce, so that national figures are rounded once on the totals. */
export function aggregateWorkforce(provinces: readonly BaseWorkforce[]): BaseWorkforce {
  const sum = (pick: (p: BaseWorkforce) => number | undefined) =>
    provinces.reduce((total, p) => total + (pick(p) ?? 0), 0);
  return {
    totalEmployees: sum((p) => p.totalEmployees),
    art18Employees: sum((p) => p.art18Employees),
    disadvantagedWorkers: sum((p) => p.disadvantagedWorkers),
    staffOutsideTechnicalAdministrative: sum((p) => p.staffOutsideTechnicalAdministrative),
    disabledEmployees: provinces.flatMap((p) => p.disabledEmployees ?? []),
    excluded: provinces.flatMap((p) => p.excluded ?? []),
    partTimers: provinces.flatMap((p) => p.partTimers ?? []),
    intermittents: provinces.flatMap((p) => p.intermittents ?? []),
  };
}

/**
 * B3 and B18 by the formula of §1.2 (PRODIS get_n_lav_base_computo_art_3/_art_18): employees in
 * forza minus disabled heads, the capped art. 18 workers, the excluded categories and the part of
 * part-timers and intermittents that pro rata does not count.
 */
export function computeBase(
  workforce: BaseWorkforce,
  employerKind: EmployerKind,
  policies: Pick<Law68Policies, 'typeBCoopBase'>,
): BaseResult {
  const working: WorkingStep[] = [];
  const total = workforce.totalEmployees;
  working.push({
    step: 'base.total',
    article: ARTICLES.baseCommon,
    description: 'Dipendenti in forza alla data di riferimento (tutti i lavoratori subordinati)',
    value: `${total}`,
  });

  const disabledHeads = (workforce.disabledEmployees ?? []).reduce((n, g) => n + g.count, 0);
  if (disabledHeads > 0) {
    working.push({
      step: 'base.disabled',
      article: ARTICLES.disabledInForce,
      description: `Lavoratori disabili in forza, a tempo pieno o parziale (per teste): ${disabledHeads}, esclusi da entrambe le basi`,
      value: `-${disabledHeads}`,
    });
  }

  const art18 = workforce.art18Employees ?? 0;
  const art18Cap = Number(Fraction.percentOf(1, total).legalRound());
  const art18Excluded = Math.min(art18, art18Cap);
  if (art18 > 0) {
    working.push({
      step: 'base.art18Cap',
      article: ARTICLES.art18Cap,
      description: `Lavoratori art. 18 in forza: ${art18}; si escludono fino a R(1% × ${total}) = R(${formatNumber(Fraction.percentOf(1, total))}) = ${art18Cap}; esclusi min(${art18}, ${art18Cap}) = ${art18Excluded}`,
      value: `-${art18Excluded}`,
    });
  }

  const excluded: Record<ExclusionScope, number> = { BOTH: 0, ONLY_B3: 0, ONLY_B18: 0 };
  for (const group of workforce.excluded ?? []) {
    if (group.count === 0) continue;
    const rule = EXCLUDED_CATEGORY_RULES[group.category];
    excluded[rule.scope] += group.count;
    working.push({
      step: `base.excluded.${group.category}`,
      article: rule.article,
      description: `${capitalise(rule.label)}: ${group.count}, ${SCOPE_TEXT[rule.scope]}`,
      value: `-${group.count}`,
    });
  }
  excluded.BOTH += employerExclusions(workforce, employerKind, policies, working);

  const partTime = proRata(
    (workforce.partTimers ?? []).map((g) => ({
      count: g.count,
      ratio: Fraction.fromDecimal(g.weeklyHours).div(Fraction.fromDecimal(g.fullTimeHours)),
    })),
  );
  if (partTime.heads > 0) {
    working.push({
      step: 'base.partTime',
      article: ARTICLES.partTime,
      description: `Part-time computabili: ${partTime.heads} lavoratori valgono Σ ore/tempo pieno = ${formatNumber(partTime.exact)}, arrotondato una sola volta sul totale: R(${formatNumber(partTime.exact)}) = ${partTime.units}; si tolgono ${partTime.heads} - ${partTime.units} = ${partTime.heads - partTime.units}`,
      value: `${partTime.units}`,
    });
  }

  const intermittent = proRata(
    (workforce.intermittents ?? []).map((g) => ({
      count: g.count,
      ratio: Fraction.fromDecimal(g.hoursWorkedInSemester).div(
        Fraction.fromDecimal(g.fullTimeHoursInSemester),
      ),
    })),
  );
  if (intermittent.heads > 0) {
    working.push({
      step: 'base.intermittent',
      article: ARTICLES.intermittent,
      description: `Intermittenti: ${intermittent.heads} lavoratori valgono Σ ore svolte nel semestre/tempo pieno = ${formatNumber(intermittent.exact)}; R(${formatNumber(intermittent.exact)}) = ${intermittent.units}; si tolgono ${intermittent.heads - intermittent.units}`,
      value: `${intermittent.units}`,
    });
  }

  const common =
    total -
    disabledHeads -
    art18Excluded -
    excluded.BOTH -
    (partTime.heads - partTime.units) -
    (intermittent.heads - intermittent.units);
  const b3 = Math.max(0, common - excluded.ONLY_B3);
  const b18 = Math.max(0, common - excluded.ONLY_B18);
  working.push(
    {
      step: 'base.common',
      article: ARTICLES.baseCommon,
      description: `Base comune: ${total} - ${disabledHeads} disabili - ${art18Excluded} art. 18 - ${excluded.BOTH} esclusi - ${partTime.heads - partTime.units} (part-time) - ${intermittent.heads - intermittent.units} (intermittenti)`,
      value: `${common}`,
    },
    {
      step: 'base.b3',
      article: ARTICLES.sectorExclusions,
      description: `Base di computo art. 3 (B3): base comune ${common} - ${excluded.ONLY_B3} esclusi dalla sola base art. 3 (settori art. 5 c.2)`,
      value: `${b3}`,
    },
    {
      step: 'base.b18',
      article: ARTICLES.quotaArt18,
      description: `Base di computo art. 18 (B18): base comune ${common} - ${excluded.ONLY_B18} esclusi dalla sola base art. 18 (il personale art. 5 c.2 resta in questa base)`,
      value: `${b18}`,
    },
  );
  return {
    b3,
    b18,
    common,
    art18Excluded,
    partTimeUnits: partTime.units,
    intermittentUnits: intermittent.units,
    working,
  };
}

/** Art. 3 c.3 staff and, by policy, type-B cooperatives' disadvantaged workers leave both bases. */
function employerExclusions(
  workforce: BaseWorkforce,
  employerKind: EmployerKind,
  policies: Pick<Law68Policies, 'typeBCoopBase'>,
  working: WorkingStep[],
): number {
  let removed = 0;
  const staff = workforce.staffOutsideTechnicalAdministrative ?? 0;
  if (employerKind === 'ART3_C3_ORGANISATION' && staff > 0) {
    removed += staff;
    working.push({
      step: 'base.art3c3',
      article: ARTICLES.art3c3,
      description: `Organizzazione dell'art. 3 c.3: la base comprende solo il personale tecnico-esecutivo e amministrativo; esclusi ${staff} altri addetti`,
      value: `-${staff}`,
    });
  }
  const disadvantaged = workforce.disadvantagedWorkers ?? 0;
  if (employerKind === 'SOCIAL_COOP_TYPE_B' && disadvantaged > 0) {
    const exclude = policies.typeBCoopBase === 'EXCLUDE_DISADVANTAGED';
    if (exclude) removed += disadvantaged;
    working.push({
      step: 'base.typeBCoop',
      article: ARTICLES.typeBCoop,
      description: exclude
        ? `Cooperativa sociale di tipo B: ${disadvantaged} lavoratori svantaggiati esclusi dalla base (politica "EXCLUDE_DISADVANTAGED", lettura ministeriale; da verificare con l'ufficio)`
        : `Cooperativa sociale di tipo B: ${disadvantaged} lavoratori svantaggiati restano nella base (politica "ORDINARY")`,
      value: exclude ? `-${disadvantaged}` : '0',
    });
  }
  return removed;
}

/** Pro rata with one rounding on the grand total (D.Lgs. 81/2015 art. 9), not worker by worker. */
function proRata(groups: readonly { count: number; ratio: Fraction }[]) {
  const heads = groups.reduce((n, g) => n + g.count, 0);
  const exact = Fraction.sum(groups.map((g) => g.ratio.mul(g.count)));
  return { heads, exact, units: Number(exact.legalRound()) };
}

const SCOPE_TEXT: Record<ExclusionScope, string> = {
  BOTH: 'esclusi da entrambe le basi',
  ONLY_B3: 'esclusi dalla sola base art. 3 (restano nella base art. 18)',
  ONLY_B18: 'esclusi dalla sola base art. 18',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
