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

/**
 * At most this many bytes of records are read ahead (see `readAhead`): all of a corpus of some ten thousand articles.
 * Parsed, they take about four times as much memory (65-80 MB measured on 10k articles), whatever the corpus's size.
 */
const READ_AHEAD_BYTES = 16 << 20;
/** Records read ahead at a time, so that the workers' replies wait no longer than a millisecond or two. */
const READ_AHEAD_SLICE = 64;

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
  /** Records read ahead, by source: their bytes and what they parse to. */
  private readonly ahead = new Map<string, { bytes: Buffer; record: GatherRecord }>();
  private aheadRows: IndexRow[] | null = null;
  private aheadNext = 0;
  private aheadBytes = 0;
  /** Where this run's rendering goes (see `begin`). */
  private spool: FileSpool | null = null;
  /** Articles taken from the memo in this run. */
  reused = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {
    const index = readBeside<MemoIndex>(dir, INDEX_FILE, version);
    if (index === null || !DATA_FILE.test(index.data) || !Array.isArray(index.articles)) return;
    try {
      this.fd = openSync(join(dir, index.data), 'r');
      if (fstatSync(this.fd).size !== index.bytes) throw new Error('the memo file is not of the size its index gives');
    } catch {
      this.close();
      return;
    }
    for (const row of index.articles) this.previous.set(row[0], row);
  }

  /** `length` bytes of the memo's file from `offset`, or null if the file ends before. */
  private read(offset: number, length: number): Buffer | null {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd as number, bytes, done, length - done, offset + done);
      if (n === 0) return null;
      done += n;
    }
    return bytes;
  }

  private static parse(bytes: Buffer): GatherRecord | null {
    try {
      return JSON.parse(bytes.toString('utf8')) as GatherRecord;
    } catch {
      return null;
    }
  }

  /**
   * Reads and parses a few more of the last run's records, the part of finding an article that costs most, while the
   * run waits on its workers: writing the graph then finds them ready. Returns whether there are more to read.
   */
  readAhead(): boolean {
    if (this.fd === null) return false;
    const rows = (this.aheadRows ??= [...this.previous.values()]);
    for (let k = 0; k < READ_AHEAD_SLICE && this.aheadNext < rows.length; k++) {
      if (this.aheadBytes >= READ_AHEAD_BYTES) return false;
      const row = rows[this.aheadNext++]!;
      const bytes = this.read(row[3] + row[4] + row[5] + row[6], row[7]);
      const record = bytes === null ? null : RenderMemo.parse(bytes);
      if (bytes === null || record === null) continue;
      this.ahead.set(row[0], { bytes, record });
      this.aheadBytes += bytes.length;
    }
    return this.aheadNext < rows.length && this.aheadBytes < READ_AHEAD_BYTES;
  }

  /** The article's block as the last run rendered it, or null if anything it depends on changed. */
  find(source: string, sha256: string, signature: string): StoredRender | null {
    const row = this.previous.get(source);
    const ahead = this.ahead.get(source);
    if (ahead !== undefined) this.ahead.delete(source);
    if (row === undefined || this.fd === null || row[1] !== sha256 || row[2] !== signature) return null;
    const lengths = row.slice(4) as number[];
    // The record, if read ahead, is not read again.
    const block = this.read(row[3], lengths[0] + lengths[1] + lengths[2] + (ahead === undefined ? lengths[3] : 0));
    if (block === null) return null;
    const parts: Buffer[] = [];
    let at = 0;
    for (const length of lengths.slice(0, 3)) parts.push(block.subarray(at, (at += length)));
    parts.push(ahead?.bytes ?? block.subarray(at, at + lengths[3]));
    const record = ahead?.record ?? RenderMemo.parse(parts[3]);
    if (record === null || record.h !== sha256) return null;
    this.reused++;
    return { parts, record };
  }

  /** Starts this run's rendering, kept in `spool`, which `commit` makes the next memo. */
  begin(spool: FileSpool): void {
    this.spool = spool;
  }

  private get writing(): FileSpool {
    if (this.spool === null) throw new Error('RenderMemo: begin() with the spool before noting or committing');
    return this.spool;
  }

  /** Where this run's rendering of an article lies in the spool: four segments put one after the other from `first`. */
  note(source: string, sha256: string, signature: string, first: number): void {
    const spool = this.writing;
    const lengths = [0, 1, 2, 3].map((i) => spool.length(first + i));
    this.rows.push([source, sha256, signature, spool.offset(first), lengths[0], lengths[1], lengths[2], lengths[3]]);
  }

  /**
   * Makes this run's spool the memo, once the graph is written. The index is replaced last: a run killed before leaves
   * the old memo whole, and the data files no index names are removed by the next commit.
   */
  commit(): void {
    const spool = this.writing;
    this.close();
    const data = `render-${Date.now().toString(36)}${process.pid.toString(36)}.bin`;
    const bytes = spool.keepAs(join(this.dir, data));
    const index: MemoIndex = { data, bytes, articles: this.rows };
    writeBeside(this.dir, INDEX_FILE, this.version, index);
    for (const name of readdirSync(this.dir)) if (DATA_FILE.test(name) && name !== data) unlinkSync(join(this.dir, name));
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.ahead.clear();
    this.aheadRows = null;
  }
}
