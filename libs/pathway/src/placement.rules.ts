import { type ContractType, isInternship, type L68Category } from '#libs/kernel';
import type { FieldProblem } from '#libs/platform';
import type { InternshipKind } from './entities/placement.entity.js';

/** What a tutor records for an outcome; the company and vacancy come from the proposal if any. */
export interface PlacementInput {
  contractType: ContractType;
  weeklyHours?: number | null;
  fullTimeHours?: number | null;
  startDate: string;
  endDate?: string | null;
  kmZero?: boolean;
  countsTowardL68?: boolean;
  internship?: { promoter: string; monthlyAllowanceCents: number; endDate?: string | null } | null;
}

export function internshipKind(contractType: ContractType): InternshipKind {
  if (contractType === 'C.02.00') return 'SUMMER';
  return contractType === 'TIROCINIO_INCLUSIONE' ? 'INCLUSION' : 'EXTRACURRICULAR';
}

/** Outcomes that are not employment and never cover a Law 68 position. */
const NOT_EMPLOYMENT: readonly ContractType[] = [
  'B.02.00',
  'PRESTO',
  'LIBRETTO_FAMIGLIA',
  'BORSA_LAVORO',
];

/**
 * Rules across fields of an outcome: an internship has its terms and no Law 68 count, hours fit
 * the full time, dates are in order, and only a person registered for Law 68 can count toward it.
 */
export function checkPlacement(
  input: PlacementInput,
  l68Eligible: L68Category | null,
  field = '',
): FieldProblem[] {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const problems: FieldProblem[] = [];
  const internship = isInternship(input.contractType);
  if (internship && !input.internship) {
    problems.push({
      field: at('internship'),
      message: 'per un tirocinio indica promotore e indennità mensile',
    });
  }
  if (!internship && input.internship) {
    problems.push({
      field: at('internship'),
      message: 'solo un tirocinio ha promotore e indennità',
    });
  }
  if (input.endDate && input.endDate < input.startDate) {
    problems.push({ field: at('endDate'), message: "la fine non può precedere l'inizio" });
  }
  const { weeklyHours, fullTimeHours } = input;
  if (weeklyHours != null && fullTimeHours != null && weeklyHours > fullTimeHours) {
    problems.push({
      field: at('weeklyHours'),
      message: 'le ore non possono superare il tempo pieno',
    });
  }
  if (input.countsTowardL68) {
    if (internship || NOT_EMPLOYMENT.includes(input.contractType)) {
      problems.push({
        field: at('countsTowardL68'),
        message: 'solo un rapporto di lavoro dipendente copre la quota della Legge 68',
      });
    } else if (!l68Eligible) {
      problems.push({
        field: at('countsTowardL68'),
        message: "la persona non risulta iscritta all'elenco del collocamento mirato",
      });
    }
  }
  return problems;
}
