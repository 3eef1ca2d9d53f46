import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SectionCode } from '../domain/edition-sections.js';
import type { SubscriberStatus } from '../persistence/bulletin-subscriber.entity.js';
import type { DeliveryStatus } from '../editions/edition.view.js';
import {
  CLAIM_SQL,
  CONFIRM_UNCERTAIN_SQL,
  DELIVERIES_OF_EDITION_SQL,
  FAN_OUT_SQL,
  MARK_BOUNCED_SQL,
  MARK_SENT_SQL,
  MARK_UNCERTAIN_SQL,
  QUEUED_LONG_AGO_SQL,
  QUEUED_OF_EDITION_SQL,
  REQUEUE_SQL,
  RESEND_UNCERTAIN_SQL,
  RETAKE_UNSUBMITTED_SQL,
} from './deliveries.sql.js';

/** One copy of an edition as an editor sees it. */
export interface DeliveryRow {
  id: string;
  status: DeliveryStatus;
  email: string;
  attempts: number;
  finishedAt: Date | null;
  smtpCode: number | null;
  smtpResponse: string | null;
}

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

/** A delivery to hand to a send job. */
export interface QueuedDelivery {
  deliveryId: string;
  generation: number;
}

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /** Adds the deliveries of an edition, inside the transaction that marks it sent; how many. */
  async fanOut(
    manager: EntityManager,
    edition: { id: string; organisationId: string; areaId: string },
  ): Promise<number> {
    const inserted: { id: string }[] = await manager.query(FAN_OUT_SQL, [
      edition.id,
      edition.organisationId,
      edition.areaId,
    ]);
    return inserted.length;
  }

  queuedOfEdition(editionId: string): Promise<QueuedDelivery[]> {
    return this.dataSource.query(QUEUED_OF_EDITION_SQL, [editionId]);
  }

  /** Claims older than the lease that never reached the end of the data, back to QUEUED. */
  async retakeUnsubmitted(leaseSeconds: number): Promise<QueuedDelivery[]> {
    const [retaken]: [QueuedDelivery[], number] = await this.dataSource.query(
      RETAKE_UNSUBMITTED_SQL,
      [leaseSeconds],
    );
    return retaken;
  }

  /** Claims older than the lease that passed the gate become UNCERTAIN; how many. */
  async markUncertain(leaseSeconds: number): Promise<number> {
    const [, uncertain]: [unknown, number] = await this.dataSource.query(MARK_UNCERTAIN_SQL, [
      leaseSeconds,
    ]);
    return uncertain;
  }

  queuedLongAgo(minutes: number, limit: number): Promise<QueuedDelivery[]> {
    return this.dataSource.query(QUEUED_LONG_AGO_SQL, [minutes, limit]);
  }

  /** A new generation for queued deliveries whose job was lost. */
  async requeue(ids: readonly string[]): Promise<QueuedDelivery[]> {
    const [bumped]: [QueuedDelivery[], number] = await this.dataSource.query(REQUEUE_SQL, [ids]);
    return bumped;
  }

  ofEdition(
    organisationId: string,
    editionId: string,
    status: DeliveryStatus | null,
  ): Promise<DeliveryRow[]> {
    return this.dataSource.query(DELIVERIES_OF_EDITION_SQL, [organisationId, editionId, status]);
  }

  /** Whether the UNCERTAIN copy was there and is now SENT. */
  async confirmUncertain(organisationId: string, editionId: string, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(CONFIRM_UNCERTAIN_SQL, [
      id,
      editionId,
      organisationId,
    ]);
    return rows.length === 1;
  }

  /** The UNCERTAIN copy back in the queue with a new generation, or null if it was not uncertain. */
  async resendUncertain(
    organisationId: string,
    editionId: string,
    id: string,
  ): Promise<QueuedDelivery | null> {
    const [rows]: [QueuedDelivery[], number] = await this.dataSource.query(RESEND_UNCERTAIN_SQL, [
      id,
      editionId,
      organisationId,
    ]);
    return rows[0] ?? null;
  }
}
