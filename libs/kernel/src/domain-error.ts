/** One field that failed validation: its path in the request and what is wrong, in Italian. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The base of every module's exception, pure so that domain code without Nest can throw it. Each
 * module declares its own subclass with its codes; the API maps them once to problem+json.
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
