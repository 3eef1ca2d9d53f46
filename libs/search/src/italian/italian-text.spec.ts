import {
  contentWords,
  isStopWord,
  stripElisions,
  tokenize,
  unaccent,
  withoutStopWords,
} from './italian-text.js';

describe('Italian text normalisation', () => {
  it('drops elided articles and prepositions, with straight or typographic apostrophes', () => {
    expect(stripElisions("Pulizie dell'azienda, l'ufficio e un’impresa")).toBe(
      'Pulizie azienda, ufficio e impresa',
    );
    expect(stripElisions("D'Angelo, all'aperto, nell'hotel, sull'autobus")).toBe(
      'Angelo, aperto, hotel, autobus',
    );
  });

  it('keeps apostrophes that are not elisions', () => {
    expect(stripElisions("po' di tempo")).toBe("po' di tempo");
  });

  it('folds accents and case into plain words', () => {
    expect(unaccent('caffè più città')).toBe('caffe piu citta');
    expect(tokenize("Caffè, Cologno-Monzese e l'OSS")).toEqual([
      'caffe',
      'cologno',
      'monzese',
      'e',
      'oss',
    ]);
  });

  it('keeps letters of other alphabets, so names in them are still words', () => {
    expect(tokenize('Мария Иванова')).toEqual(['мария', 'иванова']);
  });

  it('removes stop words, accented or not', () => {
    expect(contentWords('cameriere di sala per il fine settimana')).toEqual([
      'cameriere',
      'sala',
      'fine',
      'settimana',
    ]);
    expect(isStopWord('perche')).toBe(true);
    expect(isStopWord('badante')).toBe(false);
  });

  it('removes stop words from a text, unless nothing else is left', () => {
    expect(withoutStopWords("cameriere di sala per l'estate ")).toBe('cameriere sala estate ');
    expect(withoutStopWords('Perché')).toBe('Perché');
    expect(withoutStopWords('di per ')).toBe('di per ');
  });
});
