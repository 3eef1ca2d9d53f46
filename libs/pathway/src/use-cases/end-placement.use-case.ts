import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidateCaseReader } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { loadCaseOnCase } from '../pathway-access.policy.js';
import { PathwayError } from '../pathway.error.js';
import { PathwayRepository } from '../pathway.repository.js';
import { toPlacementView, type PlacementView } from './list-placements.use-case.js';

/** Records when a contract or internship ended (or corrects the date); the rest is history. */
@Injectable()
export class EndPlacementUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pathway: PathwayRepository,
    private readonly cases: CandidateCaseReader,
  ) {}

  async execute(actor: Actor, placementId: string, endDate: string | null): Promise<PlacementView> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await this.pathway.placementForUpdate(
        manager,
        actor.organisationId,
        placementId,
      );
      if (!placement) throw PathwayError.notFound('PLACEMENT');
      await loadCaseOnCase(this.cases, actor, placement.candidateId, manager);
      if (endDate && endDate < placement.startDate) {
        throw PathwayError.invalid([
          { field: 'endDate', message: "la fine non può precedere l'inizio" },
        ]);
      }
      placement.endDate = endDate;
      if (placement.internship) placement.internship = { ...placement.internship, endDate };
      return toPlacementView(await this.pathway.savePlacement(manager, placement), true);
    });
  }
}
