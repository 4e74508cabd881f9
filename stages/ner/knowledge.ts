import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../resources.js';
import type { Gazetteer, Lang } from '../types.js';
import { WORD_CLASS, type NerKnowledge } from './features.js';

/** Word lists the tagger's features consult: titles and roles, speech verbs, organization cue words. */
export interface CueWords {
  isTitle(word: string): boolean;
  isOrgCue(word: string): boolean;
  /** Speech and opinion verbs in lower case. */
  speechVerbs: ReadonlySet<string>;
}

/** The outside knowledge a language's tagger may use; any part may be missing. */
export interface KnowledgeSources {
  gazetteer?: Gazetteer;
  cues?: CueWords;
  /** English only: compromise's lexicon (word → tag or tags; see `lexiconClasses`). */
  englishLexicon?: Readonly<Record<string, string | string[]>>;
  /** English only: wink's part of speech of the words in its lexicon, each read alone (see `winkWordTags`). */
  englishWordTags?: WordTags;
}

const COMPROMISE_CLASSES: Record<string, number> = {
  FirstName: WORD_CLASS.givenName,
  MaleName: WORD_CLASS.givenName,
  FemaleName: WORD_CLASS.givenName,
  LastName: WORD_CLASS.lastName,
  Person: WORD_CLASS.person,
  City: WORD_CLASS.city,
  Country: WORD_CLASS.country,
  Region: WORD_CLASS.region,
  Place: WORD_CLASS.place,
  Organization: WORD_CLASS.organization,
  SportsTeam: WORD_CLASS.organization,
  Demonym: WORD_CLASS.demonym,
  Honorific: WORD_CLASS.honorific,
  Actor: WORD_CLASS.title,
};

/** compromise's English lexicon as compiled into data by scripts/build-library-data.ts (see `lexiconClasses`). */
export const COMPROMISE_LEXICON_FILE = ['lang', 'en', 'compromise-lexicon.json.gz'] as const;

/**
 * compromise's English lexicon as the tagger reads it: each word with only the tags that give it a class, and no tag
 * for a word compromise knows as something else (a common word). Compiled into data because loading compromise itself
 * takes each worker half a second and 20 MB; a test checks the two agree on every word.
 */
export function lexiconClasses(lexicon: Readonly<Record<string, string | string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [word, tags] of Object.entries(lexicon)) out[word] = (Array.isArray(tags) ? tags : [tags]).filter((tag) => COMPROMISE_CLASSES[tag] !== undefined);
  return out;
}

/** compromise's own lexicon, for compiling it: compromise is loaded only here. */
export function compromiseLexicon(): Readonly<Record<string, string | string[]>> {
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  return nlp.model().one.lexicon;
}

/** The compiled lexicon the English tagger uses. */
export function compiledEnglishLexicon(): Readonly<Record<string, string[]>> {
  return JSON.parse(gunzipSync(readFileSync(dataPath(...COMPROMISE_LEXICON_FILE))).toString('utf8')) as Record<string, string[]>;
}

/** wink-nlp's English lexicon with each word's part of speech, compiled into data by scripts/build-library-data.ts. */
export const WINK_WORD_TAGS_FILE = ['lang', 'en', 'wink-word-tags.json.gz'] as const;

/**
 * What wink-nlp (wink-eng-lite-web-model) knows of an English word, for the tagger: the words of its lexicon in lower
 * case, each with the part of speech wink gives it read alone (no context), as `{ tag: [words] }`. A word outside the
 * lexicon is UNKNOWN to the tagger. wink itself is loaded only here: it takes a worker a third of a second and 60 MB.
 */
export function winkWordTags(): Record<string, string[]> {
  const require = createRequire(import.meta.url);
  type Nlp = { readDoc(text: string): { tokens(): { out(f?: unknown): string[] } }; its: { pos: unknown } };
  const model = require('wink-eng-lite-web-model') as { core(): { features: { lexeme: { list: string[] } } } };
  const nlp = (require('wink-nlp') as (model: unknown, pipe: string[]) => Nlp)(model, ['pos']);
  const out: Record<string, string[]> = {};
  for (const word of new Set(model.core().features.lexeme.list)) {
    if (word !== word.toLowerCase() || !/\p{L}/u.test(word)) continue;
    const pos = nlp.readDoc(word).tokens().out(nlp.its.pos);
    (out[pos.length === 1 ? pos[0]! : 'MULTI'] ??= []).push(word);
  }
  for (const words of Object.values(out)) words.sort();
  return out;
}

/** A word's tag, or undefined for a word without one. */
export interface WordTags {
  get(word: string): string | undefined;
  readonly size: number;
}

/** The word tags as data: every word once, in code-unit order, one per line, with its tag's number as one character. */
interface CompactWordTags {
  tags: string[];
  words: string;
  tagOf: string;
}

/** What data/ holds of `winkWordTags`: a worker reads it in a few milliseconds, where building a map took a tenth of a second. */
export function compactWordTags(byTag: Readonly<Record<string, readonly string[]>>): CompactWordTags {
  const tags = Object.keys(byTag).sort();
  const pairs = tags.flatMap((tag, t) => byTag[tag]!.map((word) => [word, t] as const));
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < pairs.length; i++) {
    if (pairs[i]![0].includes('\n') || (i > 0 && pairs[i]![0] === pairs[i - 1]![0])) throw new Error(`newsgraph: cannot compile the word tags: ${JSON.stringify(pairs[i]![0])}`);
  }
  return { tags, words: pairs.map(([word]) => word).join('\n'), tagOf: pairs.map(([, t]) => String.fromCharCode(48 + t)).join('') };
}

/** Looks a word up by binary search in the sorted words of `compactWordTags`. */
class SortedWordTags implements WordTags {
  private readonly words: string[];

  constructor(private readonly data: CompactWordTags) {
    this.words = data.words.split('\n');
  }

  get size(): number {
    return this.words.length;
  }

  get(word: string): string | undefined {
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = this.words[mid]!;
      if (w === word) return this.data.tags[this.data.tagOf.charCodeAt(mid) - 48];
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** The compiled wink word tags the English tagger uses. */
export function compiledWinkWordTags(): WordTags {
  return new SortedWordTags(JSON.parse(gunzipSync(readFileSync(dataPath(...WINK_WORD_TAGS_FILE))).toString('utf8')) as CompactWordTags);
}

const LARGE_CITY = 100_000;

/** Classes of a lower-case word's capitalised form are these class ids shifted by this much. */
const LOWER_CASE_OFFSET = 100;

/** The gazetteer's classes of a surface form, if it names something. */
function gazetteerClasses(gazetteer: Gazetteer, surface: string, lang: Lang, genitive: boolean, out: Set<number>): void {
  for (const entry of gazetteer.lookup(surface, lang)) {
    if (entry.type === 'place') {
      // Thousands of villages share a name with a person or a word (Kirby, Mads, Per): only larger places are a
      // strong sign.
      const large = entry.place?.kind !== 'city' || (entry.population ?? 0) >= LARGE_CITY;
      if (!large) out.add(genitive ? WORD_CLASS.smallPlaceGenitive : WORD_CLASS.smallPlace);
      else if (genitive) out.add(WORD_CLASS.placeGenitive);
      else {
        out.add(WORD_CLASS.place);
        if (entry.place?.kind === 'country') out.add(WORD_CLASS.country);
        if (entry.place?.kind === 'city') out.add(WORD_CLASS.city);
      }
    } else if (entry.type === 'organization') {
      out.add(genitive ? WORD_CLASS.organizationGenitive : WORD_CLASS.organization);
    } else out.add(genitive ? WORD_CLASS.personGenitive : WORD_CLASS.person);
  }
}

/** Word classes from the sources, computed the same way for training and tagging. */
export function nerKnowledge(lang: Lang, sources: KnowledgeSources): NerKnowledge {
  const { gazetteer, cues, englishLexicon, englishWordTags } = sources;
  return {
    wordTag: englishWordTags
      ? (word: string) => (/\p{L}/u.test(word) ? englishWordTags.get(word.toLowerCase()) ?? 'UNKNOWN' : 'NONE')
      : undefined,
    phraseClasses: gazetteer
      ? (phrase: string) => {
          const out = new Set<number>();
          gazetteerClasses(gazetteer, phrase, lang, false, out);
          return [...out].sort((a, b) => a - b);
        }
      : undefined,
    classes(word: string): number[] {
      const out = new Set<number>();
      const lower = word.toLowerCase();
      if (gazetteer) {
        gazetteerClasses(gazetteer, word, lang, false, out);
        // Web text writes names in lower case too ("chicago"): what the capitalised word would name, as its own class.
        if (lower === word && word.length > 2) {
          const known = new Set<number>();
          gazetteerClasses(gazetteer, word[0].toUpperCase() + word.slice(1), lang, false, known);
          for (const c of known) out.add(LOWER_CASE_OFFSET + c);
        }
        if (gazetteer.givenName(word)) out.add(WORD_CLASS.givenName);
        // Norwegian and Danish genitives ("Russlands", "Putins") keep the -s on the token.
        if (lang !== 'en' && word.length > 3 && word.endsWith('s')) {
          const stem = word.slice(0, -1);
          gazetteerClasses(gazetteer, stem, lang, true, out);
          if (gazetteer.givenName(stem)) out.add(WORD_CLASS.givenNameGenitive);
        }
      }
      if (cues) {
        if (cues.isTitle(word)) out.add(WORD_CLASS.title);
        if (cues.speechVerbs.has(lower)) out.add(WORD_CLASS.speechVerb);
        if (cues.isOrgCue(word)) out.add(WORD_CLASS.orgCue);
      }
      if (englishLexicon) {
        const tags = englishLexicon[lower];
        if (tags !== undefined) {
          let known = false;
          for (const tag of Array.isArray(tags) ? tags : [tags]) {
            const c = COMPROMISE_CLASSES[tag];
            if (c !== undefined) {
              out.add(c);
              known = true;
            }
          }
          if (!known) out.add(WORD_CLASS.commonWord);
        }
      }
      return [...out].sort((a, b) => a - b);
    },
  };
}
