/** `newsgraph view`: one self-contained HTML page that shows the graph as a network, for people who would rather look. */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from './atomic.js';
import { dirname } from 'node:path';
import { GRAPH_SCHEMA_ID, type Graph } from '../stages/types.js';
import { renderPage } from './view/page.js';
import { prepareView } from './view/prepare.js';

/**
 * The largest graph file drawn: a page for more would be too heavy for a browser to lay out, and reading it would take
 * the memory that a nightly run over a large corpus is careful not to use.
 */
export const VIEW_MAX_BYTES = 100 * 1024 * 1024;

/** A graph too large to draw: not a failure of the run that wrote it. */
export class ViewTooLargeError extends Error {}

async function readGraph(path: string): Promise<Graph> {
  const { size } = await stat(path);
  if (size > VIEW_MAX_BYTES) {
    throw new ViewTooLargeError(`${path} is ${(size / 2 ** 20).toFixed(0)} MB; the view draws graphs of up to ${VIEW_MAX_BYTES / 2 ** 20} MB`);
  }
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
