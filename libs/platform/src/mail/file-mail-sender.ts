import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The local default when no SMTP server is configured: each message becomes an .eml file in
 * MAIL_DIR, which any mail client opens. The file appears under its final name only after
 * `beforeCommit`, mirroring the end of SMTP DATA.
 */
export class FileMailSender {
  constructor(private readonly directory: string) {}

  async send(
    messageId: string,
    message: Buffer,
    beforeCommit?: () => Promise<void>,
  ): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeName(messageId)}.eml`;
    const final = join(this.directory, name);
    const partial = `${final}.partial`;
    await writeFile(partial, message);
    await beforeCommit?.();
    await rename(partial, final);
    return `250 scritto in ${name}`;
  }
}

function safeName(messageId: string): string {
  return messageId
    .replace(/[^a-zA-Z0-9._-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120);
}
