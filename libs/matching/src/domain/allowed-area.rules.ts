import { distanceKm } from '#libs/kernel';
import type { AllowedArea, VacancyMatchProfile } from './match-profiles.types.js';

export interface AllowedAreaFit {
  /** The site's municipality is one of the area's. */
  inMunicipality: boolean;
  /** The site lies within the area's circle (false when it has none). */
  inCircle: boolean;
}

/** Whether a site lies in an allowed area: in one of its municipalities or within its circle. */
export function allowedAreaFit(
  area: AllowedArea,
  vacancy: Pick<VacancyMatchProfile, 'site' | 'municipality'>,
): AllowedAreaFit {
  const inMunicipality =
    area.municipalities?.some(({ code }) => code === vacancy.municipality.code) ?? false;
  const inCircle =
    area.centre !== undefined && distanceKm(area.centre, vacancy.site) <= area.radiusKm;
  return { inMunicipality, inCircle };
}
