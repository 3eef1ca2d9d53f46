import type { DataCipher } from '#libs/platform';
import type { DemoNetworkOptions } from './demo-network.writer.js';
import type { DemoAccount } from './organisation-factory.js';
import type { Seed } from './prng.js';

/** How much to generate. Companies get 1-3 sites each; users are 7 per organisation. */
export interface DemoDataSize {
  organisations: number;
  candidates: number;
  companies: number;
  vacancies: number;
}

export const DEMO_DATA_SIZES = {
  /** What `npm start` seeds: enough to click through every screen. */
  demo: { organisations: 3, candidates: 400, companies: 80, vacancies: 160 },
  /** The benchmark of the issue: a regional deployment. */
  benchmark: { organisations: 30, candidates: 500_000, companies: 20_000, vacancies: 100_000 },
} as const satisfies Record<string, DemoDataSize>;

export type DemoTable =
  | 'organisations'
  | 'users'
  | 'companies'
  | 'company_sites'
  | 'candidates'
  | 'candidate_sensitive'
  | 'vacancies'
  | 'vacancy_networks';

export interface DemoDataProgress {
  table: DemoTable;
  written: number;
  /** Known in advance except for sites and sensitive rows, whose number comes out of the draws. */
  total: number | null;
}

export interface DemoDataOptions extends DemoDataSize {
  /** Same seed, same `today`: same rows, ids included. */
  seed: Seed;
  /** The one password of every demo account; demo-only, the CLI prints it. */
  password: string;
  /** The day the data describes (YYYY-MM-DD): vacancies published in the 60 days before it. */
  today?: string;
  /**
   * Connections that write candidates and vacancies, each in its own transaction (default 1: the
   * whole run is one transaction). 2 lets PostgreSQL use both cores of a small server.
   */
  connections?: number;
  /** Rows per INSERT (default 1000, fewer for wide tables if PostgreSQL's parameter limit says so). */
  batchRows?: number;
  onProgress?: (progress: DemoDataProgress) => void;
  /**
   * Puts every organisation in one network and publishes this share of their vacancies to it (the
   * benchmark of matching across a network shares them all). None when absent.
   */
  network?: DemoNetworkOptions;
  /** Seals the special-category rows: the AppConfig.dataCipher of the database's readers. */
  dataCipher: DataCipher;
}

export interface DemoDataResult {
  counts: Record<DemoTable, number>;
  elapsedMs: number;
  /** The accounts to print, every one with the password that was passed in. */
  accounts: DemoAccount[];
  seed: Seed;
  today: string;
}
