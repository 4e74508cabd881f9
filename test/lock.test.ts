import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, type LockHolder, LockBusyError } from '../pipeline/lock.js';

let dir: string;
let lockPath: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-lock-'));
  lockPath = join(dir, '.newsgraph.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: certainly not running. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function holder(fields: Partial<LockHolder>): string {
  return JSON.stringify({ pid: 1, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', processStart: null, token: 'someone-else', ...fields });
}

test('a second acquire fails at once with a message naming the lock and the holder', async () => {
  const first = await acquireLock(lockPath);
  const content = JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
  expect(content.pid).toBe(process.pid);
  const second = acquireLock(lockPath);
  await expect(second).rejects.toBeInstanceOf(LockBusyError);
  await expect(acquireLock(lockPath)).rejects.toThrow(`another newsgraph run holds ${lockPath} (pid ${process.pid} on ${hostname()}`);
  first.release();
  expect(existsSync(lockPath)).toBe(false);
  const third = await acquireLock(lockPath);
  third.release();
});

test('a second acquire with a wait gets the lock once the first is released', async () => {
  const first = await acquireLock(lockPath);
  const events: string[] = [];
  const began = Date.now();
  setTimeout(() => first.release(), 400);
  const second = await acquireLock(lockPath, { waitMs: 10_000, pollMs: 50, onEvent: (e) => events.push(e.type) });
  expect(Date.now() - began).toBeGreaterThanOrEqual(350);
  expect(events).toEqual(['lock.wait']);
  expect((JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder).token).not.toBe('');
  second.release();
});

test('waiting gives up after the wait with LockBusyError', async () => {
  const first = await acquireLock(lockPath);
  const began = Date.now();
  await expect(acquireLock(lockPath, { waitMs: 300, pollMs: 50 })).rejects.toThrow(/after waiting 0\.[34] s/);
  expect(Date.now() - began).toBeGreaterThanOrEqual(290);
  first.release();
});

test('a stale lock whose process is gone is removed and taken over', async () => {
  const pid = deadPid();
  writeFileSync(lockPath, holder({ pid }));
  const events: { type: string; pid: number | undefined }[] = [];
  const lock = await acquireLock(lockPath, { onEvent: (e) => events.push({ type: e.type, pid: e.holder?.pid }) });
  expect(events).toEqual([{ type: 'lock.stale-removed', pid }]);
  expect((JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder).pid).toBe(process.pid);
  lock.release();
  expect(existsSync(lockPath)).toBe(false);
});

test('a lock whose pid now belongs to another process (other start time) is stale', async () => {
  writeFileSync(lockPath, holder({ pid: process.pid, processStart: '1' }));
  const lock = await acquireLock(lockPath);
  lock.release();
});

test('a lock of a live process on this machine is respected', async () => {
  writeFileSync(lockPath, holder({ pid: process.pid }));
  await expect(acquireLock(lockPath)).rejects.toBeInstanceOf(LockBusyError);
  expect(existsSync(lockPath)).toBe(true);
});

test('a torn (empty) lock file is busy while fresh and stale once old', async () => {
  writeFileSync(lockPath, '');
  await expect(acquireLock(lockPath)).rejects.toThrow(/a run that is still writing its lock file/);
  const old = new Date(Date.now() - 60_000);
  utimesSync(lockPath, old, old);
  const lock = await acquireLock(lockPath);
  lock.release();
});

test('release leaves a lock that is no longer ours alone', async () => {
  const lock = await acquireLock(lockPath);
  writeFileSync(lockPath, holder({ pid: process.pid, token: 'taken-over' }));
  lock.release();
  expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ token: 'taken-over' });
});

test('two runs racing for one stale lock: exactly one wins', async () => {
  writeFileSync(lockPath, holder({ pid: deadPid() }));
  const results = await Promise.allSettled([acquireLock(lockPath), acquireLock(lockPath)]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof LockBusyError)).toHaveLength(1);
  for (const r of results) if (r.status === 'fulfilled') r.value.release();
});
