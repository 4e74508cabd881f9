import type { ArticleReadError } from '../stages/read.js';
import type { Graph } from '../stages/types.js';
import type { SkippedFile } from './corpus.js';
import type { ExtractionError } from './pool.js';
import { compareStrings } from '../stages/order.js';

export const RUN_REPORT_SCHEMA = 'newsgraph.run/1';

/** An article that did not make it into the graph, and why. */
export interface ArticleError {
  source: string;
  /** A read failure (`binary`, `empty`, `encoding`, `too-large`, `unreadable`) or `extraction-failed`. */
  reason: string;
  message: string;
}

/** `run.json`: what one run did. Unlike the graph, it holds times and run data. */
export interface RunReport {
  schema: typeof RUN_REPORT_SCHEMA;
  startedAt: string;
  finishedAt: string;
  /** 0: every article is in the graph; 1: some failed (listed in `errors`), the graph was written all the same. */
  exitCode: 0 | 1;
  input: string;
  graph: string;
  cache: string | null;
  pipelineVersion: string;
  workers: number;
  maxBytes: number;
  counts: {
    /** `.txt` entries found. */
    files: number;
    /** Articles in the graph. */
    articles: number;
    /** Of those, extracted in this run / taken from the cache. */
    extracted: number;
    cached: number;
    /** Articles whose part of the graph was taken as the last run wrote it (see RenderMemo). */
    reused: number;
    failed: number;
    skipped: number;
    /** Cache entries dropped: articles deleted or changed since an earlier run. */
    cacheRemoved: number;
    /** White-space separated words and characters of the articles in the graph. */
    words: number;
    chars: number;
    nodes: Record<string, number>;
    edges: number;
  };
  timings: {
    totalMs: number;
    /** Wall time of each phase of the run. */
    phasesMs: Record<string, number>;
    /** Time in each per-article stage, summed over the articles extracted in this run (over all workers). */
    stagesMs: Record<string, number>;
  };
  errors: ArticleError[];
  /** Articles in the graph that a stage warned about (e.g. a language newsgraph does not read). */
  warnings: ArticleWarning[];
  skipped: SkippedFile[];
}

export interface ArticleWarning {
  source: string;
  stage: string;
  message: string;
}

export function articleError(error: ArticleReadError | ExtractionError, reason: string): ArticleError {
  const prefix = `${error.source}: ${reason}: `;
  return { source: error.source, reason, message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message };
}

export function countNodes(graph: Graph): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of graph.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareStrings(a, b)));
}

/** Rounded to 0.1 ms: the report is for people and dashboards, not for sub-microsecond noise. */
export function roundMs(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([key, ms]) => [key, Math.round(ms * 10) / 10]));
}
