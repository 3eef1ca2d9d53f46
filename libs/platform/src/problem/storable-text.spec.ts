import { isStorableText, unstorableTextFields } from './storable-text.js';

describe('storable text', () => {
  it('accepts ordinary text, accents and characters outside the basic plane', () => {
    for (const text of ['', 'Amina Haddad', 'perché più', 'cuoca 🍝 𝕴𝖓𝖈𝖗𝖔𝖈𝖎𝖔', 'a\tb\nc']) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('refuses NUL characters and lone surrogates', () => {
    for (const text of ['\u0000', 'a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', '🍝'[0]]) {
      expect(isStorableText(text)).toBe(false);
    }
  });

  it('names each offending field by its path, keys included', () => {
    const body = {
      firstName: 'Amina',
      workHistory: [{ title: 'ok' }, { title: 'cuoca\u0000' }],
      nested: { deep: ['\ud800'] },
      ['chiave\u0000']: 'valore',
    };
    expect(
      unstorableTextFields(body)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['(corpo)', 'nested.deep[0]', 'workHistory[1].title']);
    expect(unstorableTextFields('\u0000', 'q').map((p) => p.field)).toEqual(['q']);
  });
});
