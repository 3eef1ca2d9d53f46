import type { MigrationInterface } from 'typeorm';
import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { CompaniesVacanciesTaxonomy1764000050000 } from './1764000050000-companies-vacancies-taxonomy.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. A new migration is appended here and never edited once landed. */
export const MIGRATIONS: MigrationClass[] = [
  Foundation1764000000000,
  CompaniesVacanciesTaxonomy1764000050000,
];
