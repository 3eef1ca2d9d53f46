/** What a taxonomy concept names; the values of `taxonomy_concepts.kind`. */
export const TAXONOMY_KINDS = ['OCCUPATION', 'SKILL', 'TASK'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/**
 * Where a code comes from. Occupations use ISTAT CP2021 (the Italian classification the job centres
 * and the Comunicazioni Obbligatorie use) or ESCO; skills and tasks without an official list use
 * Incrocio's own stable English codes.
 */
export const TAXONOMY_SYSTEMS = ['ISTAT_CP2021', 'ESCO', 'INCROCIO'] as const;
export type TaxonomySystem = (typeof TAXONOMY_SYSTEMS)[number];

/** Codes are short identifiers or ESCO URIs: letters, digits and . _ : / - only. */
export const TAXONOMY_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/;
