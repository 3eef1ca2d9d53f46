import { Entity, PrimaryColumn } from 'typeorm';
import type { TaxonomyKind } from '../taxonomy-kinds.types.js';

/**
 * A word people type for a concept (its label or a synonym: 'badante'), stored normalised by
 * `normalizeTerm` so that a lookup ignores case, accents and gender endings with a plain equality.
 */
@Entity('taxonomy_terms')
export class TaxonomyTermEntity {
  @PrimaryColumn({ type: 'text' })
  kind: TaxonomyKind;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @PrimaryColumn({ type: 'text' })
  term: string;
}
