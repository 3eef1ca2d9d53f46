import { REFERRAL_KINDS, type Referral, type ReferralKind } from '#libs/candidates';
import { ITALIAN_FEMALE_NAMES, ITALIAN_MALE_NAMES, ITALIAN_SURNAMES } from './names-italian.js';
import type { Municipality } from './places.js';
import type { Rng } from './prng.js';

/** Provinces whose juvenile cases go to the USSM of Brescia; the others to the one in Milano. */
const USSM_BRESCIA = new Set(['BS', 'BG', 'CR', 'MN']);
const NETWORK_NODES = [
  'Caritas parrocchiale',
  'Associazione di volontariato',
  'Centro di ascolto',
  'Doposcuola di quartiere',
];

function serviceName(rng: Rng, kind: ReferralKind, home: Municipality): string | undefined {
  const town = home.name;
  switch (kind) {
    case 'SOCIAL_SERVICES':
      return `Servizio sociale del Comune di ${town}`;
    case 'JOB_CENTRE':
      return `Centro per l’impiego di ${home.province}`;
    case 'QUBI':
      return `Rete QuBì ${town}`;
    case 'WEMI':
      return `Spazio WeMi ${town}`;
    case 'NETWORK':
      return `${rng.pick(NETWORK_NODES)} di ${town}`;
    case 'UEPE':
      return `UEPE di ${home.province}`;
    case 'USSM':
      return `USSM di ${USSM_BRESCIA.has(home.provinceCode) ? 'Brescia' : 'Milano'}`;
    case 'SAI':
      return `Progetto SAI ${town}`;
    case 'CAS':
      return `CAS ${town}`;
    case 'CPS':
      return `CPS di ${town}`;
    case 'SERD':
      return `SerD di ${town}`;
    case 'ANTI_VIOLENCE_CENTRE':
      return `Centro antiviolenza ${town}`;
    case 'SELF':
      return undefined;
  }
}

function contactPerson(rng: Rng): string {
  const female = rng.chance(0.75);
  const title = rng.choose({ 'Dott.ssa': female ? 1 : 0, 'Dott.': female ? 0 : 1, '': 1 });
  const name = rng.pick(female ? ITALIAN_FEMALE_NAMES : ITALIAN_MALE_NAMES);
  return `${title} ${name} ${rng.pick(ITALIAN_SURNAMES)}`.trim();
}

export function referral(rng: Rng, kind: ReferralKind, home: Municipality): Referral {
  const name = serviceName(rng, kind, home);
  const result: Referral = { kind };
  if (name) result.name = name;
  if (name && rng.chance(0.6)) result.contactPerson = contactPerson(rng);
  return result;
}

/** A referral by UEPE, a CPS or a SAI project says why the person is here: it is sensitive. */
export function isRevealing(kind: ReferralKind): boolean {
  return REFERRAL_KINDS[kind].revealing;
}
