import { viterbi, TRANSITION_ROWS, START_ROW } from './decode.js';
import { TAG_COUNT } from './tags.js';

/** One training sentence: hashed feature keys per token (as `FeatureExtractor.extract` gives them) and gold tags. */
export interface TrainingSentence {
  keys: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

export interface TrainingOptions {
  epochs: number;
  /** Seed of the shuffling, so that training is reproducible. */
  seed: number;
  /** Features seen fewer times than this in the training data are left out. */
  minCount: number;
}

export interface TrainedWeights {
  keys: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
}

/** A small seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Maps feature keys to dense rows, dropping rare ones; returns the row features per sentence. */
function indexFeatures(sentences: readonly TrainingSentence[], minCount: number) {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const k of s.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [k, c] of counts) {
    if (c < minCount) continue;
    rowOf.set(k, keys.length);
    keys.push(k);
  }
  const rows = sentences.map((s) => {
    const out: number[] = [];
    const offsets = new Uint32Array(s.offsets.length);
    for (let i = 0; i + 1 < s.offsets.length; i++) {
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const r = rowOf.get(s.keys[k]);
        if (r !== undefined) out.push(r);
      }
      offsets[i + 1] = out.length;
    }
    return { rows: Int32Array.from(out), offsets };
  });
  return { keys: Uint32Array.from(keys), rows };
}

/** An averaged structured perceptron with constrained first-order Viterbi decoding. */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainingOptions): TrainedWeights {
  const T = TAG_COUNT;
  const { keys, rows } = indexFeatures(sentences, options.minCount);
  const w = new Float64Array(keys.length * T);
  const u = new Float64Array(keys.length * T);
  const tw = new Float64Array(TRANSITION_ROWS * T);
  const tu = new Float64Array(TRANSITION_ROWS * T);
  const rand = random(options.seed);
  const order = sentences.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const si of order) {
      const { gold } = sentences[si];
      const { rows: fr, offsets } = rows[si];
      const n = gold.length;
      const emit = new Float64Array(n * T);
      for (let i = 0; i < n; i++)
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const r = fr[k] * T;
          for (let t = 0; t < T; t++) emit[i * T + t] += w[r + t];
        }
      const pred = new Uint8Array(n);
      viterbi(emit, n, tw, pred);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) continue;
        wrong = true;
        errors++;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const r = fr[k] * T;
          w[r + gold[i]] += 1;
          u[r + gold[i]] += c;
          w[r + pred[i]] -= 1;
          u[r + pred[i]] -= c;
        }
      }
      if (wrong) {
        for (let i = 0; i < n; i++) {
          const gp = i === 0 ? START_ROW : gold[i - 1];
          const pp = i === 0 ? START_ROW : pred[i - 1];
          tw[gp * T + gold[i]] += 1;
          tu[gp * T + gold[i]] += c;
          tw[pp * T + pred[i]] -= 1;
          tu[pp * T + pred[i]] -= c;
        }
      }
      c++;
    }
    process.stderr.write(`  epoch ${epoch + 1}: ${errors} token errors\n`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return prune(keys, w, tw);
}

/** Drops features whose averaged weights all vanish: they cannot change a decision. */
function prune(keys: Uint32Array, w: Float64Array, transitions: Float64Array): TrainedWeights {
  const T = TAG_COUNT;
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(w[r * T + t]));
    if (max > 1e-3) kept.push(r);
  }
  const outKeys = new Uint32Array(kept.length);
  const outW = new Float64Array(kept.length * T);
  kept.forEach((r, i) => {
    outKeys[i] = keys[r];
    outW.set(w.subarray(r * T, r * T + T), i * T);
  });
  return { keys: outKeys, weights: outW, transitions };
}
