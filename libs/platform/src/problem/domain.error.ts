import type { FieldProblem } from './problem-details.js';

/**
 * The base of every module's exception. Each module declares its own subclass with its codes;
 * the API maps them once to problem+json (the code and status travel with the error).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    /** Italian text for people. */
    readonly detail: string,
    readonly errors?: FieldProblem[],
  ) {
    super(`${code}: ${detail}`);
    this.name = new.target.name;
  }
}

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
