import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticArticle } from '../bench/synthetic.js';
import { graphBytes, recordingLogger, run, tempDir } from './run-helpers.js';

/** Bytes from a seeded generator, so that a failure can be reproduced. */
function noise(length: number, seed: number, low = 0, high = 256): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    bytes[i] = low + ((x >>> 24) % (high - low));
  }
  return bytes;
}

function write(root: string, path: string, data: string | Buffer): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), data);
}

const DEEP = Array.from({ length: 300 }, () => 'd').join('/');
const GOOD: Record<string, string> = {
  'good/a.txt': syntheticArticle(0).text,
  'good/b.txt': syntheticArticle(1).text,
  [`deep/${DEEP}/deep.txt`]: syntheticArticle(2).text,
};

let bad: string;
let clean: string;
let out: string;
let cleanOut: string;

test('bad input of every kind: no crash, one clear error per file, every other article exactly as without it', async () => {
  bad = tempDir('fuzz');
  for (const [path, text] of Object.entries(GOOD)) write(bad, path, text);
  write(bad, 'zz/victim.txt', syntheticArticle(3).text);
  write(bad, 'bad/random.txt', noise(4096, 7, 0x80, 0x100)); // high bytes only: never valid UTF-8
  write(bad, 'bad/binary.txt', noise(4096, 11)); // includes NUL bytes
  const norwegian = Buffer.from('Blåbærsyltetøy fra Tromsø', 'utf8');
  write(bad, 'bad/truncated.txt', norwegian.subarray(0, norwegian.indexOf(Buffer.from('ø', 'utf8')) + 1)); // first byte of ø only
  write(bad, 'bad/empty.txt', Buffer.alloc(0));
  write(bad, 'bad/huge.txt', 'ord '.repeat(5 * 1024 * 1024)); // one 20 MB line
  execFileSync('mkfifo', [join(bad, 'bad', 'pipe.txt')]);
  symlinkSync(join(bad, 'bad', 'missing.txt'), join(bad, 'bad', 'dangling.txt'));
  symlinkSync('self.txt', join(bad, 'bad', 'self.txt'));
  symlinkSync('.', join(bad, 'loop'));
  symlinkSync('../..', join(bad, 'deep', 'd', 'd', 'up'));
  write(bad, 'photo.jpg', noise(100, 3));
  write(bad, '.hidden.txt', 'hidden');

  out = tempDir('fuzz-out');
  // The file sorted last is deleted after the first article is done, while the run is under way.
  const log = recordingLogger((done) => {
    if (done === 1) unlinkSync(join(bad, 'zz', 'victim.txt'));
  });
  const report = await run(bad, out, { log });

  expect(report.exitCode).toBe(1);
  expect(report.errors.map((e) => [e.source, e.reason])).toEqual([
    ['bad/binary.txt', 'binary'],
    ['bad/dangling.txt', 'unreadable'],
    ['bad/empty.txt', 'empty'],
    ['bad/huge.txt', 'too-large'],
    ['bad/pipe.txt', 'unreadable'],
    ['bad/random.txt', 'encoding'],
    ['bad/self.txt', 'unreadable'],
    ['bad/truncated.txt', 'encoding'],
    ['zz/victim.txt', 'unreadable'],
  ]);
  const message = (source: string): string => report.errors.find((e) => e.source === source)?.message ?? '';
  expect(message('bad/huge.txt')).toBe('over the limit of 10485760 bytes (--max-bytes): the file has 20971520 bytes');
  expect(message('bad/pipe.txt')).toBe('a FIFO, not a regular file');
  expect(message('bad/dangling.txt')).toBe('dangling symbolic link (its target is missing)');
  expect(message('bad/self.txt')).toBe('symbolic link loop');
  expect(message('zz/victim.txt')).toBe('the file disappeared before it could be read (ENOENT)');
  expect(message('bad/empty.txt')).toMatch(/empty/);
  // One clear line per failed file in the log: file and reason.
  expect(log.events.filter((e) => e.event === 'article.error').map((e) => e.message as string).sort()).toEqual(
    report.errors.map((e) => `${e.source}: ${e.reason}: ${e.message}`).sort(),
  );
  expect(report.skipped.map((s) => [s.source, s.reason])).toEqual([
    ['.hidden.txt', 'hidden'],
    ['deep/d/d/up', 'symlink-loop'],
    ['loop', 'symlink-loop'],
    ['photo.jpg', 'not-txt'],
  ]);
  expect(report.counts).toMatchObject({ articles: 3, failed: 9, skipped: 4, files: 12 });

  // The good articles come through exactly as they do in a corpus without the bad ones.
  clean = tempDir('fuzz-clean');
  for (const [path, text] of Object.entries(GOOD)) write(clean, path, text);
  cleanOut = tempDir('fuzz-clean-out');
  const reference = await run(clean, cleanOut);
  expect(reference.exitCode).toBe(0);
  expect(graphBytes(out)).toBe(graphBytes(cleanOut));
});

test('the size limit is exact: a file of max-bytes is read, one byte more is refused', async () => {
  const dir = tempDir('limit');
  const text = syntheticArticle(4).text;
  const size = Buffer.byteLength(text);
  write(dir, 'fits.txt', text);
  write(dir, 'over.txt', text + 'x');
  const outDir = tempDir('limit-out');
  const report = await run(dir, outDir, { maxBytes: size });
  expect(report.counts.articles).toBe(1);
  expect(report.errors).toEqual([{ source: 'over.txt', reason: 'too-large', message: `over the limit of ${size} bytes (--max-bytes): the file has ${size + 1} bytes` }]);
});

test('random bytes of many shapes never crash a run; each file is either an article or one clear error', async () => {
  const dir = tempDir('noise');
  const outDir = tempDir('noise-out');
  for (let i = 0; i < 40; i++) {
    // Mostly text with sprinkled noise: the kind of damage a broken download or a wrong encoding leaves.
    const text = Buffer.from(syntheticArticle(100 + i).text.slice(0, 200 + i * 37), 'utf8');
    const damaged = Buffer.concat([text.subarray(0, (i * 53) % text.length), noise(1 + (i % 9), i, i % 2 ? 0x80 : 0, 0x100), text.subarray((i * 53) % text.length)]);
    write(dir, `n${String(i).padStart(2, '0')}.txt`, i % 5 === 0 ? noise(i * 100, i) : damaged);
  }
  const report = await run(dir, outDir);
  expect(report.counts.articles + report.counts.failed).toBe(40);
  for (const error of report.errors) expect(['binary', 'encoding', 'empty']).toContain(error.reason);
  expect(report.errors.length).toBeGreaterThan(0);
  expect(report.counts.articles).toBeGreaterThan(0);
});
