import { editDistance, typoBudget, withinTypoBudget } from './typo-tolerance.js';

describe('typo tolerance', () => {
  it('allows no typo below five letters, one from five, two from nine', () => {
    expect(typoBudget('casa')).toBe(0);
    expect(typoBudget('notte')).toBe(1);
    expect(typoBudget('camerire')).toBe(1);
    expect(typoBudget('magazziniere')).toBe(2);
    expect(typoBudget('123456789')).toBe(0);
  });

  it('counts insertions, deletions, substitutions and swapped letters as one typo each', () => {
    expect(editDistance('camerire', 'cameriere', 2)).toBe(1);
    expect(editDistance('agricloa', 'agricola', 2)).toBe(1);
    expect(editDistance('pulzie', 'pulizie', 2)).toBe(1);
    expect(editDistance('notre', 'notte', 2)).toBe(1);
    expect(editDistance('caffe', 'caffe', 2)).toBe(0);
  });

  it('gives up beyond the limit', () => {
    expect(editDistance('cameriere', 'magazziniere', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('accepts a candidate only within the typed word budget', () => {
    expect(withinTypoBudget('camerire', 'cameriere')).toBe(true);
    expect(withinTypoBudget('camerire', 'camerieri')).toBe(false);
    expect(withinTypoBudget('casa', 'cassa')).toBe(false);
  });
});
