import { DomainError, type FieldProblem } from '#libs/kernel';

export { DomainError };

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', 404, `${what} non trovato.`);
  }
}

export class InvalidInputError extends DomainError {
  constructor(errors: FieldProblem[], detail = 'Alcuni campi non sono validi.') {
    super('VALIDATION_FAILED', 400, detail, errors);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string) {
    super(code, 409, detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Non hai i permessi per questa operazione.') {
    super('FORBIDDEN', 403, detail);
  }
}
