/**
 * The graph's JSON written piece by piece, byte for byte what `JSON.stringify(graph, null, 2) + '\n'` gives: the graph
 * of a large corpus exceeds the longest string V8 can hold (~512 MB) and need never be one string, nor one object.
 */

/** One item of the graph's `nodes` or `edges` array, indented as it stands there. */
export function itemJson(value: unknown): string {
  return '    ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

/**
 * A top-level array of the graph from groups of items, each group being items from `itemJson` joined by ",\n" (or
 * empty). `last`: whether it is the graph's last key.
 */
export function* jsonArray(name: string, groups: Iterable<string>, last: boolean): Generator<string> {
  const key = JSON.stringify(name);
  const end = last ? '\n' : ',\n';
  let first = true;
  for (const group of groups) {
    if (group.length === 0) continue;
    yield first ? `  ${key}: [\n` : ',\n';
    first = false;
    yield group;
  }
  yield first ? `  ${key}: []${end}` : `\n  ]${end}`;
}

/** Characters gathered before a chunk is handed on: few writes, small strings. */
const CHUNK_CHARS = 1 << 20;

/** The same text in chunks of about CHUNK_CHARS characters. */
export function* batched(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts.join('');
}
