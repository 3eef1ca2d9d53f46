import { STARTER_VOCABULARY } from './vocabulary/starter-vocabulary.js';
import type { TaxonomyVocabulary } from './vocabulary/taxonomy.js';
import type { DataSource } from 'typeorm';
import { BUNDLED_CP2021 } from './bundled-cp2021.js';
import { type ConceptRecord, writeConcepts } from './concept.writer.js';
import { readTaxonomyCsv } from './taxonomy-csv.loader.js';

/** The ISTAT parent of a unit: '5.5.2.3' for '5.5.2.3.0'. */
function istatParent(code: string): string | null {
  const levels = code.split('.');
  return levels.length > 1 ? levels.slice(0, -1).join('.') : null;
}

function records(
  entries: TaxonomyVocabulary['skills'],
  parent: (code: string) => string | null = () => null,
): ConceptRecord[] {
  return entries.map(({ code, label, synonyms }) => ({
    code,
    label,
    parentCode: parent(code),
    synonyms,
  }));
}

let bundledUnitGroups: Promise<ConceptRecord[]> | undefined;

/** The 813 unit groups of the CP2021 list shipped in libs/taxonomy/data, read once per process. */
function cp2021UnitGroups(): Promise<ConceptRecord[]> {
  if (!bundledUnitGroups) {
    bundledUnitGroups = readTaxonomyCsv(BUNDLED_CP2021, 'ISTAT_CP2021');
    bundledUnitGroups.catch(() => {
      bundledUnitGroups = undefined;
    });
  }
  return bundledUnitGroups;
}

/**
 * Loads the starter vocabulary (libs/matching: the occupations the cooperatives place people in,
 * with the Italian names people type, and the skills and tasks vacancies ask for), then every unit
 * group of the official CP2021 list shipped with the repository, so that the picker finds an
 * occupation the starter list does not name. The starter names stay the labels of their codes, the
 * official titles become terms that find them too. Idempotent: a second run changes nothing. After
 * the official list is imported with `import-taxonomy` its titles are the labels, and the starter
 * names stay as terms that still find the concept ('assistente familiare').
 */
export async function seedStarterVocabulary(
  dataSource: DataSource,
  vocabulary: TaxonomyVocabulary = STARTER_VOCABULARY,
): Promise<{ concepts: number; terms: number }> {
  const official = await cp2021UnitGroups();
  return dataSource.transaction(async (manager) => {
    const results = [
      await writeConcepts(
        manager,
        'OCCUPATION',
        'ISTAT_CP2021',
        records(vocabulary.occupations, istatParent),
        'keep',
      ),
      await writeConcepts(manager, 'OCCUPATION', 'ISTAT_CP2021', official, 'keep'),
      await writeConcepts(manager, 'SKILL', 'INCROCIO', records(vocabulary.skills), 'keep'),
      await writeConcepts(manager, 'TASK', 'INCROCIO', records(vocabulary.tasks), 'keep'),
    ];
    return {
      concepts: results.reduce((sum, result) => sum + result.concepts, 0),
      terms: results.reduce((sum, result) => sum + result.terms, 0),
    };
  });
}
