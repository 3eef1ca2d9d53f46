import { DomainError } from '#libs/platform';
import type { Request } from 'express';

/**
 * Refuses a request that carries a body to an operation that takes none and acts on the caller
 * alone (such as ending every session): a stray or forged body is a mistake, not a confirmation.
 */
export function refuseBody(request: Request): void {
  const length = Number(request.headers['content-length'] ?? 0);
  if (length > 0 || request.headers['transfer-encoding'] !== undefined) {
    throw new DomainError(
      'BODY_NOT_ALLOWED',
      400,
      'Questa operazione non accetta un corpo nella richiesta: inviala vuota.',
    );
  }
}
