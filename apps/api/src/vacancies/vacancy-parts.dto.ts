import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { TAXONOMY_CODE_PATTERN } from '#libs/taxonomy';
import { IsDateString, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A calendar day, without time: vacancies are published and expire by the day. */
export const IsCalendarDate = () =>
  applyDecorators(
    IsDateString({ strict: true, strictSeparator: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deve essere una data nel formato AAAA-MM-GG' }),
  );

export const IsTaxonomyCode = () =>
  Matches(TAXONOMY_CODE_PATTERN, { message: 'codice non valido' });

export class RequiredSkillDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'HACCP',
    description: 'Codice del vocabolario delle competenze',
  })
  @IsOptional()
  @IsString()
  @IsTaxonomyCode()
  code?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'attestato HACCP',
    description: 'Testo libero',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string | null;
}
