import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import { CompaniesRepository } from '#libs/companies';
import type { Actor } from '#libs/platform';
import type { Law68Position } from '../domain/law68-position.types.js';
import { formatEuro, type WorkingStep } from '../domain/working.js';
import { Law68ConventionEntity } from '../entities/law68-convention.entity.js';
import {
  HISTORY_REASON_LABELS,
  type HistoryReason,
  Law68PositionHistoryEntity,
} from '../entities/law68-position-history.entity.js';
import { Law68Error } from '../law68.error.js';
import { CompanyLaw68Reader, type CompanyLaw68Rows } from '../position/company-law68.reader.js';
import { type CompanyEvaluation, evaluateCompany } from '../position/company-position.evaluator.js';
import { Law68PositionService } from '../position/law68-position.service.js';
import { figuresOf, type PositionFigures } from '../position/position.types.js';
import { type CompanyProspetto, companyProspetto } from '../position/prospetto-deadline.rules.js';
import { type ConventionView, toConventionView } from './convention.input.js';
import { type DeclarationSummary, toDeclarationSummary } from './declaration.view.js';

export interface HistoryEntryView extends PositionFigures {
  version: number;
  reason: HistoryReason;
  reasonLabel: string;
  recordedAt: Date;
  recordedBy: string | null;
  referenceDate: string;
  declarationVersion: number;
  asOf: string;
  placementsCounted: number;
}

export interface CompanyLaw68View {
  companyId: string;
  asOf: string;
  /** False when a past or future date was asked: computed on the fly, nothing stored. */
  stored: boolean;
  /** The declaration the position starts from. */
  declaration: DeclarationSummary | null;
  position: Law68Position | null;
  placementsCounted: number;
  programmedHires: number;
  sanction: {
    since: string | null;
    sanctionablePositions: number;
    accruedCents: number;
    accrued: string;
    working: WorkingStep[];
  };
  prospetto: CompanyProspetto;
  declarations: DeclarationSummary[];
  conventions: ConventionView[];
  history: HistoryEntryView[];
}

/**
 * A company's Law 68 position today (refreshed and stored, with a history version if it changed)
 * or on another date (computed, not stored): the working, the accrued sanction, the next prospetto
 * deadline, its declarations, conventions and history.
 */
@Injectable()
export class GetCompanyLaw68UseCase {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly reader: CompanyLaw68Reader,
    private readonly positions: Law68PositionService,
  ) {}

  async execute(actor: Actor, companyId: string, date?: string): Promise<CompanyLaw68View> {
    const organisationId = actor.organisationId;
    const today = todayInRome();
    const asOf = date ?? today;
    const stored = asOf === today;
    return this.companies.transaction(async (manager) => {
      let evaluation: CompanyEvaluation;
      let data: CompanyLaw68Rows;
      if (stored) {
        await this.companies.getForUpdate(manager, organisationId, companyId);
        ({ evaluation, data } = await this.positions.refresh(manager, organisationId, companyId, {
          today,
          actorId: actor.userId,
        }));
      } else {
        await this.companies.get(organisationId, companyId, manager);
        data = await this.reader.load(manager, organisationId, companyId);
        evaluation = Law68Error.guard(() => evaluateCompany(data, asOf));
      }
      const { declarationRows } = data;
      const conventions = await manager.find(Law68ConventionEntity, {
        where: { organisationId, companyId },
        order: { startDate: 'DESC', createdAt: 'DESC' },
      });
      const history = await manager.find(Law68PositionHistoryEntity, {
        where: { organisationId, companyId },
        order: { version: 'ASC' },
      });
      const { current, sanction } = evaluation;
      const declaration = declarationRows.find((row) => row.id === current?.declaration.id);
      return {
        companyId,
        asOf,
        stored,
        declaration: declaration ? toDeclarationSummary(declaration) : null,
        position: current?.position ?? null,
        placementsCounted: current?.placementsCounted ?? 0,
        programmedHires: current?.programmedHires ?? 0,
        sanction: {
          since: sanction.since,
          sanctionablePositions: sanction.sanctionablePositions,
          accruedCents: sanction.cents,
          accrued: formatEuro(sanction.cents),
          working: sanction.working,
        },
        prospetto: companyProspetto(
          asOf,
          current?.position.band ?? null,
          declarationRows.map((row) => row.referenceDate),
        ),
        declarations: declarationRows.map(toDeclarationSummary).reverse(),
        conventions: conventions.map((row) => toConventionView(row, asOf)),
        history: history.map(toHistoryEntry),
      };
    });
  }
}

function toHistoryEntry(row: Law68PositionHistoryEntity): HistoryEntryView {
  return {
    version: row.version,
    reason: row.reason,
    reasonLabel: HISTORY_REASON_LABELS[row.reason],
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    referenceDate: row.referenceDate,
    declarationVersion: row.declarationVersion,
    asOf: row.asOf,
    placementsCounted: row.placementsCounted,
    ...figuresOf(row),
  };
}
