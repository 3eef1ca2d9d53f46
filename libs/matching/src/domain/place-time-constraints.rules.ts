import { distanceKm } from '#libs/kernel';
import { formatDecimal } from './italian-text.rules.js';
import { fail, pass, type CheckOutcome } from './constraint-outcome.types.js';
import {
  ALLOWED_AREA_PHRASES,
  MINOR_NIGHT_PHRASES,
  SCHEDULE_PHRASES,
  TRAVEL_PHRASES,
  WEEKLY_HOURS_PHRASES,
} from './match-phrases.rules.js';
import { NIGHT_WORK_TASK, taskKey, type PairFacts } from './pair-facts.rules.js';
import { minutesInNight, NIGHT_END, NIGHT_START, uncoveredShifts } from './schedule-fit.rules.js';
import { allowedAreaFit } from './allowed-area.rules.js';

/** Two distances that print alike would read as a contradiction ("10 km, massimo 10 km"). */
export function formatKmPair(actual: number, limit: number): [string, string] {
  const decimals = formatDecimal(actual) === formatDecimal(limit) && actual !== limit ? 3 : 1;
  return [`${formatDecimal(actual, decimals)} km`, `${formatDecimal(limit, decimals)} km`];
}

export function checkSchedule({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (candidate.availability === null) return pass(SCHEDULE_PHRASES.noConstraint);
  if (vacancy.flexibleHours) return pass(SCHEDULE_PHRASES.flexible, true);
  if (vacancy.shifts.length === 0) return pass(SCHEDULE_PHRASES.noShifts, true);
  const outside = uncoveredShifts(candidate.availability, vacancy.shifts);
  if (outside.length > 0) return fail(SCHEDULE_PHRASES.outside(outside));
  return pass(SCHEDULE_PHRASES.inside(vacancy.shifts.length));
}

export function checkWeeklyHours({ candidate, vacancy }: PairFacts): CheckOutcome {
  const limit = candidate.maxWeeklyHours;
  if (limit === null) return pass(WEEKLY_HOURS_PHRASES.noLimit);
  if (vacancy.weeklyHours === null) return pass(WEEKLY_HOURS_PHRASES.notStated(limit), true);
  return vacancy.weeklyHours <= limit
    ? pass(WEEKLY_HOURS_PHRASES.within(vacancy.weeklyHours, limit))
    : fail(WEEKLY_HOURS_PHRASES.over(vacancy.weeklyHours, limit));
}

export function checkTravelDistance({ candidate, distanceKm: km }: PairFacts): CheckOutcome {
  const [actual, limit] = formatKmPair(km, candidate.maxTravelKm);
  return km <= candidate.maxTravelKm
    ? pass(TRAVEL_PHRASES.within(actual, limit))
    : fail(TRAVEL_PHRASES.over(actual, limit));
}

/**
 * The area a court or a protection plan allows: a set of municipalities, a circle, or both (the
 * site may be in either). The site's municipality is named, the reason never (the constraint is
 * sensitive: readers off the case see only that it holds).
 */
export function checkAllowedArea({ candidate, vacancy }: PairFacts): CheckOutcome {
  const area = candidate.allowedArea;
  if (area === null) return pass(ALLOWED_AREA_PHRASES.none);
  const site = vacancy.municipality.name;
  const allowed = area.municipalities ?? [];
  const fit = allowedAreaFit(area, vacancy);
  if (fit.inMunicipality) return pass(ALLOWED_AREA_PHRASES.inMunicipality(site));
  if (area.centre === undefined) {
    return fail(ALLOWED_AREA_PHRASES.outsideMunicipalities(site, allowed));
  }
  const [actual, limit] = formatKmPair(distanceKm(area.centre, vacancy.site), area.radiusKm);
  if (fit.inCircle) return pass(ALLOWED_AREA_PHRASES.inCircle(actual, limit));
  return fail(
    allowed.length === 0
      ? ALLOWED_AREA_PHRASES.outsideCircle(actual, limit)
      : ALLOWED_AREA_PHRASES.outsideBoth(site, allowed, actual, limit),
  );
}

export function checkMinorNightWork(facts: PairFacts): CheckOutcome {
  const { vacancy, isMinorAtStart, vacancyTasks, context } = facts;
  if (!isMinorAtStart) return pass(MINOR_NIGHT_PHRASES.adult);
  const nightShifts = vacancy.shifts.filter((shift) => minutesInNight(shift) > 0);
  if (nightShifts.length > 0) {
    return fail(MINOR_NIGHT_PHRASES.nightShifts(nightShifts, NIGHT_START, NIGHT_END));
  }
  if (vacancyTasks.has(taskKey(context.taxonomy, NIGHT_WORK_TASK))) {
    return fail(MINOR_NIGHT_PHRASES.nightTask);
  }
  if (vacancy.flexibleHours)
    return pass(MINOR_NIGHT_PHRASES.flexible(NIGHT_START, NIGHT_END), true);
  return pass(MINOR_NIGHT_PHRASES.noNightShift(NIGHT_START, NIGHT_END));
}
