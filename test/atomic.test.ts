import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeStaleTemps, TEMP_SUFFIX, writeFileAtomic, writeFileAtomicAsync } from '../pipeline/atomic.js';

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

describe('writeFileAtomicAsync', () => {
  test('writes the chunks in order and runs whileFlushing with the new file, before it replaces the old one', async () => {
    const path = join(dir, 'graph.json');
    writeFileSync(path, 'old');
    const chunks = [Buffer.from('{"x":'), Buffer.from('"æøå"'), Buffer.alloc(0), Buffer.from('}\n')];
    let seen: { size: number; target: string; ino: number } | null = null;
    await writeFileAtomicAsync(path, chunks, (written) => {
      seen = { size: written.size, target: readFileSync(path, 'utf8'), ino: written.ino };
    });
    expect(readFileSync(path, 'utf8')).toBe('{"x":"æøå"}\n');
    expect(seen).toEqual({ size: Buffer.byteLength('{"x":"æøå"}\n'), target: 'old', ino: statSync(path).ino });
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  test('a failure while the chunks are made, or in whileFlushing, leaves the old file untouched and no temp file', async () => {
    const path = join(dir, 'graph.json');
    writeFileSync(path, 'old');
    function* failing(): Generator<Buffer> {
      yield Buffer.alloc(1 << 20, 'n');
      throw new Error('disk full');
    }
    await expect(writeFileAtomicAsync(path, failing())).rejects.toThrow('disk full');
    await expect(
      writeFileAtomicAsync(path, [Buffer.from('new')], () => {
        throw new Error('memo failed');
      }),
    ).rejects.toThrow('memo failed');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});
