import { CONTRACT_TYPES } from '#libs/kernel';
import type { RequiredSkill, VacancyEntity } from './entities/vacancy.entity.js';

export interface VacancyPlace {
  municipalityCode: string;
  municipalityName: string | null;
  provinceCode: string | null;
  lat: number;
  lng: number;
}

/** A vacancy as the API returns it: codes with their Italian labels, and where the work is. */
export interface VacancyView extends Omit<
  VacancyEntity,
  'requiredSkills' | 'municipalityCode' | 'siteLat' | 'siteLng'
> {
  companyName: string | null;
  siteName: string | null;
  occupationLabel: string | null;
  contractLabel: string;
  requiredSkills: Array<RequiredSkill & { label: string }>;
  place: VacancyPlace;
}

/** What the view needs besides the row, looked up once for a whole page. */
export interface VacancyLookups {
  companyNames: Map<string, string>;
  siteNames: Map<string, string>;
  municipalities: Map<string, { name: string; provinceCode: string }>;
  occupationLabels: Map<string, string>;
  skillLabels: Map<string, string>;
}

export function toVacancyView(vacancy: VacancyEntity, lookups: VacancyLookups): VacancyView {
  const { requiredSkills, municipalityCode, siteLat, siteLng, ...rest } = vacancy;
  const municipality = lookups.municipalities.get(municipalityCode);
  return {
    ...rest,
    companyName: lookups.companyNames.get(vacancy.companyId) ?? null,
    siteName: lookups.siteNames.get(vacancy.siteId) ?? null,
    occupationLabel: vacancy.occupationCode
      ? (lookups.occupationLabels.get(vacancy.occupationCode) ?? null)
      : null,
    contractLabel: CONTRACT_TYPES[vacancy.contractType] ?? vacancy.contractType,
    requiredSkills: requiredSkills.map((skill) => ({
      ...skill,
      label: (skill.code && lookups.skillLabels.get(skill.code)) || skill.text || skill.code || '',
    })),
    place: {
      municipalityCode,
      municipalityName: municipality?.name ?? null,
      provinceCode: municipality?.provinceCode ?? null,
      lat: siteLat,
      lng: siteLng,
    },
  };
}
