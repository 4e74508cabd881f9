import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../pipeline/extract.js';
import { buildGraph, previousEntities, serializeGraph } from '../pipeline/graph.js';
import { NotAGraphError, readGraphIdentities } from '../pipeline/previous-graph.js';
import { GRAPH_SCHEMA_ID } from '../stages/types.js';
import { res } from './helpers.js';
import { SEEDS, tempDir } from './run-helpers.js';

const graph = buildGraph(
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extractArticle(readFileSync(join(SEEDS, f)), f, res)),
  [],
);
const dir = tempDir('previous');
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

test('reads node by node the identities that parsing the whole graph gives', () => {
  const identities = readGraphIdentities(write('graph.json', serializeGraph(graph)));
  expect(identities).toEqual(previousEntities(graph));
  expect(identities.length).toBeGreaterThan(30);
  expect(identities.find((e) => e.id === 'person:alexander-fomin')).toMatchObject({ type: 'person', name: 'Alexander Fomin', formerIds: [] });
  expect(identities.find((e) => e.id === 'place:kyiv')).toMatchObject({ type: 'place', country: 'UA' });
});

test('an empty graph has no identities', () => {
  expect(readGraphIdentities(write('empty.json', serializeGraph({ schema: GRAPH_SCHEMA_ID, nodes: [], edges: [] })))).toEqual([]);
});

test('anything but a graph as newsgraph writes it is refused with the reason', () => {
  const whole = serializeGraph(graph);
  expect(() => readGraphIdentities(write('compact.json', JSON.stringify(graph)))).toThrow(NotAGraphError);
  expect(() => readGraphIdentities(write('other.json', serializeGraph({ ...graph, schema: 'newsgraph.graph/2' } as never)))).toThrow('not a newsgraph.graph/1 graph');
  const cut = whole.indexOf('"type": "person"');
  expect(() => readGraphIdentities(write('torn.json', whole.slice(0, cut)))).toThrow('the file ends inside a node');
  expect(() => readGraphIdentities(write('blank.json', ''))).toThrow(NotAGraphError);
});
