/**
 * Task codes shared by vacancies (what the job involves) and candidates (what they must not do). A
 * limitation is recorded as a task code only: the reason behind it (health, a court order, a recovery
 * programme) stays in the case file and never reaches matching.
 */
export const TASK_CODES = [
  'HEAVY_LIFTING',
  'NIGHT_WORK',
  'WORK_AT_HEIGHT',
  'PROLONGED_STANDING',
  'CUSTOMER_CONTACT',
  'DRIVING',
  'CHEMICALS',
  'MACHINERY',
  'OUTDOOR_WORK',
  'REPETITIVE_MOVEMENTS',
  'CASH_HANDLING',
  'CARE_OF_MINORS',
  'ALCOHOL_SERVICE',
] as const;
export type TaskCode = (typeof TASK_CODES)[number];
