import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from './domain.error.js';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new InvalidInputError([
          { field: name, message: 'deve essere un identificativo valido (UUID)' },
        ]),
    }),
  );
