import { type IsoDate, isInternship, type ContractType } from '#libs/kernel';
import { contractGroupOf, CONTRACT_GROUPS, contractTypeLabel } from './contract-groups.js';
import {
  type Cells,
  type Dimension,
  kmZeroCell,
  personCells,
  sectorCell,
} from './report-dimensions.js';
import type { PersonFact, PlacementFact, ReportFacts } from './report-facts.types.js';

/** What a figure's records are, for the drill-down. */
export type RecordType =
  | 'CANDIDATE'
  | 'PLACEMENT'
  | 'SOFT_OUTCOME'
  | 'COURSE'
  | 'SCOUTING_ACTIVITY'
  | 'COMPANY'
  | 'NETWORK_ACTIVITY'
  | 'BULLETIN_EDITION';

/** One record a figure counts, with its place in each breakdown. */
export interface CountedRecord {
  recordType: RecordType;
  recordId: string;
  /** The person the record is about, if any (the drill-down names them only to those allowed). */
  candidateId: string | null;
  on: IsoDate | null;
  /** What the record is, in Italian and without personal data (a contract, a company, an area). */
  description: string;
  cells: Cells;
}

const PERSON_DIMENSIONS: Dimension[] = [
  'SEX',
  'AGE_BAND',
  'TARGET_GROUP',
  'MUNICIPALITY',
  'DISTRICT',
];
const PLACEMENT_DIMENSIONS: Dimension[] = ['CONTRACT', 'SECTOR', 'KM_ZERO', ...PERSON_DIMENSIONS];

/** A figure of the report: its code, its Italian label and how it is counted from the facts. */
export interface FigureDefinition {
  label: string;
  /** Whether its records are about people: they are then small-cell suppressed outside the organisation. */
  aboutPeople: boolean;
  /**
   * Whether being counted reveals special-category data (a Law 68 hire reveals a disability or a
   * protected category): small counts are suppressed even inside the organisation, and its records
   * are listed only to those on the case.
   */
  sensitive?: boolean;
  dimensions: Dimension[];
  count(facts: ReportFacts, people: PeopleIndex): CountedRecord[];
}

export interface PeopleIndex {
  cellsOf(candidateId: string): Cells;
  person(candidateId: string): PersonFact | undefined;
}

const within = (date: IsoDate, facts: ReportFacts) => date >= facts.from && date <= facts.to;

function personRecords(
  facts: ReportFacts,
  people: PeopleIndex,
  keep: (person: PersonFact) => boolean,
  on: (person: PersonFact) => IsoDate | null = () => null,
): CountedRecord[] {
  return facts.people.filter(keep).map((person) => ({
    recordType: 'CANDIDATE',
    recordId: person.candidateId,
    candidateId: person.candidateId,
    on: on(person),
    description: 'Persona presa in carico',
    cells: people.cellsOf(person.candidateId),
  }));
}

function placementRecords(
  facts: ReportFacts,
  people: PeopleIndex,
  keep: (placement: PlacementFact) => boolean,
  contractCell: (placement: PlacementFact) => { value: string; label: string },
): CountedRecord[] {
  return facts.placements.filter(keep).map((placement) => ({
    recordType: 'PLACEMENT',
    recordId: placement.placementId,
    candidateId: placement.candidateId,
    on: placement.startDate,
    description: contractTypeLabel(placement.contractType),
    cells: {
      CONTRACT: [contractCell(placement)],
      SECTOR: [sectorCell(placement.atecoCode)],
      KM_ZERO: [kmZeroCell(placement.kmZero)],
      ...people.cellsOf(placement.candidateId),
    },
  }));
}

const internship = (placement: PlacementFact) =>
  isInternship(placement.contractType as ContractType);
const startedIn = (placement: PlacementFact, facts: ReportFacts) =>
  within(placement.startDate, facts);
const byGroup = (placement: PlacementFact) => {
  const group = contractGroupOf(placement.contractType);
  return { value: group, label: CONTRACT_GROUPS[group] };
};
const byType = (placement: PlacementFact) => ({
  value: placement.contractType,
  label: contractTypeLabel(placement.contractType),
});

/** The first placement started in the period of each person placed (a person placed twice counts once). */
function firstHires(facts: ReportFacts): PlacementFact[] {
  const first = new Map<string, PlacementFact>();
  for (const placement of facts.placements) {
    if (internship(placement) || !startedIn(placement, facts)) continue;
    const seen = first.get(placement.candidateId);
    if (!seen || placement.startDate < seen.startDate) first.set(placement.candidateId, placement);
  }
  return [...first.values()];
}

function softOutcomeFigure(kind: string, label: string): FigureDefinition {
  return {
    label,
    aboutPeople: true,
    dimensions: PERSON_DIMENSIONS,
    count: (facts, people) => {
      const reached = new Map<string, (typeof facts.softOutcomes)[number]>();
      for (const outcome of facts.softOutcomes) {
        if (outcome.kind !== kind || (outcome.level ?? 0) < 3) continue;
        if (!reached.has(outcome.candidateId)) reached.set(outcome.candidateId, outcome);
      }
      return [...reached.values()].map((outcome) => ({
        recordType: 'SOFT_OUTCOME',
        recordId: outcome.softOutcomeId,
        candidateId: outcome.candidateId,
        on: outcome.recordedOn,
        description: label,
        cells: people.cellsOf(outcome.candidateId),
      }));
    },
  };
}

function courseFigure(kind: 'ITALIAN' | 'DIGITAL', label: string): FigureDefinition {
  return {
    label,
    aboutPeople: true,
    dimensions: PERSON_DIMENSIONS,
    count: (facts, people) => {
      const byPerson = new Map<string, (typeof facts.courses)[number]>();
      for (const course of facts.courses) {
        if (course.kind === kind && !byPerson.has(course.candidateId))
          byPerson.set(course.candidateId, course);
      }
      return [...byPerson.values()].map((course) => ({
        recordType: 'COURSE',
        recordId: course.courseId,
        candidateId: course.candidateId,
        on: course.startedOn,
        description: label,
        cells: people.cellsOf(course.candidateId),
      }));
    },
  };
}

function networkFigure(kind: 'INSTITUTIONAL_MEETING' | 'ORGANISATION_JOINED', label: string) {
  return {
    label,
    aboutPeople: false,
    dimensions: [],
    count: (facts: ReportFacts) =>
      facts.network
        .filter((activity) => activity.kind === kind)
        .map((activity) => ({
          recordType: 'NETWORK_ACTIVITY' as const,
          recordId: activity.activityId,
          candidateId: null,
          on: activity.occurredOn,
          description: activity.counterpart,
          cells: {},
        })),
  } satisfies FigureDefinition;
}

/**
 * Every figure of a funder report, in the order of the published reports of the programmes
 * (people in charge, plans, internships, placements, soft outcomes, courses, the work with companies
 * and the network). Each counts records of the facts; its value is the number of records.
 */
export const FUNDER_FIGURES = {
  PEOPLE_IN_CHARGE: {
    label: 'Persone prese in carico',
    aboutPeople: true,
    dimensions: PERSON_DIMENSIONS,
    count: (facts, people) => personRecords(facts, people, (person) => person.inCharge),
  },
  WOMEN_IN_CHARGE: {
    label: 'Donne prese in carico',
    aboutPeople: true,
    dimensions: ['AGE_BAND', 'TARGET_GROUP', 'MUNICIPALITY', 'DISTRICT'],
    count: (facts, people) =>
      personRecords(facts, people, (person) => person.inCharge && person.gender === 'F'),
  },
  PERSONAL_PLANS: {
    label: 'Progetti personalizzati sottoscritti',
    aboutPeople: true,
    dimensions: PERSON_DIMENSIONS,
    count: (facts, people) =>
      personRecords(
        facts,
        people,
        (person) => person.personalPlanOn !== null,
        (person) => person.personalPlanOn,
      ),
  },
  INTERNSHIPS_STARTED: {
    label: 'Tirocini avviati',
    aboutPeople: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) =>
      placementRecords(facts, people, (p) => internship(p) && startedIn(p, facts), byType),
  },
  PLACEMENTS_STARTED: {
    label: 'Inserimenti lavorativi avviati',
    aboutPeople: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) =>
      placementRecords(facts, people, (p) => !internship(p) && startedIn(p, facts), byGroup),
  },
  PEOPLE_PLACED: {
    label: 'Persone inserite al lavoro',
    aboutPeople: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) => {
      const first = new Set(firstHires(facts));
      return placementRecords(facts, people, (p) => first.has(p), byGroup);
    },
  },
  PLACEMENTS_ACTIVE: {
    label: 'Inserimenti lavorativi in corso nel periodo',
    aboutPeople: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) => placementRecords(facts, people, (p) => !internship(p), byGroup),
  },
  KM_ZERO_PLACEMENTS: {
    label: 'Inserimenti a km zero',
    aboutPeople: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) =>
      placementRecords(
        facts,
        people,
        (p) => !internship(p) && startedIn(p, facts) && p.kmZero,
        byGroup,
      ),
  },
  L68_INTERNSHIPS: {
    label: 'Tirocini in convenzione L. 68/1999',
    aboutPeople: true,
    sensitive: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) =>
      placementRecords(
        facts,
        people,
        (p) => p.countsTowardL68 && internship(p) && startedIn(p, facts),
        byType,
      ),
  },
  L68_HIRES: {
    label: 'Assunzioni L. 68/1999',
    aboutPeople: true,
    sensitive: true,
    dimensions: PLACEMENT_DIMENSIONS,
    count: (facts, people) =>
      placementRecords(
        facts,
        people,
        (p) => p.countsTowardL68 && !internship(p) && startedIn(p, facts),
        byGroup,
      ),
  },
  SOFT_OUTCOME_EDUCATIONAL_GOALS: softOutcomeFigure(
    'EDUCATIONAL_GOALS',
    'Persone che hanno raggiunto obiettivi educativi',
  ),
  SOFT_OUTCOME_PROFESSIONAL_GROWTH: softOutcomeFigure(
    'PROFESSIONAL_GROWTH',
    'Persone con crescita professionale',
  ),
  SOFT_OUTCOME_JOB_SEARCH_ACTIVATION: softOutcomeFigure(
    'JOB_SEARCH_ACTIVATION',
    'Persone attivate nella ricerca del lavoro',
  ),
  SOFT_OUTCOME_FUTURE_ORIENTATION: softOutcomeFigure(
    'FUTURE_ORIENTATION',
    'Persone orientate verso il futuro',
  ),
  ITALIAN_COURSE_PEOPLE: courseFigure('ITALIAN', 'Persone nei corsi di italiano'),
  DIGITAL_COURSE_PEOPLE: courseFigure('DIGITAL', 'Persone nei corsi di competenze digitali'),
  BULLETINS_PUBLISHED: {
    label: 'Bollettini pubblicati',
    aboutPeople: false,
    dimensions: [],
    count: (facts) =>
      facts.bulletins.map((edition) => ({
        recordType: 'BULLETIN_EDITION',
        recordId: edition.editionId,
        candidateId: null,
        on: edition.sentOn,
        description: edition.areaName,
        cells: {},
      })),
  },
  COMPANIES_CONTACTED: {
    label: 'Aziende contattate',
    aboutPeople: false,
    dimensions: [],
    count: (facts) => {
      const first = new Map<string, (typeof facts.scouting)[number]>();
      for (const activity of facts.scouting) {
        const seen = first.get(activity.companyId);
        if (!seen || activity.occurredOn < seen.occurredOn) first.set(activity.companyId, activity);
      }
      return [...first.values()].map((activity) => ({
        recordType: 'COMPANY',
        recordId: activity.companyId,
        candidateId: null,
        on: activity.occurredOn,
        description: activity.companyName,
        cells: {},
      }));
    },
  },
  CONSULTANCIES: {
    label: 'Consulenze alle aziende',
    aboutPeople: false,
    dimensions: [],
    count: (facts) =>
      facts.scouting
        .filter((activity) => activity.kind === 'CONSULTANCY')
        .map((activity) => ({
          recordType: 'SCOUTING_ACTIVITY',
          recordId: activity.activityId,
          candidateId: null,
          on: activity.occurredOn,
          description: activity.companyName,
          cells: {},
        })),
  },
  NETWORK_ORGANISATIONS_JOINED: networkFigure(
    'ORGANISATION_JOINED',
    'Organizzazioni entrate nella rete territoriale',
  ),
  INSTITUTIONAL_MEETINGS: networkFigure('INSTITUTIONAL_MEETING', 'Incontri con le istituzioni'),
} satisfies Record<string, FigureDefinition>;

export type FigureCode = keyof typeof FUNDER_FIGURES;
export const FIGURE_CODES = Object.keys(FUNDER_FIGURES) as FigureCode[];

export function isFigureCode(value: unknown): value is FigureCode {
  return typeof value === 'string' && Object.hasOwn(FUNDER_FIGURES, value);
}

/** The people of the facts with their breakdown cells, looked up by id. */
export function indexPeople(facts: ReportFacts): PeopleIndex {
  const byId = new Map(facts.people.map((person) => [person.candidateId, person]));
  const cells = new Map<string, Cells>();
  return {
    person: (id) => byId.get(id),
    cellsOf: (id) => {
      let found = cells.get(id);
      if (!found) {
        const person = byId.get(id);
        found = person ? personCells(person, facts.to) : {};
        cells.set(id, found);
      }
      return found;
    },
  };
}
