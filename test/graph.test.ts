import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { extractArticle } from '../pipeline/extract.js';
import { articleId, buildGraph, previousEntities, serializeGraph } from '../pipeline/graph.js';
import type { EntityNode, Extraction, Graph, StatementNode } from '../stages/types.js';
import { res } from './helpers.js';

const corpus = join(import.meta.dirname, '..', 'corpus');
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'graph.schema.json'), 'utf8'));
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(corpus, f), 'utf8').replace(/^\uFEFF/, '')]));
const extract = (f: string): Extraction => extractArticle(readFileSync(join(corpus, f)), f, res);
const extractions = files.map(extract);
const graph = buildGraph(extractions, []);
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const isEntity = (n: Graph['nodes'][number]): n is EntityNode => n.type === 'person' || n.type === 'place' || n.type === 'organization';

describe('graph', () => {
  it('is valid against the newsgraph.graph/1 JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const valid = validate(graph);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects a graph that breaks the contract', () => {
    const validate = new Ajv().compile(schema);
    const noMentions = { schema: 'newsgraph.graph/1', nodes: [{ id: 'person:x', type: 'person', name: 'X', aliases: [], mentions: [], roles: [] }], edges: [] };
    const badStatement = { schema: 'newsgraph.graph/1', nodes: [{ id: 'statement:a#1-2', type: 'statement', article: 'article:a', lang: 'nb', kind: 'quoted', text: 'x', start: 1, end: 2, speaker: null, via: [], about: [] }], edges: [] };
    expect(validate(noMentions)).toBe(false);
    expect(validate(badStatement)).toBe(false);
    expect(validate({ schema: 'newsgraph.graph/2', nodes: [], edges: [] })).toBe(false);
  });

  it('sorts nodes by id and edges by source, type and target', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const keys = graph.edges.map((e) => [e.source, e.type, e.target].join('\u0000'));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('points every mention and statement at its exact text in the article', () => {
    const byId = new Map(files.map((f) => [articleId(f), texts.get(f) ?? '']));
    let checked = 0;
    for (const n of graph.nodes) {
      if (isEntity(n)) {
        for (const m of n.mentions) {
          expect(byId.get(m.article)?.slice(m.start, m.end)).toBe(m.text);
          checked++;
        }
      } else if (n.type === 'statement') {
        expect(byId.get(n.article)?.slice(n.start, n.end)).toBe(n.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('derives article ids from the source path and keeps them when the text changes', () => {
    expect(node('article:000_f7a1628c1ae64117.txt')).toMatchObject({ type: 'article', source: '000_f7a1628c1ae64117.txt', lang: 'nb' });
    expect(node('article:002_f0782c8e115b1d7c.txt')).toMatchObject({ lang: 'da', date: '2022-02' });
    expect(articleId('nb/2022/a b.txt')).toBe('article:nb/2022/a%20b.txt');
    const edited = extractArticle(Buffer.from(texts.get(files[0]) + '\nEt nytt avsnitt om Oslo.\n'), files[0], res);
    const again = buildGraph([edited, ...extractions.slice(1)], previousEntities(graph));
    expect(again.nodes.filter((n) => n.type === 'article').map((n) => n.id)).toEqual(graph.nodes.filter((n) => n.type === 'article').map((n) => n.id));
  });

  it('gives the same bytes for the same input, whatever the order of the articles', () => {
    const reversed = buildGraph([...files].reverse().map(extract), []);
    expect(serializeGraph(reversed)).toBe(serializeGraph(graph));
  });

  it('keeps entity ids when articles are added, and one node per real-world entity across languages', () => {
    const partial = buildGraph(extractions.slice(0, 2), []);
    const full = buildGraph(extractions, previousEntities(partial));
    const partialIds = partial.nodes.filter(isEntity).map((n) => n.id);
    const fullIds = new Set(full.nodes.filter(isEntity).flatMap((n) => [n.id, ...(n.formerIds ?? [])]));
    expect(partialIds.filter((id) => !fullIds.has(id))).toEqual([]);
    const fomin = node('person:alexander-fomin');
    expect(fomin && isEntity(fomin) ? fomin.aliases : []).toEqual(expect.arrayContaining(['Alexander Fomin', 'Alexandr Fomin', 'Fomin']));
    const kyiv = node('place:kyiv');
    expect(kyiv && isEntity(kyiv) ? kyiv.aliases : []).toEqual(expect.arrayContaining(['Kijev', 'Kyiv']));
  });

  it("hands resolution a place's GeoNames id and country, so homonyms keep their own ids across runs", () => {
    const kyiv = previousEntities(graph).find((e) => e.id === 'place:kyiv');
    expect(kyiv).toMatchObject({ type: 'place', name: 'Kyiv', geonameId: 703448, country: 'UA' });
    expect(previousEntities(graph).find((e) => e.id === 'person:alexander-fomin')).toEqual({
      id: 'person:alexander-fomin',
      type: 'person',
      name: 'Alexander Fomin',
      aliases: ['Alexander Fomin', 'Alexandr Fomin', 'Fomin'],
      formerIds: [],
    });
  });

  it('links statements to their speaker, relays and subjects with edges that match the nodes', () => {
    const statements = graph.nodes.filter((n): n is StatementNode => n.type === 'statement');
    for (const s of statements) {
      if (s.speaker) expect(graph.edges).toContainEqual({ source: s.speaker, target: s.id, type: 'said' });
      for (const v of s.via) expect(graph.edges).toContainEqual({ source: s.id, target: v, type: 'via' });
      for (const a of s.about) expect(graph.edges).toContainEqual({ source: s.id, target: a, type: 'about' });
    }
    const relayed = statements.find((s) => s.text.startsWith('Russland vil drastisk nedskalere'));
    expect(relayed).toMatchObject({ kind: 'direct', speaker: 'person:alexander-fomin', via: ['organization:bbc', 'organization:tass'] });
    // "Both Ukraine and Russia said ...": the statement's speaker is the first name, and each of the two says it.
    const joint = statements.find((s) => s.text.startsWith("today's talks have paved the way"));
    expect(joint).toMatchObject({ kind: 'indirect', speaker: 'place:ukraine' });
    expect(graph.edges.filter((e) => e.type === 'said' && e.target === joint?.id).map((e) => e.source)).toEqual(['place:russia', 'place:ukraine']);
  });
});
