import { fromWindows, toWindows, type WeekGrid } from '../person/availability';
import type { CreateVacancyInput, Vacancy } from './queries';
import { todayInRome } from '../shell/dates';

/** The vacancy as the form holds it (text as typed), and the conversions to and from the API. Pure. */
export type Status = NonNullable<Vacancy['status']>;

export interface VacancyForm {
  companyId: string;
  siteId: string;
  title: string;
  occupationCode: string | null;
  occupationLabel: string;
  occupationText: string;
  description: string;
  contractType: CreateVacancyInput['contractType'];
  positions: string;
  weeklyHours: string;
  minItalianLevel: CreateVacancyInput['minItalianLevel'];
  source: CreateVacancyInput['source'];
  reservedL68: '' | 'DISABILITY' | 'ART18';
  kmZero: boolean;
  flexibleHours: boolean;
  shifts: WeekGrid | null;
  status: Status;
  publishedAt: string;
  expiresAt: string;
  startDate: string;
}

const today = todayInRome;

export function emptyForm(companyId: string): VacancyForm {
  return {
    companyId,
    siteId: '',
    title: '',
    occupationCode: null,
    occupationLabel: '',
    occupationText: '',
    description: '',
    contractType: 'A.02.00',
    positions: '1',
    weeklyHours: '',
    minItalianLevel: 'A2',
    source: 'SCOUTING',
    reservedL68: '',
    kmZero: false,
    flexibleHours: false,
    shifts: null,
    status: 'OPEN',
    publishedAt: today(),
    expiresAt: '',
    startDate: '',
  };
}

export function formOf(v: Vacancy): VacancyForm {
  return {
    companyId: v.companyId,
    siteId: v.siteId,
    title: v.title,
    occupationCode: v.occupationCode,
    occupationLabel: v.occupationLabel ?? v.occupationCode ?? '',
    occupationText: v.occupationText ?? '',
    description: v.description,
    contractType: v.contractType,
    positions: String(v.positions),
    weeklyHours: v.weeklyHours === null ? '' : String(v.weeklyHours),
    minItalianLevel: v.minItalianLevel,
    source: v.source,
    reservedL68: v.reservedL68 ?? '',
    kmZero: v.kmZero,
    flexibleHours: v.flexibleHours,
    shifts: v.shifts.length > 0 ? fromWindows(v.shifts) : null,
    status: v.status,
    publishedAt: v.publishedAt.slice(0, 10),
    expiresAt: v.expiresAt?.slice(0, 10) ?? '',
    startDate: v.startDate ?? '',
  };
}

/** A number as typed, or NaN for the API to name the field; empty is "not given". */
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

export function bodyOf(form: VacancyForm): CreateVacancyInput {
  return {
    companyId: form.companyId,
    siteId: form.siteId,
    title: form.title,
    occupationCode: form.occupationCode,
    occupationText: form.occupationText.trim() || null,
    description: form.description,
    contractType: form.contractType,
    positions: numberOrNull(form.positions) ?? Number.NaN,
    weeklyHours: numberOrNull(form.weeklyHours),
    minItalianLevel: form.minItalianLevel,
    source: form.source,
    reservedL68: form.reservedL68 || null,
    kmZero: form.kmZero,
    flexibleHours: form.flexibleHours,
    shifts: form.shifts ? toWindows(form.shifts) : [],
    status: form.status as CreateVacancyInput['status'],
    publishedAt: form.publishedAt,
    expiresAt: form.expiresAt || null,
    startDate: form.startDate || null,
  };
}
