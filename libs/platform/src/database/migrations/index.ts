import type { MigrationInterface } from 'typeorm';
import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { CompaniesVacanciesTaxonomy1764000050000 } from './1764000050000-companies-vacancies-taxonomy.js';
import { Search1764000100000 } from './1764000100000-search.js';
import { Privacy1764000200000 } from './1764000200000-privacy.js';
import { Bulletin1764000300000 } from './1764000300000-bulletin.js';
import { Matching1764000400000 } from './1764000400000-matching.js';
import { Law68Scouting1764000500000 } from './1764000500000-law68-scouting.js';
import { SearchTypoThreshold1764000610000 } from './1764000610000-search-typo-threshold.js';
import { MatchingCoveringIndex1764000700000 } from './1764000700000-matching-covering-index.js';
import { CandidateMaxWeeklyHours1764000800000 } from './1764000800000-candidate-max-weekly-hours.js';
import { RevocableSessions1765000001000 } from './1765000001000-revocable-sessions.js';
import { CandidateSensitiveSealed1765000005000 } from './1765000005000-candidate-sensitive-sealed.js';
import { OccupationCodesCp20211766000300000 } from './1766000300000-occupation-codes-cp2021.js';
import { SearchExactLexemes1766000310000 } from './1766000310000-search-exact-lexemes.js';
import { Networks1766000500000 } from './1766000500000-networks.js';
import { VacanciesUpdatedIndex1766000600000 } from './1766000600000-vacancies-updated-index.js';
import { Projects1766000700000 } from './1766000700000-projects.js';
import { Imports1766000800000 } from './1766000800000-imports.js';
import { VacancyStatusHistory1766000900000 } from './1766000900000-vacancy-status-history.js';
import { MatchExplanations1766001000000 } from './1766001000000-match-explanations.js';
import { MatchesHotUpdates1766001100000 } from './1766001100000-matches-hot-updates.js';
import { MatchesVacancyCascadeTrigger1766001200000 } from './1766001200000-matches-vacancy-cascade-trigger.js';
import { CandidatesUpdatedIndex1766001300000 } from './1766001300000-candidates-updated-index.js';
import { MatchExplanationsJson1766001400000 } from './1766001400000-match-explanations-json.js';
import { MatchesCascadeTriggers1766001500000 } from './1766001500000-matches-cascade-triggers.js';
import { MatchesVacancyIndex1766001600000 } from './1766001600000-matches-vacancy-index.js';
import { MatchListCuts1766001700000 } from './1766001700000-match-list-cuts.js';
import { MatchTriggersPlannedPerStatement1766001800000 } from './1766001800000-match-triggers-planned-per-statement.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. A new migration is appended here and never edited once landed. */
export const MIGRATIONS: MigrationClass[] = [
  Foundation1764000000000,
  CompaniesVacanciesTaxonomy1764000050000,
  Search1764000100000,
  Privacy1764000200000,
  Bulletin1764000300000,
  Matching1764000400000,
  Law68Scouting1764000500000,
  SearchTypoThreshold1764000610000,
  MatchingCoveringIndex1764000700000,
  CandidateMaxWeeklyHours1764000800000,
  RevocableSessions1765000001000,
  CandidateSensitiveSealed1765000005000,
  OccupationCodesCp20211766000300000,
  SearchExactLexemes1766000310000,
  Networks1766000500000,
  VacanciesUpdatedIndex1766000600000,
  Projects1766000700000,
  Imports1766000800000,
  VacancyStatusHistory1766000900000,
  MatchExplanations1766001000000,
  MatchesHotUpdates1766001100000,
  MatchesVacancyCascadeTrigger1766001200000,
  CandidatesUpdatedIndex1766001300000,
  MatchExplanationsJson1766001400000,
  MatchesCascadeTriggers1766001500000,
  MatchesVacancyIndex1766001600000,
  MatchListCuts1766001700000,
  MatchTriggersPlannedPerStatement1766001800000,
];
