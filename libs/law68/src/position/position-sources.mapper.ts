import type { Law68Input, ProvinceWorkforce } from '../domain/workforce.types.js';
import { formatDate, formatNumber, type WorkingStep } from '../domain/working.js';
import type {
  CountedPlacement,
  DeclaredWorkforce,
  RegisteredConvention,
} from './position.types.js';

const HIRES_ARTICLE = 'art. 7 e art. 9 L. 68/1999';
const PROGRAMME_ARTICLE = 'art. 11 L. 68/1999';

/** The calculator's input at a date, and what the declared workforce was completed with. */
export interface AssembledInput {
  input: Law68Input;
  /** Italian steps saying where each addition came from; they precede the calculator's working. */
  working: WorkingStep[];
  /** Placements added to the declared workforce. */
  placementsCounted: number;
  /** Hires still to be made under an art. 11 programme in force: they defer the sanction. */
  programmedHires: number;
}

function isActiveOn(period: { startDate: string; endDate: string | null }, date: string): boolean {
  return period.startDate <= date && (period.endDate === null || period.endDate >= date);
}

/**
 * The workforce to compute at `asOf`: the declared one, completed with the registered conventions
 * and with the hires recorded as placements.
 *
 * No double counting: the declaration is the company's photograph at its reference date and already
 * holds everyone in service then, people placed by us included. A placement is added only when it
 * starts after that date and is in course on `asOf`; one that started earlier is taken as declared.
 */
export function assembleInput(
  declared: DeclaredWorkforce,
  conventions: readonly RegisteredConvention[],
  placements: readonly CountedPlacement[],
  asOf: string,
): AssembledInput {
  const seat = declared.input.registeredOfficeProvince;
  const provinces: ProvinceWorkforce[] = declared.input.provinces.map((p) => ({
    ...p,
    disabledEmployees: [...(p.disabledEmployees ?? [])],
    conventions: [],
  }));
  const sectionOf = (province: string) =>
    provinces.find((p) => p.province === province) ?? provinces.find((p) => p.province === seat)!;
  const working: WorkingStep[] = [
    {
      step: 'sources.declaration',
      article: 'art. 9 c.6 L. 68/1999',
      description: `Organico dichiarato alla data di riferimento ${formatDate(declared.referenceDate)} (versione ${declared.version}), posizione calcolata al ${formatDate(asOf)}`,
      value: formatDate(declared.referenceDate),
    },
  ];

  let placementsCounted = 0;
  let alreadyDeclared = 0;
  let notInCourse = 0;
  for (const placement of placements) {
    if (placement.startDate <= declared.referenceDate) {
      alreadyDeclared += 1;
      continue;
    }
    if (!isActiveOn(placement, asOf) || placement.l68Category === null) {
      notInCourse += 1;
      continue;
    }
    const section = sectionOf(seat);
    section.totalEmployees += 1;
    placementsCounted += 1;
    const hours = partTimeHours(placement);
    if (placement.l68Category === 'ART18') {
      section.art18Employees = (section.art18Employees ?? 0) + 1;
    } else {
      section.disabledEmployees!.push({ count: 1, title: 'L68_HIRE', ...hours });
    }
    working.push({
      step: 'sources.placement',
      article: HIRES_ARTICLE,
      description: `Assunzione registrata dal ${formatDate(placement.startDate)}${placement.endDate ? ` al ${formatDate(placement.endDate)}` : ''}, ${placement.l68Category === 'ART18' ? 'categoria protetta art. 18' : 'persona con disabilità'}, ${hours.weeklyHours === undefined ? 'a tempo pieno' : `part-time ${formatNumber(hours.weeklyHours)}/${formatNumber(hours.fullTimeHours!)} ore`}: aggiunta ai dipendenti in forza della provincia ${section.province}`,
      value: '1',
    });
  }
  if (alreadyDeclared > 0) {
    working.push({
      step: 'sources.placement.declared',
      article: HIRES_ARTICLE,
      description: `${alreadyDeclared} assunzioni iniziate entro il ${formatDate(declared.referenceDate)}: già comprese nell'organico dichiarato, non aggiunte di nuovo`,
      value: '0',
    });
  }
  if (notInCourse > 0) {
    working.push({
      step: 'sources.placement.inactive',
      article: HIRES_ARTICLE,
      description: `${notInCourse} assunzioni non in corso al ${formatDate(asOf)} (non ancora iniziate, concluse o senza categoria L. 68): non computate`,
      value: '0',
    });
  }

  let programmedHires = 0;
  for (const convention of conventions) {
    if (convention.type === 'ART11') {
      if (!isActiveOn(convention, asOf)) continue;
      programmedHires += convention.positions;
      working.push({
        step: 'sources.convention.art11',
        article: PROGRAMME_ARTICLE,
        description: `Convenzione di programma art. 11 in corso dal ${formatDate(convention.startDate)}: ${convention.positions} assunzioni programmate, che non coprono la quota finché non avvengono ma sospendono la sanzione per le posizioni programmate`,
        value: `${convention.positions}`,
      });
      continue;
    }
    const section = provinces.find((p) => p.province === convention.provinceCode);
    const target = section ?? sectionOf(seat);
    target.conventions!.push({
      type: convention.type === 'ART12BIS' ? 'ART_12_BIS' : 'ART_14',
      count: convention.positions,
      from: convention.startDate,
      ...(convention.endDate ? { to: convention.endDate } : {}),
      ...(convention.frameworkMaxPositions !== null
        ? { frameworkMaxPositions: convention.frameworkMaxPositions }
        : {}),
      reference: convention.cooperativeName ?? undefined,
    });
    if (!section) {
      working.push({
        step: 'sources.convention.province',
        article: PROGRAMME_ARTICLE,
        description: `Convenzione con ${convention.cooperativeName} per la provincia ${convention.provinceCode}, assente dall'organico dichiarato: attribuita alla sede legale (${seat})`,
        value: target.province,
      });
    }
  }

  return {
    input: { ...declared.input, referenceDate: asOf, provinces },
    working,
    placementsCounted,
    programmedHires,
  };
}

/** Part-time only with both hours and fewer than full time; anything else counts as full time. */
function partTimeHours(placement: CountedPlacement): {
  weeklyHours?: number;
  fullTimeHours?: number;
} {
  const { weeklyHours, fullTimeHours } = placement;
  if (weeklyHours === null || fullTimeHours === null) return {};
  if (weeklyHours <= 0 || fullTimeHours <= 0 || weeklyHours >= fullTimeHours) return {};
  return { weeklyHours, fullTimeHours };
}
