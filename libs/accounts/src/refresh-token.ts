import { createHash, randomBytes } from 'node:crypto';

/** A refresh token: 32 random bytes, base64url (43 characters). Only its SHA-256 is stored. */
export const REFRESH_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A plain hash suffices: the token is random and long, nothing to guess as with a password. */
export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
