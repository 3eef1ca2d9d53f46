import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, asOrganisationId } from '#libs/platform';
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
    private readonly erasePerson: ErasePersonUseCase,
    private readonly config: AppConfig,
  ) {}

  async execute(batchSize = 500): Promise<{ anonymised: number }> {
    const due: Array<{ id: string; organisation_id: string }> = await this.dataSource.query(
      `SELECT id, organisation_id FROM candidates
        WHERE erased_at IS NULL AND closed_at IS NOT NULL AND closed_at < now() - make_interval(days => $1)
        ORDER BY closed_at LIMIT $2`,
      [this.config.CLOSED_CASE_RETENTION_DAYS, batchSize],
    );
    for (const row of due) {
      await this.dataSource.transaction((manager) =>
        this.erasePerson.erase(manager, asOrganisationId(row.organisation_id), row.id, 'RETENTION'),
      );
    }
    return { anonymised: due.length };
  }
}
