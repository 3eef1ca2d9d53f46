import type { CandidateSensitive } from '#libs/candidates';
import { isSensitiveTargetGroup, type TargetGroup } from '#libs/kernel';
import type { Row } from './batch.writer.js';
import type { DemoCalendar } from './calendar.js';
import type { Consent, LegalBasis, ReferralKind } from '#libs/candidates';
import {
  digitalSkills,
  drawPerson,
  drivingLicences,
  education,
  italianLevel,
} from './candidate-person.js';
import {
  allowedArea,
  availability,
  maxTravelKm,
  pathwayStatus,
  preferredContracts,
  taskLimitations,
  workHistory,
} from './candidate-profile.js';
import { sensitiveData } from './candidate-sensitive.js';
import { demoEmail, demoPhone } from './contact-details.js';
import { legalStatus, type LegalStatus } from './legal-status.js';
import type { DemoOrganisation } from './organisation-factory.js';
import { PERSONA_SHARES, PERSONAS, type Persona } from './personas.js';
import { jitteredPoint, type Territory } from './places.js';
import type { Rng } from './prng.js';
import { isRevealing, referral } from './referrals.js';
import { syntheticTaxCode, type TaxCodePerson } from './synthetic-tax-code.js';

export interface CandidateDraft {
  row: Row;
  /** The candidate_sensitive row, when the person has special-category data. */
  sensitiveRow: CandidateSensitive | null;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function legalBasis(rng: Rng, organisation: DemoOrganisation): LegalBasis {
  // A public service processes data under its public task; the cooperatives mostly ask consent.
  return organisation.kind === 'AMBITO_SERVICE'
    ? rng.choose({ PUBLIC_TASK: 75, SOCIAL_PROTECTION: 15, CONSENT: 10 })
    : rng.choose({ CONSENT: 60, SOCIAL_PROTECTION: 20, PUBLIC_TASK: 15, CONTRACT: 5 });
}

function referralKind(rng: Rng, persona: Persona, age: number, legal: LegalStatus): ReferralKind {
  if (legal.asylum)
    return legal.asylum.reception === 'NONE'
      ? 'SOCIAL_SERVICES'
      : (legal.asylum.reception ?? 'SAI');
  const kind = rng.choose(persona.referrals);
  return kind === 'UEPE' && age < 21 ? 'USSM' : kind;
}

/** People waiting for asylum papers, or without any, often have no tax code yet. */
function taxCode(
  rng: Rng,
  person: TaxCodePerson,
  legal: LegalStatus,
  used: Set<string>,
): string | null {
  const waiting =
    (legal.asylum?.status === 'ASYLUM_SEEKER' && rng.chance(0.15)) || legal.rightToWork === 'NONE';
  if (waiting) return null;
  let code: string;
  do code = syntheticTaxCode(person, rng.int(0, 999));
  while (used.has(code));
  used.add(code);
  return code;
}

/**
 * One person in charge of `organisation`: a persona first, then every trait drawn from it, so that
 * the figures hang together. `usedTaxCodes` holds the organisation's codes (unique within it).
 */
export function drawCandidate(
  rng: Rng,
  organisation: DemoOrganisation,
  territory: Territory,
  usedTaxCodes: Set<string>,
  calendar: DemoCalendar,
): CandidateDraft {
  const id = rng.uuid();
  const person = drawPerson(rng, rng.choose(PERSONA_SHARES), calendar);
  const persona = PERSONAS[person.persona];
  const home = territory.drawMunicipality(rng);
  const point = jitteredPoint(rng, home);
  const level = italianLevel(rng, person);
  const digital = digitalSkills(rng, person, level);
  const licences = drivingLicences(rng, person);
  const legal = legalStatus(rng, person, calendar);
  const kind = referralKind(rng, persona, person.age, legal);
  const referred = referral(rng, kind, home);
  const revealing = isRevealing(kind);
  const sensitive = sensitiveData(
    rng,
    { person, home, asylum: legal.asylum, revealingReferral: revealing ? referred : null },
    calendar,
  );

  const groups = new Set<TargetGroup>();
  for (const [group, chance] of Object.entries(persona.openGroups) as [TargetGroup, number][]) {
    if (rng.chance(chance)) groups.add(group);
  }
  if (person.age <= 34 && rng.chance(0.7)) groups.add('YOUTH');

  const history = workHistory(rng, person);
  const daysInCharge = rng.int(0, 3 * 365);
  const createdAt = calendar.timestamp(-daysInCharge, rng.int(9 * 60, 17 * 60));
  const consent: Consent = {
    privacyNoticeVersion: daysInCharge > 365 ? '2024.1' : '2025.1',
    givenAt: createdAt,
    bulletin: rng.chance(0.7),
    shareWithCompanies: rng.chance(0.85),
  };
  const hasEmail = rng.chance(digital.includes('EMAIL') ? 0.95 : 0.2);
  const pathway = pathwayStatus(rng);
  // A closed case starts the retention period (privacy migration): it closed after it opened.
  const closedAt =
    pathway === 'CLOSED'
      ? calendar.timestamp(-rng.int(0, daysInCharge), rng.int(9 * 60, 17 * 60))
      : null;

  const row = {
    id,
    organisation_id: organisation.id,
    first_name: person.firstName,
    last_name: person.lastName,
    tax_code: taxCode(rng, person, legal, usedTaxCodes),
    birth_date: person.birthDate,
    gender: person.gender,
    email: hasEmail ? demoEmail(rng, person.firstName, person.lastName) : null,
    phone: rng.chance(0.97) ? demoPhone(rng) : null,
    home_municipality_code: home.istatCode,
    home_lat: point.lat,
    home_lng: point.lng,
    max_travel_km: maxTravelKm(rng, person.persona, licences),
    italian_level: level,
    education: education(rng, person),
    digital_skills: digital,
    availability: json(availability(rng, person.persona)),
    driving_licences: licences,
    right_to_work_kind: legal.rightToWork,
    right_to_work_expires_on: legal.expiresOn,
    skills: json(history.skills),
    experiences: json(history.experiences),
    preferred_occupations: history.preferredOccupations,
    preferred_contract_types: preferredContracts(rng),
    // Groups such as asylum or disability are special categories: only candidate_sensitive has them.
    target_groups: [...groups].filter((group) => !isSensitiveTargetGroup(group)),
    allowed_area: json(allowedArea(rng, person.persona, point, home.istatCode)),
    task_limitations: taskLimitations(rng, person.persona),
    referral: revealing ? null : json(referred),
    assigned_tutor_ids: rng.sample(organisation.tutorIds, rng.weightedIndex([5, 80, 15])),
    legal_basis: legalBasis(rng, organisation),
    consent: json(consent),
    pathway_status: pathway,
    closed_at: closedAt,
    created_at: createdAt,
    updated_at: closedAt ?? createdAt,
  };
  const sensitiveRow = sensitive && {
    candidateId: id,
    organisationId: organisation.id,
    ...sensitive,
  };
  return { row, sensitiveRow };
}
