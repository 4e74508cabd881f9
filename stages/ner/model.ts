import { gunzipSync, gzipSync } from 'node:zlib';
import { viterbi, TRANSITION_ROWS, ViterbiBuffers } from './decode.js';
import { TAG_COUNT } from './tags.js';

const MAGIC = 'NGNER1';

/** What a model file says about itself (no training text, only settings and figures). */
export interface ModelHeader {
  lang: string;
  rows: number;
  /**
   * Size of the vocabulary (hashes only: of the words the training text writes in lower case, and of those it
   * capitalises inside a sentence; see `vocabularyKeys`) stored after the transitions.
   */
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
  /** Open addressing: slot h holds a key at `slots[2h]` and the offset of its row in `weights` at `slots[2h + 1]`. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly buffers = new ViterbiBuffers();

  constructor(
    readonly header: ModelHeader,
    keys: Uint32Array,
    /** TAG_COUNT weights per row. */
    readonly weights: Float32Array,
    private readonly transitions: Float32Array,
    readonly vocabulary: ReadonlySet<number>,
  ) {
    // A sparse table (at most a quarter full) keeps the probes for the many unknown features short; key 0 marks an
    // empty slot, so a feature hashed to 0 is stored as 1. A key sits beside its row offset: one cache miss per probe.
    let capacity = 1;
    while (capacity < keys.length * 4) capacity <<= 1;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] || 1;
      let h = key & this.mask;
      while (this.slots[2 * h] !== 0) h = (h + 1) & this.mask;
      this.slots[2 * h] = key;
      this.slots[2 * h + 1] = r * TAG_COUNT;
    }
  }

  /** Where a feature key's TAG_COUNT weights start in `weights`, or -1 for a key the model has no weights for. */
  rowOffset(feature: number): number {
    const key = (feature || 1) | 0;
    let h = key & this.mask;
    for (;;) {
      const k = this.slots[2 * h];
      if (k === key) return this.slots[2 * h + 1];
      if (k === 0) return -1;
      h = (h + 1) & this.mask;
    }
  }

  /** The best tag per token for features from `FeatureExtractor.extract`. */
  decode(features: { keys: Uint32Array; offsets: Uint32Array }): Uint8Array {
    const n = features.offsets.length - 1;
    const emit = new Float64Array(n * TAG_COUNT);
    const { keys, offsets } = features;
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const w = this.rowOffset(keys[k]);
        if (w < 0) continue;
        for (let t = 0; t < TAG_COUNT; t++) emit[base + t] += this.weights[w + t];
      }
    }
    return this.bestTags(emit, n);
  }

  /** The best tag per token for emission scores `emit[i * TAG_COUNT + tag]` of the first `n` tokens. */
  bestTags(emit: Float64Array, n: number): Uint8Array {
    const tags = new Uint8Array(n);
    viterbi(emit, n, this.transitions, tags, this.buffers);
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
