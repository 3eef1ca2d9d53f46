import { CEFR_LEVELS, CONTRACT_TYPES, type CefrLevel } from '#libs/kernel';
import { minutesInNight } from '#libs/matching';
import type { Row } from './batch.writer.js';
import type { DemoCalendar } from './calendar.js';
import type { DemoCompany } from './company-factory.js';
import { OCCUPATIONS } from './occupations.js';
import type { Rng } from './prng.js';
import { DEFAULT_CONTRACTS, SECTORS } from './sectors.js';
import { NIGHT_SHIFTS, SHIFT_PATTERNS, weeklyHours } from './time-patterns.js';

/** Vacancy statuses the demo writes; most are open, as on a live board. */
export const DEMO_VACANCY_STATUSES = { OPEN: 90, FILLED: 6, CLOSED: 4 } as const;
const L68_THRESHOLD = 15;
/** Among the obliged firms' ads, the share reserved to Law 68: about 5% of all ads. */
const RESERVED_SHARE = 0.1;

/** The job family's usual minimum (italian-rules.md 4.2), one step either way in a fifth of ads. */
function minItalian(rng: Rng, usual: CefrLevel): CefrLevel {
  let rank = CEFR_LEVELS.indexOf(usual);
  if (rng.chance(0.2)) rank += rng.chance(0.5) ? 1 : -1;
  return CEFR_LEVELS[
    Math.max(CEFR_LEVELS.indexOf('PRE_A1'), Math.min(CEFR_LEVELS.indexOf('C1'), rank))
  ];
}

export function drawVacancy(rng: Rng, company: DemoCompany, calendar: DemoCalendar): Row {
  const sector = SECTORS[company.sector];
  const occupation = OCCUPATIONS[rng.choose(sector.occupations)];
  const site = rng.pick(company.sites);
  const pattern = rng.choose(occupation.shifts);
  const shifts = SHIFT_PATTERNS[pattern];
  const nights = shifts.some((shift) => minutesInNight(shift) > 0);
  const hours = weeklyHours(pattern);
  const contract = rng.choose(sector.contracts ?? DEFAULT_CONTRACTS);
  const positions = 1 + rng.weightedIndex([70, 20, 10]);
  const obliged = company.headcount >= L68_THRESHOLD;
  const reserved =
    obliged && rng.chance(RESERVED_SHARE)
      ? company.headcount > 50 && rng.chance(0.2)
        ? 'ART18'
        : 'DISABILITY'
      : null;
  const tasks = [...occupation.tasks];
  if ((occupation.key === 'WAITER' || occupation.key === 'BARISTA') && rng.chance(0.5))
    tasks.push('ALCOHOL_SERVICE');
  const skillCount = rng.weightedIndex([4, 4, 2]);
  const skills = rng.sample(occupation.skills, skillCount);
  const licences = rng.chance(pattern === 'CARE_VISITS' ? 0.6 : sector.carLicence) ? ['B'] : [];
  const flexible = rng.chance(0.15);

  let title = occupation.label;
  if (NIGHT_SHIFTS.has(pattern)) title += ' – turno notturno';
  else if (hours < 30 && rng.chance(0.5)) title += ' – part time';
  else if (rng.chance(0.08)) title += ' (anche prima esperienza)';
  const who =
    positions > 1
      ? `${positions} persone come ${occupation.label.toLowerCase()}`
      : occupation.label.toLowerCase();
  let description = `${company.name} cerca ${who} per la sede di ${site.municipality.name}. ${CONTRACT_TYPES[contract]}, ${hours} ore settimanali.`;
  if (flexible) description += ' Orario da concordare con la persona.';

  const publishedOffset = -rng.int(0, 60);
  const publishedAt = calendar.date(publishedOffset);
  const createdAt = calendar.timestamp(publishedOffset, rng.int(8 * 60, 18 * 60));
  return {
    id: rng.uuid(),
    organisation_id: company.organisationId,
    company_id: company.id,
    site_id: site.id,
    title,
    description,
    occupation_code: occupation.code,
    occupation_text: occupation.label,
    required_skills: JSON.stringify(skills),
    min_italian_level: minItalian(rng, occupation.minItalian),
    shifts: JSON.stringify(shifts),
    flexible_hours: flexible,
    contract_type: contract,
    weekly_hours: hours,
    positions,
    reserved_l68: reserved,
    km_zero: company.kmZero && rng.chance(0.85),
    // Night work and serving alcohol are closed to minors.
    adults_only: nights || tasks.includes('ALCOHOL_SERVICE') || rng.chance(0.05),
    required_licences: licences,
    tasks,
    source: rng.choose({ OPEN_MARKET: 60, SCOUTING: 30, PARTNER: 10 }),
    status: rng.choose(DEMO_VACANCY_STATUSES),
    published_at: publishedAt,
    expires_at: calendar.date(rng.int(0, 60)),
    start_date: rng.chance(0.75) ? calendar.date(publishedOffset + rng.int(7, 45)) : null,
    municipality_code: site.municipality.istatCode,
    site_lat: site.lat,
    site_lng: site.lng,
    created_at: createdAt,
    updated_at: createdAt,
  };
}
