import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { syntheticArticle, syntheticPath } from '../bench/synthetic.js';
import { type ExtractOutput, extractToJson } from '../pipeline/extract-task.js';
import { TEMP_SUFFIX } from '../pipeline/atomic.js';
import { acquireLock } from '../pipeline/lock.js';
import { runCommand } from '../pipeline/run-command.js';
import { compareStrings } from '../stages/order.js';
import { GRAPH_SCHEMA_ID, type Graph, type Resources } from '../stages/types.js';
import { cacheEntries, graphBytes, ROOT, run, runReport, seedCorpus, tempDir } from './run-helpers.js';


function writeArticle(corpus: string, index: number, text = syntheticArticle(index).text): string {
  const path = syntheticPath(index, syntheticArticle(index).lang);
  mkdirSync(join(corpus, path, '..'), { recursive: true });
  writeFileSync(join(corpus, path), text);
  return path;
}

/** A stand-in for stderr that keeps what is written. */
function captureStream(): { stream: NodeJS.WriteStream; text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return { stream, text: () => written };
}

test('the seeds: a graph, a run report, and a second run that takes everything from the cache with identical bytes', async () => {
  const corpus = seedCorpus();
  const out = tempDir('seeds-out');
  const first = await run(corpus, out);
  expect(first.exitCode).toBe(0);
  expect(first.counts).toMatchObject({ files: 5, articles: 5, extracted: 5, cached: 0, reused: 0, failed: 0, skipped: 0 });
  const graph = JSON.parse(graphBytes(out)) as Graph;
  expect(graph.schema).toBe(GRAPH_SCHEMA_ID);
  expect(graph.nodes.filter((n) => n.type === 'article').map((n) => (n as { source: string }).source)).toEqual(readdirSync(corpus).sort());
  expect(first.counts.nodes.article).toBe(5);
  expect(first.counts.words).toBe(readdirSync(corpus).reduce((sum, name) => sum + readFileSync(join(corpus, name), 'utf8').split(/\s+/).filter(Boolean).length, 0));
  expect(Object.keys(first.timings.stagesMs)).toEqual(expect.arrayContaining(['read', 'clean', 'language', 'tokenize', 'entities', 'normalize', 'statements']));
  expect(Object.keys(first.timings.phasesMs)).toEqual(expect.arrayContaining(['walk', 'extract', 'resolve', 'write', 'prune']));
  expect(runReport(out)).toEqual(first);
  expect(cacheEntries(join(out, 'cache'))).toBe(5);

  const bytes = graphBytes(out);
  // What a run killed while writing leaves in the cache: its spool, under a temp name.
  writeFileSync(join(out, 'cache', `.graph-spool.1.00000000${TEMP_SUFFIX}`), 'torn');
  const second = await run(corpus, out);
  expect(second.counts).toMatchObject({ articles: 5, extracted: 0, cached: 5, reused: 5 });
  expect(graphBytes(out)).toBe(bytes);
  expect(readdirSync(out).sort()).toEqual(['cache', 'graph.json', 'run.json']);
  const cacheFiles = readdirSync(join(out, 'cache')).sort();
  expect(cacheFiles).toEqual([expect.stringMatching(/^[0-9.]+-[0-9a-f]{16}$/), 'file-index.json', 'previous-identities.json', 'render-index.json', expect.stringMatching(/^render-[0-9a-z]+\.bin$/), 'summary-memo.json']);
});

test('incremental runs through additions, edits and deletions give the bytes of a full rebuild at every step', async () => {
  const corpus = tempDir('incr');
  const out = tempDir('incr-out');
  const paths = Array.from({ length: 12 }, (_, i) => writeArticle(corpus, i));
  const steps: (() => void)[] = [
    () => {},
    () => {
      for (let i = 12; i < 16; i++) paths.push(writeArticle(corpus, i));
    },
    () => {
      writeArticle(corpus, 3, syntheticArticle(3).text + '\nEt tillegg til saken.\n');
      unlinkSync(join(corpus, paths[5]));
      unlinkSync(join(corpus, paths[9]));
      // Other bytes of the same size, with the modification time put back: only the change time tells.
      const eleven = join(corpus, paths[11]);
      const { atime, mtime } = statSync(eleven);
      const text = readFileSync(eleven, 'utf8');
      writeFileSync(eleven, text.replace(/[a-zæøå]/, (c) => (c === 'a' ? 'b' : 'a')));
      utimesSync(eleven, atime, mtime);
    },
    () => {
      // Same bytes under a new name, and a deleted article coming back.
      const copy = join(corpus, 'copies', 'seven.txt');
      mkdirSync(join(copy, '..'), { recursive: true });
      copyFileSync(join(corpus, paths[7]), copy);
      writeArticle(corpus, 5);
    },
  ];
  for (const [step, change] of steps.entries()) {
    change();
    const previous = existsSync(join(out, 'graph.json')) ? graphBytes(out) : null;
    // The file index vouches for every file not changed since the last run, however recently.
    const incremental = await run(corpus, out, { racyMs: 0 });
    if (step > 0) expect(incremental.counts.cached).toBeGreaterThan(0);
    // Every article of the last run with the same bytes under the same name takes its part of the graph from the
    // render memo (no entity id changes in these steps): not the new, the edited, the returning one or the copy.
    expect(incremental.counts.reused).toBe([0, 12, 12, 14][step]);
    if (step === 2) expect(incremental.counts).toMatchObject({ articles: 14, extracted: 2, cached: 12 });
    const articleNodes = JSON.parse(graphBytes(out)).nodes.filter((n: { type: string }) => n.type === 'article') as { source: string; sha256: string }[];
    const indexed = (JSON.parse(readFileSync(join(out, 'cache', 'file-index.json'), 'utf8')) as { value: string[][] }).value.map((row) => [row[0], row[6]]);
    expect(indexed).toEqual(articleNodes.map((n) => [n.source, n.sha256]).sort(([p], [q]) => compareStrings(p, q)));
    // The new articles among the cached ones: each extracted once, though most wait until every hit has been read.
    if (step === 1) expect(incremental.counts).toMatchObject({ articles: 16, extracted: 4, cached: 12, failed: 0 });
    expect(cacheEntries(join(out, 'cache'))).toBe(new Set(JSON.parse(graphBytes(out)).nodes.filter((n: { type: string }) => n.type === 'article').map((n: { sha256: string }) => n.sha256)).size);

    // The full rebuild: the same corpus and the same previous graph, with no cache at all.
    const full = tempDir(`incr-full-${step}`);
    if (previous !== null) writeFileSync(join(full, 'graph.json'), previous);
    const rebuilt = await run(corpus, full, { cacheDir: null });
    expect(rebuilt.counts.extracted).toBe(rebuilt.counts.articles);
    expect(graphBytes(out)).toBe(graphBytes(full));
  }
  expect(runReport(out).counts).toMatchObject({ articles: 16, cached: 15, extracted: 1 });
});

test('a damaged cache entry is extracted afresh and the graph does not change', async () => {
  const corpus = tempDir('torn');
  const out = tempDir('torn-out');
  for (let i = 0; i < 4; i++) writeArticle(corpus, i);
  await run(corpus, out);
  const bytes = graphBytes(out);
  const versionDir = join(out, 'cache', readdirSync(join(out, 'cache'))[0]);
  const shard = readdirSync(versionDir)[0];
  const entry = join(versionDir, shard, readdirSync(join(versionDir, shard))[0]);
  writeFileSync(entry, readFileSync(entry, 'utf8').slice(0, 100));
  const report = await run(corpus, out);
  expect(report.counts).toMatchObject({ extracted: 1, cached: 3 });
  expect(graphBytes(out)).toBe(bytes);
});

test('one worker thread or two: the same graph, whatever order the articles finish in', async () => {
  // Workers run the build (a worker thread cannot load TypeScript); both runs use it, so they compare like with like.
  if (!existsSync(join(ROOT, 'dist', 'pipeline', 'worker.js'))) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  const corpus = tempDir('workers');
  for (let i = 0; i < 12; i++) writeArticle(corpus, i);
  const one = tempDir('workers-1');
  const two = tempDir('workers-2');
  await run(corpus, one, { workers: 1 });
  const report = await run(corpus, two, { workers: 2 });
  expect(report.counts).toMatchObject({ articles: 12, extracted: 12, failed: 0 });
  expect(graphBytes(two)).toBe(graphBytes(one));
});

test('runCommand: a run holding the lock makes a second one exit 75 with a clear message, leaving the graph alone', async () => {
  const corpus = seedCorpus();
  const out = tempDir('busy');
  writeFileSync(join(out, 'graph.json'), 'previous');
  const lock = await acquireLock(join(out, '.newsgraph.lock'));
  const stderr = captureStream();
  try {
    expect(await runCommand({ input: corpus, out: join(out, 'graph.json'), workers: 0, logFormat: 'json', stderr: stderr.stream })).toBe(75);
  } finally {
    lock.release();
  }
  const line = JSON.parse(stderr.text().trim()) as { event: string; message: string };
  expect(line.event).toBe('run.busy');
  expect(line.message).toContain(`another newsgraph run holds ${join(out, '.newsgraph.lock')} (pid ${process.pid}`);
  expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('previous');
});

test('runCommand: usage and configuration errors exit 2 with the reason', async () => {
  const corpus = seedCorpus();
  const cases: [Parameters<typeof runCommand>[0], string][] = [
    [{ input: join(corpus, 'nope') }, `--input ${join(corpus, 'nope')}: no such folder`],
    [{ input: join(corpus, readdirSync(corpus)[0]) }, `--input ${join(corpus, readdirSync(corpus)[0])}: not a folder`],
    [{ input: corpus, workers: 'many' }, '--workers must be a whole number of at least 0 (got "many")'],
    [{ input: corpus, maxBytes: '10 parsecs' }, '--max-bytes must be a size in bytes'],
    [{ input: corpus, logFormat: 'xml' }, '--log-format must be json or pretty (got "xml")'],
    [{ input: corpus, lockWait: -1 }, '--lock-wait must be a whole number of at least 0'],
  ];
  for (const [options, message] of cases) {
    const stderr = captureStream();
    expect(await runCommand({ ...options, out: join(tempDir('usage'), 'graph.json'), stderr: stderr.stream })).toBe(2);
    expect(stderr.text()).toContain(`newsgraph run: error: ${message}`);
  }
});

test('runCommand: JSON logs are one object per line, sizes take units, failed articles exit 1', async () => {
  const corpus = seedCorpus();
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'notes.md'), '# notes');
  const out = tempDir('json-out');
  const stderr = captureStream();
  const code = await runCommand({ input: corpus, out: join(out, 'graph.json'), workers: 0, maxBytes: '1M', logFormat: 'json', stderr: stderr.stream });
  expect(code).toBe(1);
  const lines = stderr
    .text()
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; level: string; source?: string; reason?: string; time: string });
  expect(lines.map((l) => l.event)).toEqual(expect.arrayContaining(['run.start', 'file.skipped', 'article.error', 'run.progress', 'run.done']));
  expect(lines.find((l) => l.event === 'article.error')).toMatchObject({ level: 'error', source: 'empty.txt', reason: 'empty' });
  expect(lines.find((l) => l.event === 'file.skipped')).toMatchObject({ source: 'notes.md', reason: 'not-txt' });
  expect(runReport(out)).toMatchObject({ exitCode: 1, maxBytes: 1024 * 1024, counts: { articles: 5, failed: 1, skipped: 1 } });
  expect(existsSync(join(out, 'cache'))).toBe(true);
});

test('a pipeline that fails on every article stops the run and keeps the previous graph; one failing article does not', async () => {
  const corpus = tempDir('broken');
  for (let i = 0; i < 5; i++) writeArticle(corpus, i);
  const out = tempDir('broken-out');
  await run(corpus, out);
  const previous = graphBytes(out);
  const report = readFileSync(join(out, 'run.json'), 'utf8');
  writeArticle(corpus, 5);
  writeArticle(corpus, 6);
  const damaged = (): never => {
    throw new Error('model file damaged');
  };
  await expect(run(corpus, out, { extractInThread: damaged })).rejects.toThrow(/the pipeline failed on every article it tried \(2\), the first being .*: Error: model file damaged/);
  expect(graphBytes(out)).toBe(previous);
  expect(readFileSync(join(out, 'run.json'), 'utf8')).toBe(report);
  expect(existsSync(join(out, '.newsgraph.lock'))).toBe(false);

  const victim = syntheticPath(6, syntheticArticle(6).lang).split('\\').join('/');
  const failsOnOne = (bytes: Buffer, source: string, res: Resources): ExtractOutput => {
    if (source === victim) throw new RangeError('stage bug');
    return extractToJson(bytes, source, res);
  };
  const partial = await run(corpus, out, { extractInThread: failsOnOne });
  expect(partial.exitCode).toBe(1);
  expect(partial.errors).toEqual([{ source: victim, reason: 'extraction-failed', message: 'RangeError: stage bug' }]);
  expect(partial.counts).toMatchObject({ articles: 6, extracted: 1, cached: 5 });
});

test('an article in a language newsgraph does not read stays in the graph as und, with a warning in run.json', async () => {
  const corpus = tempDir('foreign');
  const out = tempDir('foreign-out');
  writeFileSync(join(corpus, 'de.txt'), 'Die Bundesregierung hat am Dienstag in Berlin neue Maßnahmen beschlossen. Der Bundeskanzler sagte, man werde die Wirtschaft stärken und die Steuern senken.\n');
  writeFileSync(join(corpus, 'nb.txt'), 'Statsministeren sier at regjeringen vil øke bevilgningene til forsvaret i Tromsø.\n');
  const report = await run(corpus, out);
  expect(report.exitCode).toBe(0);
  expect(report.warnings).toEqual([{ source: 'de.txt', stage: 'language', message: "not Norwegian Bokmål, Danish or English (looks like 'de'): no entities or statements are extracted" }]);
  const graph = JSON.parse(graphBytes(out)) as Graph;
  expect(graph.nodes.filter((n) => n.type === 'article').map((n) => [n.id, n.type === 'article' ? n.lang : ''])).toEqual([['article:de.txt', 'und'], ['article:nb.txt', 'nb']]);
  expect(runReport(out).warnings).toEqual(report.warnings);
});
