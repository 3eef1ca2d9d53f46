import { readFile } from 'node:fs/promises';
import { isIstatCode } from '#libs/kernel';
import { parse } from 'csv-parse/sync';
import type { ConceptRecord } from './concept.writer.js';
import { TAXONOMY_CODE_PATTERN, type TaxonomySystem } from './taxonomy-kinds.types.js';

const MAX_LABEL = 300;

/** The separator of the header line: official Italian exports often use ';' instead of ','. */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** The level of ISTAT CP2021 that names occupations: the 813 unit groups (unità professionali). */
const CP2021_UNIT_GROUP_LEVEL = '5';

/**
 * Parses an official list converted to CSV with the header `code,label[,parent_code][,synonyms]`,
 * synonyms separated by `|`. ISTAT CP2021 codes are checked for their shape, so that loading the
 * wrong file fails at its first line instead of filling the vocabulary with nonsense. A problem
 * stops the whole import with its line number. A CP2021 file with a `level` column (the whole
 * classification, as in libs/taxonomy/data/cp2021.csv) gives only its unit groups: the groups above
 * them are not occupations a person can hold.
 */
export function parseTaxonomyCsv(text: string, system: TaxonomySystem): ConceptRecord[] {
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw new Error(`File CSV non leggibile: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
  if (rows.length === 0) throw new Error('Il file non contiene voci.');
  const missing = ['code', 'label'].filter((column) => !(column in rows[0]));
  if (missing.length > 0) {
    throw new Error(`Colonne mancanti nel file: ${missing.join(', ')} (servono code,label)`);
  }
  const seen = new Set<string>();
  const unitGroupsOnly = system === 'ISTAT_CP2021' && 'level' in rows[0];
  const records = rows.map((row, index): ConceptRecord | null => {
    if (unitGroupsOnly && row.level !== CP2021_UNIT_GROUP_LEVEL) return null;
    const line = index + 2;
    const code = row.code;
    if (!TAXONOMY_CODE_PATTERN.test(code)) throw new Error(`Riga ${line}: codice non valido`);
    if (system === 'ISTAT_CP2021' && !isIstatCode(code)) {
      throw new Error(`Riga ${line}: "${code}" non è un codice ISTAT CP2021 (es. 5.5.2.3.0)`);
    }
    if (seen.has(code)) throw new Error(`Riga ${line}: codice ${code} ripetuto`);
    seen.add(code);
    if (!row.label || row.label.length > MAX_LABEL) {
      throw new Error(`Riga ${line}: descrizione mancante o troppo lunga`);
    }
    const parentCode = row.parent_code || null;
    if (parentCode !== null && !TAXONOMY_CODE_PATTERN.test(parentCode)) {
      throw new Error(`Riga ${line}: codice padre non valido`);
    }
    const synonyms = (row.synonyms ?? '')
      .split('|')
      .map((synonym) => synonym.trim())
      .filter((synonym) => synonym !== '' && synonym.length <= MAX_LABEL);
    return { code, label: row.label, parentCode, synonyms };
  });
  return records.filter((record): record is ConceptRecord => record !== null);
}

export async function readTaxonomyCsv(
  file: string,
  system: TaxonomySystem,
): Promise<ConceptRecord[]> {
  return parseTaxonomyCsv(await readFile(file, 'utf8'), system);
}
