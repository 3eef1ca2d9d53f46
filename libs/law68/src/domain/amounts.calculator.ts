import { FieldChecks } from './field-checks.js';
import { Law68InputError } from './law68-input.error.js';
import {
  DEFAULT_LAW68_PARAMETERS,
  LAW68_IN_FORCE_FROM,
  parameterAt,
  type Law68Parameters,
} from './law68-parameters.js';
import { DEFAULT_LAW68_POLICIES, type Law68Policies } from './law68-policies.js';
import type { IsoDate } from './workforce.types.js';
import { ARTICLES, formatDate, formatEuro, type WorkingStep } from './working.js';

/** An amount in integer euro cents, with how it was reached. */
export interface AmountResult {
  cents: number;
  working: WorkingStep[];
}

/** Art. 9 c.1: the employer has 60 days to request the hire; the daily sanction runs after them. */
export const HIRING_TERM_DAYS = 60;

export interface UncoveredSanctionInput {
  uncoveredPositions: number;
  /** Working days uncovered after the 60-day term, all at the amount in force on `date`. */
  workingDays: number;
  date: IsoDate;
}

/** Art. 15 c.4: amount per working day per uncovered position, at the amount in force on `date`. */
export function computeUncoveredSanction(
  input: UncoveredSanctionInput,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): AmountResult {
  assertValid((check) => {
    check.count('uncoveredPositions', input.uncoveredPositions);
    check.count('workingDays', input.workingDays);
    checkDate(check, 'date', input.date);
  });
  const rate = parameterAt(
    parameters.uncoveredSanctionCents,
    input.date,
    'date',
    'sanzione art. 15 c.4',
  );
  const cents = multiply(rate.value, input.uncoveredPositions, input.workingDays);
  return {
    cents,
    working: [
      {
        step: 'amount.uncoveredSanction',
        article: ARTICLES.uncoveredSanction,
        description: `Sanzione per scopertura, decorsi ${HIRING_TERM_DAYS} giorni dall'insorgenza dell'obbligo: ${formatEuro(rate.value)} al giorno lavorativo per ciascun lavoratore non assunto (${rate.source}, in vigore al ${formatDate(input.date)}) × ${input.uncoveredPositions} posizioni × ${input.workingDays} giorni`,
        value: formatEuro(cents),
      },
    ],
  };
}

export interface ExemptionContributionInput {
  authorisedPositions: number;
  selfCertifiedPositions: number;
  workingDays: number;
  date: IsoDate;
}

/** Art. 5 c.3 and c.3-bis: contribution per working day per exempted position. */
export function computeExemptionContribution(
  input: ExemptionContributionInput,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): AmountResult {
  assertValid((check) => {
    check.count('authorisedPositions', input.authorisedPositions);
    check.count('selfCertifiedPositions', input.selfCertifiedPositions);
    check.count('workingDays', input.workingDays);
    checkDate(check, 'date', input.date);
  });
  const working: WorkingStep[] = [];
  let cents = 0;
  const parts = [
    ['authorisedPositions', parameters.authorisedExemptionContributionCents, 'autorizzato (c.3)'],
    [
      'selfCertifiedPositions',
      parameters.selfCertifiedExemptionContributionCents,
      'autocertificato (c.3-bis)',
    ],
  ] as const;
  for (const [field, series, label] of parts) {
    const positions = input[field];
    if (positions === 0) continue;
    const rate = parameterAt(series, input.date, 'date', `contributo esonerativo ${label}`);
    const amount = multiply(rate.value, positions, input.workingDays);
    cents += amount;
    working.push({
      step: `amount.exemption.${field}`,
      article: ARTICLES.exemptionContribution,
      description: `Contributo esonerativo ${label}: ${formatEuro(rate.value)} al giorno lavorativo per posizione (${rate.source}${rate.verify ? `; da verificare: ${rate.verify}` : ''}) × ${positions} posizioni × ${input.workingDays} giorni`,
      value: formatEuro(amount),
    });
  }
  return { cents, working };
}

export interface LateProspettoInput {
  /** Days of delay after the deadline; zero means sent on time. */
  delayDays: number;
  /** The deadline that was missed (31 January). */
  dueDate: IsoDate;
}

/** Art. 15 c.1: a fixed amount plus an amount per day of delay, at the amounts of the deadline. */
export function computeLateProspettoSanction(
  input: LateProspettoInput,
  parameters: Law68Parameters = DEFAULT_LAW68_PARAMETERS,
): AmountResult {
  assertValid((check) => {
    check.count('delayDays', input.delayDays);
    checkDate(check, 'dueDate', input.dueDate);
  });
  if (input.delayDays === 0) {
    return {
      cents: 0,
      working: [
        {
          step: 'amount.lateProspetto',
          article: ARTICLES.lateProspetto,
          description: 'Prospetto inviato entro il termine: nessuna sanzione',
          value: formatEuro(0),
        },
      ],
    };
  }
  const rate = parameterAt(
    parameters.lateProspettoSanction,
    input.dueDate,
    'dueDate',
    'sanzione prospetto',
  );
  const cents = rate.value.fixedCents + multiply(rate.value.perDayCents, input.delayDays, 1);
  return {
    cents,
    working: [
      {
        step: 'amount.lateProspetto',
        article: ARTICLES.lateProspetto,
        description: `Prospetto in ritardo di ${input.delayDays} giorni rispetto al ${formatDate(input.dueDate)}: ${formatEuro(rate.value.fixedCents)} + ${formatEuro(rate.value.perDayCents)} × ${input.delayDays} (${rate.source})`,
        value: formatEuro(cents),
      },
    ],
  };
}

/**
 * The last day of the 60 to request the hire (art. 9 c.1); the daily sanction runs from the day
 * after. By default the day the obligation arose is the first of the 60, as the public
 * administration counts (see `Law68Policies.hiringTermStart`).
 */
export function hiringDeadline(
  obligationDate: IsoDate,
  termStart: Law68Policies['hiringTermStart'] = DEFAULT_LAW68_POLICIES.hiringTermStart,
): IsoDate {
  assertValid((check) => checkDate(check, 'obligationDate', obligationDate));
  const [year, month, day] = obligationDate.split('-').map(Number);
  const daysAfter = termStart === 'OBLIGATION_DAY' ? HIRING_TERM_DAYS - 1 : HIRING_TERM_DAYS;
  const deadline = new Date(Date.UTC(year, month - 1, day + daysAfter));
  return deadline.toISOString().slice(0, 10);
}

function checkDate(check: FieldChecks, field: string, value: unknown): void {
  if (check.date(field, value) && value < LAW68_IN_FORCE_FROM) {
    check.fail(
      field,
      `anteriore all'entrata in vigore della L. 68/1999 (${formatDate(LAW68_IN_FORCE_FROM)})`,
    );
  }
}

function assertValid(run: (check: FieldChecks) => void): void {
  const check = new FieldChecks();
  run(check);
  if (check.issues.length > 0) throw new Law68InputError(check.issues);
}

/** Integer cents: bigint keeps the product exact, and a result no JS number can hold is refused. */
function multiply(cents: number, positions: number, days: number): number {
  const product = BigInt(cents) * BigInt(positions) * BigInt(days);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('importo fuori scala');
  return Number(product);
}
