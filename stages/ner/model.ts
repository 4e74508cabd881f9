import { gunzipSync, gzipSync } from 'node:zlib';
import { viterbi, TRANSITION_ROWS } from './decode.js';
import { TAG_COUNT } from './tags.js';

const MAGIC = 'NGNER1';
const WORD_MEMO_LIMIT = 200_000;

/** What a model file says about itself (no training text, only settings and figures). */
export interface ModelHeader {
  lang: string;
  rows: number;
  /** Size of the lower-case vocabulary (hashes only) stored after the transitions. */
  vocabulary: number;
  /** Weights are stored as int16 multiples of this. */
  scale: number;
  /** Which outside knowledge the features were computed with; tagging must use the same. */
  knowledge: string;
  trainedOn: string;
}

/**
 * A trained tagger's weights: one row of TAG_COUNT weights per hashed feature key, in an open-addressing table, and a
 * matrix of tag transitions.
 */
export class NerModel {
  private readonly slotKeys: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  constructor(
    readonly header: ModelHeader,
    keys: Uint32Array,
    private readonly weights: Float32Array,
    private readonly transitions: Float32Array,
    readonly vocabulary: ReadonlySet<number>,
  ) {
    // A sparse table (at most a quarter full) keeps the probes for the many unknown features short; key 0 marks an
    // empty slot, so a feature hashed to 0 is stored as 1.
    let capacity = 1;
    while (capacity < keys.length * 4) capacity <<= 1;
    this.mask = capacity - 1;
    this.slotKeys = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] || 1;
      let h = key & this.mask;
      while (this.slotKeys[h] !== 0) h = (h + 1) & this.mask;
      this.slotKeys[h] = key;
      this.slotRows[h] = r;
    }
  }

  private row(feature: number): number {
    const key = feature || 1;
    let h = key & this.mask;
    for (;;) {
      const k = this.slotKeys[h];
      if (k === key) return this.slotRows[h];
      if (k === 0) return -1;
      h = (h + 1) & this.mask;
    }
  }

  /** Adds the weights of `keys[from .. to)` to `emit[base .. base + TAG_COUNT)`, in key order. */
  private addScores(keys: Uint32Array, from: number, to: number, emit: Float64Array, base: number): void {
    for (let k = from; k < to; k++) {
      const r = this.row(keys[k]);
      if (r < 0) continue;
      const w = r * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) emit[base + t] += this.weights[w + t];
    }
  }

  /**
   * The best tag per token for features from `FeatureExtractor.extract`. With `words`, the scores of each token's
   * first `count` keys (those that depend on the word alone) are memoized per word: the sums are formed in the same
   * order either way, so the result is the same to the bit.
   */
  decode(
    features: { keys: Uint32Array; offsets: Uint32Array },
    words?: { tokens: readonly string[]; count: number; memo: Map<string, Float64Array> },
  ): Uint8Array {
    const n = features.offsets.length - 1;
    const emit = new Float64Array(n * TAG_COUNT);
    const { keys, offsets } = features;
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      let from = offsets[i];
      if (words) {
        let own = words.memo.get(words.tokens[i]);
        if (!own) {
          own = new Float64Array(TAG_COUNT);
          this.addScores(keys, from, from + words.count, own, 0);
          if (words.memo.size >= WORD_MEMO_LIMIT) words.memo.clear();
          words.memo.set(words.tokens[i], own);
        }
        emit.set(own, base);
        from += words.count;
      }
      this.addScores(keys, from, offsets[i + 1], emit, base);
    }
    const tags = new Uint8Array(n);
    viterbi(emit, n, this.transitions, tags);
    return tags;
  }

  static fromWeights(
    header: Omit<ModelHeader, 'rows' | 'scale' | 'vocabulary'>,
    trained: { keys: Uint32Array; weights: Float64Array; transitions: Float64Array },
    vocabulary: ReadonlySet<number>,
  ): Buffer {
    const { keys, weights, transitions } = trained;
    const vocab = Uint32Array.from([...vocabulary].sort((a, b) => a - b));
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    const scale = max / 32767 || 1;
    const q = new Int16Array(weights.length);
    for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
    const head = Buffer.from(JSON.stringify({ ...header, rows: keys.length, vocabulary: vocab.length, scale }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    const body = Buffer.concat([
      Buffer.from(MAGIC, 'latin1'),
      len,
      head,
      Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
      Buffer.from(q.buffer, q.byteOffset, q.byteLength),
      Buffer.from(Float32Array.from(transitions).buffer),
      Buffer.from(vocab.buffer),
    ]);
    return gzipSync(body, { level: 9 });
  }

  static fromFile(gz: Buffer): NerModel {
    const body = gunzipSync(gz);
    if (body.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('newsgraph: not a newsgraph NER model');
    let at = MAGIC.length;
    const headLength = body.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(body.toString('utf8', at, at + headLength)) as ModelHeader;
    at += headLength;
    const take = (bytes: number): ArrayBuffer => {
      const copy = body.buffer.slice(body.byteOffset + at, body.byteOffset + at + bytes);
      at += bytes;
      return copy;
    };
    const keys = new Uint32Array(take(header.rows * 4));
    const q = new Int16Array(take(header.rows * TAG_COUNT * 2));
    const transitions = new Float32Array(take(TRANSITION_ROWS * TAG_COUNT * 4));
    const vocabulary = new Set(new Uint32Array(take(header.vocabulary * 4)));
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
    return new NerModel(header, keys, weights, transitions, vocabulary);
  }
}
