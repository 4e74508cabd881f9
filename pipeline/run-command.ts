import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { LockBusyError } from './lock.js';
import { createLogger, type LogFormat } from './log.js';
import { PipelineBrokenError, runCorpus } from './run.js';

/** Exit codes of `newsgraph run`. */
export const EXIT = {
  ok: 0,
  /** Some articles failed (listed in run.json); the graph was written all the same. */
  articlesFailed: 1,
  usage: 2,
  /** The run could not finish (e.g. the disk is full); the previous graph is unchanged. */
  failed: 3,
  /** Another run holds the lock (EX_TEMPFAIL of sysexits.h: try again later). */
  busy: 75,
} as const;

export const RUN_DEFAULTS = {
  input: 'corpus',
  out: 'output/graph.json',
  maxBytes: 10 * 1024 * 1024,
  lockWaitSeconds: 0,
} as const;

/** The options of `newsgraph run` as the CLI parses them; strings are accepted where a shell gives strings. */
export interface RunCommandOptions {
  input?: string;
  out?: string;
  /** Default: the number of cores. 0 extracts in the main thread. */
  workers?: number | string;
  maxBytes?: number | string;
  logFormat?: string;
  /** The cache folder (default: `cache/` next to the graph; also when true), or false for no cache (`--no-cache`). */
  cache?: string | boolean;
  /** Seconds to wait for another run to finish before giving up (default 0). */
  lockWait?: number | string;
  /** Where log lines go (default: stderr). */
  stderr?: NodeJS.WriteStream;
}

class UsageError extends Error {}

function wholeNumber(value: number | string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number of at least ${min} (got ${JSON.stringify(value)})`);
  return n;
}

/** Bytes, optionally with a unit: 500000, 512k, 10M, 1G (binary multiples). */
function byteSize(value: number | string | undefined): number {
  if (value === undefined) return RUN_DEFAULTS.maxBytes;
  if (typeof value === 'number') return wholeNumber(value, 0, '--max-bytes', 1);
  const match = /^\s*(\d+)\s*([kmg])?i?b?\s*$/i.exec(value);
  if (match === null || Number(match[1]) < 1) throw new UsageError(`--max-bytes must be a size in bytes such as 10485760 or 10M (got ${JSON.stringify(value)})`);
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Number(match[1]) * unit;
}

function logFormat(value: string | undefined): LogFormat | undefined {
  if (value === undefined || value === 'json' || value === 'pretty') return value;
  throw new UsageError(`--log-format must be json or pretty (got ${JSON.stringify(value)})`);
}

function requireFolder(path: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`--input ${path}: no such folder`);
  }
  if (!isFolder) throw new UsageError(`--input ${path}: not a folder`);
}

/**
 * `newsgraph run`: validates the options, runs the pipeline and returns the exit code (see EXIT). Writes nothing
 * to stdout: log lines, the progress bar and errors go to stderr.
 */
export async function runCommand(opts: RunCommandOptions): Promise<number> {
  const stderr = opts.stderr ?? process.stderr;
  let parsed;
  try {
    const input = opts.input ?? RUN_DEFAULTS.input;
    const out = opts.out ?? RUN_DEFAULTS.out;
    requireFolder(input);
    parsed = {
      input,
      out,
      workers: wholeNumber(opts.workers, availableParallelism(), '--workers', 0),
      maxBytes: byteSize(opts.maxBytes),
      cacheDir: opts.cache === false ? null : typeof opts.cache === 'string' ? opts.cache : join(dirname(out), 'cache'),
      lockWaitMs: wholeNumber(opts.lockWait, RUN_DEFAULTS.lockWaitSeconds, '--lock-wait', 0) * 1000,
      log: createLogger(logFormat(opts.logFormat), stderr),
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`newsgraph run: error: ${error.message}\n`);
    return EXIT.usage;
  }
  try {
    const report = await runCorpus(parsed);
    return report.exitCode;
  } catch (error) {
    if (error instanceof LockBusyError) {
      parsed.log.log({ event: 'run.busy', level: 'error', message: error.message, lock: error.lockPath, pid: error.holder?.pid ?? null });
      return EXIT.busy;
    }
    // A broken pipeline is explained by its message; anything else is a bug, whose stack helps.
    const detail = error instanceof PipelineBrokenError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    parsed.log.log({ event: 'run.failed', level: 'error', message: `the run failed; the previous graph, if any, is unchanged: ${detail}` });
    return EXIT.failed;
  }
}
