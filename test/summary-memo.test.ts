import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractionCache } from '../pipeline/cache.js';
import { DescriptorPool, SummaryMemo } from '../pipeline/summary-memo.js';
import type { CachedSummary } from '../pipeline/extract-task.js';
import type { PooledSummary } from '../pipeline/summary-memo.js';
import type { Graph } from '../stages/types.js';
import { graphBytes, run, seedCorpus, tempDir } from './run-helpers.js';


async function seedRun(): Promise<{ corpus: string; out: string; cache: ExtractionCache; shas: string[] }> {
  const corpus = seedCorpus();
  const out = tempDir('summary-memo');
  const report = await run(corpus, out);
  const graph = JSON.parse(graphBytes(out)) as Graph;
  const shas = graph.nodes.flatMap((n) => (n.type === 'article' ? [(n as { sha256: string }).sha256] : []));
  return { corpus, out, cache: new ExtractionCache(join(out, 'cache'), report.pipelineVersion), shas };
}

const memoFile = (cache: ExtractionCache): string => join(cache.dir, 'summary-memo.json');

test("the memo gives every article's summary exactly as its cache entry has it, and nothing for other bytes", async () => {
  const { cache, shas } = await seedRun();
  expect(shas).toHaveLength(5);
  const memo = new SummaryMemo(cache);
  const pool = new DescriptorPool();
  // The cache's key order, the entities as the pool numbers their descriptions.
  const asCached = (hit: PooledSummary | null): string | undefined => {
    if (hit === null) return undefined;
    const { warnings, ...facts } = hit.summary;
    return JSON.stringify({ ...facts, entities: Array.from(hit.entities, (id) => pool.json[id]), warnings });
  };
  for (const sha of shas) expect(asCached(memo.get(sha, pool))).toBe(cache.get(sha, 'summary'));
  expect(memo.get('0'.repeat(64), pool)).toBeNull();
  // The same description is one number, whether the memo or a cache entry gave it.
  const fromEntry = pool.pooled(JSON.parse(cache.get(shas[0], 'summary') as string) as CachedSummary);
  expect(fromEntry.entities).toEqual(memo.get(shas[0], pool)?.entities);
  expect(pool.json.length).toBe(new Set(pool.json).size);
  // Each entity description is stored once, however many articles name it.
  const saved = JSON.parse(readFileSync(memoFile(cache), 'utf8')) as { value: { descriptors: string[]; articles: unknown[][] } };
  expect(saved.value.articles.map((row) => row[0])).toEqual(shas);
  expect(new Set(saved.value.descriptors).size).toBe(saved.value.descriptors.length);
  const named = saved.value.articles.reduce((sum, row) => sum + (row[6] as number[]).length, 0);
  expect(saved.value.descriptors.length).toBeLessThan(named);
});

test('a memo that is torn, of another version or names a description it lacks is not used, and the graph is the same', async () => {
  const { corpus, out, cache, shas } = await seedRun();
  const bytes = graphBytes(out);
  const whole = readFileSync(memoFile(cache), 'utf8');
  const saved = JSON.parse(whole) as { version: string; value: { descriptors: string[]; articles: unknown[][] } };
  const lacking = structuredClone(saved);
  lacking.value.articles[0][6] = [lacking.value.descriptors.length];
  const damaged = [whole.slice(0, whole.length / 2), JSON.stringify({ ...saved, version: 'another' }), JSON.stringify(lacking)];
  for (const [i, text] of damaged.entries()) {
    writeFileSync(memoFile(cache), text);
    expect(new SummaryMemo(cache).get(shas[0], new DescriptorPool())).toBeNull();
    if (i < 2) for (const sha of shas) expect(new SummaryMemo(cache).get(sha, new DescriptorPool())).toBeNull();
    const report = await run(corpus, out);
    expect(report.counts).toMatchObject({ articles: 5, cached: 5, extracted: 0 });
    expect(graphBytes(out)).toBe(bytes);
    // The run wrote a whole memo again.
    expect(readFileSync(memoFile(cache), 'utf8')).toBe(whole);
  }
});

test("an article whose cache entry is gone or cut short is not taken from the memo but extracted again", async () => {
  const { corpus, out, cache, shas } = await seedRun();
  const bytes = graphBytes(out);
  const entry = join(cache.folder, shas[1].slice(0, 2), `${shas[1]}.json`);
  writeFileSync(entry, readFileSync(entry).subarray(0, 200));
  expect(new SummaryMemo(cache).get(shas[1], new DescriptorPool())).toBeNull();
  expect(new SummaryMemo(cache).get(shas[0], new DescriptorPool())).not.toBeNull();
  expect((await run(corpus, out)).counts).toMatchObject({ cached: 4, extracted: 1 });
  rmSync(join(cache.folder, shas[2].slice(0, 2), `${shas[2]}.json`));
  expect(new SummaryMemo(cache).get(shas[2], new DescriptorPool())).toBeNull();
  expect((await run(corpus, out)).counts).toMatchObject({ cached: 4, extracted: 1 });
  expect(graphBytes(out)).toBe(bytes);
});

test('a released memo finds nothing more (a run releases it before it saves the next one, see the tests above)', async () => {
  const { cache, shas } = await seedRun();
  const memo = new SummaryMemo(cache);
  const pool = new DescriptorPool();
  expect(shas.map((sha) => memo.get(sha, pool)?.summary.sha256)).toEqual(shas);
  memo.release();
  expect(shas.map((sha) => memo.get(sha, pool))).toEqual(shas.map(() => null));
});
