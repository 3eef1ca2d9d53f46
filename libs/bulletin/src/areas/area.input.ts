import type { GeoPoint } from '#libs/kernel';
import type { SectionCode } from '../domain/edition-sections.js';

/** What staff send to create or change an area; validated at the edge, checked again here. */
export interface AreaInput {
  slug: string;
  name: string;
  /** ISTAT codes of the municipalities the area covers. */
  municipalityCodes?: string[];
  /** A circle, for areas smaller than a municipality (a Milan Municipio). */
  centre?: GeoPoint | null;
  radiusKm?: number | null;
  sections?: SectionCode[];
  autoSend?: boolean;
}

export interface AreaView {
  id: string;
  slug: string;
  name: string;
  municipalityCodes: string[];
  centre: GeoPoint | null;
  radiusKm: number | null;
  sections: SectionCode[];
  autoSend: boolean;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}
