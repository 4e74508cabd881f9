import type { EntityType } from '../types.js';

/**
 * The BIO tag set over the graph's three entity types. Tag 0 is O; for type t (index into TYPES), B = 1 + 2t and
 * I = 2 + 2t.
 */
export const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
export const TAG_COUNT = 1 + 2 * TYPES.length;
export const O = 0;

export const beginTag = (type: number): number => 1 + 2 * type;
export const insideTag = (type: number): number => 2 + 2 * type;
export const isInside = (tag: number): boolean => tag !== O && tag % 2 === 0;
export const tagType = (tag: number): number => (tag - 1) >> 1;

/** Whether `next` may follow `prev` (-1 = sentence start): an I tag continues a B or I of its own type only. */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== -1 && prev !== O && tagType(prev) === tagType(next);
}

/** A tagged span over tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function spansToTags(length: number, spans: readonly TokenSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    const t = TYPES.indexOf(s.type);
    tags[s.start] = beginTag(t);
    for (let i = s.start + 1; i < s.end; i++) tags[i] = insideTag(t);
  }
  return tags;
}

export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === O || isInside(tags[i])) continue;
    const type = tagType(tags[i]);
    let end = i + 1;
    while (end < tags.length && tags[end] === insideTag(type)) end++;
    spans.push({ start: i, end, type: TYPES[type] });
  }
  return spans;
}
