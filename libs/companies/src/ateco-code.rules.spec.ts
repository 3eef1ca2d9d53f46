import { isAtecoCode } from './ateco-code.rules.js';

describe('isAtecoCode', () => {
  it('accepts every level from division to sub-category', () => {
    for (const code of [
      '56',
      '56.1',
      '56.10',
      '56.10.1',
      '56.10.11',
      '01.11.00',
      '81.21.00',
      '99',
    ]) {
      expect(isAtecoCode(code)).toBe(true);
    }
  });

  it('rejects malformed codes', () => {
    for (const code of [
      '',
      '5',
      '00',
      '560',
      '56.',
      '56.1.1',
      '56.10.111',
      '56,10',
      'I.56.10',
      ' 56.10',
      '56.10.11.1',
    ]) {
      expect(isAtecoCode(code)).toBe(false);
    }
  });
});
