import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { articleDetail } from '../pipeline/detail.js';
import { extractArticle } from '../pipeline/extract.js';
import { articleJson, edgeJson, encoded, type FileRange, itemJson, joined, jsonArray, mentionJson, type Piece, type Placed, statementJson, withMentions } from '../pipeline/graph-stream.js';
import { buildGraph, graphChunks, serializeGraph } from '../pipeline/graph.js';
import { RenderMemo } from '../pipeline/render-memo.js';
import { FileSpool, MemorySpool, ScratchEntries } from '../pipeline/spool.js';
import { resolve } from '../stages/resolve.js';
import { compareStrings } from '../stages/order.js';
import { GRAPH_SCHEMA_ID, type Extraction, type Graph, type ResolvedEntity, type StatementNode } from '../stages/types.js';
import { res } from './helpers.js';
import { SEEDS, tempDir } from './run-helpers.js';

const sample: Graph = {
  schema: GRAPH_SCHEMA_ID,
  nodes: [
    { id: 'article:a.txt', type: 'article', source: 'a.txt', sha256: 'ab', lang: 'nb', date: null, title: 'Linje 1\nLinje "2"', chars: 10 },
    { id: 'person:kari-berg', type: 'person', name: 'Kari Berg', aliases: ['Berg', 'Kari Berg'], mentions: [{ article: 'article:a.txt', start: 0, end: 9, text: 'Kari Berg' }], evidence: [], roles: [] },
    { id: 'place:oslo', type: 'place', name: 'Oslo', aliases: [], mentions: [], evidence: [{ rule: 'gazetteer', alias: 'Oslo' }], kind: 'city', country: 'NO', lat: 59.91, lon: 10.75 },
  ],
  edges: [{ source: 'article:a.txt', target: 'person:kari-berg', type: 'mentions', count: 1 }],
};

/** The graph's text from its items, grouped as the writer groups them (one group per item, or all in one). */
/** The graph from jsonArray: each array as one group of bytes (as the spool gives), or as one string per item. */
function pieced(graph: Graph, oneGroup: boolean): string {
  const groups = (items: unknown[]): (string | Uint8Array)[] => (oneGroup ? [Buffer.from(items.map(itemJson).join(',\n'))] : ['', ...items.map(itemJson), Buffer.alloc(0)]);
  const pieces = [`{\n  "schema": ${JSON.stringify(graph.schema)},\n`, ...jsonArray('nodes', groups(graph.nodes), false), ...jsonArray('edges', groups(graph.edges), true), '}\n'] as (string | Uint8Array)[];
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8');
}

function graphText(...args: Parameters<typeof graphChunks>): string {
  return Buffer.concat([...graphChunks(...args)]).toString('utf8');
}

test('items and arrays written piece by piece are byte for byte the serialized graph, empty arrays included', () => {
  for (const graph of [sample, { schema: GRAPH_SCHEMA_ID, nodes: [], edges: [] }, { ...sample, edges: [] }] as Graph[]) {
    expect(pieced(graph, true)).toBe(serializeGraph(graph));
    expect(pieced(graph, false)).toBe(serializeGraph(graph));
  }
});

test('hand-written articles, edges, mentions and entity nodes are the bytes itemJson gives', () => {
  const q = JSON.stringify;
  for (const e of [sample.edges[0], { source: 'statement:a "b".txt#1-2', target: 'place:ø', type: 'about' as const }]) {
    expect(edgeJson(q(e.source), q(e.target), e.type, 'count' in e ? e.count : undefined)).toBe(itemJson(e));
  }
  const article = sample.nodes[0] as Extract<Graph['nodes'][number], { type: 'article' }>;
  for (const a of [article, { ...article, date: '2022-03-01', title: null, source: 'dir/«b» c.txt' }]) expect(articleJson(q(a.id), a)).toBe(itemJson(a));
  const person = sample.nodes[1] as Extract<Graph['nodes'][number], { type: 'person' }>;
  const mentions = [...person.mentions, { article: 'article:b\\c.txt', start: 10, end: 14, text: 'Kari\u00a0"B"' }];
  const pieces = [...withMentions(itemJson({ ...person, mentions: [] }), mentions.map((m) => mentionJson(q(m.article), m.start, m.end, q(m.text))))];
  expect(pieces.length).toBeGreaterThan(mentions.length);
  expect(pieces.join('')).toBe(itemJson({ ...person, mentions }));
  expect([...withMentions(itemJson({ ...person, mentions: [] }), [])].join('')).toBe(itemJson({ ...person, mentions: [] }));
  // An item in pieces is one item of its array.
  const text = [...jsonArray('nodes', [itemJson(sample.nodes[0]), withMentions(itemJson({ ...person, mentions: [] }), []), ''], true)].join('');
  expect(text).toBe(`  "nodes": [\n${itemJson(sample.nodes[0])},\n${itemJson({ ...person, mentions: [] })}\n  ]\n`);
  const statement: StatementNode = { id: 'statement:a.txt#5-9', type: 'statement', article: 'article:a.txt', lang: 'nb', kind: 'direct', text: '«Nå»\n', start: 5, end: 9, speaker: null, via: [], about: [] };
  for (const s of [statement, { ...statement, speaker: 'person:kari-berg', via: ['organization:ntb', 'organization:tass'], about: ['place:oslo'] }]) {
    const written = statementJson({ ...s, idJson: q(s.id), articleJson: q(s.article), speakerJson: q(s.speaker), viaJson: s.via.map((v) => q(v)), aboutJson: s.about.map((v) => q(v)) });
    expect(written).toBe(itemJson(s));
  }
});

test('joined gives the items joined by ",\\n" in batches of a few hundred, the last one shorter', () => {
  const items = Array.from({ length: 600 }, (_, i) => `    {"n": ${i}}`);
  const batches = [...joined(items)];
  expect(batches.map((b) => b.split(',\n').length)).toEqual([256, 256, 88]);
  expect(batches.join(',\n')).toBe(items.join(',\n'));
  expect([...joined([])]).toEqual([]);
});

test('encoded hands on the same text as UTF-8 in bounded chunks, none of them the whole, bytes copied as they are', () => {
  const pieces: (string | Uint8Array)[] = Array.from({ length: 30000 }, (_, i) => itemJson({ ...sample.nodes[1], id: `person:p${i}`, name: i % 7 === 0 ? 'Zelenskyj «Ø» 😀' : 'Kari' }));
  pieces.splice(100, 0, Buffer.from(',\n«spooled» ✓', 'utf8'), '');
  pieces.push(Buffer.alloc(3 << 20, 'x'), 'é'.repeat(400_000));
  const chunks = [...encoded(pieces)];
  const whole = pieces.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
  expect(chunks.length).toBeGreaterThan(5);
  expect(Math.max(...chunks.slice(0, 5).map((c) => c.length))).toBeLessThanOrEqual(1 << 20);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(whole);
  expect([...encoded([])]).toEqual([]);
});

test('encoded reads file ranges into the output as they are, and tells each placed piece the offset it landed at', () => {
  const dir = tempDir('ranges');
  const path = join(dir, 'earlier.json');
  const earlier = Buffer.from('«før» ✓ '.repeat(50_000), 'utf8');
  writeFileSync(path, earlier);
  const fd = openSync(path, 'r');
  try {
    const small: FileRange = { fd, offset: 3, length: 17 };
    const large: FileRange = { fd, offset: 0, length: earlier.length };
    const offsets: number[] = [];
    const placed = (piece: Piece): Placed => ({ piece, placed: (offset) => offsets.push(offset) });
    const pieces: (Piece | Placed)[] = ['x'.repeat((1 << 20) - 5), placed(small), 'ø', placed(large), placed('«tekst»'), { fd, offset: 0, length: 0 }];
    const text = Buffer.concat([...encoded(pieces)]);
    const expected = Buffer.concat([Buffer.from('x'.repeat((1 << 20) - 5)), earlier.subarray(3, 20), Buffer.from('ø'), earlier, Buffer.from('«tekst»')]);
    expect(text.equals(expected)).toBe(true);
    const starts = [(1 << 20) - 5, (1 << 20) + 14, (1 << 20) + 14 + earlier.length];
    expect(offsets).toEqual(starts);
    expect(text.subarray(starts[2], starts[2] + Buffer.byteLength('«tekst»')).toString('utf8')).toBe('«tekst»');
    expect(() => [...encoded([{ fd, offset: earlier.length - 2, length: 5 }])]).toThrow(/ended 3 bytes before/);
  } finally {
    closeSync(fd);
  }
});

const seedExtractions = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => extractArticle(readFileSync(join(SEEDS, f)), f, res));

test('a scratch file gives back each part of each entry it was given, and nothing else, and is gone once closed', () => {
  const dir = tempDir('scratch');
  const entries = new ScratchEntries(dir);
  const a = { summary: '{"title":"Kyiv – «Zelenskyj»"}', detail: '{"entityMentions":[[[0,4,"Kyiv"]]]}' };
  const b = { summary: '{"title":"b"}', detail: '{"statements":[]}' };
  entries.put('a'.repeat(64), a);
  entries.put('b'.repeat(64), b);
  expect(readdirSync(dir)).toHaveLength(1);
  expect(readdirSync(dir)[0]).toMatch(/^\.extractions\..*\.newsgraph-tmp$/);
  expect([entries.get('b'.repeat(64), 'detail'), entries.get('a'.repeat(64), 'summary'), entries.get('a'.repeat(64), 'detail')]).toEqual([b.detail, a.summary, a.detail]);
  expect(entries.get('c'.repeat(64), 'summary')).toBeNull();
  entries.close();
  expect(readdirSync(dir)).toEqual([]);
});

test('a spool that cannot be kept where asked is closed once and removed by close', () => {
  const dir = tempDir('spool-keep');
  const spool = new FileSpool(dir);
  spool.put('«kept?»');
  expect(() => spool.keepAs(join(dir, 'missing', 'render-x.bin'))).toThrow(/ENOENT/);
  expect(() => spool.close()).not.toThrow();
  expect(readdirSync(dir)).toEqual([]);
});

test('a graph spooled through a temp file is the graph spooled in memory, and the temp file is gone after', () => {
  const dir = tempDir('spool');
  const spool = new FileSpool(dir);
  let viaFile: string;
  try {
    expect(readdirSync(dir)).toHaveLength(1);
    viaFile = graphText({ articles: seedExtractions, resolved: resolve(seedExtractions, []), load: (a) => articleDetail(seedExtractions[a]), spool });
  } finally {
    spool.close();
  }
  expect(readdirSync(dir)).toEqual([]);
  const inMemory = graphText({ articles: seedExtractions, resolved: resolve(seedExtractions, []), load: (a) => articleDetail(seedExtractions[a]), spool: new MemorySpool() });
  expect(viaFile).toBe(inMemory);
  const graph = JSON.parse(viaFile) as Graph;
  expect(serializeGraph(graph)).toBe(viaFile);
  expect(graph.nodes.filter((n) => n.type === 'statement').length).toBeGreaterThan(20);
  expect(existsSync(dir)).toBe(true);
});

test('the writer releases the members of the entities it wrote, which a large corpus has millions of', () => {
  const resolved = resolve(seedExtractions, []);
  expect(resolved.every((e) => e.members.length > 0)).toBe(true);
  const text = graphText({ articles: seedExtractions, resolved, load: (a) => articleDetail(seedExtractions[a]), spool: new MemorySpool() });
  expect(resolved.every((e) => e.members.length === 0)).toBe(true);
  expect(text).toBe(serializeGraph(buildGraph(seedExtractions, [])));
});

test('counts are those of the written graph', () => {
  const counts = { nodes: {}, edges: 0 };
  const text = graphText({ articles: seedExtractions, resolved: resolve(seedExtractions, []), load: (a) => articleDetail(seedExtractions[a]), spool: new MemorySpool() }, counts);
  const graph = JSON.parse(text) as Graph;
  const byType: Record<string, number> = {};
  for (const n of graph.nodes) byType[n.type] = (byType[n.type] ?? 0) + 1;
  expect(counts.nodes).toEqual(byType);
  expect(counts.edges).toBe(graph.edges.length);
});

/** One short article with a quote, under many names. */
function copies(names: string[]): Extraction[] {
  const text = 'Oslo\n\n– Vi må handle nå, sier Kari Nordmann til NTB.\n\nNordmann er leder i Norsk Folkehjelp.\n';
  const x = extractArticle(Buffer.from(text), 'x.txt', res);
  return names.map((source) => ({ ...x, source }));
}

const sortedBy = <T>(items: T[], key: (item: T) => string): boolean => items.every((item, i) => i === 0 || compareStrings(key(items[i - 1]), key(item)) <= 0);

test('article and statement ids sort apart where "!" comes before "#", and every order stays that of the ids', () => {
  // 'article:a.txt' < 'article:a.txt!x.txt', but 'statement:a.txt!x.txt#' < 'statement:a.txt#'.
  const graph = buildGraph(copies(['a.txt', 'a.txt!x.txt']), []);
  const statements = graph.nodes.filter((n) => n.type === 'statement').map((n) => n.id);
  expect(statements).toHaveLength(2);
  expect(statements[0].startsWith('statement:a.txt!x.txt#')).toBe(true);
  expect(graph.nodes.filter((n) => n.type === 'article').map((n) => n.id)).toEqual(['article:a.txt', 'article:a.txt!x.txt']);
  const said = graph.edges.filter((e) => e.type === 'said');
  expect(said.map((e) => [e.source, e.target])).toEqual([
    ['person:kari-nordmann', statements[0]],
    ['person:kari-nordmann', statements[1]],
  ]);
  expect(sortedBy(graph.nodes, (n) => n.id)).toBe(true);
  expect(sortedBy(graph.edges, (e) => [e.source, e.type, e.target].join('\u0000'))).toBe(true);
});

test('a speaker quoted in thousands of articles has its said edges in statement-id order', () => {
  const names = Array.from({ length: 2500 }, (_, i) => `${(i * 7919) % 2500}.txt`);
  const graph = buildGraph(copies(names), []);
  const said = graph.edges.filter((e) => e.type === 'said');
  expect(said).toHaveLength(2500);
  expect(new Set(said.map((e) => e.source))).toEqual(new Set(['person:kari-nordmann']));
  expect(sortedBy(said, (e) => e.target)).toBe(true);
  expect(sortedBy(graph.edges, (e) => [e.source, e.type, e.target].join('\u0000'))).toBe(true);
});

test('each entity lists its mentions by article id, then position, across the article entities it unites', () => {
  const graph = buildGraph(seedExtractions, []);
  let mentions = 0;
  for (const n of graph.nodes) {
    if (n.type !== 'person' && n.type !== 'place' && n.type !== 'organization') continue;
    mentions += n.mentions.length;
    expect(n.mentions.every((m, i) => i === 0 || (compareStrings(n.mentions[i - 1].article, m.article) || n.mentions[i - 1].start - m.start || n.mentions[i - 1].end - m.end) <= 0)).toBe(true);
  }
  expect(mentions).toBe(seedExtractions.reduce((sum, x) => sum + x.entities.reduce((s, e) => s + e.mentions.length, 0), 0));
});

describe('the render memo', () => {
  const version = 'test-1';
  const graphFile = (dir: string): string => join(dir, 'graph.json');
  /**
   * One write of the seeds' graph with a memo in `dir`, committed and put in place as a run does; returns the text and
   * how many articles it reused.
   */
  function writeWithMemo(dir: string, rename: (id: string) => string = (id) => id, memoVersion = version, readAhead = false, change: (entities: ResolvedEntity[]) => ResolvedEntity[] = (e) => e, articles = seedExtractions): { text: string; reused: number } {
    const spool = new FileSpool(dir);
    const memo = new RenderMemo(dir, memoVersion, graphFile(dir));
    // As a run does while it waits on its workers.
    if (readAhead) while (memo.readAhead());
    try {
      const resolved = change(resolve(articles, []).map((e) => ({ ...e, id: rename(e.id) })));
      const text = graphText({ articles, resolved, load: (a) => articleDetail(articles[a]), spool, memo });
      const temp = `${graphFile(dir)}.new`;
      writeFileSync(temp, text);
      memo.commit(statSync(temp));
      renameSync(temp, graphFile(dir));
      lastEntities = memo.reusedEntities;
      return { text, reused: memo.reused };
    } finally {
      memo.close();
      spool.close();
    }
  }
  /** Entity nodes the last `writeWithMemo` took from the memo. */
  let lastEntities = 0;
  function fresh(rename: (id: string) => string = (id) => id, change: (entities: ResolvedEntity[]) => ResolvedEntity[] = (e) => e, articles = seedExtractions): string {
    const resolved = change(resolve(articles, []).map((e) => ({ ...e, id: rename(e.id) })));
    return graphText({ articles, resolved, load: (a) => articleDetail(articles[a]), spool: new MemorySpool() });
  }
  const memoFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.startsWith('render-')).sort();
  const dataFile = (dir: string): string => join(dir, memoFiles(dir).filter((name) => name.endsWith('.bin'))[0]);
  type Index = { value: { articles: [string, string, string, number[]][] } };
  const indexRows = (dir: string): Index['value']['articles'] => (JSON.parse(readFileSync(join(dir, 'render-index.json'), 'utf8')) as Index).value.articles;

  test('takes back every unchanged article, byte for byte, from the last graph, and keeps only the records beside it', () => {
    const dir = tempDir('memo');
    const first = writeWithMemo(dir);
    expect(first).toEqual({ text: fresh(), reused: 0 });
    const second = writeWithMemo(dir);
    expect(second).toEqual({ text: fresh(), reused: seedExtractions.length });
    expect(memoFiles(dir)).toEqual(['render-index.json', expect.stringMatching(/^render-[0-9a-z]+\.bin$/)]);
    // The parts are read from the graph, not copied beside it: the data file holds no statement or edge.
    const data = readFileSync(dataFile(dir), 'utf8');
    expect(data).not.toContain('"type": "statement"');
    expect(data).not.toContain('"source": "article:');
    expect(data.length).toBeLessThan(first.text.length / 4);
    // Each noted part lies in the graph where the index says.
    const graph = readFileSync(graphFile(dir));
    const [, , , places] = indexRows(dir).find((row) => row[0] === seedExtractions[0]!.source)!;
    expect(graph.toString('utf8', places[6], places[6] + 30)).toBe(`    {\n      "source": "article:${seedExtractions[0]!.source}`.slice(0, 30));
    expect(graph.toString("utf8", places[2], places[2] + 80)).toContain(`"id": "statement:${seedExtractions[0]!.source}#`);
  });

  test('records read ahead give the same bytes and are not read again; one damaged before is not used, its article rendered again', () => {
    const dir = tempDir('memo-ahead');
    writeWithMemo(dir);
    expect(writeWithMemo(dir, undefined, version, true)).toEqual({ text: fresh(), reused: seedExtractions.length });
    const [recordAt, recordLength] = indexRows(dir)[1]![3];
    const fd = openSync(dataFile(dir), 'r+');
    writeSync(fd, Buffer.alloc(recordLength, 0x20), 0, recordLength, recordAt);
    closeSync(fd);
    expect(writeWithMemo(dir, undefined, version, true)).toEqual({ text: fresh(), reused: seedExtractions.length - 1 });

    // A record read ahead is not read again: damaged after that, its article still comes from the memo.
    const spool = new FileSpool(dir);
    const memo = new RenderMemo(dir, version, graphFile(dir));
    try {
      while (memo.readAhead());
      const row = indexRows(dir).find((r) => r[0] === seedExtractions[2]!.source)!;
      const damage = openSync(dataFile(dir), 'r+');
      writeSync(damage, Buffer.alloc(row[3][1], 0x20), 0, row[3][1], row[3][0]);
      closeSync(damage);
      const resolved = resolve(seedExtractions, []);
      expect(graphText({ articles: seedExtractions, resolved, load: (a) => articleDetail(seedExtractions[a]), spool, memo })).toBe(fresh());
      expect(memo.reused).toBe(seedExtractions.length);
    } finally {
      memo.close();
      spool.close();
    }
  });

  test('takes back the node and said edges of each entity named only in unchanged articles, and renders the others again', () => {
    const dir = tempDir('memo-entities');
    writeWithMemo(dir);
    expect(lastEntities).toBe(0);
    const all = resolve(seedExtractions, []);
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: seedExtractions.length });
    expect(lastEntities).toBe(all.length);
    // An article edited (other bytes): the entities it names are rendered again, every other one taken back.
    const edited = seedExtractions.map((x, i) => (i === 1 ? { ...x, sha256: 'e'.repeat(64) } : x));
    const named = new Set(all.filter((e) => e.members.some((m) => m.article === 1)).map((e) => e.id));
    expect(named.size).toBeGreaterThan(0);
    expect(writeWithMemo(dir, undefined, version, false, undefined, edited)).toEqual({ text: fresh(undefined, undefined, edited), reused: seedExtractions.length - 1 });
    expect(lastEntities).toBe(all.length - named.size);
    // An article gone: the entities it named list fewer mentions, and are rendered again.
    const fewer = edited.filter((_, i) => i !== 1);
    const left = resolve(fewer, []);
    expect(writeWithMemo(dir, undefined, version, false, undefined, fewer)).toEqual({ text: fresh(undefined, undefined, fewer), reused: fewer.length });
    expect(lastEntities).toBe(left.filter((e) => !named.has(e.id)).length);
    // The same mentions, but a node that changed otherwise (an alias more): rendered again.
    const person = left.find((e) => e.type === 'person' && !named.has(e.id))!;
    const aliased = (entities: ResolvedEntity[]): ResolvedEntity[] => entities.map((e) => (e.id === person.id ? { ...e, aliases: [...e.aliases, 'Zz'] } : e));
    expect(writeWithMemo(dir, undefined, version, false, aliased, fewer)).toEqual({ text: fresh(undefined, aliased, fewer), reused: fewer.length });
    expect(lastEntities).toBe(left.length - 1);
  });

  test('renders again exactly the articles that name an entity whose id changed', () => {
    const dir = tempDir('memo-renamed');
    writeWithMemo(dir);
    const putin = resolve(seedExtractions, []).find((e) => e.name === 'Vladimir Putin');
    expect(putin).toBeDefined();
    const rename = (id: string): string => (id === putin?.id ? 'person:vladimir-putin-renamed' : id);
    const naming = new Set(putin?.members.map((m) => m.article)).size;
    expect(naming).toBeGreaterThan(0);
    expect(naming).toBeLessThan(seedExtractions.length);
    expect(writeWithMemo(dir, rename)).toEqual({ text: fresh(rename), reused: seedExtractions.length - naming });
  });

  test('a memo of another version, a damaged one or a missing one is not used, and the graph is the same', () => {
    const dir = tempDir('memo-damaged');
    writeWithMemo(dir);
    expect(writeWithMemo(dir, undefined, 'test-2')).toEqual({ text: fresh(), reused: 0 });
    // The same size, but nothing of it is what was written: every record fails to read.
    writeFileSync(dataFile(dir), Buffer.alloc(statSync(dataFile(dir)).size, 0x20));
    expect(writeWithMemo(dir, undefined, 'test-2')).toEqual({ text: fresh(), reused: 0 });
    unlinkSync(dataFile(dir));
    expect(writeWithMemo(dir, undefined, 'test-2')).toEqual({ text: fresh(), reused: 0 });
    writeFileSync(join(dir, 'render-index.json'), '{"torn');
    expect(writeWithMemo(dir, undefined, 'test-2')).toEqual({ text: fresh(), reused: 0 });
    expect(writeWithMemo(dir, undefined, 'test-2')).toEqual({ text: fresh(), reused: seedExtractions.length });
  });

  test('places in an index edited by hand (negative, fractional, past the end) are not used, and nothing throws', () => {
    const dir = tempDir('memo-places');
    writeWithMemo(dir);
    const path = join(dir, 'render-index.json');
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { value: { articles: [string, string, string, number[]][]; entities: [string, number[]][] } };
    const { articles, entities } = saved.value;
    articles[0]![3][1] = -1;
    articles[1]![3][0] = 1.5;
    articles[2]![3][2] = 1e15;
    entities[0]![1][2] = -7;
    entities[1]![1][1] = 2 ** 60;
    writeFileSync(path, JSON.stringify(saved));
    expect(writeWithMemo(dir, undefined, version, true)).toEqual({ text: fresh(), reused: seedExtractions.length - 3 });
    expect(lastEntities).toBeLessThan(resolve(seedExtractions, []).length);
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: seedExtractions.length });
  });

  test('a graph replaced, edited or gone since is not read from, and the graph is the same', () => {
    const dir = tempDir('memo-graph');
    writeWithMemo(dir);
    const graph = graphFile(dir);
    // A copy that keeps its times (a backup put back) is the same graph.
    execFileSync('cp', ['-p', graph, `${graph}.copy`]);
    renameSync(`${graph}.copy`, graph);
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: seedExtractions.length });
    // Edited in place to the same size: its modification time tells (set apart here, as a clock would).
    const before = statSync(graph);
    const fd = openSync(graph, 'r+');
    writeSync(fd, Buffer.from('#'), 0, 1, before.size - 3);
    closeSync(fd);
    utimesSync(graph, before.atime, new Date(before.mtimeMs + 2000));
    expect(statSync(graph).size).toBe(before.size);
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: 0 });
    unlinkSync(graph);
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: 0 });
    expect(writeWithMemo(dir)).toEqual({ text: fresh(), reused: seedExtractions.length });
  });
});
