import { DomainError, type FieldProblem } from '#libs/platform';

/** The errors of the search layer; the API maps them to problem+json through DomainError. */
export class SearchError extends DomainError {
  static invalidQuery(errors: FieldProblem[]): SearchError {
    return new SearchError('SEARCH_INVALID_QUERY', 400, 'La ricerca non è valida.', errors);
  }

  static unavailable(reason: string): SearchError {
    return new SearchError(
      'SEARCH_UNAVAILABLE',
      503,
      `La ricerca non è disponibile in questo momento (${reason}).`,
    );
  }

  static writeFailed(reason: string): SearchError {
    return new SearchError(
      'SEARCH_WRITE_FAILED',
      502,
      `L'indice di ricerca non ha accettato la modifica (${reason}).`,
    );
  }

  static missingLoader(index: string): SearchError {
    return new SearchError(
      'SEARCH_MISSING_LOADER',
      500,
      `Nessuna sorgente dei documenti per l'indice ${index}.`,
    );
  }
}
