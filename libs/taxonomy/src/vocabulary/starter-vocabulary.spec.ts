import { isCefrLevel } from '#libs/kernel';
import { STARTER_TASKS, TASK_CODES } from './starter-tasks.js';
import { createStarterTaxonomy, STARTER_VOCABULARY } from './starter-vocabulary.js';

describe('starter vocabulary', () => {
  const { occupations, skills, tasks } = STARTER_VOCABULARY;

  it('builds a taxonomy without terms claimed by two codes', () => {
    expect(() => createStarterTaxonomy()).not.toThrow();
  });

  it('uses unique five-level ISTAT CP2021 codes with Italian labels', () => {
    const codes = occupations.map((occupation) => occupation.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const occupation of occupations) {
      expect(occupation.code).toMatch(/^\d\.\d\.\d\.\d\.\d$/);
      expect(occupation.label.trim()).not.toBe('');
    }
  });

  it('links only to occupations it holds, never to itself', () => {
    const codes = new Set(occupations.map((occupation) => occupation.code));
    for (const occupation of occupations) {
      for (const related of occupation.related ?? []) {
        expect(codes.has(related)).toBe(true);
        expect(related).not.toBe(occupation.code);
      }
    }
  });

  it('gives valid default Italian levels and known task codes', () => {
    for (const occupation of occupations) {
      if (occupation.defaultMinItalianLevel) {
        expect(isCefrLevel(occupation.defaultMinItalianLevel)).toBe(true);
      }
      for (const task of occupation.typicalTasks ?? []) {
        expect(TASK_CODES).toContain(task);
      }
    }
  });

  it('labels every task code once', () => {
    expect(STARTER_TASKS.map((task) => task.code).sort()).toEqual([...TASK_CODES].sort());
    expect(tasks.find((task) => task.code === 'HEAVY_LIFTING')?.label).toBe(
      'Sollevamento di carichi pesanti',
    );
  });

  it('uses stable upper-case skill codes', () => {
    const codes = skills.map((skill) => skill.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it.each([
    ['pulizie', '8.1.4.3.0'],
    ['cameriere', '5.2.2.3.2'],
    ['cameriera', '5.2.2.3.2'],
    ['aiuto cuoco', '5.2.2.2.1'],
    ['lavapiatti', '8.1.4.2.0'],
    ['assistente familiare', '5.5.2.3.0'],
    ['badante', '5.5.2.3.0'],
    ['colf', '8.2.2.1.0'],
    ['baby sitter', '5.5.2.2.0'],
    ['magazziniere', '4.3.1.2.0'],
    ['facchino', '8.1.3.1.0'],
    ['mulettista', '7.4.4.4.0'],
    ['commessa', '5.1.2.2.0'],
    ['cassiere', '5.1.2.4.0'],
    ['scaffalista', '8.1.3.2.0'],
    ['bracciante', '8.3.1.1.0'],
    ['giardiniere', '8.3.1.2.0'],
    ['operaio addetto al montaggio', '7.2.7.9.0'],
    ['confezionamento', '8.1.3.2.0'],
  ])('knows the domain occupation "%s"', (term, code) => {
    expect(createStarterTaxonomy().occupationCode(term)).toBe(code);
  });
});
