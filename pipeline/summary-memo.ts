import type { ArticleLang, ArticleSummary, Diagnostic, EntityDescriptor } from '../stages/types.js';
import { type ExtractionCache, readBeside, writeBeside } from './cache.js';
import type { CachedSummary } from './extract-task.js';

const MEMO_FILE = 'summary-memo.json';

/**
 * One object per distinct entity description, numbered in the order first met: the many articles that name Putin the
 * same way share it, so that the summaries of a large corpus fit in memory, and the summary memo stores it once.
 */
export class DescriptorPool {
  private readonly ids = new Map<string, number>();
  /** Each description's JSON, by number. */
  readonly json: string[] = [];
  readonly descriptors: EntityDescriptor[] = [];

  id(json: string): number {
    let id = this.ids.get(json);
    if (id === undefined) {
      id = this.json.push(json) - 1;
      this.ids.set(json, id);
      this.descriptors.push(JSON.parse(json) as EntityDescriptor);
    }
    return id;
  }
}

/** sha256, lang, date, title, chars, warnings, the numbers of its entities' descriptions, its cache entry's size. */
type Row = [string, ArticleLang, string | null, string | null, number, Diagnostic[], number[], number];

interface Saved {
  descriptors: string[];
  articles: Row[];
}

/**
 * Every article's summary as the last run kept it, by the hash of its bytes, in one file beside the cache: a run over
 * a corpus that barely changed reads this instead of one cache entry per article, and parses each entity description
 * once instead of once per article that has it. A memo that is missing, torn or of another version is not used, and an
 * article it lacks, or whose cache entry is gone or no longer of the size it had, is looked up in the cache: the memo
 * can make a run slower, never its graph different, and the graph's writing still finds every article's entry whole.
 */
export class SummaryMemo {
  /** Read at the first `get`, so that a run starts its workers without waiting for it. */
  private saved: { rows: Map<string, Row>; descriptors: string[] } | null = null;
  /** The entry sizes of the articles this run took from the memo, checked against the cache. */
  private readonly checked = new Map<string, number>();

  constructor(private readonly cache: ExtractionCache) {}

  private load(): { rows: Map<string, Row>; descriptors: string[] } {
    const rows = new Map<string, Row>();
    const saved = readBeside<Saved>(this.cache.dir, MEMO_FILE, this.cache.version);
    if (saved === null || !Array.isArray(saved.descriptors) || !Array.isArray(saved.articles)) return { rows, descriptors: [] };
    for (const row of saved.articles) if (Array.isArray(row) && Array.isArray(row[6])) rows.set(row[0], row);
    return { rows, descriptors: saved.descriptors };
  }

  /** The summary of the article with these bytes, as the cache holds it, or null. */
  get(sha256: string): CachedSummary | null {
    const { rows, descriptors } = (this.saved ??= this.load());
    const row = rows.get(sha256);
    if (row === undefined || this.cache.size(sha256) !== row[7]) return null;
    const entities: string[] = [];
    for (const id of row[6]) {
      const json = descriptors[id];
      if (typeof json !== 'string') return null;
      entities.push(json);
    }
    this.checked.set(sha256, row[7]);
    // The cache's key order (see summaryJson), so that a summary read from either place is the same object.
    return { sha256, lang: row[1], date: row[2], title: row[3], chars: row[4], entities, warnings: row[5] };
  }

  /**
   * Drops the last run's memo once every article is found: a corpus of 100k articles keeps some 70 MB in it that the
   * resolution and the graph's writing need for themselves. Later lookups find nothing.
   */
  release(): void {
    this.saved = { rows: new Map(), descriptors: [] };
  }

  /** Replaces the memo with this run's articles, each with the numbers its entity descriptions have in `pool`. */
  save(articles: readonly ArticleSummary[], entityIds: readonly Int32Array[], pool: DescriptorPool): void {
    const rows: Row[] = [];
    articles.forEach((a, i) => {
      const size = this.checked.get(a.sha256) ?? this.cache.size(a.sha256);
      if (size !== null) rows.push([a.sha256, a.lang, a.date, a.title, a.chars, a.warnings, [...entityIds[i]], size]);
    });
    writeBeside(this.cache.dir, MEMO_FILE, this.cache.version, { descriptors: pool.json, articles: rows } satisfies Saved);
  }
}
