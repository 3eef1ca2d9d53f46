import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SECTION_CODES,
  SUBSCRIBER_STATUSES,
  type SectionCode,
  type SubscriberStatus,
} from '#libs/bulletin';
import { PageQuery } from '#libs/platform';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { OptionalSections } from './bulletin-sections.decorator.js';
import { ListFormatField, type ListFormat } from '../common/list-export.js';

/** A form field sent once is a string, sent twice a list: always a list. */
const AsList = () =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : value,
  );

export class SubscribeDto {
  @ApiProperty({ example: 'lettrice@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ type: [String], example: ['milano-municipio-2'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { each: true, message: 'codice di area non valido' })
  areas: string[];

  @OptionalSections({ description: 'Tutte se omesse' })
  sections?: SectionCode[];

  @ApiProperty({ description: 'La casella del consenso, spuntata' })
  @Equals(true, { message: 'serve il consenso a ricevere il bollettino' })
  consent: boolean;

  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  consentTextVersion?: string;
}

export class TokenQuery {
  @ApiProperty()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'codice del link non valido' })
  token: string;
}

/** RFC 8058: mail providers POST `List-Unsubscribe=One-Click`; our page adds `source=page`. */
export class OneClickUnsubscribeDto {
  @ApiPropertyOptional({ example: 'One-Click' })
  @IsOptional()
  @IsIn(['One-Click'])
  'List-Unsubscribe'?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['page'])
  source?: string;
}

export class PreferencesDto {
  @ApiProperty({ type: [String] })
  @AsList()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  areaIds: string[];

  @ApiProperty({ enum: SECTION_CODES, isArray: true })
  @AsList()
  @IsArray()
  @IsIn(SECTION_CODES, { each: true })
  sections: SectionCode[];
}

export class SubscribeCandidateDto {
  @ApiProperty()
  @IsUUID()
  candidateId: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  areaIds: string[];

  @ApiPropertyOptional({ enum: SECTION_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SECTION_CODES, { each: true })
  sections?: SectionCode[];
}

export class ListSubscribersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SUBSCRIBER_STATUSES })
  @IsOptional()
  @IsIn(SUBSCRIBER_STATUSES)
  status?: SubscriberStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  areaId?: string;

  @ListFormatField()
  format?: ListFormat;
}
