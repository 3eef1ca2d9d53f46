import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { PlacementEntity } from '../entities/placement.entity.js';
import { loadCase, requireOnCase } from '../pathway-access.js';
import { PathwayError } from '../pathway.error.js';
import { toPlacementView, type PlacementView } from './list-placements.use-case.js';

/** Records when a contract or internship ended (or corrects the date); the rest is history. */
@Injectable()
export class EndPlacementUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, placementId: string, endDate: string | null): Promise<PlacementView> {
    return this.dataSource.transaction(async (manager) => {
      const placement = await manager.findOne(PlacementEntity, {
        where: { id: placementId, organisationId: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!placement) throw PathwayError.notFound('PLACEMENT');
      const facts = await loadCase(manager, actor, placement.candidateId);
      requireOnCase(actor, facts);
      if (endDate && endDate < placement.startDate) {
        throw PathwayError.invalid([
          { field: 'endDate', message: "la fine non può precedere l'inizio" },
        ]);
      }
      placement.endDate = endDate;
      if (placement.internship) placement.internship = { ...placement.internship, endDate };
      return toPlacementView(await manager.save(placement), true);
    });
  }
}
