import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { DataKeyRing } from './data-keys.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a sealed value belongs to: bound into the tag, so a value cannot move to another row or field. */
export interface SealContext {
  table: string;
  rowId: string;
  field: string;
}

export class DataCipherError extends Error {}

/**
 * AES-256-GCM envelopes for data a database dump must not reveal:
 * version (1 byte) | key id length (1) | key id | IV (12) | ciphertext | tag (16),
 * with `table:rowId:field` as additional authenticated data. Keyed blind indexes (HMAC-SHA256 under
 * a key derived from the data key) let SQL test a fact without reading it.
 */
export class DataCipher {
  private readonly indexKeys = new Map<string, Buffer>();

  constructor(private readonly ring: DataKeyRing) {
    for (const [id, key] of ring.keys) {
      this.indexKeys.set(
        id,
        Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'incrocio:blind-index', 32)),
      );
    }
  }

  get activeKeyId(): string {
    return this.ring.activeId;
  }

  /** Every key id of the ring. */
  get keyIds(): string[] {
    return [...this.ring.keys.keys()];
  }

  seal(plaintext: Buffer, context: SealContext): Buffer {
    const keyId = Buffer.from(this.ring.activeId, 'utf8');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.ring.activeId), iv);
    cipher.setAAD(aad(context));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([
      Buffer.from([VERSION, keyId.length]),
      keyId,
      iv,
      body,
      cipher.getAuthTag(),
    ]);
  }

  open(envelope: Buffer, context: SealContext): Buffer {
    const keyId = this.keyIdOf(envelope);
    const start = 2 + keyId.length;
    const iv = envelope.subarray(start, start + IV_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), iv);
    decipher.setAAD(aad(context));
    decipher.setAuthTag(envelope.subarray(envelope.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(envelope.subarray(start + IV_BYTES, envelope.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new DataCipherError(
        `Dato cifrato non valido per ${context.table}.${context.field} (${context.rowId})`,
      );
    }
  }

  /** The id of the key an envelope was sealed with. */
  keyIdOf(envelope: Buffer): string {
    if (envelope.length < 2 + IV_BYTES + TAG_BYTES || envelope[0] !== VERSION) {
      throw new DataCipherError('Busta cifrata di versione sconosciuta');
    }
    return envelope.subarray(2, 2 + envelope[1]!).toString('utf8');
  }

  /** HMAC-SHA256 of `value` under the index key of `keyId` (the active key by default). */
  blindIndex(value: string, keyId = this.ring.activeId): Buffer {
    return createHmac('sha256', this.indexKey(keyId)).update(value, 'utf8').digest();
  }

  /**
   * PostgreSQL settings that give SQL the index keys (`incrocio.index_key_<id>`, hex), one per key
   * in the ring, so a query can recompute a blind index of any row, also while a rotation runs.
   */
  indexKeySettings(): string {
    return [...this.indexKeys]
      .map(([id, key]) => `-c ${INDEX_KEY_SETTING}${id}=${key.toString('hex')}`)
      .join(' ');
  }

  private indexKey(keyId: string): Buffer {
    const key = this.indexKeys.get(keyId);
    if (!key) throw new DataCipherError(`Chiave "${keyId}" assente da DATA_KEYS`);
    return key;
  }

  private key(keyId: string): Buffer {
    const key = this.ring.keys.get(keyId);
    if (!key) throw new DataCipherError(`Chiave "${keyId}" assente da DATA_KEYS`);
    return key;
  }
}

/** Prefix of the per-connection settings holding the index keys (see DataCipher.indexKeySettings). */
export const INDEX_KEY_SETTING = 'incrocio.index_key_';

function aad({ table, rowId, field }: SealContext): Buffer {
  return Buffer.from(`${table}:${rowId}:${field}`, 'utf8');
}
