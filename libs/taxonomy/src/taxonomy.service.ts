import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeTerm } from '#libs/kernel';
import { DataSource, type EntityManager, In } from 'typeorm';
import { TaxonomyConceptEntity } from './entities/taxonomy-concept.entity.js';
import { TaxonomyTermEntity } from './entities/taxonomy-term.entity.js';
import type { TaxonomyKind, TaxonomySystem } from './taxonomy-kinds.types.js';
import { SUGGEST_BY_TERM_SQL } from './taxonomy.sql.js';

export interface ConceptView {
  code: string;
  label: string;
  system: TaxonomySystem;
  parentCode: string | null;
}

/** A concept found by a search, with the term that matched ('badante' for Assistente familiare). */
export interface ConceptMatch extends ConceptView {
  matchedTerm: string;
}

/** A query that looks like a code ('5.5.2', '8.1.4.2.0') searches codes, not words. */
const CODE_QUERY = /^\d+(\.\d*)*$/;

function toView({ code, label, system, parentCode }: TaxonomyConceptEntity): ConceptView {
  return { code, label, system, parentCode };
}

/** Lookups over the occupation, skill and task vocabulary stored in the database. */
@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The concept a code, label or synonym names, ignoring case, accents and gender endings. When a
   * term belongs to several concepts, the one whose label it is wins.
   */
  async resolve(
    kind: TaxonomyKind,
    text: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConceptView | null> {
    const byCode = await manager.findOneBy(TaxonomyConceptEntity, { kind, code: text.trim() });
    if (byCode) return toView(byCode);
    const key = normalizeTerm(text);
    if (key === '') return null;
    const candidates = await manager
      .createQueryBuilder(TaxonomyConceptEntity, 'c')
      .innerJoin(TaxonomyTermEntity, 't', 't.kind = c.kind AND t.code = c.code')
      .where('c.kind = :kind AND t.term = :key', { kind, key })
      .orderBy('c.code')
      .getMany();
    const best =
      candidates.find((concept) => normalizeTerm(concept.label) === key) ?? candidates[0];
    return best ? toView(best) : null;
  }

  /** Labels of the known codes among `codes`. */
  async labels(
    kind: TaxonomyKind,
    codes: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const found = await manager.findBy(TaxonomyConceptEntity, { kind, code: In(unique) });
    return new Map(found.map((concept) => [concept.code, concept.label]));
  }

  /** The codes among `codes` that the vocabulary does not know. */
  async unknownCodes(
    kind: TaxonomyKind,
    codes: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const known = await this.labels(kind, codes, manager);
    return codes.filter((code) => !known.has(code));
  }

  /**
   * Concepts for a picker: a whole term first, then terms starting with the text, then words
   * starting with it, then any term containing it. Without text, the first concepts by label.
   */
  async search(
    kind: TaxonomyKind,
    text: string | undefined,
    limit: number,
  ): Promise<ConceptMatch[]> {
    const q = text?.trim() ?? '';
    if (q === '' || CODE_QUERY.test(q)) {
      const concepts = await this.dataSource
        .getRepository(TaxonomyConceptEntity)
        .createQueryBuilder('c')
        .where('c.kind = :kind', { kind })
        .andWhere(q === '' ? 'true' : 'c.code LIKE :prefix', { prefix: `${q}%` })
        .orderBy(q === '' ? 'c.label' : 'c.code')
        .limit(limit)
        .getMany();
      return concepts.map((concept) => ({ ...toView(concept), matchedTerm: concept.code }));
    }
    const key = normalizeTerm(q);
    if (key === '') return [];
    // Terms are stored normalised, so they hold only letters, digits and spaces: no LIKE wildcards.
    return this.dataSource.query(SUGGEST_BY_TERM_SQL, [
      kind,
      key,
      `${key}%`,
      `% ${key}%`,
      `%${key}%`,
      limit,
    ]);
  }
}
