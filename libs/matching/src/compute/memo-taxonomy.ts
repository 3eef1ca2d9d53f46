import type { OccupationAffinity, Taxonomy } from '../taxonomy/taxonomy.js';

/**
 * A taxonomy that remembers its answers. Scoring a few hundred pairs asks the same questions again
 * and again ("is 'pulizie uffici' the same skill as 'SK_CLEANING'?"), and every answer normalises
 * free text; remembering them keeps the core's cost per pair small. Answers never change for one
 * vocabulary version, so the memory is only bounded, never invalidated.
 */
export class MemoTaxonomy implements Taxonomy {
  private readonly memo = new Map<string, unknown>();

  constructor(
    private readonly inner: Taxonomy,
    private readonly maxEntries = 200_000,
  ) {}

  get version(): string {
    return this.inner.version;
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    if (this.memo.size >= this.maxEntries) this.memo.clear();
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  occupationCode(term: string): string | null {
    return this.remember(`oc\u0000${term}`, () => this.inner.occupationCode(term));
  }

  occupationLabel(codeOrTerm: string): string {
    return this.remember(`ol\u0000${codeOrTerm}`, () => this.inner.occupationLabel(codeOrTerm));
  }

  occupationAffinity(a: string, b: string): OccupationAffinity {
    return this.remember(`oa\u0000${a}\u0000${b}`, () => this.inner.occupationAffinity(a, b));
  }

  skillCode(term: string): string | null {
    return this.remember(`sc\u0000${term}`, () => this.inner.skillCode(term));
  }

  skillLabel(codeOrTerm: string): string {
    return this.remember(`sl\u0000${codeOrTerm}`, () => this.inner.skillLabel(codeOrTerm));
  }

  sameSkill(a: string, b: string): boolean {
    return this.remember(`ss\u0000${a}\u0000${b}`, () => this.inner.sameSkill(a, b));
  }

  taskCode(term: string): string | null {
    return this.remember(`tc\u0000${term}`, () => this.inner.taskCode(term));
  }

  taskLabel(codeOrTerm: string): string {
    return this.remember(`tl\u0000${codeOrTerm}`, () => this.inner.taskLabel(codeOrTerm));
  }
}
