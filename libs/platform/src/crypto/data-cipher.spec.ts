import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/app-config.js';
import { DataCipher, DataCipherError } from './data-cipher.js';
import { parseDataKeys } from './data-keys.js';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const cipherOn = (list: string, active?: string) =>
  new DataCipher(parseDataKeys(list, active).ring!);
const context = { table: 'candidate_sensitive', rowId: 'c-1', field: 'sealed' };

describe('DataCipher', () => {
  it('seals with the active key id and opens only in the same row and field', () => {
    const cipher = cipherOn(`a:${keyA}`);
    const envelope = cipher.seal(Buffer.from('SerD, terapia'), context);
    expect(envelope.includes(Buffer.from('SerD'))).toBe(false);
    expect(envelope[0]).toBe(1);
    expect(cipher.keyIdOf(envelope)).toBe('a');
    expect(cipher.open(envelope, context).toString()).toBe('SerD, terapia');
    expect(() => cipher.open(envelope, { ...context, rowId: 'c-2' })).toThrow(DataCipherError);
    expect(() => cipher.open(envelope, { ...context, field: 'other' })).toThrow(DataCipherError);
    const tampered = Buffer.from(envelope);
    tampered[tampered.length - 20]! ^= 1;
    expect(() => cipher.open(tampered, context)).toThrow(DataCipherError);
  });

  it('opens what an older key sealed while the new one seals, and refuses an unknown key', () => {
    const old = cipherOn(`a:${keyA}`).seal(Buffer.from('x'), context);
    const rotated = cipherOn(`a:${keyA},b:${keyB}`, 'b');
    expect(rotated.open(old, context).toString()).toBe('x');
    expect(rotated.keyIdOf(rotated.seal(Buffer.from('x'), context))).toBe('b');
    expect(() => cipherOn(`b:${keyB}`).open(old, context)).toThrow(/"a" assente/);
    expect(rotated.blindIndex('v', 'a')).toEqual(cipherOn(`a:${keyA}`).blindIndex('v'));
    expect(rotated.blindIndex('v')).not.toEqual(rotated.blindIndex('v', 'a'));
  });
});

describe('data keys configuration', () => {
  it('requires DATA_KEYS in production and names the variable, in Italian', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /DATA_KEYS: obbligatoria in produzione/,
    );
    expect(() => loadConfig({ DATA_KEYS: 'a:corta' })).toThrow(
      /DATA_KEYS: la chiave "a" deve essere di 32 byte/,
    );
    expect(() => loadConfig({ DATA_KEYS: `a:${keyA},b:${keyB}` })).toThrow(/DATA_KEY_ID/);
    expect(() => loadConfig({ DATA_KEYS: `a:${keyA}`, DATA_KEY_ID: 'b' })).toThrow(
      /DATA_KEY_ID: "b" non è tra le chiavi/,
    );
    expect(
      loadConfig({ DATA_KEYS: `a:${keyA},b:${keyB}`, DATA_KEY_ID: 'b' }).dataCipher.activeKeyId,
    ).toBe('b');
  });

  it('uses a fixed key in tests', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).dataCipher.activeKeyId).toBe('test');
  });
});
