import { CEFR_LABELS, cefrMargin, L68_CATEGORIES } from '#libs/kernel';
import { compareIsoDates, formatItalianDate } from '#libs/kernel';
import { fail, pass, type CheckOutcome } from './constraint-outcome.types.js';
import { missingLicences } from './driving-licences.rules.js';
import { flattenBrackets } from './italian-text.rules.js';
import {
  ADULTS_ONLY_PHRASES,
  ITALIAN_LEVEL_PHRASES,
  L68_PHRASES,
  LICENCE_PHRASES,
  RIGHT_TO_WORK_PHRASES,
  TASK_PHRASES,
} from './match-phrases.rules.js';
import { taskKey, type PairFacts } from './pair-facts.rules.js';

export function checkItalianLevel({ candidate, vacancy }: PairFacts): CheckOutcome {
  const has = CEFR_LABELS[candidate.italianLevel];
  const needs = CEFR_LABELS[vacancy.minItalianLevel];
  return cefrMargin(candidate.italianLevel, vacancy.minItalianLevel) >= 0
    ? pass(ITALIAN_LEVEL_PHRASES.enough(has, needs))
    : fail(ITALIAN_LEVEL_PHRASES.below(has, needs));
}

export function checkL68Reservation({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (vacancy.reservedL68 === null) return pass(L68_PHRASES.notReserved);
  const category = L68_CATEGORIES[vacancy.reservedL68];
  return candidate.l68Registration?.category === vacancy.reservedL68
    ? pass(L68_PHRASES.registered(category))
    : fail(L68_PHRASES.notRegistered(category));
}

export function checkRightToWork({ candidate, startDate, context }: PairFacts): CheckOutcome {
  const { kind, expiresOn } = candidate.rightToWork;
  const start = formatItalianDate(startDate);
  switch (kind) {
    case 'EU_CITIZEN':
      return pass(RIGHT_TO_WORK_PHRASES.euCitizen);
    case 'PERMIT_RENEWAL':
      return pass(RIGHT_TO_WORK_PHRASES.renewal, true);
    case 'NONE':
      return fail(RIGHT_TO_WORK_PHRASES.none);
    case 'PERMIT': {
      if (expiresOn === undefined) return pass(RIGHT_TO_WORK_PHRASES.noExpiry);
      const expiry = formatItalianDate(expiresOn);
      if (compareIsoDates(expiresOn, startDate) >= 0) {
        return pass(RIGHT_TO_WORK_PHRASES.validUntil(expiry, start));
      }
      return compareIsoDates(expiresOn, context.today) < 0
        ? fail(RIGHT_TO_WORK_PHRASES.expired(expiry))
        : fail(RIGHT_TO_WORK_PHRASES.expiresBeforeStart(expiry, start));
    }
  }
}

export function checkMinorAdultsOnly({
  vacancy,
  isMinorAtStart,
  ageAtStart,
  startDate,
}: PairFacts): CheckOutcome {
  if (!isMinorAtStart) return pass(ADULTS_ONLY_PHRASES.adult);
  if (!vacancy.adultsOnly) return pass(ADULTS_ONLY_PHRASES.openToMinors);
  return fail(ADULTS_ONLY_PHRASES.minor(formatItalianDate(startDate), ageAtStart));
}

export function checkDrivingLicence({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (vacancy.requiredLicences.length === 0) return pass(LICENCE_PHRASES.none);
  const missing = missingLicences(candidate.drivingLicences, vacancy.requiredLicences);
  if (missing.length > 0) return fail(LICENCE_PHRASES.missing(missing));
  return pass(LICENCE_PHRASES.held(vacancy.requiredLicences));
}

export function checkTaskLimitations({
  candidate,
  vacancyTasks,
  context,
}: PairFacts): CheckOutcome {
  if (candidate.taskLimitations.length === 0) return pass(TASK_PHRASES.noLimitations);
  const conflicts = candidate.taskLimitations.filter((limit) =>
    vacancyTasks.has(taskKey(context.taxonomy, limit)),
  );
  if (conflicts.length === 0) return pass(TASK_PHRASES.noConflict);
  const labels = conflicts.map((task) =>
    flattenBrackets(context.taxonomy.taskLabel(task).toLocaleLowerCase('it')),
  );
  return fail(TASK_PHRASES.conflicts(labels));
}
