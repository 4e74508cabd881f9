import type { Graph } from '../stages/types.js';

/** Items per JSON.stringify call: few calls, yet never one string of the whole graph. */
const ITEMS_PER_CHUNK = 2000;

function* array(name: string, items: readonly unknown[], last: boolean): Generator<string> {
  const end = last ? '\n' : ',\n';
  const key = JSON.stringify(name);
  if (items.length === 0) {
    yield `  ${key}: []${end}`;
    return;
  }
  yield `  ${key}: [\n`;
  // Stringified inside the same wrapper as in the whole graph, the items come out with the indentation they have
  // there: only the wrapper's first and last lines are cut off.
  const head = `{\n  ${key}: [\n`.length;
  const tail = '\n  ]\n}'.length;
  for (let from = 0; from < items.length; from += ITEMS_PER_CHUNK) {
    const text = JSON.stringify({ [name]: items.slice(from, from + ITEMS_PER_CHUNK) }, null, 2);
    yield (from > 0 ? ',\n' : '') + text.slice(head, text.length - tail);
  }
  yield `\n  ]${end}`;
}

/**
 * The bytes of `serializeGraph` (two-space JSON and a final newline) as a sequence of chunks: a graph of a large
 * corpus is larger than the longest string V8 can hold (~512 MB), and need not ever be one string.
 */
export function* serializeGraphChunks(graph: Graph): Generator<string> {
  const keys = Object.keys(graph);
  if (keys.join() !== 'schema,nodes,edges') throw new Error(`serializeGraphChunks: unexpected graph keys ${keys.join()}`);
  yield `{\n  "schema": ${JSON.stringify(graph.schema)},\n`;
  yield* array('nodes', graph.nodes, false);
  yield* array('edges', graph.edges, true);
  yield '}\n';
}
