import type { ArticleSummary, Extraction, Resources } from '../stages/types.js';
import { extractArticle } from './extract.js';
import type { CacheEntry } from './cache.js';
import { articleDetail } from './detail.js';

/**
 * One article's extraction as the run needs it: the cache entry (summary and detail as JSON, without `source`)
 * and the stage timings.
 */
export interface ExtractOutput extends CacheEntry {
  timings: Record<string, number> | null;
}

/**
 * The summary as cached: the facts and warnings, and each entity as a JSON string of its own, so that the run can keep
 * one object for the many articles that describe an entity the same way, without serializing it again.
 */
export interface CachedSummary extends Omit<ArticleSummary, 'source' | 'entities'> {
  entities: string[];
}

function summaryJson(x: Omit<Extraction, 'source' | 'timings'>): string {
  const summary: CachedSummary = {
    sha256: x.sha256,
    lang: x.lang,
    date: x.date,
    title: x.title,
    chars: x.chars,
    entities: x.entities.map(({ mentions: _mentions, ...descriptor }) => JSON.stringify(descriptor)),
    warnings: x.diagnostics.filter((d) => d.level !== 'info'),
  };
  return JSON.stringify(summary);
}

/**
 * Extracts one article and serializes it. The run always reads this JSON back, whether it came from a worker, this
 * thread or the cache, so that a cached and a fresh extraction can never differ (undefined fields, -0, key order).
 */
export function extractToJson(bytes: Buffer, source: string, res: Resources): ExtractOutput {
  const { source: _source, timings, ...cacheable } = extractArticle(bytes, source, res);
  return { summary: summaryJson(cacheable), detail: JSON.stringify(articleDetail(cacheable)), timings: timings ?? null };
}
