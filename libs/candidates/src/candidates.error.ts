import { DomainError, type FieldProblem } from '#libs/platform';

export class CandidatesError extends DomainError {
  static notFound() {
    return new CandidatesError('CANDIDATE_NOT_FOUND', 404, 'Persona non trovata.');
  }
  static invalid(errors: FieldProblem[]) {
    return new CandidatesError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }
  static notOnCase() {
    return new CandidatesError(
      'NOT_ON_CASE',
      403,
      'Solo i tutor assegnati e i coordinatori possono modificare questa persona o i suoi dati sensibili.',
    );
  }
  static staleVersion() {
    return new CandidatesError(
      'STALE_VERSION',
      409,
      'Nel frattempo la scheda è stata modificata da un altro utente: ricaricala e riprova.',
    );
  }
  static erased() {
    return new CandidatesError(
      'ALREADY_ERASED',
      409,
      'I dati di questa persona sono stati cancellati: la scheda non si può più modificare.',
    );
  }
  static taxCodeTaken() {
    return new CandidatesError(
      'TAX_CODE_TAKEN',
      409,
      'Esiste già una persona con questo codice fiscale.',
    );
  }
}
