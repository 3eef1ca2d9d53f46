import { DomainError, type FieldProblem } from '#libs/kernel';

export class ProjectsError extends DomainError {
  static invalid(errors: FieldProblem[]) {
    return new ProjectsError(
      'VALIDATION_FAILED',
      400,
      'Alcuni campi non sono validi: correggili e riprova.',
      errors,
    );
  }

  static projectNotFound() {
    return new ProjectsError('PROJECT_NOT_FOUND', 404, 'Progetto non trovato.');
  }

  static duplicateName() {
    return new ProjectsError(
      'PROJECT_NAME_TAKEN',
      409,
      'Esiste già un progetto con questo nome: scegline un altro.',
    );
  }
}
