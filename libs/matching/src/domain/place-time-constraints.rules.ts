import { describeWindow, distanceKm, type TimeWindow } from '#libs/kernel';
import { formatDecimal, joinItalian } from './italian-text.rules.js';
import { fail, pass, type CheckOutcome } from './constraint-outcome.types.js';
import { NIGHT_WORK_TASK, taskKey, type PairFacts } from './pair-facts.rules.js';
import { minutesInNight, NIGHT_END, NIGHT_START, uncoveredShifts } from './schedule-fit.rules.js';

function describeShifts(shifts: readonly TimeWindow[]): string {
  return joinItalian(shifts.map(describeWindow));
}

/** Two distances that print alike would read as a contradiction ("10 km, massimo 10 km"). */
function formatKmPair(actual: number, limit: number): [string, string] {
  const decimals = formatDecimal(actual) === formatDecimal(limit) && actual !== limit ? 3 : 1;
  return [`${formatDecimal(actual, decimals)} km`, `${formatDecimal(limit, decimals)} km`];
}

export function checkSchedule({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (candidate.availability === null) return pass('Nessun vincolo di orario per la persona');
  if (vacancy.flexibleHours) {
    return pass(
      "Orario flessibile: da concordare con l'azienda entro le disponibilità della persona",
      true,
    );
  }
  if (vacancy.shifts.length === 0) {
    return pass("L'offerta non indica i turni: verificare gli orari con l'azienda", true);
  }
  const outside = uncoveredShifts(candidate.availability, vacancy.shifts);
  if (outside.length === 1) {
    return fail(`Il turno di ${describeShifts(outside)} è fuori dalle disponibilità`);
  }
  if (outside.length > 1) {
    return fail(`I turni di ${describeShifts(outside)} sono fuori dalle disponibilità`);
  }
  return vacancy.shifts.length === 1
    ? pass('Il turno rientra nelle disponibilità')
    : pass(`Tutti i ${vacancy.shifts.length} turni rientrano nelle disponibilità`);
}

export function checkWeeklyHours({ candidate, vacancy }: PairFacts): CheckOutcome {
  const limit = candidate.maxWeeklyHours;
  if (limit === null) return pass('Nessun limite di ore settimanali per la persona');
  const most = `${formatDecimal(limit)} ore`;
  if (vacancy.weeklyHours === null) {
    return pass(
      `L'offerta non indica le ore settimanali: verificare con l'azienda (la persona al massimo ${most})`,
      true,
    );
  }
  const hours = `${formatDecimal(vacancy.weeklyHours)} ore settimanali`;
  return vacancy.weeklyHours <= limit
    ? pass(`La posizione richiede ${hours}, entro il massimo della persona (${most})`)
    : fail(`La posizione richiede ${hours}, la persona al massimo ${formatDecimal(limit)}`);
}

export function checkTravelDistance({ candidate, distanceKm: km }: PairFacts): CheckOutcome {
  const [actual, limit] = formatKmPair(km, candidate.maxTravelKm);
  return km <= candidate.maxTravelKm
    ? pass(`La sede è a ${actual} da casa (la persona si sposta fino a ${limit})`)
    : fail(`La sede è a ${actual} da casa, oltre i ${limit} che la persona può percorrere`);
}

export function checkAllowedArea({ candidate, vacancy }: PairFacts): CheckOutcome {
  const area = candidate.allowedArea;
  if (area === null) return pass("Nessuna limitazione dell'area di lavoro");
  const km = distanceKm(area.centre, vacancy.site);
  const [actual, limit] = formatKmPair(km, area.radiusKm);
  return km <= area.radiusKm
    ? pass(`La sede è nell'area consentita (${actual} dal centro, limite ${limit})`)
    : fail(`La sede è fuori dall'area consentita: ${actual} dal centro, limite ${limit}`);
}

export function checkMinorNightWork(facts: PairFacts): CheckOutcome {
  const { vacancy, isMinorAtStart, vacancyTasks, context } = facts;
  if (!isMinorAtStart) return pass('Maggiorenne alla data di inizio');
  const nightShifts = vacancy.shifts.filter((shift) => minutesInNight(shift) > 0);
  if (nightShifts.length > 0) {
    const verb = nightShifts.length === 1 ? 'cade' : 'cadono';
    return fail(
      `Minorenne alla data di inizio: ${describeShifts(nightShifts)} ${verb} tra le ${NIGHT_START} e le ${NIGHT_END}`,
    );
  }
  if (vacancyTasks.has(taskKey(context.taxonomy, NIGHT_WORK_TASK))) {
    return fail("Minorenne alla data di inizio: l'offerta prevede lavoro notturno");
  }
  if (vacancy.flexibleHours) {
    return pass(
      `Minorenne: l'orario flessibile va concordato tra le ${NIGHT_END} e le ${NIGHT_START}`,
      true,
    );
  }
  return pass(`Minorenne, ma nessun turno cade tra le ${NIGHT_START} e le ${NIGHT_END}`);
}
