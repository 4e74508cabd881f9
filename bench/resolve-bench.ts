/**
 * Cross-article resolution time on synthetic corpora of 10k, 100k and 1M mentions: ten mentions per article in five
 * entities (two persons, one of them often by surname alone, two places, one organization), drawn with a skew so
 * that a few entities are in many articles (as Russia is) and new names keep coming (the number of distinct people
 * grows with the corpus), handed over as a run does. Only `resolve` is timed. Runnable alone: `node dist/bench/resolve-bench.js` prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DescriptorPool } from '../pipeline/summary-memo.js';
import { resolve } from '../stages/resolve.js';
import type { DocEntity, EntityType, Extraction, ResolvableArticle } from '../stages/types.js';
import { seededRandom } from './random.js';

const SIZES = [10_000, 100_000, 1_000_000];
const MENTIONS_PER_ARTICLE = 10;
const RUNS = 3;


const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'vse', 'nov', 'dre', 'pe', 'sko', 'lin', 'ber', 'gen', 'sta', 'vik', 'mar', 'tol', 'jan'];

function word(rnd: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function entity(type: EntityType, name: string, key: string, mentions: number[], known: boolean): DocEntity {
  return { type, name, key, mentions, aliases: [name], evidence: known ? [{ rule: 'gazetteer', alias: name, detail: key }] : [], known };
}

export function syntheticExtractions(mentions: number): Extraction[] {
  const rnd = seededRandom(mentions);
  const articles = Math.ceil(mentions / MENTIONS_PER_ARTICLE);
  const people = Math.max(50, Math.floor(mentions / 20));
  const givenNames = Array.from({ length: 300 }, () => word(rnd, 2));
  const surnames = Array.from({ length: Math.ceil(people / 2) }, () => word(rnd, 3));
  const person = Array.from({ length: people }, (_, i) => [givenNames[i % givenNames.length]!, surnames[Math.floor(rnd() * surnames.length)]!] as const);
  const places = Array.from({ length: Math.max(100, Math.floor(mentions / 100)) }, (_, i) => word(rnd, 2) + (i % 7 ? '' : 'sk'));
  const orgs = Array.from({ length: Math.max(50, Math.floor(mentions / 200)) }, () => word(rnd, 2).toUpperCase());
  const skewed = (n: number) => Math.floor(n * rnd() ** 3);
  const out: Extraction[] = [];
  for (let a = 0; a < articles; a++) {
    const [first, last] = person[skewed(people)]!;
    const [first2, last2] = person[skewed(people)]!;
    const placeA = skewed(places.length), placeB = skewed(places.length);
    const org = skewed(orgs.length);
    const entities: DocEntity[] = [
      entity('person', `${first} ${last}`, `person:${last.toLowerCase()}/${first[0]!.toLowerCase()}:${first.toLowerCase()}`, [0, 1, 2], false),
      rnd() < 0.5
        ? entity('person', last2, `person:${last2.toLowerCase()}`, [3, 4], false)
        : entity('person', `${first2} ${last2}`, `person:${last2.toLowerCase()}/${first2[0]!.toLowerCase()}:${first2.toLowerCase()}`, [3, 4], false),
      entity('place', places[placeA]!, `geonames:${placeA}`, [5, 6], true),
      entity('place', places[placeB]!, placeB % 3 ? `geonames:${placeB}` : `place:${places[placeB]!.toLowerCase()}`, [7], placeB % 3 !== 0),
      entity('organization', orgs[org]!, `org:${org}`, [8, 9], true),
    ];
    out.push({ source: `a/${a}.txt`, sha256: '', lang: (['nb', 'da', 'en'] as const)[a % 3]!, date: null, title: null, chars: 2000, mentions: [], entities, roles: [], statements: [], diagnostics: [] });
  }
  return out;
}

/**
 * A full garbage collection before each timed run, so that no run pays for the garbage of building the corpus or of
 * the run before it.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * The articles as a run hands them to `resolve`: each entity without its mentions, one shared object per distinct
 * description (see DescriptorPool).
 */
function asRunGivesThem(corpus: readonly Extraction[]): ResolvableArticle[] {
  const pool = new DescriptorPool();
  return corpus.map((x) => ({ ...x, entities: x.entities.map(({ mentions: _mentions, ...d }) => pool.descriptors[pool.id(JSON.stringify(d))]!) }));
}

export async function benchResolve(): Promise<{ mentions: number; ms: number }[]> {
  const results: { mentions: number; ms: number }[] = [];
  resolve(asRunGivesThem(syntheticExtractions(SIZES[0]!))); // warm-up, so the first size is not timed with the compiler
  for (const mentions of SIZES) {
    const extractions = syntheticExtractions(mentions);
    const counted = extractions.reduce((n, x) => n + x.entities.reduce((k, e) => k + e.mentions.length, 0), 0);
    const corpus = asRunGivesThem(extractions);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      collectGarbage();
      const started = performance.now();
      resolve(corpus);
      times.push(performance.now() - started);
    }
    results.push({ mentions: counted, ms: Math.round(median(times)) });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(await benchResolve(), null, 2) + '\n');
}
