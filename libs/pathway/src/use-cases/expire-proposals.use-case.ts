import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACTIVE_PROPOSAL_STATES } from '../proposal-states.js';

/**
 * Proposals with no news past their expiry become EXPIRED, logged as done by the system (no actor),
 * so the vacancy's fair share and the tutor's list stop counting them.
 */
@Injectable()
export class ExpireProposalsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(now: Date = new Date()): Promise<{ expired: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [Array<{ id: string; organisation_id: string; from_state: string }>, number] =
        await manager.query(
          `WITH due AS (
             SELECT id, state FROM proposals
              WHERE expires_at < $1 AND state = ANY($2::text[]) FOR UPDATE SKIP LOCKED)
           UPDATE proposals p SET state = 'EXPIRED', expires_at = NULL, updated_at = $1, version = p.version + 1
             FROM due WHERE p.id = due.id
           RETURNING p.id, p.organisation_id, due.state AS from_state`,
          [now, ACTIVE_PROPOSAL_STATES],
        );
      if (rows.length > 0) {
        await manager.query(
          `INSERT INTO proposal_events (proposal_id, organisation_id, actor_id, from_state, to_state, note, at)
           SELECT r.id, r.organisation_id, NULL, r.from_state, 'EXPIRED',
                  'Scaduta senza aggiornamenti entro il termine', $2
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, organisation_id uuid, from_state text)`,
          [JSON.stringify(rows), now],
        );
      }
      return { expired: rows.length };
    });
  }
}
