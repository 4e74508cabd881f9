import { hashString, mix } from './hash.js';
import { TAG_COUNT } from './tags.js';
import { remember } from '../memo.js';

/**
 * What outside knowledge (gazetteers, word lists, compromise's lexicon) says about a word as written: small class ids
 * from `WORD_CLASS`. The same knowledge must be used when a model is trained and when it tags.
 */
export interface NerKnowledge {
  classes(word: string): readonly number[];
  /** Classes of a phrase of two or three words that is a known name as a whole ("New Zealand", "Financial Times"). */
  phraseClasses?(phrase: string): readonly number[];
  /**
   * A tag of the word as written that holds whatever its context (English: its part of speech in wink's lexicon);
   * when given, every token has four keys more: its tag, its neighbours' and its tag with its shape.
   */
  wordTag?(word: string): string;
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
  /** The training text wrote the word capitalised inside a sentence (not first, ordinary casing): likely a name. */
  seenCapital: boolean;
  /** For a capitalised word ending in -s ("Putins", "Hans"): 2 + whether the form without it is in the vocabulary. */
  genitiveStem: number;
  length: number;
  /** How the word counts towards its sentence's casing: 0 not a word, 1 a word, 2 capitalised, 3 in capitals. */
  casing: number;
  classes: number[];
  /** The hash of the knowledge's `wordTag`, or 0 without one. */
  tag: number;
  /** The first WORD_KEY_COUNT feature keys of every token of this word, which depend on the word alone. */
  wordKeys: Uint32Array;
}

/** Feature templates: each feature key is `mix(template, value)`. */
const T = {
  bias: 1, raw: 2, lower: 3, shape: 4, short: 5, pre2: 6, pre3: 7, suf2: 8, suf3: 9, suf4: 10, capPosition: 11,
  shortPosition: 12, prevLower: 13, nextLower: 14, prev2Lower: 15, next2Lower: 16, shapeWindow: 17, prevShape: 18,
  nextShape: 19, prevBigram: 20, nextBigram: 21, cls: 22, prevCls: 23, nextCls: 24, clsShort: 25, prevSuf4: 26,
  length: 27, nextSuf3: 28, prev2Cls: 29, shortPair: 30, prevShortLower: 31, seenLower: 32, nextSeenLower: 33, genitiveStem: 34, caseShape: 35, caseSeen: 36, phrase: 37,
  firstSeen: 38, tag: 39, prevTag: 40, nextTag: 41, tagShort: 42,
} as const;

/** Every token's keys begin with this many that depend on the word alone (bias, raw .. suf4), mixed once per word. */
const WORD_KEY_COUNT = 10;
/** How many fixed templates `extract` writes for every token (a sentence's first token has one more, `firstSeen`). */
const FIXED_TEMPLATES = 31;
/** Keys per token from the knowledge's `wordTag`, when it has one. */
const TAG_TEMPLATES = 4;
/** At most this many phrase marks per token. */
const MAX_PHRASE_MARKS = 4;
const BOUNDARY_START = hashString('<s>');
const BOUNDARY_END = hashString('</s>');
const MEMO_LIMIT = 200_000;

/** A word's lower-case form, digits as 0: the form word features and the lower-case vocabulary use. */
function lowerForm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

/** Whether the training text behind a model's vocabulary (`vocabularyKeys`) writes the word in lower case. */
export function writtenInLowerCase(vocabulary: ReadonlySet<number>, word: string): boolean {
  return vocabulary.has(hashString(lowerForm(word)));
}

/** The key of a word the training text wrote capitalised inside a sentence, beside the lower-case words' keys. */
function capitalKey(lower: string): number {
  return hashString('\u0001' + lower);
}

/**
 * The keys a training sentence adds to a model's vocabulary (hashes only): the lower-case form of every word it writes
 * in lower case and, when the sentence is written in ordinary casing, a marked key of every word it writes capitalised
 * after its first word. A capitalised word whose lower-case form is not among them is likely a name, wherever it stands
 * in the sentence; a sentence's first word is capitalised whatever it is, and the second kind tells whether the word is
 * written so elsewhere ("Putin møtte ...").
 */
export function vocabularyKeys(tokens: readonly string[]): { lower: number[]; capital: number[] } {
  const lower: number[] = [], capital: number[] = [];
  const words = tokens.map((t) => ({ casing: casingClass(t) }));
  const ordinary = casing(words) === 0;
  tokens.forEach((token, i) => {
    if (/^\p{Ll}/u.test(token)) lower.push(hashString(lowerForm(token)));
    else if (ordinary && i > 0 && words[i].casing === 2) capital.push(capitalKey(lowerForm(token)));
  });
  return { lower, capital };
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
function casing(words: readonly { casing: number }[]): number {
  let count = 0, capitalised = 0, upper = 0;
  for (const w of words) {
    if (w.casing === 0) continue;
    count++;
    if (w.casing >= 2) capitalised++;
    if (w.casing === 3) upper++;
  }
  if (count >= 3 && upper >= 0.8 * count) return 2;
  if (count >= 3 && capitalised >= 0.7 * count) return 1;
  if (count >= 3 && capitalised === 0) return 3;
  return 0;
}

/**
 * What the training text says of the word that opens a sentence, where it is capitalised whatever it is: whether the
 * training text writes it in lower case, capitalised inside a sentence (a name), both or neither.
 */
function firstSeen(w: WordInfo): number {
  return (w.seenLower ? 1 : 0) + (w.seenCapital ? 2 : 0) + (w.capital ? 4 : 0);
}

/** A word's share in `casing`. */
function casingClass(word: string): number {
  if (!/^\p{L}/u.test(word)) return 0;
  if (!/^\p{Lu}/u.test(word)) return 1;
  return word.length > 1 && word === word.toUpperCase() ? 3 : 2;
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
    return remember(this.memo, word, this.describe(word), MEMO_LIMIT);
  }

  /** What the features need to know of a word, computed afresh. */
  describe(word: string): WordInfo {
    const lower = lowerForm(word);
    const chars = [...lower];
    const affix = (n: number, fromEnd: boolean): number =>
      hashString(chars.length <= n ? lower : (fromEnd ? chars.slice(-n) : chars.slice(0, n)).join(''));
    const raw = hashString(word), lowerHash = hashString(lower), short = hashString(shapeOf(word, true));
    const shape = hashString(shapeOf(word, false));
    const pre2 = affix(2, false), pre3 = affix(3, false), suf2 = affix(2, true), suf3 = affix(3, true), suf4 = affix(4, true);
    return {
      raw, lower: lowerHash, shape, short, pre2, pre3, suf2, suf3, suf4,
      capital: /^\p{Lu}/u.test(word),
      seenLower: this.vocabulary.has(lowerHash),
      seenCapital: this.vocabulary.has(capitalKey(lower)),
      genitiveStem: /^\p{Lu}.{2,}s$/u.test(word) ? 2 + (this.vocabulary.has(hashString(lower.slice(0, -1))) ? 1 : 0) : 0,
      length: Math.min(chars.length, 8),
      casing: casingClass(word),
      classes: [...this.knowledge.classes(word)],
      tag: this.knowledge.wordTag ? hashString(this.knowledge.wordTag(word)) : 0,
      wordKeys: Uint32Array.of(
        mix(T.bias, 0), mix(T.raw, raw), mix(T.lower, lowerHash), mix(T.shape, shape), mix(T.short, short),
        mix(T.pre2, pre2), mix(T.pre3, pre3), mix(T.suf2, suf2), mix(T.suf3, suf3), mix(T.suf4, suf4),
      ),
    };
  }

  /**
   * For each token, marks of the known multi-word names it begins or continues: class * 2 + (0 begins, 1 inside).
   * Only phrases that begin and end with a capitalised word are looked up ("Bay of Plenty", "Daily Mail"): lookups are
   * slow next to everything else here.
   */
  phraseMarks(tokens: readonly string[], infos: readonly WordInfo[]): (number[] | undefined)[] | undefined {
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

  /** Whether the knowledge tags words (`wordTag`), so that every token has TAG_TEMPLATES keys more. */
  get tagged(): boolean {
    return this.knowledge.wordTag !== undefined;
  }

  /** Feature keys of every token: those of token i are `keys[offsets[i] .. offsets[i+1])`. */
  extract(tokens: readonly string[]): { keys: Uint32Array; offsets: Uint32Array } {
    const n = tokens.length;
    const infos = tokens.map((t) => this.info(t));
    const mode = casing(infos);
    let classCount = 0;
    for (const w of infos) classCount += w.classes.length + MAX_PHRASE_MARKS;
    // Every token has the fixed templates, plus up to five per class of itself and its neighbours.
    const tagged = this.tagged;
    const keys = new Uint32Array(n * (FIXED_TEMPLATES + (tagged ? TAG_TEMPLATES : 0)) + 1 + classCount * 5);
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
      if (i === 0) keys[k++] = mix(T.firstSeen, firstSeen(w));
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
      if (tagged) {
        keys[k++] = mix(T.tag, w.tag);
        keys[k++] = mix(T.prevTag, p ? p.tag : BOUNDARY_START);
        keys[k++] = mix(T.nextTag, q ? q.tag : BOUNDARY_END);
        keys[k++] = mix(T.tagShort, mix(w.tag, w.short));
      }
      offsets[i + 1] = k;
    }
    return { keys: keys.subarray(0, k), offsets };
  }
}

/** A model's weights as `EmissionScorer` reads them. */
export interface WeightRows {
  /** TAG_COUNT weights per row. */
  readonly weights: Float32Array;
  /** Where a feature key's row starts in `weights`, or -1 when the model has no weights for it. */
  rowOffset(key: number): number;
}

/**
 * Offsets into a word's `rows`: the rows of the keys that depend on the word alone (given the token's position and the
 * sentence's casing), whether as the token itself or as a neighbour. Its classes' rows follow from `R.classes`.
 */
const R = {
  prevLower: 0, nextLower: 1, prev2Lower: 2, next2Lower: 3, prevShape: 4, nextShape: 5, prevSuf4: 6, nextSuf3: 7,
  length: 8,
  /** + 1 at the sentence start. */
  seenLower: 9,
  /** + 1 when the token before is capitalised. */
  nextSeenLower: 11,
  /** + 1 at the sentence start. */
  genitiveStem: 13,
  /** + casing mode. */
  caseShape: 15,
  /** + casing mode * 2 + 1 at the sentence start. */
  caseSeen: 19,
  /** Per class: cls, clsShort; then per class prevCls, then nextCls, then prev2Cls. */
  classes: 27,
} as const;

// The scorer keeps one accumulator per tag in a local variable.
if (TAG_COUNT !== 7) throw new Error('newsgraph: EmissionScorer sums exactly seven tags');

interface ScoredWord {
  info: WordInfo;
  rows: Int32Array;
  /** With a tagging knowledge, the rows of its tag keys: tag, prevTag (as the next token's), nextTag (as the previous token's), tagShort. */
  tagRows: Int32Array | undefined;
  /**
   * The summed weights of the word keys, capPosition, shortPosition and (at the sentence start) firstSeen: TAG_COUNT
   * inside, then at the sentence start.
   */
  own: Float64Array;
}

/**
 * The emission scores `extract` and `NerModel.decode` would give, without making the keys: the rows of every key that
 * depends on one word are looked up once per word and memoized. Rows are added in exactly `extract`'s key order, so
 * every sum is the same to the bit.
 */
export class EmissionScorer {
  private readonly memo = new Map<string, ScoredWord>();
  /** Rows of the neighbour keys at a sentence's edges, laid out like a word's `rows`. */
  private readonly edge: Int32Array;
  /** Rows of the tag keys at a sentence's edges, laid out like a word's `tagRows`. */
  private readonly edgeTags: Int32Array;
  /** Reused for every sentence (allocating it was a tenth of the tagger's time). */
  private emit = new Float64Array(0);
  /** A token's rows in key order, reused for every token. */
  private order = new Int32Array(64);

  constructor(
    private readonly extractor: FeatureExtractor,
    private readonly model: WeightRows,
  ) {
    const row = (key: number) => model.rowOffset(key);
    this.edge = new Int32Array(R.classes);
    this.edge[R.prevLower] = row(mix(T.prevLower, BOUNDARY_START));
    this.edge[R.nextLower] = row(mix(T.nextLower, BOUNDARY_END));
    this.edge[R.prev2Lower] = row(mix(T.prev2Lower, BOUNDARY_START));
    this.edge[R.next2Lower] = row(mix(T.next2Lower, BOUNDARY_END));
    this.edge[R.prevShape] = row(mix(T.prevShape, BOUNDARY_START));
    this.edge[R.nextShape] = row(mix(T.nextShape, BOUNDARY_END));
    this.edge[R.prevSuf4] = row(mix(T.prevSuf4, BOUNDARY_START));
    this.edge[R.nextSuf3] = row(mix(T.nextSuf3, BOUNDARY_END));
    this.edge[R.nextSeenLower] = this.edge[R.nextSeenLower + 1] = row(mix(T.nextSeenLower, 8));
    this.edgeTags = Int32Array.of(-1, row(mix(T.prevTag, BOUNDARY_START)), row(mix(T.nextTag, BOUNDARY_END)), -1);
  }

  private word(token: string): ScoredWord {
    let word = this.memo.get(token);
    if (word) return word;
    const w = this.extractor.describe(token);
    const row = (key: number) => this.model.rowOffset(key);
    const c = w.classes.length;
    const rows = new Int32Array(R.classes + 5 * c);
    rows[R.prevLower] = row(mix(T.prevLower, w.lower));
    rows[R.nextLower] = row(mix(T.nextLower, w.lower));
    rows[R.prev2Lower] = row(mix(T.prev2Lower, w.lower));
    rows[R.next2Lower] = row(mix(T.next2Lower, w.lower));
    rows[R.prevShape] = row(mix(T.prevShape, w.shape));
    rows[R.nextShape] = row(mix(T.nextShape, w.shape));
    rows[R.prevSuf4] = row(mix(T.prevSuf4, w.suf4));
    rows[R.nextSuf3] = row(mix(T.nextSuf3, w.suf3));
    rows[R.length] = row(mix(T.length, mix(w.length, w.short)));
    const seen = (w.seenLower ? 1 : 0) + (w.capital ? 2 : 0);
    for (let first = 0; first < 2; first++) {
      rows[R.seenLower + first] = row(mix(T.seenLower, seen + first * 4));
      rows[R.nextSeenLower + first] = row(mix(T.nextSeenLower, seen + first * 4));
      rows[R.genitiveStem + first] = row(mix(T.genitiveStem, w.genitiveStem + first * 4));
    }
    for (let mode = 0; mode < 4; mode++) {
      rows[R.caseShape + mode] = row(mix(T.caseShape, mix(mode, w.short)));
      for (let first = 0; first < 2; first++) rows[R.caseSeen + mode * 2 + first] = row(mix(T.caseSeen, mode * 8 + seen + first * 4));
    }
    for (let j = 0; j < c; j++) {
      const cls = w.classes[j];
      rows[R.classes + 2 * j] = row(mix(T.cls, cls));
      rows[R.classes + 2 * j + 1] = row(mix(T.clsShort, mix(cls, w.short)));
      rows[R.classes + 2 * c + j] = row(mix(T.prevCls, cls));
      rows[R.classes + 3 * c + j] = row(mix(T.nextCls, cls));
      rows[R.classes + 4 * c + j] = row(mix(T.prev2Cls, cls));
    }
    const own = new Float64Array(2 * TAG_COUNT);
    for (let first = 0; first < 2; first++) {
      const sum = own.subarray(first * TAG_COUNT, (first + 1) * TAG_COUNT);
      for (const key of w.wordKeys) this.add(sum, 0, row(key));
      this.add(sum, 0, row(mix(T.capPosition, (first ? 2 : 0) + (w.capital ? 1 : 0))));
      this.add(sum, 0, row(mix(T.shortPosition, mix(w.short, first))));
      if (first) this.add(sum, 0, row(mix(T.firstSeen, firstSeen(w))));
    }
    const tagRows = this.extractor.tagged
      ? Int32Array.of(row(mix(T.tag, w.tag)), row(mix(T.prevTag, w.tag)), row(mix(T.nextTag, w.tag)), row(mix(T.tagShort, mix(w.tag, w.short))))
      : undefined;
    return remember(this.memo, token, { info: w, rows, own, tagRows }, MEMO_LIMIT);
  }

  private add(emit: Float64Array, base: number, row: number): void {
    if (row < 0) return;
    const weights = this.model.weights;
    for (let t = 0; t < TAG_COUNT; t++) emit[base + t] += weights[row + t];
  }

  /**
   * Emission scores of the tokens of one sentence: `emit[i * TAG_COUNT + tag]` for i < tokens.length, in a buffer that
   * the next call overwrites.
   */
  emissions(tokens: readonly string[]): Float64Array {
    const n = tokens.length;
    const words: ScoredWord[] = new Array(n);
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = this.word(tokens[i]);
      infos[i] = words[i].info;
    }
    const mode = casing(infos);
    const phrases = this.extractor.phraseMarks(tokens, infos);
    const row = (key: number) => this.model.rowOffset(key);
    const edge = this.edge;
    if (this.emit.length < n * TAG_COUNT) this.emit = new Float64Array(n * TAG_COUNT * 2);
    const emit = this.emit;
    const weights = this.model.weights;
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      const first = i === 0 ? 1 : 0;
      const word = words[i];
      const w = word.info;
      const p = i > 0 ? words[i - 1] : undefined;
      const q = i + 1 < n ? words[i + 1] : undefined;
      const p2 = i > 1 ? words[i - 2] : undefined;
      const q2 = i + 2 < n ? words[i + 2] : undefined;
      const before = p ? p.rows : edge;
      const after = q ? q.rows : edge;
      const pLower = p ? p.info.lower : BOUNDARY_START;
      const qLower = q ? q.info.lower : BOUNDARY_END;
      const pShort = p ? p.info.short : BOUNDARY_START;
      const qShort = q ? q.info.short : BOUNDARY_END;
      // The rows of the token's other keys, in key order; their weights are added in that order below.
      const c = w.classes.length;
      const most = FIXED_TEMPLATES + TAG_TEMPLATES + MAX_PHRASE_MARKS + 2 * c + (p?.info.classes.length ?? 0) + (q?.info.classes.length ?? 0) + (p2?.info.classes.length ?? 0);
      if (this.order.length < most) this.order = new Int32Array(most * 2);
      const order = this.order;
      let k = 0;
      order[k++] = before[R.prevLower];
      order[k++] = after[R.nextLower];
      order[k++] = (p2 ? p2.rows : edge)[R.prev2Lower];
      order[k++] = (q2 ? q2.rows : edge)[R.next2Lower];
      order[k++] = row(mix(T.shapeWindow, mix(mix(pShort, w.short), qShort)));
      order[k++] = before[R.prevShape];
      order[k++] = after[R.nextShape];
      order[k++] = row(mix(T.prevBigram, mix(pLower, w.lower)));
      order[k++] = row(mix(T.nextBigram, mix(w.lower, qLower)));
      order[k++] = before[R.prevSuf4];
      order[k++] = after[R.nextSuf3];
      order[k++] = word.rows[R.length];
      order[k++] = row(mix(T.shortPair, mix(pShort, w.short)));
      order[k++] = row(mix(T.prevShortLower, mix(pLower, w.short)));
      order[k++] = word.rows[R.seenLower + first];
      order[k++] = after[R.nextSeenLower + (w.capital ? 1 : 0)];
      order[k++] = word.rows[R.genitiveStem + first];
      order[k++] = word.rows[R.caseShape + mode];
      order[k++] = word.rows[R.caseSeen + mode * 2 + first];
      for (let j = 0; j < 2 * c; j++) order[k++] = word.rows[R.classes + j];
      const marks = phrases?.[i];
      if (marks) for (const mark of marks) order[k++] = row(mix(T.phrase, mark));
      if (p) for (let j = 0, pc = p.info.classes.length; j < pc; j++) order[k++] = p.rows[R.classes + 2 * pc + j];
      if (q) for (let j = 0, qc = q.info.classes.length; j < qc; j++) order[k++] = q.rows[R.classes + 3 * qc + j];
      if (p2) for (let j = 0, pc = p2.info.classes.length; j < pc; j++) order[k++] = p2.rows[R.classes + 4 * pc + j];
      const tagRows = word.tagRows;
      if (tagRows) {
        order[k++] = tagRows[0];
        order[k++] = (p ? p.tagRows! : this.edgeTags)[1];
        order[k++] = (q ? q.tagRows! : this.edgeTags)[2];
        order[k++] = tagRows[3];
      }
      // One accumulator per tag, kept in registers; each still sums in key order, so every bit is the same.
      const own = word.own, o = first * TAG_COUNT;
      let e0 = own[o], e1 = own[o + 1], e2 = own[o + 2], e3 = own[o + 3], e4 = own[o + 4], e5 = own[o + 5], e6 = own[o + 6];
      for (let j = 0; j < k; j++) {
        const r = order[j];
        if (r < 0) continue;
        e0 += weights[r];
        e1 += weights[r + 1];
        e2 += weights[r + 2];
        e3 += weights[r + 3];
        e4 += weights[r + 4];
        e5 += weights[r + 5];
        e6 += weights[r + 6];
      }
      emit[base] = e0;
      emit[base + 1] = e1;
      emit[base + 2] = e2;
      emit[base + 3] = e3;
      emit[base + 4] = e4;
      emit[base + 5] = e5;
      emit[base + 6] = e6;
    }
    return emit;
  }
}
