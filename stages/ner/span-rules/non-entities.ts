/**
 * Spans the rules drop: names the gold counts as no entity (a lone month, a product, a social platform), and the tail
 * of a name the tagger did not know, where no mention is better than a wrong part.
 */
import type { Gazetteer, Lang } from '../../types.js';
import type { TokenSpan } from '../tags.js';
import type { RuleView, RuledSpan } from './spans.js';
import { knownName, knownPlace } from './known.js';
import { capitalised, type RuleWords } from './words.js';

/**
 * A unit named after a person ("40 degrees Celsius", "minus 5 grader Fahrenheit") is no mention of anyone; a measure
 * word without a number is another ("to what degree Starmer").
 */
export function isUnit(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  const w = view.words;
  return span.end - span.start === 1 && span.start > 1 && words.measureWords.has(w[span.start - 1].toLowerCase()) && /^[\d−-]/u.test(w[span.start - 2]);
}

/** An amount written with its currency's short sign ("Sh38,000", "KSh2,500", "Rs1500"): no name ("G20" and "COP28" are). */
const AMOUNT = /^\p{Lu}\p{L}{0,2}(?:\d{1,3}(?:,\d{3})+|\d{4,})$/u;

/** Whether a word is an amount with its currency's short sign. */
export function isAmount(word: string): boolean {
  return AMOUNT.test(word);
}

/**
 * A disease's, a substance's or a system's name ("ADHD", "PFAS", "MitID"), a competition's or a shopping day's
 * ("Champions League", "Black Friday"), or a model's ("F-35"), which the gold counts as no entity.
 */
export function isNonEntityName(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  if (span.end - span.start > 1) return words.nonEntities.has(view.words.slice(span.start, span.end).join(' '));
  return words.nonEntities.has(view.words[span.start]!) || MODEL_DESIGNATION.test(view.words[span.start]!);
}

/**
 * "the Aarhus Convention", "the Nobel Prize": a name whose last word heads a law's, a treaty's, a prize's or a cup's
 * name is none, unless a word of it names a body ("Commission for the Convention ...") or the gazetteer knows it as one.
 */
export function isDocumentName(view: RuleView, span: TokenSpan, words: RuleWords, gaz: Gazetteer, bodyWord: (word: string) => boolean): boolean {
  if (span.end - span.start < 2 || !words.documentHeads.has(view.words[span.end - 1]!)) return false;
  const w = view.words.slice(span.start, span.end);
  // Not a newspaper ("The Age").
  if (w[0] === 'The' || w.some((x) => bodyWord(x.toLowerCase()))) return false;
  return !gaz.lookup(w.join(' '), 'en').some((e) => e.type === 'organization');
}

/**
 * "the Ukraine War", "the Commonwealth Games", "Australia Day": a place's name before the capitalised word that ends the
 * name of a war, a day or an event held there is part of that name, no mention of the place (en).
 */
export function isEventsPlace(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  const head = view.words[span.end];
  return span.type === 'place' && head !== undefined && words.happeningHeads.has(head) && !capitalised(view.words[span.end + 1]);
}

/** An aircraft's or a vehicle's model ("F-35", "MiG-29", "C-130s", "T-72"): a product, no organization. */
const MODEL_DESIGNATION = /^(?:[ABCEFPT]|KC|MiG|Su|Mi|Ka|Tu|Il|An|Yak)-\d{1,3}[A-Z]?s?$/u;

/** Words after a language's name that say it is one ("Hausa service", "Gujarati speakers"). */
const LANGUAGE_NOUNS = new Set(['language', 'languages', 'speakers', 'service', 'services', 'translation', 'translations', 'version', 'subtitles', 'edition', 'broadcasts']);
/** How far another language's name may stand in a list of them ("in Kyrgyz, Azeri, Sinhala and Gujarati"). */
const LANGUAGE_LIST_REACH = 4;

/**
 * A language's name alone in a list of languages or before a word for one ("output in Kyrgyz, Sinhala and Gujarati",
 * "the Hausa service"), unless some place or body is so named (Nauru); a lone "in Komi" may be the region.
 */
export function isLanguageName(view: RuleView, span: TokenSpan, words: RuleWords, gaz: Gazetteer): boolean {
  const w = view.words;
  if (span.end - span.start !== 1 || !words.languages.has(w[span.start]!) || gaz.lookup(w[span.start]!, 'en').length > 0) return false;
  if (LANGUAGE_NOUNS.has(w[span.end] ?? '')) return true;
  for (let k = Math.max(0, span.start - LANGUAGE_LIST_REACH); k <= Math.min(w.length - 1, span.end + LANGUAGE_LIST_REACH - 1); k++) {
    if (k !== span.start && words.languages.has(w[k]!)) return true;
  }
  return false;
}

/** Endings that make an English demonym of a country's name ("Sri Lankan", "New Zealander", "South African"). */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'ese', 'i', 'ish', 'er'];

/** Endings of demonyms and adjectives ("Indian", "Southern", "Chinese", "Danish", "Iraqi"). */
export const DEMONYM_SHAPE = /(?:an|ern|ese|ian|ish|i)$/u;

/**
 * "Danish Foreign | Minister Lars Løkke Rasmussen": an English organization the tagger made of the adjectives before a
 * title, and no name of its own, is none.
 */
export function isTitleAdjectives(view: RuleView, span: TokenSpan, gaz: Gazetteer, isTitle: (word: string) => boolean, orgCue: (word: string) => boolean): boolean {
  const w = view.words;
  if (span.type !== 'organization' || !isTitle(w[span.end] ?? '') || orgCue(w[span.end - 1]!.toLowerCase())) return false;
  const first = w[span.start]!;
  return DEMONYM_SHAPE.test(first) && gaz.lookup(w.slice(span.start, span.end).join(' '), 'en').length === 0;
}

/** Whether a word or name is a country's demonym ("Israeli", "Sri Lankan"). */
export function isDemonymWord(word: string, gaz: Gazetteer): boolean {
  return demonymCountry(word, gaz) !== undefined;
}

/** The country whose demonym the word is, by its ending ("Indian", "Sri Lankan", "Japanese"), as an ISO code. */
export function demonymCountry(word: string, gaz: Gazetteer): string | undefined {
  for (const e of DEMONYM_ENDINGS) {
    if (!word.endsWith(e)) continue;
    const place = gaz.lookup(word.slice(0, -e.length), 'en')[0]?.place;
    if (place?.kind === 'country') return place.country;
  }
  return undefined;
}

/** The fewest people of a city whose people a plural demonym names ("Londoners", "Calgarians"). */
const DEMONYM_CITY_MIN_POPULATION = 500_000;

/**
 * Whether one word is the plural of a demonym, a country's, a region's or a large city's ("Australians", "Malians",
 * "Greenlanders", "Londoners", "Calgarians"), which names its people and no entity (en).
 */
export function isPluralDemonym(view: RuleView, span: TokenSpan, gaz: Gazetteer): boolean {
  const word = view.words[span.start]!;
  if (span.end - span.start !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const singular = word.slice(0, -1);
  const bases = [singular.replace(/er$/u, ''), singular.replace(/ian$/u, 'y'), singular.replace(/n$/u, ''), singular.replace(/an$/u, '')];
  return bases.some((base) => {
    if (base === singular) return false;
    const place = gaz.lookup(base, 'en')[0];
    const kind = place?.place?.kind;
    return kind === 'country' || kind === 'region' || (kind === 'city' && (place!.population ?? 0) >= DEMONYM_CITY_MIN_POPULATION);
  });
}

/** Words for one member of a party that a place before them qualifies ("an Arizona Democrat"). */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican']);

/**
 * "Rep. Jane Doe, an Anchorage Democrat,": a place the tagger took into one name with the word for a party's member is
 * the place alone, and the member no name (en).
 */
export function withPlaceOfPartyMember(view: RuleView, spans: RuledSpan[], gaz: Gazetteer): void {
  for (const s of spans) {
    if (s.type !== 'organization' || s.end - s.start < 2 || !PARTY_MEMBERS.has(view.words[s.end - 1]!)) continue;
    if (!knownPlace(gaz, view.words.slice(s.start, s.end - 1).join(' '), 'en')) continue;
    s.end--;
    s.type = 'place';
    s.strong = true;
  }
}

/** Whether a name of several words is a country's demonym, which the gold counts as no entity. */
export function isDemonym(view: RuleView, span: TokenSpan, gaz: Gazetteer): boolean {
  return span.end - span.start >= 2 && isDemonymWord(view.words.slice(span.start, span.end).join(' '), gaz);
}

/**
 * An English word that some city has among its other names ("Thai" of Alor Setar, "shaken Thai politics"; "Tan" of
 * Xinzhou) is the word: a one-word place that the word lists know as a common word and whose gazetteer entry is named
 * otherwise.
 */
export function isWordAlias(view: RuleView, span: TokenSpan, gaz: Gazetteer, commonWord: (word: string) => boolean): boolean {
  if (span.type !== 'place' || span.end - span.start !== 1) return false;
  const word = view.words[span.start];
  if (!commonWord(word)) return false;
  const entry = gaz.lookup(word, 'en')[0];
  return entry?.place?.kind === 'city' && entry.name !== word;
}

/** A lone month name is a date ("in March", "until May"), unless a capitalised word before makes it a surname; so is a
 * month and its day ("Dec 3"). */
export function isMonth(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  if (!words.months.has(view.words[span.start].toLowerCase())) return false;
  // "Dec 3": a month and its day.
  if (span.end - span.start > 1) return view.words.slice(span.start + 1, span.end).every((w) => /^\d{1,2}$/u.test(w));
  return span.type !== 'person' || !capitalised(view.words[span.start - 1]);
}

/**
 * A span after a particle and a capitalised word the tagger left out is the end of a name it did not know ("Tour de
 * France" is no mention of France): better no mention than a wrong part.
 */
export function tailOfUnknownName(view: RuleView, span: TokenSpan, spans: readonly TokenSpan[], words: RuleWords): boolean {
  const at = span.start;
  if (at < 2 || !words.particles.has(view.words[at - 1]) || !capitalised(view.words[at - 2])) return false;
  if (at - 2 === 0 && view.sentenceStart) return false;
  return !spans.some((s) => s.start <= at - 2 && at - 2 < s.end);
}

/** Whether the span names a product: a product word just before it, or "its X (web) browser". */
export function isProduct(view: RuleView, span: TokenSpan, words: RuleWords, lang: Lang, gaz: Gazetteer): boolean {
  const w = view.words;
  const before = w[span.start - 1]?.toLowerCase();
  if (before !== undefined && words.productCues.has(before)) return true;
  // "Nipah virus", "Lassa fever": a village's name the disease took; not a country's or large city's ("Wuhan virus",
  // "Ghana fever clinics"), which stays the place.
  if (words.diseaseHeads.has(w[span.end] ?? '') && knownName(gaz, w.slice(span.start, span.end).join(' '), lang) !== 'place') return true;
  if (isNamedStorm(view, span, words, lang)) return true;
  if (before === undefined || !words.possessives.has(before)) return false;
  for (let i = span.end; i < Math.min(w.length, span.end + 2); i++) if (words.productCues.has(w[i].toLowerCase())) return true;
  return false;
}

/**
 * "Typhoon Dalisay", "ekstremværet Ingunn": a storm named with its head word is an event, no entity, whether the span
 * holds the head or follows it. An English head is capitalised ("Protesters storm Kenya's parliament").
 */
export function isNamedStorm(view: RuleView, span: TokenSpan, words: RuleWords, lang: Lang): boolean {
  const head = view.words[span.start - 1];
  if (head !== undefined && words.eventHeads.has(head.toLowerCase()) && (lang !== 'en' || capitalised(head))) return true;
  return span.end - span.start > 1 && words.eventHeads.has(view.words[span.start]!.toLowerCase());
}

/**
 * A social platform is no entity, as the gold has it ("konto på TikTok, Snapchat eller Instagram", "sier X på
 * Telegram"); one whose name is also a common word or a letter only as the channel of a statement ("wrote on X").
 */
export function isPlatform(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  const name = view.words.slice(span.start, span.end).join(' ');
  if (words.channels.has(name)) return true;
  return span.start > 0 && words.linkedChannels.has(name) && words.channelLinks.has(view.words[span.start - 1].toLowerCase());
}

/** The spans that are no products, each product's words noted in `products` (its other mentions go too). */
export function withoutProducts(view: RuleView, spans: RuledSpan[], product: (span: RuledSpan) => boolean, products: string[], words?: RuleWords): RuledSpan[] {
  return spans.filter((s) => {
    if (!product(s)) return true;
    products.push(view.words.slice(s.start, s.end).join(' '));
    // "Typhoon Dalisay", then "Dalisay": the storm's own name is no entity either.
    if (words?.eventHeads.has(view.words[s.start].toLowerCase()) && s.end - s.start > 1) products.push(view.words.slice(s.start + 1, s.end).join(' '));
    return false;
  });
}
