import { TASK_CODES } from '#libs/kernel';
import type { FieldProblem } from '#libs/platform';
import type { VacancyEntity } from './entities/vacancy.entity.js';
import { NULLABLE_VACANCY_FIELDS } from './vacancy.input.js';
import { checkShifts } from './shift.rules.js';

export type VacancyState = Pick<
  VacancyEntity,
  | 'occupationCode'
  | 'occupationText'
  | 'requiredSkills'
  | 'shifts'
  | 'tasks'
  | 'publishedAt'
  | 'expiresAt'
>;

/** A PATCH may clear optional fields with null, never the required ones. */
export function checkNulls(patch: object): FieldProblem[] {
  return Object.entries(patch)
    .filter(([field, value]) => value === null && !NULLABLE_VACANCY_FIELDS.includes(field))
    .map(([field]) => ({ field, message: 'campo obbligatorio: non può essere vuoto' }));
}

/**
 * Rules on the vacancy as it will be saved (after the patch is applied): they span several fields,
 * or bind callers other than the API too. Returns every problem at once.
 */
export function checkVacancyRules(vacancy: VacancyState): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!vacancy.occupationCode && !vacancy.occupationText?.trim()) {
    problems.push({
      field: 'occupationCode',
      message: 'indica la professione: un codice del vocabolario o una descrizione libera',
    });
  }
  vacancy.requiredSkills.forEach((skill, index) => {
    if (!skill.code && !skill.text?.trim()) {
      problems.push({
        field: `requiredSkills[${index}]`,
        message: 'indica il codice della competenza o una descrizione libera',
      });
    }
  });
  problems.push(...checkShifts(vacancy.shifts));
  vacancy.tasks.forEach((task, index) => {
    if (!(TASK_CODES as readonly string[]).includes(task)) {
      problems.push({ field: `tasks[${index}]`, message: 'mansione non prevista' });
    }
  });
  if (vacancy.expiresAt && vacancy.expiresAt < vacancy.publishedAt) {
    problems.push({
      field: 'expiresAt',
      message: 'la scadenza non può precedere la data di pubblicazione',
    });
  }
  return problems;
}
