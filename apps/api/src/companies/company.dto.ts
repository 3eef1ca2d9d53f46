import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsAtecoCode, IsVatNumber, NormaliseVatNumber } from '#libs/companies';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalNestedArray } from '../common/optional-nested-array.decorator.js';
import { IsIstatCode, OptionalCoordinate } from '../common/geo-fields.decorators.js';

export class CompanyContactDto {
  @ApiProperty({ example: 'Giulia Rossi' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Responsabile del personale' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  role?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+39 02 1234567' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'numero di telefono non valido' })
  phone?: string | null;
}

export class CompanySiteDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Solo per modificare una sede esistente' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    example: 'Punto vendita di via Padova',
    description: 'Se manca: "Sede legale" o "Sede di <comune>"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @ApiProperty({ example: 'Via Padova 36' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address: string;

  @ApiProperty({ example: '015146', description: 'Codice ISTAT del comune' })
  @IsIstatCode()
  municipalityCode: string;

  @OptionalCoordinate('lat', {
    example: 45.4973,
    description: 'Con lng; se mancano entrambe, il centro del comune',
  })
  lat?: number;

  @OptionalCoordinate('lng', { example: 9.2237 })
  lng?: number;

  @ApiPropertyOptional({ description: 'Al più una sede legale per azienda' })
  @IsOptional()
  @IsBoolean()
  legalSeat?: boolean;
}

/** A company with at least one site. */
export class CreateCompanyDto {
  @ApiProperty({ example: 'Panificio Rossi snc' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({
    example: '12345678903',
    description: 'Partita IVA: 11 cifre con cifra di controllo (accetta anche "IT 123...")',
  })
  @NormaliseVatNumber()
  @IsVatNumber()
  vatNumber: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '10.71.10',
    description: 'Codice ATECO (56.10 o 56.10.11)',
  })
  @IsOptional()
  @IsAtecoCode()
  atecoCode?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Numero di dipendenti' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  headcount?: number | null;

  @OptionalNestedArray(CompanyContactDto, 20)
  contacts?: CompanyContactDto[];

  @ApiPropertyOptional({ description: 'Attività di quartiere, per il lavoro a km zero' })
  @IsOptional()
  @IsBoolean()
  kmZero?: boolean;

  @ApiProperty({
    type: [CompanySiteDto],
    description: 'Almeno una sede; in modifica è la lista completa (le sedi senza id sono nuove)',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'indica almeno una sede' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CompanySiteDto)
  sites: CompanySiteDto[];
}

export class UpdateCompanyDto extends PartialType(CreateCompanyDto) {
  @ApiPropertyOptional({ description: 'La versione letta: se nel frattempo è cambiata, 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
