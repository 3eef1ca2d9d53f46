import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TaxonomyKind, TaxonomySystem } from '../taxonomy-kinds.types.js';

/** One occupation, skill or task with its Italian label: '5.5.2.3.0' Assistente familiare. */
@Entity('taxonomy_concepts')
export class TaxonomyConceptEntity {
  @PrimaryColumn({ type: 'text' })
  kind: TaxonomyKind;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  system: TaxonomySystem;

  @Column({ type: 'text' })
  label: string;

  /** The broader concept ('5.5.2.3' for '5.5.2.3.0'); it need not be loaded. */
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;
}
