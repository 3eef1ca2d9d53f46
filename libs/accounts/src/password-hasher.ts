import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Argon2id with the library's current recommended parameters. */
@Injectable()
export class PasswordHasher {
  /** A hash of nothing in particular, verified when the account does not exist, so timing does not tell. */
  private readonly decoy = argon2.hash('incrocio-decoy-password', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
