import { DomainError, type FieldProblem } from '#libs/kernel';
import { PROPOSAL_STATES, type ProposalState } from './proposal-states.rules.js';

export class PathwayError extends DomainError {
  static notFound(what: 'PROPOSAL' | 'CANDIDATE' | 'VACANCY' | 'PLACEMENT') {
    const labels = {
      PROPOSAL: 'Proposta non trovata.',
      CANDIDATE: 'Persona non trovata.',
      VACANCY: 'Offerta non trovata.',
      PLACEMENT: 'Esito non trovato.',
    };
    return new PathwayError(`${what}_NOT_FOUND`, 404, labels[what]);
  }
  static notPublisher() {
    return new PathwayError(
      'NOT_VACANCY_PUBLISHER',
      403,
      "Le proposte arrivate dalla rete si leggono solo nell'organizzazione che ha pubblicato l'offerta.",
    );
  }
  static notOnCase() {
    return new PathwayError(
      'NOT_ON_CASE',
      403,
      'Solo i tutor assegnati alla persona e i coordinatori possono proporla e registrarne gli esiti.',
    );
  }
  static illegalTransition(from: ProposalState, to: ProposalState) {
    return new PathwayError(
      'ILLEGAL_TRANSITION',
      409,
      `Una proposta nello stato «${PROPOSAL_STATES[from]}» non può passare a «${PROPOSAL_STATES[to]}».`,
    );
  }
  static alreadyProposed() {
    return new PathwayError(
      'PROPOSAL_EXISTS',
      409,
      'La persona è già proposta per questa offerta: aggiorna la proposta in corso.',
    );
  }
  static vacancyNotOpen() {
    return new PathwayError(
      'VACANCY_NOT_OPEN',
      409,
      "L'offerta non è aperta: non si possono fare nuove proposte.",
    );
  }
  static candidateNotActive() {
    return new PathwayError(
      'CANDIDATE_NOT_ACTIVE',
      409,
      'La persona è archiviata o ha chiuso il percorso.',
    );
  }
  static noConsent() {
    return new PathwayError(
      'NO_CONSENT',
      409,
      'La persona non ha dato il consenso a presentare il suo profilo alle aziende.',
    );
  }
  static notProposable(labels: string[]) {
    return new PathwayError(
      'NOT_PROPOSABLE',
      409,
      `La persona non è proponibile per questa offerta: ${labels.join('; ')}.`,
    );
  }
  static staleVersion() {
    return new PathwayError(
      'STALE_VERSION',
      409,
      'Nel frattempo la proposta è stata aggiornata da un altro utente: ricaricala e riprova.',
    );
  }
  static invalid(errors: FieldProblem[]) {
    return new PathwayError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }
}
