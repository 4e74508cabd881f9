import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleReadError, type ReadFailure } from '../stages/read.js';
import type { ExtractOutput } from './extract-task.js';

export interface WorkerTask {
  id: number;
  source: string;
  bytes: Uint8Array;
}

export type WorkerReply =
  | { id: number; ok: true; output: ExtractOutput }
  | { id: number; ok: false; reason: ReadFailure | null; message: string };

/** A stage threw on an article (a bug or an input it cannot handle), or the worker died on it. */
export class ExtractionError extends Error {
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: extraction-failed: ${detail}`);
    this.name = 'ExtractionError';
  }
}

/**
 * The worker script. Under jest the sources run as TypeScript, which a worker thread cannot load, so the build in
 * dist/ is used when there is no sibling worker.js.
 */
function workerScript(): URL {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'worker.js'), join(here, '..', 'dist', 'pipeline', 'worker.js')]) {
    if (existsSync(candidate)) return pathToFileURL(candidate);
  }
  throw new Error('worker threads need the build (npm run build); or extract in this thread with workers = 0');
}

interface Pending {
  task: WorkerTask;
  resolve: (output: ExtractOutput) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, in the order sent: the worker answers in that order, and works on the first. */
  inFlight: Pending[];
  /** Whether this worker ever finished a task: one that dies before is failing to start, not failing on an article. */
  replied: boolean;
}

/**
 * Articles sent to a worker ahead of its answers: with one, a worker idles from its answer until the main thread has
 * taken it in and sent the next, which is busy with cache hits and writes meanwhile; with two, the next waits in its
 * queue.
 */
const IN_FLIGHT = 2;

/** Workers that die this many times in a row before finishing any task cannot start at all. */
const MAX_START_FAILURES = 3;

/**
 * Options of the main process that must not reach a worker: a worker runs a module file, and `node -e` or
 * `--input-type` would make it refuse to.
 */
function workerExecArgv(): string[] {
  const kept: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if (/^(-e|-p|--eval|--print)$/.test(args[i])) i++; // and the code that follows it
    else if (!/^(--input-type|--eval|--print)=/.test(args[i])) kept.push(args[i]);
  }
  return kept;
}

/**
 * A worker's old-generation heap limit. Its live data is about 100 MB (models, gazetteers, bounded memos); left to
 * itself, V8 lets the heap of a long run grow several times that before collecting, which on a large corpus is what
 * takes a run's memory past 1 GB. An article that truly needs more (several MB of text; 3 MB still passes) fails alone
 * with that reason, and the worker is replaced.
 */
const WORKER_HEAP_MB = 320;

/**
 * A worker's young generation (V8 keeps three semi-spaces' worth: 96 MB is semi-spaces of 32 MB, twice V8's default).
 * Extraction makes many short-lived objects; with more room, fewer of them outlive a scavenge only to be copied, and
 * scavenges are fewer. Measured on 10k articles with two workers: extraction 7-11% faster in three interleaved pairs,
 * peak RSS 425 MB -> 470 MB. Twice as much again (192) gained a few percent more for 125 MB more: not taken.
 */
const WORKER_YOUNG_MB = 96;

/**
 * Worker threads for the CPU-bound extraction, up to `size` of them: `initial` start at once, the rest when `grow`
 * asks for them. Each worker takes one article at a time; a worker that dies (out of memory, a crash in a stage) fails
 * only its current article and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;
  private startFailures = 0;
  /** Set when workers cannot start: every article then fails with this reason instead of respawning forever. */
  private broken: string | null = null;

  constructor(
    readonly size: number,
    initial = size,
    /** The worker's module: the pipeline's, or a stand-in that answers as it does. */
    private readonly script: URL = workerScript(),
  ) {
    this.grow(initial);
  }

  /** Starts workers until there are `count` (never more than `size`). */
  grow(count: number): void {
    if (this.closed || this.broken !== null) return;
    while (this.slots.length < Math.min(count, this.size)) this.slots.push(this.spawn());
    this.dispatch();
  }

  /** Workers started. */
  get started(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { execArgv: workerExecArgv(), resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const slot: Slot = { worker, inFlight: [], replied: false };
    slot.worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.shift() ?? null;
      slot.replied = true;
      this.startFailures = 0;
      if (pending !== null) {
        if (reply.ok) pending.resolve(reply.output);
        else if (reply.reason !== null) pending.reject(new ArticleReadError(pending.task.source, reply.reason, stripPrefix(reply.message, pending.task.source, reply.reason)));
        else pending.reject(new ExtractionError(pending.task.source, reply.message));
      }
      this.dispatch();
    });
    slot.worker.on('error', (error: Error & { code?: string }) =>
      this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the article needs more memory than a worker's ${WORKER_HEAP_MB} MB heap (too large to extract; split it)` : error.message),
    );
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `the worker thread exited (code ${code})`);
    });
    return slot;
  }

  private replace(slot: Slot, why: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    // The article it was working on fails; those sent behind it go back to the front of the queue.
    const [current, ...behind] = slot.inFlight.splice(0);
    current?.reject(new ExtractionError(current.task.source, why));
    this.waiting.unshift(...behind);
    void slot.worker.terminate();
    if (this.closed) return;
    if (!slot.replied && ++this.startFailures >= MAX_START_FAILURES) {
      this.broken = `worker threads cannot start: ${why}`;
      for (const pending of this.waiting.splice(0)) pending.reject(new ExtractionError(pending.task.source, this.broken));
      this.slots.splice(index, 1);
      return;
    }
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  /** Sends waiting articles to the workers, a first one to each idle worker before a second to any. */
  private dispatch(): void {
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        if (slot.inFlight.length >= depth) continue;
        const pending = this.waiting.shift() as Pending;
        slot.inFlight.push(pending);
        slot.worker.postMessage(pending.task);
      }
    }
  }

  /** Extracts one article in some worker. */
  extract(source: string, bytes: Uint8Array): Promise<ExtractOutput> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.broken !== null) return Promise.reject(new ExtractionError(source, this.broken));
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { id: this.nextId++, source, bytes }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/** The worker sends the full message; the error is rebuilt here with the bare detail. */
function stripPrefix(message: string, source: string, reason: string): string {
  const prefix = `${source}: ${reason}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
