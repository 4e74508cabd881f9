/**
 * Spelling rules for names, read from data files: transliteration to English conventions (data/translit/<lang>.json),
 * the East Slavic shape that allows it (slavic.json), given-name spellings (given-names.json), the spelling skeleton
 * used for blocking (skeleton.json), the particles inside names (name-particles.json), East Asian family names written
 * first (family-first.json), and the alias table of
 * source-language variants (data/aliases.json).
 * The code here knows no language; the data does.
 */
import { gazetteer, nameKey } from '../gazetteer.js';
import { readDataJson } from '../resources.js';
import type { EntityType, Lang, Resources } from '../types.js';
import { innerMap, remember } from '../memo.js';

type Rule = readonly [RegExp, string];

export interface AliasHit {
  name: string;
  type: EntityType;
}

export interface NameRules {
  /**
   * One word rewritten from a Norwegian or Danish romanization to English conventions ("Konasjenkov" →
   * "Konashenkov", "Medinskij" → "Medinsky"); the word itself when no rule applies. Apply only to East Slavic names.
   */
  transliterate(word: string, lang: Lang): string;
  /** The English news spelling of an East Slavic given name ("Alexandr" → "Alexander"), if it is a variant of one. */
  givenName(word: string): string | undefined;
  /** Whether a person's name (its words) looks East Slavic, so that transliteration may rewrite it. */
  slavicPerson(words: readonly string[]): boolean;
  /** Whether a single-word place name looks East Slavic. */
  slavicPlace(word: string): boolean;
  /** Countries whose places are named by East Slavic transliteration. */
  slavicCountries: ReadonlySet<string>;
  /** A spelling skeleton: equal skeletons mean "could be the same name across romanizations", never "is". */
  skeleton(name: string): string;
  /** The English standard name of a source-language variant ("Lugansk" → Luhansk), from the alias table; an entry of
   * the given type first. */
  alias(surface: string, type: EntityType): AliasHit | undefined;
  /**
   * The one well-known person of the alias table whose surname this word is, in any of its spellings ("Putin",
   * "Sjojgu"); news names such a person by surname alone.
   */
  knownSurname(word: string): string | undefined;
  /** Whether a lower-case word may stand inside a personal name ("da" in Lula da Silva). */
  particle(word: string): boolean;
  /** Whether a capitalised word is an East Asian family name, written first ("Lin" of "Lin Jian"). */
  familyFirst(word: string): boolean;
}


function compile(rules: readonly (readonly [string, string])[], flags = 'u'): Rule[] {
  return rules.map(([pattern, replacement]) => [new RegExp(pattern, flags.includes('g') ? flags : flags + 'g'), replacement] as const);
}

function apply(rules: readonly Rule[], s: string): string {
  return rules.reduce((acc, [re, rep]) => acc.replace(re, rep), s);
}

/** The rewritten word with the case pattern of the original (first letter, or all capitals). */
function withCaseOf(original: string, lower: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return lower.toUpperCase();
  return /^\p{Lu}/u.test(original) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

const MEMO_LIMIT = 100_000;
const NORDIC_LETTER = /[æøåÆØÅ]/u;
const PATRONYMIC_SURNAME = /(?:sen|son)$/u;

/** `knownGiven`: whether the gazetteer knows a word as a given name (its curated list). */
function load(knownGiven: (word: string) => boolean): NameRules {
  const translit = new Map<Lang, Rule[]>();
  for (const lang of ['nb', 'da', 'en'] as const) {
    translit.set(lang, compile(readDataJson<{ rules: [string, string][] }>('translit', `${lang}.json`).rules));
  }
  const slavic = readDataJson<{ surnameEndings: string[]; placeEndings: string[]; placeCountries: string[]; givenNames: string[] }>('translit', 'slavic.json');
  const surnameEnd = new RegExp(`(?:${slavic.surnameEndings.join('|')})$`, 'u');
  const placeEnd = new RegExp(`(?:${slavic.placeEndings.join('|')})$`, 'u');
  const given = new Map<string, string>();
  for (const [name, variants] of Object.entries(readDataJson<{ names: Record<string, string[]> }>('translit', 'given-names.json').names)) {
    for (const v of variants) if (v !== name) given.set(v, name);
  }
  // A known given name that no East Slav bears opens no East Slavic name, whatever the surname's ending.
  const slavicGiven = new Set([...slavic.givenNames, ...given.keys(), ...given.values()]);
  const otherGiven = (word: string): boolean => knownGiven(word) && !slavicGiven.has(word);
  const skeletonRules = compile(readDataJson<{ rules: [string, string][] }>('translit', 'skeleton.json').rules);
  const aliases = new Map<string, AliasHit>();
  // A surname two entries share names neither (null).
  const surnames = new Map<string, string | null>();
  for (const e of readDataJson<{ entries: { type: EntityType; name: string; aliases: string[] }[] }>('aliases.json').entries) {
    for (const a of [e.name, ...e.aliases]) {
      aliases.set(`${e.type}:${nameKey(a)}`, { name: e.name, type: e.type });
      if (e.type !== 'person' || !a.includes(' ')) continue;
      const surname = a.slice(a.lastIndexOf(' ') + 1);
      const known = surnames.get(surname);
      surnames.set(surname, known === undefined || known === e.name ? e.name : null);
    }
  }
  const slavicCountries = new Set(slavic.placeCountries);
  const particles = new Set(readDataJson<{ particles: string[] }>('translit', 'name-particles.json').particles);
  const familyFirst = new Set(readDataJson<{ names: string[] }>('translit', 'family-first.json').names);
  // Both rewrites run a chain of regexes and are asked about the same words and names again and again.
  const transliterated = new Map<string, string>();
  const skeletons = new Map<string, string>();
  // Every mention asks for its alias, by type, and the same names recur; null remembers "none".
  const aliasHits = new Map<EntityType, Map<string, AliasHit | null>>();

  return {
    transliterate(word, lang) {
      if (word.includes('-')) return word.split('-').map((part) => this.transliterate(part, lang)).join('-');
      const key = `${lang}:${word}`;
      let result = transliterated.get(key);
      if (result === undefined) {
        const lower = word.toLowerCase();
        const out = apply(translit.get(lang) ?? [], lower);
        result = out === lower ? word : withCaseOf(word, out);
        remember(transliterated, key, result, MEMO_LIMIT);
      }
      return result;
    },
    givenName: (word) => given.get(word) ?? given.get(withCaseOf('A', word.toLowerCase())),
    slavicPerson(words) {
      const last = words[words.length - 1];
      // Nordic letters or a patronymic surname make no East Slavic name ("Jesper Dalgaard Nørskov", "Nikolaj Jacobsen").
      if (!last || words.some((w) => NORDIC_LETTER.test(w)) || PATRONYMIC_SURNAME.test(last)) return false;
      // "Rasmus Jarlov", "Juan Carlos Medina", "Jakub Nowak" (Polish is written as Poles write it).
      if (words.length > 1 && otherGiven(words[0]!)) return false;
      return surnameEnd.test(last.toLowerCase()) || words.some((w) => given.has(w));
    },
    slavicPlace: (word) => placeEnd.test(word.toLowerCase()),
    slavicCountries,
    skeleton(name) {
      let result = skeletons.get(name);
      if (result === undefined) {
        result = apply(skeletonRules, nameKey(name)).replace(/\s+/g, ' ').trim();
        remember(skeletons, name, result, MEMO_LIMIT);
      }
      return result;
    },
    alias(surface, type) {
      const memo = innerMap(aliasHits, type);
      let hit = memo.get(surface);
      if (hit === undefined) {
        const key = nameKey(surface);
        hit = null;
        for (const t of [type, 'place', 'organization', 'person'] as const) {
          hit = aliases.get(`${t}:${key}`) ?? null;
          if (hit) break;
        }
        remember(memo, surface, hit, MEMO_LIMIT);
      }
      return hit ?? undefined;
    },
    particle: (word) => particles.has(word),
    familyFirst: (word) => familyFirst.has(word),
    knownSurname: (word) => surnames.get(word) ?? undefined,
  };
}

/** The name rules, loaded once per Resources. */
export function nameRules(res: Resources): NameRules {
  return res.get('names:rules', () => {
    const gaz = gazetteer(res);
    return load((word) => gaz.givenName(word) !== undefined);
  });
}
