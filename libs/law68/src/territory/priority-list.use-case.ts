import { Injectable } from '@nestjs/common';
import { todayInRome } from '#libs/kernel';
import { type Actor, AppConfig } from '#libs/platform';
import { StalePositionsRefresher } from '../position/stale-positions.refresher.js';
import type { PriorityRow } from './priority-list.sql.js';
import { SCOUTING_SECTOR_KEYS, SCOUTING_SECTORS, type ScoutingSector } from './scouting-sectors.js';
import { smallCellLabel, suppressNestedCounts } from './small-cells.rules.js';
import { type AreaFilter, type ResolvedArea, TerritoryAreaResolver } from './territory-area.js';
import { TerritoryRepository } from './territory.repository.js';

export interface PriorityQuery extends AreaFilter {
  page: number;
  pageSize: number;
}

export interface PriorityItem {
  rank: number;
  companyId: string;
  name: string;
  atecoCode: string | null;
  sector: ScoutingSector | null;
  sectorLabel: string | null;
  municipalityName: string | null;
  provinceCode: string | null;
  uncoveredDisabled: number;
  uncoveredArt18: number;
  /**
   * Registered people of the right category within their travel radius of a site; `null` when
   * suppressed (fewer than SMALL_CELL_THRESHOLD, see `suppressed`).
   */
  candidatesNearby: number | null;
  /** Of those, the people who want or have done a job of the company's sector; `null` when suppressed. */
  fittingCandidates: number | null;
  /**
   * Sum of the fit weights (scouting-sectors.ts FIT_WEIGHTS): the ranking key. `null` when a count
   * is suppressed, since the sum would tell the count; the list stays in the order it gives.
   */
  score: number | null;
  /** The Italian label of each field shown as `null` because it could single a person out. */
  suppressed: Partial<Record<'candidatesNearby' | 'fittingCandidates' | 'score', string>>;
  stage: string;
  lastActivityOn: string | null;
}

export interface PriorityList {
  asOf: string;
  area: { kind: ResolvedArea['kind']; code: string | null; name: string };
  items: PriorityItem[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * The scouting priority list: companies with uncovered positions ranked by how many registered
 * candidates nearby fit what they do, so that a consultant visits first where a hire is most likely.
 * Counts of people are small-cell suppressed (small-cells.rules.ts, SMALL_CELL_THRESHOLD).
 */
@Injectable()
export class PriorityListUseCase {
  constructor(
    private readonly territory: TerritoryRepository,
    private readonly areas: TerritoryAreaResolver,
    private readonly refresher: StalePositionsRefresher,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, query: PriorityQuery): Promise<PriorityList> {
    const { page, pageSize, ...filter } = query;
    const organisationId = actor.organisationId;
    const today = todayInRome();
    const area = await this.areas.resolve(organisationId, filter);
    await this.refresher.refresh(organisationId, today);
    const { rows, total } = await this.territory.priorityList(organisationId, area, page, pageSize);
    return {
      asOf: today,
      area: { kind: area.kind, code: area.code, name: area.name },
      items: rows.map((row, index) =>
        toItem(row, (page - 1) * pageSize + index + 1, this.config.SMALL_CELL_THRESHOLD),
      ),
      page,
      pageSize,
      total,
    };
  }
}

function toItem(row: PriorityRow, rank: number, threshold: number): PriorityItem {
  const sector = row.sector_index === null ? null : SCOUTING_SECTOR_KEYS[row.sector_index];
  const counts = suppressNestedCounts(
    { total: row.candidates_nearby, part: row.fitting_candidates },
    threshold,
  );
  const anySuppressed = counts.total === null || counts.part === null;
  const label = smallCellLabel(threshold);
  const suppressed: PriorityItem['suppressed'] = {};
  if (counts.total === null) suppressed.candidatesNearby = label;
  if (counts.part === null) suppressed.fittingCandidates = label;
  if (anySuppressed) suppressed.score = label;
  return {
    rank,
    companyId: row.company_id,
    name: row.name,
    atecoCode: row.ateco_code,
    sector,
    sectorLabel: sector ? SCOUTING_SECTORS[sector].label : null,
    municipalityName: row.municipality_name,
    provinceCode: row.province_code,
    uncoveredDisabled: row.uncovered_disabled,
    uncoveredArt18: row.uncovered_art18,
    candidatesNearby: counts.total,
    fittingCandidates: counts.part,
    score: anySuppressed ? null : row.score,
    suppressed,
    stage: row.stage ?? 'TO_CONTACT',
    lastActivityOn: row.last_activity_on,
  };
}
