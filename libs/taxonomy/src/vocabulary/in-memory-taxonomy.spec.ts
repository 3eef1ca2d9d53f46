import { InMemoryTaxonomy } from './in-memory-taxonomy.js';
import { createStarterTaxonomy } from './starter-vocabulary.js';
import { normalizeTerm } from '#libs/kernel';

describe('normalizeTerm', () => {
  it('folds case, accents, gender endings and punctuation', () => {
    expect(normalizeTerm('Addetto/a alle PULIZIE')).toBe('addetto alle pulizie');
    expect(normalizeTerm('addetta (a) pulizie')).toBe('addetta pulizie');
    expect(normalizeTerm("Addetto all'assistenza")).toBe('addetto all assistenza');
    expect(normalizeTerm('  Preparazione caffè ')).toBe('preparazione caffe');
    expect(normalizeTerm('aiuto-cuoco')).toBe('aiuto cuoco');
  });
});

describe('InMemoryTaxonomy', () => {
  const taxonomy = createStarterTaxonomy();

  it('resolves codes, labels and synonyms to the ISTAT code', () => {
    expect(taxonomy.occupationCode('badante')).toBe('5.5.2.3.0');
    expect(taxonomy.occupationCode('Assistente familiare')).toBe('5.5.2.3.0');
    expect(taxonomy.occupationCode('5.5.2.3.0')).toBe('5.5.2.3.0');
    expect(taxonomy.occupationCode('Addetta/o alle pulizie')).toBe('8.1.4.3.0');
    expect(taxonomy.occupationLabel('badante')).toBe('Assistente familiare');
  });

  it('keeps well-formed codes outside the vocabulary and rejects unknown words', () => {
    expect(taxonomy.occupationCode('6.5.1.2.1')).toBe('6.5.1.2.1');
    expect(taxonomy.occupationCode('astronauta')).toBeNull();
    expect(taxonomy.occupationLabel('astronauta')).toBe('astronauta');
  });

  it('treats synonyms as the same occupation', () => {
    expect(taxonomy.occupationAffinity('badante', 'assistente familiare')).toEqual({
      relation: 'SAME',
      closeness: 1,
      sharedGroup: '5.5.2.3.0',
    });
  });

  it('finds occupations closer the longer their shared ISTAT prefix', () => {
    const siblingUnit = taxonomy.occupationAffinity('aiuto cuoco', '5.2.2.2.2');
    const sameCategory = taxonomy.occupationAffinity('aiuto cuoco', 'cuoco');
    const sameSubMajor = taxonomy.occupationAffinity('cameriere', '5.2.1.1.0');
    const sameMajorOnly = taxonomy.occupationAffinity('cameriere', 'commesso');
    expect(siblingUnit).toMatchObject({ relation: 'SAME_GROUP', sharedGroup: '5.2.2.2' });
    expect(sameCategory).toMatchObject({ relation: 'SAME_GROUP', sharedGroup: '5.2.2' });
    expect(sameSubMajor).toMatchObject({ relation: 'SAME_GROUP', sharedGroup: '5.2' });
    expect(sameMajorOnly).toMatchObject({ relation: 'UNRELATED', closeness: 0, sharedGroup: '5' });
    expect(siblingUnit.closeness).toBeGreaterThan(sameCategory.closeness);
    expect(sameCategory.closeness).toBeGreaterThan(sameSubMajor.closeness);
    expect(sameSubMajor.closeness).toBeGreaterThan(0);
  });

  it('follows hand-made links between occupations ISTAT files apart', () => {
    expect(taxonomy.occupationAffinity('lavapiatti', 'aiuto cuoco')).toMatchObject({
      relation: 'RELATED',
      closeness: 0.5,
    });
    expect(taxonomy.occupationAffinity('aiuto cuoco', 'lavapiatti').relation).toBe('RELATED');
    expect(taxonomy.occupationAffinity('bracciante', 'cassiera')).toMatchObject({
      relation: 'UNRELATED',
      closeness: 0,
    });
  });

  it('matches free text outside the vocabulary only with itself', () => {
    expect(taxonomy.occupationAffinity('Pizzaiolo', 'pizzaiolo').relation).toBe('SAME');
    expect(taxonomy.occupationAffinity('pizzaiolo', 'fornaio').relation).toBe('UNRELATED');
    expect(taxonomy.occupationAffinity('pizzaiolo', 'cuoco').relation).toBe('UNRELATED');
  });

  it('recognises equivalent skills written differently', () => {
    expect(taxonomy.sameSkill('attestato HACCP', 'HACCP')).toBe(true);
    expect(taxonomy.sameSkill('libretto sanitario', 'corso haccp')).toBe(true);
    expect(taxonomy.sameSkill('Patentino muletto', 'FORKLIFT_LICENCE')).toBe(true);
    expect(taxonomy.sameSkill('HACCP', 'FIRST_AID')).toBe(false);
    expect(taxonomy.sameSkill('Uso del tornio', 'uso del tornio')).toBe(true);
    expect(taxonomy.sameSkill('uso del tornio', 'HACCP')).toBe(false);
    expect(taxonomy.skillLabel('haccp')).toBe('Attestato HACCP (igiene alimentare)');
  });

  it('resolves task synonyms to task codes with Italian labels', () => {
    expect(taxonomy.taskCode('sollevamento carichi pesanti')).toBe('HEAVY_LIFTING');
    expect(taxonomy.taskCode('turni di notte')).toBe('NIGHT_WORK');
    expect(taxonomy.taskLabel('HEAVY_LIFTING')).toBe('Sollevamento di carichi pesanti');
    expect(taxonomy.taskCode('volantinaggio')).toBeNull();
  });

  it('refuses a vocabulary where one term names two codes', () => {
    const clash = {
      version: 'test',
      occupations: [
        { code: '8.1.3.1.0', label: 'Facchino', synonyms: ['magazzino'] },
        { code: '4.3.1.2.0', label: 'Magazziniere', synonyms: ['Magazzino'] },
      ],
      skills: [],
      tasks: [],
    };
    expect(() => new InMemoryTaxonomy(clash)).toThrow(/magazzino/i);
  });
});
