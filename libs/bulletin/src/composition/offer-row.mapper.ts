import { CONTRACT_TYPES } from '#libs/kernel';
import { closesAfterDay, publishedAfterDay } from '../contents/rome-dates.js';
import type { OfferItem } from '../domain/edition-items.js';

/** A vacancy as the bulletin queries read it (the edition's offers, a candidate's own matches). */
export interface OfferRow {
  id: string;
  title: string;
  companyName: string;
  municipalityName: string;
  contractType: string;
  kmZero: boolean;
  publishedOn: string;
  expiresOn: string | null;
}

export function toOfferItem(row: OfferRow): OfferItem {
  return {
    id: row.id,
    title: row.title,
    companyName: row.companyName,
    municipality: row.municipalityName,
    contractLabel:
      CONTRACT_TYPES[row.contractType as keyof typeof CONTRACT_TYPES] ?? row.contractType,
    kmZero: row.kmZero,
    publishedAt: publishedAfterDay(row.publishedOn),
    expiresAt: row.expiresOn ? closesAfterDay(row.expiresOn) : undefined,
  };
}
