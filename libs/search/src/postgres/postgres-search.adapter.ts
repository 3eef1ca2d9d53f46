import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchPort } from '../search.port.js';

/** The embedded search backend: PostgreSQL full text with unaccent, pg_trgm and earthdistance. */
@Injectable()
export class PostgresSearchAdapter extends SearchPort {
  readonly backend = 'postgres' as const;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async health(): Promise<void> {
    const rows: Array<{ count: string }> = await this.dataSource.query(
      `SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm', 'earthdistance')`,
    );
    if (Number(rows[0]?.count) !== 3) throw new Error('estensioni di ricerca mancanti');
  }
}
