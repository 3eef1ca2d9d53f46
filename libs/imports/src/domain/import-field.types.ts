import type { Parsed } from './cell.parsers.js';
import type { RowValues } from './import.types.js';

/** A field an import fills: its key, its Italian label, and the headers it is recognised by. */
export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Headers (besides the label) that suggest this field, compared without case and accents. */
  aliases: readonly string[];
}

/** A problem of one field of a row (the column is the file's header mapped to the field). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A checked row: the owner's input when it has no problem. */
export type CheckedRow<Input> =
  { input: Input; issues: [] } | { input: null; issues: FieldIssue[] };

/**
 * Collects the issues of a row while its fields are read: `read` returns the parsed value of a
 * field, or undefined when it is empty (and reports it if required) or wrong.
 */
export class RowReader {
  readonly issues: FieldIssue[] = [];

  constructor(
    private readonly values: RowValues,
    private readonly fields: readonly ImportField[],
  ) {}

  text(key: string): string | undefined {
    const value = (this.values[key] ?? '').trim();
    if (value !== '') return value;
    if (this.fields.find((field) => field.key === key)?.required) {
      this.issue(key, 'campo obbligatorio vuoto');
    }
    return undefined;
  }

  read<T>(key: string, parse: (text: string) => Parsed<T>): T | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const parsed = parse(text);
    if ('problem' in parsed) {
      this.issue(key, parsed.problem);
      return undefined;
    }
    return parsed.value;
  }

  issue(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  result<Input>(build: () => Input): CheckedRow<Input> {
    return this.issues.length > 0
      ? { input: null, issues: this.issues }
      : { input: build(), issues: [] };
  }
}
