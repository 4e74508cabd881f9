/**
 * The gazetteer: countries, cities, regions and well-known organizations by every name they go by in nb, da and en,
 * plus given names. Reads the compiled files under data/gazetteer/ (see scripts/build-gazetteer.ts) and the curated
 * ones under data/gazetteer/curated/.
 */
import { readFileSync } from 'node:fs';
import { innerMap } from './memo.js';
import { dataPath, readDataJson, readDataLines } from './resources.js';
import type { EntityType, Gazetteer, GazetteerEntry, Lang, PlaceInfo, Resources } from './types.js';

/** A city this large keeps a name that is also a common word ("Nice"); smaller homonyms of common words are dropped. */
const COMMON_WORD_MIN_POPULATION = 100_000;
/**
 * A city this large is meant by its own name before a metropolis that GeoNames gives the name only as an alternate
 * spelled unlike its own ("New Delhi" is not Delhi, "Islamabad" not Chattogram); an alternate that is a spelling of the
 * metropolis's name keeps it first ("Odessa": Odesa, "St. Petersburg": Saint Petersburg).
 */
const OWN_NAME_CITY = 100_000;
/** How many letters an alternate may differ by from a city's name and still be a spelling of it. */
const SPELLING_DISTANCE = 2;
/** Ranks: a country before anything else of that name, curated entries before all but the largest cities. */
const COUNTRY_WEIGHT = 1e10;
const CURATED_WEIGHT = 5e8;
/** A city this large keeps its rank under a name it has only as an alternate (New York City as "New York"). */
const METROPOLIS = 1_000_000;
/** The country whose towns a language's news names by their own names first. */
const HOME_COUNTRIES: Partial<Record<Lang, string>> = { nb: 'NO', da: 'DK' };

/** A name's hits: entry index × 2, plus 1 when the alias is an acronym ("WHO", "US") that matches only in capitals. */
type Hits = number[];

interface Index {
  /** Entries, created from `rows` on first use (most cities are never asked for). */
  entries: (GazetteerEntry | undefined)[];
  /** cities.tsv rows; row r is entry firstCity + r. */
  rows: Lines;
  firstCity: number;
  /** city-names.tsv: sorted `key\trow,row...` lines, searched by their keys. */
  cityNames: Lines;
  englishNames: Map<string, string>;
  /** Weights of the curated entries and countries (a city weighs its population). */
  weights: number[];
  /** Languages an entry's names belong to, when not all ("Venstre": the Norwegian party in nb only). */
  langs: Map<number, readonly Lang[]>;
  byName: Map<string, Hits>;
  common: Record<Lang, Set<string>>;
  given: Map<string, 'm' | 'f' | 'u'>;
  /** The rules' index: the tagger's answers as its models were trained, the rules' as they are refined. */
  forRules: boolean;
}

const ASCII = /^[\x20-\x7e]*$/;

/** The lookup key of a name: lower case, without diacritics, typographic apostrophes made straight. */
export function nameKey(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
}

const isAcronym = (s: string) => /^[\p{Lu}\d.&+-]{2,6}$/u.test(s) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(s);


/**
 * The lines of a large file kept as one string with their start offsets, so that loading it makes no string per line
 * and a sorted file can be searched without making any.
 */
class Lines {
  private readonly starts: Int32Array;
  readonly length: number;
  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    if (text.length && !text.endsWith('\n')) n++;
    this.starts = new Int32Array(n + 1);
    let line = 0;
    let at = 0;
    while (line < n) {
      this.starts[line++] = at;
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    this.starts[n] = at;
    this.length = n;
  }
  /** Line i without its line break. */
  line(i: number): string {
    const end = this.starts[i + 1]!;
    return this.text.slice(this.starts[i]!, this.text.charCodeAt(end - 1) === 10 ? end - 1 : end);
  }
  /** Compares `key` with the first tab-separated field of line i, as `<` compares strings. */
  compareField(key: string, i: number): number {
    const text = this.text;
    let p = this.starts[i]!;
    for (let k = 0; ; k++, p++) {
      const c = text.charCodeAt(p);
      const fieldEnded = c === 9 || c === 10 || p >= this.starts[i + 1]!;
      if (k === key.length) return fieldEnded ? 0 : -1;
      if (fieldEnded) return 1;
      const d = key.charCodeAt(k) - c;
      if (d !== 0) return d;
    }
  }
}

function indexName(byName: Map<string, Hits>, entry: number, name: string): void {
  const key = nameKey(name);
  if (!key) return;
  const hit = entry * 2 + (isAcronym(name) ? 1 : 0);
  const list = byName.get(key);
  if (!list) byName.set(key, [hit]);
  else if (list.includes(hit - (hit & 1))) return;
  else if (list.includes(hit | 1)) list[list.indexOf(hit | 1)] = hit; // written out as a word too ("NATO", "Nato")
  else list.push(hit);
}

/** The files every gazetteer shares: the cities, their names, and each language's common words. */
interface Shared {
  rows: Lines;
  cityNames: Lines;
  common: Record<Lang, Set<string>>;
  /** English names of cities that GeoNames names otherwise, by GeoNames id (curated/city-names-en.json). */
  englishNames: Map<string, string>;
}

function loadShared(): Shared {
  return {
    rows: new Lines(readFileSync(dataPath('gazetteer', 'cities.tsv'), 'utf8')),
    cityNames: new Lines(readFileSync(dataPath('gazetteer', 'city-names.tsv'), 'utf8')),
    common: Object.fromEntries((['nb', 'da', 'en'] as const).map((l) => [l, new Set(readDataLines('gazetteer', `common-${l}.txt`))])) as Record<Lang, Set<string>>,
    englishNames: new Map(Object.entries(readDataJson<{ names: Record<string, string> }>('gazetteer', 'curated', 'city-names-en.json').names)),
  };
}

/** Where the hand-written entries come from: the rules' own, or the copies the tagger's features were trained with. */
type CuratedFolder = 'curated' | 'tagger';

function load(folder: CuratedFolder, shared: Shared): Index {
  const entries: (GazetteerEntry | undefined)[] = [];
  const weights: number[] = [];
  const langs = new Map<number, readonly Lang[]>();
  const byName = new Map<string, Hits>();
  const add = (entry: GazetteerEntry, weight: number, names: Iterable<string>, only?: readonly Lang[]) => {
    const i = entries.push(entry) - 1;
    weights.push(weight);
    if (only) langs.set(i, only);
    for (const name of names) {
      indexName(byName, i, name);
      // "The Gambia" is "Gambia", "The Sydney Morning Herald" the "Sydney Morning Herald"; for the rules, a body's name
      // of one word is not that word alone ("The Age", "The Australian"). The tagger's features stay as trained.
      if (/^the /i.test(name) && (folder === 'tagger' || entry.type !== 'organization' || name.slice(4).includes(' '))) indexName(byName, i, name.slice(4));
    }
  };

  for (const c of readDataJson<{ code: string; name: string; names: Record<string, string[]> }[]>('gazetteer', 'countries.json')) {
    const place: PlaceInfo = { kind: 'country', country: c.code };
    add({ key: `country:${c.code}`, type: 'place', name: c.name, place }, COUNTRY_WEIGHT, Object.values(c.names).flat());
  }

  type Curated = { key: string; name: string; aliases: string[]; langs?: Lang[]; weight?: number };
  type CuratedPlace = Curated & Omit<PlaceInfo, 'geonameId'> & { admin1?: string };
  for (const file of ['regions.json', 'us-states.json']) {
    for (const r of readDataJson<CuratedPlace[]>('gazetteer', folder, file)) {
      const place: PlaceInfo = { kind: r.kind, ...(r.country ? { country: r.country } : {}), ...(r.lat !== undefined ? { lat: r.lat, lon: r.lon } : {}) };
      const entry: GazetteerEntry = { key: r.key, type: 'place', name: r.name, place, ...(r.admin1 ? { admin1: r.admin1 } : {}) };
      add(entry, r.weight ?? CURATED_WEIGHT, [r.name, ...r.aliases], r.langs);
    }
  }
  for (const o of readDataJson<(Curated & { altTypes?: EntityType[]; country?: string; domesticAliases?: string[] })[]>('gazetteer', folder, 'organizations.json')) {
    const entry: GazetteerEntry = {
      key: o.key, type: 'organization', name: o.name, ...(o.altTypes ? { altTypes: o.altTypes } : {}),
      ...(o.country ? { country: o.country, domesticAliases: o.domesticAliases ?? [] } : {}),
    };
    add(entry, CURATED_WEIGHT, [o.name, ...o.aliases], o.langs);
  }

  const { rows, cityNames, common, englishNames } = shared;
  const firstCity = entries.length;
  entries.length += rows.length;
  const given = new Map<string, 'm' | 'f' | 'u'>();
  for (const line of readDataLines('gazetteer', folder, 'given-names.txt')) {
    const [name, gender] = line.split('\t');
    if (name && (gender === 'm' || gender === 'f' || gender === 'u')) given.set(name, gender);
  }
  // News in English often drops the accents of Spanish and Portuguese names ("Andres", "Sebastiao"); the form without
  // them names the same given name, unless it is one of its own. For the rules only: the tagger's features stay as the
  // committed models were trained with them.
  if (folder === 'curated') for (const [name, gender] of [...given]) {
    const bare = name.normalize('NFD').replace(DROPPED_ACCENTS, '').normalize('NFC');
    if (bare !== name && !given.has(bare)) given.set(bare, gender);
  }
  return { entries, rows, firstCity, cityNames, englishNames, weights, langs, byName, common, given, forRules: folder === 'curated' };
}

function entryAt(index: Index, i: number): GazetteerEntry {
  const known = index.entries[i];
  if (known) return known;
  const [id, name, country, lat, lon, population, admin1] = index.rows.line(i - index.firstCity).split('\t') as string[];
  const place: PlaceInfo = { kind: 'city', country: country!, lat: Number(lat), lon: Number(lon), geonameId: Number(id) };
  const entry: GazetteerEntry = { key: `geonames:${id}`, type: 'place', name: index.englishNames.get(id!) ?? cityName(name!, country!), place, population: Number(population), ...(admin1 ? { admin1 } : {}) };
  index.entries[i] = entry;
  return entry;
}

/**
 * GeoNames writes the Ukrainian and Russian soft sign as an apostrophe (Luhans'k), which English news drops, and
 * Romanian with a cedilla (Timişoara) where English Wikipedia writes the comma below (Timișoara).
 */
function cityName(name: string, country: string): string {
  if (country === 'UA' || country === 'RU' || country === 'BY') return name.replace(/['’ʹ]/g, '');
  if (country === 'RO' || country === 'MD') return name.replace(/ş/g, 'ș').replace(/Ş/g, 'Ș').replace(/ţ/g, 'ț').replace(/Ţ/g, 'Ț');
  return name;
}

/** Forms of a name without a genitive ending: "Russlands" → "Russland", "Russia's" → "Russia", "Times'" → "Times". */
export function withoutGenitive(surface: string, lang: Lang): string[] {
  const m = /^(.*\p{L})(?:['’]s|['’])$/u.exec(surface);
  if (m) return [m[1]!];
  if (lang !== 'en' && /\p{L}{2}s$/u.test(surface)) return [surface.slice(0, -1)];
  return [];
}

/** The cities.tsv rows a lookup key names, by binary search over the sorted city-names.tsv lines. */
function cityRows(index: Index, key: string): number[] {
  const names = index.cityNames;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = names.compareField(key, mid);
    if (c === 0) {
      const line = names.line(mid);
      return line.slice(line.indexOf('\t') + 1).split(',').map(Number);
    }
    if (c > 0) lo = mid + 1;
    else hi = mid;
  }
  return [];
}

function weightOf(index: Index, i: number): number {
  return i < index.firstCity ? index.weights[i]! : entryAt(index, i).population ?? 0;
}

function lookupIn(index: Index, surface: string, lang: Lang): GazetteerEntry[] {
  const key = nameKey(surface);
  // An acronym ("EU", "UK") is no town that happens to be spelled with those letters (Eu in France).
  const acronym = isAcronym(surface) && surface.length <= 4;
  const hits = [...(index.byName.get(key) ?? []), ...(acronym ? [] : cityRows(index, key).map((r) => (index.firstCity + r) * 2))];
  if (!hits.length) return [];
  const allCaps = surface === surface.toUpperCase();
  const commonWord = index.common[lang].has(surface.toLowerCase());
  const chosen: number[] = [];
  for (const h of hits) {
    const i = h >> 1;
    if ((h & 1 && !allCaps) || chosen.includes(i)) continue;
    const only = index.langs.get(i);
    if (only && !only.includes(lang)) continue;
    const entry = entryAt(index, i);
    if (commonWord && entry.place?.kind === 'city' && (entry.population ?? 0) < COMMON_WORD_MIN_POPULATION) continue;
    chosen.push(i);
  }
  // A region we list by hand under the very name written ("Florida") is meant before a city that GeoNames gives the
  // name only as an alternate (Floridablanca, Colombia), unless the city is a metropolis known by it ("New York").
  const curatedExact = index.forRules && chosen.some((i) => i < index.firstCity && entryAt(index, i).type === 'place' && nameKey(entryAt(index, i).name) === key);
  // "Washington, D.C." is named "Washington" by its own name: the words after a comma only tell it from the others.
  const ownName = (i: number): boolean => {
    const own = nameKey(entryAt(index, i).name);
    return own === key || (own.startsWith(key) && own[key.length] === ',');
  };
  const cityByOwnName = chosen.some((i) => i >= index.firstCity && ownName(i) && weightOf(index, i) >= OWN_NAME_CITY);
  // Norwegian and Danish news mean their own country's town by its own name ("Viborg": the Danish town, not Vyborg).
  const home = index.forRules ? HOME_COUNTRIES[lang] : undefined;
  const homeByOwnName = home !== undefined && chosen.some((i) => i >= index.firstCity && ownName(i) && entryAt(index, i).place?.country === home);
  const rank = new Map(chosen.map((i) => {
    const weight = weightOf(index, i);
    if (i < index.firstCity || ownName(i)) return [i, weight];
    const abroad = homeByOwnName && entryAt(index, i).place?.country !== home && weight < METROPOLIS;
    const outranked = (curatedExact && weight < METROPOLIS) || (cityByOwnName && !spelledAlike(nameKey(entryAt(index, i).name), key)) || abroad;
    return [i, outranked ? 0 : weight];
  }));
  return chosen
    .sort((a, b) => rank.get(b)! - rank.get(a)! || (entryAt(index, a).key < entryAt(index, b).key ? -1 : 1))
    .map((i) => entryAt(index, i));
}

/** A name written in capitals as it is usually written ("NEW DELHI": "New Delhi"), to look up a dateline's place. */
function fromCapitals(name: string): string {
  return name.split(' ').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
}

/** The most words of a dateline's place ("RIO DE JANEIRO"). */
export const MAX_DATELINE_PLACE_WORDS = 3;

/** Whether words in capitals that open a dateline name a place the gazetteer knows, written as usual ("NEW DELHI"). */
export function datelinePlace(gaz: Gazetteer, words: readonly string[], lang: Lang): boolean {
  return words.length <= MAX_DATELINE_PLACE_WORDS && gaz.lookup(fromCapitals(words.join(' ')), lang).some((e) => e.type === 'place');
}

/**
 * Whether an alternate name key is a spelling of a city's name key: "St." written out, at most SPELLING_DISTANCE edits
 * apart, or the name's first words ("Santa Cruz" for Santa Cruz de la Sierra).
 */
function spelledAlike(name: string, alternate: string): boolean {
  if (name.startsWith(`${alternate} `)) return true;
  const x = name.replace(/\bst\.? /gu, 'saint ');
  const y = alternate.replace(/\bst\.? /gu, 'saint ');
  if (Math.abs(x.length - y.length) > SPELLING_DISTANCE) return false;
  // Levenshtein distance by rows, given up once a whole row exceeds the bound.
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...next) > SPELLING_DISTANCE) return false;
    row = next;
  }
  return row[y.length]! <= SPELLING_DISTANCE;
}

const NOTHING: readonly GazetteerEntry[] = Object.freeze([]);

/** A country's dotted short form opening a name of several words ("U.S. ", "U.K. "). */
const DOTTED_COUNTRY = /^((?:\p{Lu}\.){2,3}) /u;

/** An acronym of four to seven letters written with one capital ("Ecowas"). */
const ONE_CAPITAL_ACRONYM = /^\p{Lu}\p{Ll}{3,6}$/u;

/** Lookups remembered per gazetteer; news repeats its names, and the tagger asks for every capitalised word. */
const LOOKUP_CACHE_SIZE = 100_000;

/** A name is written with a capital or a digit ("10 Downing Street"): "han" or "will" is never looked up. */
const NAME_START = /^(?:(?:the|det|den|de) )?[\p{Lu}\d]/u;
/** An Arabic article written in lower case before a name ("al-Qaida", "al-Shabaab"). */
export const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;
const NAME_START_OR_ARTICLE = new RegExp(`^(?:(?:the|det|den|de) )?(?:[\\p{Lu}\\d]|${ARABIC_ARTICLE.source.slice(1)})`, 'u');

/**
 * A gazetteer over an index; `articles` lets names after a lower-case Arabic article be looked up, as the tagger's
 * gazetteer, fixed with its models, does not.
 */
function createGazetteer(index: Index, articles: boolean): Gazetteer {
  const nameStart = articles ? NAME_START_OR_ARTICLE : NAME_START;
  // One map per language: keyed by the surface itself, a lookup makes no new string.
  const caches = new Map<Lang, Map<string, readonly GazetteerEntry[]>>();
  let cached = 0;
  /** The first words of the names of several words, made when first asked for. */
  let firstWords: Set<string> | undefined;
  const lookup = (s: string, lang: Lang): readonly GazetteerEntry[] => {
    const found = lookupIn(index, s, lang);
    // "al-Qaida": the name is indexed as it opens a sentence too ("Al-Qaida").
    if (!found.length && articles && ARABIC_ARTICLE.test(s)) return lookup(s[0]!.toUpperCase() + s.slice(1), lang);
    if (found.length) return found;
    // "U.S. State Department": a dotted short form of a country as its aliases write it undotted ("US State Department").
    // Not for the tagger's gazetteer, fixed with its models.
    const dotted = articles ? DOTTED_COUNTRY.exec(s) : null;
    if (dotted) return lookup(dotted[1]!.replace(/\./gu, '') + s.slice(dotted[0].length - 1), lang);
    for (const base of withoutGenitive(s, lang)) {
      const again = lookupIn(index, base, lang);
      if (again.length) return again;
    }
    // "Ecowas", "Unhcr": British papers write a body's acronym with one capital; a common word ("Care") is none.
    // Not for the tagger's gazetteer, fixed with its models.
    if (articles && ONE_CAPITAL_ACRONYM.test(s) && !index.common[lang].has(s.toLowerCase())) {
      return lookupIn(index, s.toUpperCase(), lang).filter((e) => e.type === 'organization');
    }
    return [];
  };
  return {
    lookup(surface: string, lang: Lang): readonly GazetteerEntry[] {
      // Keyed by the surface as asked, so that a repeated question costs one probe; what is no name is remembered too.
      let cache = innerMap(caches, lang);
      let found = cache.get(surface);
      if (!found) {
        if (cached >= LOOKUP_CACHE_SIZE) {
          caches.clear();
          cache = innerMap(caches, lang);
          cached = 0;
        }
        const s = surface.trim();
        found = nameStart.test(s) ? Object.freeze(lookup(s, lang)) : NOTHING;
        cache.set(surface, found);
        cached++;
      }
      return found;
    },
    opensName(word: string) {
      firstWords ??= new Set([...index.byName.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
      return firstWords.has(nameKey(word));
    },
    countryName(code: string) {
      const entry = index.entries.find((e) => e?.key === `country:${code}`);
      return entry?.name;
    },
    givenName(word: string) {
      const w = word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
      const gender = index.given.get(w);
      return gender ? { gender } : undefined;
    },
  };
}

/** Acute, grave, circumflex and tilde accents and the cedilla, which English spellings drop; not the Nordic ring. */
const DROPPED_ACCENTS = /[\u0300-\u0303\u0327]/gu;

function loadIndex(res: Resources, folder: CuratedFolder): Index {
  return res.get(`gazetteer:index:${folder}`, () => load(folder, res.get('gazetteer:shared', loadShared)));
}

/** The gazetteer, loaded once per Resources. */
export function gazetteer(res: Resources): Gazetteer {
  return res.get('gazetteer', () => createGazetteer(loadIndex(res, 'curated'), true));
}

/**
 * The gazetteer the tagger's features consult: the same cities and countries, with the hand-written entries as they
 * were when the models were trained (data/gazetteer/tagger/, copies of curated/ refreshed only on retraining), so that
 * adding a name for the rules does not move a committed model's features.
 */
export function taggerGazetteer(res: Resources): Gazetteer {
  return res.get('gazetteer:tagger', () => createGazetteer(loadIndex(res, 'tagger'), false));
}

/**
 * Every city of the given countries with at least `minPopulation` inhabitants, for indexes of other kinds (such as
 * the spelling skeletons of East Slavic place names).
 */
export function citiesIn(res: Resources, countries: ReadonlySet<string>, minPopulation: number): GazetteerEntry[] {
  const index = loadIndex(res, 'curated');
  const out: GazetteerEntry[] = [];
  for (let r = 0; r < index.rows.length; r++) {
    const row = index.rows.line(r);
    const afterName = row.indexOf('\t', row.indexOf('\t') + 1) + 1;
    if (!countries.has(row.slice(afterName, row.indexOf('\t', afterName)))) continue;
    const entry = entryAt(index, index.firstCity + r);
    if ((entry.population ?? 0) >= minPopulation) out.push(entry);
  }
  return out;
}
