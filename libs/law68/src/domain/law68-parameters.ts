import { Law68InputError } from './law68-input.error.js';
import type { IsoDate } from './workforce.types.js';
import { formatDate } from './working.js';

/** A value of the law that holds from a date until the next entry of its series takes over. */
export interface DatedValue<T> {
  /** First day the value applies, inclusive. */
  from: IsoDate;
  value: T;
  /** The act that set it, in Italian; the working cites it. */
  source: string;
  /** What is still to be confirmed on a primary source (italian-rules.md "VERIFY"), if anything. */
  verify?: string;
}

export interface LateProspettoSanction {
  fixedCents: number;
  perDayCents: number;
}

export interface ExemptionMaxPercent {
  ordinary: number;
  /** Security/surveillance and private transport (DM 357/2000). */
  securityOrTransport: number;
}

/**
 * Every amount, cap and switch-over date that the law changes over time. Money is in integer euro
 * cents, percentages are whole per cent. Callers can pass their own table (a new decree, a regional
 * reading) without touching the code.
 */
export interface Law68Parameters {
  /** Contributo esonerativo art. 5 c.3, per working day per exempted position. */
  authorisedExemptionContributionCents: readonly DatedValue<number>[];
  /** Contributo for the self-certified exemption of art. 5 c.3-bis (60 per mille INAIL rate). */
  selfCertifiedExemptionContributionCents: readonly DatedValue<number>[];
  /** Art. 15 c.4 sanction per working day per uncovered position. */
  uncoveredSanctionCents: readonly DatedValue<number>[];
  /** Late or omitted prospetto: fixed amount plus an amount per day of delay. */
  lateProspettoSanction: readonly DatedValue<LateProspettoSanction>[];
  /** Share of the quota that art. 12-bis conventions may cover. */
  art12BisCapPercent: readonly DatedValue<number>[];
  /** Whether the 15-35 band was obliged only on new hires (old art. 3 c.2). */
  smallBandNewHiresOnly: readonly DatedValue<boolean>[];
  /** Legal maximum of the partial exemption. */
  exemptionMaxPercent: readonly DatedValue<ExemptionMaxPercent>[];
}

/** L. 68/1999 came into force on 18/01/2000: nothing is computed before it. */
export const LAW68_IN_FORCE_FROM: IsoDate = '2000-01-18';

const OLD_AMOUNTS_START =
  'decorrenza iniziale da verificare: la tabella non copre date anteriori al 1/1/2012';

export const DEFAULT_LAW68_PARAMETERS: Law68Parameters = {
  authorisedExemptionContributionCents: [
    { from: '2012-01-01', value: 3064, source: 'art. 5 c.3 L. 68/1999', verify: OLD_AMOUNTS_START },
    { from: '2022-01-01', value: 3921, source: 'DM 30/09/2021 n. 193' },
  ],
  selfCertifiedExemptionContributionCents: [
    {
      from: '2012-01-01',
      value: 3064,
      source: 'art. 5 c.3-bis L. 68/1999',
      verify: OLD_AMOUNTS_START,
    },
    {
      from: '2022-01-01',
      value: 3921,
      source: 'DM 30/09/2021 n. 193 (applicato anche al c.3-bis)',
      verify: 'alcune fonti regionali indicano ancora € 30,64 per il c.3-bis',
    },
  ],
  uncoveredSanctionCents: [
    {
      from: '2012-01-01',
      value: 6277,
      source: 'art. 15 c.4 L. 68/1999',
      verify: OLD_AMOUNTS_START,
    },
    {
      from: '2016-10-08',
      value: 15320,
      source: 'art. 15 c.4 L. 68/1999 come modificato dal D.Lgs. 185/2016 (5 × € 30,64)',
      verify: 'data di decorrenza (entrata in vigore del D.Lgs. 185/2016)',
    },
    { from: '2022-01-01', value: 19605, source: 'DM 30/09/2021 n. 194 (5 × € 39,21)' },
  ],
  lateProspettoSanction: [
    {
      from: '2012-01-01',
      value: { fixedCents: 63511, perDayCents: 3076 },
      source: 'art. 15 c.1 L. 68/1999',
      verify: OLD_AMOUNTS_START,
    },
    {
      from: '2022-01-01',
      value: { fixedCents: 70243, perDayCents: 3402 },
      source: 'DM 30/09/2021 n. 194',
    },
  ],
  art12BisCapPercent: [
    { from: LAW68_IN_FORCE_FROM, value: 0, source: 'art. 12-bis non ancora in vigore' },
    { from: '2008-01-01', value: 10, source: 'art. 12-bis L. 68/1999 (L. 247/2007)' },
    {
      from: '2025-12-31',
      value: 60,
      source: 'art. 12-bis L. 68/1999 come modificato dalla L. 198/2025',
    },
  ],
  smallBandNewHiresOnly: [
    { from: LAW68_IN_FORCE_FROM, value: true, source: 'art. 3 c.2 L. 68/1999' },
    {
      from: '2018-01-01',
      value: false,
      source: 'D.Lgs. 151/2015 art. 3, decorrenza differita dal DL 244/2016 (L. 19/2017)',
    },
  ],
  exemptionMaxPercent: [
    {
      from: LAW68_IN_FORCE_FROM,
      value: { ordinary: 60, securityOrTransport: 80 },
      source: 'art. 5 c.3 L. 68/1999; DM 357/2000',
    },
  ],
};

/** The entry of `series` in force on `date`, if the table covers that date. */
export function findParameterAt<T>(
  series: readonly DatedValue<T>[],
  date: IsoDate,
): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of series) {
    if (entry.from <= date && (found === undefined || entry.from > found.from)) found = entry;
  }
  return found;
}

/**
 * The entry of `series` in force on `date`. A date the table does not cover is an input problem of
 * the field that carried the date, not a crash: the caller learns which date to correct.
 */
export function parameterAt<T>(
  series: readonly DatedValue<T>[],
  date: IsoDate,
  field: string,
  label: string,
): DatedValue<T> {
  const found = findParameterAt(series, date);
  if (found === undefined) {
    throw new Law68InputError([
      { field, message: `nessun valore di "${label}" in vigore al ${formatDate(date)}` },
    ]);
  }
  return found;
}
