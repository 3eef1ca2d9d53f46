import { prospettoDueDate } from '../domain/position-amounts.calculator.js';
import { daysBetween } from '#libs/kernel';
import type { Law68Band } from '../domain/quota.calculator.js';
import type { IsoDate } from '../domain/workforce.types.js';

export interface ProspettoDeadline {
  /** 31 January: the prospetto informativo is due by then (art. 9 c.6). */
  dueDate: IsoDate;
  /** The 31 December it photographs. */
  referenceDate: IsoDate;
  daysLeft: number;
}

/** The next 31 January on or after `today`, and the 31 December that prospetto describes. */
export function nextProspettoDeadline(today: IsoDate): ProspettoDeadline {
  const year = Number(today.slice(0, 4));
  const referenceDate = today <= `${year}-01-31` ? `${year - 1}-12-31` : `${year}-12-31`;
  const dueDate = prospettoDueDate(referenceDate);
  return { dueDate, referenceDate, daysLeft: daysBetween(today, dueDate) };
}

export interface CompanyProspetto extends ProspettoDeadline {
  /** Employers with 15 or more computable employees send it (and only if something changed). */
  obliged: boolean;
  /** Whether the workforce at `referenceDate` is already recorded here. */
  declared: boolean;
}

export function companyProspetto(
  today: IsoDate,
  band: Law68Band | null,
  declaredReferenceDates: readonly IsoDate[],
): CompanyProspetto {
  const deadline = nextProspettoDeadline(today);
  return {
    ...deadline,
    obliged: band !== null && band !== 'NOT_OBLIGED',
    declared: declaredReferenceDates.includes(deadline.referenceDate),
  };
}
