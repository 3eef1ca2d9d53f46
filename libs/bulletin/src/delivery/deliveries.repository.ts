import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SectionCode } from '../domain/edition-sections.js';
import type { SubscriberStatus } from '../persistence/bulletin-subscriber.entity.js';
import { CLAIM_SQL, MARK_BOUNCED_SQL, MARK_SENT_SQL } from './deliveries.sql.js';

export interface ClaimedDelivery {
  id: string;
  editionId: string;
  organisationId: string;
  generation: number;
  attempts: number;
  subscriberId: string;
  email: string;
  subscriberStatus: SubscriberStatus;
  areaIds: string[];
  sections: SectionCode[];
  candidateId: string | null;
}

/** The claim was taken back (the lease ran out and the delivery went to a newer job). */
export class ClaimLostError extends Error {
  constructor() {
    super('la consegna è stata ripresa da un altro invio');
  }
}

type Outcome = { code?: number; response?: string };

/**
 * The delivery row is the record that makes sending exactly once. Every state change is a
 * conditional UPDATE on (id, generation, status): a job that lost its claim changes nothing.
 *
 *   QUEUED → SENDING (claimed) → SENDING + submitted_at (end of data about to go) → SENT
 *
 * A SENDING row without submitted_at was never accepted by any server and can be sent again;
 * with submitted_at it may have been, and becomes UNCERTAIN instead.
 */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /** Claims the row and, in the same statement, stores the hash of the copy's manage token. */
  async claim(
    deliveryId: string,
    generation: number,
    leaseSeconds: number,
    manageTokenHash: string,
  ): Promise<ClaimedDelivery | null> {
    const rows: ClaimedDelivery[] = await this.dataSource.query(CLAIM_SQL, [
      deliveryId,
      generation,
      leaseSeconds,
      manageTokenHash,
    ]);
    return rows[0] ?? null;
  }

  /** The gate before the end of the data: after it, this copy is never sent again. */
  async markSubmitted(id: string, generation: number): Promise<void> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE bulletin_deliveries SET submitted_at = now()
        WHERE id = $1 AND generation = $2 AND status = 'SENDING' AND submitted_at IS NULL`,
      [id, generation],
    );
    if (changed !== 1) throw new ClaimLostError();
  }

  async markSent(id: string, generation: number, messageId: string, outcome: Outcome) {
    await this.dataSource.query(MARK_SENT_SQL, [
      id,
      generation,
      messageId,
      outcome.code ?? null,
      outcome.response ?? null,
    ]);
  }

  /** Returns whether this bounce suspended the address. */
  async markBounced(
    id: string,
    generation: number,
    outcome: Outcome,
    maxBounces: number,
  ): Promise<boolean> {
    const rows: { newlySuspended: boolean }[] = await this.dataSource.query(MARK_BOUNCED_SQL, [
      id,
      generation,
      outcome.code ?? null,
      outcome.response ?? null,
      maxBounces,
    ]);
    return rows[0]?.newlySuspended === true;
  }

  /**
   * A temporary failure: back to QUEUED so that the job's next attempt can claim it again. A row
   * past its gate goes back only when the server's reply refused the message (`refusedByReply`);
   * otherwise it stays SENDING and the reconciliation marks it UNCERTAIN.
   */
  async release(id: string, generation: number, outcome: Outcome, refusedByReply: boolean) {
    await this.dataSource.query(
      `UPDATE bulletin_deliveries SET status = 'QUEUED', smtp_code = $3, smtp_response = $4
        WHERE id = $1 AND generation = $2 AND status = 'SENDING'
          AND (submitted_at IS NULL OR $5::boolean)`,
      [id, generation, outcome.code ?? null, outcome.response ?? null, refusedByReply],
    );
  }

  async finish(
    id: string,
    generation: number,
    status: 'FAILED' | 'UNCERTAIN' | 'SKIPPED',
    outcome: Outcome,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE bulletin_deliveries
          SET status = $3, smtp_code = $4, smtp_response = $5, finished_at = now()
        WHERE id = $1 AND generation = $2 AND status = 'SENDING'`,
      [id, generation, status, outcome.code ?? null, outcome.response ?? null],
    );
  }
}
