import type { Stats } from 'node:fs';
import { compareStrings } from '../stages/order.js';
import { readBeside, writeBeside } from './cache.js';

const INDEX_FILE = 'file-index.json';

/**
 * How long before it was read a file must have last changed for its stat to vouch for its bytes: a file changed again
 * within the file system's timestamp granularity after being read could keep its size and times (git's "racily
 * clean" files). Two seconds covers the coarsest clocks file systems keep.
 */
const RACY_MS = 2000;

/** source, dev, ino, size, mtimeMs, ctimeMs, sha256, words. */
type Row = [string, number, number, number, number, number, string, number];

/** What the index knows of an article whose file is unchanged since a run read it. */
export interface KnownFile {
  sha256: string;
  words: number;
}

/**
 * What each article's file was when a run last read it (device, inode, size, modification and change times) and the
 * SHA-256 and word count of its bytes, kept beside the cache as git keeps its index: a file whose stat is the same is
 * not read and hashed again. Its extraction is still looked up by that hash, and a file changed in any way (written,
 * replaced, renamed over, its mode changed) has another change time.
 */
export class FileIndex {
  private readonly previous = new Map<string, Row>();
  private readonly rows: Row[] = [];

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly racyMs = RACY_MS,
  ) {
    const rows = readBeside<Row[]>(dir, INDEX_FILE, version);
    if (Array.isArray(rows)) for (const row of rows) this.previous.set(row[0], row);
  }

  /** Whether a run has read an article of this source (and it was not changed just before). */
  has(source: string): boolean {
    return this.previous.has(source);
  }

  /** The hash and words of an article whose file has the stat it had when last read, or null. */
  known(source: string, stats: Stats): KnownFile | null {
    const row = this.previous.get(source);
    if (row === undefined || row[1] !== stats.dev || row[2] !== stats.ino || row[3] !== stats.size || row[4] !== stats.mtimeMs || row[5] !== stats.ctimeMs) return null;
    return { sha256: row[6], words: row[7] };
  }

  /** Notes an article of this run: its file's stat when read at `readAt` (ms since the epoch), its hash and words. */
  note(source: string, stats: Stats, readAt: number, file: KnownFile): void {
    if (Math.max(stats.mtimeMs, stats.ctimeMs) > readAt - this.racyMs) return;
    this.rows.push([source, stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs, file.sha256, file.words]);
  }

  /** Replaces the index with this run's articles, by source. */
  save(): void {
    writeBeside(this.dir, INDEX_FILE, this.version, this.rows.sort((p, q) => compareStrings(p[0], q[0])));
  }
}
