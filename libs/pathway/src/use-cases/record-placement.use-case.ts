import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import type { PlacementEntity } from '../entities/placement.entity.js';
import { loadCase, requireOnCase } from '../pathway-access.js';
import { PathwayError } from '../pathway.error.js';
import type { PlacementInput } from '../placement-rules.js';
import { writePlacement } from '../placement-writer.js';

export interface RecordPlacementInput extends PlacementInput {
  candidateId: string;
  companyId: string;
  vacancyId?: string | null;
}

/**
 * Records an outcome that did not go through a proposal (the person found the job, a company
 * called directly). Company and vacancy must be of the actor's organisation.
 */
@Injectable()
export class RecordPlacementUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, input: RecordPlacementInput): Promise<PlacementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await loadCase(manager, actor, input.candidateId);
      requireOnCase(actor, facts);
      const [company] = await manager.query(
        `SELECT 1 FROM companies WHERE id = $1 AND organisation_id = $2`,
        [input.companyId, actor.organisationId],
      );
      const problems = company ? [] : [{ field: 'companyId', message: 'azienda non trovata' }];
      let kmZero = false;
      if (input.vacancyId) {
        const [vacancy]: Array<{ km_zero: boolean; company_id: string }> = await manager.query(
          `SELECT km_zero, company_id FROM vacancies WHERE id = $1 AND organisation_id = $2`,
          [input.vacancyId, actor.organisationId],
        );
        if (!vacancy) problems.push({ field: 'vacancyId', message: 'offerta non trovata' });
        else if (vacancy.company_id !== input.companyId) {
          problems.push({ field: 'vacancyId', message: "l'offerta è di un'altra azienda" });
        } else kmZero = vacancy.km_zero;
      }
      if (problems.length > 0) throw PathwayError.invalid(problems);
      const { candidateId: _candidate, companyId, vacancyId, ...placement } = input;
      return writePlacement(
        manager,
        actor,
        facts,
        { companyId, vacancyId: vacancyId ?? null, proposalId: null, kmZero },
        placement,
      );
    });
  }
}
