import { DomainError } from '#libs/kernel';

/** Errors of matching, mapped once to problem+json by the API's filter. */
export class MatchingError extends DomainError {
  static candidateNotFound() {
    return new MatchingError('CANDIDATE_NOT_FOUND', 404, 'Persona non trovata.');
  }
  static vacancyNotFound() {
    return new MatchingError('VACANCY_NOT_FOUND', 404, 'Offerta non trovata.');
  }
  static reservedNotOnCase() {
    return new MatchingError(
      'NOT_ON_CASE',
      403,
      "L'abbinamento con un posto riservato (Legge 68/1999) è visibile solo ai tutor assegnati alla persona e ai coordinatori.",
    );
  }
}
