import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * ISTAT's classification of occupations CP2021, shipped with the repository
 * (libs/taxonomy/data/cp2021.csv, "Fonte: Istat", CC BY, see its README and THIRD-PARTY-NOTICES.md),
 * so that the occupation picker knows every unit group on a clone with nothing beside it. Found from
 * the package root, which is the same for the sources and for the build in dist/ (and in the image).
 */
export const BUNDLED_CP2021 = resolve(packageRoot(), 'libs/taxonomy/data/cp2021.csv');

function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('package.json di Incrocio non trovato');
    directory = parent;
  }
  return directory;
}
