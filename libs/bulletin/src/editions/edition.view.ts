import type { BulletinEditionEntity } from '../persistence/bulletin-edition.entity.js';
import type { StoredItem } from '../persistence/edition-content.codec.js';
import { EDITION_STATUS_LABELS, type EditionStatus } from '../domain/edition.js';
import type { SectionCode } from '../domain/edition-sections.js';
import { editionPagePath } from '../rendering/bulletin-links.js';
import { parseWeekKey } from '../domain/edition-week.js';

export const DELIVERY_STATUSES = [
  'QUEUED',
  'SENDING',
  'SENT',
  'BOUNCED',
  'FAILED',
  'UNCERTAIN',
  'SKIPPED',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface EditionSummary {
  id: string;
  areaId: string;
  area: { slug: string; name: string };
  weekKey: string;
  status: EditionStatus;
  statusLabel: string;
  composedAt: Date;
  approvedAt: Date | null;
  approvedBy: { kind: 'EDITOR'; userId: string } | { kind: 'AUTOMATIC' } | null;
  sentAt: Date | null;
  /** Relative to the site: '/bollettino/milano-municipio-2/2026-W48'. */
  pagePath: string;
  counts: Partial<Record<SectionCode, number>>;
}

export interface EditionDetail extends EditionSummary {
  newOffersSince: Date;
  sections: Array<{ code: SectionCode; title: string; omittedCount: number; items: StoredItem[] }>;
  /** How many deliveries are in each state; UNCERTAIN ones need the editor's attention. */
  deliveries: Record<DeliveryStatus, number>;
}

export function toEditionSummary(row: BulletinEditionEntity): EditionSummary {
  const shown = new Set(row.content.shownSections);
  return {
    id: row.id,
    areaId: row.areaId,
    area: row.content.area,
    weekKey: row.weekKey,
    status: row.status,
    statusLabel: EDITION_STATUS_LABELS[row.status],
    composedAt: row.composedAt,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedAutomatically
      ? { kind: 'AUTOMATIC' }
      : row.approvedByUserId
        ? { kind: 'EDITOR', userId: row.approvedByUserId }
        : null,
    sentAt: row.sentAt,
    pagePath: editionPagePath(row.content.area.slug, parseWeekKey(row.weekKey)),
    counts: Object.fromEntries(
      row.content.sections
        .filter((section) => shown.has(section.code))
        .map((section) => [section.code, section.items.length]),
    ),
  };
}

export function toEditionDetail(
  row: BulletinEditionEntity,
  deliveries: Partial<Record<DeliveryStatus, number>>,
): EditionDetail {
  const shown = new Set(row.content.shownSections);
  return {
    ...toEditionSummary(row),
    newOffersSince: row.newOffersSince,
    sections: row.content.sections.filter((section) => shown.has(section.code)),
    deliveries: Object.fromEntries(
      DELIVERY_STATUSES.map((status) => [status, deliveries[status] ?? 0]),
    ) as Record<DeliveryStatus, number>,
  };
}
