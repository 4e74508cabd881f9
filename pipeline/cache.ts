import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../stages/resources.js';
import { TEMP_SUFFIX, writeFileAtomic } from './atomic.js';

const VERSION_FOLDER = /^[0-9A-Za-z.+-]+-[0-9a-f]{16}$/;
const ENTRY_FILE = /^([0-9a-f]{64})\.json$/;
const NEWLINE = 0x0a;

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) found.push(path);
    }
  }
  return found.sort();
}

/** A version string from a package version and the contents (and names relative to `root`) of the given files. */
export function hashVersion(packageVersion: string, root: string, files: readonly string[], runtime = ''): string {
  const hash = createHash('sha256');
  hash.update(`package ${packageVersion}\n${runtime}\n`);
  for (const path of files) {
    hash.update(`${relative(root, path).split(sep).join('/')}\n`);
    hash.update(readFileSync(path));
  }
  return `${packageVersion}-${hash.digest('hex').slice(0, 16)}`;
}

/**
 * The pipeline version that keys the cache: the package version plus a hash of everything an extraction depends on,
 * the stage code, the extraction, detail and cache modules, the language data, the models, the locked library versions (eld, compromise)
 * and the ICU data that names months for the entity rules. Any change to one of them gives a new version, so that a
 * stale extraction is never reused, without anyone having to remember to bump a number.
 */
export function pipelineVersion(): string {
  const root = dirname(dataPath());
  // The running code: the package root under jest, dist/ when built.
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  const modules = ['extract', 'extract-task', 'detail', 'worker', 'cache'].flatMap((name) => [`${name}.js`, `${name}.ts`]).map((name) => join(code, 'pipeline', name));
  const files = [
    ...filesUnder(join(code, 'stages')),
    ...modules.filter((path) => existsSync(path)),
    ...filesUnder(join(root, 'data')),
    ...filesUnder(join(root, 'models')),
    ...[join(root, 'package-lock.json')].filter((path) => existsSync(path)),
  ];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return hashVersion(pkg.version ?? '0.0.0', root, files, `icu ${process.versions.icu ?? 'none'}`);
}

/** One article in the cache: its summary (read by every run) and its detail (read when the graph is written), as JSON. */
export interface CacheEntry {
  summary: string;
  detail: string;
}

/**
 * One part of an entry's `summary\ndetail` bytes from `start` to `end`, decoded; null if there is no line break between
 * them. The cache and the scratch file store entries this way.
 */
export function entryPart(bytes: Buffer, start: number, end: number, part: keyof CacheEntry): string | null {
  const split = bytes.indexOf(NEWLINE, start);
  if (split < 0 || split >= end) return null;
  return part === 'summary' ? bytes.toString('utf8', start, split) : bytes.toString('utf8', split + 1, end);
}

/**
 * What a run keeps beside the cache's entries for the next one (the file index, the render memo's index, the graph's
 * identities): the value written under `version`, or null when it is missing, torn or of another version, in which
 * case the next run does the work it would have saved.
 */
export function readBeside<T>(dir: string, name: string, version: string): T | null {
  try {
    const saved = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { version?: unknown; value?: T };
    return saved.version === version && saved.value !== undefined ? saved.value : null;
  } catch {
    return null;
  }
}

/** Writes what `readBeside` reads: never seen half-written, not flushed to disk (see AtomicWriteOptions.durable). */
export function writeBeside(dir: string, name: string, version: string, value: unknown): void {
  writeFileAtomic(join(dir, name), JSON.stringify({ version, value }), { durable: false });
}

/** Where a run keeps its extractions until the graph is written: the cache, or a scratch file without one. */
export interface EntryStore {
  /** One part of an entry, or null. */
  get(sha256: string, part: keyof CacheEntry): string | null;
  put(sha256: string, entry: CacheEntry): void;
  /** Where the entries are, for messages. */
  readonly folder: string;
}

/**
 * Per-article extractions (JSON, without `source`: the same bytes under another path reuse the entry)
 * keyed by the SHA-256 of the article's bytes, under `<dir>/<version>/ab/<sha>.json`. An entry is three lines: a header
 * naming version and hash, the summary, the detail; JSON never holds a raw line break. An entry that is torn,
 * foreign or of another version reads as a miss, so the cache can never make a graph wrong, only slower.
 */
export class ExtractionCache implements EntryStore {
  readonly folder: string;
  /** Shard folders known to exist: a folder is made once, not checked again for every entry. */
  private readonly shards = new Set<string>();

  constructor(
    readonly dir: string,
    readonly version: string,
  ) {
    this.folder = join(resolve(dir), version);
  }

  /** By concatenation: `join` normalizes the path again for each of a run's tens of thousands of lookups. */
  private entryPath(sha256: string): string {
    return `${this.folder}${sep}${sha256.slice(0, 2)}${sep}${sha256}.json`;
  }

  private header(sha256: string): string {
    return `{"version":${JSON.stringify(this.version)},"sha256":"${sha256}"}\n`;
  }

  /**
   * One part of a cached entry, or null. Only that part is decoded: a run reads every summary, and every detail once
   * more while it writes the graph, and the detail is most of an entry.
   */
  get(sha256: string, part: keyof CacheEntry): string | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.entryPath(sha256));
    } catch {
      return null;
    }
    const header = this.header(sha256);
    if (bytes.length <= header.length || bytes.toString('latin1', 0, header.length) !== header || bytes[bytes.length - 1] !== NEWLINE) return null;
    return entryPart(bytes, header.length, bytes.length - 1, part);
  }

  /**
   * The size of an entry's file, or null when there is none: what tells, without reading it, that an entry is still
   * the one a run saw whole (a file cut short by a crash or by hand has another size).
   */
  size(sha256: string): number | null {
    return statSync(this.entryPath(sha256), { throwIfNoEntry: false })?.size ?? null;
  }

  /** Stores an entry; not flushed to disk (see AtomicWriteOptions.durable), but never seen half-written. */
  put(sha256: string, entry: CacheEntry): void {
    const path = this.entryPath(sha256);
    const shard = dirname(path);
    if (!this.shards.has(shard)) {
      mkdirSync(shard, { recursive: true });
      this.shards.add(shard);
    }
    writeFileAtomic(path, [this.header(sha256), entry.summary, '\n', entry.detail, '\n'], { durable: false });
  }

  /**
   * Drops every entry not in `keep` (deleted or changed articles), every other version's folder, and temp files of
   * killed runs; returns how many entries went. Call only while holding the run lock.
   */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    if (!existsSync(this.dir)) return 0;
    // Only what this cache wrote is ever removed, in case --cache points at a folder that holds other things.
    for (const name of readdirSync(this.dir)) {
      if (name !== this.version && VERSION_FOLDER.test(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
    if (!existsSync(this.folder)) return 0;
    for (const shard of readdirSync(this.folder)) {
      const shardPath = join(this.folder, shard);
      if (!/^[0-9a-f]{2}$/.test(shard) || !statSync(shardPath).isDirectory()) continue;
      for (const name of readdirSync(shardPath)) {
        const entry = ENTRY_FILE.exec(name);
        if (entry !== null && keep.has(entry[1])) continue;
        if (entry === null && !name.endsWith(TEMP_SUFFIX)) continue;
        unlinkSync(join(shardPath, name));
        if (entry !== null) removed++;
      }
    }
    return removed;
  }
}
