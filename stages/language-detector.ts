import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './resources.js';

/** What the language stage asks of eld. */
export interface LanguageDetector {
  detect(text: string): DetectedLanguage;
}

/** eld's result of a detection (its LanguageResult). */
export interface DetectedLanguage {
  /** The best language's code, or '' for none. */
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}

/** eld's 'medium' n-grams in the compact form of `compactNgrams`, written by scripts/build-library-data.ts from the locked eld. */
export const ELD_NGRAMS_FILE = ['lang', 'eld-medium.json.gz'] as const;

/** eld's n-gram database as its modules hold it: per n-gram, a score per language number. */
export interface EldNgrams {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/**
 * The same database in a few strings: the n-grams one after the other, and as base64 bytes each one's length, its
 * number of languages, and its (language, score) pairs. Parsing eld's form makes an object per n-gram (105k) and took a
 * quarter of a second in every worker; this form is read in a few milliseconds and an n-gram is decoded when looked up.
 */
interface CompactNgrams {
  type: string;
  languages: Record<string, string>;
  keys: string;
  lengths: string;
  counts: string;
  pairs: string;
}

/** Bytes of one field: every length, count, language number and score of eld's medium database fits in one. */
function byteField(values: readonly number[], what: string): string {
  for (const v of values) if (!Number.isInteger(v) || v < 0 || v > 255) throw new Error(`newsgraph: eld's ${what} ${v} does not fit in a byte`);
  return Buffer.from(values).toString('base64');
}

/** eld's database in the compact form, as scripts/build-library-data.ts writes it to data. */
export function compactNgrams(data: EldNgrams): CompactNgrams {
  const keys = Object.keys(data.ngrams);
  const counts: number[] = [];
  const pairs: number[] = [];
  for (const key of keys) {
    const scores = Object.entries(data.ngrams[key]);
    counts.push(scores.length);
    for (const [lang, score] of scores) pairs.push(Number(lang), score);
  }
  return {
    type: data.type,
    languages: data.languages,
    keys: keys.join(''),
    lengths: byteField(keys.map((k) => k.length), 'n-gram length'),
    counts: byteField(counts, 'language count'),
    pairs: byteField(pairs, 'language number or score'),
  };
}

/** Where `file` is not eld's database in the compact form: what is wrong, and how to make it again. */
function invalidNgrams(file: string, problem: string): Error {
  return new Error(`newsgraph: ${file} is not eld's n-gram database in newsgraph's compact form (${problem}); run npm run build:library-data`);
}

/** What the detector borrows from eld's own modules, so that it reads text exactly as eld does. */
interface EldParts {
  /** Runs of anything but letters (eld's `separators`). */
  separators: RegExp;
  /** A character for each byte (eld's `dictionary`). */
  dictionary: readonly string[];
  LanguageResult: new (language: string, results: number[], numNgrams: number, langCodes: Record<string, string>) => DetectedLanguage;
}

/** eld's `detect` reads at most this much of a text. */
const ELD_MAX_CHARS = 1000;
/** eld stores each score less this much. */
const ELD_BASE_SCORE = 53;
/** eld reads at most this many bytes of a word. */
const ELD_MAX_WORD = 70;
/** eld stops at the first space after this many bytes of text, and after this many in any case. */
const ELD_CUT_AT_SPACE = 350;
const ELD_CUT = 380;

/**
 * eld's `detect` (eld 2.1.0, Apache-2.0; pinned exactly in package.json for this port) over the compact n-grams: the
 * same words, the same n-grams and the same integer sums, so the same scores, but each n-gram's scores read from byte
 * arrays rather than from an object per n-gram, which made loading take a quarter of a second in every worker and
 * looking up slower.
 */
class CompactDetector implements LanguageDetector {
  private readonly index = new Map<string, number>();
  private readonly firstPair: Int32Array;
  private readonly pairs: Uint8Array;
  /** Language codes by number; only these are kept of the file's strings (its n-grams are copied into `index`). */
  private readonly codes: Record<string, string>;
  private readonly languageCount: number;

  /** `file` names the data in errors. */
  constructor(compact: CompactNgrams, file: string, private readonly eld: EldParts) {
    const fields = ['type', 'keys', 'lengths', 'counts', 'pairs'] as const;
    if (typeof compact !== 'object' || compact === null || fields.some((f) => typeof compact[f] !== 'string') || typeof compact.languages !== 'object' || compact.languages === null)
      throw invalidNgrams(file, `it lacks one of ${fields.join(', ')} or languages`);
    const lengths = Buffer.from(compact.lengths, 'base64');
    const counts = Buffer.from(compact.counts, 'base64');
    this.pairs = Buffer.from(compact.pairs, 'base64');
    this.codes = compact.languages;
    this.languageCount = Object.keys(compact.languages).length;
    if (lengths.length !== counts.length) throw invalidNgrams(file, `${lengths.length} n-gram lengths for ${counts.length} counts`);
    this.firstPair = new Int32Array(counts.length + 1);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      this.index.set(compact.keys.slice(at, at + lengths[i]), i);
      at += lengths[i];
      this.firstPair[i + 1] = this.firstPair[i] + counts[i];
    }
    if (at !== compact.keys.length) throw invalidNgrams(file, `the n-grams take ${compact.keys.length} characters, their lengths ${at}`);
    if (this.index.size !== counts.length) throw invalidNgrams(file, 'an n-gram is listed twice');
    if (this.firstPair[counts.length] * 2 !== this.pairs.length) throw invalidNgrams(file, 'the counts do not add up to the scores');
    for (let p = 0; p < this.pairs.length; p += 2)
      if (this.codes[this.pairs[p]] === undefined) throw invalidNgrams(file, `language number ${this.pairs[p]} has no code`);
  }

  detect(text: string): DetectedLanguage {
    const words = this.utf8Words(text.substring(0, ELD_MAX_CHARS).replace(this.eld.separators, ' ').trim().toLowerCase());
    const results = new Array<number>(this.languageCount).fill(0);
    const seen = new Set<string>();
    const add = (ngram: string): void => {
      if (seen.has(ngram)) return;
      seen.add(ngram);
      const i = this.index.get(ngram);
      if (i === undefined) return;
      for (let p = this.firstPair[i]; p < this.firstPair[i + 1]; p++) results[this.pairs[2 * p]] += this.pairs[2 * p + 1] + ELD_BASE_SCORE;
    };
    for (const word of words) {
      const len = Math.min(word.length, ELD_MAX_WORD);
      // 4-byte n-grams with a stride of 3, the first marked by a leading space, the last by a trailing one.
      let j = 0;
      for (; j + 4 < len; j += 3) add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
      add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
    }
    let best = -1;
    for (let lang = 0; lang < results.length; lang++) if (results[lang] > 0 && (best < 0 || results[lang] > results[best])) best = lang;
    if (best < 0) return new this.eld.LanguageResult('', [], 0, {});
    return new this.eld.LanguageResult(this.codes[best], results, seen.size, this.codes);
  }

  /** The words of a text with each UTF-8 byte as one of eld's characters, cut after about ELD_CUT_AT_SPACE bytes. */
  private utf8Words(str: string): string[] {
    const dictionary = this.eld.dictionary;
    const words: string[] = [];
    let encoded = '';
    let bytes = 0;
    for (let i = 0; i < str.length; i++) {
      let code = str.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          if (encoded !== '') words.push(encoded);
          encoded = '';
          if (bytes > ELD_CUT_AT_SPACE) break;
        } else encoded += str[i];
        bytes++;
      } else if (code < 0x800) {
        encoded += dictionary[0xc0 | (code >> 6)] + dictionary[0x80 | (code & 0x3f)];
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        encoded += dictionary[0xe0 | (code >> 12)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
        bytes += 3;
      } else {
        // Unreachable after eld's separators, which leave no surrogate (astral letters are not in their class); kept
        // as eld has it, so that the port stays line for line.
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        encoded += dictionary[0xf0 | (code >> 18)] + dictionary[0x80 | ((code >> 12) & 0x3f)] + dictionary[0x80 | ((code >> 6) & 0x3f)] + dictionary[0x80 | (code & 0x3f)];
        bytes += 4;
      }
      if (bytes > ELD_CUT) break;
    }
    if (encoded !== '') words.push(encoded);
    return words;
  }
}

/** A file inside the installed eld package, found the way Node finds the package; null if there is none. */
export function eldFile(relative: string): string | null {
  const require = createRequire(import.meta.url);
  for (const folder of require.resolve.paths('eld') ?? []) {
    const path = join(folder, 'eld', relative);
    if (existsSync(path)) return path;
  }
  return null;
}

/** eld's modules that the compact detector borrows from, or null where eld's files are not laid out as expected. */
async function eldParts(): Promise<EldParts | null> {
  const files = ['regexPatterns.js', 'dictionary.js', 'LanguageResult.js'].map((name) => eldFile(join('src', name)));
  if (files.some((file) => file === null)) return null;
  const [patterns, dictionary, result] = (await Promise.all(files.map((file) => import(pathToFileURL(file as string).href)))) as [
    { separators?: unknown },
    { dictionary?: unknown },
    { LanguageResult?: unknown },
  ];
  if (!(patterns.separators instanceof RegExp) || !Array.isArray(dictionary.dictionary) || typeof result.LanguageResult !== 'function') return null;
  return { separators: patterns.separators, dictionary: dictionary.dictionary as string[], LanguageResult: result.LanguageResult as EldParts['LanguageResult'] };
}

/**
 * eld's 'medium' detector. `eld/medium` is a 2 MB JavaScript module: compiling it takes about a second and leaves some
 * 200 MB of RSS behind in every thread that loads it, each worker included. The compact n-grams take a fraction of
 * both. Where eld's files are not laid out as expected, the module itself is loaded: the same scores, only slower to
 * start (a test checks that both give the same scores). `ngrams`: the compact database (tests give others).
 */
export async function loadLanguageDetector(ngrams = dataPath(...ELD_NGRAMS_FILE)): Promise<LanguageDetector> {
  const parts = existsSync(ngrams) ? await eldParts() : null;
  if (parts !== null) return new CompactDetector(JSON.parse(gunzipSync(readFileSync(ngrams)).toString('utf8')) as CompactNgrams, ngrams, parts);
  return (await import('eld/medium')).eld;
}
