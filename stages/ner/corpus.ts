import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.js';
import type { TokenSpan } from './tags.js';

/** A sentence in the shared NER format: `text` holds the tokens separated by single spaces; spans index `text`. */
export interface NerSentence {
  id: string;
  text: string;
  tokens: string[];
  entities: { start: number; end: number; type: string; text?: string }[];
}

/** Source labels mapped onto the graph's types; other labels (MISC, PROD, EVT, DRV) are not entities. */
const TYPE_MAP: Record<string, EntityType> = {
  PER: 'person', LOC: 'place', GPE_LOC: 'place', GPE_ORG: 'place', GPE: 'place', ORG: 'organization',
  person: 'person', place: 'place', organization: 'organization',
};

export function readNerFile(path: string): NerSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NerSentence);
}

/** Character offsets of each token in `text`, found in order (the tokens are separated by white space). */
export function tokenOffsets(sentence: Pick<NerSentence, 'text' | 'tokens'>): { start: number; end: number }[] {
  let at = 0;
  return sentence.tokens.map((token) => {
    const found = sentence.text.indexOf(token, at);
    const start = found < 0 ? at : found;
    at = start + token.length;
    return { start, end: at };
  });
}

/** The sentence's graph-type entities as token spans; spans that do not fall on token boundaries are skipped. */
export function goldSpans(sentence: NerSentence): TokenSpan[] {
  const offsets = tokenOffsets(sentence);
  const spans: TokenSpan[] = [];
  for (const e of sentence.entities) {
    const type = TYPE_MAP[e.type];
    if (!type) continue;
    const start = offsets.findIndex((o) => o.start === e.start);
    const last = offsets.findIndex((o) => o.end === e.end);
    if (start >= 0 && last >= start) spans.push({ start, end: last + 1, type });
  }
  return spans;
}

/** Token spans as entities of the shared format, with offsets into the sentence's text. */
export function spansToEntities(sentence: Pick<NerSentence, 'text' | 'tokens'>, spans: readonly TokenSpan[]): NerSentence['entities'] {
  const offsets = tokenOffsets(sentence);
  return spans.map((s) => {
    const start = offsets[s.start].start;
    const end = offsets[s.end - 1].end;
    return { start, end, type: s.type, text: sentence.text.slice(start, end) };
  });
}
