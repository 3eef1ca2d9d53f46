import { DomainError, type FieldProblem } from '#libs/kernel';

export class ScoutingError extends DomainError {
  static invalid(errors: FieldProblem[]) {
    return new ScoutingError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }

  static activityNotFound() {
    return new ScoutingError('ACTIVITY_NOT_FOUND', 404, 'Attività non trovata.');
  }

  static noNextAction() {
    return new ScoutingError(
      'NO_NEXT_ACTION',
      409,
      'Questa attività non ha un’azione successiva da segnare come fatta.',
    );
  }
}
