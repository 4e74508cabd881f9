/**
 * How fast the HTML view opens a big graph: builds a synthetic `newsgraph.graph/1` graph of 10k entities (people,
 * places, organizations named across a few thousand articles, with statements), writes the view, and times, in
 * headless Chromium, from navigation to the page being interactive (drawn, with search and filters wired).
 *
 * Run: `npm run build && node dist/bench/view-bench.js` prints the figures as JSON on stdout (exit code 1 over 3 s).
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  ArticleLang,
  ArticleNode,
  EntityNode,
  EntityType,
  Graph,
  GraphEdge,
  GraphMention,
  GraphNode,
  Lang,
  StatementNode,
} from '../stages/types.js';
import { GRAPH_SCHEMA_ID } from '../stages/types.js';
import { launchChromium } from '../pipeline/view/chromium.js';
import { writeView } from '../pipeline/view.js';
import { seededRandom } from './random.js';

const ENTITY_COUNT = 10_000;
const OPEN_RUNS = 3;

/** The contract's edges for a set of nodes: said, via, about from statements, mentions (with count) from mentions. */
export function contractEdges(nodes: readonly GraphNode[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const node of nodes) {
    if (node.type === 'statement') {
      if (node.speaker !== null) edges.push({ source: node.speaker, target: node.id, type: 'said' });
      for (const relay of node.via) edges.push({ source: node.id, target: relay, type: 'via' });
      for (const target of node.about) edges.push({ source: node.id, target, type: 'about' });
    } else if (node.type !== 'article') {
      const perArticle = new Map<string, number>();
      for (const m of node.mentions) perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
      for (const [article, count] of perArticle) edges.push({ source: article, target: node.id, type: 'mentions', count });
    }
  }
  const order = (a: GraphEdge, b: GraphEdge): number =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
  return edges.sort(order);
}

/** A contract graph from its nodes: nodes sorted by id, edges derived and sorted. */
export function contractGraph(nodes: GraphNode[]): Graph {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schema: GRAPH_SCHEMA_ID, nodes: sorted, edges: contractEdges(sorted) };
}


const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'sen', 'dor', 'bel', 'ri', 'tos', 'han', 'ne', 'gar', 'vik', 'ul', 'sto', 'pe'];

function word(n: number): string {
  let text = '';
  for (let k = 0; k < 3; k++) {
    text += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * `entityCount` entities named in `entityCount / 4` articles; popularity follows a power law (a few entities in many
 * articles, most in one or two), as in news. Every entity is named at least once.
 */
export function syntheticGraph(entityCount = ENTITY_COUNT, seed = 7): Graph {
  const rand = seededRandom(seed);
  const langs: Lang[] = ['nb', 'da', 'en'];
  const types: EntityType[] = ['person', 'person', 'place', 'organization'];
  const articleCount = Math.max(1, Math.floor(entityCount / 4));
  const pad = (n: number): string => String(n).padStart(5, '0');

  const articles: ArticleNode[] = [];
  for (let a = 0; a < articleCount; a++) {
    const lang: ArticleLang = a % 20 === 19 ? 'und' : langs[a % 3]!;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(a * (1000 / articleCount)) * 86_400_000).toISOString().slice(0, 10);
    articles.push({
      id: `article:a-${pad(a)}`,
      type: 'article',
      source: `synthetic/${pad(a)}.txt`,
      sha256: pad(a).padStart(64, '0'),
      lang,
      date: a % 10 === 9 ? null : a % 10 === 8 ? day.slice(0, 7) : day,
      title: `Synthetic article ${a}`,
      chars: 4000,
    });
  }

  // Cumulative power-law weights: entity i is picked with weight (i + 1)^-0.9.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < entityCount; i++) cumulative.push((total += (i + 1) ** -0.9));
  const pick = (): number => {
    const r = rand() * total;
    let lo = 0;
    let hi = entityCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const members: Set<number>[] = articles.map(() => new Set<number>());
  for (let i = 0; i < entityCount; i++) members[i % articleCount]!.add(i);
  for (const set of members) {
    const extra = 4 + Math.floor(rand() * 16);
    for (let k = 0; k < extra; k++) set.add(pick());
  }

  const entities: EntityNode[] = [];
  const mentionsOf: GraphMention[][] = Array.from({ length: entityCount }, () => []);
  members.forEach((set, a) => {
    let offset = 0;
    for (const e of [...set].sort((x, y) => x - y)) {
      const times = 1 + Math.floor(rand() * 3);
      for (let t = 0; t < times; t++, offset += 40) {
        mentionsOf[e]!.push({ article: articles[a]!.id, start: offset, end: offset + 12, text: word(e) });
      }
    }
  });
  for (let i = 0; i < entityCount; i++) {
    const type = types[i % types.length]!;
    const mentions = mentionsOf[i]!;
    const base = { id: `${type}:e-${pad(i)}`, aliases: [] as string[], mentions, evidence: [] };
    if (type === 'person') {
      const name = `${word(i * 7 + 3)} ${word(i)}`;
      entities.push({ ...base, type, name, aliases: [name, word(i)], roles: i % 5 === 0 ? [{ text: 'minister', lang: 'en' }] : [] });
    } else if (type === 'place') {
      const name = word(i) + 'grad';
      entities.push({ ...base, type, name, aliases: [name, word(i) + 'hrad'], kind: 'city', country: 'UA', lat: 44 + (i % 800) / 100, lon: 22 + (i % 1700) / 100 });
    } else {
      const name = `${word(i)} Agency`;
      entities.push({ ...base, type, name, aliases: [name] });
    }
  }

  const statements: StatementNode[] = [];
  members.forEach((set, a) => {
    const inArticle = [...set].sort((x, y) => x - y);
    const speakers = inArticle.filter((e) => entities[e]!.type !== 'place');
    const count = Math.floor(rand() * 4);
    for (let s = 0; s < count && speakers.length > 0; s++) {
      const speaker = speakers[Math.floor(rand() * speakers.length)]!;
      const about = [inArticle[Math.floor(rand() * inArticle.length)]!].filter((e) => e !== speaker);
      const via = rand() < 0.3 ? [entities[inArticle.find((e) => entities[e]!.type === 'organization') ?? speaker]!.id] : [];
      statements.push({
        id: `statement:a-${pad(a)}-${s}`,
        type: 'statement',
        article: articles[a]!.id,
        lang: articles[a]!.lang,
        kind: s % 2 === 0 ? 'direct' : 'indirect',
        text: `Synthetic statement ${s} in article ${a}, about ${about.map((e) => entities[e]!.name).join(' and ') || 'nothing'}.`,
        start: 1000 + s * 100,
        end: 1080 + s * 100,
        speaker: entities[speaker]!.id,
        via: via.filter((id) => id !== entities[speaker]!.id),
        about: about.map((e) => entities[e]!.id),
      });
    }
  });

  return contractGraph([...articles, ...entities, ...statements]);
}

export interface ViewBench {
  nodes: number;
  /** Median time from navigation to an interactive page, over OPEN_RUNS fresh page loads. */
  openMs: number;
  openRunsMs: number[];
  edges: number;
  htmlBytes: number;
  writeMs: number;
}

export async function benchView(): Promise<ViewBench> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-bench-'));
  try {
    const graphPath = join(dir, 'graph.json');
    const out = join(dir, 'graph.html');
    await writeFile(graphPath, JSON.stringify(syntheticGraph()));
    const writeStart = performance.now();
    const { nodes } = await writeView({ graph: graphPath, out });
    const writeMs = Math.round(performance.now() - writeStart);

    const browser = await launchChromium();
    const openRunsMs: number[] = [];
    let edges = 0;
    try {
      for (let run = 0; run < OPEN_RUNS; run++) {
        const page = await browser.context.newPage();
        const start = performance.now();
        await page.goto(pathToFileURL(out).href);
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 60_000 });
        openRunsMs.push(Math.round(performance.now() - start));
        edges = await page.evaluate(() => {
          const data = JSON.parse(document.getElementById('newsgraph-data')!.textContent!) as { edges: unknown[] };
          return data.edges.length;
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    const sorted = [...openRunsMs].sort((a, b) => a - b);
    return { nodes, openMs: sorted[Math.floor(sorted.length / 2)]!, openRunsMs, edges, htmlBytes: (await stat(out)).size, writeMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchView();
  process.stdout.write(JSON.stringify(result) + '\n');
  if (result.openMs >= 3000) {
    process.stderr.write(`view bench: opening ${result.nodes} nodes took ${result.openMs} ms (limit 3000 ms)\n`);
    process.exitCode = 1;
  }
}
