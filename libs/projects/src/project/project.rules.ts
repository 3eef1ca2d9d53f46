import type { FieldProblem, IsoDate } from '#libs/kernel';
import { FIGURE_CODES, isFigureCode } from '../domain/funder-figures.js';

/** A period whose end, when given, is not before its start. */
export function periodProblems(
  start: { field: string; value: IsoDate },
  end: { field: string; value: IsoDate | null | undefined },
): FieldProblem[] {
  if (end.value && end.value < start.value)
    return [{ field: end.field, message: `la data non può precedere ${start.field}` }];
  return [];
}

/** A date inside the project's period (people, companies and activities are attached within it). */
export function withinProjectProblems(
  field: string,
  value: IsoDate | null | undefined,
  project: { startsOn: IsoDate; endsOn: IsoDate },
): FieldProblem[] {
  if (!value || (value >= project.startsOn && value <= project.endsOn)) return [];
  return [
    {
      field,
      message: `la data è fuori dal periodo del progetto (${project.startsOn} – ${project.endsOn})`,
    },
  ];
}

/** Targets are whole, non-negative numbers for figures of the report. */
export function targetProblems(targets: Record<string, unknown> | undefined): FieldProblem[] {
  return Object.entries(targets ?? {}).flatMap(([code, value]) => {
    if (!isFigureCode(code))
      return [
        {
          field: `targets.${code}`,
          message: `indicatore sconosciuto; quelli ammessi: ${FIGURE_CODES.join(', ')}`,
        },
      ];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000)
      return [{ field: `targets.${code}`, message: 'l’obiettivo è un numero intero non negativo' }];
    return [];
  });
}
