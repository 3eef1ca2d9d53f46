import type { OrganisationId } from '#libs/platform';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SectionCode } from '../domain/edition-sections.js';

export const SUBSCRIBER_STATUSES = ['PENDING', 'ACTIVE', 'UNSUBSCRIBED', 'SUSPENDED'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** What the subscriber agreed to, and how: the proof GDPR art. 7(1) asks the controller to keep. */
export interface SubscriberConsent {
  /** When the confirmation link was used. */
  givenAt: string;
  /** When the subscription was requested, and from where. */
  requestedAt: string;
  requestIp: string | null;
  confirmIp: string | null;
  method: 'DOUBLE_OPT_IN_WEB' | 'DOUBLE_OPT_IN_STAFF';
  textVersion: string;
}

/** Choices waiting for the confirmation link: nobody changes a subscription without the mailbox. */
export interface PendingChoice {
  areaIds: string[];
  sections: SectionCode[];
  requestedAt: string;
  ip: string | null;
  textVersion: string;
  method: SubscriberConsent['method'];
  /** Set only by staff, for a candidate whose record holds the bulletin consent. */
  candidateId: string | null;
}

/** A reader of the bulletin, without an account: an address, its choices and its consent. */
@Entity('bulletin_subscribers')
export class BulletinSubscriberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', default: 'PENDING' }) status: SubscriberStatus;
  @Column({ name: 'area_ids', type: 'uuid', array: true, default: [] }) areaIds: string[];
  @Column({ type: 'text', array: true }) sections: SectionCode[];
  @Column({ name: 'pending_choice', type: 'jsonb', nullable: true })
  pendingChoice: PendingChoice | null;
  /** Only with that candidate's bulletin consent: their copy then carries their best matches. */
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true }) candidateId: string | null;
  @Column({ type: 'jsonb', nullable: true }) consent: SubscriberConsent | null;
  @Column({ name: 'confirmation_sequence', type: 'integer', default: 0 })
  confirmationSequence: number;
  @Column({ name: 'confirmation_requested_at', type: 'timestamptz', nullable: true })
  confirmationRequestedAt: Date | null;
  @Column({ name: 'bounce_count', type: 'integer', default: 0 }) bounceCount: number;
  @Column({ name: 'last_bounce_at', type: 'timestamptz', nullable: true })
  lastBounceAt: Date | null;
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true }) suspendedAt: Date | null;
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
