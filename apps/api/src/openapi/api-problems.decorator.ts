import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problemType } from '#libs/platform';
import { Problem } from './problem.schema.js';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503;

/** What each status means in this API, with the example shown to integrators. */
const PROBLEMS: Record<
  ProblemStatus,
  { description: string; title: string; code: string; detail: string }
> = {
  400: {
    description: 'Richiesta non valida: i campi sbagliati sono elencati in `errors`',
    title: 'Richiesta non valida',
    code: 'VALIDATION_FAILED',
    detail: 'Alcuni campi non sono validi.',
  },
  401: {
    description: 'Token assente, non valido o scaduto',
    title: 'Autenticazione richiesta',
    code: 'UNAUTHENTICATED',
    detail: 'Serve un accesso valido: effettua di nuovo il login.',
  },
  403: {
    description: 'Il ruolo dell’utente non consente l’operazione',
    title: 'Accesso negato',
    code: 'FORBIDDEN',
    detail: 'Non hai i permessi per questa operazione.',
  },
  404: {
    description: 'La risorsa non esiste o appartiene a un’altra organizzazione',
    title: 'Risorsa non trovata',
    code: 'NOT_FOUND',
    detail: 'La risorsa richiesta non esiste.',
  },
  409: {
    description: 'L’operazione contrasta con lo stato attuale della risorsa',
    title: 'Conflitto',
    code: 'ALREADY_EXISTS',
    detail: 'Esiste già un record con questi dati.',
  },
  413: {
    description: 'Il corpo supera il limite di dimensione (HTTP_BODY_LIMIT)',
    title: 'Richiesta troppo grande',
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'La richiesta supera la dimensione massima consentita.',
  },
  415: {
    description: 'Il corpo non è di un tipo accettato (per le importazioni: CSV o XLSX)',
    title: 'Tipo di contenuto non supportato',
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Carica un file CSV o XLSX.',
  },
  422: {
    description: 'La richiesta è ben formata ma non può essere eseguita',
    title: 'Richiesta non elaborabile',
    code: 'EMPTY_EDITION',
    detail: 'L’edizione non ha contenuti.',
  },
  423: {
    description: 'Account bloccato dopo troppi tentativi falliti',
    title: 'Account bloccato',
    code: 'ACCOUNT_LOCKED',
    detail: 'Troppi tentativi falliti: riprova più tardi.',
  },
  429: {
    description: 'Troppe richieste dallo stesso indirizzo: riprovare più tardi',
    title: 'Troppe richieste',
    code: 'TOO_MANY_REQUESTS',
    detail: 'Troppe richieste: riprova tra poco.',
  },
  503: {
    description: 'Database o Redis non raggiungibili',
    title: 'Servizio non disponibile',
    code: 'DATABASE_UNAVAILABLE',
    detail: 'Il database non è raggiungibile: riprova tra qualche istante.',
  },
};

/**
 * Documents the RFC 9457 errors an operation can answer, as `application/problem+json`.
 * The setup adds the ones every operation of its kind has (401, 403, 404, 400, 413, 429); a
 * controller names the others, e.g. `@ApiProblems(409)`.
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(Problem),
    ...statuses.map((status) => ApiResponse(problemResponse(status))),
  );
}

function problemResponse(status: ProblemStatus) {
  const { description, title, code, detail } = PROBLEMS[status];
  const example = {
    type: problemType(code),
    title,
    status,
    detail,
    code,
    ...(status === 400 && {
      errors: [{ field: 'email', message: 'deve essere un indirizzo e-mail valido' }],
    }),
  };
  return {
    status,
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(Problem) }, example },
    },
  };
}
