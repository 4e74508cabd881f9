/**
 * Per-language word lists about names: titles and roles (data/lang/<lang>/titles.txt) and words that mark an
 * organization (org-cues.txt), with the inflected and compound forms news text uses ("talsmannen",
 * "viseforsvarsminister", "Pentagon-talsmann", "forsvarsdepartementet").
 */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from './resources.js';
import type { Lang, Resources } from './types.js';
import { remember } from './memo.js';

export interface TitleInfo {
  /** The title's base form in lower case, as listed: "talsmann", "deputy defence minister", "minister". */
  title: string;
  /** Inherent gender of the title (talsmann m, talskvinne f), when it has one. */
  gender?: 'm' | 'f';
  /** A form of address written before a name: Mr, Sir, fru, hr. */
  honorific: boolean;
}

export interface Lexicon {
  lang: Lang;
  /** Every listed title by its base form (lower case; multi-word titles with single spaces). */
  titles: ReadonlyMap<string, TitleInfo>;
  /** Every listed organization cue word (lower case). */
  orgCues: ReadonlySet<string>;
  /**
   * The title a single word is, if any: a listed title in any case, inflected ("talsmannen"), or a compound ending in
   * one ("viseforsvarsminister", "Pentagon-talsmann", "generalsekretæren"). The info is the listed title's.
   */
  title(word: string): TitleInfo | undefined;
  /** The longest listed title starting at words[start] ("Deputy Defence Minister"), and how many words it spans. */
  titleAt(words: readonly string[], start: number): { info: TitleInfo; length: number } | undefined;
  /** Whether a word is an organization cue, inflected or as the end of a compound ("forsvarsdepartementet"). */
  orgCue(word: string): boolean;
  /** Party abbreviations as written in parentheses after a politician's name ("S", "Ap"), by a name of the party. */
  partyAbbreviations: ReadonlyMap<string, string>;
}

/** The shortest title or cue a compound may end in, so that "avis" ends "nettavis" but "a" ends nothing. */
const MIN_COMPOUND_HEAD = 3;
const MIN_COMPOUND_REST = 2;
/** Bounds the per-word memos over a long run (distinct words keep coming). */
const MEMO_LIMIT = 100_000;

function lines(lang: Lang, file: string, optional = false): string[] {
  const path = dataPath('lang', lang, file);
  if (optional && !existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}

/**
 * `folder`: '' for the word lists the rules read, 'tagger/' for the tagger's own copies, which change only when the
 * models are retrained (a feature's word list that moved under a committed model would make `npm run train` no longer
 * reproduce it).
 */
/** A word's last consonant written twice ("biskopp" of "biskoppen"). */
const DOUBLED_BEFORE_ENDING = /([bdfgklmnprst])\1$/u;

function loadLexicon(lang: Lang, folder: '' | 'tagger/'): Lexicon {
  const titles = new Map<string, TitleInfo>();
  for (const line of lines(lang, `${folder}titles.txt`)) {
    const [word, gender, kind] = line.split('\t');
    const info: TitleInfo = { title: word!.trim(), honorific: kind === 'honorific' };
    if (gender === 'm' || gender === 'f') info.gender = gender;
    titles.set(info.title, info);
  }
  const orgCues = new Set(lines(lang, `${folder}org-cues.txt`).map((l) => l.trim()));
  const endings = lines(lang, `${folder}word-endings.txt`)
    .map((l) => l.trim())
    .sort((a, b) => b.length - a.length);
  const closedCompounds = lang !== 'en';
  const maxTitleWords = Math.max(...[...titles.keys()].map((t) => t.split(' ').length));

  /** A listed key that the word is, or is an inflection of. */
  const base = <T>(w: string, known: (k: string) => T | undefined): T | undefined => {
    const hit = known(w);
    if (hit !== undefined) return hit;
    for (const e of endings) if (w.length > e.length + 1 && w.endsWith(e)) {
      const stem = known(w.slice(0, -e.length));
      if (stem !== undefined) return stem;
      // "biskoppen", "kapellanen": a consonant doubled before the ending (the rules' lexicon only: the tagger's features
      // stay as its models were trained).
      const doubled = folder === '' && closedCompounds && DOUBLED_BEFORE_ENDING.test(w.slice(0, -e.length));
      const single = doubled ? known(w.slice(0, -e.length - 1)) : undefined;
      if (single !== undefined) return single;
    }
    return undefined;
  };
  /** Also a compound ending in a listed key: "viseforsvarsminister", "Pentagon-talsmann". */
  const compound = <T>(word: string, known: (k: string) => T | undefined): T | undefined => {
    const w = word.toLowerCase();
    const whole = base(w, known);
    if (whole !== undefined) return whole;
    for (let i = MIN_COMPOUND_REST; i <= w.length - MIN_COMPOUND_HEAD; i++) {
      // English writes compounds apart ("Pentagon spokesman"): only a hyphen joins one ("vice-president").
      if (!closedCompounds && w[i - 1] !== '-') continue;
      const hit = base(w.slice(i), known);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const singleTitle = (k: string) => (k.includes(' ') ? undefined : titles.get(k));
  // The tagger asks about every word of every article, and compound splitting tries each split: remember the answers.
  const wordTitles = new Map<string, TitleInfo | null>();
  const titleOf = (word: string): TitleInfo | undefined => {
    let info = wordTitles.get(word);
    if (info === undefined) {
      info = remember(wordTitles, word, compound(word, singleTitle) ?? null, MEMO_LIMIT);
    }
    return info ?? undefined;
  };
  const cueWords = new Map<string, boolean>();
  const orgCue = (word: string): boolean => {
    let cue = cueWords.get(word);
    if (cue === undefined) {
      cue = remember(cueWords, word, /^\p{L}[\p{L}/-]*$/u.test(word) && compound(word, (k) => (orgCues.has(k) ? true : undefined)) === true, MEMO_LIMIT);
    }
    return cue;
  };
  // A title of several words can only start with the first word of one (an ending only changes the last word).
  const multiWordStarts = new Set([...titles.keys()].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]!));

  const partyAbbreviations = new Map(
    lines(lang, 'party-abbreviations.txt', true).map((l) => l.split('\t').map((x) => x.trim()) as [string, string]),
  );
  return {
    lang,
    titles,
    orgCues,
    partyAbbreviations,
    title: (word) => (/^\p{L}[\p{L}.-]*$/u.test(word) ? titleOf(word) : undefined),
    titleAt(words, start) {
      const first = start < words.length ? words[start]!.toLowerCase() : '';
      const several = multiWordStarts.has(first) || first.includes(' ');
      for (let n = Math.min(maxTitleWords, words.length - start); several && n >= 2; n--) {
        const phrase = words.slice(start, start + n).join(' ').toLowerCase();
        const info = titles.get(phrase) ?? base(phrase, (k) => titles.get(k));
        if (info) return { info, length: n };
      }
      const info = start < words.length ? titleOf(words[start]!) : undefined;
      return info && /^\p{L}/u.test(words[start]!) ? { info, length: 1 } : undefined;
    },
    orgCue,
  };
}

/** The lexicon of one language, loaded once per Resources. */
export function lexicon(res: Resources, lang: Lang): Lexicon {
  return res.get(`lexicon:${lang}`, () => loadLexicon(lang, ''));
}

/**
 * Whether a lower-case word names a kind of organization in the language or in English, which Norwegian and Danish
 * text cites names in ("Ekpan Marine Services").
 */
export function organizationWord(res: Resources, lang: Lang): (word: string) => boolean {
  const own = lexicon(res, lang);
  const english = lexicon(res, 'en');
  return (word) => own.orgCue(word) || english.orgCue(word);
}

/** The tagger's lexicon: its own titles and organization cue words (data/lang/<lang>/tagger/). */
export function taggerLexicon(res: Resources, lang: Lang): Lexicon {
  return res.get(`tagger-lexicon:${lang}`, () => loadLexicon(lang, 'tagger/'));
}

/** The first words of the speech verbs the tagger's features know (data/lang/<lang>/tagger/speech-verbs.txt). */
export function taggerSpeechVerbs(lang: Lang): Set<string> {
  return new Set(lines(lang, 'tagger/speech-verbs.txt').map((l) => l.trim()));
}
