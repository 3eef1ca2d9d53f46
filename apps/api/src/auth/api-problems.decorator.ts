import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '#libs/platform';

class FieldProblemDto {
  @ApiProperty({ example: 'refreshToken' })
  field: string;

  @ApiProperty({ example: 'formato non valido' })
  message: string;
}

/** RFC 9457 problem details, as every error of the API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:incrocio:problem:session-revoked' })
  type: string;

  @ApiProperty({ example: 'Autenticazione richiesta' })
  title: string;

  @ApiProperty({ example: 401 })
  status: number;

  @ApiProperty({ description: 'Testo in italiano per le persone' })
  detail: string;

  @ApiProperty({ description: 'Codice stabile per i programmi', example: 'SESSION_REVOKED' })
  code: string;

  @ApiPropertyOptional({ type: [FieldProblemDto] })
  errors?: FieldProblemDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Richiesta non valida (i campi sbagliati in `errors`)',
  401: 'Accesso mancante, scaduto o revocato',
  403: 'Il ruolo non consente l’operazione',
  404: 'Risorsa non trovata nell’organizzazione',
  409: 'Conflitto con lo stato attuale (il codice dice quale)',
  413: 'Richiesta troppo grande',
  429: 'Troppe richieste',
};

/** Documents the operation's errors as application/problem+json. */
export function ApiProblems(...statuses: Array<keyof typeof DESCRIPTIONS>) {
  return applyDecorators(
    ApiExtraModels(ProblemDto, FieldProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
