import { hashString, mix } from './hash.js';

/**
 * What outside knowledge (gazetteers, word lists, compromise's lexicon) says about a word as written: small class ids
 * from `WORD_CLASS`. The same knowledge must be used when a model is trained and when it tags.
 */
export interface NerKnowledge {
  classes(word: string): readonly number[];
  /** Classes of a phrase of two or three words that is a known name as a whole ("New Zealand", "Financial Times"). */
  phraseClasses?(phrase: string): readonly number[];
}

export const WORD_CLASS = {
  place: 1,
  organization: 2,
  person: 3,
  givenName: 4,
  title: 5,
  speechVerb: 6,
  orgCue: 7,
  placeGenitive: 8,
  organizationGenitive: 9,
  givenNameGenitive: 10,
  lastName: 11,
  demonym: 12,
  country: 13,
  city: 14,
  region: 15,
  honorific: 16,
  commonWord: 17,
  personGenitive: 18,
  smallPlace: 19,
  smallPlaceGenitive: 20,
} as const;

export const NO_KNOWLEDGE: NerKnowledge = { classes: () => [] };

/** Per-word hashes, computed once per distinct word and memoized. */
interface WordInfo {
  raw: number;
  lower: number;
  shape: number;
  short: number;
  pre2: number;
  pre3: number;
  suf2: number;
  suf3: number;
  suf4: number;
  capital: boolean;
  /** The lower-case form is in the model's lower-case vocabulary. */
  seenLower: boolean;
  /** For a capitalised word ending in -s ("Putins", "Hans"): 2 + whether the form without it is in the vocabulary. */
  genitiveStem: number;
  length: number;
  classes: number[];
  /** The first WORD_KEY_COUNT feature keys of every token of this word, which depend on the word alone. */
  wordKeys: Uint32Array;
}

/** Feature templates: each feature key is `mix(template, value)`. */
const T = {
  bias: 1, raw: 2, lower: 3, shape: 4, short: 5, pre2: 6, pre3: 7, suf2: 8, suf3: 9, suf4: 10, capPosition: 11,
  shortPosition: 12, prevLower: 13, nextLower: 14, prev2Lower: 15, next2Lower: 16, shapeWindow: 17, prevShape: 18,
  nextShape: 19, prevBigram: 20, nextBigram: 21, cls: 22, prevCls: 23, nextCls: 24, clsShort: 25, prevSuf4: 26,
  length: 27, nextSuf3: 28, prev2Cls: 29, shortPair: 30, prevShortLower: 31, seenLower: 32, nextSeenLower: 33, genitiveStem: 34, caseShape: 35, caseSeen: 36, phrase: 37,
} as const;

/**
 * Every token's keys begin with this many that depend on the word alone (bias, raw .. suf4): they are mixed once per
 * distinct word, and a model may memoize their scores per word.
 */
export const WORD_KEY_COUNT = 10;
/** How many fixed templates `extract` writes for every token. */
const FIXED_TEMPLATES = 31;
/** At most this many phrase marks per token. */
const MAX_PHRASE_MARKS = 4;
const BOUNDARY_START = hashString('<s>');
const BOUNDARY_END = hashString('</s>');
const MEMO_LIMIT = 200_000;

/** A word's lower-case form, digits as 0: the form word features and the lower-case vocabulary use. */
function lowerForm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/**
 * The key of a word in a model's lower-case vocabulary: hashes of the words its training text wrote in lower case.
 * A capitalised word whose lower-case form is not among them is likely a name, wherever it stands in the sentence.
 */
export function vocabularyKey(word: string): number | undefined {
  return /^\p{Ll}/u.test(word) ? hashString(lowerForm(word)) : undefined;
}

function shapeOf(word: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (collapse ? c === last : c === last && out.endsWith(c + c)) continue;
    out += c;
    last = c;
  }
  return out;
}

/**
 * How the sentence is written: 0 ordinary, 1 every word capitalised (a headline), 2 in capitals, 3 all in lower case
 * (web text). Capitals mean little in the last three.
 */
function casing(tokens: readonly string[]): number {
  let words = 0, capitalised = 0, upper = 0;
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) {
      capitalised++;
      if (t.length > 1 && t === t.toUpperCase()) upper++;
    }
  }
  if (words >= 3 && upper >= 0.8 * words) return 2;
  if (words >= 3 && capitalised >= 0.7 * words) return 1;
  if (words >= 3 && capitalised === 0) return 3;
  return 0;
}

/** Turns token sequences into hashed feature keys, per token. */
export class FeatureExtractor {
  private readonly memo = new Map<string, WordInfo>();

  constructor(
    private readonly knowledge: NerKnowledge,
    private readonly vocabulary: ReadonlySet<number> = new Set(),
  ) {}

  private info(word: string): WordInfo {
    let info = this.memo.get(word);
    if (info) return info;
    const lower = lowerForm(word);
    const chars = [...lower];
    const affix = (n: number, fromEnd: boolean): number =>
      hashString(chars.length <= n ? lower : (fromEnd ? chars.slice(-n) : chars.slice(0, n)).join(''));
    const raw = hashString(word), lowerHash = hashString(lower), short = hashString(shapeOf(word, true));
    const shape = hashString(shapeOf(word, false));
    const pre2 = affix(2, false), pre3 = affix(3, false), suf2 = affix(2, true), suf3 = affix(3, true), suf4 = affix(4, true);
    info = {
      raw, lower: lowerHash, shape, short, pre2, pre3, suf2, suf3, suf4,
      capital: /^\p{Lu}/u.test(word),
      seenLower: this.vocabulary.has(lowerHash),
      genitiveStem: /^\p{Lu}.{2,}s$/u.test(word) ? 2 + (this.vocabulary.has(hashString(lower.slice(0, -1))) ? 1 : 0) : 0,
      length: Math.min(chars.length, 8),
      classes: [...this.knowledge.classes(word)],
      wordKeys: Uint32Array.of(
        mix(T.bias, 0), mix(T.raw, raw), mix(T.lower, lowerHash), mix(T.shape, shape), mix(T.short, short),
        mix(T.pre2, pre2), mix(T.pre3, pre3), mix(T.suf2, suf2), mix(T.suf3, suf3), mix(T.suf4, suf4),
      ),
    };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, info);
    return info;
  }

  /**
   * For each token, marks of the known multi-word names it begins or continues: class * 2 + (0 begins, 1 inside).
   * Only phrases that begin and end with a capitalised word are looked up ("Bay of Plenty", "Daily Mail"): lookups are
   * slow next to everything else here.
   */
  private phraseMarks(tokens: readonly string[], infos: readonly WordInfo[]): (number[] | undefined)[] | undefined {
    const lookup = this.knowledge.phraseClasses;
    if (!lookup) return undefined;
    let marks: (number[] | undefined)[] | undefined;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!infos[i].capital) continue;
      for (let len = 3; len >= 2; len--) {
        if (i + len > tokens.length || !infos[i + len - 1].capital) continue;
        const classes = lookup(tokens.slice(i, i + len).join(' '));
        if (classes.length === 0) continue;
        marks ??= new Array<number[] | undefined>(tokens.length);
        for (const c of classes.slice(0, MAX_PHRASE_MARKS / 2))
          for (let j = i; j < i + len; j++) {
            const at = (marks[j] ??= []);
            if (at.length < MAX_PHRASE_MARKS) at.push(c * 2 + (j === i ? 0 : 1));
          }
        break;
      }
    }
    return marks;
  }

  /** Feature keys of every token: those of token i are `keys[offsets[i] .. offsets[i+1])`. */
  extract(tokens: readonly string[]): { keys: Uint32Array; offsets: Uint32Array } {
    const n = tokens.length;
    const infos = tokens.map((t) => this.info(t));
    const mode = casing(tokens);
    let classCount = 0;
    for (const w of infos) classCount += w.classes.length + MAX_PHRASE_MARKS;
    // Every token has the fixed templates, plus up to five per class of itself and its neighbours.
    const keys = new Uint32Array(n * FIXED_TEMPLATES + classCount * 5);
    const offsets = new Uint32Array(n + 1);
    const phrases = this.phraseMarks(tokens, infos);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const w = infos[i];
      const p = i > 0 ? infos[i - 1] : undefined;
      const q = i + 1 < n ? infos[i + 1] : undefined;
      const p2 = i > 1 ? infos[i - 2] : undefined;
      const q2 = i + 2 < n ? infos[i + 2] : undefined;
      const pLower = p ? p.lower : BOUNDARY_START;
      const qLower = q ? q.lower : BOUNDARY_END;
      const pShort = p ? p.short : BOUNDARY_START;
      const qShort = q ? q.short : BOUNDARY_END;
      keys.set(w.wordKeys, k);
      k += WORD_KEY_COUNT;
      keys[k++] = mix(T.capPosition, (i === 0 ? 2 : 0) + (w.capital ? 1 : 0));
      keys[k++] = mix(T.shortPosition, mix(w.short, i === 0 ? 1 : 0));
      keys[k++] = mix(T.prevLower, pLower);
      keys[k++] = mix(T.nextLower, qLower);
      keys[k++] = mix(T.prev2Lower, p2 ? p2.lower : BOUNDARY_START);
      keys[k++] = mix(T.next2Lower, q2 ? q2.lower : BOUNDARY_END);
      keys[k++] = mix(T.shapeWindow, mix(mix(pShort, w.short), qShort));
      keys[k++] = mix(T.prevShape, p ? p.shape : BOUNDARY_START);
      keys[k++] = mix(T.nextShape, q ? q.shape : BOUNDARY_END);
      keys[k++] = mix(T.prevBigram, mix(pLower, w.lower));
      keys[k++] = mix(T.nextBigram, mix(w.lower, qLower));
      keys[k++] = mix(T.prevSuf4, p ? p.suf4 : BOUNDARY_START);
      keys[k++] = mix(T.nextSuf3, q ? q.suf3 : BOUNDARY_END);
      keys[k++] = mix(T.length, mix(w.length, w.short));
      keys[k++] = mix(T.shortPair, mix(pShort, w.short));
      keys[k++] = mix(T.prevShortLower, mix(pLower, w.short));
      keys[k++] = mix(T.seenLower, (w.seenLower ? 1 : 0) + (w.capital ? 2 : 0) + (i === 0 ? 4 : 0));
      keys[k++] = mix(T.nextSeenLower, q ? (q.seenLower ? 1 : 0) + (q.capital ? 2 : 0) + (w.capital ? 4 : 0) : 8);
      keys[k++] = mix(T.genitiveStem, w.genitiveStem + (i === 0 ? 4 : 0));
      keys[k++] = mix(T.caseShape, mix(mode, w.short));
      keys[k++] = mix(T.caseSeen, mode * 8 + (w.seenLower ? 1 : 0) + (w.capital ? 2 : 0) + (i === 0 ? 4 : 0));
      for (const c of w.classes) {
        keys[k++] = mix(T.cls, c);
        keys[k++] = mix(T.clsShort, mix(c, w.short));
      }
      const marks = phrases?.[i];
      if (marks) for (const mark of marks) keys[k++] = mix(T.phrase, mark);
      if (p) for (const c of p.classes) keys[k++] = mix(T.prevCls, c);
      if (q) for (const c of q.classes) keys[k++] = mix(T.nextCls, c);
      if (p2) for (const c of p2.classes) keys[k++] = mix(T.prev2Cls, c);
      offsets[i + 1] = k;
    }
    return { keys: keys.subarray(0, k), offsets };
  }
}
