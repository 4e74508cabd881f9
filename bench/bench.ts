import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import type { RunReport } from '../pipeline/report.js';
import type { RunOptions } from '../pipeline/run.js';
import { benchNer } from './ner-bench.js';
import { benchResolve } from './resolve-bench.js';
import { syntheticArticle, type SyntheticStats, writeSyntheticCorpus } from './synthetic.js';
import { benchView } from './view-bench.js';

/** `npm run bench`: the pipeline end to end on synthetic corpora (see synthetic.ts). */
const USAGE = `usage: npm run bench -- [options]
Prints a readable summary on stderr and the figures as JSON on stdout.

  --sizes 1000,10000          corpus sizes for wall time and peak RSS, all cores (100000 takes long: add it explicitly)
  --throughput-size N         corpus for words/s on one core vs all cores (default: the smallest size)
  --incremental-size N        corpus for the 1%-new incremental runs, three full + incremental pairs (default: the largest
                              size up to 10000)
  --english N                 English articles for the side-by-side with compromise (default 300)
  --workers N                 "all cores" (default: the number of cores)
  --dir DIR                   where corpora are generated and kept between runs (default: $TMPDIR/newsgraph-bench)
  --skip-stages               skip the stage benchmarks (NER, resolve, view)
`;

const HERE = dirname(fileURLToPath(import.meta.url));
const RUN_CHILD = join(HERE, 'bench-run.js');
/** Full and incremental runs measured in pairs, of which the median ratio is reported. */
const INCREMENTAL_PAIRS = 3;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const { values: args } = parseArgs({
  options: {
    help: { type: 'boolean', short: 'h', default: false },
    sizes: { type: 'string', default: '1000,10000' },
    'throughput-size': { type: 'string' },
    'incremental-size': { type: 'string' },
    english: { type: 'string', default: '300' },
    workers: { type: 'string', default: String(availableParallelism()) },
    dir: { type: 'string', default: join(tmpdir(), 'newsgraph-bench') },
    'skip-stages': { type: 'boolean', default: false },
  },
});

if (args.help) {
  process.stderr.write(USAGE);
  process.exit(0);
}

const sizes = args.sizes.split(',').map(Number).sort((a, b) => a - b);
const workers = Number(args.workers);
const throughputSize = Number(args['throughput-size'] ?? sizes[0]);
const incrementalSize = Number(args['incremental-size'] ?? Math.max(...sizes.filter((n) => n <= 10_000), sizes[0]));
const englishCount = Number(args.english);
const root = args.dir;

function say(line: string): void {
  process.stderr.write(line + '\n');
}

/** A synthetic corpus of articles [0, size), generated once and kept under --dir. */
function corpus(name: string, write: (dir: string) => SyntheticStats): { dir: string; stats: SyntheticStats } {
  const dir = join(root, name);
  const marker = `${dir}.json`;
  if (existsSync(marker)) return { dir, stats: JSON.parse(readFileSync(marker, 'utf8')) as SyntheticStats };
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const stats = write(dir);
  writeFileSync(marker, JSON.stringify(stats));
  say(`generated ${name}: ${stats.files} articles, ${stats.words} words, ${(stats.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, stats };
}

interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  report: RunReport;
}

/**
 * How to confine a process to one CPU: V8 compiles and collects garbage on threads of its own, so a run that extracts
 * in its main thread alone still keeps a second core half busy (CPU time 1.1-1.6 times its wall time here), and "one
 * core" would be more than one. Linux's taskset where there is one, on the first CPU this process may run on (a
 * container or a shell may have confined it already); elsewhere the run is not confined (reported).
 */
const PIN_ONE_CPU: string[] | null = (() => {
  if (process.platform !== 'linux') return null;
  try {
    const own = execFileSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
    const cpu = /list:\s*(\d+)/.exec(own)?.[1];
    return cpu === undefined ? null : ['taskset', '-c', cpu];
  } catch {
    return null;
  }
})();

/** One run in a fresh process (its own peak RSS); `oneCpu` confines it to one CPU where it can be (see PIN_ONE_CPU). */
function measure(input: string, out: string, options: { workers: number; cache: boolean; oneCpu?: boolean }): Measured {
  const runOptions: Omit<RunOptions, 'log'> = {
    input,
    out: join(out, 'graph.json'),
    workers: options.workers,
    maxBytes: 10 * 1024 * 1024,
    cacheDir: options.cache ? join(out, 'cache') : null,
    lockWaitMs: 0,
  };
  const command = [...(options.oneCpu && PIN_ONE_CPU ? PIN_ONE_CPU : []), process.execPath, RUN_CHILD, JSON.stringify(runOptions)];
  const stdout = execFileSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(stdout) as Measured;
}

function freshOut(name: string): string {
  const out = join(root, 'out', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  return out;
}

const wordsPerSecond = (m: Measured): number => m.report.counts.words / (m.report.timings.totalMs / 1000);
/** Words per second of CPU time (all threads): what one idle core would do, whatever else runs on the machine. */
const wordsPerCpuSecond = (m: Measured): number => m.report.counts.words / (m.cpuMs / 1000);
const load = (): string => loadavg().map((n) => n.toFixed(1)).join(' ');
const round = (n: number, digits = 0): number => Number(n.toFixed(digits));

const results: Record<string, unknown> = { workers, loadAverageAtStart: loadavg(), sizes: {} as Record<string, unknown> };
say(`load average at start: ${load()} (on ${availableParallelism()} cores; figures are only meaningful on an otherwise idle machine)`);
mkdirSync(root, { recursive: true });

// Words per second, end to end, one core (extraction in the main thread) and all cores (worker threads).
{
  const { dir, stats } = corpus(`corpus-${throughputSize}`, (d) => writeSyntheticCorpus(d, 0, throughputSize));
  const single = measure(dir, freshOut('single'), { workers: 0, cache: false, oneCpu: true });
  const all = measure(dir, freshOut('all'), { workers, cache: false });
  const stages = single.report.timings.stagesMs;
  const stageTotal = Object.values(stages).reduce((a, b) => a + b, 0);
  results.throughput = {
    articles: stats.files,
    words: single.report.counts.words,
    oneCorePinned: PIN_ONE_CPU !== null,
    oneCoreWordsPerSecond: round(wordsPerSecond(single)),
    allCoresWordsPerSecond: round(wordsPerSecond(all)),
    speedup: round(wordsPerSecond(all) / wordsPerSecond(single), 2),
    oneCoreWordsPerCpuSecond: round(wordsPerCpuSecond(single)),
    allCoresWordsPerCpuSecond: round(wordsPerCpuSecond(all)),
    loadAverage: loadavg(),
    stagesMs: stages,
    phasesMs: single.report.timings.phasesMs,
    statementsShareOfEndToEnd: round((stages.statements ?? 0) / single.report.timings.totalMs, 3),
    statementsShareOfStages: round((stages.statements ?? 0) / stageTotal, 3),
  };
  say(`throughput on ${stats.files} articles (${single.report.counts.words} words): one core${PIN_ONE_CPU ? ` (${PIN_ONE_CPU.join(' ')})` : ' (not confined: no taskset)'} ${round(wordsPerSecond(single))} words/s, ${workers} workers ${round(wordsPerSecond(all))} words/s (×${round(wordsPerSecond(all) / wordsPerSecond(single), 2)})`);
  say(`  per CPU-second: one core ${round(wordsPerCpuSecond(single))}, ${workers} workers ${round(wordsPerCpuSecond(all))} words (load average now ${load()})`);
  say(`  stage times (ms, one core): ${JSON.stringify(single.report.timings.stagesMs)}`);
  say(`  statements stage: ${(100 * (stages.statements ?? 0) / single.report.timings.totalMs).toFixed(1)}% of end-to-end time`);
}

// Wall time and peak RSS per corpus size, all cores, no cache.
for (const size of sizes) {
  const { dir } = corpus(`corpus-${size}`, (d) => writeSyntheticCorpus(d, 0, size));
  const m = measure(dir, freshOut(`size-${size}`), { workers, cache: false });
  (results.sizes as Record<string, unknown>)[size] = { wallMs: round(m.wallMs), cpuMs: round(m.cpuMs), loadAverage: loadavg(), maxRssMb: round(m.maxRssMb), wordsPerSecond: round(wordsPerSecond(m)), phasesMs: m.report.timings.phasesMs, failed: m.report.counts.failed };
  say(`${size} articles: ${(m.wallMs / 1000).toFixed(1)} s (CPU ${(m.cpuMs / 1000).toFixed(1)} s, load ${load()}), peak RSS ${round(m.maxRssMb)} MB, ${round(wordsPerSecond(m))} words/s, phases ${JSON.stringify(m.report.timings.phasesMs)}`);
}
{
  const bySize = results.sizes as Record<string, { wallMs: number; cpuMs: number }>;
  if (bySize[10000] && bySize[100000]) {
    results.scaling100kOver10k = round(bySize[100000].wallMs / bySize[10000].wallMs, 2);
    results.cpuScaling100kOver10k = round(bySize[100000].cpuMs / bySize[10000].cpuMs, 2);
    say(`time(100k) / time(10k) = ${results.scaling100kOver10k} (CPU time: ${results.cpuScaling100kOver10k})`);
  }
}

// Incremental: a full run that fills the cache, then 1% new articles; three such pairs, each measured back to back,
// since the time a run takes on a shared machine varies by more than the difference being measured.
{
  const name = `incremental-${incrementalSize}`;
  const dir = join(root, name);
  const added = Math.max(1, Math.round(incrementalSize / 100));
  const pairs: { full: Measured; incremental: Measured }[] = [];
  for (let r = 0; r < INCREMENTAL_PAIRS; r++) {
    rmSync(dir, { recursive: true, force: true });
    writeSyntheticCorpus(dir, 0, incrementalSize);
    const out = freshOut(name);
    const full = measure(dir, out, { workers, cache: true });
    writeSyntheticCorpus(dir, incrementalSize, incrementalSize + added);
    const incremental = measure(dir, out, { workers, cache: true });
    pairs.push({ full, incremental });
    say(`incremental: ${incrementalSize} articles + ${added} new: full ${(full.wallMs / 1000).toFixed(1)} s, incremental ${(incremental.wallMs / 1000).toFixed(1)} s (${(100 * incremental.wallMs / full.wallMs).toFixed(1)}% of full; CPU ${(100 * incremental.cpuMs / full.cpuMs).toFixed(1)}%); phases ${JSON.stringify(incremental.report.timings.phasesMs)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const ratios = pairs.map((p) => p.incremental.wallMs / p.full.wallMs);
  const middle = pairs[ratios.indexOf(median(ratios))]!;
  results.incremental = {
    articles: incrementalSize,
    added,
    fullMs: round(middle.full.wallMs),
    incrementalMs: round(middle.incremental.wallMs),
    ratio: round(median(ratios), 3),
    ratios: ratios.map((r) => round(r, 3)),
    cpuRatio: round(middle.incremental.cpuMs / middle.full.cpuMs, 3),
    extracted: middle.incremental.report.counts.extracted,
    cached: middle.incremental.report.counts.cached,
    phasesMs: middle.incremental.report.timings.phasesMs,
  };
  say(`incremental: median of ${INCREMENTAL_PAIRS} pairs ${(100 * median(ratios)).toFixed(1)}% of a full run (each: ${ratios.map((r) => `${(100 * r).toFixed(1)}%`).join(', ')})`);
}

// English: the whole pipeline on one core vs compromise's people/places/organizations on the same texts.
{
  const texts: string[] = [];
  const { dir } = corpus(`english-${englishCount}`, (d) => {
    const stats: SyntheticStats = { files: 0, words: 0, bytes: 0, wordsByLang: { nb: 0, da: 0, en: 0 } };
    for (let i = 0; stats.files < englishCount; i++) {
      if (syntheticArticle(i).lang !== 'en') continue;
      const part = writeSyntheticCorpus(d, i, i + 1);
      stats.files += part.files;
      stats.words += part.words;
      stats.bytes += part.bytes;
      stats.wordsByLang.en += part.words;
    }
    return stats;
  });
  for (let i = 0; texts.length < englishCount; i++) if (syntheticArticle(i).lang === 'en') texts.push(syntheticArticle(i).text);
  const ours = measure(dir, freshOut('english'), { workers: 0, cache: false });
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  nlp(texts[0]).people().out('array'); // load its lexicon before timing
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
  }
  const compromiseWps = words / ((performance.now() - started) / 1000);
  const cpuSpent = process.cpuUsage(cpuStarted);
  const compromiseCpuWps = words / ((cpuSpent.user + cpuSpent.system) / 1e6);
  results.english = {
    articles: texts.length,
    words,
    oursWordsPerSecond: round(wordsPerSecond(ours)),
    oursWordsPerCpuSecond: round(wordsPerCpuSecond(ours)),
    compromiseWordsPerSecond: round(compromiseWps),
    compromiseWordsPerCpuSecond: round(compromiseCpuWps),
    ratio: round(wordsPerSecond(ours) / compromiseWps, 2),
    cpuRatio: round(wordsPerCpuSecond(ours) / compromiseCpuWps, 2),
    compromiseEntities: found,
  };
  say(`English (${texts.length} articles, ${words} words, one core): newsgraph ${round(wordsPerSecond(ours))} words/s, compromise people+places+organizations ${round(compromiseWps)} words/s: ×${round(wordsPerSecond(ours) / compromiseWps, 2)} (per CPU-second ×${round(wordsPerCpuSecond(ours) / compromiseCpuWps, 2)})`);
}

// The stages' own benchmarks.
if (!args['skip-stages']) {
  results.ner = await benchNer();
  say(`NER: ${JSON.stringify(results.ner)}`);
  results.resolve = await benchResolve();
  say(`resolve: ${JSON.stringify(results.resolve)}`);
  results.view = await benchView();
  say(`view: ${JSON.stringify(results.view)}`);
}

process.stdout.write(JSON.stringify(results, null, 2) + '\n');
