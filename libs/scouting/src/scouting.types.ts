import type { Role } from '#libs/platform';

/** The pipeline of a company, from first approach to an obligation met. */
export const SCOUTING_STAGES = {
  TO_CONTACT: 'Da contattare',
  CONTACTED: 'Contattata',
  CONSULTANCY: 'Consulenza in corso',
  AGREEMENT: 'Convenzione o tirocinio concordati',
  HIRING: 'Assunzione in corso',
  OBLIGATION_MET: 'Obbligo assolto',
} as const;
export type ScoutingStage = keyof typeof SCOUTING_STAGES;
export const SCOUTING_STAGE_CODES = Object.keys(SCOUTING_STAGES) as ScoutingStage[];

export const ACTIVITY_KINDS = {
  CALL: 'Telefonata',
  VISIT: 'Visita in azienda',
  CONSULTANCY: 'Consulenza su misura',
  EMAIL: 'E-mail',
  MEETING: 'Incontro',
} as const;
export type ActivityKind = keyof typeof ACTIVITY_KINDS;
export const ACTIVITY_KIND_CODES = Object.keys(ACTIVITY_KINDS) as ActivityKind[];

/** What a consultancy or a contact was about (consulenze tailor made: rules, processes, tools). */
export const ACTIVITY_TOPICS = {
  L68_RULES: 'Norme L. 68/1999 e obblighi',
  PROCESSES: 'Processi di selezione e inserimento',
  TOOLS: 'Strumenti (convenzioni, incentivi, tirocini)',
  INTERNSHIP: 'Tirocinio',
  HIRING: 'Assunzione',
  CONVENTION: 'Convenzione',
  KM_ZERO: 'Lavoro a km zero',
  OTHER: 'Altro',
} as const;
export type ActivityTopic = keyof typeof ACTIVITY_TOPICS;
export const ACTIVITY_TOPIC_CODES = Object.keys(ACTIVITY_TOPICS) as ActivityTopic[];

/** Consultants, coordinators and admins run scouting; tutors only read the territory. */
export const SCOUTING_MANAGERS = ['admin', 'coordinator', 'consultant'] as const satisfies Role[];

/** How far an activity pushes the pipeline forward, never backward. */
export function stageAfterActivity(current: ScoutingStage, kind: ActivityKind): ScoutingStage {
  const floor: ScoutingStage = kind === 'CONSULTANCY' ? 'CONSULTANCY' : 'CONTACTED';
  const rank = (stage: ScoutingStage) => SCOUTING_STAGE_CODES.indexOf(stage);
  return rank(current) >= rank(floor) ? current : floor;
}
