import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { safeError } from '../logging/safe-error.js';
import { DomainError } from './domain.error.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from './problem-details.js';

const TITLES: Record<number, string> = {
  400: 'Richiesta non valida',
  401: 'Autenticazione richiesta',
  403: 'Accesso negato',
  404: 'Risorsa non trovata',
  405: 'Metodo non consentito',
  409: 'Conflitto',
  413: 'Richiesta troppo grande',
  415: 'Formato non supportato',
  422: 'Richiesta non elaborabile',
  423: 'Account bloccato',
  429: 'Troppe richieste',
  500: 'Errore interno',
  503: 'Servizio non disponibile',
};

const HTTP_CODES: Record<number, { code: string; detail: string }> = {
  400: { code: 'BAD_REQUEST', detail: 'La richiesta non è valida.' },
  401: { code: 'UNAUTHENTICATED', detail: 'Serve un accesso valido: effettua di nuovo il login.' },
  403: { code: 'FORBIDDEN', detail: 'Non hai i permessi per questa operazione.' },
  404: { code: 'NOT_FOUND', detail: 'La risorsa richiesta non esiste.' },
  405: { code: 'METHOD_NOT_ALLOWED', detail: 'Metodo non consentito su questa risorsa.' },
  413: {
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'La richiesta supera la dimensione massima consentita.',
  },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Il formato del contenuto non è supportato: usa JSON.',
  },
  429: { code: 'TOO_MANY_REQUESTS', detail: 'Troppe richieste: riprova tra poco.' },
};

/** PostgreSQL SQLSTATE classes that mean "the database is not reachable right now". */
const UNAVAILABLE_SQLSTATES = /^(08|57P0|53)/;
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.test(code))
  ) {
    return true;
  }
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Cannot use a pool after calling end/i.test(
    error.message,
  );
}

/** Maps every error to RFC 9457 problem+json. Stack traces and SQL never reach the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (problem.status >= 500) {
      this.logger.error(
        { error: safeError(exception), code: problem.code, path: problem.instance },
        'richiesta fallita',
      );
    }
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return this.build(exception.status, exception.code, exception.detail, exception.errors);
    }
    const bodyProblem = this.bodyProblem(
      exception instanceof HttpException ? exception.cause : exception,
    );
    if (bodyProblem) return bodyProblem;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body && 'detail' in body) {
        const { code, detail, errors } = body as Pick<ProblemDetails, 'code' | 'detail' | 'errors'>;
        return this.build(status, code, detail, errors);
      }
      const known = HTTP_CODES[status] ?? {
        code: `HTTP_${status}`,
        detail: TITLES[status] ?? 'Errore.',
      };
      return this.build(status, known.code, known.detail);
    }
    if (isDatabaseUnavailable(exception)) {
      return this.build(
        503,
        'DATABASE_UNAVAILABLE',
        'Il database non è raggiungibile: riprova tra qualche istante.',
      );
    }
    if (exception instanceof QueryFailedError) {
      const sqlState = (exception as unknown as { code?: string }).code;
      if (sqlState === '23502' || sqlState === '23514') {
        return this.build(
          400,
          'INVALID_VALUE',
          'Manca un valore obbligatorio o un valore non è ammesso.',
        );
      }
      if (sqlState === '23505') {
        return this.build(409, 'ALREADY_EXISTS', 'Esiste già un record con questi dati.');
      }
      if (
        sqlState === '22P02' ||
        sqlState === '22021' ||
        sqlState === '22003' ||
        sqlState === '22001'
      ) {
        return this.build(400, 'INVALID_VALUE', 'Un valore della richiesta non è valido.');
      }
    }
    return this.build(
      500,
      'INTERNAL_ERROR',
      'Si è verificato un errore interno. Il problema è stato registrato.',
    );
  }

  /** Errors of the body parser (express): too large, not JSON, not UTF-8, a malformed path. */
  private bodyProblem(error: unknown): ProblemDetails | undefined {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large')
      return this.build(413, HTTP_CODES[413].code, HTTP_CODES[413].detail);
    if (
      type === 'entity.parse.failed' ||
      type === 'encoding.unsupported' ||
      type === 'charset.unsupported'
    ) {
      return this.build(
        400,
        'MALFORMED_BODY',
        'Il corpo della richiesta non è JSON valido in UTF-8.',
      );
    }
    if (error instanceof URIError)
      return this.build(
        400,
        'MALFORMED_PATH',
        "L'indirizzo richiesto non è codificato correttamente.",
      );
    return undefined;
  }

  private build(
    status: number,
    code: string,
    detail: string,
    errors?: ProblemDetails['errors'],
  ): ProblemDetails {
    const problem: ProblemDetails = {
      type: problemType(code),
      title: TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]),
      status,
      detail,
      code,
    };
    if (errors && errors.length > 0) problem.errors = errors;
    return problem;
  }
}
