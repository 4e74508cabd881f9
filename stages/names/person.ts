/**
 * A person's name as words: forms of address and titles before the name dropped ("Sir Keir" → "Keir", "President
 * Biden" → "Biden"); in Norwegian and Danish text, East Slavic names transliterated to English conventions ("Igor
 * Konasjenkov" → "Igor Konashenkov") and given names in their English news spelling ("Alexandr" → "Alexander").
 * English text keeps its own spelling for display (it is English spelling), but the key words are normalized the
 * same way in every language, so that "Alexandr Fomin" and "Alexander Fomin" block together.
 */
import type { Lexicon } from '../lexicon.js';
import type { Lang } from '../types.js';
import type { NameRules } from './rules.js';

export interface PersonWords {
  /** The name to show: "Alexander Fomin". */
  words: string[];
  /** The name to key on: given names in their English news spelling, East Slavic names transliterated. */
  keyWords: string[];
  /** Whether `words` differ from what the text wrote (beyond a dropped title). */
  rewritten: boolean;
}

export function personWords(surface: string, lang: Lang, rules: NameRules, lex: Lexicon): PersonWords {
  let written = surface.split(' ').filter(Boolean);
  // A title may be of several words ("Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim").
  for (let t = lex.titleAt(written, 0); t && written.length > t.length; t = lex.titleAt(written, 0)) written = written.slice(t.length);
  const slavic = rules.slavicPerson(written);
  const keyWords = written.map((w, i) => {
    const given = slavic && (i < written.length - 1 || written.length === 1) ? rules.givenName(w) : undefined;
    return given ?? (slavic ? rules.transliterate(w, lang) : w);
  });
  const words = lang === 'en' ? written.map((w) => (slavic ? rules.transliterate(w, lang) : w)) : keyWords;
  return { words, keyWords, rewritten: words.join(' ') !== written.join(' ') };
}
