/** `newsgraph view`: one self-contained HTML page that shows the graph as a network, for people who would rather look. */
import { mkdir, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic.js';
import { dirname } from 'node:path';
import { GRAPH_SCHEMA_ID, type Graph } from '../stages/types.js';
import { renderPage } from './view/page.js';
import { prepareView } from './view/prepare.js';

async function readGraph(path: string): Promise<Graph> {
  const graph = JSON.parse(await readFile(path, 'utf8')) as Partial<Graph>;
  if (graph.schema !== GRAPH_SCHEMA_ID || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new Error(`newsgraph view: ${path} is not a ${GRAPH_SCHEMA_ID} graph`);
  }
  return graph as Graph;
}

/** Reads the graph, lays it out, and writes the page; `nodes` is the number of entities drawn. */
export async function writeView(opts: { graph: string; out: string }): Promise<{ out: string; nodes: number }> {
  const data = prepareView(await readGraph(opts.graph));
  const page = await renderPage(data);
  await mkdir(dirname(opts.out), { recursive: true });
  writeFileAtomic(opts.out, page);
  return { out: opts.out, nodes: data.entities.length };
}
