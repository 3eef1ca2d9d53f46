import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesRepository } from '#libs/candidates';
import { AppConfig } from '#libs/platform';
import { DataSource } from 'typeorm';
import { ErasePersonUseCase } from './erase-person.use-case.js';

/**
 * The retention rule: cases closed longer ago than CLOSED_CASE_RETENTION_DAYS are anonymised, one
 * transaction per person so that a failure leaves the others done and itself untouched.
 */
@Injectable()
export class ApplyRetentionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly erasePerson: ErasePersonUseCase,
    private readonly config: AppConfig,
  ) {}

  async execute(batchSize = 500): Promise<{ anonymised: number }> {
    const due = await this.candidates.dueForRetention(
      this.config.CLOSED_CASE_RETENTION_DAYS,
      batchSize,
    );
    for (const row of due) {
      await this.dataSource.transaction((manager) =>
        this.erasePerson.erase(manager, row.organisationId, row.id, 'RETENTION'),
      );
    }
    return { anonymised: due.length };
  }
}
