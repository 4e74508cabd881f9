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
