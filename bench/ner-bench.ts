/**
 * The entity tagger's speed: tokens per second of CPU time on one core over each language's development sentences
 * (after one warm-up pass; CPU time, so that other work on a shared machine does not count), and the time to load its
 * model. Runnable alone: `node dist/bench/ner-bench.js` prints JSON.
 * The NER data folder is ../shared/data/ner beside the package, or NEWSGRAPH_NER_DATA.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNerFile } from '../stages/ner/corpus.js';
import { loadModel, loadTagger } from '../stages/ner/tagger.js';
import { createResources, dataPath } from '../stages/resources.js';
import type { Lang } from '../stages/types.js';

const DEV_FILES: Record<Lang, string> = { nb: 'norne/dev.jsonl', da: 'dane/dev.jsonl', en: 'uner-en/test.jsonl' };
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export async function benchNer(): Promise<{ lang: Lang; tokensPerSecond: number; loadMs: number }[]> {
  const dataDir = process.env.NEWSGRAPH_NER_DATA ?? dataPath('..', '..', 'shared', 'data', 'ner');
  const results: { lang: Lang; tokensPerSecond: number; loadMs: number }[] = [];
  for (const lang of Object.keys(DEV_FILES) as Lang[]) {
    const sentences = readNerFile(join(dataDir, DEV_FILES[lang])).map((s) => s.tokens);
    const tokens = sentences.reduce((n, s) => n + s.length, 0);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      loadModel(createResources(), lang);
      loads.push(performance.now() - started);
    }
    const tagger = loadTagger(createResources(), lang);
    for (const s of sentences) tagger.tag(s);
    const rates: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const started = process.cpuUsage();
      for (const s of sentences) tagger.tag(s);
      const used = process.cpuUsage(started);
      rates.push(tokens / ((used.user + used.system) / 1e6));
    }
    results.push({ lang, tokensPerSecond: Math.round(median(rates)), loadMs: Math.round(median(loads)) });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await benchNer(), null, 2) + '\n');
}
