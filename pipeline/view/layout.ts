import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ViewEdge } from './model.js';

/** The package is CommonJS (`module.exports = layout`) but its types declare an ES default export. */
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/**
 * ForceAtlas2 costs about `nodes × log(nodes)` per iteration whatever the number of links (repulsion dominates):
 * this budget of node visits bounds the layout of big graphs (10k nodes: 50 iterations, a few seconds) while small
 * graphs get the full number of iterations.
 */
const NODE_ITERATION_BUDGET = 500_000;
const MAX_ITERATIONS = 300;
const MIN_ITERATIONS = 20;
/** Positions are scaled into [-EXTENT, EXTENT] and rounded to a tenth: short numbers in the HTML, same bytes everywhere. */
const EXTENT = 1000;

export function layoutIterations(nodes: number): number {
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.floor(NODE_ITERATION_BUDGET / Math.max(1, nodes))));
}

/** Points on a golden-angle spiral: evenly spread, deterministic. */
function spiral(i: number, spacing: number): { x: number; y: number } {
  const angle = i * Math.PI * (3 - Math.sqrt(5));
  const radius = spacing * Math.sqrt(i + 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Where each entity starts: at the centre of the articles that name it (articles spread on a spiral), nudged by its
 * own spiral offset so that no two start on the same point. Entities named together thus start together, and the few
 * ForceAtlas2 iterations a big graph gets go into refining clusters rather than finding them.
 */
function startPositions(entities: readonly { articles: readonly number[] }[]): { x: number; y: number }[] {
  return entities.map((entity, i) => {
    const nudge = spiral(i, 0.5);
    if (entity.articles.length === 0) return spiral(i, 10);
    let x = 0;
    let y = 0;
    for (const article of entity.articles) {
      const p = spiral(article, 10);
      x += p.x;
      y += p.y;
    }
    return { x: x / entity.articles.length + nudge.x, y: y / entity.articles.length + nudge.y };
  });
}

/**
 * Positions for the entities, computed once in Node so the browser draws at once: a deterministic start (no
 * randomness) refined by a bounded number of ForceAtlas2 iterations over the links.
 */
export function layoutPositions(
  entities: readonly { articles: readonly number[] }[],
  edges: readonly ViewEdge[],
): { x: number; y: number }[] {
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  startPositions(entities).forEach((p, i) => graph.addNode(String(i), p));
  for (const [source, target, articles, statements] of edges) {
    graph.addEdge(String(source), String(target), { weight: articles + 2 * statements });
  }
  if (graph.order > 1 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: layoutIterations(graph.order),
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
  }
  return normalize(graph.mapNodes((_key, { x, y }) => ({ x, y })));
}

function normalize(positions: { x: number; y: number }[]): { x: number; y: number }[] {
  const span = positions.reduce((max, p) => Math.max(max, Math.abs(p.x), Math.abs(p.y)), 1e-9);
  const round = (v: number): number => Math.round((v / span) * EXTENT * 10) / 10 || 0;
  return positions.map((p) => ({ x: round(p.x), y: round(p.y) }));
}
