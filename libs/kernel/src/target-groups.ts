/**
 * Target groups of the people in charge (domain.md). Several may apply at once. Every group except
 * NEET, parents and young people reveals special-category data (GDPR art. 9/10) and is sensitive.
 */
export const TARGET_GROUPS = {
  DISABILITY_L68: { label: 'Persona con disabilità (L. 68/1999)', sensitive: true },
  DISADVANTAGED_L381: { label: 'Persona svantaggiata (L. 381/1991)', sensitive: true },
  CRIMINAL_JUSTICE: { label: 'Area penale', sensitive: true },
  ASYLUM: { label: 'Richiedente asilo o titolare di protezione', sensitive: true },
  VIOLENCE: { label: 'Donna in uscita da violenza', sensitive: true },
  EXPLOITATION: { label: 'Vittima o a rischio di sfruttamento lavorativo', sensitive: true },
  NEET: { label: 'Giovane NEET', sensitive: false },
  YOUTH: { label: 'Giovane 15-34 anni', sensitive: false },
  PARENT: { label: 'Genitore con figli minori', sensitive: false },
  WORKING_POOR: { label: 'Lavoratore povero', sensitive: false },
  UNEMPLOYED: { label: 'Disoccupato', sensitive: false },
} as const;

export type TargetGroup = keyof typeof TARGET_GROUPS;
export const TARGET_GROUP_CODES = Object.keys(TARGET_GROUPS) as TargetGroup[];

export function isSensitiveTargetGroup(group: TargetGroup): boolean {
  return TARGET_GROUPS[group].sensitive;
}

/** Law 68 categories for reserved positions and registrations. */
export const L68_CATEGORIES = {
  DISABILITY: 'Disabili (art. 1)',
  ART18: 'Categorie protette (art. 18 c.2)',
} as const;
export type L68Category = keyof typeof L68_CATEGORIES;
export const L68_CATEGORY_CODES = Object.keys(L68_CATEGORIES) as L68Category[];
