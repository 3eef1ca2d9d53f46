import type { Row } from './batch.writer.js';
import type { DemoCalendar } from './calendar.js';
import { asciiSlug, DEMO_EMAIL_DOMAIN } from './contact-details.js';
import { ITALIAN_FEMALE_NAMES, ITALIAN_MALE_NAMES, ITALIAN_SURNAMES } from './names-italian.js';
import type { Municipality } from './places.js';
import type { Rng } from './prng.js';

export type DemoOrganisationKind = 'CONSORTIUM' | 'COOPERATIVE' | 'AMBITO_SERVICE';
export type DemoRole = 'admin' | 'coordinator' | 'tutor' | 'consultant';

/** An account the person trying the demo can log in with (the password is the one passed in). */
export interface DemoAccount {
  email: string;
  role: DemoRole;
  displayName: string;
  organisationName: string;
}

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: DemoOrganisationKind;
  slug: string;
  homeTown: Municipality;
  tutorIds: string[];
  accounts: DemoAccount[];
  userRows: Row[];
}

export const USER_COLUMNS = [
  'id',
  'organisation_id',
  'email',
  'display_name',
  'role',
  'password_hash',
  'created_at',
  'updated_at',
] as const;

/** Each organisation's staff: the roles of the brief of a small project (domain.md, "Who uses it"). */
const STAFF: readonly (readonly [DemoRole, number])[] = [
  ['admin', 1],
  ['coordinator', 1],
  ['tutor', 3],
  ['consultant', 2],
];
const COOPERATIVE_NAMES = [
  'Il Ponte',
  'Incontro',
  'La Bottega',
  'Il Sentiero',
  'Lavoro e Solidarietà',
  'Germoglio',
  'La Rete',
  'Il Mosaico',
];

function identity(index: number, homeTown: Municipality): [string, DemoOrganisationKind, string] {
  const town = homeTown.name;
  switch (index % 3) {
    case 0:
      return [
        `Consorzio cooperative sociali ${town}`,
        'CONSORTIUM',
        `consorzio-${asciiSlug(town, '-')}`,
      ];
    case 1: {
      const name = COOPERATIVE_NAMES[Math.floor(index / 3) % COOPERATIVE_NAMES.length];
      return [`Cooperativa sociale ${name}`, 'COOPERATIVE', `coop-${asciiSlug(name, '-')}`];
    }
    default:
      return [
        `Servizio inserimenti lavorativi – Ambito di ${town}`,
        'AMBITO_SERVICE',
        `sil-${asciiSlug(town, '-')}`,
      ];
  }
}

/**
 * The `index`-th organisation: a consortium, a cooperative and an Ambito service in turn, each in
 * its own home town, with 1 admin, 1 coordinator, 3 tutors and 2 consultants whose e-mails are
 * predictable (tutor1@coop-il-ponte.example.org) so the demo can be shown without a list at hand.
 */
export function drawOrganisation(
  rng: Rng,
  index: number,
  homeTown: Municipality,
  passwordHash: string,
  takenSlugs: Set<string>,
  calendar: DemoCalendar,
): DemoOrganisation {
  const [name, kind, baseSlug] = identity(index, homeTown);
  const slug = takenSlugs.has(baseSlug) ? `${baseSlug}-${index + 1}` : baseSlug;
  takenSlugs.add(slug);
  const organisation: DemoOrganisation = {
    id: rng.uuid(),
    name,
    kind,
    slug,
    homeTown,
    tutorIds: [],
    accounts: [],
    userRows: [],
  };
  const createdAt = calendar.timestamp(-365 * 3, 9 * 60);
  for (const [role, count] of STAFF) {
    for (let n = 1; n <= count; n += 1) {
      const id = rng.uuid();
      const female = rng.chance(0.7);
      const displayName = `${rng.pick(female ? ITALIAN_FEMALE_NAMES : ITALIAN_MALE_NAMES)} ${rng.pick(ITALIAN_SURNAMES)}`;
      const email = `${role}${count > 1 ? n : ''}@${slug}.${DEMO_EMAIL_DOMAIN}`;
      if (role === 'tutor') organisation.tutorIds.push(id);
      organisation.accounts.push({ email, role, displayName, organisationName: name });
      organisation.userRows.push({
        id,
        organisation_id: organisation.id,
        email,
        display_name: displayName,
        role,
        password_hash: passwordHash,
        created_at: createdAt,
        updated_at: createdAt,
      });
    }
  }
  return organisation;
}

export function organisationRow(organisation: DemoOrganisation, calendar: DemoCalendar): Row {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    created_at: calendar.timestamp(-365 * 3, 8 * 60),
  };
}
