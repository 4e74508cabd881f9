import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractToJson } from '../pipeline/extract-task.js';
import { WorkerPool } from '../pipeline/pool.js';
import { res } from './helpers.js';
import { ROOT, SEEDS } from './run-helpers.js';

beforeAll(() => {
  // A worker thread cannot load TypeScript: the pool runs the build.
  if (!existsSync(join(ROOT, 'dist', 'pipeline', 'worker.js'))) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
});

test('a pool starts the workers asked for, grows up to its size and no further, and extracts as this thread does', async () => {
  const pool = new WorkerPool(2, 1);
  try {
    expect(pool.started).toBe(1);
    const names = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    const first = await pool.extract(names[0], readFileSync(join(SEEDS, names[0])));
    pool.grow(5);
    expect(pool.started).toBe(2);
    const rest = await Promise.all(names.slice(1).map((name) => pool.extract(name, readFileSync(join(SEEDS, name)))));
    // A worker has extracted its warm-up texts first: what it gives must not depend on that.
    [first, ...rest].forEach((output, i) => {
      const inThread = extractToJson(readFileSync(join(SEEDS, names[i])), names[i], res);
      expect({ summary: output.summary, detail: output.detail }).toEqual({ summary: inThread.summary, detail: inThread.detail });
    });
  } finally {
    await pool.close();
  }
  pool.grow(2);
  expect(pool.started).toBe(2);
  await expect(pool.extract('late.txt', Buffer.from('late'))).rejects.toThrow('the worker pool is closed');
});

test('a worker that dies fails only the article it was on; the articles sent to it behind that one are extracted', async () => {
  const pool = new WorkerPool(1, 1, pathToFileURL(join(ROOT, 'test', 'fixtures', 'echo-worker.mjs')));
  try {
    const sources = ['a.txt', 'b.txt', 'die.txt', 'c.txt', 'd.txt'];
    const outcomes = await Promise.allSettled(sources.map((source) => pool.extract(source, Buffer.from(source))));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.summary : (o.reason as Error).message))).toEqual([
      'a.txt', 'b.txt', 'die.txt: extraction-failed: the worker thread exited (code 1)', 'c.txt', 'd.txt',
    ]);
  } finally {
    await pool.close();
  }
});
