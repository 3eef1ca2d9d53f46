import { DomainError, type FieldProblem } from '#libs/kernel';
import { Law68InputError } from './domain/law68-input.error.js';

/**
 * The Law 68 module's exception, mapped once to problem+json by the API. The pure calculator throws
 * Law68InputError (no HTTP in it); `Law68Error.from` turns it into a 400 naming every field.
 */
export class Law68Error extends DomainError {
  static invalid(errors: FieldProblem[]) {
    return new Law68Error(
      'VALIDATION_FAILED',
      400,
      'Alcuni dati non sono validi per il calcolo L. 68/1999: correggili e riprova.',
      errors,
    );
  }

  /** A calculator input error as a 400; with `prefix` the field paths are nested (`input.`...). */
  static fromInputError(error: Law68InputError, prefix = '') {
    return Law68Error.invalid(
      error.issues.map((issue) => ({ field: `${prefix}${issue.field}`, message: issue.message })),
    );
  }

  /**
   * Runs calculator code (or code that calls it, sync or async) and turns its input errors into
   * problems naming the fields.
   */
  static guard<T>(run: () => T, prefix = ''): T {
    const translate = (error: unknown) =>
      error instanceof Law68InputError ? Law68Error.fromInputError(error, prefix) : error;
    try {
      const result = run();
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          throw translate(error);
        }) as T;
      }
      return result;
    } catch (error) {
      throw translate(error);
    }
  }

  static conventionNotFound() {
    return new Law68Error('CONVENTION_NOT_FOUND', 404, 'Convenzione non trovata.');
  }

  static districtNotFound() {
    return new Law68Error(
      'DISTRICT_NOT_FOUND',
      404,
      'Ambito del centro per l’impiego non trovato.',
    );
  }

  static districtNameTaken() {
    return new Law68Error(
      'DISTRICT_NAME_TAKEN',
      409,
      'Esiste già un ambito con questo nome nell’organizzazione.',
    );
  }

  static staleVersion() {
    return new Law68Error(
      'STALE_VERSION',
      409,
      'Nel frattempo la convenzione è stata modificata da un altro utente: ricaricala e riprova.',
    );
  }
}
