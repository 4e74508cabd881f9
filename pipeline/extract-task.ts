import type { Resources } from '../stages/types.js';
import { extractArticle } from './extract.js';

/** One article's extraction as the run needs it: JSON without `source` (the cache entry), and the stage timings. */
export interface ExtractOutput {
  json: string;
  timings: Record<string, number> | null;
}

/**
 * Extracts one article and serializes it. The run always parses this JSON back, whether it came from a worker, this
 * thread or the cache, so that a cached and a fresh extraction can never differ (undefined fields, -0, key order).
 */
export function extractToJson(bytes: Buffer, source: string, res: Resources): ExtractOutput {
  const { source: _source, timings, ...cacheable } = extractArticle(bytes, source, res);
  return { json: JSON.stringify(cacheable), timings: timings ?? null };
}
