import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './atomic.js';
import { type CacheEntry, entryPart, type EntryStore } from './cache.js';
import { type FileRange, isFileRange, readRange } from './graph-stream.js';

/**
 * Text set aside while the graph is written: the parts of the graph that come after the entities but are made in the
 * same pass over the articles (statements, their edges) wait here, numbered by the order they were put in.
 */
export interface Spool {
  /** Keeps a text, bytes of UTF-8, or (without copying it) a range of a file that stays open; returns its number. */
  put(text: string | Uint8Array | FileRange): number;
  /** The text as UTF-8, or where it lies in a file: the graph copies it out as it is. */
  get(segment: number): Uint8Array | FileRange;
  /** Frees what the spool holds. */
  close(): void;
}

/** For graphs small enough to hold (tests, the in-memory `buildGraph`). */
export class MemorySpool implements Spool {
  private readonly texts: Uint8Array[] = [];
  put(text: string | Uint8Array | FileRange): number {
    if (typeof text === 'string') return this.texts.push(Buffer.from(text, 'utf8')) - 1;
    if (!isFileRange(text)) return this.texts.push(Uint8Array.from(text)) - 1;
    const bytes = Buffer.allocUnsafe(text.length);
    readRange(text, bytes);
    return this.texts.push(bytes) - 1;
  }
  get(segment: number): Uint8Array {
    return this.texts[segment];
  }
  close(): void {
    this.texts.length = 0;
  }
}

/** Bytes gathered before one write to the spool file. */
const WRITE_BATCH = 1 << 20;

/**
 * A temp file beside the graph (or in the cache, to be kept as the next run's render memo): its size grows with the
 * corpus, memory does not. A run killed meanwhile leaves the file with the temp suffix, which the next run removes.
 */
export class FileSpool implements Spool {
  private readonly path: string;
  private readonly fd: number;
  /** Where each segment lies: in this spool's file for what was put in as text, or in another for a range. */
  private readonly fds: number[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  /** Text put in since the last write, encoded straight into one buffer. */
  private pending = Buffer.allocUnsafe(WRITE_BATCH);
  private pendingBytes = 0;
  private written = 0;
  private open = true;
  private kept = false;

  /** `name`: what the temp file's name begins with, after a dot. */
  constructor(folder: string, name = 'graph-spool') {
    this.path = join(folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
    this.fd = openSync(this.path, 'wx+', 0o600);
  }

  put(text: string | Uint8Array | FileRange): number {
    if (typeof text !== 'string' && isFileRange(text)) return this.add(text.fd, text.offset, text.length);
    const most = typeof text === 'string' ? text.length * 3 : text.length;
    if (most > this.pending.length - this.pendingBytes) {
      this.flush();
      if (most > this.pending.length) this.pending = Buffer.allocUnsafe(most);
    }
    let length = text.length;
    if (typeof text === 'string') length = this.pending.write(text, this.pendingBytes, 'utf8');
    else this.pending.set(text, this.pendingBytes);
    const segment = this.add(this.fd, this.written + this.pendingBytes, length);
    this.pendingBytes += length;
    return segment;
  }

  private add(fd: number, offset: number, length: number): number {
    this.fds.push(fd);
    this.offsets.push(offset);
    return this.lengths.push(length) - 1;
  }

  private flush(): void {
    let done = 0;
    while (done < this.pendingBytes) done += writeSync(this.fd, this.pending, done, this.pendingBytes - done, this.written + done);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  /** Where the segment lies, to be read while its file is open (until `close`, or that other file's closing). */
  get(segment: number): FileRange {
    if (this.pendingBytes > 0 && this.fds[segment] === this.fd) this.flush();
    return this.where(segment);
  }

  /** Where the segment lies, or will once written out: its place in what `keepAs` keeps. */
  where(segment: number): FileRange {
    return { fd: this.fds[segment], offset: this.offsets[segment], length: this.lengths[segment] };
  }

  /** The segment's bytes. */
  read(segment: number): Buffer {
    const range = this.get(segment);
    const bytes = Buffer.allocUnsafe(range.length);
    readRange(range, bytes);
    return bytes;
  }

  /** Closes the file and keeps it at `path` (same folder or file system); returns its size. */
  keepAs(path: string): number {
    if (this.pendingBytes > 0) this.flush();
    this.open = false;
    closeSync(this.fd);
    renameSync(this.path, path);
    this.kept = true;
    return this.written;
  }

  /** Closes the file and removes it, unless kept; a failed `keepAs` leaves it for this to remove. */
  close(): void {
    if (this.kept) return;
    // Never closed twice: with worker threads in the process the number may already belong to another file.
    if (this.open) closeSync(this.fd);
    this.open = false;
    try {
      unlinkSync(this.path);
    } catch {
      // removed already
    }
  }
}

/**
 * The extractions of a run without a cache, in one temp file beside the graph: written once, read once more while the
 * graph is written. One file instead of a cache folder of one file per article, each of which costs a file creation.
 */
export class ScratchEntries implements EntryStore {
  private readonly spool: FileSpool;
  private readonly segments = new Map<string, number>();
  readonly folder: string;

  constructor(folder: string) {
    this.spool = new FileSpool(folder, 'extractions');
    this.folder = folder;
  }

  put(sha256: string, entry: CacheEntry): void {
    this.segments.set(sha256, this.spool.put(`${entry.summary}\n${entry.detail}`));
  }

  get(sha256: string, part: keyof CacheEntry): string | null {
    const segment = this.segments.get(sha256);
    if (segment === undefined) return null;
    const bytes = this.spool.read(segment);
    return entryPart(bytes, 0, bytes.length, part);
  }

  /** Removes the file. */
  close(): void {
    this.spool.close();
  }
}
