import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileIndex } from '../pipeline/file-index.js';
import { tempDir } from './run-helpers.js';

const later = (): number => Date.now() + 60_000;

test('vouches for a file only while its stat is the one it was read with, and only for its own version', () => {
  const dir = tempDir('file-index');
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Kari Berg sier ja.');
  const then = 1_700_000_000; // whole seconds: a time put back exactly
  utimesSync(article, then, then);
  const index = new FileIndex(dir, 'v1');
  expect(index.known('a.txt', statSync(article))).toBeNull();
  index.note('a.txt', statSync(article), later(), { sha256: 'ab'.repeat(32), words: 4 });
  index.save();

  expect(new FileIndex(dir, 'v1').known('a.txt', statSync(article))).toEqual({ sha256: 'ab'.repeat(32), words: 4 });
  expect(new FileIndex(dir, 'v1').known('b.txt', statSync(article))).toBeNull();
  expect([new FileIndex(dir, 'v1').has('a.txt'), new FileIndex(dir, 'v1').has('b.txt')]).toEqual([true, false]);
  expect(new FileIndex(dir, 'v2').known('a.txt', statSync(article))).toBeNull();

  // Other bytes of the same size, with the old modification time put back: the change time still tells.
  writeFileSync(article, 'Kari Berg sier nei');
  utimesSync(article, then, then);
  expect(statSync(article).mtimeMs).toBe(then * 1000);
  expect(new FileIndex(dir, 'v1').known('a.txt', statSync(article))).toBeNull();
});

test('a file changed within two seconds of being read is not vouched for: it may change again unseen', () => {
  const dir = tempDir('file-index-racy');
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Kari Berg sier ja.');
  const index = new FileIndex(dir, 'v1');
  index.note('a.txt', statSync(article), Date.now(), { sha256: 'cd'.repeat(32), words: 4 });
  index.save();
  expect(new FileIndex(dir, 'v1').known('a.txt', statSync(article))).toBeNull();
  // A torn index is no index.
  writeFileSync(join(dir, 'file-index.json'), '{"version":"v1","value":[["a.txt"');
  expect(new FileIndex(dir, 'v1').known('a.txt', statSync(article))).toBeNull();
});
