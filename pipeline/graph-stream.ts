/**
 * The graph's JSON written piece by piece, byte for byte what `JSON.stringify(graph, null, 2) + '\n'` gives: the graph
 * of a large corpus exceeds the longest string V8 can hold (~512 MB) and need never be one string, nor one object.
 */

/** One item of the graph's `nodes` or `edges` array, indented as it stands there. */
export function itemJson(value: unknown): string {
  return '    ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

/**
 * A top-level array of the graph from groups of items: items from `itemJson` joined by ",\n" (a string, or bytes
 * from the spool; empty for none), or the pieces of one item. `last`: whether it is the graph's last key.
 */
export function* jsonArray(name: string, groups: Iterable<string | Uint8Array | Iterable<string>>, last: boolean): Generator<string | Uint8Array> {
  const key = JSON.stringify(name);
  const end = last ? '\n' : ',\n';
  let first = true;
  for (const group of groups) {
    const whole = typeof group === 'string' || group instanceof Uint8Array;
    if (whole && group.length === 0) continue;
    yield first ? `  ${key}: [\n` : ',\n';
    first = false;
    if (whole) yield group;
    else yield* group;
  }
  yield first ? `  ${key}: []${end}` : `\n  ]${end}`;
}

/** Bytes gathered before a chunk is handed on: few writes, and no string ever the size of the graph. */
const CHUNK_BYTES = 1 << 20;

/**
 * The same text as UTF-8 in chunks of at most about CHUNK_BYTES: each string is encoded straight into the chunk, and
 * bytes (spooled text) are copied as they are, never decoded.
 */
export function* encoded(pieces: Iterable<string | Uint8Array>): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 unit never takes more than three bytes of UTF-8.
    const most = typeof piece === 'string' ? piece.length * 3 : piece.length;
    if (most > CHUNK_BYTES - used) {
      if (used > 0) yield chunk.subarray(0, used);
      chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      used = 0;
      if (most > CHUNK_BYTES) {
        yield typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
        continue;
      }
    }
    if (typeof piece === 'string') used += chunk.write(piece, used, 'utf8');
    else {
      chunk.set(piece, used);
      used += piece.length;
    }
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/** Items per batch in `joined`. */
const BATCH_ITEMS = 256;

/**
 * Items joined by ",\n" in batches: an array of items takes a batch where it takes an item, and a few hundred
 * items pass through the generators above as one string rather than one by one.
 */
export function* joined(items: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH_ITEMS) {
      yield batch.join(',\n');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join(',\n');
}

/*
 * Hand-written forms of the graph's most numerous items, the same bytes as `itemJson` gives for them at a fraction of
 * the cost: a large graph has millions of mentions and edges. Arguments ending in `Json` are already JSON strings.
 */

/** An edge item; `count` only on `mentions` edges. */
export function edgeJson(sourceJson: string, targetJson: string, type: string, count?: number): string {
  const counted = count === undefined ? '' : `,\n      "count": ${count}`;
  return `    {\n      "source": ${sourceJson},\n      "target": ${targetJson},\n      "type": "${type}"${counted}\n    }`;
}

/** A mention item inside an entity node's `mentions`. */
export function mentionJson(articleJson: string, start: number, end: number, textJson: string): string {
  return `        {\n          "article": ${articleJson},\n          "start": ${start},\n          "end": ${end},\n          "text": ${textJson}\n        }`;
}

const EMPTY_MENTIONS = '\n      "mentions": [],\n';

/**
 * An entity node's item (from `itemJson` of the node with no mentions) with its mentions put in, in pieces (each one
 * mention item, or several joined by ",\n"): an entity named in every article of a large corpus has millions of
 * mentions, which need never be one string.
 */
export function* withMentions(nodeJson: string, mentions: Iterable<string>): Generator<string> {
  const at = nodeJson.indexOf(EMPTY_MENTIONS);
  if (at < 0) throw new Error('withMentions: the node has no empty "mentions" followed by another key');
  let first = true;
  for (const mention of mentions) {
    yield first ? `${nodeJson.slice(0, at)}\n      "mentions": [\n` : ',\n';
    first = false;
    yield mention;
  }
  yield first ? nodeJson : `\n      ],\n${nodeJson.slice(at + EMPTY_MENTIONS.length)}`;
}

/** A list of ids as a node's key shows it. */
function idListJson(idJson: readonly string[]): string {
  return idJson.length === 0 ? '[]' : `[\n        ${idJson.join(',\n        ')}\n      ]`;
}

/** A statement node item; `speakerJson` is `null` or an id as JSON. */
export function statementJson(s: { idJson: string; articleJson: string; lang: string; kind: string; text: string; start: number; end: number; speakerJson: string; viaJson: readonly string[]; aboutJson: readonly string[] }): string {
  return (
    `    {\n      "id": ${s.idJson},\n      "type": "statement",\n      "article": ${s.articleJson},\n      "lang": ${JSON.stringify(s.lang)},\n      "kind": ${JSON.stringify(s.kind)},\n` +
    `      "text": ${JSON.stringify(s.text)},\n      "start": ${s.start},\n      "end": ${s.end},\n      "speaker": ${s.speakerJson},\n` +
    `      "via": ${idListJson(s.viaJson)},\n      "about": ${idListJson(s.aboutJson)}\n    }`
  );
}
