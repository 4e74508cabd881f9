import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../pipeline/view/chromium.js';
import { deriveEdges, linksPerNode } from '../pipeline/view/edges.js';
import { layoutIterations, layoutPositions } from '../pipeline/view/layout.js';
import type { ViewData } from '../pipeline/view/model.js';
import { embedJson, embedScript, fillSlots } from '../pipeline/view/page.js';
import { nodeSize, prepareView } from '../pipeline/view/prepare.js';
import { VIEW_MAX_BYTES, ViewTooLargeError, writeView } from '../pipeline/view.js';
import { articlePasses, firstDay, lastDay, visibility, type FilterState } from '../view/filter.js';
import { entitiesByArticle, linksOf } from '../view/links.js';
import { buildSearchIndex, fold, search } from '../view/search.js';
import { FOMIN_NB_QUOTE, fixtureGraph } from './view-fixture.js';

const ALL: FilterState = {
  types: new Set(['person', 'place', 'organization']),
  langs: new Set(['nb', 'da', 'en', 'und']),
  from: '',
  to: '',
  undated: true,
};

function entityIndex(data: ViewData, id: string): number {
  const index = data.entities.findIndex((e) => e.id === id);
  if (index < 0) throw new Error(`no entity ${id}`);
  return index;
}

function names(data: ViewData, indices: readonly number[]): string[] {
  return indices.map((i) => data.entities[i]!.name);
}

describe('prepareView', () => {
  const data = prepareView(fixtureGraph());

  test('keeps articles, entities and statements in graph order, cross-referenced by index', () => {
    expect(data.articles.map((a) => a.id)).toEqual([
      'article:bbc-2022-03-29-kyiv',
      'article:dr-2022-04-02-tjernihiv',
      'article:misc-nato',
      'article:nrk-2022-03-29-fomin',
    ]);
    expect(data.entities.map((e) => e.id)).toEqual([
      'organization:bbc',
      'organization:nato',
      'organization:tass',
      'person:alexander-fomin',
      'person:vladimir-putin',
      'person:volodymyr-zelensky',
      'place:chernihiv',
      'place:kyiv',
      'place:russia',
    ]);
    const nrk = data.statements.find((s) => s.id === 'statement:nrk-2022-03-29-fomin-1')!;
    expect(nrk).toEqual({
      id: 'statement:nrk-2022-03-29-fomin-1',
      article: 3,
      lang: 'nb',
      kind: 'direct',
      text: FOMIN_NB_QUOTE,
      speaker: entityIndex(data, 'person:alexander-fomin'),
      via: [entityIndex(data, 'organization:bbc'), entityIndex(data, 'organization:tass')],
      about: [entityIndex(data, 'place:kyiv'), entityIndex(data, 'place:chernihiv')],
    });
  });

  test('gives a person aliases, roles, mentions, articles and the statements by, about and relayed', () => {
    const fomin = data.entities[entityIndex(data, 'person:alexander-fomin')]!;
    expect(fomin).toMatchObject({
      name: 'Alexander Fomin',
      aliases: ['Alexandr Fomin', 'Fomin'],
      mentions: 3,
      articles: [0, 3],
      roles: [
        { text: 'viseforsvarsminister', lang: 'nb' },
        { text: 'Deputy Defence Minister', lang: 'en' },
      ],
    });
    expect(fomin.said.map((s) => data.statements[s]!.id)).toEqual([
      'statement:bbc-2022-03-29-kyiv-1',
      'statement:nrk-2022-03-29-fomin-1',
    ]);
    expect(fomin.about.map((s) => data.statements[s]!.id)).toEqual(['statement:misc-nato-1']);
    const bbc = data.entities[entityIndex(data, 'organization:bbc')]!;
    expect(bbc.relayed.map((s) => data.statements[s]!.id)).toEqual(['statement:nrk-2022-03-29-fomin-1']);
    expect(bbc.place).toBeUndefined();
  });

  test('gives a place its kind, country and coordinates', () => {
    expect(data.entities[entityIndex(data, 'place:kyiv')]!.place).toEqual({
      kind: 'city',
      country: 'UA',
      lat: 50.4501,
      lon: 30.5234,
    });
    expect(data.entities[entityIndex(data, 'place:russia')]!.place).toEqual({ kind: 'country', country: 'RU' });
  });

  test('drops references to nodes the graph lacks instead of failing', () => {
    const graph = fixtureGraph();
    const broken = graph.nodes.map((n) =>
      n.type === 'statement' && n.id === 'statement:misc-nato-1'
        ? { ...n, article: 'article:gone', about: ['person:gone', 'place:kyiv'], via: ['organization:gone'] }
        : n,
    );
    const view = prepareView({ ...graph, nodes: broken });
    const s = view.statements.find((x) => x.id === 'statement:misc-nato-1')!;
    expect(s.article).toBe(-1);
    expect(names(view, s.about)).toEqual(['Kyiv']);
    expect(s.via).toEqual([]);
  });

  test('accepts an empty graph and entities without links', () => {
    expect(prepareView({ schema: 'newsgraph.graph/1', nodes: [], edges: [] })).toEqual({
      schema: 'newsgraph.view/1',
      articles: [],
      entities: [],
      statements: [],
      edges: [],
    });
    const graph = fixtureGraph();
    const lonely = prepareView({ ...graph, nodes: graph.nodes.filter((n) => n.type === 'place') });
    expect(lonely.edges).toEqual([]);
    expect(lonely.entities.map((e) => [e.name, e.articles, e.mentions])).toEqual([
      ['Chernihiv', [], 3],
      ['Kyiv', [], 3],
      ['Russia', [], 2],
    ]);
    expect(new Set(lonely.entities.map((e) => `${e.x},${e.y}`)).size).toBe(3);
  });

  test('sizes nodes by mentions, smaller in big graphs', () => {
    expect(nodeSize(0, 10, 9)).toBe(4);
    expect(nodeSize(10, 10, 9)).toBe(22);
    expect(nodeSize(3, 10, 9)).toBeGreaterThan(nodeSize(1, 10, 9));
    expect(nodeSize(10, 10, 10_000)).toBe(7.7);
    const sizes = data.entities.map((e) => [e.name, e.size]);
    expect(Object.fromEntries(sizes)['Alexander Fomin']).toBe(22);
    expect(Object.fromEntries(sizes)['BBC']).toBe(13);
  });
});

describe('deriveEdges', () => {
  const data = prepareView(fixtureGraph());
  const asIds = (edges: ViewData['edges']): [string, string, number, number][] =>
    edges.map(([a, b, articles, statements]) => [data.entities[a]!.id, data.entities[b]!.id, articles, statements]);

  test('links entities named together and speakers with what they speak about; keeps all in a small graph', () => {
    expect(linksPerNode(9)).toBe(8);
    expect(data.edges).toHaveLength(28);
    const edges = asIds(data.edges);
    expect(edges).toContainEqual(['person:alexander-fomin', 'place:kyiv', 2, 2]);
    expect(edges).toContainEqual(['person:vladimir-putin', 'place:chernihiv', 3, 0]);
    // NATO speaks about Fomin without ever being named in an article with him.
    expect(edges).toContainEqual(['organization:nato', 'person:alexander-fomin', 0, 1]);
    expect(edges.some(([a, b]) => a === 'person:volodymyr-zelensky' && b === 'place:kyiv')).toBe(false);
  });

  test('keeps each entity only its strongest co-mention links, but every speaks-about link', () => {
    expect(asIds(deriveEdges(data.entities, data.statements, 1))).toEqual([
      ['organization:bbc', 'person:alexander-fomin', 1, 0],
      ['organization:nato', 'person:alexander-fomin', 0, 1],
      ['organization:nato', 'person:vladimir-putin', 1, 0],
      ['organization:nato', 'place:kyiv', 0, 1],
      ['organization:tass', 'person:alexander-fomin', 1, 0],
      ['person:alexander-fomin', 'person:vladimir-putin', 2, 0],
      ['person:alexander-fomin', 'place:chernihiv', 2, 2],
      ['person:alexander-fomin', 'place:kyiv', 2, 2],
      ['person:alexander-fomin', 'place:russia', 2, 1],
      ['person:vladimir-putin', 'person:volodymyr-zelensky', 1, 0],
      ['person:vladimir-putin', 'place:chernihiv', 3, 0],
    ]);
  });

  test('draws fewer links per entity in big graphs', () => {
    expect(linksPerNode(1000)).toBe(8);
    expect(linksPerNode(5000)).toBe(6);
    expect(linksPerNode(10_000)).toBe(3);
    expect(linksPerNode(100_000)).toBe(3);
  });
});

describe('layout', () => {
  test('is deterministic, within bounds, and pulls linked entities together', () => {
    const entities = [{ articles: [0] }, { articles: [0] }, { articles: [1] }, { articles: [2] }];
    const edges: ViewData['edges'] = [
      [0, 1, 5, 0],
      [2, 3, 1, 0],
    ];
    const first = layoutPositions(entities, edges);
    expect(layoutPositions(entities, edges)).toEqual(first);
    for (const p of first) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1000);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(1000);
    }
    const distance = (a: number, b: number): number => Math.hypot(first[a]!.x - first[b]!.x, first[a]!.y - first[b]!.y);
    expect(distance(0, 1)).toBeLessThan(distance(0, 2));
  });

  test('bounds the iterations of big graphs', () => {
    expect(layoutIterations(9)).toBe(300);
    expect(layoutIterations(10_000)).toBe(50);
    expect(layoutIterations(1_000_000)).toBe(20);
  });
});

describe('search', () => {
  const data = prepareView(fixtureGraph());
  const index = buildSearchIndex(data.entities);
  const find = (query: string): [string, string][] =>
    search(index, data.entities, query, 10).map((hit) => [data.entities[hit.entity]!.name, hit.form]);

  test('folds case and diacritics, including letters Unicode does not decompose', () => {
    expect(fold('  Søre   Ål ')).toBe('sore al');
    expect(fold('Zelenskyj')).toBe('zelenskyj');
    expect(fold('Œuvre Łódź Æro')).toBe('oeuvre lodz aero');
  });

  test('finds entities by any alias and says which form matched', () => {
    expect(find('Kijev')).toEqual([['Kyiv', 'Kijev']]);
    expect(find('tsjernihiv')).toEqual([['Chernihiv', 'Tsjernihiv']]);
    expect(find('Fomin')).toEqual([['Alexander Fomin', 'Fomin']]);
    expect(find('alexandr')).toEqual([['Alexander Fomin', 'Alexandr Fomin']]);
  });

  test('ranks whole matches over starts over word starts over inside matches', () => {
    // "putin": the alias Putin matches whole; "in" occurs inside many names.
    expect(find('putin')[0]).toEqual(['Vladimir Putin', 'Putin']);
    expect(find('vladimir')).toEqual([['Vladimir Putin', 'Vladimir Putin']]);
    expect(find('russ').map(([name]) => name)).toEqual(['Russia']);
    expect(find('   ')).toEqual([]);
    expect(find('nobody')).toEqual([]);
  });

  test('orders by closeness of match, then by how often the entity is named', () => {
    const places = ['Skifjord', 'Oslo Fjord', 'Fjordby', 'Fjord', 'Nordfjord'].map((name, i) => ({
      name,
      aliases: [],
      mentions: i,
    }));
    const hits = search(buildSearchIndex(places), places, 'FJORD', 10).map((h) => places[h.entity]!.name);
    expect(hits).toEqual(['Fjord', 'Fjordby', 'Oslo Fjord', 'Nordfjord', 'Skifjord']);
  });

  test('leaves out entities the filters hide', () => {
    const hits = search(index, data.entities, 'a', 20, (i) => data.entities[i]!.type === 'organization');
    expect(hits.map((h) => data.entities[h.entity]!.name)).toEqual(['NATO', 'TASS']);
  });
});

describe('filters', () => {
  const data = prepareView(fixtureGraph());
  const visibleNames = (state: FilterState): string[] =>
    data.entities.filter((_, i) => visibility(data, state).entities[i]).map((e) => e.name);

  test('partial dates cover their whole month or year', () => {
    expect(firstDay('2022')).toBe('2022-01-01');
    expect(firstDay('2022-04')).toBe('2022-04-01');
    expect(lastDay('2022-04')).toBe('2022-04-31');
    expect(lastDay('2022-04-02')).toBe('2022-04-02');
    expect(articlePasses({ lang: 'nb', date: '2022-03' }, { ...ALL, from: '2022-03-15' })).toBe(true);
    expect(articlePasses({ lang: 'nb', date: '2022-03' }, { ...ALL, from: '2022-04-01' })).toBe(false);
    expect(articlePasses({ lang: 'nb', date: null }, { ...ALL, undated: false })).toBe(false);
  });

  test('by type, article language and article date', () => {
    expect(visibleNames(ALL)).toHaveLength(9);
    expect(visibleNames({ ...ALL, types: new Set(['place']) })).toEqual(['Chernihiv', 'Kyiv', 'Russia']);
    expect(visibleNames({ ...ALL, langs: new Set(['da']) })).toEqual([
      'NATO',
      'Vladimir Putin',
      'Volodymyr Zelensky',
      'Chernihiv',
    ]);
    expect(visibleNames({ ...ALL, from: '2022-04-01', undated: false })).toEqual([
      'NATO',
      'Vladimir Putin',
      'Volodymyr Zelensky',
      'Chernihiv',
    ]);
    expect(visibleNames({ ...ALL, to: '2022-03', langs: new Set(['nb']) })).toEqual([
      'BBC',
      'TASS',
      'Alexander Fomin',
      'Vladimir Putin',
      'Chernihiv',
      'Kyiv',
      'Russia',
    ]);
  });

  test('hide statements whose article does not pass', () => {
    const statements = visibility(data, { ...ALL, langs: new Set(['nb']) }).statements;
    expect(data.statements.filter((_, i) => statements[i]).map((s) => s.id)).toEqual(['statement:nrk-2022-03-29-fomin-1']);
  });
});

describe('links of a selected entity', () => {
  test('count shared articles and statements, strongest first', () => {
    const data = prepareView(fixtureGraph());
    const links = linksOf(data, entitiesByArticle(data), entityIndex(data, 'person:alexander-fomin'));
    expect(links.map((l) => [data.entities[l.entity]!.name, l.articles, l.statements])).toEqual([
      ['Chernihiv', 2, 2],
      ['Kyiv', 2, 2],
      ['Russia', 2, 1],
      ['NATO', 0, 1],
      ['Vladimir Putin', 2, 0],
      ['BBC', 1, 0],
      ['TASS', 1, 0],
    ]);
  });
});

describe('the page', () => {
  test('embeds data so that no article text can close the script element', () => {
    const data = prepareView(fixtureGraph());
    data.statements[0]!.text = 'a </script><script>alert(1)</script> <!-- b';
    const embedded = embedJson(data);
    expect(embedded).not.toMatch(/<\/script|<!--/i);
    expect((JSON.parse(embedded) as ViewData).statements[0]!.text).toBe('a </script><script>alert(1)</script> <!-- b');
    expect(embedScript('x="</script>";y=/<!--/')).toBe('x="<\\/script>";y=/<\\!--/');
  });

  test('fills each template slot once, never a marker inside inserted text', () => {
    const template = '<style>/*@@STYLE@@*/</style><script>/*@@DATA@@*/</script>';
    expect(fillSlots(template, { DATA: '"/*@@STYLE@@*/"', STYLE: 'b{}' })).toBe(
      '<style>b{}</style><script>"/*@@STYLE@@*/"</script>',
    );
    expect(() => fillSlots(template, { STYLE: '' })).toThrow('unexpected /*@@DATA@@*/');
    expect(() => fillSlots(template, { STYLE: '', DATA: '', SCRIPT: '' })).toThrow('lacks the slots SCRIPT');
  });

  test('writeView writes one self-contained, deterministic HTML file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-test-'));
    try {
      const graphPath = join(dir, 'graph.json');
      await writeFile(graphPath, JSON.stringify(fixtureGraph()));
      const result = await writeView({ graph: graphPath, out: join(dir, 'out', 'graph.html') });
      expect(result).toEqual({ out: join(dir, 'out', 'graph.html'), nodes: 9 });
      const html = await readFile(result.out, 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain("default-src 'none'");
      expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
      expect(html).not.toMatch(/\/\*@@(STYLE|DATA|SCRIPT)@@\*\//);
      expect(html).toContain('"name":"Alexander Fomin"');
      expect(html).toMatch(/\nsigma:\nCopyright \(C\) 2013-2025, Alexis Jacomy/);
      expect(html).toMatch(/\ngraphology:\nThe MIT License/);
      await writeView({ graph: graphPath, out: join(dir, 'again.html') });
      expect(await readFile(join(dir, 'again.html'), 'utf8')).toBe(html);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('writeView refuses a file that is not a newsgraph graph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-test-'));
    try {
      await writeFile(join(dir, 'x.json'), JSON.stringify({ nodes: [] }));
      await expect(writeView({ graph: join(dir, 'x.json'), out: join(dir, 'x.html') })).rejects.toThrow(
        /is not a newsgraph\.graph\/1 graph/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('writeView declines a graph too large to draw, without reading it, and writes no page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-test-'));
    try {
      // Sparse: the size of a huge graph without its bytes.
      await writeFile(join(dir, 'big.json'), '');
      await truncate(join(dir, 'big.json'), VIEW_MAX_BYTES + 1);
      const written = writeView({ graph: join(dir, 'big.json'), out: join(dir, 'big.html') });
      await expect(written).rejects.toBeInstanceOf(ViewTooLargeError);
      await expect(written).rejects.toThrow(/big\.json is 100 MB; the view draws graphs of up to 100 MB/);
      expect(await readdir(dir)).toEqual(['big.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the browser for the end-to-end test', () => {
  test('a missing Chromium is an error that says how to install it, never a silent skip', async () => {
    await expect(launchChromium({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      "Chromium is not installed at /nonexistent/chromium; install Debian's package as root: apt-get update && apt-get install -y chromium",
    );
  });
});
