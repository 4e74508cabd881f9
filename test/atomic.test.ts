import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, TEMP_SUFFIX, writeFileAtomic } from '../pipeline/atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('writes a new file and replaces an old one, leaving no temp file', () => {
  const path = join(dir, 'graph.json');
  writeFileAtomic(path, '{"a":1}\n');
  expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
  writeFileAtomic(path, Buffer.from('{"a":2}\n'));
  expect(readFileSync(path, 'utf8')).toBe('{"a":2}\n');
  expect(readdirSync(dir)).toEqual(['graph.json']);
});

test('writes a sequence of chunks (strings and bytes) in order, without durability when asked', () => {
  const path = join(dir, 'entry.json');
  writeFileAtomic(path, ['{"x":', Buffer.from('"æøå"'), '}'], { durable: false });
  expect(readFileSync(path, 'utf8')).toBe('{"x":"æøå"}');
});

test('a write that fails midway leaves the old file untouched and no temp file', () => {
  const path = join(dir, 'graph.json');
  writeFileSync(path, 'old');
  function* failing(): Generator<string> {
    yield 'new and half';
    throw new Error('disk full');
  }
  expect(() => writeFileAtomic(path, failing())).toThrow('disk full');
  expect(readFileSync(path, 'utf8')).toBe('old');
  expect(readdirSync(dir)).toEqual(['graph.json']);
});

test('a rename that fails (target is a folder) throws and cleans up its temp file', () => {
  const path = join(dir, 'out');
  mkdirSync(join(path, 'inside'), { recursive: true });
  expect(() => writeFileAtomic(path, 'data')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
  expect(readdirSync(dir)).toEqual(['out']);
});

test('removeStaleTemps removes only the temp files of killed runs', () => {
  writeFileSync(join(dir, `.graph.json.123.abcd1234${TEMP_SUFFIX}`), 'partial');
  writeFileSync(join(dir, 'graph.json'), 'complete');
  writeFileSync(join(dir, 'notes.tmp'), 'someone else');
  expect(removeStaleTemps(dir)).toBe(1);
  expect(readdirSync(dir).sort()).toEqual(['graph.json', 'notes.tmp']);
  expect(removeStaleTemps(join(dir, 'missing'))).toBe(0);
});
