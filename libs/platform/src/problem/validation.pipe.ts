import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { unstorableTextFields } from './storable-text.js';
import { toFieldProblems } from './validation-messages.js';

/** Far deeper than any request of the API; deeper input would make the validators recurse without end. */
const MAX_DEPTH = 16;

/** The nesting depth of a parsed JSON value, measured without recursion (it may be very deep). */
export function nestingDepthExceeds(value: unknown, limit = MAX_DEPTH): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/**
 * Strict validation at the edge: unknown fields are rejected, types are converted only where the DTO
 * says so, text PostgreSQL cannot store is refused in bodies, queries and path parameters alike, and
 * every failure becomes a 400 problem naming each field in Italian.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestingDepthExceeds(value)) {
      throw new BadRequestException({
        code: 'BODY_TOO_DEEP',
        detail: 'La richiesta contiene strutture annidate troppo in profondità.',
      });
    }
    if (metadata.type !== 'custom') {
      const unstorable = unstorableTextFields(value, metadata.data ?? '');
      if (unstorable.length > 0) {
        throw new BadRequestException({
          code: 'VALIDATION_FAILED',
          detail:
            'Alcuni campi contengono caratteri che non si possono salvare: correggili e riprova.',
          errors: unstorable,
        });
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({
        code: 'VALIDATION_FAILED',
        detail: 'Alcuni campi non sono validi: correggili e riprova.',
        errors: toFieldProblems(errors),
      }),
  });
}
