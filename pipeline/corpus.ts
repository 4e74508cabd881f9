import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ArticleReadError } from '../stages/read.js';
import { compareStrings } from '../stages/order.js';

/** An article file found under the input folder. */
export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input folder, with `/` separators: the article's identity. */
  source: string;
}

export type SkipReason = 'not-txt' | 'hidden' | 'not-regular' | 'dangling-symlink' | 'symlink-loop' | 'output-folder';

/** A directory entry that is not an article, and why; reported, never an error. */
export interface SkippedFile {
  source: string;
  reason: SkipReason;
  detail: string;
}

export interface CorpusListing {
  /** Sorted by source. */
  files: CorpusFile[];
  skipped: SkippedFile[];
  /** `.txt` entries that cannot be articles (a FIFO, a dangling link) and folders that cannot be read. */
  errors: ArticleReadError[];
}

export interface ListOptions {
  /** Absolute folders never to enter (the output and cache folders when they lie inside the input). */
  exclude?: readonly string[];
}

function isArticleName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Lists every `.txt` article under `root`, recursively, in a deterministic order. Symbolic links are followed, but a
 * folder is entered once only (by device and inode), so link loops end; hidden entries, other files and special
 * files are skipped with a reason; nothing here throws for one bad entry.
 */
export function listCorpus(root: string, options: ListOptions = {}): CorpusListing {
  const base = resolve(root);
  const exclude = new Set((options.exclude ?? []).map((folder) => resolve(folder)));
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  const errors: ArticleReadError[] = [];
  const visited = new Set<string>();
  // Paths and sources are extended name by name, not worked out again with join and relative for each of a corpus's
  // tens of thousands of entries.
  const child = (folder: string, name: string): string => (folder.endsWith(sep) ? folder + name : folder + sep + name);
  const sourceOf = new Map<string, string>([[base, '']]);

  const rootStats = statSync(base);
  visited.add(`${rootStats.dev}:${rootStats.ino}`);
  // An explicit stack, not recursion: a folder tree thousands of levels deep must not overflow the call stack.
  const pending: string[] = [base];
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push(new ArticleReadError(sourceOf.get(folder) || '.', 'unreadable', `cannot read the folder (${errnoOf(error)})`));
      continue;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    const subfolders: string[] = [];
    const folderSource = sourceOf.get(folder) as string;
    sourceOf.delete(folder);
    for (const entry of entries) {
      const path = child(folder, entry.name);
      const source = folderSource === '' ? entry.name : `${folderSource}/${entry.name}`;
      const article = isArticleName(entry.name);
      if (entry.name.startsWith('.')) {
        skipped.push({ source, reason: 'hidden', detail: 'hidden entry' });
        continue;
      }
      if (entry.isFile()) {
        if (article) files.push({ path, source });
        else skipped.push({ source, reason: 'not-txt', detail: 'not a .txt file' });
        continue;
      }
      let stats: Stats;
      try {
        // Follows symbolic links: a link counts as what it points to.
        stats = statSync(path);
      } catch (error) {
        const code = errnoOf(error);
        const loop = code === 'ELOOP';
        const detail = loop ? 'symbolic link loop' : code === 'ENOENT' ? 'dangling symbolic link (its target is missing)' : `cannot stat (${code})`;
        if (article) errors.push(new ArticleReadError(source, 'unreadable', detail));
        else skipped.push({ source, reason: loop ? 'symlink-loop' : 'dangling-symlink', detail });
        continue;
      }
      if (stats.isDirectory()) {
        if (exclude.has(path)) {
          skipped.push({ source, reason: 'output-folder', detail: "newsgraph's own output folder" });
          continue;
        }
        const identity = `${stats.dev}:${stats.ino}`;
        if (visited.has(identity)) {
          skipped.push({ source, reason: 'symlink-loop', detail: 'a link to a folder already walked' });
          continue;
        }
        visited.add(identity);
        subfolders.push(path);
        sourceOf.set(path, source);
      } else if (stats.isFile()) {
        if (article) files.push({ path, source });
        else skipped.push({ source, reason: 'not-txt', detail: 'not a .txt file' });
      } else if (article) {
        errors.push(new ArticleReadError(source, 'unreadable', `${kindOf(stats)}, not a regular file`));
      } else {
        skipped.push({ source, reason: 'not-regular', detail: kindOf(stats) });
      }
    }
    // Reversed onto the stack so that folders are walked in name order.
    for (let i = subfolders.length - 1; i >= 0; i--) pending.push(subfolders[i]);
  }
  files.sort((a, b) => compareStrings(a.source, b.source));
  skipped.sort((a, b) => compareStrings(a.source, b.source));
  errors.sort((a, b) => compareStrings(a.source, b.source));
  return { files, skipped, errors };
}

/**
 * Reads an article's bytes, refusing more than `maxBytes`; `seen` is given the open file's stat. Opened non-blocking,
 * so that a FIFO put in place of a file cannot hang the run; every failure becomes an ArticleReadError naming the file
 * and the reason. Synchronous: articles are small, and for small files the thread pool's round trips cost far more
 * than the reading itself.
 */
export function readArticleBytes(file: CorpusFile, maxBytes: number, seen?: (stats: Stats) => void): Buffer {
  let fd: number;
  try {
    fd = openSync(file.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ArticleReadError(file.source, 'unreadable', describeOpenError(error));
  }
  try {
    const stats = fstatSync(fd);
    seen?.(stats);
    if (!stats.isFile()) throw new ArticleReadError(file.source, 'unreadable', `${kindOf(stats)}, not a regular file`);
    if (stats.size > maxBytes) throw tooLarge(file.source, `the file has ${stats.size} bytes`, maxBytes);
    // One byte more than allowed tells a file that grew past the limit since the stat.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(file.source, 'the file grew past it while being read', maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ArticleReadError) throw error;
    throw new ArticleReadError(file.source, 'unreadable', `read failed (${errnoOf(error)})`);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(source: string, what: string, maxBytes: number): ArticleReadError {
  return new ArticleReadError(source, 'too-large', `over the limit of ${maxBytes} bytes (--max-bytes): ${what}`);
}

function describeOpenError(error: unknown): string {
  switch (errnoOf(error)) {
    case 'ENOENT':
      return 'the file disappeared before it could be read (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${errnoOf(error)})`;
    case 'EISDIR':
      return 'a folder, not a file (EISDIR)';
    default:
      return `cannot open (${errnoOf(error)})`;
  }
}

/** Words as runs of non-space bytes: the same measure for every language and for cached articles. */
export function countWords(bytes: Uint8Array): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const space = b === 0x20 || (b >= 0x09 && b <= 0x0d);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
