import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashVersion, readBeside, writeBeside } from './cache.js';
import type { FileSpool } from './spool.js';

/**
 * What an article gives the graph besides its spooled texts, by the article's own entity numbers so that it holds
 * whatever node numbers the entities get: mentions as flat (entity, start, end, text) groups in the order they are
 * gathered, roles as (entity, text, lang), said statements as (speaker, statement, start, end); the number of statement
 * nodes and of edges; and the article's hash, which a record read from the wrong place cannot match.
 */
export interface GatherRecord {
  m: (number | string)[];
  r: (number | string)[];
  s: number[];
  n: number;
  e: number;
  h?: string;
}

/**
 * An article's part of the graph as the last run wrote it. `parts`: its statement nodes, statement edges, mention edges
 * and record, as bytes, which lie back to back in the memo's file and are put in the spool the same way.
 */
export interface StoredRender {
  parts: Buffer[];
  record: GatherRecord;
}

const INDEX_FILE = 'render-index.json';
const DATA_FILE = /^render-[0-9a-z]+\.bin$/;

/** source, sha256, signature, offset, then the four lengths. */
type IndexRow = [string, string, string, number, number, number, number, number];

interface MemoIndex {
  data: string;
  bytes: number;
  articles: IndexRow[];
}

/** The writer's code in the version: a change to how the graph is written must never reuse what the old code wrote. */
export function renderVersion(pipelineVersion: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = ['graph', 'graph-stream', 'render-memo', 'spool'].flatMap((name) => [`${name}.js`, `${name}.ts`]).map((name) => join(here, name));
  return hashVersion(pipelineVersion, here, modules.filter((path) => existsSync(path)));
}

/**
 * The previous run's rendering of each article, kept beside the cache: an article whose bytes, source and entity ids
 * are unchanged takes its part of the graph from there instead of being loaded from the cache and rendered again, which
 * is most of the work of writing the graph of a corpus that barely changed. The run's spool becomes the next memo.
 * Anything that does not match (another version, a missing or shorter file, a record of another article) is simply
 * rendered afresh: the memo can make a run slower, never its graph different.
 */
export class RenderMemo {
  private readonly previous = new Map<string, IndexRow>();
  private fd: number | null = null;
  private readonly rows: IndexRow[] = [];
  /** Articles taken from the memo in this run. */
  reused = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly spool: FileSpool,
  ) {
    const index = readBeside<MemoIndex>(dir, INDEX_FILE, version);
    if (index === null || !DATA_FILE.test(index.data) || !Array.isArray(index.articles)) return;
    try {
      this.fd = openSync(join(dir, index.data), 'r');
    } catch {
      return;
    }
    if (fstatSync(this.fd).size !== index.bytes) {
      this.close();
      return;
    }
    for (const row of index.articles) this.previous.set(row[0], row);
  }

  /** The article's block as the last run rendered it, or null if anything it depends on changed. */
  find(source: string, sha256: string, signature: string): StoredRender | null {
    const row = this.previous.get(source);
    if (row === undefined || this.fd === null || row[1] !== sha256 || row[2] !== signature) return null;
    const lengths = row.slice(4) as number[];
    const block = Buffer.allocUnsafe(lengths.reduce((sum, n) => sum + n, 0));
    let done = 0;
    while (done < block.length) {
      const n = readSync(this.fd, block, done, block.length - done, row[3] + done);
      if (n === 0) return null;
      done += n;
    }
    const parts: Buffer[] = [];
    let at = 0;
    for (const length of lengths) parts.push(block.subarray(at, (at += length)));
    let record: GatherRecord;
    try {
      record = JSON.parse(parts[3].toString('utf8')) as GatherRecord;
    } catch {
      return null;
    }
    if (record.h !== sha256) return null;
    this.reused++;
    return { parts, record };
  }

  /** Where this run's rendering of an article lies in the spool: four segments put one after the other from `first`. */
  note(source: string, sha256: string, signature: string, first: number): void {
    const lengths = [0, 1, 2, 3].map((i) => this.spool.length(first + i));
    this.rows.push([source, sha256, signature, this.spool.offset(first), lengths[0], lengths[1], lengths[2], lengths[3]]);
  }

  /**
   * Makes this run's spool the memo, once the graph is written. The index is replaced last: a run killed before leaves
   * the old memo whole, and the data files no index names are removed by the next commit.
   */
  commit(): void {
    this.close();
    const data = `render-${Date.now().toString(36)}${process.pid.toString(36)}.bin`;
    const bytes = this.spool.keepAs(join(this.dir, data));
    const index: MemoIndex = { data, bytes, articles: this.rows };
    writeBeside(this.dir, INDEX_FILE, this.version, index);
    for (const name of readdirSync(this.dir)) if (DATA_FILE.test(name) && name !== data) unlinkSync(join(this.dir, name));
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
