import type { Law68Input } from './queries';

/** The workforce as a consultant types it on the phone with a company: one province, plain counts. */
export interface WorkforceForm {
  referenceDate: string;
  province: string;
  totalEmployees: string;
  disabledEmployees: string;
  art18Employees: string;
  employerKind: NonNullable<Law68Input['employerKind']>;
  /** Only for the calculator: people placed with an art. 12-bis or 14 convention. */
  conventionPositions: string;
}

/** 31 December of last year: the date the prospetto informativo photographs. */
export function lastThirtyFirstOfDecember(today = new Date()): string {
  return `${today.getFullYear() - 1}-12-31`;
}

export const emptyWorkforce = (): WorkforceForm => ({
  referenceDate: lastThirtyFirstOfDecember(),
  province: 'MI',
  totalEmployees: '',
  disabledEmployees: '0',
  art18Employees: '0',
  employerKind: 'ORDINARY',
  conventionPositions: '0',
});

/** A count as typed ("", "12") as the API wants it; an unreadable one goes as is, for its 400. */
const count = (text: string): number => (text.trim() === '' ? 0 : Number(text.replace(',', '.')));

/** The calculator's and the declaration's input; convention placements only when asked (calculator). */
export function toLaw68Input(form: WorkforceForm, withConventions = false): Law68Input {
  const province = form.province.trim().toUpperCase();
  const disabled = count(form.disabledEmployees);
  const placed = count(form.conventionPositions);
  return {
    referenceDate: form.referenceDate,
    registeredOfficeProvince: province,
    employerKind: form.employerKind,
    provinces: [
      {
        province,
        totalEmployees: form.totalEmployees.trim() === '' ? Number.NaN : count(form.totalEmployees),
        disabledEmployees: disabled > 0 ? [{ count: disabled }] : [],
        art18Employees: count(form.art18Employees),
        ...(withConventions && placed > 0
          ? {
              conventions: [
                { type: 'ART_12_BIS' as const, count: placed, from: form.referenceDate },
              ],
            }
          : {}),
      },
    ],
  };
}
