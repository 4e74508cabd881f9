import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a lock file says about the run that holds it. */
export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  /** The kernel's start time of the process (Linux), so that a reused pid is not mistaken for the holder. */
  processStart: string | null;
  token: string;
}

export class LockBusyError extends Error {
  readonly lockPath: string;
  readonly holder: LockHolder | null;

  constructor(lockPath: string, holder: LockHolder | null, waitedMs: number) {
    const who = holder ? `pid ${holder.pid} on ${holder.hostname}, started ${holder.startedAt}` : 'a run that is still writing its lock file';
    const waited = waitedMs > 0 ? ` after waiting ${(waitedMs / 1000).toFixed(1)} s` : '';
    super(`another newsgraph run holds ${lockPath} (${who})${waited}; try again later or pass --lock-wait SECONDS`);
    this.name = 'LockBusyError';
    this.lockPath = lockPath;
    this.holder = holder;
  }
}

export interface RunLock {
  readonly path: string;
  /** Removes the lock if it is still ours. Safe to call twice. */
  release(): void;
}

export interface AcquireOptions {
  /** How long to wait for a live holder to finish, in ms (0: fail at once). */
  waitMs?: number;
  pollMs?: number;
  /** Called once when the lock is found busy and we start waiting, and each time a stale lock is removed. */
  onEvent?: (event: { type: 'lock.wait' | 'lock.stale-removed'; holder: LockHolder | null }) => void;
}

/** A lock file that is empty or unparsable for this long was left by a run killed while creating it. */
const TORN_LOCK_GRACE_MS = 5000;

/** The kernel's start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), or null off Linux. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A lock taken on another machine (a shared folder) cannot be checked from here: assume it is held.
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = processStartTime(holder.pid);
  return start === null || holder.processStart === null || start === holder.processStart;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.token === 'string' && typeof value.hostname === 'string') return value as LockHolder;
  } catch {
    // torn or foreign content
  }
  return null;
}

function readLock(path: string): { text: string; holder: LockHolder | null; ageMs: number } | null {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, holder: parseHolder(text), ageMs: Date.now() - statSync(path).mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock out of the way. Two runs may find the same stale lock: the rename lets only one of them take
 * it, and a run that finds it moved a fresh lock instead (taken meanwhile by the other) puts that one back.
 */
function breakStaleLock(path: string, staleText: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // vanished: nothing to restore
  }
  if (moved !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // a third run took the lock meanwhile; the fresh lock we moved is lost to it, as a rename race allows
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
}

/**
 * Takes the run lock at `path` (created with O_EXCL). A lock whose process is gone (killed, crashed, or the pid
 * now belongs to another program) is recognised as stale and removed; a live holder makes this wait up to `waitMs`,
 * then throw LockBusyError.
 */
export async function acquireLock(path: string, options: AcquireOptions = {}): Promise<RunLock> {
  const waitMs = options.waitMs ?? 0;
  const pollMs = options.pollMs ?? 250;
  const began = Date.now();
  const mine: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStartTime(process.pid),
    token: randomBytes(8).toString('hex'),
  };
  let announcedWait = false;
  for (;;) {
    if (tryCreate(path, mine)) return ownedLock(path, mine.token);
    const found = readLock(path);
    if (found === null) continue;
    const stale = found.holder ? !isAlive(found.holder) : found.ageMs > TORN_LOCK_GRACE_MS;
    if (stale) {
      breakStaleLock(path, found.text);
      options.onEvent?.({ type: 'lock.stale-removed', holder: found.holder });
      continue;
    }
    const waited = Date.now() - began;
    if (waited >= waitMs) throw new LockBusyError(path, found.holder, waited);
    if (!announcedWait) {
      options.onEvent?.({ type: 'lock.wait', holder: found.holder });
      announcedWait = true;
    }
    await sleep(Math.min(pollMs, Math.max(1, waitMs - waited)));
  }
}

function ownedLock(path: string, token: string): RunLock {
  let released = false;
  return {
    path,
    release(): void {
      if (released) return;
      released = true;
      const found = readLock(path);
      if (found?.holder?.token === token) unlinkSync(path);
    },
  };
}
