/**
 * The graph's JSON written piece by piece, byte for byte what `JSON.stringify(graph, null, 2) + '\n'` gives: the graph
 * of a large corpus exceeds the longest string V8 can hold (~512 MB) and need never be one string, nor one object.
 */

import { readSync } from 'node:fs';

/** Bytes of an open file, copied into the output as they are, with no buffer of their own. */
export interface FileRange {
  fd: number;
  offset: number;
  length: number;
}

/** Text, bytes, or bytes of a file. */
export type Piece = string | Uint8Array | FileRange;

/** A piece whose place in the output is wanted: `placed` gets the offset and the length, in bytes, it was written at. */
export interface Placed {
  piece: Piece;
  placed(offset: number, length: number): void;
}

/** The pieces of one item, with empty placed pieces before and after them: `placed` gets where the item lies. */
export function* placedItem(pieces: Iterable<string>, placed: (offset: number, length: number) => void): Generator<string | Placed> {
  let start = 0;
  yield { piece: '', placed: (offset) => (start = offset) };
  yield* pieces;
  yield { piece: '', placed: (offset) => placed(start, offset - start) };
}

export function isFileRange(piece: Piece): piece is FileRange {
  return typeof piece === 'object' && !(piece instanceof Uint8Array);
}

/** Reads a range in full into `target` from `at`. */
export function readRange(range: FileRange, target: Uint8Array, at = 0): void {
  let done = 0;
  while (done < range.length) {
    const n = readSync(range.fd, target, at + done, range.length - done, range.offset + done);
    if (n === 0) throw new Error(`a file ended ${range.length - done} bytes before the range (offset ${range.offset}, length ${range.length}) it was to hold`);
    done += n;
  }
}

/** One item of the graph's `nodes` or `edges` array, indented as it stands there. */
export function itemJson(value: unknown): string {
  return '    ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

/**
 * A top-level array of the graph from groups of items: items from `itemJson` joined by ",\n" (a piece, possibly
 * placed; empty for none), or the pieces of one item (with, it may be, empty placed pieces that mark where it begins
 * and ends). `last`: whether it is the graph's last key.
 */
export function* jsonArray(name: string, groups: Iterable<Piece | Placed | Iterable<string | Placed>>, last: boolean): Generator<Piece | Placed> {
  const key = JSON.stringify(name);
  const end = last ? '\n' : ',\n';
  let first = true;
  for (const group of groups) {
    const whole = typeof group === 'string' || group instanceof Uint8Array || 'fd' in group || 'piece' in group;
    if (whole && pieceLength(group) === 0) continue;
    yield first ? `  ${key}: [\n` : ',\n';
    first = false;
    if (whole) yield group;
    else yield* group;
  }
  yield first ? `  ${key}: []${end}` : `\n  ]${end}`;
}

function pieceLength(piece: Piece | Placed): number {
  return typeof piece === 'object' && 'piece' in piece ? pieceLength(piece.piece) : piece.length;
}

/** Bytes gathered before a chunk is handed on: few writes, and no string ever the size of the graph. */
const CHUNK_BYTES = 1 << 20;

/**
 * The same text as UTF-8 in chunks of at most about CHUNK_BYTES: each string is encoded straight into the chunk, and
 * bytes (spooled text, parts of an earlier graph) are copied or read into it as they are, never decoded.
 */
export function* encoded(pieces: Iterable<Piece | Placed>): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let handedOn = 0;
  for (const item of pieces) {
    const piece = typeof item === 'object' && 'piece' in item ? item.piece : item;
    // A UTF-16 unit never takes more than three bytes of UTF-8.
    const most = typeof piece === 'string' ? piece.length * 3 : piece.length;
    if (most > CHUNK_BYTES - used) {
      if (used > 0) yield chunk.subarray(0, used);
      handedOn += used;
      chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      used = 0;
    }
    const offset = handedOn + used;
    let length: number;
    if (most > CHUNK_BYTES) {
      const whole = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : isFileRange(piece) ? Buffer.allocUnsafe(piece.length) : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
      if (isFileRange(piece)) readRange(piece, whole);
      handedOn += whole.length;
      length = whole.length;
      yield whole;
    } else if (typeof piece === 'string') {
      length = chunk.write(piece, used, 'utf8');
      used += length;
    } else {
      if (isFileRange(piece)) readRange(piece, chunk, used);
      else chunk.set(piece, used);
      length = piece.length;
      used += length;
    }
    if (piece !== item) (item as Placed).placed(offset, length);
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

/** An article node's item. */
export function articleJson(idJson: string, a: { source: string; sha256: string; lang: string; date: string | null; title: string | null; chars: number }): string {
  const q = JSON.stringify;
  return (
    `    {\n      "id": ${idJson},\n      "type": "article",\n      "source": ${q(a.source)},\n      "sha256": ${q(a.sha256)},\n      "lang": ${q(a.lang)},\n` +
    `      "date": ${q(a.date)},\n      "title": ${q(a.title)},\n      "chars": ${a.chars}\n    }`
  );
}

/** A mention item inside an entity node's `mentions`. */
export function mentionJson(articleJson: string, start: number, end: number, textJson: string): string {
  return `        {\n          "article": ${articleJson},\n          "start": ${start},\n          "end": ${end},\n          "text": ${textJson}\n        }`;
}

const EMPTY_MENTIONS = '\n      "mentions": [],\n';

/**
 * What comes before and after an entity node's mentions when it has some, from the node's item with none (`itemJson`
 * of the node with empty mentions): the item with mentions is `open`, the mention items joined by ",\n", `close`.
 */
export function mentionsFrame(nodeJson: string): { open: string; close: string } {
  const at = nodeJson.indexOf(EMPTY_MENTIONS);
  if (at < 0) throw new Error('withMentions: the node has no empty "mentions" followed by another key');
  return { open: `${nodeJson.slice(0, at)}\n      "mentions": [\n`, close: `\n      ],\n${nodeJson.slice(at + EMPTY_MENTIONS.length)}` };
}

/**
 * An entity node's item (from `itemJson` of the node with no mentions) with its mentions put in, in pieces (each one
 * mention item, or several joined by ",\n"): an entity named in every article of a large corpus has millions of
 * mentions, which need never be one string.
 */
export function* withMentions(nodeJson: string, mentions: Iterable<string>): Generator<string> {
  let frame: { open: string; close: string } | null = null;
  for (const mention of mentions) {
    if (frame === null) {
      frame = mentionsFrame(nodeJson);
      yield frame.open;
    } else yield ',\n';
    yield mention;
  }
  yield frame === null ? nodeJson : frame.close;
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
