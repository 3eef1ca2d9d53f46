import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { toFieldProblems } from './validation-messages.js';

/**
 * Strict validation at the edge: unknown fields are rejected, types are converted only where the DTO
 * says so, and every failure becomes a 400 problem naming each field in Italian.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
