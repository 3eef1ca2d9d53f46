import { BUNDLED_CP2021 } from '../bundled-cp2021.js';
import type { ConceptRecord } from '../concept.writer.js';
import { readTaxonomyCsv } from '../taxonomy-csv.loader.js';
import { STARTER_VOCABULARY } from './starter-vocabulary.js';

describe('starter occupations against the official CP2021 list', () => {
  let official: Map<string, ConceptRecord>;
  beforeAll(async () => {
    const unitGroups = await readTaxonomyCsv(BUNDLED_CP2021, 'ISTAT_CP2021');
    official = new Map(unitGroups.map((record) => [record.code, record]));
  });

  it('ships the 813 unit groups of CP2021', () => {
    expect(official.size).toBe(813);
    expect(official.get('5.5.2.3.0')?.label).toBe("Addetti all'assistenza personale");
  });

  it('uses only codes of CP2021 unit groups, for every starter occupation and its links', () => {
    const unknown = STARTER_VOCABULARY.occupations
      .flatMap((occupation) => [occupation.code, ...(occupation.related ?? [])])
      .filter((code) => !official.has(code));
    expect(unknown).toEqual([]);
  });

  it.each([
    ['Addetto alle pulizie', /pulizia di uffici ed esercizi commerciali/],
    ['Lavapiatti', /servizi di ristorazione/],
    ['Cassiere', /^Cassieri/],
    ['Magazziniere', /magazzini/],
    ['Facchino', /^Facchini/],
  ])('gives "%s" the unit group CP2021 names for that work', (label, officialTitle) => {
    const starter = STARTER_VOCABULARY.occupations.find((occupation) => occupation.label === label);
    expect(official.get(starter?.code ?? '')?.label).toMatch(officialTitle);
  });
});
