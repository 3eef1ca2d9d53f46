import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The municipalities shipped with the repository (libs/geo/data/comuni.csv, MIT, see
 * THIRD-PARTY-NOTICES.md), so that a clone with nothing beside it starts and tests. Found from the
 * package root, which is the same for the sources and for the build in dist/ (and in the image).
 */
export const BUNDLED_GAZETTEER = resolve(packageRoot(), 'libs/geo/data/comuni.csv');

function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('package.json di Incrocio non trovato');
    directory = parent;
  }
  return directory;
}
