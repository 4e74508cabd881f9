import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogEvent, Logger } from '../pipeline/log.js';
import { runCorpus, type RunOptions } from '../pipeline/run.js';
import type { RunReport } from '../pipeline/report.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = join(ROOT, 'corpus');

/** The folders this test file made; test/remove-temp-dirs.ts removes them once its tests are done. */
const made: string[] = [];

/** A fresh folder under the system's temp folder, removed after the test file. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `newsgraph-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the seed articles in a fresh folder. */
export function seedCorpus(): string {
  const dir = tempDir('seeds');
  cpSync(SEEDS, dir, { recursive: true });
  return dir;
}

export interface RecordingLogger extends Logger {
  events: LogEvent[];
}

/** Keeps every event; `onProgress` lets a test act in the middle of a run. */
export function recordingLogger(onProgress?: (done: number, total: number) => void): RecordingLogger {
  const events: LogEvent[] = [];
  return {
    events,
    log: (event) => void events.push(event),
    progress: (done, total) => onProgress?.(done, total),
    close: () => {},
  };
}

/** One in-process run (extraction in this thread) writing to `<outDir>/graph.json` with the cache in `<outDir>/cache`. */
export async function run(input: string, outDir: string, options: Partial<RunOptions> = {}): Promise<RunReport> {
  return runCorpus({
    input,
    out: join(outDir, 'graph.json'),
    workers: 0,
    maxBytes: 10 * 1024 * 1024,
    cacheDir: join(outDir, 'cache'),
    lockWaitMs: 0,
    log: recordingLogger(),
    ...options,
  });
}

export function graphBytes(outDir: string): string {
  return readFileSync(join(outDir, 'graph.json'), 'utf8');
}

export function runReport(outDir: string): RunReport {
  return JSON.parse(readFileSync(join(outDir, 'run.json'), 'utf8')) as RunReport;
}

/** Cache entries on disk, of one pipeline version or of all. */
export function cacheEntries(cacheDir: string, only?: string): number {
  let count = 0;
  for (const version of only === undefined ? safeList(cacheDir) : [only]) for (const shard of safeList(join(cacheDir, version))) count += safeList(join(cacheDir, version, shard)).filter((n) => n.endsWith('.json')).length;
  return count;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
