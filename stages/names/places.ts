/**
 * Choosing among places of one name, and finding East Slavic places by spelling skeleton.
 */
import { citiesIn } from '../gazetteer.js';
import type { ArticleDoc, Gazetteer, GazetteerEntry, Lang, Mention, Resources } from '../types.js';
import type { NameRules } from './rules.js';

/** East Slavic cities this small are rarely news; a skeleton match to them is more likely wrong than right. */
const SKELETON_MIN_POPULATION = 5000;

/** Whether `region` (a country or a first-order division) contains `place`. */
function contains(region: GazetteerEntry, place: GazetteerEntry): boolean {
  if (!region.place || !place.place || region.key === place.key) return false;
  if (region.place.kind === 'country') return place.place.country === region.place.country && place.place.kind !== 'country';
  return !!region.admin1 && region.admin1 === place.admin1 && region.place.country === place.place.country;
}

/** The first gazetteer entry of every place mention of the article, looked up once per article. */
export function articlePlaces(doc: ArticleDoc, gaz: Gazetteer): () => readonly GazetteerEntry[] {
  let places: GazetteerEntry[] | undefined;
  return () => {
    if (places) return places;
    places = [];
    const lang = doc.language?.article;
    for (const o of doc.mentions ?? []) {
      const e = o.type === 'place' ? gaz.lookup(o.base || o.text, lang && lang !== 'und' ? lang : 'en')[0] : undefined;
      if (e) places.push(e);
    }
    return places;
  };
}

/** The country an article is about, and how many of its place mentions lie in each country. */
export interface ArticleCountry {
  country: string | undefined;
  counts: ReadonlyMap<string, number>;
}

/**
 * The country an article is about, by its place mentions (each counts for the country it lies in): the one named most,
 * at least twice and more often than any other; else none.
 */
export function articleCountry(places: readonly GazetteerEntry[]): ArticleCountry {
  const counts = new Map<string, number>();
  for (const e of places) if (e.place?.country) counts.set(e.place.country, (counts.get(e.place.country) ?? 0) + 1);
  let best: string | undefined, top = 0, second = 0;
  for (const [country, n] of counts) {
    if (n > top) [best, top, second] = [country, n, top];
    else if (n > second) second = n;
  }
  return { country: top >= 2 && top > second ? best : undefined, counts };
}

/**
 * The entry a place mention most likely names: the gazetteer's first (largest, country before city), unless the text
 * says otherwise: "Paris, Texas" right after the name, or, when no other place of the article lies in or around the
 * first, another place that lies in or around a candidate (Georgia with Atlanta: the US state; with Tbilisi: the
 * country). A country gives way to a region only.
 */
export function choosePlace(
  doc: ArticleDoc,
  m: Mention,
  entries: readonly GazetteerEntry[],
  gaz: Gazetteer,
  lang: Lang,
  articlePlaces: () => readonly GazetteerEntry[],
): GazetteerEntry {
  const first = entries[0]!;
  if (entries.length === 1 || first.type !== 'place') return first;
  const after = /^,\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)/u.exec(doc.text.slice(m.end, m.end + 40));
  if (after) {
    const regions = gaz.lookup(after[1]!.replace(/\.$/, ''), lang);
    const hit = entries.find((e) => regions.some((r) => contains(r, e)));
    if (hit) return hit;
  }
  const others = articlePlaces().filter((o) => !entries.includes(o));
  const supported = (e: GazetteerEntry) => others.some((o) => contains(o, e) || contains(e, o));
  if (supported(first)) return first;
  // Context may turn a country into a region of its name (Georgia, the US state), never into a town (Canada beside
  // Mexico is no Mexican La Cañada); a sea or a continent into nothing (the Atlantic beside New York is no East
  // Rockaway, whose other name it is).
  if (first.place?.kind === 'sea' || first.place?.kind === 'continent') return first;
  const rivals = first.place?.kind === 'country' ? entries.filter((e) => e.place?.kind !== 'city') : entries;
  return rivals.find((e) => e !== first && supported(e)) ?? first;
}

/** A city of an East Slavic country whose name has the spelling skeleton of one of the candidate spellings. */
export function slavicCity(res: Resources, rules: NameRules, candidates: readonly string[]): GazetteerEntry | undefined {
  const index = res.get('names:slavic-city-skeletons', () => {
    const bySkeleton = new Map<string, GazetteerEntry>();
    // The English name is enough: a Norwegian or Danish spelling differs from it only by romanization.
    for (const entry of citiesIn(res, rules.slavicCountries, SKELETON_MIN_POPULATION)) {
      const s = rules.skeleton(entry.name);
      const known = bySkeleton.get(s);
      if (!known || (known.population ?? 0) < (entry.population ?? 0)) bySkeleton.set(s, entry);
    }
    return bySkeleton;
  });
  for (const c of candidates) {
    const hit = index.get(rules.skeleton(c));
    if (hit) return hit;
  }
  return undefined;
}

