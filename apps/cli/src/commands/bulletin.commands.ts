import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderSampleEdition } from '#libs/bulletin';

/**
 * Writes one sample edition to disk, as the demo shows it: the e-mail (HTML, text, and the .eml a
 * mail client opens) and the printable public page. Touches no database and sends nothing.
 */
export async function writeSampleBulletin(outDir: string): Promise<string[]> {
  const sample = await renderSampleEdition();
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const headers = Object.entries(sample.email.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  const files: Array<[string, string]> = [
    ['bollettino-email.html', sample.email.html],
    ['bollettino-email.txt', sample.email.text],
    ['bollettino-pagina.html', sample.pageHtml],
    ['bollettino-intestazioni.txt', `Subject: ${sample.email.subject}\r\n${headers}\r\n`],
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content, 'utf8');
  return files.map(([name]) => join(dir, name));
}
