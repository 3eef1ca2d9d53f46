import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One invalid field of a request, in the order the checks found them. */
export class FieldProblem {
  @ApiProperty({
    description: 'Il campo (percorso con punti per i campi annidati)',
    example: 'email',
  })
  field: string;

  @ApiProperty({
    description: 'Che cosa non va, in italiano',
    example: 'deve essere un indirizzo e-mail valido',
  })
  message: string;
}

/** RFC 9457 problem details: the body of every error of the API. */
export class Problem {
  @ApiProperty({
    description: 'URI del tipo di problema',
    example: 'urn:incrocio:problem:validation-failed',
  })
  type: string;

  @ApiProperty({
    description: 'Titolo del codice HTTP, in italiano',
    example: 'Richiesta non valida',
  })
  title: string;

  @ApiProperty({ description: 'Il codice HTTP della risposta', example: 400 })
  status: number;

  @ApiProperty({
    description: 'Spiegazione per le persone, in italiano',
    example: 'Alcuni campi non sono validi.',
  })
  detail: string;

  @ApiProperty({ description: 'Codice stabile per i programmi', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiPropertyOptional({ description: 'Il percorso della richiesta', example: '/api/candidates' })
  instance?: string;

  @ApiPropertyOptional({
    description: 'I campi non validi (solo per gli errori di validazione)',
    type: [FieldProblem],
  })
  errors?: FieldProblem[];
}
