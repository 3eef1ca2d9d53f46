export const COMPANY_SORT_FIELDS = ['name', 'createdAt', 'updatedAt', 'headcount'] as const;

export interface CompanyFilter {
  /** Part of the name (accents and case ignored) or the start of the partita IVA. */
  q?: string;
  kmZero?: boolean;
  /** Companies with at least one site in this municipality (ISTAT code) ... */
  municipalityCode?: string;
  /** ... or in this province ('MI'). */
  provinceCode?: string;
  /** false (the default): active companies only; true: archived ones only. */
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}
