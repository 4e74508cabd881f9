import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashVersion, readBeside, writeBeside } from './cache.js';
import { type FileRange, readRange } from './graph-stream.js';
import { FileSpool } from './spool.js';

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

/** An article's three parts of the graph, in this order (see `StoredRender`). */
export const RENDER_PARTS = 3;

/**
 * An article's part of the graph as the last run wrote it: where its statement nodes, statement edges and mention edges
 * lie in the last graph (each may be empty), and its record, parsed and as the bytes to keep for the next run.
 */
export interface StoredRender {
  parts: FileRange[];
  record: GatherRecord;
  recordBytes: Buffer;
}

/**
 * What identifies the graph file the parts lie in: a graph replaced or edited since is not read from. Its size and
 * modification time, as for the previous graph's identities: a copy that keeps both (a backup put back) is the same
 * graph.
 */
export interface GraphIdentity {
  size: number;
  mtimeMs: number;
}

const INDEX_FILE = 'render-index.json';
const DATA_FILE = /^render-[0-9a-z]+\.bin$/;

/** source, sha256, signature, and places: the record's offset and length in the data file, then each part's in the graph. */
type IndexRow = [string, string, string, number[]];
const FIRST_PART = 2;

/**
 * At most this many bytes of records are read ahead (see `readAhead`): all of a corpus of some ten thousand articles.
 * Parsed, they take about four times as much memory (65-80 MB measured on 10k articles), whatever the corpus's size.
 */
const READ_AHEAD_BYTES = 16 << 20;
/** Records read ahead at a time, so that the workers' replies wait no longer than a millisecond or two. */
const READ_AHEAD_SLICE = 64;

/** Whether `length` bytes from `offset` lie within a file of `size` bytes: an index edited by hand is never trusted. */
function within(offset: unknown, length: unknown, size: number): boolean {
  return Number.isSafeInteger(offset) && Number.isSafeInteger(length) && (offset as number) >= 0 && (length as number) >= 0 && (offset as number) + (length as number) <= size;
}

/**
 * An entity node's id and places: how many mentions its node lists and where the node lies in the graph, how many `said`
 * edges it is the source of and where they lie (one run of edges; 0 and 0 for none).
 */
type EntityRow = [string, number[]];
const NODE = 0;
const SAID = 3;

interface MemoIndex {
  /** The records' file, and its size. */
  data: string;
  bytes: number;
  graph: GraphIdentity;
  articles: IndexRow[];
  entities: EntityRow[];
}

/** The writer's code in the version: a change to how the graph is written must never reuse what the old code wrote. */
export function renderVersion(pipelineVersion: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = ['graph', 'graph-stream', 'render-memo', 'spool'].flatMap((name) => [`${name}.js`, `${name}.ts`]).map((name) => join(here, name));
  return hashVersion(pipelineVersion, here, modules.filter((path) => existsSync(path)));
}

/**
 * The previous run's rendering of each article: an article whose bytes, source and entity ids are unchanged takes its
 * part of the graph from the last graph, where the index says it lies, instead of being loaded from the cache and
 * rendered again, which is most of the work of writing the graph of a corpus that barely changed. So do the node and
 * the `said` edges of an entity that only such articles name (see `storedNode`). Only the records (what the entity nodes
 * and `said` edges need) are kept in a file of their own beside the cache. Anything that does not match (another
 * version, a graph replaced or edited since, a missing or shorter file, a record of another article) is simply rendered
 * afresh: the memo can make a run slower, never its graph different.
 */
export class RenderMemo {
  private readonly previous = new Map<string, IndexRow>();
  private readonly previousEntities = new Map<string, number[]>();
  private readonly entityRows: EntityRow[] = [];
  /** The last run's records, and the last graph. */
  private fd: number | null = null;
  private dataSize = 0;
  private graphFd: number | null = null;
  private graphSize = 0;
  private readonly rows: IndexRow[] = [];
  /** Records read ahead, by source: their bytes and what they parse to. */
  private readonly ahead = new Map<string, { bytes: Buffer; record: GatherRecord }>();
  private aheadRows: IndexRow[] | null = null;
  private aheadNext = 0;
  private aheadBytes = 0;
  /** This run's records, which `commit` makes the next memo's data file. */
  private records: FileSpool | null = null;
  /** Articles, and entity nodes, taken from the memo in this run. */
  reused = 0;
  reusedEntities = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    graph: string,
  ) {
    const index = readBeside<MemoIndex>(dir, INDEX_FILE, version);
    if (index === null || !DATA_FILE.test(index.data) || !Array.isArray(index.articles) || typeof index.graph !== 'object' || index.graph === null) return;
    try {
      this.fd = openSync(join(dir, index.data), 'r');
      this.dataSize = fstatSync(this.fd).size;
      if (this.dataSize !== index.bytes) throw new Error('the memo file is not of the size its index gives');
      this.graphFd = openSync(graph, 'r');
      const stats = fstatSync(this.graphFd);
      if (stats.size !== index.graph.size || stats.mtimeMs !== index.graph.mtimeMs) throw new Error('the graph is not the one the memo was written with');
      this.graphSize = stats.size;
    } catch {
      this.close();
      return;
    }
    for (const row of index.articles) if (Array.isArray(row) && Array.isArray(row[3])) this.previous.set(row[0], row);
    for (const row of Array.isArray(index.entities) ? index.entities : []) if (Array.isArray(row) && Array.isArray(row[1])) this.previousEntities.set(row[0], row[1]);
  }

  /** `length` bytes of the records' file from `offset`, or null if the file ends before. */
  private read(offset: number, length: number): Buffer | null {
    if (!within(offset, length, this.dataSize)) return null;
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
      const bytes = this.read(row[3][0], row[3][1]);
      const record = bytes === null ? null : RenderMemo.parse(bytes);
      if (bytes === null || record === null) continue;
      this.ahead.set(row[0], { bytes, record });
      this.aheadBytes += bytes.length;
    }
    return this.aheadNext < rows.length && this.aheadBytes < READ_AHEAD_BYTES;
  }

  /** The article's parts as the last run wrote them, or null if anything they depend on changed. */
  find(source: string, sha256: string, signature: string): StoredRender | null {
    const row = this.previous.get(source);
    const ahead = this.ahead.get(source);
    if (ahead !== undefined) this.ahead.delete(source);
    if (row === undefined || this.fd === null || this.graphFd === null || row[1] !== sha256 || row[2] !== signature) return null;
    const parts: FileRange[] = [];
    for (let k = 0; k < RENDER_PARTS; k++) {
      const offset = row[3][FIRST_PART + 2 * k];
      const length = row[3][FIRST_PART + 2 * k + 1];
      if (!within(offset, length, this.graphSize)) return null;
      parts.push({ fd: this.graphFd, offset, length });
    }
    const recordBytes = ahead?.bytes ?? this.read(row[3][0], row[3][1]);
    if (recordBytes === null) return null;
    const record = ahead?.record ?? RenderMemo.parse(recordBytes);
    if (record === null || record.h !== sha256) return null;
    this.reused++;
    return { parts, record, recordBytes };
  }

  /** Bytes `offset`..`offset + length` of the last graph, or null if they are not all there. */
  private readGraph(offset: number, length: number): Buffer | null {
    if (this.graphFd === null || length === 0 || !within(offset, length, this.graphSize)) return null;
    const bytes = Buffer.allocUnsafe(length);
    readRange({ fd: this.graphFd, offset, length }, bytes);
    return bytes;
  }

  /**
   * The entity's node as the last graph has it, when that node listed as many mentions and its item begins with `open`
   * and ends with `close` (see `mentionsFrame`): the caller vouches that each of its mentions now comes from an article
   * taken from the memo, so that the mentions are those of the last run, and these bytes show that the rest of the node
   * (name, aliases, roles, evidence) is the same too. Else null.
   */
  storedNode(id: string, mentions: number, open: Buffer, close: Buffer): Buffer | null {
    const places = this.previousEntities.get(id);
    if (places === undefined || places[NODE] !== mentions) return null;
    const bytes = this.readGraph(places[NODE + 1], places[NODE + 2]);
    if (bytes === null || bytes.length < open.length + close.length) return null;
    if (!bytes.subarray(0, open.length).equals(open) || !bytes.subarray(bytes.length - close.length).equals(close)) return null;
    this.reusedEntities++;
    return bytes;
  }

  /**
   * The entity's `said` edges as the last graph has them, when there were as many: the caller vouches that each
   * statement it said now comes from an article taken from the memo (edges name only the entity and the statement).
   */
  storedSaid(id: string, said: number): FileRange | null {
    const places = this.previousEntities.get(id);
    if (this.graphFd === null || places === undefined || places[SAID] !== said) return null;
    const [offset, length] = [places[SAID + 1], places[SAID + 2]];
    return length !== 0 && within(offset, length, this.graphSize) ? { fd: this.graphFd, offset, length } : null;
  }

  /** Notes an entity node for the next run; returns the number by which `placedNode` and `placedSaid` name it. */
  noteEntity(id: string): number {
    return this.entityRows.push([id, [0, 0, 0, 0, 0, 0]]) - 1;
  }

  placedNode(row: number, mentions: number, offset: number, length: number): void {
    this.entityRows[row][1].splice(NODE, 3, mentions, offset, length);
  }

  placedSaid(row: number, said: number, offset: number, length: number): void {
    this.entityRows[row][1].splice(SAID, 3, said, offset, length);
  }

  /** Keeps an article's record for the next run; returns the number by which `placed` names its parts. */
  note(source: string, sha256: string, signature: string, record: string | Uint8Array): number {
    this.records ??= new FileSpool(this.dir, 'render');
    const range = this.records.where(this.records.put(record));
    return this.rows.push([source, sha256, signature, [range.offset, range.length, 0, 0, 0, 0, 0, 0]]) - 1;
  }

  /** Where part `part` of a noted article landed in the graph being written. */
  placed(row: number, part: number, offset: number, length: number): void {
    const places = this.rows[row][3];
    places[FIRST_PART + 2 * part] = offset;
    places[FIRST_PART + 2 * part + 1] = length;
  }

  /**
   * Makes this run's records and placements the memo, once every part has been placed in `graph`. The index is
   * replaced last: a run killed before leaves the old memo whole, and the data files no index names are removed by the
   * next commit. A run killed after it, before its graph replaces the last one, leaves a memo whose graph is not there,
   * which the next run does not use.
   */
  commit(graph: GraphIdentity): void {
    this.closeLast();
    this.records ??= new FileSpool(this.dir, 'render');
    const data = `render-${Date.now().toString(36)}${process.pid.toString(36)}.bin`;
    const bytes = this.records.keepAs(join(this.dir, data));
    const index: MemoIndex = { data, bytes, graph: { size: graph.size, mtimeMs: graph.mtimeMs }, articles: this.rows, entities: this.entityRows };
    writeBeside(this.dir, INDEX_FILE, this.version, index);
    for (const name of readdirSync(this.dir)) if (DATA_FILE.test(name) && name !== data) unlinkSync(join(this.dir, name));
  }

  /** Closes the last run's files; this run's records, unless committed, are removed. */
  close(): void {
    this.closeLast();
    this.records?.close();
    this.records = null;
  }

  private closeLast(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.graphFd !== null) closeSync(this.graphFd);
    this.fd = null;
    this.graphFd = null;
    this.ahead.clear();
    this.aheadRows = null;
  }
}
