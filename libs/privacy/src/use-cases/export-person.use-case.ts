import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '#libs/audit';
import { canReadSensitive, CandidatesRepository } from '#libs/candidates';
import type { Actor } from '#libs/platform';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry } from '../personal-data.registry.js';
import { PrivacyError } from '../privacy.error.js';

export interface PersonExport {
  format: 'incrocio-personal-data/1';
  exportedAt: string;
  candidateId: string;
  sections: Record<string, unknown>;
}

/** Everything held about a person, as JSON (GDPR art. 15 and 20). Only those on the case may ask. */
@Injectable()
export class ExportPersonUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Actor, candidateId: string): Promise<PersonExport> {
    const candidate = await this.candidates.get(actor.organisationId, candidateId);
    if (!canReadSensitive(actor, candidate)) throw PrivacyError.notAllowed();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sections: Record<string, unknown> = {};
      for (const participant of this.registry.all()) {
        sections[participant.section] = await participant.export(
          manager,
          actor.organisationId,
          candidateId,
        );
      }
      await this.audit.record(
        {
          action: 'CANDIDATE_EXPORTED',
          actor,
          subjectType: 'candidate',
          subjectId: candidateId,
          details: { sections: Object.keys(sections) },
        },
        manager,
      );
      return {
        format: 'incrocio-personal-data/1',
        exportedAt: new Date().toISOString(),
        candidateId,
        sections,
      };
    });
  }
}
