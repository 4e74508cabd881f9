import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './run-helpers.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'pipeline', 'cli.js');

function newsgraph(...args: string[]) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (npm ci does it) before the tests`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsgraph command line', () => {
  it('answers --help on every command with exit 0 and nothing on stdout', () => {
    for (const args of [['--help'], ['run', '--help'], ['extract', '--help'], ['ner', '--help'], ['view', '--help']]) {
      const r = newsgraph(...args);
      expect([args.join(' '), r.code, r.stdout]).toEqual([args.join(' '), 0, '']);
      expect(r.stderr).toContain('Usage: newsgraph');
    }
  });

  it('runs as `npx newsgraph`, the way the README calls it (the built file must be executable)', () => {
    const r = spawnSync('npx', ['--no-install', 'newsgraph', '--help'], { cwd: root, encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toContain('Usage: newsgraph');
  });

  it('exits 2 on usage errors', () => {
    expect(newsgraph().code).toBe(2);
    expect(newsgraph('frobnicate').code).toBe(2);
    expect(newsgraph('run', '--workers', 'zero').code).toBe(2);
    expect(newsgraph('run', '--log-format', 'xml').code).toBe(2);
    expect(newsgraph('ner', '--lang', 'sv', '--in', 'a', '--out', 'b').code).toBe(2);
    expect(newsgraph('extract').code).toBe(2);
  });

  it('extract writes only the JSON extraction on stdout', () => {
    const r = newsgraph('extract', 'corpus/002_f0782c8e115b1d7c.txt');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x).toMatchObject({ source: '002_f0782c8e115b1d7c.txt', lang: 'da', date: '2022-02' });
    const stoltenberg = x.entities.find((e: { name: string }) => e.name === 'Jens Stoltenberg');
    expect(stoltenberg.mentions[0]).toEqual({ text: 'Jens Stoltenberg', start: 175, end: 191 });
    expect(x.statements.some((s: { speaker: string; kind: string }) => s.speaker === 'Jens Stoltenberg' && s.kind === 'direct')).toBe(true);
  });

  it('extract names the file and the reason when it cannot read an article, and exits 1', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Tromsø', 'latin1'));
    const empty = newsgraph('extract', join(dir, 'empty.txt'));
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([1, '', `newsgraph: ${join(dir, 'empty.txt')}: empty: the file is empty (0 bytes)\n`]);
    const latin1 = newsgraph('extract', join(dir, 'latin1.txt'));
    expect([latin1.code, latin1.stderr]).toEqual([1, `newsgraph: ${join(dir, 'latin1.txt')}: encoding: not valid UTF-8 (byte 5); save it as UTF-8\n`]);
    const missing = newsgraph('extract', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: unreadable: ENOENT/);
  });
});
