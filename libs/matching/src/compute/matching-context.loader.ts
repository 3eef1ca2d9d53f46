import { todayInRome } from '#libs/kernel';
import type { MatchContext } from '../domain/match-result.types.js';
import { createStarterTaxonomy, type Taxonomy } from '#libs/taxonomy';
import { MemoTaxonomy } from './memo-taxonomy.loader.js';

/**
 * The vocabulary the matching jobs and endpoints score with: the starter vocabulary (occupations,
 * skills, tasks with their synonyms and hand-made links). Codes the network imported later (an ISTAT
 * unit outside it) still compare by their ISTAT groups, so they score without being listed here.
 */
export class MatchingTaxonomy {
  readonly taxonomy: Taxonomy = new MemoTaxonomy(createStarterTaxonomy());

  context(today: string = todayInRome()): MatchContext {
    return { today, taxonomy: this.taxonomy };
  }
}
