import { Body, Controller, Get, Headers, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ANY_IMPORTER,
  GetImportUseCase,
  ImportsError,
  StartImportUseCase,
  UploadImportUseCase,
} from '#libs/imports';
import { type Actor, CurrentActor, Roles, UuidParam } from '#libs/platform';
import { SPREADSHEET_CONTENT_TYPES, type SpreadsheetFormat } from '#libs/spreadsheets';
import type { Request } from 'express';
import { ImportMappingDto, ImportProblemsQuery, UploadImportQuery } from './import.dto.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';

function formatOf(contentType: string | undefined): SpreadsheetFormat {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (type === SPREADSHEET_CONTENT_TYPES.xlsx) return 'xlsx';
  throw ImportsError.unsupportedFormat();
}

/**
 * Imports of spreadsheets: upload the file (the body is the file itself), confirm the columns with
 * a dry run, then import. Both run in the worker; the import's progress and report are read here.
 */
@ApiTags('importazioni')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly upload: UploadImportUseCase,
    private readonly start: StartImportUseCase,
    private readonly imports: GetImportUseCase,
  ) {}

  @Post()
  @Roles(...ANY_IMPORTER)
  @ApiConsumes('text/csv', SPREADSHEET_CONTENT_TYPES.xlsx)
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'Il file CSV o XLSX' })
  @ApiProblems(413, 415)
  @ApiOperation({
    summary:
      'Carica un file CSV o XLSX (offerte, aziende o persone): risponde le colonne trovate e la corrispondenza proposta, da confermare',
  })
  create(
    @CurrentActor() actor: Actor,
    @Query() query: UploadImportQuery,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: Request,
  ) {
    return this.upload.execute(actor, {
      kind: query.kind,
      format: formatOf(contentType),
      fileName: query.fileName ?? null,
      body: request,
    });
  }

  @Post(':id/dry-run')
  @HttpCode(202)
  @Roles(...ANY_IMPORTER)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Prova: controlla ogni riga con la corrispondenza delle colonne confermata, senza scrivere nulla',
  })
  dryRun(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ImportMappingDto) {
    return this.start.execute(actor, id, 'DRY_RUN', body.mapping);
  }

  @Post(':id/run')
  @HttpCode(202)
  @Roles(...ANY_IMPORTER)
  @ApiProblems(409)
  @ApiOperation({
    summary:
      'Importa le righe valide e segnala le altre; le righe già importate (stesso ID di origine) restano come sono',
  })
  run(@CurrentActor() actor: Actor, @UuidParam() id: string, @Body() body: ImportMappingDto) {
    return this.start.execute(actor, id, 'IMPORT', body.mapping);
  }

  @Get(':id')
  @Roles(...ANY_IMPORTER)
  @ApiOperation({
    summary: "Lo stato dell'importazione, l'avanzamento e i conteggi dell'ultima esecuzione",
  })
  get(@CurrentActor() actor: Actor, @UuidParam() id: string) {
    return this.imports.execute(actor, id);
  }

  @Get(':id/problems')
  @Roles(...ANY_IMPORTER)
  @ApiOperation({
    summary: "I problemi dell'ultima prova o importazione: riga, colonna, che cosa non va",
  })
  problems(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Query() query: ImportProblemsQuery,
  ) {
    return this.imports.problems(actor, id, query.page, query.pageSize);
  }
}
