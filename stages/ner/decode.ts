import { TAG_COUNT, allowedTransition } from './tags.js';

/**
 * Transition scores are laid out as `(TAG_COUNT + 1) x TAG_COUNT`: row `prev` for a previous tag, row TAG_COUNT for
 * the sentence start. Disallowed BIO transitions are never chosen, whatever the weights say.
 */
export const TRANSITION_ROWS = TAG_COUNT + 1;
export const START_ROW = TAG_COUNT;

const ALLOWED: boolean[] = [];
for (let prev = 0; prev < TRANSITION_ROWS; prev++)
  for (let next = 0; next < TAG_COUNT; next++) ALLOWED.push(allowedTransition(prev === START_ROW ? -1 : prev, next));

/**
 * Work space for `viterbi`, grown as needed: a tagger keeps one rather than allocating it for every sentence. Use one
 * only with transitions that do not change (training makes a new one per sentence).
 */
export class ViterbiBuffers {
  best = new Float64Array(0);
  back = new Uint8Array(0);
  /** The transitions last decoded with, and a copy that is -Infinity where a transition is not allowed. */
  private source: ArrayLike<number> | undefined;
  private masked = new Float64Array(TRANSITION_ROWS * TAG_COUNT);

  /** Transition scores with the disallowed ones at -Infinity, which no path takes: no test in the inner loop. */
  maskedTransitions(transitions: ArrayLike<number>): Float64Array {
    if (this.source !== transitions) {
      for (let i = 0; i < this.masked.length; i++) this.masked[i] = ALLOWED[i] ? transitions[i] : -Infinity;
      this.source = transitions;
    }
    return this.masked;
  }

  fit(size: number): void {
    if (this.best.length >= size) return;
    this.best = new Float64Array(size * 2);
    this.back = new Uint8Array(size * 2);
  }
}

/** The best constrained tag sequence (first-order Viterbi) for emission scores `emit[i * TAG_COUNT + tag]`. */
export function viterbi(
  emit: Float64Array,
  n: number,
  transitions: ArrayLike<number>,
  out: Uint8Array,
  buffers: ViterbiBuffers = new ViterbiBuffers(),
): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  buffers.fit(n * T);
  const { best, back } = buffers;
  const masked = buffers.maskedTransitions(transitions);
  for (let t = 0; t < T; t++)
    best[t] = ALLOWED[START_ROW * T + t] ? emit[t] + transitions[START_ROW * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let t = 0; t < T; t++) {
      let bestScore = -Infinity;
      let bestPrev = 0;
      for (let p = 0; p < T; p++) {
        // A disallowed p gives -Infinity (or NaN), never more than bestScore: it is skipped as before.
        const s = best[prevRow + p] + masked[p * T + t];
        if (s > bestScore) {
          bestScore = s;
          bestPrev = p;
        }
      }
      best[row + t] = bestScore + emit[row + t];
      back[row + t] = bestPrev;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * T;
  for (let t = 1; t < T; t++) if (best[lastRow + t] > best[lastRow + last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * T + last];
  }
}
