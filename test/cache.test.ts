import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CacheEntry, ExtractionCache, hashVersion, pipelineVersion } from '../pipeline/cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const VERSION = '0.1.0-0123456789abcdef';
/** An entry whose two parts both carry `key`, so that a test can tell entries apart. */
/** Both parts of an entry as the cache gives them, or null when neither is there. */
function stored(cache: ExtractionCache, key: string): { summary: string | null; detail: string | null } | null {
  const summary = cache.get(key, 'summary'), detail = cache.get(key, 'detail');
  return summary === null && detail === null ? null : { summary, detail };
}
const entry = (key: string): CacheEntry => ({ summary: `{"sha256":"${key}","lang":"nb"}`, detail: `{"entityMentions":[[[0,3,"${key}"]]],"roles":[],"statements":[]}` });

test('an entry stored under its content hash comes back byte for byte; others are misses', () => {
  const cache = new ExtractionCache(dir, VERSION);
  cache.put(sha('a'), entry('Æsop'));
  expect(stored(cache, sha('a'))).toEqual(entry('Æsop'));
  expect(stored(cache, sha('b'))).toBeNull();
  expect(existsSync(join(dir, VERSION, sha('a').slice(0, 2), `${sha('a')}.json`))).toBe(true);
});

test('another pipeline version does not see the entry', () => {
  new ExtractionCache(dir, VERSION).put(sha('a'), entry('a'));
  expect(stored(new ExtractionCache(dir, '0.1.0-fedcba9876543210'), sha('a'))).toBeNull();
});

test('a torn or foreign entry reads as a miss, never as data', () => {
  const cache = new ExtractionCache(dir, VERSION);
  cache.put(sha('a'), entry('a'));
  const path = join(dir, VERSION, sha('a').slice(0, 2), `${sha('a')}.json`);
  const whole = readFileSync(path, 'utf8');
  // Torn anywhere: inside the detail, right after the summary, inside the summary.
  for (const cut of [3, entry('a').detail.length + 1, entry('a').detail.length + 5]) {
    writeFileSync(path, whole.slice(0, whole.length - cut));
    expect(stored(cache, sha('a'))).toBeNull();
  }
  // An entry copied under another hash's name is not trusted either.
  cache.put(sha('b'), entry('b'));
  writeFileSync(path, readFileSync(join(dir, VERSION, sha('b').slice(0, 2), `${sha('b')}.json`)));
  expect(stored(cache, sha('a'))).toBeNull();
});

test('prune drops entries of deleted articles, old versions and temp files, and nothing it did not write', () => {
  const cache = new ExtractionCache(dir, VERSION);
  for (const key of ['a', 'b', 'c']) cache.put(sha(key), entry(key));
  const old = join(dir, '0.0.9-aaaaaaaaaaaaaaaa');
  mkdirSync(join(old, 'ab'), { recursive: true });
  writeFileSync(join(old, 'ab', 'x.json'), '{}');
  mkdirSync(join(dir, 'user-notes'));
  writeFileSync(join(dir, VERSION, sha('a').slice(0, 2), 'readme.txt'), 'not ours');
  writeFileSync(join(dir, VERSION, sha('a').slice(0, 2), `.x.json.1.ab.newsgraph-tmp`), 'partial');

  expect(cache.prune(new Set([sha('a'), sha('c')]))).toBe(1);
  expect(stored(cache, sha('a'))).toEqual(entry('a'));
  expect(stored(cache, sha('b'))).toBeNull();
  expect(stored(cache, sha('c'))).toEqual(entry('c'));
  expect(existsSync(old)).toBe(false);
  expect(existsSync(join(dir, 'user-notes'))).toBe(true);
  expect(readdirSync(join(dir, VERSION, sha('a').slice(0, 2))).sort()).toEqual([`${sha('a')}.json`, 'readme.txt'].sort());
});

test('the version changes with the package version and with any byte or name of the inputs', () => {
  const root = join(dir, 'pkg');
  mkdirSync(join(root, 'data', 'lang', 'nb'), { recursive: true });
  const speech = join(root, 'data', 'lang', 'nb', 'speech.txt');
  const model = join(root, 'data', 'model.bin');
  writeFileSync(speech, 'sier\nsa\n');
  writeFileSync(model, Buffer.from([1, 2, 3]));
  const base = hashVersion('0.1.0', root, [speech, model]);
  expect(base).toMatch(/^0\.1\.0-[0-9a-f]{16}$/);
  expect(hashVersion('0.1.0', root, [speech, model])).toBe(base);
  expect(hashVersion('0.1.1', root, [speech, model])).not.toBe(base);
  writeFileSync(model, Buffer.from([1, 2, 4]));
  expect(hashVersion('0.1.0', root, [speech, model])).not.toBe(base);
  writeFileSync(model, Buffer.from([1, 2, 3]));
  expect(hashVersion('0.1.0', root, [speech, model])).toBe(base);
  expect(hashVersion('0.1.0', root, [speech])).not.toBe(base);
});

test("the pipeline's own version is stable within a checkout and shaped like a cache folder name", () => {
  const version = pipelineVersion();
  expect(version).toMatch(/^[0-9A-Za-z.+-]+-[0-9a-f]{16}$/);
  expect(pipelineVersion()).toBe(version);
});
