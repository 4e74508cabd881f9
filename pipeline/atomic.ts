import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, type Stats, unlinkSync, writeSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files end with this, so that a later run can recognise and remove what a killed run left behind. */
export const TEMP_SUFFIX = '.newsgraph-tmp';

export interface AtomicWriteOptions {
  /**
   * Flush file and folder to disk before and after the rename (default true). Cache entries skip it: a torn entry
   * after a power cut is detected on load and simply re-extracted, while an fsync per article would dominate a run.
   */
  durable?: boolean;
}

/** A temp path in the target's own folder (a rename across file systems would not be atomic). */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

function fsyncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `path` so that a reader, or a run killed at any moment, sees either the old file or the complete new one:
 * the data goes to a temp file beside it, is flushed, and is renamed over the target. `data` may be a sequence of
 * chunks so that a large output never has to exist as one string.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string | Uint8Array>, options: AtomicWriteOptions = {}): void {
  const durable = options.durable ?? true;
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx', 0o644);
  let closed = false;
  let renamed = false;
  try {
    const chunks = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    for (const chunk of chunks) writeFully(fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    if (durable) fsyncSync(fd);
    closed = true;
    closeSync(fd);
    renameSync(temp, path);
    renamed = true;
    if (durable) fsyncFolder(dirname(path));
  } catch (error) {
    if (!renamed) {
      // Never close twice: with worker threads in the process the number may already belong to another file.
      if (!closed) closeSync(fd);
      try {
        unlinkSync(temp);
      } catch {
        // never created or already gone
      }
    }
    throw error;
  }
}

/**
 * `writeFileAtomic` for a large output made while it is written, always durable: each chunk goes to disk from libuv's
 * threads while this thread makes the next, and while the file is flushed this thread runs `whileFlushing` with the
 * new file's stat (work that must wait for every chunk to be made, none that depends on the new file being in place;
 * the rename keeps the file's inode and times). The rename comes after both.
 */
export async function writeFileAtomicAsync(path: string, chunks: Iterable<Uint8Array>, whileFlushing: (written: Stats) => void = () => undefined): Promise<void> {
  const temp = tempPathFor(path);
  const file = await open(temp, 'wx', 0o644);
  let closed = false;
  let renamed = false;
  // Settled before anything else is thrown, so that no write or flush is left running against a file being removed.
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (const chunk of chunks) {
      await inFlight;
      inFlight = writeAll(file, chunk);
    }
    await inFlight;
    const written = fstatSync(file.fd);
    inFlight = file.sync();
    whileFlushing(written);
    await inFlight;
    closed = true;
    await file.close();
    renameSync(temp, path);
    renamed = true;
    fsyncFolder(dirname(path));
  } catch (error) {
    if (!renamed) {
      await inFlight.catch(() => undefined);
      if (!closed) await file.close().catch(() => undefined);
      try {
        unlinkSync(temp);
      } catch {
        // never created or already gone
      }
    }
    throw error;
  }
}

async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await file.write(bytes, offset, bytes.length - offset)).bytesWritten;
}

function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Removes temp files and folders that a killed run left in `folder`; returns how many. Call only while holding the run lock. */
export function removeStaleTemps(folder: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith(TEMP_SUFFIX)) continue;
    try {
      // A killed run's scratch cache is a folder of temp name.
      rmSync(join(folder, name), { recursive: true, force: true });
      removed++;
    } catch {
      // removed by someone else meanwhile
    }
  }
  return removed;
}
