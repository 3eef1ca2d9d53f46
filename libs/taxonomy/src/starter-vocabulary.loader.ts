import { STARTER_VOCABULARY } from './vocabulary/starter-vocabulary.js';
import type { TaxonomyVocabulary } from './vocabulary/taxonomy.js';
import type { DataSource } from 'typeorm';
import { type ConceptRecord, writeConcepts } from './concept.writer.js';

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

/**
 * Loads the starter vocabulary (libs/matching: the occupations the cooperatives place people in,
 * with the Italian names people type, and the skills and tasks vacancies ask for). Idempotent: a
 * second run changes nothing. After the official list is imported its titles are the labels, and the
 * starter names stay as terms that still find the concept ('assistente familiare').
 */
export async function seedStarterVocabulary(
  dataSource: DataSource,
  vocabulary: TaxonomyVocabulary = STARTER_VOCABULARY,
): Promise<{ concepts: number; terms: number }> {
  return dataSource.transaction(async (manager) => {
    const results = [
      await writeConcepts(
        manager,
        'OCCUPATION',
        'ISTAT_CP2021',
        records(vocabulary.occupations, istatParent),
        'keep',
      ),
      await writeConcepts(manager, 'SKILL', 'INCROCIO', records(vocabulary.skills), 'keep'),
      await writeConcepts(manager, 'TASK', 'INCROCIO', records(vocabulary.tasks), 'keep'),
    ];
    return {
      concepts: results.reduce((sum, result) => sum + result.concepts, 0),
      terms: results.reduce((sum, result) => sum + result.terms, 0),
    };
  });
}
