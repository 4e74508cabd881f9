import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { GRAPH_SCHEMA_ID, type Graph, type PreviousEntity } from '../stages/types.js';
import { previousEntities } from './graph.js';

/** Bytes read at a time. */
const READ_SIZE = 1 << 20;

/** The lines of a file, read a chunk at a time: a graph can be far larger than the longest string V8 can hold. */
function* lines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let n = readSync(fd, buffer, 0, READ_SIZE, null); n > 0; n = readSync(fd, buffer, 0, READ_SIZE, null)) {
      const parts = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
      rest = parts.pop() as string;
      yield* parts;
    }
    rest += decoder.end();
    if (rest.length > 0) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Thrown for a file that is not a graph as `newsgraph run` writes it. */
export class NotAGraphError extends Error {}

const ITEM_START = '    {';
const ITEM_END = /^ {4}\},?$/;

/**
 * The entity identities of a graph that `newsgraph run` wrote (two-space JSON, one node per indented item), read node
 * by node so that memory holds one node at a time, never the whole graph.
 */
export function readGraphIdentities(path: string): PreviousEntity[] {
  const read = lines(path);
  const head = [read.next().value, read.next().value, read.next().value];
  if (head[0] !== '{' || head[1] !== `  "schema": ${JSON.stringify(GRAPH_SCHEMA_ID)},` || (head[2] !== '  "nodes": [' && head[2] !== '  "nodes": [],')) {
    read.return(undefined);
    throw new NotAGraphError(`not a ${GRAPH_SCHEMA_ID} graph as newsgraph writes it`);
  }
  const nodes: Graph['nodes'] = [];
  let item: string[] | null = null;
  for (const line of read) {
    if (item === null) {
      if (line === ITEM_START) item = ['{'];
      else if (line.startsWith('  ]') || line.startsWith('  "edges"')) break;
      else throw new NotAGraphError(`unexpected line in the nodes: ${line.slice(0, 80)}`);
    } else if (ITEM_END.test(line)) {
      item.push('}');
      const node = JSON.parse(item.join('\n')) as Graph['nodes'][number];
      // Only entities matter: article and statement nodes are dropped as soon as they are read.
      if (node.type === 'person' || node.type === 'place' || node.type === 'organization') nodes.push({ ...node, mentions: [] });
      item = null;
    } else {
      item.push(line);
    }
  }
  read.return(undefined);
  if (item !== null) throw new NotAGraphError('the file ends inside a node');
  return previousEntities({ schema: GRAPH_SCHEMA_ID, nodes, edges: [] });
}
