/**
 * The run of words and the spans that every span rule takes and returns, and the operations on sets of spans that
 * several rules share, kept apart so that a rule reads as what it decides rather than how spans are merged.
 */
import type { TokenSpan } from '../tags.js';

/** A run of words as the tagger saw it, with what the text says about each word. */
export interface RuleView {
  words: readonly string[];
  /** Word i is the tail of a hyphen compound ("talsmannen" of "Kreml-talsmannen"). */
  tail: readonly boolean[];
  /** words[0] begins its sentence. */
  sentenceStart: boolean;
}

/** A span the rules made: `strong` when context, not the tagger, decided its type (it then wins the article's vote). */
export interface RuledSpan extends TokenSpan {
  strong?: boolean;
  /** The span is a whole compound the gazetteer knows ("EU-kommisjonen"), not a name at the head of one. */
  compound?: boolean;
}

/** Whether a span other than `except` covers word i. */
export function covers(spans: readonly RuledSpan[], i: number, except?: RuledSpan): boolean {
  return spans.some((s) => s !== except && s.start <= i && i < s.end);
}

/** The spans with `joined` in place of those they overlap, by start. */
export function withJoined(spans: readonly RuledSpan[], joined: readonly RuledSpan[]): RuledSpan[] {
  if (joined.length === 0) return [...spans];
  const outside = spans.filter((s) => !joined.some((j) => s.start < j.end && j.start < s.end));
  return [...outside, ...joined].sort((a, b) => a.start - b.start);
}

/** Later spans that the growth of an earlier one has swallowed are left out. */
export function dropOverlaps(spans: RuledSpan[]): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) {
      if (s.end > prev.end) prev.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Whether any of `values[from .. to)` is set. */
export function anyOf(values: ArrayLike<number | boolean>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (values[i]) return true;
  return false;
}

/**
 * The spans with each one `split` parts replaced by its parts; the spans themselves, unchanged, when none is split (the
 * rules run on every run of words, and most have nothing to split).
 */
export function splitSpans(spans: RuledSpan[], split: (s: RuledSpan) => RuledSpan[] | undefined): RuledSpan[] {
  let out: RuledSpan[] | undefined;
  spans.forEach((s, i) => {
    const parts = split(s);
    if (parts) (out ??= spans.slice(0, i)).push(...parts);
    else out?.push(s);
  });
  return out ?? spans;
}
