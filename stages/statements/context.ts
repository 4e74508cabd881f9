import { gazetteer } from '../gazetteer.js';
import { numberPossessive } from '../genitive.js';
import type { ArticleDoc, DocEntity, EntityType, Lang, Mention, Paragraph, Resources, Sentence, Span, Token } from '../types.js';
import { speechLexicon, type SpeechLexicon } from './lexicon.js';

/** A pair of quotation marks in one paragraph, by token index. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** Word tokens between the marks. */
  words: number;
}

/** What the statement finders share: the document's layers indexed for token-level look-ups. */
export interface Ctx {
  doc: ArticleDoc;
  /** The document's text and layers, also read through `doc`; read here, where every finder reads them, since each
   * document object comes with a hidden class of its own, which makes every read of one slow (megamorphic). */
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entities: DocEntity[];
  /** Token texts in lower case, computed once. */
  lowered: string[];
  /** The page furniture of the article (photo credits, links), by character offsets. */
  nonContent: readonly Span[];
  /** Token index → 1 when the token lies outside page furniture. */
  contentToken: Uint8Array;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Paragraph index → 1 for a heading, read once (see paragraphFields, and `text` above). */
  headings: Uint8Array;
  /** Token index → index into doc.mentions, or -1. */
  mentionAt: Int32Array;
  /** Mention index → index into doc.entities, or -1. */
  entityOf: Int32Array;
  quotes: QuoteSpan[];
  /** Token index → index into `quotes` of the innermost span it lies in (marks included), or -1. */
  quoteAt: Int32Array;
  /** Surnames and other non-initial name words of the article's persons, built on first use (see surnameAt). */
  surnames(): Map<string, number>;
  lexFor(sentence: number): SpeechLexicon;
  /**
   * Token index → the marks its lower case has in a lexicon's markWords (cue word, first word of an "according"
   * phrase), worked out for every token on first use: the finders ask at nearly every token, and most words have none.
   */
  wordMarks(lex: SpeechLexicon): Uint8Array;
  langOf(sentence: number): Lang;
  gender(entity: number): 'm' | 'f' | 'u';
  isContent(start: number, end: number): boolean;
}

/** A word in capitals only, of two letters or more. */
const ACRONYM = /^\p{Lu}{2,}$/u;

export const lower = (ctx: Ctx, i: number): string => ctx.lowered[i] ?? '';
/** A name written in the genitive ("Venstres", "Labour's", "Financial Times'"). */
export const GENITIVE_NAME = /(?:s|['’]s?)$/u;
export const isWord = (ctx: Ctx, i: number): boolean => {
  const k = ctx.tokens[i]?.kind;
  return k === 'word' || k === 'number';
};
/** A word that opens in lower case (no number does). */
export const isLowerWord = (ctx: Ctx, i: number): boolean => isWord(ctx, i) && /^\p{Ll}/u.test(ctx.tokens[i]!.text);
export const isCapitalised = (ctx: Ctx, i: number): boolean => /^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '');
export const entityType = (ctx: Ctx, entity: number): EntityType => ctx.entities[entity].type;

/** The entity a token names, or -1. */
export function entityAt(ctx: Ctx, i: number): number {
  const m = ctx.mentionAt[i];
  return m < 0 ? -1 : ctx.entityOf[m];
}

/** What closes a name set off by the token before it: brackets, or the commas of an apposition. */
const CLOSERS: Readonly<Record<string, string>> = { '(': ')', ',': ',' };

/** Whether token k is a genitive ending written as a token of its own, glued to the name before it ("'s", "'"). */
export function genitiveMarkAt(ctx: Ctx, k: number): boolean {
  return ctx.tokens[k]?.glued === true && /^['’]s?$/u.test(ctx.tokens[k]!.text);
}

/** The token after a one-token parenthesis that opens at k ("(TRA)", "(CDU)": a short form, a party), else k. */
export function pastParenthesis(ctx: Ctx, k: number): number {
  return ctx.tokens[k]?.text === '(' && ctx.tokens[k + 2]?.text === ')' ? k + 3 : k;
}

/** Where a one-token parenthesis that closes right before k opens ("Liberal Party | (LP)"), else k. */
export function beforeParenthesis(ctx: Ctx, k: number): number {
  return ctx.tokens[k - 1]?.text === ')' && ctx.tokens[k - 3]?.text === '(' ? k - 3 : k;
}

/**
 * The name that alone fills a bracket or an apposition opened at `open` ("(WFP)", ", UNHCR,"): its entity and the
 * closing token.
 */
export function enclosedName(ctx: Ctx, open: number): { entity: number; close: number } | undefined {
  const closer = CLOSERS[ctx.tokens[open]?.text ?? ''];
  const entity = closer === undefined ? -1 : entityAt(ctx, open + 1);
  if (entity < 0) return undefined;
  const close = ctx.mentions[ctx.mentionAt[open + 1]]!.endToken;
  return ctx.tokens[close]?.text === closer ? { entity, close } : undefined;
}

/**
 * The person a capitalised word the tagger left untagged names by surname ("Brekke mener", "White said"), when
 * exactly one person of the article ends in that word; else -1.
 */
export function surnameAt(ctx: Ctx, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || ctx.mentionAt[i] >= 0 || t.text.length < 3 || !/^\p{Lu}\p{Ll}/u.test(t.text)) return -1;
  const found = ctx.surnames().get(t.text.replace(/['’]s$/u, ''));
  return found !== undefined && found >= 0 ? found : -1;
}

/** Each word of a person's name but the given name, to the one person it names, or -2 when it names more than one. */
function surnameIndex(entities: readonly DocEntity[]): Map<string, number> {
  const index = new Map<string, number>();
  entities.forEach((e, k) => {
    if (e.type !== 'person') return;
    // Any name but the given name: "Brekke" of "Kari Dahl Brekke", "Frederiksen" of "Anne Frederiksen Lund".
    for (const form of e.aliases) {
      for (const w of form.split(/\s+/u).slice(1)) {
        const word = w.replace(/['’]s$/u, '');
        const known = index.get(word);
        index.set(word, known === undefined || known === k ? k : -2);
      }
    }
  });
  return index;
}

/** Whether the words from token i on read as the phrase (lower-case words). */
export function matchPhrase(ctx: Ctx, i: number, phrase: string[], end: number): boolean {
  if (i + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (lower(ctx, i + k) !== phrase[k]) return false;
  return true;
}

/** The first of the phrases that the words from token i on read as. Called for nearly every token: no closures. */
export function firstPhrase(ctx: Ctx, i: number, phrases: string[][], end: number): string[] | undefined {
  const w = lower(ctx, i);
  for (const p of phrases) if (p[0] === w && matchPhrase(ctx, i, p, end)) return p;
  return undefined;
}

function pairQuotes(tokens: Token[], first: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const open: number[] = [];
  const family = (t: Token): string => (/['‘’‚‹›]/u.test(t.text) ? 'single' : 'double');
  for (let i = first; i < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'quote') continue;
    if (t.quote === 'open') {
      // "Channel 4's": a number's possessive, which the tokenizer reads as an opening mark and a word, opens nothing.
      if (!numberPossessive(tokens, i)) open.push(i);
    } else {
      const k = open.map((o) => family(tokens[o])).lastIndexOf(family(t));
      if (k < 0) continue;
      const o = open[k];
      open.length = k;
      let words = 0;
      for (let j = o + 1; j < i; j++) if (tokens[j].kind === 'word' || tokens[j].kind === 'number') words++;
      spans.push({ open: o, close: i, words });
    }
  }
  return spans;
}

/** Marks the tokens outside page furniture, one pass per non-content range (tokens are sorted by offset). */
function contentTokens(tokens: Token[], nonContent: readonly Span[]): Uint8Array {
  const out = new Uint8Array(tokens.length).fill(1);
  for (const n of nonContent) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= n.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i].start < n.end; i++) out[i] = 0;
  }
  return out;
}

/**
 * The fields of the paragraphs, read once per article into arrays: each paragraph object comes with a hidden class
 * of its own, so that every read of one is a slow, megamorphic look-up. A paragraph's language is the article's where
 * it has none of its own.
 */
function paragraphFields(paragraphs: readonly Paragraph[], articleLang: Lang): { starts: Int32Array; ends: Int32Array; langs: Lang[]; headings: Uint8Array } {
  const starts = new Int32Array(paragraphs.length);
  const ends = new Int32Array(paragraphs.length);
  const langs: Lang[] = [];
  const headings = new Uint8Array(paragraphs.length);
  paragraphs.forEach((p, i) => {
    starts[i] = p.start;
    ends[i] = p.end;
    langs.push(p.lang && p.lang !== 'und' ? p.lang : articleLang);
    headings[i] = p.heading ? 1 : 0;
  });
  return { starts, ends, langs, headings };
}

export function buildContext(doc: ArticleDoc, res: Resources): Ctx {
  if (!doc.tokens || !doc.sentences || !doc.language || !doc.mentions || !doc.entities) {
    throw new Error(`${doc.source}: statements needs tokens, sentences, language, mentions and entities`);
  }
  const tokens = doc.tokens;
  const mentions = doc.mentions;
  const entities = doc.entities;
  const sentences = doc.sentences;
  const paragraphs = doc.language.paragraphs;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = mi;
  });
  const entityOf = new Int32Array(mentions.length).fill(-1);
  entities.forEach((e, ei) => e.mentions.forEach((mi) => (entityOf[mi] = ei)));

  const articleLang: Lang = doc.language.article === 'und' ? 'nb' : doc.language.article;
  const { starts, ends, langs, headings } = paragraphFields(paragraphs, articleLang);

  const quotes: QuoteSpan[] = [];
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  let t = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    while (t < tokens.length && tokens[t].start < starts[p]!) t++;
    let end = t;
    while (end < tokens.length && tokens[end].end <= ends[p]!) end++;
    for (const q of pairQuotes(tokens, t, end)) quotes.push(q);
    t = end;
  }
  // Outer spans first, so that an inner span overwrites its outer one.
  quotes.sort((a, b) => a.open - b.open || b.close - a.close);
  quotes.forEach((q, qi) => {
    for (let i = q.open; i <= q.close; i++) quoteAt[i] = qi;
  });

  const langOf = (s: number): Lang => langs[sentences[s].paragraph] ?? articleLang;
  const gaz = gazetteer(res);
  const genders = new Map<number, 'm' | 'f' | 'u'>();
  const gender = (e: number): 'm' | 'f' | 'u' => {
    let g = genders.get(e);
    if (g === undefined) {
      const ent = entities[e];
      g = 'u';
      if (ent.type === 'person') {
        for (const mi of ent.mentions) {
          const parts = mentions[mi].base.split(/\s+/u);
          if (parts.length < 2) continue;
          const given = gaz.givenName(parts[0]);
          if (given) {
            g = given.gender;
            break;
          }
        }
      }
      genders.set(e, g);
    }
    return g;
  };
  const nonContent = doc.meta?.nonContent ?? [];
  // An acronym that names something ("WHO said", "NOW warned") is no function word ("who", "now").
  const lowered = tokens.map((tk, i) => (mentionAt[i] >= 0 && ACRONYM.test(tk.text) ? tk.text : tk.text.toLowerCase()));
  const lexicons = new Map<Lang, SpeechLexicon>();
  let surnames: Map<string, number> | undefined;
  // Per lexicon; an article mostly has one, so the last one asked is kept at hand.
  const wordMarksByLex = new Map<SpeechLexicon, Uint8Array>();
  let lastLex: SpeechLexicon | undefined;
  let lastMarks: Uint8Array = new Uint8Array(0);
  const wordMarks = (lex: SpeechLexicon): Uint8Array => {
    if (lex === lastLex) return lastMarks;
    let marks = wordMarksByLex.get(lex);
    if (!marks) {
      marks = new Uint8Array(lowered.length);
      for (let i = 0; i < lowered.length; i++) marks[i] = lex.markWords.get(lowered[i]!) ?? 0;
      wordMarksByLex.set(lex, marks);
    }
    lastLex = lex;
    lastMarks = marks;
    return marks;
  };
  const isContent = (start: number, end: number): boolean => !nonContent.some((n) => n.start < end && start < n.end);
  return {
    doc,
    text: doc.text,
    tokens,
    mentions,
    entities,
    lowered,
    nonContent,
    contentToken: contentTokens(tokens, nonContent),
    sentences,
    paragraphs,
    headings,
    mentionAt,
    entityOf,
    quotes,
    quoteAt,
    surnames: () => (surnames ??= surnameIndex(entities)),
    lexFor: (s) => {
      // Asked for by every finder of every sentence: one resource look-up per language and article.
      const lang = langOf(s);
      let lex = lexicons.get(lang);
      if (!lex) {
        lex = speechLexicon(res, lang);
        lexicons.set(lang, lex);
      }
      return lex;
    },
    wordMarks,
    langOf,
    gender,
    isContent,
  };
}
