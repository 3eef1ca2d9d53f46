import type { OccupationAffinity, Taxonomy } from '#libs/taxonomy';

/** Answers of one taxonomy question by term, or by pair of terms. Never holds `undefined`. */
class Answers<T> {
  private readonly byTerm = new Map<string, T>();
  private readonly byPair = new Map<string, Map<string, T>>();
  size = 0;

  one(term: string, compute: (term: string) => T): T {
    const known = this.byTerm.get(term);
    if (known !== undefined) return known;
    const value = compute(term);
    this.byTerm.set(term, value);
    this.size += 1;
    return value;
  }

  pair(a: string, b: string, compute: (a: string, b: string) => T): T {
    let answers = this.byPair.get(a);
    if (answers === undefined) {
      answers = new Map();
      this.byPair.set(a, answers);
    }
    const known = answers.get(b);
    if (known !== undefined) return known;
    const value = compute(a, b);
    answers.set(b, value);
    this.size += 1;
    return value;
  }

  clear(): void {
    this.byTerm.clear();
    this.byPair.clear();
    this.size = 0;
  }
}

/**
 * A taxonomy that remembers its answers. Ranking the pre-filtered pairs asks the same questions
 * again and again ("is 'pulizie uffici' the same skill as 'SK_CLEANING'?"), and every answer
 * normalises free text; remembering them keeps the cost per pair small. Answers never change for one
 * vocabulary version, so the memory is only bounded, never invalidated. Lookups are plain map reads
 * (no key built per call): the pre-ranking makes a few of them for every pre-filtered pair.
 */
export class MemoTaxonomy implements Taxonomy {
  private readonly occupationCodes = new Answers<string | null>();
  private readonly occupationLabels = new Answers<string>();
  private readonly affinities = new Answers<OccupationAffinity>();
  private readonly skillCodes = new Answers<string | null>();
  private readonly skillLabels = new Answers<string>();
  private readonly sameSkills = new Answers<boolean>();
  private readonly taskCodes = new Answers<string | null>();
  private readonly taskLabels = new Answers<string>();
  private readonly all = [
    this.occupationCodes,
    this.occupationLabels,
    this.affinities,
    this.skillCodes,
    this.skillLabels,
    this.sameSkills,
    this.taskCodes,
    this.taskLabels,
  ];
  private asked = 0;

  constructor(
    private readonly inner: Taxonomy,
    private readonly maxEntries = 200_000,
  ) {}

  get version(): string {
    return this.inner.version;
  }

  /** Every 1,000 questions, forgets everything once the answers exceed the bound. */
  private bounded<A extends Answers<unknown>>(answers: A): A {
    this.asked += 1;
    if (
      this.asked % 1000 === 0 &&
      this.all.reduce((sum, each) => sum + each.size, 0) > this.maxEntries
    ) {
      for (const each of this.all) each.clear();
    }
    return answers;
  }

  occupationCode(term: string): string | null {
    return this.bounded(this.occupationCodes).one(term, (t) => this.inner.occupationCode(t));
  }

  occupationLabel(codeOrTerm: string): string {
    return this.bounded(this.occupationLabels).one(codeOrTerm, (t) =>
      this.inner.occupationLabel(t),
    );
  }

  occupationAffinity(a: string, b: string): OccupationAffinity {
    return this.bounded(this.affinities).pair(a, b, (x, y) => this.inner.occupationAffinity(x, y));
  }

  skillCode(term: string): string | null {
    return this.bounded(this.skillCodes).one(term, (t) => this.inner.skillCode(t));
  }

  skillLabel(codeOrTerm: string): string {
    return this.bounded(this.skillLabels).one(codeOrTerm, (t) => this.inner.skillLabel(t));
  }

  sameSkill(a: string, b: string): boolean {
    return this.bounded(this.sameSkills).pair(a, b, (x, y) => this.inner.sameSkill(x, y));
  }

  taskCode(term: string): string | null {
    return this.bounded(this.taskCodes).one(term, (t) => this.inner.taskCode(t));
  }

  taskLabel(codeOrTerm: string): string {
    return this.bounded(this.taskLabels).one(codeOrTerm, (t) => this.inner.taskLabel(t));
  }
}
