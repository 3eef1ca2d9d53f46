import { Injectable } from '@nestjs/common';
import { AuditService } from '#libs/audit';
import type { TargetGroup } from '#libs/kernel';
import type { Actor } from '#libs/platform';
import { CandidatesRepository } from './candidates.repository.js';

/**
 * The special-category target groups of many people at once, for aggregated counts only (the funder
 * reports): the caller never hands them out per person. Each use is logged once, with the number of
 * people and the purpose, never with their ids.
 */
@Injectable()
export class CandidateTargetGroupsReader {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly audit: AuditService,
  ) {}

  async forAggregates(
    actor: Actor,
    candidateIds: readonly string[],
    purpose: string,
  ): Promise<Map<string, TargetGroup[]>> {
    const rows = await this.candidates.sensitiveOfMany(actor.organisationId, candidateIds);
    await this.audit.record({
      action: 'SENSITIVE_AGGREGATED',
      actor,
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      details: { purpose, people: rows.length, fields: ['targetGroups'] },
    });
    return new Map(rows.map((row) => [row.candidateId, row.targetGroups]));
  }
}
