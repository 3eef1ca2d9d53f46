import type { Actor, OrganisationId } from '#libs/platform';
import type { CheckedRow, FieldIssue } from '../domain/import-field.types.js';
import type { ImportKind, RowValues } from '../domain/import.types.js';

/** The rows of one import, checked against what they need (the gazetteer, the companies). */
export interface RowImporter<Input = object> {
  check(values: RowValues): CheckedRow<Input>;
  /**
   * The owner's own rules and what only its records can tell (a partita IVA already registered):
   * a dry run asks them too, so that it reports what the import would refuse.
   */
  ownerProblems(input: Input): Promise<FieldIssue[]>;
  /** Writes the row through the owner's use case; returns the new record's id. */
  write(actor: Actor, input: Input): Promise<string>;
}

/** One kind of import, bound to its owner lib. */
export interface KindImporter {
  readonly kind: ImportKind;
  prepare(organisationId: OrganisationId): Promise<RowImporter>;
}
