import type { DemoCalendar } from './calendar.js';
import type { AsylumStatus, RightToWorkKind } from '#libs/candidates';
import type { DemoPerson } from './candidate-person.js';
import { isEuCitizen } from './nationalities.js';
import type { Rng } from './prng.js';

export interface LegalStatus {
  rightToWork: RightToWorkKind;
  /** The permit's expiry; for a renewal, the expiry of the permit being renewed (already past). */
  expiresOn: string | null;
  /** Only for asylum seekers and protection holders; special-category data. */
  asylum: AsylumStatus | null;
}

const PERMIT_TYPES: Record<AsylumStatus['status'], string> = {
  ASYLUM_SEEKER: 'Permesso di soggiorno per richiesta asilo',
  REFUGEE: 'Permesso di soggiorno per asilo politico',
  SUBSIDIARY_PROTECTION: 'Permesso di soggiorno per protezione sussidiaria',
  SPECIAL_PROTECTION: 'Permesso di soggiorno per protezione speciale',
  OTHER: 'Permesso di soggiorno per protezione temporanea',
};

/** Days of validity a permit of each kind is usually issued for, as [shortest, longest] from today. */
const VALIDITY_DAYS: Record<AsylumStatus['status'], readonly [number, number]> = {
  ASYLUM_SEEKER: [-30, 180],
  REFUGEE: [60, 1800],
  SUBSIDIARY_PROTECTION: [60, 1800],
  SPECIAL_PROTECTION: [-60, 700],
  OTHER: [30, 450],
};

function asylumStatus(rng: Rng, person: DemoPerson): AsylumStatus {
  // People from Ukraine hold temporary protection, which the record types file under OTHER.
  const status: AsylumStatus['status'] =
    person.nationality === 'UA'
      ? 'OTHER'
      : rng.choose({
          ASYLUM_SEEKER: 45,
          SPECIAL_PROTECTION: 20,
          SUBSIDIARY_PROTECTION: 18,
          REFUGEE: 17,
        });
  const reception =
    status === 'ASYLUM_SEEKER'
      ? rng.choose({ CAS: 55, SAI: 45 })
      : rng.choose({ SAI: 60, NONE: 40 });
  return { status, reception, permitType: PERMIT_TYPES[status] };
}

/**
 * Right to work: EU citizens need nothing; the others hold a permit, some long-term (a card valid
 * for years), some expired or about to, some waiting for the renewal (the receipt lets them keep working), and
 * a few none at all, most of them among the exploited.
 */
export function legalStatus(rng: Rng, person: DemoPerson, calendar: DemoCalendar): LegalStatus {
  if (isEuCitizen(person.nationality)) {
    return { rightToWork: 'EU_CITIZEN', expiresOn: null, asylum: null };
  }
  if (person.persona === 'ASYLUM') {
    const asylum = asylumStatus(rng, person);
    if (rng.chance(0.2)) {
      return {
        rightToWork: 'PERMIT_RENEWAL',
        expiresOn: calendar.date(-rng.int(5, 150)),
        asylum,
      };
    }
    const [shortest, longest] = VALIDITY_DAYS[asylum.status];
    return {
      rightToWork: 'PERMIT',
      expiresOn: calendar.date(rng.int(shortest, longest)),
      asylum,
    };
  }
  const withoutPermit = person.persona === 'EXPLOITATION' ? 25 : 3;
  const kind = rng.choose({ LONG_TERM: 30, PERMIT: 54, PERMIT_RENEWAL: 13, NONE: withoutPermit });
  switch (kind) {
    case 'LONG_TERM':
      // The long-term EU permit does not lapse, but its card is renewed every ten years.
      return { rightToWork: 'PERMIT', expiresOn: calendar.date(rng.int(365, 3650)), asylum: null };
    case 'PERMIT':
      return { rightToWork: 'PERMIT', expiresOn: calendar.date(rng.int(-120, 730)), asylum: null };
    case 'PERMIT_RENEWAL':
      return {
        rightToWork: 'PERMIT_RENEWAL',
        expiresOn: calendar.date(-rng.int(10, 200)),
        asylum: null,
      };
    default:
      return { rightToWork: 'NONE', expiresOn: null, asylum: null };
  }
}
