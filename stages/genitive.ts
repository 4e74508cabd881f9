import type { Lang, Token } from './types.js';

const APOSTROPHES = new Set(["'", '’']);
const ENGLISH_POSSESSIVES = new Set(["'s", '’s', "'S", '’S', "'", '’']);

/**
 * How far a mention ending at token `last` extends over a genitive ending written as its own token: English "'s" and
 * "'" ("Financial Times'"), Norwegian and Danish "'" after s/x/z ("Paris'").
 */
export function genitiveToken(tokens: readonly Token[], last: number, lang: Lang): Token | undefined {
  if (tokens[last].compound === 'head') return undefined;
  const next = tokens[last + 1];
  if (!next || !next.glued || next.sentence !== tokens[last].sentence) return undefined;
  if (lang === 'en') return ENGLISH_POSSESSIVES.has(next.text) ? next : undefined;
  return APOSTROPHES.has(next.text) && /[sxz]$/iu.test(tokens[last].text) ? next : undefined;
}

/**
 * How many tokens the genitive ending after token `last` takes: none, one, or two where a number's "'s" was read as an
 * apostrophe and a word ("Channel 4 ' s") (en).
 */
export function genitiveLength(tokens: readonly Token[], last: number, lang: Lang): number {
  const ending = genitiveToken(tokens, last, lang);
  if (!ending) return 0;
  return lang === 'en' && APOSTROPHES.has(ending.text) && numberPossessive(tokens, last + 1) ? 2 : 1;
}

/** Whether the mark at token i is a number's possessive that the tokenizer split from its "s" ("Channel 4 ' s"). */
export function numberPossessive(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i + 1];
  return tokens[i - 1]?.kind === 'number' && tokens[i]?.glued === true && s?.glued === true && (s.text === 's' || s.text === 'S');
}
