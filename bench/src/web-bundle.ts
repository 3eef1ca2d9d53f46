import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of issue 14: JavaScript of the console's first load, gzipped. */
export const FIRST_LOAD_JS_BUDGET_KB = 300;

export interface WebBundleReport {
  firstLoadJsGzipKb: number;
  targetKb: number;
  withinBudget: boolean;
  firstLoadCssGzipKb: number;
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * What a browser downloads to show the first page of the built console (dist/web): the scripts and
 * module preloads of index.html, and its style sheets, each gzipped as a server would send them.
 */
export async function measureWebBundle(
  root = resolve(process.cwd(), 'dist/web'),
): Promise<WebBundleReport> {
  const html = await readFile(resolve(root, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g),
  ].map((m) => m[1]!);
  const files = await Promise.all(
    [...new Set(refs)].map(async (file) => {
      const content = await readFile(resolve(root, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  const sum = (ext: string) =>
    files.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f.gzipBytes, 0);
  const js = kb(sum('.js'));
  return {
    firstLoadJsGzipKb: js,
    targetKb: FIRST_LOAD_JS_BUDGET_KB,
    withinBudget: js <= FIRST_LOAD_JS_BUDGET_KB,
    firstLoadCssGzipKb: kb(sum('.css')),
    files,
  };
}
