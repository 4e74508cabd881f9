import { isLetterOrNumber, isSpace } from './chars.js';
import { readDataLines } from './resources.js';
import type { ArticleDoc, ArticleLang, Lang, Resources, Sentence, Span, Token, TokenKind } from './types.js';

const LANGS: Lang[] = ['nb', 'da', 'en'];

/**
 * The abbreviations of a paragraph: those of its language and the article's ("und" for either means all three). An
 * English "pres." or "gen." is a Danish or Norwegian word ending a sentence ("under pres.").
 */
type Abbreviations = (langs: readonly ArticleLang[]) => RegExp;

function loadAbbreviations(): Abbreviations {
  const byLang = new Map(LANGS.map((lang) => [lang, readDataLines('lang', lang, 'abbreviations.txt').map((w) => w.toLowerCase())]));
  const compiled = new Map<string, RegExp>();
  return (langs) => {
    const chosen = langs.includes('und') ? LANGS : LANGS.filter((l) => langs.includes(l));
    const key = chosen.join('+');
    let re = compiled.get(key);
    if (!re) {
      const words = new Set(chosen.flatMap((l) => byLang.get(l)!));
      const alternatives = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.]/g, '\\.'));
      compiled.set(key, (re = new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iuy')));
    }
    return re;
  };
}

// A word: letters, marks and digits, joined by inner hyphens, by apostrophes between letters, and by . , : between digits.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-‐](?=[\p{L}\p{M}\p{N}])|(?<=\p{L})['’](?=\p{L})|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
const UPPER_START = /^\p{Lu}/u;
/** "DR." ending a sentence is the broadcaster, not "dr." (doctor): a one-word abbreviation in capitals is a name. */
const ACRONYM_AND_PERIOD = /^\p{Lu}{2,}\.$/u;
const LOWER_START = /^\p{Ll}/u;
/** Letters a compound's tail needs before its capitalised head is split off as a name of its own. */
const MIN_COMPOUND_TAIL = 4;
const MIN_ACRONYM_COMPOUND_TAIL = 3;
const ACRONYM = /^\p{Lu}{2,}$/u;
const DASHES = new Set(['–', '—', '―', '‒']);
const QUOTES = new Set(['«', '»', '„', '“', '”', '"', '‟', '‹', '›', "'", '‘', '’', '‚']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‹', '›']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '...']);
/**
 * Abbreviations of "number" whose period never ends a sentence before a number ("the world No. 5"); capitalised only:
 * "he said no. 2024 was ..." ends one ("nr." is in the Norwegian and Danish abbreviations).
 */
const NUMBER_SIGNS = new Set(['No', 'Nos', 'Nº', 'Nr']);
/** Characters after which a following quote mark opens, and before which a preceding one closes. */
const OPENING_CONTEXT = new Set(['(', '[', '{', '–', '—', '-', '/', ':']);
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…']);

interface Draft extends Span {
  kind: TokenKind;
  compound?: Token['compound'];
  quote?: Token['quote'];
}

/** Where the first hyphen (- or ‐) of a word is, or -1. */
function firstHyphen(word: string): number {
  const a = word.indexOf('-');
  const b = word.indexOf('‐');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The longest syllables of a hyphenated East Asian given name ("Mei-ling", "Kuo-hua"). */
const MAX_SYLLABLE = 4;
/**
 * A romanised Chinese, Korean or Vietnamese syllable: an onset, one to three vowels, a nasal or a stop, and a Nordic
 * genitive's "s" ("ling", "hua", "jins"; "sjef" is none).
 */
const EAST_ASIAN_SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,2}h?[aeiouy]{1,3}(?:ng|n|r|m|k|ck|l|p|t)?s?$/u;
/** A longer syllable of a Korean given name ("Jae-myung", "Hyun-seung", "Dong-young"), which no English or Nordic word ("based", "leder") is. */
const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{1,2}(?:yu|yo|ya|ye|eo|eu|ae|oe|wa|wo|ou|oo)(?:ng|n|k|m|l|p)?$/u;

/**
 * Whether a hyphenated word is a given name after a surname ("Huang Mei-ling", "Lin Kuo-hua"): short capitalised head
 * and short tail, right after a capitalised word (a compound such as "Nato-land" follows a lower-case one).
 */
function givenNameAfterSurname(text: string, start: number, head: string, tail: string, out: readonly Draft[]): boolean {
  const syllable = (tail.length <= MAX_SYLLABLE && EAST_ASIAN_SYLLABLE.test(tail)) || KOREAN_SYLLABLE.test(tail);
  if (head.length > MAX_SYLLABLE + 1 || !syllable || ACRONYM.test(head)) return false;
  const before = out[out.length - 1];
  if (!before || before.kind !== 'word' || before.end !== start - 1 || text[start - 1] !== ' ') return false;
  return UPPER_START.test(text[before.start]!) && !/\p{Lu}{2}/u.test(text.slice(before.start, before.end));
}

/** Splits a word run into the tokens the later stages want: genitive "'s" apart, and "Kreml-talsmannen" in three. */
function splitWord(text: string, start: number, end: number, out: Draft[]): void {
  // An "'s" or "’s" ending, in either case.
  const last = text[end - 1];
  const possessive = end - start >= 2 && (last === 's' || last === 'S') && (text[end - 2] === "'" || text[end - 2] === '’');
  const stemEnd = possessive ? end - 2 : end;
  const stem = text.slice(start, stemEnd);
  const kind: TokenKind = /^\p{N}/u.test(stem) ? 'number' : 'word';
  const hyphen = firstHyphen(stem);
  const tail = hyphen > 0 ? stem.slice(hyphen + 1) : '';
  const head = hyphen > 0 ? stem.slice(0, hyphen) : '';
  // "Kreml-talsmannen", "FN-møtet": a capitalised name as the head of a lower-case compound is a mention of its own.
  // A short tail belongs to a hyphenated given name instead ("Tae-yul", "Hyun-woo"), except after an acronym ("NATO-led").
  const minTail = ACRONYM.test(head) ? MIN_ACRONYM_COMPOUND_TAIL : MIN_COMPOUND_TAIL;
  // "Port-au-Prince", "Croix-des-Bouquets": a name of several hyphenated parts that ends in a capital is one word.
  const oneName = /-\p{Lu}/u.test(tail);
  if (hyphen > 1 && UPPER_START.test(head) && LOWER_START.test(tail) && tail.length >= minTail && !/\d/u.test(head) && !oneName && !givenNameAfterSurname(text, start, head, tail, out)) {
    out.push({ start, end: start + hyphen, kind: 'word', compound: 'head' });
    out.push({ start: start + hyphen, end: start + hyphen + 1, kind: 'punct', compound: 'hyphen' });
    out.push({ start: start + hyphen + 1, end: stemEnd, kind: 'word', compound: 'tail' });
  } else {
    out.push({ start, end: stemEnd, kind });
  }
  if (possessive) out.push({ start: stemEnd, end, kind: 'punct' });
}

interface QuoteState {
  doubleOpen: boolean;
  singleOpen: boolean;
}

/**
 * Decides whether a quote mark opens or closes from the characters around it, so that «», »« and "" all work; a
 * straight quote with spaces on both sides falls back on whether one is open. A single quote glued after a word, with
 * no single quote open, is a genitive apostrophe ("Financial Times'"), not a quote.
 */
function classifyQuote(text: string, pos: number, para: Span, state: QuoteState): Draft {
  const ch = text[pos];
  const before = pos > para.start ? text[pos - 1] : ' ';
  const after = pos + 1 < para.end ? text[pos + 1] : ' ';
  const spaceBefore = isSpace(before) || OPENING_CONTEXT.has(before) || QUOTES.has(before);
  const spaceAfter = isSpace(after) || CLOSING_CONTEXT.has(after) || QUOTES.has(after);
  const single = SINGLE_QUOTES.has(ch);
  const open = single ? state.singleOpen : state.doubleOpen;
  if (single && !spaceBefore && spaceAfter && !open && /[\p{L}]/u.test(before)) {
    return { start: pos, end: pos + 1, kind: 'punct' };
  }
  let role: 'open' | 'close';
  if (spaceBefore && !spaceAfter) role = 'open';
  else if (!spaceBefore && spaceAfter) role = 'close';
  else if (ch === '«' || ch === '„' || ch === '‚') role = open ? 'close' : 'open';
  else role = open ? 'close' : 'open';
  if (single) state.singleOpen = role === 'open';
  else state.doubleOpen = role === 'open';
  return { start: pos, end: pos + 1, kind: 'quote', quote: role };
}

function scanParagraph(text: string, para: Span, abbreviations: RegExp, out: Draft[]): void {
  const state: QuoteState = { doubleOpen: false, singleOpen: false };
  let pos = para.start;
  while (pos < para.end) {
    const ch = text[pos];
    if (isSpace(ch)) {
      pos++;
      continue;
    }
    abbreviations.lastIndex = pos;
    const prev = pos > para.start ? text[pos - 1] : ' ';
    // An abbreviation's period that ends its paragraph ends a sentence ("... former leader Hun Sen."): a word ends there.
    if (!isLetterOrNumber(prev) && abbreviations.test(text) && abbreviations.lastIndex < para.end && !ACRONYM_AND_PERIOD.test(text.slice(pos, abbreviations.lastIndex))) {
      out.push({ start: pos, end: abbreviations.lastIndex, kind: 'word' });
      pos = abbreviations.lastIndex;
      continue;
    }
    WORD.lastIndex = pos;
    if (WORD.test(text)) {
      const wordEnd = WORD.lastIndex;
      let end = Math.min(wordEnd, para.end);
      // A single capital followed by a period is an initial ("J. Smith"), not the end of a sentence; but not the last
      // letter of a name joined by an ampersand ("... said AT&T."), nor a letter before a quotation ('no plan B. "We').
      if (text[end] === '.' && wordEnd - pos <= 2 && /^\p{Lu}$/u.test(text.slice(pos, wordEnd)) && prev !== '&' && !opensQuotation(text, end + 1, para.end)) end++;
      splitWord(text, pos, end, out);
      pos = end;
      continue;
    }
    if (DASHES.has(ch)) {
      out.push({ start: pos, end: pos + 1, kind: 'dash' });
      pos++;
      continue;
    }
    if (ch === '-') {
      // A hyphen between spaces, or opening a paragraph before a space, is a speech or parenthetical dash.
      const isDash = (pos === para.start || isSpace(prev)) && (pos + 1 >= para.end || isSpace(text[pos + 1]));
      out.push({ start: pos, end: pos + 1, kind: isDash ? 'dash' : 'punct' });
      pos++;
      continue;
    }
    // "Which?'s director": the genitive of a name that ends in its mark is one token, as after a word.
    if ((ch === "'" || ch === '’') && (prev === '?' || prev === '!') && text[pos + 1] === 's' && !isLetterOrNumber(text[pos + 2] ?? ' ')) {
      out.push({ start: pos, end: pos + 2, kind: 'punct' });
      pos += 2;
      continue;
    }
    if (QUOTES.has(ch)) {
      out.push(classifyQuote(text, pos, para, state));
      pos++;
      continue;
    }
    if (text.startsWith('...', pos)) {
      out.push({ start: pos, end: pos + 3, kind: 'punct' });
      pos += 3;
      continue;
    }
    const code = text.codePointAt(pos) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    out.push({ start: pos, end: pos + width, kind: /\p{P}/u.test(ch) ? 'punct' : 'symbol' });
    pos += width;
  }
}

/** How many tokens a dateline may take ("NEW DELHI, March 5 (Reuters) -"). */
export const DATELINE_TOKENS = 12;
/** A dateline's place in capitals: a word of three letters or more. */
const DATELINE_PLACE = /^\p{Lu}{3,}$/u;

/**
 * Whether token i ends a dateline that opens its paragraph ("PITTSBURGH (AP) —", "STONE TOWN, Zanzibar -", "LUCKNOW:"):
 * within a few tokens of a place's name in capitals, a colon, or a dash after the agency's brackets or after a comma
 * and the date or region; a capital follows. The sentence starts after it. Not a body's name in capitals and its long
 * form after a dash ("SIND – Landsforeningen for psykisk sundhed").
 */
function endsDateline(text: string, drafts: Draft[], i: number, next: Draft): boolean {
  if (i === 0 || i >= DATELINE_TOKENS) return false;
  const t = drafts[i]!;
  const colon = text.slice(t.start, t.end) === ':';
  if (t.kind !== 'dash' && !colon) return false;
  if (!DATELINE_PLACE.test(text.slice(drafts[0]!.start, drafts[0]!.end)) || !UPPER_START.test(text.slice(next.start, next.end))) return false;
  const before = (k: number): string => text.slice(drafts[k]!.start, drafts[k]!.end);
  return colon || before(i - 1) === ')' || drafts.slice(1, i).some((d) => text.slice(d.start, d.end) === ',');
}

/** A quoted nickname between a name's parts: `"Jack" Smith` after "J.", within a few characters. */
const NICKNAME = /^["“'‘]\p{Lu}\p{Ll}+["”'’]\s+\p{Lu}/u;
const NICKNAME_CHARS = 40;

/**
 * Whether a quotation mark or a dash opens the text after `from`, past white space, within the paragraph: not a quoted
 * nickname.
 */
function opensQuotation(text: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && isSpace(text[k])) k++;
  if (k >= end || k === from) return false;
  return DASHES.has(text[k]!) || (QUOTES.has(text[k]!) && !NICKNAME.test(text.slice(k, k + NICKNAME_CHARS)));
}

/** Whether a sentence ends after token i: final punctuation (and closing quotes or brackets) before a new start. */
function endsSentence(text: string, drafts: Draft[], i: number, paraEnd: number): boolean {
  const t = drafts[i];
  const next = drafts[i + 1];
  if (!next || next.start >= paraEnd) return true;
  if (endsDateline(text, drafts, i, next)) return true;
  const tokenText = text.slice(t.start, t.end);
  if (!SENTENCE_END.has(tokenText)) {
    // "... bekreftet.» Han" : the sentence ends after the closing mark that follows the period.
    const prev = drafts[i - 1];
    const closes = (t.kind === 'quote' && t.quote === 'close') || tokenText === ')';
    if (!(closes && prev && SENTENCE_END.has(text.slice(prev.start, prev.end)))) return false;
  }
  const nextText = text.slice(next.start, next.end);
  if (next.kind === 'quote' && next.quote === 'close') return false;
  // "the world No. 5", "nr. 3": a number sign before its number.
  const prev = drafts[i - 1];
  if (prev && prev.end === t.start && /^\p{N}/u.test(nextText) && NUMBER_SIGNS.has(text.slice(prev.start, prev.end))) return false;
  if (nextText === ')' || CLOSING_CONTEXT.has(nextText)) return false;
  // "Which?'s director": a genitive right after the mark of a name.
  if (next.start === t.end && /^['’]s$/u.test(nextText)) return false;
  return UPPER_START.test(nextText) || /^\p{N}/u.test(nextText) || next.kind === 'dash' || next.kind === 'quote';
}

/**
 * The `tokenize` stage: sentences and tokens with exact offsets. Lossless: every character that is not white space
 * belongs to exactly one token, and `token.text === doc.text.slice(token.start, token.end)`.
 */
export function tokenize(doc: ArticleDoc, res: Resources): ArticleDoc {
  if (!doc.language) throw new Error(`${doc.source}: tokenize needs the language layer (run the language stage first)`);
  const abbreviations = res.get('tokenize-abbreviations', loadAbbreviations);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.language.paragraphs.forEach((para, paragraph) => {
    const drafts: Draft[] = [];
    scanParagraph(doc.text, para, abbreviations([para.lang, doc.language!.article]), drafts);
    let first = 0;
    for (let i = 0; i < drafts.length; i++) {
      if (!endsSentence(doc.text, drafts, i, para.end)) continue;
      const sentence = sentences.length;
      const firstToken = tokens.length;
      for (let k = first; k <= i; k++) {
        const d = drafts[k];
        const prev = k > 0 ? drafts[k - 1] : undefined;
        const token: Token = {
          start: d.start,
          end: d.end,
          text: doc.text.slice(d.start, d.end),
          kind: d.kind,
          glued: prev !== undefined && prev.end === d.start,
          sentence,
        };
        if (d.compound) token.compound = d.compound;
        if (d.quote) token.quote = d.quote;
        tokens.push(token);
      }
      sentences.push({ start: drafts[first].start, end: drafts[i].end, paragraph, firstToken, endToken: tokens.length });
      first = i + 1;
    }
  });
  return { ...doc, sentences, tokens };
}
