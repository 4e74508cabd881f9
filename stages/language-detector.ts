import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './resources.js';

/** What the language stage asks of eld. */
export interface LanguageDetector {
  detect(text: string): { getScores(): Record<string, number> };
}

/** eld's 'medium' n-grams as JSON, written by scripts/build-library-data.ts from the locked eld. */
export const ELD_NGRAMS_FILE = ['lang', 'eld-medium.json.gz'] as const;

/** A file inside the installed eld package, found the way Node finds the package; null if there is none. */
export function eldFile(relative: string): string | null {
  const require = createRequire(import.meta.url);
  for (const folder of require.resolve.paths('eld') ?? []) {
    const path = join(folder, 'eld', relative);
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * eld's 'medium' detector. `eld/medium` is a 2 MB JavaScript module: compiling it takes about a second and leaves some
 * 200 MB of RSS behind in every thread that loads it, each worker included. The same n-grams parsed from JSON take a
 * fraction of both, loaded into a detector of eld's own making. Where eld's files are not laid out as expected, the
 * module itself is loaded: the same detector, only slower to start (a test checks that both give the same scores).
 */
export async function loadLanguageDetector(): Promise<LanguageDetector> {
  const detectorModule = eldFile(join('src', 'languageDetector.js'));
  const ngrams = dataPath(...ELD_NGRAMS_FILE);
  if (detectorModule !== null && existsSync(ngrams)) {
    const { createEld } = (await import(pathToFileURL(detectorModule).href)) as {
      createEld?: () => { instance: LanguageDetector; loadData(data: unknown): string | undefined };
    };
    if (typeof createEld === 'function') {
      const { instance, loadData } = createEld();
      if (loadData(JSON.parse(gunzipSync(readFileSync(ngrams)).toString('utf8')))) return instance;
    }
  }
  return (await import('eld/medium')).eld;
}
