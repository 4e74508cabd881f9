import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resources } from './types.js';

/** A memo of loaded resources; one per process or worker thread, passed to every stage. */
export function createResources(): Resources {
  const loaded = new Map<string, unknown>();
  return {
    get<T>(key: string, load: () => T): T {
      // One probe for what is there (stages ask for their resources per sentence); `has` only for a stored undefined.
      const found = loaded.get(key);
      if (found !== undefined || loaded.has(key)) return found as T;
      const value = load();
      loaded.set(key, value);
      return value;
    },
  };
}

/**
 * The package root, found from this module's location: the same code runs from `stages/` under jest and from
 * `dist/stages/` when built, and data files live at the root in both cases.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('newsgraph: cannot find the package root (no package.json above ' + dir + ')');
    dir = parent;
  }
  return dir;
}

/** Absolute path of a file under the package's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** A JSON file under `data/`. */
export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(dataPath(...parts), 'utf8')) as T;
}

/** A word list under `data/`: one entry a line, trimmed; blank lines and `#` comments left out. */
export function readDataLines(...parts: string[]): string[] {
  return readFileSync(dataPath(...parts), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
