import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { syntheticArticle, syntheticPath } from '../bench/synthetic.js';
import { cacheEntries, ROOT, tempDir } from './run-helpers.js';

/**
 * A real `newsgraph run` process killed with SIGKILL in the middle of its work: the previous graph must survive
 * intact, a second run meanwhile must be refused, and the next run must recognise the stale lock and finish with
 * the graph a clean run gives.
 */

let RUN_COMMAND = '';

/**
 * The processes run a private copy of the build, data and models, so that a rebuild in the working tree while the
 * test runs cannot change the pipeline between the runs it compares.
 */
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'pipeline', 'run-command.js'))) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  const snapshot = tempDir('kill-build');
  for (const part of ['package.json', 'dist', 'data', 'models']) if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(snapshot, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'));
  RUN_COMMAND = join(snapshot, 'dist', 'pipeline', 'run-command.js');
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** Starts `runCommand` of the build in its own process, as the CLI would. */
function startRun(input: string, out: string, extra: Record<string, unknown> = {}): { child: ChildProcess; finished: Promise<Finished> } {
  const options = JSON.stringify({ input, out: join(out, 'graph.json'), workers: 1, logFormat: 'json', ...extra });
  const script = `import { runCommand } from ${JSON.stringify(RUN_COMMAND)}; process.exitCode = await runCommand(${options});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
  const finished = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout })));
  return { child, finished };
}

function addArticles(corpus: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const path = join(corpus, syntheticPath(i, syntheticArticle(i).lang));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, syntheticArticle(i).text);
  }
}

/** Succeeded, or the failure with the end of its log. */
async function expectOk(run: { finished: Promise<Finished> }): Promise<Finished> {
  const result = await run.finished;
  expect(result.code === 0 ? 0 : `exit ${result.code}: ${result.stderr.slice(-3000)}`).toBe(0);
  return result;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > timeoutMs) throw new Error('timed out waiting');
    await sleep(20);
  }
}

test('kill -9 mid-run keeps the previous graph; a run meanwhile is refused; the next run completes correctly', async () => {
  const corpus = tempDir('kill');
  const out = tempDir('kill-out');
  addArticles(corpus, 0, 30);
  const first = await expectOk(startRun(corpus, out, { workers: 2 }));
  expect(first.stdout).toBe('');
  const previous = readFileSync(join(out, 'graph.json'), 'utf8');
  const cache = join(out, 'cache');
  expect(cacheEntries(cache)).toBe(30);

  addArticles(corpus, 30, 300);
  const victim = startRun(corpus, out);
  await until(() => cacheEntries(cache) >= 40, 60_000);

  const refused = await startRun(corpus, out).finished;
  expect(refused.code).toBe(75);
  expect(refused.stderr).toContain('another newsgraph run holds');

  victim.child.kill('SIGKILL');
  const killed = await victim.finished;
  expect(killed.signal).toBe('SIGKILL');
  expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(previous);
  expect(existsSync(join(out, '.newsgraph.lock'))).toBe(true);
  const survived = Object.fromEntries(readdirSync(cache).map((version) => [version, cacheEntries(cache, version)]));
  expect(cacheEntries(cache)).toBeGreaterThanOrEqual(40);
  expect(cacheEntries(cache)).toBeLessThan(300);

  const next = await expectOk(startRun(corpus, out, { workers: 2 }));
  expect(next.stderr).toContain('"event":"lock.stale-removed"');
  const report = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { pipelineVersion: string; counts: { articles: number; cached: number } };
  expect(report.counts.articles).toBe(300);
  // Every extraction finished before the kill is reused (entries of another version appear only when the build
  // changed in between).
  expect(report.counts.cached).toBe(survived[report.pipelineVersion] ?? 0);
  expect(readdirSync(out).sort()).toEqual(['cache', 'graph.json', 'run.json']);

  // The reference: a clean run, without cache, from the same previous graph.
  const reference = tempDir('kill-reference');
  writeFileSync(join(reference, 'graph.json'), previous);
  await expectOk(startRun(corpus, reference, { cache: false, workers: 2 }));
  expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(readFileSync(join(reference, 'graph.json'), 'utf8'));
}, 180_000);

test('kill -9 at any moment leaves either the old graph or the complete new one', async () => {
  const corpus = tempDir('kill-any');
  const out = tempDir('kill-any-out');
  addArticles(corpus, 1000, 1020);
  await expectOk(startRun(corpus, out));
  for (const [round, delayMs] of [300, 1500, 2600].entries()) {
    const old = readFileSync(join(out, 'graph.json'), 'utf8');
    addArticles(corpus, 1030 + round, 1031 + round);
    const { child, finished } = startRun(corpus, out);
    await sleep(delayMs);
    child.kill('SIGKILL');
    await finished;
    const after = readFileSync(join(out, 'graph.json'), 'utf8');
    // Whatever the moment, the next run finishes and the file in between was one of the two complete graphs.
    await expectOk(startRun(corpus, out));
    expect([old, readFileSync(join(out, 'graph.json'), 'utf8')]).toContain(after);
    expect(readdirSync(out).filter((name) => name.endsWith('.newsgraph-tmp'))).toEqual([]);
  }
});

test('a run without a cache killed mid-way leaves a scratch file that the next run removes', async () => {
  const corpus = tempDir('kill-scratch');
  const out = tempDir('kill-scratch-out');
  addArticles(corpus, 2000, 2060);
  const scratch = (): string[] => readdirSync(out).filter((name) => name.startsWith('.extractions.'));
  const victim = startRun(corpus, out, { cache: false });
  await until(() => scratch().length > 0, 60_000);
  victim.child.kill('SIGKILL');
  expect((await victim.finished).signal).toBe('SIGKILL');
  expect(scratch()).toHaveLength(1);
  expect(scratch()[0].endsWith('.newsgraph-tmp')).toBe(true);

  const next = await expectOk(startRun(corpus, out, { cache: false }));
  expect(next.stderr).toContain('"event":"lock.stale-removed"');
  expect(readdirSync(out).sort()).toEqual(['graph.json', 'run.json']);
  const report = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { counts: { articles: number; extracted: number } };
  expect(report.counts).toMatchObject({ articles: 60, extracted: 60 });
}, 120_000);
