import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_KINDS, type ImportKind } from '#libs/imports';
import { PageQuery } from '#libs/platform';
import { IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export class UploadImportQuery {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'Cosa contiene il file' })
  @IsIn(IMPORT_KINDS)
  kind: ImportKind;

  @ApiPropertyOptional({ description: 'Il nome del file, per riconoscerlo nell’elenco' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string;
}

export class ImportMappingDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'Per ogni campo (chiave) la colonna del file che lo contiene, come scritta nella riga delle intestazioni',
    example: { sourceId: 'Codice', title: 'Titolo annuncio', companyVat: 'P.IVA' },
  })
  @IsObject()
  mapping: Record<string, string>;
}

export class ImportProblemsQuery extends PageQuery {}
