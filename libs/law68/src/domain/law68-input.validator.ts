import { EXCLUDED_CATEGORY_RULES } from './excluded-categories.js';
import { FieldChecks } from './field-checks.js';
import type { Law68InputIssue } from './law68-input.error.js';
import {
  DEFAULT_LAW68_PARAMETERS,
  findParameterAt,
  LAW68_IN_FORCE_FROM,
  type Law68Parameters,
} from './law68-parameters.js';
import type { ExcludedCategory, Law68Input, ProvinceWorkforce } from './workforce.types.js';
import { formatDate } from './working.js';

const EMPLOYER_KINDS = ['ORDINARY', 'SOCIAL_COOP_TYPE_B', 'ART3_C3_ORGANISATION'] as const;
const EXCLUDED_CATEGORIES = Object.keys(EXCLUDED_CATEGORY_RULES) as ExcludedCategory[];
const CONVENTION_TYPES = ['ART_12_BIS', 'ART_14'] as const;
const EXEMPTION_SECTORS = ['ORDINARY', 'SECURITY_OR_TRANSPORT'] as const;
const SUSPENSION_CAUSES = ['CIGS', 'SOLIDARITY_CONTRACT', 'COLLECTIVE_DISMISSAL', 'OTHER'] as const;
const COMPENSATION_KINDS = ['E', 'R'] as const;
const EMPLOYER_SPECIFIC = [
  [
    'disadvantagedWorkers',
    'SOCIAL_COOP_TYPE_B',
    'ammesso solo per le cooperative sociali di tipo B',
  ],
  [
    'staffOutsideTechnicalAdministrative',
    'ART3_C3_ORGANISATION',
    "ammesso solo per le organizzazioni dell'art. 3 c.3",
  ],
] as const;

/**
 * Every problem of the input, each with its field path and an Italian message; an empty list means
 * the input can be computed.
 */
export function validateLaw68Input(
  input: Law68Input,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): Law68InputIssue[] {
  const check = new FieldChecks();
  if (
    check.date('referenceDate', input.referenceDate) &&
    input.referenceDate < LAW68_IN_FORCE_FROM
  ) {
    check.fail(
      'referenceDate',
      `anteriore all'entrata in vigore della L. 68/1999 (${formatDate(LAW68_IN_FORCE_FROM)})`,
    );
  }
  check.oneOf('employerKind', input.employerKind, EMPLOYER_KINDS, false);
  check.text('registeredOfficeProvince', input.registeredOfficeProvince);
  if (!Array.isArray(input.provinces) || input.provinces.length === 0) {
    check.fail('provinces', 'indicare almeno una provincia');
    return check.issues;
  }

  const seen = new Set<string>();
  input.provinces.forEach((province, i) => {
    if (!check.text(`provinces[${i}].province`, province.province)) return;
    if (seen.has(province.province)) {
      check.fail(`provinces[${i}].province`, `provincia ${province.province} ripetuta`);
    }
    seen.add(province.province);
  });
  if (input.registeredOfficeProvince && !seen.has(input.registeredOfficeProvince)) {
    check.fail(
      'registeredOfficeProvince',
      `la provincia della sede legale (${input.registeredOfficeProvince}) deve comparire tra le province, anche con zero dipendenti`,
    );
  }

  input.provinces.forEach((province, i) =>
    checkProvince(check, province, `provinces[${i}]`, input, parameters),
  );
  return check.issues;
}

function checkProvince(
  check: FieldChecks,
  p: ProvinceWorkforce,
  at: string,
  input: Law68Input,
  parameters: Law68Parameters,
): void {
  const kind = input.employerKind ?? 'ORDINARY';
  const totalOk = check.count(`${at}.totalEmployees`, p.totalEmployees);
  let heads = 0;
  const addHeads = (field: string, value: unknown, required = true) => {
    if (check.count(field, value, required)) heads += value;
  };

  (p.disabledEmployees ?? []).forEach((g, j) => {
    const f = `${at}.disabledEmployees[${j}]`;
    addHeads(`${f}.count`, g.count);
    if ((g.weeklyHours === undefined) !== (g.fullTimeHours === undefined)) {
      check.fail(
        `${f}.weeklyHours`,
        'indicare sia le ore settimanali sia le ore del tempo pieno, o nessuna delle due',
      );
    } else if (g.weeklyHours !== undefined) {
      checkHours(check, f, 'weeklyHours', g.weeklyHours, 'fullTimeHours', g.fullTimeHours);
    }
    check.percent(`${f}.disabilityPercent`, g.disabilityPercent, false);
  });

  addHeads(`${at}.art18Employees`, p.art18Employees, false);
  if (check.count(`${at}.art18EmployeesOn17Jan2000`, p.art18EmployeesOn17Jan2000, false)) {
    if (p.art18EmployeesOn17Jan2000 > (p.art18Employees ?? 0)) {
      check.fail(`${at}.art18EmployeesOn17Jan2000`, 'supera i lavoratori art. 18 in forza');
    }
  }
  (p.excluded ?? []).forEach((g, j) => {
    check.oneOf(`${at}.excluded[${j}].category`, g.category, EXCLUDED_CATEGORIES);
    addHeads(`${at}.excluded[${j}].count`, g.count);
  });
  (p.partTimers ?? []).forEach((g, j) => {
    const f = `${at}.partTimers[${j}]`;
    addHeads(`${f}.count`, g.count);
    checkHours(check, f, 'weeklyHours', g.weeklyHours, 'fullTimeHours', g.fullTimeHours);
  });
  (p.intermittents ?? []).forEach((g, j) => {
    const f = `${at}.intermittents[${j}]`;
    addHeads(`${f}.count`, g.count);
    checkHours(
      check,
      f,
      'hoursWorkedInSemester',
      g.hoursWorkedInSemester,
      'fullTimeHoursInSemester',
      g.fullTimeHoursInSemester,
      false,
    );
  });

  for (const [key, requiredKind, message] of EMPLOYER_SPECIFIC) {
    if (p[key] !== undefined && kind !== requiredKind) {
      check.fail(`${at}.${key}`, message);
    } else {
      addHeads(`${at}.${key}`, p[key], false);
    }
  }

  if (totalOk && heads > p.totalEmployees) {
    check.fail(
      `${at}.totalEmployees`,
      `i dipendenti in forza (${p.totalEmployees}) sono meno della somma delle categorie indicate (${heads})`,
    );
  }

  (p.agencyDisabledWorkers ?? []).forEach((g, j) => {
    check.count(`${at}.agencyDisabledWorkers[${j}].count`, g.count);
    check.quantity(`${at}.agencyDisabledWorkers[${j}].missionMonths`, g.missionMonths);
  });
  (p.conventions ?? []).forEach((c, j) => {
    const f = `${at}.conventions[${j}]`;
    check.oneOf(`${f}.type`, c.type, CONVENTION_TYPES);
    check.count(`${f}.count`, c.count);
    check.period(f, c);
    if (c.type === 'ART_14') check.count(`${f}.frameworkMaxPositions`, c.frameworkMaxPositions);
  });
  checkExemptions(check, p, at, input, parameters);
  (p.suspensions ?? []).forEach((s, j) => {
    const f = `${at}.suspensions[${j}]`;
    check.oneOf(`${f}.cause`, s.cause, SUSPENSION_CAUSES);
    if (
      check.quantity(`${f}.suspendedWorkers`, s.suspendedWorkers) &&
      totalOk &&
      s.suspendedWorkers > p.totalEmployees
    ) {
      check.fail(`${f}.suspendedWorkers`, `supera i dipendenti in forza (${p.totalEmployees})`);
    }
    check.period(f, s);
  });
  for (const key of ['compensationDisabled', 'compensationArt18'] as const) {
    const compensation = p[key];
    if (compensation === undefined) continue;
    check.oneOf(`${at}.${key}.kind`, compensation.kind, COMPENSATION_KINDS);
    check.count(`${at}.${key}.positions`, compensation.positions);
  }
}

function checkExemptions(
  check: FieldChecks,
  p: ProvinceWorkforce,
  at: string,
  input: Law68Input,
  parameters: Law68Parameters,
): void {
  const exemption = p.authorisedExemption;
  if (exemption !== undefined) {
    const f = `${at}.authorisedExemption`;
    const sectorOk = check.oneOf(`${f}.sector`, exemption.sector, EXEMPTION_SECTORS);
    if (check.percent(`${f}.percent`, exemption.percent) && sectorOk) {
      const max = legalMaxAt(parameters, input.referenceDate, exemption.sector);
      if (max !== undefined && exemption.percent > max) {
        check.fail(`${f}.percent`, `supera il massimo legale dell'esonero parziale (${max}%)`);
      }
    }
    check.period(f, exemption);
  }
  const selfCertified = p.selfCertifiedExemption;
  if (selfCertified !== undefined) {
    check.count(`${at}.selfCertifiedExemption.positions`, selfCertified.positions);
    check.date(`${at}.selfCertifiedExemption.from`, selfCertified.from, false);
  }
}

function legalMaxAt(
  parameters: Law68Parameters,
  date: string,
  sector: 'ORDINARY' | 'SECURITY_OR_TRANSPORT',
): number | undefined {
  const entry = findParameterAt(parameters.exemptionMaxPercent, date);
  if (!entry) return undefined;
  return sector === 'SECURITY_OR_TRANSPORT'
    ? entry.value.securityOrTransport
    : entry.value.ordinary;
}

function checkHours(
  check: FieldChecks,
  at: string,
  partName: string,
  part: unknown,
  fullName: string,
  full: unknown,
  partMustBePositive = true,
): void {
  const partOk = check.quantity(`${at}.${partName}`, part, { positive: partMustBePositive });
  const fullOk = check.quantity(`${at}.${fullName}`, full, { positive: true });
  if (partOk && fullOk && part > full) {
    check.fail(`${at}.${partName}`, `l'orario (${part}) supera il tempo pieno (${full})`);
  }
}
