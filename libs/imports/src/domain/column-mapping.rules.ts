import type { ImportField } from './import-field.types.js';
import type { ColumnMapping } from './import.types.js';
import { normaliseName } from './municipality-place.rules.js';

/** A problem of the mapping as a whole, by field key. */
export interface MappingProblem {
  field: string;
  message: string;
}

function headerKey(text: string): string {
  return normaliseName(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The mapping a person starts from: each field with the header that names it, if any. */
export function suggestMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of fields) {
    const names = [field.key, field.label, ...field.aliases].map(headerKey);
    const header = headers.find(
      (candidate) => !taken.has(candidate) && names.includes(headerKey(candidate)),
    );
    if (header !== undefined) {
      mapping[field.key] = header;
      taken.add(header);
    }
  }
  return mapping;
}

/** Every problem of a confirmed mapping: unknown fields or headers, required fields left out, a header used twice. */
export function checkMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  fields: readonly ImportField[],
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const keys = new Set(fields.map((field) => field.key));
  const used = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (!keys.has(field)) {
      problems.push({ field, message: 'campo sconosciuto per questo tipo di importazione' });
      continue;
    }
    if (!headers.includes(header)) {
      problems.push({ field, message: `la colonna "${header}" non è nel file` });
    }
    const other = used.get(header);
    if (other) problems.push({ field, message: `la colonna "${header}" è già usata per ${other}` });
    used.set(header, field);
  }
  for (const field of fields) {
    if (field.required && !mapping[field.key]) {
      problems.push({
        field: field.key,
        message: `indica la colonna di "${field.label}" (obbligatorio)`,
      });
    }
  }
  return problems;
}
