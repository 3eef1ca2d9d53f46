import type { CompanyContact } from './entities/company.entity.js';

/**
 * A site as a consultant enters it. Coordinates are optional: without them the site sits at the
 * centroid of its municipality, which is enough for km-zero and distance checks within a town.
 */
export interface SiteInput {
  /** Given when editing an existing site; absent for a new one. */
  id?: string;
  name?: string;
  address: string;
  municipalityCode: string;
  lat?: number;
  lng?: number;
  legalSeat?: boolean;
}

export interface CompanyInput {
  name: string;
  vatNumber: string;
  atecoCode?: string | null;
  headcount?: number | null;
  contacts?: CompanyContact[];
  kmZero?: boolean;
  sites: SiteInput[];
}

/**
 * PATCH: fields left out stay as they are. `sites`, when given, is the whole new list: sites sent
 * with their id are edited, sites without id are added, the others are removed. `version`, when
 * given, must be the one the client read.
 */
export type CompanyPatch = Partial<CompanyInput> & { version?: number };
