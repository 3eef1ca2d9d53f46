import type { L68Category, TargetGroup } from '#libs/kernel';
import type { DemoCalendar } from './calendar.js';
import type {
  AsylumStatus,
  CandidateSensitive,
  HealthLimitations,
  JusticeStatus,
  L68Registration,
  Referral,
  ViolenceStatus,
} from '#libs/candidates';
import type { DemoPerson } from './candidate-person.js';
import type { Municipality } from './places.js';
import type { Rng } from './prng.js';

/** One candidate_sensitive row: special-category data (GDPR art. 9 and 10), never elsewhere. */
export type SensitiveDraft = Omit<CandidateSensitive, 'candidateId' | 'organisationId'>;

const HEALTH_NOTES = {
  CPS: [
    'Percorso di cura presso il CPS: preferibili orari diurni e ambienti poco affollati',
    'Terapia in corso: concordare con il CPS i tempi di inserimento',
  ],
  SERD: [
    'Programma terapeutico presso il SerD: evitare la somministrazione di alcolici',
    'Controlli periodici al SerD il martedì mattina',
  ],
  DISABILITY: [
    'Evitare il sollevamento di carichi oltre 10 kg',
    'Necessità di pause brevi e frequenti',
    'Difficoltà nella stazione eretta prolungata',
  ],
};
const UEPE_MEASURES = {
  'Affidamento in prova al servizio sociale': 35,
  'Messa alla prova': 25,
  'Detenzione domiciliare': 20,
  Semilibertà: 10,
  'Lavori di pubblica utilità': 10,
};

/** Invalidity: people register from 46 %; the higher bands are rarer. */
function disabilityPercent(rng: Rng): number {
  const band = rng.choose({ MILD: 40, MEDIUM: 30, SEVERE: 30 });
  if (band === 'MILD') return rng.int(46, 66);
  if (band === 'MEDIUM') return rng.int(67, 79);
  return rng.int(80, 100);
}

function l68Registration(
  rng: Rng,
  category: L68Category,
  home: Municipality,
  calendar: DemoCalendar,
): L68Registration {
  const certifiedDaysAgo = rng.int(60, 3650);
  const registration: L68Registration = {
    category,
    certifyingBody: category === 'ART18' ? 'OTHER' : rng.choose({ INPS: 6, ASL: 3, INAIL: 1 }),
    certificateDate: calendar.date(-certifiedDaysAgo),
    registeredInList: rng.chance(0.85),
  };
  if (category === 'DISABILITY') registration.percent = disabilityPercent(rng);
  if (rng.chance(0.4))
    registration.reviewDate = calendar.date(-certifiedDaysAgo + rng.int(730, 1825));
  if (registration.registeredInList) {
    registration.registrationOffice = `Collocamento mirato di ${home.province}`;
    registration.registrationDate = calendar.date(-rng.int(0, certifiedDaysAgo - 30));
  }
  return registration;
}

export interface SensitiveInputs {
  person: DemoPerson;
  home: Municipality;
  asylum: AsylumStatus | null;
  /** A referral whose kind reveals a special category, already drawn. */
  revealingReferral: Referral | null;
}

/** The person's special-category data, or null when there is none to keep. */
export function sensitiveData(
  rng: Rng,
  { person, home, asylum, revealingReferral }: SensitiveInputs,
  calendar: DemoCalendar,
): SensitiveDraft | null {
  const groups = new Set<TargetGroup>();
  let l68: L68Registration | null = null;
  let health: HealthLimitations | null = null;
  let justice: JusticeStatus | null = null;
  let violence: ViolenceStatus | null = null;
  const persona = person.persona;
  const referralKind = revealingReferral?.kind;

  if (persona === 'DISABILITY' || (persona === 'DISADVANTAGED' && rng.chance(0.1))) {
    groups.add('DISABILITY_L68');
    l68 = l68Registration(rng, 'DISABILITY', home, calendar);
    if (rng.chance(0.3)) health = { notes: rng.pick(HEALTH_NOTES.DISABILITY) };
  } else if (persona === 'YOUTH' && rng.chance(0.04)) {
    // Care leavers and orphans of work accidents are in the art. 18 protected categories.
    l68 = l68Registration(rng, 'ART18', home, calendar);
  }
  if (persona === 'DISADVANTAGED' || (persona === 'JUSTICE' && rng.chance(0.15))) {
    groups.add('DISADVANTAGED_L381');
    const service = referralKind === 'CPS' ? 'CPS' : 'SERD';
    health = { notes: rng.pick(HEALTH_NOTES[service]) };
  }
  if (persona === 'JUSTICE') {
    groups.add('CRIMINAL_JUSTICE');
    const minor = referralKind === 'USSM';
    justice = {
      measure: minor
        ? rng.choose({ 'Messa alla prova': 8, Prescrizioni: 2 })
        : rng.choose(UEPE_MEASURES),
      authority: minor ? 'USSM' : 'UEPE',
      endsOn: calendar.date(rng.int(60, 900)),
    };
  }
  if (asylum) groups.add('ASYLUM');
  if (persona === 'EXPLOITATION') groups.add('EXPLOITATION');
  if (persona === 'VIOLENCE') {
    groups.add('VIOLENCE');
    violence = { antiViolenceCentre: `Centro antiviolenza ${home.name}` };
    if (rng.chance(0.4)) violence.notes = 'Percorso di autonomia abitativa in corso';
  }

  if (groups.size === 0 && !l68 && !revealingReferral) return null;
  return {
    targetGroups: [...groups],
    l68,
    l68EligibleCategory: l68?.registeredInList ? l68.category : null,
    health,
    justice,
    asylum,
    violence,
    referral: revealingReferral,
  };
}
