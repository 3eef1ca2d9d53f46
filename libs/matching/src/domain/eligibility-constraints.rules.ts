import { CEFR_LABELS, cefrMargin, L68_CATEGORIES } from '#libs/kernel';
import { compareIsoDates, formatItalianDate } from '#libs/kernel';
import { fail, pass, type CheckOutcome } from './constraint-outcome.types.js';
import { missingLicences } from './driving-licences.rules.js';
import { joinItalian } from './italian-text.rules.js';
import { taskKey, type PairFacts } from './pair-facts.rules.js';

export function checkItalianLevel({ candidate, vacancy }: PairFacts): CheckOutcome {
  const has = CEFR_LABELS[candidate.italianLevel];
  const needs = CEFR_LABELS[vacancy.minItalianLevel];
  return cefrMargin(candidate.italianLevel, vacancy.minItalianLevel) >= 0
    ? pass(`Livello di italiano ${has}, minimo richiesto ${needs}`)
    : fail(`Livello di italiano ${has}, inferiore al minimo richiesto ${needs}`);
}

export function checkL68Reservation({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (vacancy.reservedL68 === null) return pass('Posto non riservato dalla Legge 68/1999');
  const category = L68_CATEGORIES[vacancy.reservedL68];
  return candidate.l68Registration?.category === vacancy.reservedL68
    ? pass(
        `Persona iscritta nell'elenco del collocamento mirato per la categoria richiesta (${category})`,
      )
    : fail(
        `Posto riservato alla categoria ${category}: la persona non è iscritta nell'elenco del collocamento mirato per questa categoria`,
      );
}

export function checkRightToWork({ candidate, startDate }: PairFacts): CheckOutcome {
  const { kind, expiresOn } = candidate.rightToWork;
  const start = formatItalianDate(startDate);
  switch (kind) {
    case 'EU_CITIZEN':
      return pass('Cittadinanza UE: nessun permesso di soggiorno richiesto');
    case 'PERMIT_RENEWAL':
      return pass(
        'Permesso in rinnovo: con la ricevuta della domanda si può lavorare; verificare la ricevuta',
        true,
      );
    case 'NONE':
      return fail('Nessun titolo di soggiorno che consenta di lavorare');
    case 'PERMIT':
      if (expiresOn === undefined) return pass('Permesso di soggiorno senza scadenza');
      return compareIsoDates(expiresOn, startDate) >= 0
        ? pass(`Permesso valido fino al ${formatItalianDate(expiresOn)} (inizio il ${start})`)
        : fail(
            `Il permesso scade il ${formatItalianDate(expiresOn)}, prima dell'inizio del ${start}`,
          );
  }
}

export function checkMinorAdultsOnly({
  vacancy,
  isMinorAtStart,
  ageAtStart,
  startDate,
}: PairFacts): CheckOutcome {
  if (!isMinorAtStart) return pass('Maggiorenne alla data di inizio');
  if (!vacancy.adultsOnly) return pass('Offerta aperta anche a minorenni');
  return fail(
    `Offerta riservata a maggiorenni: il ${formatItalianDate(startDate)} la persona avrà ${ageAtStart} anni`,
  );
}

export function checkDrivingLicence({ candidate, vacancy }: PairFacts): CheckOutcome {
  if (vacancy.requiredLicences.length === 0) return pass('Nessuna patente richiesta');
  const missing = missingLicences(candidate.drivingLicences, vacancy.requiredLicences);
  if (missing.length === 1) return fail(`Manca la patente ${missing[0]}`);
  if (missing.length > 1) return fail(`Mancano le patenti ${joinItalian(missing)}`);
  return pass(`Patente richiesta posseduta (${joinItalian(vacancy.requiredLicences)})`);
}

export function checkTaskLimitations({
  candidate,
  vacancyTasks,
  context,
}: PairFacts): CheckOutcome {
  if (candidate.taskLimitations.length === 0)
    return pass('Nessuna limitazione di compiti per la persona');
  const conflicts = candidate.taskLimitations.filter((limit) =>
    vacancyTasks.has(taskKey(context.taxonomy, limit)),
  );
  if (conflicts.length === 0) {
    return pass("Nessun compito dell'offerta rientra nelle limitazioni della persona");
  }
  const labels = conflicts.map((task) => context.taxonomy.taskLabel(task).toLowerCase());
  return fail(
    `L'offerta comprende compiti incompatibili con le limitazioni della persona: ${joinItalian(labels)}`,
  );
}
