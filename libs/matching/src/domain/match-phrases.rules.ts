import {
  atPlace,
  describeWindows,
  formatDecimal,
  formatKm,
  inBrackets,
  joinItalian,
  plural,
} from './italian-text.rules.js';
import type { TimeWindow } from '#libs/kernel';
import type { NamedMunicipality } from './match-profiles.types.js';

/**
 * Every sentence the matching core writes for people, in one place so that a language reviewer can
 * read them all together: the details of the hard constraints, the details of the ranking factors
 * the summary of a pair, and what a reader off the case reads instead of a sensitive detail
 * (access/match-disclosure.policy.ts). The constraint and factor labels sit in their tables
 * (hard-constraints.rules.ts, match-weights.rules.ts). Values arrive already formatted where the
 * formatting is a rule of its own (dates, km pairs); brackets never nest (inBrackets).
 */

/** Up to this many allowed municipalities are named; more read "Lodi, Milano, Pavia e altri 4". */
const MUNICIPALITIES_NAMED = 3;

function municipalityList(municipalities: readonly NamedMunicipality[]): string {
  const names = municipalities.map((municipality) => municipality.name);
  if (names.length <= MUNICIPALITIES_NAMED + 1) return joinItalian(names);
  const rest = names.length - MUNICIPALITIES_NAMED;
  return `${names.slice(0, MUNICIPALITIES_NAMED).join(', ')} e altri ${rest}`;
}

export const SCHEDULE_PHRASES = {
  noConstraint: 'Nessun vincolo di orario per la persona',
  flexible: "Orario flessibile: da concordare con l'azienda entro le disponibilità della persona",
  noShifts: "L'offerta non indica i turni: verificare gli orari con l'azienda",
  outside: (shifts: readonly TimeWindow[]) =>
    shifts.length === 1
      ? `Il turno di ${describeWindows(shifts)} è fuori dalle disponibilità`
      : `I turni di ${describeWindows(shifts)} sono fuori dalle disponibilità`,
  inside: (shifts: number) =>
    shifts === 1
      ? 'Il turno rientra nelle disponibilità'
      : `Tutti i ${shifts} turni rientrano nelle disponibilità`,
};

export const WEEKLY_HOURS_PHRASES = {
  noLimit: 'Nessun limite di ore settimanali per la persona',
  notStated: (limit: number) =>
    `L'offerta non indica le ore settimanali: verificare con l'azienda (la persona al massimo ${formatDecimal(limit)} ore)`,
  within: (hours: number, limit: number) =>
    `La posizione richiede ${formatDecimal(hours)} ore settimanali, entro il massimo della persona (${formatDecimal(limit)} ore)`,
  over: (hours: number, limit: number) =>
    `La posizione richiede ${formatDecimal(hours)} ore settimanali, la persona al massimo ${formatDecimal(limit)}`,
};

export const TRAVEL_PHRASES = {
  within: (actual: string, limit: string) =>
    `La sede è a ${actual} da casa (la persona si sposta fino a ${limit})`,
  over: (actual: string, limit: string) =>
    `La sede è a ${actual} da casa, oltre i ${limit} che la persona può percorrere`,
};

export const ALLOWED_AREA_PHRASES = {
  none: "Nessuna limitazione dell'area di lavoro",
  inMunicipality: (site: string) => `La sede è ${atPlace(site)}, tra i comuni consentiti`,
  inCircle: (actual: string, limit: string) =>
    `La sede è nell'area consentita (${actual} dal centro, limite ${limit})`,
  outsideCircle: (actual: string, limit: string) =>
    `La sede è fuori dall'area consentita: ${actual} dal centro, limite ${limit}`,
  outsideMunicipalities: (site: string, allowed: readonly NamedMunicipality[]) =>
    `La sede è ${atPlace(site)}, fuori dai comuni consentiti (${municipalityList(allowed)})`,
  outsideBoth: (
    site: string,
    allowed: readonly NamedMunicipality[],
    actual: string,
    limit: string,
  ) =>
    `La sede è ${atPlace(site)}, fuori dai comuni consentiti (${municipalityList(allowed)}) e a ${actual} dal centro dell'area, oltre il limite di ${limit}`,
};

export const MINOR_NIGHT_PHRASES = {
  adult: 'Maggiorenne alla data di inizio',
  nightShifts: (shifts: readonly TimeWindow[], nightStart: string, nightEnd: string) =>
    `Minorenne alla data di inizio: ${describeWindows(shifts)} ${shifts.length === 1 ? 'cade' : 'cadono'} tra le ${nightStart} e le ${nightEnd}`,
  nightTask: "Minorenne alla data di inizio: l'offerta prevede lavoro notturno",
  flexible: (nightStart: string, nightEnd: string) =>
    `Minorenne: l'orario flessibile va concordato tra le ${nightEnd} e le ${nightStart}`,
  noNightShift: (nightStart: string, nightEnd: string) =>
    `Minorenne, ma nessun turno cade tra le ${nightStart} e le ${nightEnd}`,
};

export const ITALIAN_LEVEL_PHRASES = {
  enough: (has: string, needs: string) => `Livello di italiano ${has}, minimo richiesto ${needs}`,
  below: (has: string, needs: string) =>
    `Livello di italiano ${has}, inferiore al minimo richiesto ${needs}`,
};

export const L68_PHRASES = {
  notReserved: 'Posto non riservato dalla Legge 68/1999',
  registered: (category: string) =>
    `Persona iscritta nell'elenco del collocamento mirato per la categoria richiesta ${inBrackets(category)}`,
  notRegistered: (category: string) =>
    `Posto riservato alla categoria ${inBrackets(category)}: la persona non è iscritta nell'elenco del collocamento mirato per questa categoria`,
};

export const RIGHT_TO_WORK_PHRASES = {
  euCitizen: 'Cittadinanza UE: nessun permesso di soggiorno richiesto',
  renewal:
    'Permesso in rinnovo: con la ricevuta della domanda si può lavorare; verificare la ricevuta',
  none: 'Nessun titolo di soggiorno che consenta di lavorare',
  noExpiry: 'Permesso di soggiorno senza scadenza',
  validUntil: (expiresOn: string, start: string) =>
    `Permesso valido fino al ${expiresOn} (inizio il ${start})`,
  /** Still valid today, but not on the start date. */
  expiresBeforeStart: (expiresOn: string, start: string) =>
    `Il permesso scade il ${expiresOn}, prima dell'inizio del ${start}`,
  /** Already expired on the day matching runs. */
  expired: (expiresOn: string) => `Il permesso è scaduto il ${expiresOn}`,
};

export const ADULTS_ONLY_PHRASES = {
  adult: 'Maggiorenne alla data di inizio',
  openToMinors: 'Offerta aperta anche a minorenni',
  minor: (start: string, age: number) =>
    `Offerta riservata a maggiorenni: il ${start} la persona avrà ${age} anni`,
};

export const LICENCE_PHRASES = {
  none: 'Nessuna patente richiesta',
  missing: (missing: readonly string[]) =>
    missing.length === 1
      ? `Manca la patente ${missing[0]}`
      : `Mancano le patenti ${joinItalian(missing)}`,
  held: (required: readonly string[]) => `Patente richiesta posseduta (${joinItalian(required)})`,
};

export const TASK_PHRASES = {
  noLimitations: 'Nessuna limitazione di compiti per la persona',
  noConflict: "Nessun compito dell'offerta rientra nelle limitazioni della persona",
  conflicts: (tasks: readonly string[]) =>
    `L'offerta comprende compiti incompatibili con le limitazioni della persona: ${joinItalian(tasks)}`,
};

export const FACTOR_PHRASES = {
  distance: (km: number) => `Sede a ${formatKm(km)} da casa`,
  notKmZero: 'Offerta non segnalata come lavoro a km zero',
  kmZero: (radius: number) => `Offerta a km zero entro ${formatKm(radius)} da casa`,
  kmZeroTooFar: (km: number, radius: number) =>
    `Offerta a km zero, ma a ${formatKm(km)} da casa (oltre ${formatKm(radius)})`,
  languageAtMinimum: (minimum: string) => `Livello pari al minimo richiesto ${inBrackets(minimum)}`,
  languageAbove: (margin: number, has: string, minimum: string) =>
    `${margin === 1 ? 'Un livello' : `${margin} livelli`} sopra il minimo: ${has} su ${minimum} richiesto`,
  noPreferredContract: 'Nessun tipo di contratto preferito indicato',
  preferredContract: (contract: string) => `Contratto preferito: ${contract}`,
  otherContract: (contract: string) => `Contratto non tra i preferiti: ${contract}`,
  published: (days: number) =>
    `Pubblicata ${days === 0 ? 'oggi' : days === 1 ? 'ieri' : `${days} giorni fa`}`,
  notYetProposed: 'Non ancora proposta ad altre persone',
  proposedTo: (others: number) =>
    others === 1
      ? "Già proposta di recente a un'altra persona"
      : `Già proposta di recente ad altre ${others} persone`,
  noExperience: 'Nessuna esperienza nella mansione o in mansioni vicine',
  experience: (occupation: string, months: number | undefined, affinity: string) =>
    `Esperienza come ${occupation}, ${months === undefined ? 'durata non indicata' : plural(months, 'mese', 'mesi')}: ${affinity}`,
  sameOccupation: 'stessa mansione',
  relatedOccupation: 'mansione affine',
  sameGroup: (group: string) => `mansione dello stesso gruppo ISTAT ${group}`,
  noSkillsRequired: 'Nessuna competenza specifica richiesta',
  allSkills: (required: number) => `Ha tutte le competenze richieste (${required})`,
  noSkills: (missing: readonly string[]) =>
    `Nessuna delle competenze richieste: ${missingSkills(missing)}`,
  someSkills: (covered: number, required: number, missing: readonly string[]) =>
    `Ha ${covered} delle ${required} competenze richieste: ${missingSkills(missing)}`,
  noPreferredOccupation: 'Nessuna mansione preferita indicata',
  preferredOccupation: (occupation: string) => `Tra le mansioni preferite: ${occupation}`,
  nearPreferredOccupation: (occupation: string) => `Vicina a una mansione preferita: ${occupation}`,
  notPreferredOccupation: 'Non è tra le mansioni preferite',
};

function missingSkills(missing: readonly string[]): string {
  return `${missing.length === 1 ? 'manca' : 'mancano'} ${joinItalian(missing)}`;
}

/** What a reader off the person's case reads instead of a sensitive constraint's detail. */
export const WITHHELD_PHRASES = {
  passed:
    'Requisito verificato: il dettaglio è visibile solo ai tutor della persona e ai coordinatori',
  failed:
    'Requisito non rispettato: il dettaglio è visibile solo ai tutor della persona e ai coordinatori',
};

export const SUMMARY_PHRASES = {
  impossible: (labels: readonly string[]) =>
    labels.length === 1
      ? `Non proponibile, vincolo non rispettato: ${labels[0]}`
      : `Non proponibile, ${labels.length} vincoli non rispettati: ${labels.join('; ')}`,
  possible: (score: number, toVerify: readonly string[]) => {
    const base = `Proponibile, punteggio ${formatDecimal(score)} su 100`;
    return toVerify.length === 0 ? base : `${base}; da verificare: ${toVerify.join('; ')}`;
  },
};
