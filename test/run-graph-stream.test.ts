import { serializeGraphChunks } from '../pipeline/graph-stream.js';
import { serializeGraph } from '../pipeline/graph.js';
import { GRAPH_SCHEMA_ID, type Graph } from '../stages/types.js';

const sample: Graph = {
  schema: GRAPH_SCHEMA_ID,
  nodes: [
    { id: 'article:a.txt', type: 'article', source: 'a.txt', sha256: 'ab', lang: 'nb', date: null, title: 'Linje 1\nLinje "2"', chars: 10 },
    { id: 'person:kari-berg', type: 'person', name: 'Kari Berg', aliases: ['Berg', 'Kari Berg'], mentions: [{ article: 'article:a.txt', start: 0, end: 9, text: 'Kari Berg' }], evidence: [], roles: [] },
    { id: 'place:oslo', type: 'place', name: 'Oslo', aliases: [], mentions: [], evidence: [{ rule: 'gazetteer', alias: 'Oslo' }], kind: 'city', country: 'NO', lat: 59.91, lon: 10.75 },
  ],
  edges: [{ source: 'article:a.txt', target: 'person:kari-berg', type: 'mentions', count: 1 }],
};

test('the chunks are byte for byte the serialized graph, empty arrays included', () => {
  expect([...serializeGraphChunks(sample)].join('')).toBe(serializeGraph(sample));
  const empty: Graph = { schema: GRAPH_SCHEMA_ID, nodes: [], edges: [] };
  expect([...serializeGraphChunks(empty)].join('')).toBe(serializeGraph(empty));
  const noEdges: Graph = { ...sample, edges: [] };
  expect([...serializeGraphChunks(noEdges)].join('')).toBe(serializeGraph(noEdges));
});

test('a large graph comes in many chunks, none of them the whole', () => {
  const nodes = Array.from({ length: 20001 }, (_, i) => ({ ...sample.nodes[1], id: `person:p${i}` })) as Graph['nodes'];
  const graph: Graph = { schema: GRAPH_SCHEMA_ID, nodes, edges: sample.edges };
  const chunks = [...serializeGraphChunks(graph)];
  const whole = serializeGraph(graph);
  expect(chunks.length).toBeGreaterThan(10);
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 5);
  expect(chunks.join('')).toBe(whole);
});
