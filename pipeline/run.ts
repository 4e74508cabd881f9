import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import PQueue from 'p-queue';
import { ArticleReadError } from '../stages/read.js';
import { resolve as resolveEntities } from '../stages/resolve.js';
import { GRAPH_SCHEMA_ID, type ArticleDetail, type ArticleSummary, type EntityDescriptor, type PreviousEntity, type Resources } from '../stages/types.js';
import { removeStaleTemps, writeFileAtomic, writeFileAtomicAsync } from './atomic.js';
import { type EntryStore, ExtractionCache, pipelineVersion, readBeside, writeBeside } from './cache.js';
import { type CorpusFile, countWords, listCorpus, readArticleBytes } from './corpus.js';
import type { CachedSummary, ExtractOutput } from './extract-task.js';
import { type GraphCounts, graphChunks, resolvedIdentities } from './graph.js';
import { NotAGraphError, readGraphIdentities } from './previous-graph.js';
import { acquireLock } from './lock.js';
import type { Logger } from './log.js';
import { ExtractionError, WorkerPool } from './pool.js';
import { type ArticleError, articleError, type ArticleWarning, RUN_REPORT_SCHEMA, roundMs, type RunReport } from './report.js';
import { RenderMemo, renderVersion } from './render-memo.js';
import { FileSpool, ScratchEntries } from './spool.js';
import { FileIndex, type KnownFile } from './file-index.js';
import { DescriptorPool, type PooledSummary, SummaryMemo } from './summary-memo.js';
import { compareStrings } from '../stages/order.js';

export interface RunOptions {
  /** Folder of articles, walked recursively. */
  input: string;
  /** The graph file; `run.json` and the lock go beside it. */
  out: string;
  /** Worker threads for extraction; 0 extracts in this thread (tests, profiling). */
  workers: number;
  /** Largest article accepted, in bytes. */
  maxBytes: number;
  /** The extraction cache folder, or null for none. */
  cacheDir: string | null;
  /** How long to wait for another run's lock, in ms (0: fail at once with LockBusyError). */
  lockWaitMs: number;
  log: Logger;
  /** How long before it is read a file must have changed for the file index to vouch for it (tests set 0). */
  racyMs?: number;
  /** The extraction when `workers` is 0 (default: the pipeline's); tests put a failing one here. */
  extractInThread?: (bytes: Buffer, source: string, res: Resources) => ExtractOutput;
}

/** Name of the lock file in the output folder: one run at a time per output. */
export const LOCK_FILE = '.newsgraph.lock';
export const REPORT_FILE = 'run.json';

/** The graph of the last completed run, so that resolution keeps its ids; a damaged one is reported and ignored. */
function readPreviousGraph(path: string, log: Logger): PreviousEntity[] {
  if (!existsSync(path)) return [];
  try {
    return readGraphIdentities(path);
  } catch (error) {
    const reason = error instanceof NotAGraphError ? error.message : `it cannot be read (${(error as Error).message})`;
    log.log({ event: 'previous.ignored', level: 'warn', message: `${path}: ${reason}; ids are assigned afresh`, path });
  }
  return [];
}

/** Beside the cache: the previous graph's entity identities, so that a run need not parse the whole graph again. */
export const IDENTITIES_FILE = 'previous-identities.json';

/** The previous graph's identities, with the size and modification time of the graph they were written with. */
interface SavedIdentities {
  size: number;
  mtimeMs: number;
  entities: PreviousEntity[];
}

/**
 * The previous graph's identities: from the file the last run left beside the cache when the graph is still the
 * one it wrote (same size and modification time), else from the graph itself.
 */
function readPrevious(out: string, cacheDir: string | null, log: Logger): PreviousEntity[] {
  if (!existsSync(out)) return [];
  const saved = cacheDir === null ? null : readBeside<SavedIdentities>(cacheDir, IDENTITIES_FILE, GRAPH_SCHEMA_ID);
  if (saved !== null && Array.isArray(saved.entities)) {
    const stats = statSync(out, { throwIfNoEntry: false });
    if (saved.size === stats?.size && saved.mtimeMs === stats.mtimeMs) return saved.entities;
  }
  return readPreviousGraph(out, log);
}

function writeIdentities(out: string, cacheDir: string, entities: PreviousEntity[]): void {
  const stats = statSync(out);
  const saved: SavedIdentities = { size: stats.size, mtimeMs: stats.mtimeMs, entities };
  writeBeside(cacheDir, IDENTITIES_FILE, GRAPH_SCHEMA_ID, saved);
}

/** A stopwatch over named phases; each phase's wall time lands in the report. */
function phaseTimer(): { time<T>(name: string, work: () => T): T; timeAsync<T>(name: string, work: () => Promise<T>): Promise<T>; phases: Record<string, number> } {
  const phases: Record<string, number> = {};
  return {
    phases,
    time(name, work) {
      const started = performance.now();
      try {
        return work();
      } finally {
        phases[name] = (phases[name] ?? 0) + performance.now() - started;
      }
    },
    async timeAsync(name, work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        phases[name] = (phases[name] ?? 0) + performance.now() - started;
      }
    },
  };
}

/**
 * One run of the pipeline over a corpus: lists the articles, extracts each (from the cache when its bytes and the
 * pipeline are unchanged, else in a worker), resolves all into one graph and writes the graph and `run.json`
 * atomically, under a lock. Per-article failures are reported, never fatal; anything else throws, leaving the
 * previous graph as it was.
 */
export async function runCorpus(options: RunOptions): Promise<RunReport> {
  const startedAt = new Date();
  const started = performance.now();
  const { log } = options;
  const input = resolve(options.input);
  const out = resolve(options.out);
  const outDir = dirname(out);
  const cacheDir = options.cacheDir === null ? null : resolve(options.cacheDir);
  mkdirSync(outDir, { recursive: true });
  const lock = await acquireLock(join(outDir, LOCK_FILE), {
    waitMs: options.lockWaitMs,
    onEvent: ({ type, holder }) =>
      log.log({
        event: type,
        level: 'warn',
        message: type === 'lock.wait' ? `waiting for the run of pid ${holder?.pid ?? '?'} to finish` : `removed the stale lock of a run that is gone (pid ${holder?.pid ?? '?'})`,
        pid: holder?.pid ?? null,
      }),
  });
  let pool: WorkerPool | null = null;
  try {
    removeStaleTemps(outDir);
    if (cacheDir !== null) {
      mkdirSync(cacheDir, { recursive: true });
      removeStaleTemps(cacheDir);
    }
    // A worker takes the better part of a second to load the stages: started before the corpus is walked and the cache
    // read, it is ready by the time the first new article is (see `extractAll` for when it is let go unused).
    if (options.workers > 0) pool = new WorkerPool(options.workers, cacheDir === null ? options.workers : 1);
    const timer = phaseTimer();
    const version = timer.time('version', pipelineVersion);
    // Without a cache of its own, the run still needs each extraction twice (summary, then graph): a scratch file.
    const cache = cacheDir === null ? null : new ExtractionCache(cacheDir, version);
    const scratch = cache === null ? new ScratchEntries(outDir) : null;
    const store = (cache ?? scratch) as EntryStore;
    // The last run's rendering of each article (see RenderMemo), read ahead while the run waits on its workers.
    const renderMemo = cache === null ? undefined : new RenderMemo(cache.dir, renderVersion(version), out);
    try {
      const listing = timer.time('walk', () => listCorpus(input, { exclude: [outDir, ...(cacheDir ? [cacheDir] : [])] }));
      log.log({ event: 'run.start', level: 'info', message: `${listing.files.length} articles under ${input}`, input, out, files: listing.files.length, workers: options.workers, pipelineVersion: version });
      for (const skipped of listing.skipped) log.log({ event: 'file.skipped', level: 'info', message: `skipped ${skipped.source}: ${skipped.detail}`, ...skipped });

      const errors: ArticleError[] = listing.errors.map((error) => articleError(error, error.reason));
      for (const error of errors) logArticleError(log, error);
      const previous = timer.time('previous', () => readPrevious(out, cacheDir, log));

      const fileIndex = cache === null ? null : new FileIndex(cache.dir, version, options.racyMs);
      const summaryMemo = cache === null ? null : new SummaryMemo(cache);
      const early = pool;
      pool = null;
      const extraction = await timer.timeAsync('extract', () =>
        extractAll(listing.files, options, { entries: store, reuse: cache !== null, files: fileIndex, summaries: summaryMemo, whileWaiting: () => renderMemo?.readAhead() ?? false }, early, log),
      );
      log.close();
      summaryMemo?.release();
      if (extraction.extracted === 0 && extraction.extractionFailures > 0) {
        // Not one article could be extracted: the pipeline is broken (a model or data file), not the input. Writing a
        // graph now would replace a good one with a hollow one.
        throw new PipelineBrokenError(extraction.errors.find((e) => e.reason === 'extraction-failed') as ArticleError, extraction.extractionFailures);
      }
      errors.push(...extraction.errors);
      errors.sort((a, b) => compareStrings(a.source, b.source));
      const kept = [...extraction.summaries.keys()].filter((i) => extraction.summaries[i] !== null);
      const articles = kept.map((i) => extraction.summaries[i] as ArticleSummary);
      const entityIds = kept.map((i) => extraction.entityIds[i] as Int32Array);
      extraction.summaries.length = 0;
      extraction.entityIds.length = 0;
      const warnings: ArticleWarning[] = articles.flatMap((x) => x.warnings.map((d) => ({ source: x.source, stage: d.stage, message: d.message })));
      for (const w of warnings) log.log({ event: 'article.warning', level: 'warn', source: w.source, message: `${w.source}: ${w.stage}: ${w.message}` });

      const resolved = timer.time('resolve', () => resolveEntities(articles, previous));
      const graphCounts: GraphCounts = { nodes: {}, edges: 0 };
      let reused = 0;
      await timer.timeAsync('write', async () => {
        const spool = new FileSpool(outDir);
        try {
          const chunks = graphChunks({ articles, resolved, load: (a) => loadDetail(store, articles[a]), spool, memo: renderMemo }, graphCounts);
          // What the next run reads beside the cache is saved while the graph is flushed to disk: the file index and
          // the summaries describe the cache's entries, which serve the next run whether or not this one gets to the
          // rename, and the render memo names the graph it lies in, which the next run checks.
          await writeFileAtomicAsync(out, chunks, (graph) => {
            renderMemo?.commit(graph);
            fileIndex?.save();
            summaryMemo?.save(articles, entityIds, extraction.descriptors);
          });
          reused = renderMemo?.reused ?? 0;
        } finally {
          renderMemo?.close();
          spool.close();
        }
      });
      // Only after the new graph is safely written: a killed run must leave a cache that still serves the old graph.
      let cacheRemoved = 0;
      if (cache !== null) {
        timer.time('prune', () => {
          writeIdentities(out, cache.dir, resolvedIdentities(resolved));
          cacheRemoved = cache.prune(new Set(articles.map((x) => x.sha256)));
        });
      }
      const report: RunReport = {
        schema: RUN_REPORT_SCHEMA,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        exitCode: errors.length > 0 ? 1 : 0,
        input,
        graph: out,
        cache: cache === null ? null : cache.folder,
        pipelineVersion: version,
        workers: options.workers,
        maxBytes: options.maxBytes,
        counts: {
          files: listing.files.length + listing.errors.length,
          articles: articles.length,
          extracted: extraction.extracted,
          cached: extraction.cached,
          reused,
          failed: errors.length,
          skipped: listing.skipped.length,
          cacheRemoved,
          words: extraction.words,
          chars: articles.reduce((sum, x) => sum + x.chars, 0),
          nodes: graphCounts.nodes,
          edges: graphCounts.edges,
        },
        timings: { totalMs: 0, phasesMs: roundMs(timer.phases), stagesMs: roundMs(extraction.stagesMs) },
        errors,
        warnings,
        skipped: listing.skipped,
      };
      report.timings.totalMs = Math.round((performance.now() - started) * 10) / 10;
      writeFileAtomic(join(outDir, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
      log.log({
        event: 'run.done',
        level: errors.length > 0 ? 'warn' : 'info',
        message: `${report.counts.articles} articles in the graph (${report.counts.extracted} extracted, ${report.counts.cached} from the cache), ${report.counts.failed} failed, ${report.counts.skipped} skipped, in ${(report.timings.totalMs / 1000).toFixed(1)} s`,
        articles: report.counts.articles,
        extracted: report.counts.extracted,
        cached: report.counts.cached,
        failed: report.counts.failed,
        skipped: report.counts.skipped,
        totalMs: report.timings.totalMs,
        exitCode: report.exitCode,
      });
      return report;
    } finally {
      renderMemo?.close();
      scratch?.close();
    }
  } finally {
    // Only when the run failed before extraction: extractAll takes the pool over and closes it.
    await pool?.close();
    log.close();
    lock.release();
  }
}

/** Every extraction attempted in a run failed. */
export class PipelineBrokenError extends Error {
  constructor(first: ArticleError, count: number) {
    super(`the pipeline failed on every article it tried (${count}), the first being ${first.source}: ${first.message}`);
    this.name = 'PipelineBrokenError';
  }
}

/**
 * Extraction in this thread, loaded at the first cache miss: the stages and their libraries take the better part of a
 * second to load, which a run that finds everything in the cache, or extracts in workers, never needs.
 */
async function extractorInThread(options: RunOptions): Promise<(bytes: Buffer, source: string) => ExtractOutput> {
  const [{ extractToJson }, { createResources }] = await Promise.all([import('./extract-task.js'), import('../stages/resources.js')]);
  const res = createResources();
  const extract = options.extractInThread ?? extractToJson;
  return (bytes, source) => extract(bytes, source, res);
}

/**
 * Where extractions go. `reuse`: whether earlier entries are read; a run without a cache still stores every
 * extraction in a scratch file (the graph is written from it), but extracts every article, duplicates included.
 */
interface ExtractionStore {
  entries: EntryStore;
  reuse: boolean;
  /** What the files were when last read (with reuse): an unchanged file is not read again. */
  files: FileIndex | null;
  /** The last run's summaries (with reuse): an article found there is not looked up in the cache. */
  summaries: SummaryMemo | null;
  /** Work to do in slices while waiting on the workers; returns whether there is more. */
  whileWaiting(): boolean;
}

interface ExtractAllResult {
  /** Index-aligned with the files; null where the article failed. */
  summaries: (ArticleSummary | null)[];
  /** Index-aligned with the summaries: the numbers of each article's entity descriptions in `descriptors`. */
  entityIds: (Int32Array | null)[];
  descriptors: DescriptorPool;
  errors: ArticleError[];
  extracted: number;
  /** Articles on which a stage threw (not a read failure). */
  extractionFailures: number;
  cached: number;
  words: number;
  stagesMs: Record<string, number>;
}

/** Files looked at between two turns of the event loop. */
const YIELD_EVERY = 32;

/**
 * Articles to extract for each worker started when the cache is read. A worker starting cold spends its first few
 * hundred articles loading and compiling (V8's optimizing compiler runs on the same two cores): for the hundred new
 * articles of a nightly run a second worker adds that cost without finishing sooner (measured: extraction 3.8–4.0 s
 * with one worker, 4.3–4.5 s with two, over 10k cached articles).
 */
const MISSES_PER_WORKER = 200;

/**
 * Reads and extracts every file with bounded memory: p-queue bounds the articles being read and looked up in the
 * cache, and at most a few articles per worker wait for extraction. With the cache, the files the index cannot vouch
 * for (the likely misses) come first, and a miss that finds that backlog full keeps only its number and is read again
 * when there is room; without it, reading waits for the backlog (back-pressure). So cache hits go on while the workers
 * extract, and an incremental run is not held up by the few articles it extracts.
 */
async function extractAll(files: readonly CorpusFile[], options: RunOptions, store: ExtractionStore, early: WorkerPool | null, log: Logger): Promise<ExtractAllResult> {
  const { entries, reuse, files: fileIndex, summaries: memo, whileWaiting } = store;
  const result: ExtractAllResult = {
    summaries: new Array<ArticleSummary | null>(files.length).fill(null),
    entityIds: new Array<Int32Array | null>(files.length).fill(null),
    descriptors: new DescriptorPool(),
    errors: [],
    extracted: 0,
    extractionFailures: 0,
    cached: 0,
    words: 0,
    stagesMs: {},
  };
  const { descriptors } = result;
  // A hit's summary: from the memo if the last run kept it, else from its cache entry.
  const cachedSummary = (sha256: string): PooledSummary | null => {
    const hit = memo?.get(sha256, descriptors);
    if (hit !== undefined && hit !== null) return hit;
    const summary = parseSummary(entries.get(sha256, 'summary'));
    return summary === null ? null : descriptors.pooled(summary);
  };
  // Without reuse every article is a miss: all workers from the start.
  const workersFor = (misses: number): number => (reuse ? Math.ceil(misses / MISSES_PER_WORKER) : options.workers);
  // The pool started with the run is kept when the corpus has files the index has never seen; else it is let go, and
  // one is started at the first miss (an edited article). With the cache, one worker, and the rest only once the
  // misses are enough to make up for their start.
  const news = fileIndex === null || files.some((file) => !fileIndex.has(file.source));
  let pool = files.length > 0 && news ? early : null;
  const letGo = pool === early ? null : early?.close();
  // The promise, not its result, is kept: misses read concurrently must not each load the stages.
  let inThread: Promise<(bytes: Buffer, source: string) => ExtractOutput> | null = null;
  const extract = async (source: string, bytes: Buffer): Promise<ExtractOutput> => {
    if (options.workers > 0) return (pool ??= new WorkerPool(options.workers, workersFor(misses))).extract(source, bytes);
    inThread ??= extractorInThread(options);
    return (await inThread)(bytes, source);
  };
  const queue = new PQueue({ concurrency: Math.max(2, options.workers * 2) });
  const backlogLimit = Math.max(2, options.workers * 4);
  const backlog = new Set<Promise<void>>();
  let done = 0;
  log.progress(0, files.length);

  const fail = (file: CorpusFile, error: unknown): void => {
    const failure =
      error instanceof ArticleReadError
        ? articleError(error, error.reason)
        : error instanceof ExtractionError
          ? articleError(error, 'extraction-failed')
          : { source: file.source, reason: 'extraction-failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    if (failure.reason === 'extraction-failed') result.extractionFailures++;
    result.errors.push(failure);
    logArticleError(log, failure);
  };
  const accept = (file: CorpusFile, index: number, words: number, { summary, entities }: PooledSummary, seen: SeenFile | null): void => {
    result.words += words;
    if (seen !== null) fileIndex?.note(file.source, seen.stats, seen.readAt, { sha256: summary.sha256, words });
    result.entityIds[index] = entities;
    result.summaries[index] = { ...summary, source: file.source, entities: Array.from(entities, (id) => descriptors.descriptors[id] as EntityDescriptor) };
  };
  const finish = (): void => log.progress(++done, files.length);

  const extractMiss = async (file: CorpusFile, index: number, bytes: Buffer, sha256: string, seen: SeenFile | null): Promise<void> => {
    try {
      const output = await extract(file.source, bytes);
      entries.put(sha256, output);
      for (const [stage, ms] of Object.entries(output.timings ?? {})) result.stagesMs[stage] = (result.stagesMs[stage] ?? 0) + ms;
      result.extracted++;
      accept(file, index, countWords(bytes), descriptors.pooled(JSON.parse(output.summary) as CachedSummary), seen);
    } catch (error) {
      fail(file, error);
    } finally {
      finish();
    }
  };

  // Misses met while the backlog is full: only their numbers wait, and they are read again as soon as the backlog has
  // room, so that the cache hits behind them are not held up while the workers start, nor the workers idle meanwhile.
  const deferred: number[] = [];
  let nextDeferred = 0;
  let misses = 0;
  const resume = (): void => {
    while (backlog.size < backlogLimit && nextDeferred < deferred.length) {
      const i = deferred[nextDeferred++];
      void processFile(files[i], i, false).catch((error: unknown) => fail(files[i], error));
    }
  };
  const processFile = async (file: CorpusFile, index: number, firstLook: boolean): Promise<void> => {
    let bytes: Buffer;
    let sha256: string;
    let seen: SeenFile | null = null;
    try {
      const readAt = Date.now();
      bytes = readArticleBytes(file, options.maxBytes, (stats) => (seen = { stats, readAt }));
      sha256 = createHash('sha256').update(bytes).digest('hex');
      const cached = reuse ? cachedSummary(sha256) : null;
      if (cached !== null) {
        result.cached++;
        accept(file, index, countWords(bytes), cached, seen);
        finish();
        return;
      }
    } catch (error) {
      fail(file, error);
      finish();
      return;
    }
    if (firstLook && reuse) {
      misses++;
      pool?.grow(workersFor(misses));
      if (backlog.size >= backlogLimit) {
        deferred.push(index);
        return;
      }
    }
    // Without reuse there are no hits to go on with: every miss simply waits its turn (back-pressure on reading).
    while (backlog.size >= backlogLimit) await Promise.race(backlog);
    const extraction = extractMiss(file, index, bytes, sha256, seen).finally(() => {
      backlog.delete(extraction);
      resume();
    });
    backlog.add(extraction);
  };

  // Files the index vouches for are looked at last: the others are the likely misses, which the workers can then
  // extract while the hits are read.
  const knownFiles = files.map((file) => knownFile(fileIndex, file, options.maxBytes));
  const order = [...files.keys()].sort((p, q) => Number(knownFiles[p] !== null) - Number(knownFiles[q] !== null));
  // A file the index vouches for and the cache has is taken in at once: nothing is read, so nothing needs bounding. Any
  // other outcome (not in the cache, an error) leaves it to processFile, which reads it and reports what goes wrong.
  const knownHit = (index: number): boolean => {
    const known = knownFiles[index];
    if (known === null) return false;
    knownFiles[index] = null;
    let cached: PooledSummary | null;
    try {
      cached = cachedSummary(known.sha256);
    } catch {
      return false;
    }
    if (cached === null || cached.summary.sha256 !== known.sha256) return false;
    result.cached++;
    accept(files[index], index, known.words, cached, { stats: known.stats, readAt: Date.now() });
    finish();
    return true;
  };
  try {
    for (const [n, i] of order.entries()) {
      // Cache hits never wait on anything but promises: without a turn of the event loop now and then, the workers'
      // replies would sit unread, and each worker idle after its first article, until every hit has been read.
      if (n % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEvents();
      if (knownHit(i)) continue;
      // Back-pressure: reading waits while the queue (and through it the extraction backlog) is full.
      await queue.onSizeLessThan(queue.concurrency);
      // processFile reports its own failures; anything it lets slip still lands in the report, never unhandled.
      void queue.add(() => processFile(files[i], i, true)).catch((error: unknown) => fail(files[i], error));
    }
    await queue.onIdle();
    // Every file has been looked at: what is left is waiting on the workers, time for other work.
    let more = true;
    while (backlog.size > 0) {
      if (more && (more = whileWaiting())) await yieldToEvents();
      else await Promise.race(backlog);
    }
  } finally {
    await Promise.all([pool?.close(), letGo]);
  }
  return result;
}

/** A file's stat when it was read, and when (ms since the epoch). */
interface SeenFile {
  stats: Stats;
  readAt: number;
}

/** What the index knows of a file unchanged since it was last read, with its stat now; null if anything differs. */
function knownFile(index: FileIndex | null, file: CorpusFile, maxBytes: number): (KnownFile & { stats: Stats }) | null {
  if (index === null) return null;
  let stats: Stats;
  try {
    stats = statSync(file.path);
  } catch {
    return null;
  }
  // A file over a limit lowered since is read, and refused, again.
  const known = stats.size > maxBytes ? null : index.known(file.source, stats);
  return known === null ? null : { ...known, stats };
}

/** One clear line per failed article: the file and the reason. */
function logArticleError(log: Logger, error: ArticleError): void {
  log.log({ event: 'article.error', level: 'error', source: error.source, reason: error.reason, message: `${error.source}: ${error.reason}: ${error.message}` });
}

/** A cache hit's summary, or null for a miss or an entry that does not parse (it is then extracted afresh). */
function parseSummary(json: string | null): CachedSummary | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as CachedSummary;
  } catch {
    return null;
  }
}

/** An article's extraction, read back from the cache while the graph is written. */
function loadDetail(entries: EntryStore, article: ArticleSummary): ArticleDetail {
  const detail = entries.get(article.sha256, 'detail');
  if (detail === null) throw new Error(`${article.source}: its extraction is gone from the cache (${entries.folder}) while the graph was being written`);
  return JSON.parse(detail) as ArticleDetail;
}
