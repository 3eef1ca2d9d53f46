import { ApiPropertyOptional } from '@nestjs/swagger';
import { TAXONOMY_CODE_PATTERN } from '#libs/taxonomy';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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
