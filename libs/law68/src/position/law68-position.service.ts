import { Injectable } from '@nestjs/common';
import { type OrganisationId, RecordChanges } from '#libs/platform';
import type { EntityManager } from 'typeorm';
import { Law68DeclarationEntity } from '../entities/law68-declaration.entity.js';
import {
  type HistoryReason,
  Law68PositionHistoryEntity,
} from '../entities/law68-position-history.entity.js';
import { Law68PositionEntity } from '../entities/law68-position.entity.js';
import { CompanyLaw68Reader, type CompanyLaw68Rows } from './company-law68.reader.js';
import {
  type CompanyEvaluation,
  evaluateAt,
  evaluateCompany,
} from './company-position.evaluator.js';
import { figuresOf, type PositionFigures } from './position.types.js';

export interface RefreshOptions {
  today: string;
  /** An event the consultant recorded: always a new version in the history. */
  reason?: Extract<HistoryReason, 'DECLARATION' | 'CONVENTION'>;
  /** Who recorded the event; changes that follow from dates or hires are recorded by nobody. */
  actorId?: string | null;
}

export interface RefreshResult {
  row: Law68PositionEntity | null;
  evaluation: CompanyEvaluation;
  /** What the position was computed from. */
  data: CompanyLaw68Rows;
}

const sameFigures = (a: PositionFigures, b: PositionFigures) =>
  JSON.stringify(figuresOf(a)) === JSON.stringify(figuresOf(b));

/**
 * Keeps a company's stored positions in step with what they are computed from: each declaration's
 * position on its own date, and the current position (law68_positions) with a history version for
 * every change. Call it inside a transaction that holds the company row lock.
 */
@Injectable()
export class Law68PositionService {
  constructor(
    private readonly reader: CompanyLaw68Reader,
    private readonly changes: RecordChanges,
  ) {}

  async refresh(
    manager: EntityManager,
    organisationId: OrganisationId,
    companyId: string,
    options: RefreshOptions,
  ): Promise<RefreshResult> {
    const data = await this.reader.load(manager, organisationId, companyId);
    if (options.reason === 'CONVENTION') {
      await this.refreshDeclarations(manager, data.declarationRows, data);
    }
    const evaluation = evaluateCompany(data, options.today);
    const existing = await manager.findOneBy(Law68PositionEntity, { companyId, organisationId });
    const { current, sanction } = evaluation;
    if (!current) return { row: existing, evaluation, data };

    const declarationRow = data.declarationRows.find((row) => row.id === current.declaration.id)!;
    const figures = figuresOf(current.position);
    const hiresChanged =
      existing !== null && existing.placementsCounted !== current.placementsCounted;
    const changed =
      !existing ||
      !sameFigures(existing, figures) ||
      existing.declarationId !== current.declaration.id ||
      hiresChanged ||
      existing.programmedHires !== current.programmedHires;
    const row = existing ?? manager.create(Law68PositionEntity, { companyId, organisationId });
    const version = (existing?.version ?? 0) + (changed || options.reason ? 1 : 0);
    Object.assign(row, figures, {
      declarationId: current.declaration.id,
      asOf: options.today,
      position: current.position,
      placementsCounted: current.placementsCounted,
      programmedHires: current.programmedHires,
      sanctionSince: sanction.since,
      sanctionablePositions: sanction.sanctionablePositions,
      accruedSanctionCents: sanction.cents,
      computedAt: new Date(),
      version,
    });
    const saved = await manager.save(row);
    if (changed) {
      // The company's Law 68 status is searchable by consultants.
      await this.changes.recorded(manager, {
        type: 'company',
        id: companyId,
        organisationId,
        kind: 'upsert',
      });
    }
    if (changed || options.reason) {
      const reason: HistoryReason = options.reason ?? (hiresChanged ? 'PLACEMENT' : 'DATE');
      await manager.insert(Law68PositionHistoryEntity, {
        organisationId,
        companyId,
        version,
        reason,
        declarationId: declarationRow.id,
        declarationVersion: declarationRow.version,
        referenceDate: declarationRow.referenceDate,
        asOf: options.today,
        input: declarationRow.input,
        position: current.position,
        placementsCounted: current.placementsCounted,
        recordedBy: options.reason ? (options.actorId ?? null) : null,
        ...figures,
      });
    }
    return { row: saved, evaluation, data };
  }

  /** A convention changed: the declared positions of the dates it covers change with it. */
  private async refreshDeclarations(
    manager: EntityManager,
    rows: Law68DeclarationEntity[],
    data: Parameters<typeof evaluateAt>[0],
  ): Promise<void> {
    for (const row of rows) {
      const declared = evaluateAt(data, row.referenceDate)!;
      if (JSON.stringify(declared.position) === JSON.stringify(row.position)) continue;
      Object.assign(row, figuresOf(declared.position), {
        position: declared.position,
        computedAt: new Date(),
      });
      await manager.save(row);
    }
  }
}
