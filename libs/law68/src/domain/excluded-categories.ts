import type { ExcludedCategory } from './workforce.types.js';
import { ARTICLES } from './working.js';

/** Which base a category stays out of: both, the disability base only (B3), or art. 18 only (B18). */
export type ExclusionScope = 'BOTH' | 'ONLY_B3' | 'ONLY_B18';

export interface ExcludedCategoryRule {
  scope: ExclusionScope;
  /** Italian, plural, as the prospetto names them. */
  label: string;
  article: string;
}

/** §1.2 of italian-rules.md; PRODIS ambito 'E' = BOTH, 'D' = ONLY_B3, 'C' = ONLY_B18. */
export const EXCLUDED_CATEGORY_RULES: Record<ExcludedCategory, ExcludedCategoryRule> = {
  EXECUTIVES: { scope: 'BOTH', label: 'dirigenti', article: ARTICLES.baseCommon },
  APPRENTICES: { scope: 'BOTH', label: 'apprendisti', article: ARTICLES.apprentices },
  FIXED_TERM_UP_TO_6_MONTHS: {
    scope: 'BOTH',
    label: 'lavoratori a tempo determinato di durata fino a 6 mesi',
    article: ARTICLES.baseCommon,
  },
  PRODUCTION_COOP_WORKER_MEMBERS: {
    scope: 'BOTH',
    label: 'soci lavoratori di cooperative di produzione e lavoro',
    article: ARTICLES.baseCommon,
  },
  INSERTION_CONTRACT: {
    scope: 'BOTH',
    label: 'lavoratori con contratto di inserimento',
    article: ARTICLES.baseCommon,
  },
  WORK_ABROAD: {
    scope: 'BOTH',
    label: "lavoratori assunti per attività da svolgere all'estero",
    article: ARTICLES.baseCommon,
  },
  SOCIALLY_USEFUL_WORK: {
    scope: 'BOTH',
    label: 'lavoratori socialmente utili (art. 7 D.Lgs. 81/2000)',
    article: ARTICLES.baseCommon,
  },
  EMERSION: {
    scope: 'BOTH',
    label: 'lavoratori emersi ai sensi della L. 383/2001',
    article: ARTICLES.baseCommon,
  },
  HOME_WORKERS: { scope: 'BOTH', label: 'lavoratori a domicilio', article: ARTICLES.baseCommon },
  CONCILIATION_TELEWORKERS: {
    scope: 'BOTH',
    label: 'telelavoratori per conciliazione vita-lavoro',
    article: 'art. 23 D.Lgs. 80/2015',
  },
  SECTOR_ART5_C2: {
    scope: 'ONLY_B3',
    label:
      'personale viaggiante e navigante, di cantiere e addetto al trasporto, degli impianti a fune e dell\u2019autotrasporto',
    article: ARTICLES.sectorExclusions,
  },
  OTHER_BOTH_BASES: {
    scope: 'BOTH',
    label: 'altre categorie escluse da entrambe le basi',
    article: ARTICLES.baseCommon,
  },
  OTHER_ONLY_B3: {
    scope: 'ONLY_B3',
    label: 'altre categorie escluse dalla sola base art. 3',
    article: ARTICLES.sectorExclusions,
  },
  OTHER_ONLY_B18: {
    scope: 'ONLY_B18',
    label: 'altre categorie escluse dalla sola base art. 18',
    article: ARTICLES.quotaArt18,
  },
};
