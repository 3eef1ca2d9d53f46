/**
 * The pathway after a match (proposta → esito): the states of a proposal and the moves between them.
 * Pure: the use cases ask it, the API maps a refused move to 409.
 */
export const PROPOSAL_STATES = {
  PROPOSED: 'Proposta dal tutor',
  SENT_TO_COMPANY: "Candidatura inviata all'azienda",
  INTERVIEW: 'Colloquio',
  INTERNSHIP_STARTED: 'Tirocinio avviato',
  HIRED: 'Assunzione',
  DECLINED_BY_COMPANY: "Non accolta dall'azienda",
  WITHDRAWN_BY_CANDIDATE: 'Ritirata dalla persona',
  EXPIRED: 'Scaduta senza notizie',
} as const;
export type ProposalState = keyof typeof PROPOSAL_STATES;
export const PROPOSAL_STATE_CODES = Object.keys(PROPOSAL_STATES) as ProposalState[];

/** States still in play: one per candidate and vacancy at a time. */
export const ACTIVE_PROPOSAL_STATES: readonly ProposalState[] = [
  'PROPOSED',
  'SENT_TO_COMPANY',
  'INTERVIEW',
  'INTERNSHIP_STARTED',
];

const NEXT: Readonly<Record<ProposalState, readonly ProposalState[]>> = {
  PROPOSED: ['SENT_TO_COMPANY', 'WITHDRAWN_BY_CANDIDATE', 'EXPIRED'],
  SENT_TO_COMPANY: ['INTERVIEW', 'DECLINED_BY_COMPANY', 'WITHDRAWN_BY_CANDIDATE', 'EXPIRED'],
  INTERVIEW: [
    'INTERNSHIP_STARTED',
    'HIRED',
    'DECLINED_BY_COMPANY',
    'WITHDRAWN_BY_CANDIDATE',
    'EXPIRED',
  ],
  INTERNSHIP_STARTED: ['HIRED', 'DECLINED_BY_COMPANY', 'WITHDRAWN_BY_CANDIDATE'],
  HIRED: [],
  DECLINED_BY_COMPANY: [],
  WITHDRAWN_BY_CANDIDATE: [],
  EXPIRED: [],
};

/** Only the nightly job lets a proposal expire; people record what happened. */
const SYSTEM_ONLY: readonly ProposalState[] = ['EXPIRED'];

export function canMove(from: ProposalState, to: ProposalState, by: 'person' | 'system'): boolean {
  if (by === 'person' && SYSTEM_ONLY.includes(to)) return false;
  return NEXT[from].includes(to);
}

export function nextStates(from: ProposalState): ProposalState[] {
  return NEXT[from].filter((state) => !SYSTEM_ONLY.includes(state));
}

/** The moves that start a placement and must record it. */
export const PLACEMENT_STATES: readonly ProposalState[] = ['INTERNSHIP_STARTED', 'HIRED'];

/**
 * Days without news after which a proposal expires, by state (a running internship has its own end
 * date and does not expire). A dated parameter of the organisations' practice, not of a law.
 */
export const STALE_AFTER_DAYS: Readonly<Partial<Record<ProposalState, number>>> = {
  PROPOSED: 30,
  SENT_TO_COMPANY: 45,
  INTERVIEW: 30,
};

export function expiryFrom(state: ProposalState, now: Date): Date | null {
  const days = STALE_AFTER_DAYS[state];
  return days === undefined ? null : new Date(now.getTime() + days * 24 * 3600 * 1000);
}

/** Why a company said no: a fixed list, so the figures can be counted. */
export const DECLINE_REASONS = {
  PROFILE_NOT_MATCHING: 'Profilo non adeguato alla mansione',
  POSITION_FILLED: 'Posizione già coperta',
  ITALIAN_LEVEL: 'Conoscenza della lingua italiana insufficiente',
  SCHEDULE: 'Orari non compatibili',
  INTERVIEW_FAILED: 'Colloquio non superato',
  NO_SHOW: 'Mancata presentazione al colloquio',
  INTERNSHIP_NOT_CONFIRMED: 'Tirocinio non trasformato in assunzione',
  VACANCY_WITHDRAWN: "Offerta ritirata dall'azienda",
  OTHER: 'Altro motivo (specificato nella nota)',
} as const;
export type DeclineReason = keyof typeof DECLINE_REASONS;
export const DECLINE_REASON_CODES = Object.keys(DECLINE_REASONS) as DeclineReason[];
