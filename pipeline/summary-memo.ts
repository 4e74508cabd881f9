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

  /** A summary as the run keeps it: its entities as the numbers of their descriptions here. */
  pooled(summary: CachedSummary): PooledSummary {
    const { entities, ...head } = summary;
    return { summary: head, entities: Int32Array.from(entities, (json) => this.id(json)) };
  }

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

/** A cache hit as the run takes it in: the summary's facts, and its entities as numbers in the run's `DescriptorPool`. */
export interface PooledSummary {
  summary: Omit<CachedSummary, 'entities'>;
  entities: Int32Array;
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
  /** Each of the memo's descriptions' number in the run's pool once met (-1 before): one lookup per description. */
  private inPool: Int32Array | null = null;
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

  /** The summary of the article with these bytes, as the cache holds it, its entities numbered in `pool`; or null. */
  get(sha256: string, pool: DescriptorPool): PooledSummary | null {
    const { rows, descriptors } = (this.saved ??= this.load());
    const row = rows.get(sha256);
    if (row === undefined || this.cache.size(sha256) !== row[7]) return null;
    const inPool = (this.inPool ??= new Int32Array(descriptors.length).fill(-1));
    const entities = new Int32Array(row[6].length);
    for (const [k, id] of row[6].entries()) {
      const json = descriptors[id];
      if (typeof json !== 'string') return null;
      if (inPool[id] < 0) inPool[id] = pool.id(json);
      entities[k] = inPool[id];
    }
    this.checked.set(sha256, row[7]);
    return { summary: { sha256, lang: row[1], date: row[2], title: row[3], chars: row[4], warnings: row[5] }, entities };
  }

  /**
   * Drops the last run's memo once every article is found: a corpus of 100k articles keeps some 70 MB in it that the
   * resolution and the graph's writing need for themselves. Later lookups find nothing.
   */
  release(): void {
    this.saved = { rows: new Map(), descriptors: [] };
    this.inPool = null;
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
