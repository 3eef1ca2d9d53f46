import { Injectable } from '@nestjs/common';
import { type Actor, AppConfig } from '#libs/platform';
import { countFunderReport, type CountedFigure } from '../../domain/funder-report.calculator.js';
import {
  type ReportAudience,
  type ShownFigure,
  suppressedLabel,
  suppressFigures,
} from '../../domain/report-suppression.rules.js';
import { FunderReportReader } from '../funder-report.reader.js';
import {
  type ReportHeader,
  type ReportQuery,
  ReportScopeResolver,
} from '../report-scope.resolver.js';

export interface FunderReport extends ReportHeader {
  audience: ReportAudience;
  smallCellThreshold: number;
  /** The label every suppressed value carries. */
  suppressedLabel: string;
  figures: ShownFigure[];
}

/**
 * The funder report of a project (or of the whole organisation) for a period: every figure with
 * its target and breakdowns, small-cell suppressed for the audience (SMALL_CELL_THRESHOLD).
 */
@Injectable()
export class FunderReportUseCase {
  constructor(
    private readonly scopes: ReportScopeResolver,
    private readonly reader: FunderReportReader,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, query: ReportQuery, audience: ReportAudience): Promise<FunderReport> {
    const { header, figures } = await this.count(actor, query);
    const threshold = this.config.SMALL_CELL_THRESHOLD;
    return {
      ...header,
      audience,
      smallCellThreshold: threshold,
      suppressedLabel: suppressedLabel(threshold),
      figures: suppressFigures(figures, audience, threshold),
    };
  }

  /** The figures as counted, with their records: for the drill-down, never for output as they are. */
  async count(
    actor: Actor,
    query: ReportQuery,
  ): Promise<{ header: ReportHeader; figures: CountedFigure[] }> {
    const { scope, header, targets } = await this.scopes.resolve(actor, query);
    const facts = await this.reader.facts(actor, scope);
    return { header, figures: countFunderReport(facts, targets) };
  }
}
