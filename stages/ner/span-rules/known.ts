/**
 * Rules that draw on the gazetteer's names and aliases, well-known surnames and words for kinds of place. The tagger
 * only guesses from a word's features; where this knowledge is sure of a name, it completes the names the tagger cut
 * and adds the ones it left out.
 */
import type { Lexicon } from '../../lexicon.js';
import type { NameRules } from '../../names/rules.js';
import { ARABIC_ARTICLE, MAX_DATELINE_PLACE_WORDS, datelinePlace } from '../../gazetteer.js';
import { DATELINE_TOKENS } from '../../tokenize.js';
import type { EntityType, Gazetteer, Lang } from '../../types.js';
import type { TokenSpan } from '../tags.js';
import { anyOf, covers, withJoined, type RuleView, type RuledSpan } from './spans.js';
import { ARTICLES, BRITISH_A_ROAD, BRITISH_MOTORWAY, EUROPEAN_ROUTE, PHRASE_CONJUNCTIONS, capitalised, isDateWord, isIntroducer, type RuleWords } from './words.js';

const LARGE_CITY = 100_000;

/** Whether the gazetteer knows a name as a place's. */
export function knownPlace(gaz: Gazetteer, name: string, lang: Lang): boolean {
  return gaz.lookup(name, lang).some((e) => e.type === 'place');
}

/** What the gazetteer is sure a capitalised word names: a country, region or large city, or an organization. */
export function knownName(gaz: Gazetteer, word: string, lang: Lang): EntityType | undefined {
  const entries = gaz.lookup(word, lang);
  if (entries.length === 0) return undefined;
  const first = entries[0];
  if (first.type === 'organization' && entries.every((e) => e.type === 'organization')) return 'organization';
  if (first.type !== 'place' || gaz.givenName(word)) return undefined;
  const large = first.place?.kind !== 'city' || (first.population ?? 0) >= LARGE_CITY;
  return large ? 'place' : undefined;
}

/**
 * "Abu Dhabi's TAQA": a name of several words the tagger read as a person's, which the gazetteer knows as a country, a
 * region or a large city, is that place's.
 */
export function retypeKnownPlaces(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): void {
  for (const s of spans) if (s.type === 'person' && s.end - s.start >= 2 && knownName(gaz, view.words.slice(s.start, s.end).join(' '), lang) === 'place') s.type = 'place';
}

/** Words that join the items of a list of names. */
const LIST_LINKS = new Set([',', 'and', 'or', 'og', 'eller']);

/**
 * Whether the span stands in a list beside a span `beside` accepts. A comma alone may close a name before the subject
 * ("In Brasília, Lula said"): only inside a list on both sides.
 */
function listedBeside(view: RuleView, spans: readonly RuledSpan[], s: RuledSpan, beside: (x: RuledSpan) => boolean): boolean {
  const w = view.words;
  const before = LIST_LINKS.has(w[s.start - 1] ?? '') && spans.some((x) => x.end === s.start - 1 && beside(x));
  const after = LIST_LINKS.has(w[s.end] ?? '') && spans.some((x) => x.start === s.end + 1 && beside(x));
  return (before && (w[s.start - 1] !== ',' || after)) || (after && w[s.end] !== ',');
}

/**
 * "flights from Dublin, Cork and Shannon", "Limerick and Shannon": a one-word name the tagger read as a person's, which
 * the gazetteer knows as a place, listed beside a place is that place.
 */
export function retypeListedPlaces(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'person' || s.end - s.start !== 1 || !listedBeside(view, spans, s, (x) => x.type === 'place')) continue;
    // The gazetteer is asked last: most persons' names stand in no list.
    if (gaz.lookup(w[s.start]!, lang).some((e) => e.type === 'place' && e.name === w[s.start])) s.type = 'place';
  }
}

/**
 * "Retailers including Walmart and Kroger", "sold at Tesco, Co-op and Greggs": a name the tagger read as a place's,
 * which the gazetteer knows as none, listed beside an organization it knows is one too (en).
 */
export function retypeListedCompanies(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  // The organization beside it is one the gazetteer knows, not written in the genitive ("at Grundartangi and Alcoa's
  // smelter" lists no names).
  const known = (x: RuledSpan): boolean => x.type === 'organization' && knownOrganization(gaz, w.slice(x.start, x.end).join(' '), lang) && !/['’]s?$/u.test(w[x.end] ?? '');
  for (const s of spans) {
    if (s.type === 'place' && listedBeside(view, spans, s, known) && gaz.lookup(w.slice(s.start, s.end).join(' '), lang).length === 0) s.type = 'organization';
  }
}

/**
 * "Kommunestyret i Aure vedtok", "vannprøver ned mot Vinstra": a one-word name the tagger read as a person's, which the
 * gazetteer knows as a place, after a preposition of place is that place; not a given name nor a known surname
 * ("sier til Støre" is no place, and "til" is no such preposition) (nb, da).
 */
export function retypeLocatedPlaces(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang, knownSurname: (word: string) => boolean): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'person' || s.end - s.start !== 1 || view.tail[s.end] || !words.locativePrepositions.has(w[s.start - 1]?.toLowerCase() ?? '')) continue;
    const word = w[s.start]!;
    if (gaz.givenName(word) || knownSurname(word)) continue;
    if (gaz.lookup(word, lang).some((e) => e.type === 'place' && e.name === word)) s.type = 'place';
  }
}

/**
 * Where a person's name ends: "Peter Kiprono | Sang, chief executive of ...", "Sigrid Helland | Vold, mener": a
 * capitalised word the tagger left out right after a name of two words or more, which ends the name there, is its last
 * part, when it is no title, word for a body ("Poul Due Jensens Fond"), English common noun ("Jair Bolsonaro Government",
 * "Robert Mueller Report"), date or name the gazetteer knows; "Emmanuel Macron Thursday": a weekday or month the tagger
 * took in is none of it; "John | Brown MP": nor is a word before letters for an office or honour left out.
 */
export function withPersonNameEnds(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang, titleOrBody: (word: string) => boolean, commonNoun: (word: string) => boolean): void {
  const w = view.words;
  for (const s of spans) {
    while (s.type === 'person' && s.end - s.start > 2 && isDateWord(words, w[s.end - 1]!)) s.end--;
    // "Mohammed Ali | al-Shifa-sykehuset": a compound on a lower-case word ends no person's name.
    while (s.type === 'person' && s.end - s.start > 1 && /-\p{Lu}[^-]*-\p{Ll}{2,}$/u.test(w[s.end - 1]!)) s.end--;
    // "Zaid Ghazi | al-Saadi": a surname with an Arabic article ends the name, after no other, and not one that heads a
    // compound ("al-Shifa-sykehuset").
    const surname = w[s.end] ?? '';
    if (s.type === 'person' && ARABIC_ARTICLE.test(surname) && !/-\p{Ll}/u.test(surname.slice(3)) && !ARABIC_ARTICLE.test(w[s.end - 1]!) && !covers(spans, s.end) && !view.tail[s.end] && !view.tail[s.end + 1]) {
      s.end++;
      continue;
    }
    const next = w[s.end];
    // "John | Brown MP": letters for an office or honour close the name after the word the tagger left out.
    if (s.type === 'person' && next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(next) && words.postNominals.has(w[s.end + 1] ?? '') && !view.tail[s.end] && !covers(spans, s.end)) {
      s.end++;
      continue;
    }
    if (s.type !== 'person' || s.end - s.start < 2 || next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(next) || view.tail[s.end] || covers(spans, s.end)) continue;
    if (/^[\p{Lu}\d]/u.test(w[s.end + 1] ?? '') || titleOrBody(next) || commonNoun(next) || isDateWord(words, next) || gaz.lookup(next, lang).length > 0 || words.speechVerbs.has(next.toLowerCase())) continue;
    s.end++;
  }
  withParticleSurnames(view, spans, words, gaz, lang);
}

/** The most particles between a given name and a surname ("de la", "van der"). */
const MAX_PARTICLES = 2;

/**
 * "Abelardo | de la Espriella", "Ursula | von der Leyen": particles and a capitalised word the tagger left out after a
 * person's name are the surname, unless the word is a place or a given name ("Jean de Paris", "Marie de Anne").
 */
function withParticleSurnames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'person') continue;
    let k = s.end;
    while (k - s.end < MAX_PARTICLES && words.particles.has(w[k] ?? '')) k++;
    const surname = w[k];
    // Not the head of a compound ("Zelenskyj da Putin-møtet var over": "when").
    if (k === s.end || surname === undefined || !/^\p{Lu}\p{Ll}/u.test(surname) || view.tail[k] || view.tail[k + 1] || covers(spans, k) || /^\p{Lu}/u.test(w[k + 1] ?? '')) continue;
    if (gaz.lookup(surname, lang).length > 0 || gaz.givenName(surname)) continue;
    s.end = k + 1;
  }
  // "Hester van der | Berg": a given name and particles the tagger left out before a person's surname.
  for (const s of spans) {
    if (s.type !== 'person') continue;
    let k = s.start;
    while (s.start - k < MAX_PARTICLES && words.particles.has(w[k - 1] ?? '')) k--;
    const given = w[k - 1];
    if (k === s.start || given === undefined || !/^\p{Lu}\p{Ll}+$/u.test(given) || view.tail[k - 1] || covers(spans, k - 1)) continue;
    // A word opening the sentence is capitalised anyway; the given name must be known there, or two particles follow it.
    const unknownWord = !gaz.givenName(given) && (gaz.lookup(given, lang).length > 0 || words.common.has(given.toLowerCase()) || words.prepositions.has(given.toLowerCase()));
    if ((k - 1 === 0 && view.sentenceStart && !gaz.givenName(given) && s.start - k < 2) || unknownWord) continue;
    s.start = k - 1;
  }
}

/** Towns named like a royal at least this large are the town in the news. */
const ROYAL_TOWN = 20_000;
/** The titles of royals, which open their names in English ("Queen Victoria", "Crown Princess Victoria"). */
const ROYAL_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Crown']);

/**
 * "Queen Victoria", "Princess Anne": a royal title and a given name are a person's, whatever else the tagger or the
 * gazetteer made of them (small towns have such names), unless the text places them ("Prince George, British
 * Columbia") or the town is of some size (en).
 */
export function retypeRoyals(view: RuleView, spans: RuledSpan[], gaz: Gazetteer): void {
  const w = view.words;
  const region = (name: string): boolean => gaz.lookup(name, 'en').some((e) => e.type === 'place' && e.place?.kind !== 'city');
  for (const s of spans) {
    let k = s.start;
    while (k < s.end - 1 && ROYAL_TITLES.has(w[k]!)) k++;
    // The given name ends it ("Queen Maud Land" is a place).
    if (k === s.start || k !== s.end - 1 || !gaz.givenName(w[k]!) || s.type === 'person') continue;
    // A town of some size is the town ("Prince George", 74,000 people); a village of the name is rarely news.
    const town = gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').some((e) => (e.population ?? 0) >= ROYAL_TOWN);
    const placed = town || (w[s.end] === ',' && (region(w[s.end + 1] ?? '') || region(w.slice(s.end + 1, s.end + 3).join(' '))));
    if (!placed) s.type = 'person';
  }
}

/** Whether the gazetteer knows an organization by this name (among whatever else it names). */
export function knownOrganization(gaz: Gazetteer, name: string, lang: Lang): boolean {
  return gaz.lookup(name, lang).some((e) => e.type === 'organization');
}

/**
 * The type the gazetteer gives a phrase when every entry it has for it is one type, and no other reading fits, unless
 * `alternatives` allows one (a hospital is also a place).
 */
function phraseType(gaz: Gazetteer, phrase: string, lang: Lang, alternatives = false): EntityType | undefined {
  // The tokens of "Foreign , Commonwealth and Development Office" are written with the comma against its word.
  const entries = gaz.lookup(phrase.replaceAll(' , ', ', '), lang);
  if (entries.length === 0) return undefined;
  return entries.every((e) => e.type === entries[0].type && (alternatives || !e.altTypes?.length)) ? entries[0].type : undefined;
}

/**
 * Whether English writes the known name so, with a lower-case last word: the gazetteer's name of a place as written,
 * case and all ("Nordic countries"), or an organization whose name ends in a word written in lower case there ("the
 * Scottish government").
 */
function writtenSo(gaz: Gazetteer, words: RuleWords, phrase: string): boolean {
  const entries = gaz.lookup(phrase, 'en');
  if (entries.some((e) => e.type === 'place' && e.name === phrase)) return true;
  return entries.length > 0 && words.lowerCaseOrgHeads.has(phrase.slice(phrase.lastIndexOf(' ') + 1)) && entries.every((e) => e.type === 'organization');
}

/** How many words before a span may complete it to a name the gazetteer knows. */
const MAX_PHRASE_EXTENSION = 4;

/**
 * "Organisation for Economic Co-operation and Development": a name with the lower-case tail of a hyphen compound inside
 * is whole, not ended by the compound's head, when the gazetteer knows it as an organization's.
 */
export function withKnownHyphenTails(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  for (const span of spans) {
    let tail = false;
    for (let k = span.start + 1; k < span.end && !tail; k++) tail = view.tail[k] === true;
    if (!tail) continue;
    const written = w.slice(span.start, span.end).map((x, k) => (k > 0 && view.tail[span.start + k] ? `-${x}` : ` ${x}`)).join('').trim();
    if (phraseType(gaz, written, lang) === 'organization') Object.assign(span, { type: 'organization', strong: true, compound: true });
  }
}

/**
 * Known multi-word names the tagger cut ("European | Union", "International Ski and | Snowboard Federation"): the
 * capitalised words it left out just before a span (with "and" or "of" between them), or one just after, join it when
 * the gazetteer knows the whole; a span that names a well-known organization is one.
 */
export function knownPhrases(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang, isTitle: (word: string) => boolean): void {
  const w = view.words;
  const covered = new Uint8Array(w.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const free = (i: number) => i >= 0 && i < w.length && !covered[i] && capitalised(w[i]) && !view.tail[i];
  // Lower-case words inside a name the tagger cut: "International Ski and Snowboard Federation", "Alternative für
  // Deutschland"; also a comma ("Foreign, Commonwealth and Development Office").
  const inner = (i: number) => i >= 0 && !covered[i] && (words.institutionLinks.has(w[i]) || PHRASE_CONJUNCTIONS.has(w[i]) || words.particles.has(w[i]) || (w[i] === ',' && capitalised(w[i + 1])));
  for (const span of spans) {
    // A capitalised common word before a name ("The UN") is no part of it; after one it may be ("Daily Mail").
    for (let from = span.start - MAX_PHRASE_EXTENSION; from < span.start; from++) {
      // A common word linked to the name is its first word ("Alternative für Deutschland").
      // A Norwegian or Danish genitive opens a name even where it is a common word ("Kirkens Bymisjon").
      // So does a common word that the gazetteer knows with the name as an organization's ("Police Scotland").
      const knownWith = (): boolean => !ARTICLES.has(w[from]!.toLowerCase()) && phraseType(gaz, w.slice(from, span.end).join(' '), lang) === 'organization';
      // A word that opens a known organization's name with the span's first word, the rest naming a branch, opens the
      // branch's name ("Planned | Parenthood Arizona").
      const knownBranch = (): boolean => span.end - span.start >= 2 && !ARTICLES.has(w[from]!.toLowerCase()) && phraseType(gaz, w.slice(from, span.start + 1).join(' '), lang) === 'organization';
      if (!free(from) || (words.common.has(w[from].toLowerCase()) && !inner(from + 1) && !(lang !== 'en' && w[from].endsWith('s')) && !knownWith())) continue;
      let k = from + 1;
      while (k < span.start && (free(k) || inner(k))) k++;
      if (k < span.start) continue;
      const type = phraseType(gaz, w.slice(from, span.end).join(' '), lang) ?? (knownBranch() ? 'organization' : undefined);
      if (type) {
        covered.fill(1, from, span.start);
        Object.assign(span, { start: from, type, strong: true });
        break;
      }
    }
    // After a name also a lower-case word the gazetteer knows it with ("Frans Josefs land"); English capitalises every
    // word of a name ("Kyodo News"), so that a lower-case word after one is none of it ("Kyodo news agency"), unless the
    // gazetteer's own name for the place is written so ("Baltic states").
    const lowerAfter = span.end < w.length && !covered[span.end] && /^\p{Ll}/u.test(w[span.end]) && (lang !== 'en' || writtenSo(gaz, words, w.slice(span.start, span.end + 1).join(' ')));
    // A number the gazetteer knows the name with: "TV | 2".
    const numberAfter = span.end < w.length && !covered[span.end] && /^\d{1,3}$/u.test(w[span.end]);
    if (free(span.end) || lowerAfter || numberAfter) {
      // Two lower-case words too: "Statens | pensjonsfond utland"; three in Norwegian and Danish ("FNs | høykommissær for
      // flyktninger").
      const most = lowerAfter ? (lang === 'en' ? 2 : 3) : 1;
      let more = 1;
      while (more < most && span.end + more < w.length && !covered[span.end + more] && /^\p{Ll}/u.test(w[span.end + more])) more++;
      // Words with a title before a person's name are the title: "FNs høykommissær for menneskerettigheter, Volker Türk"
      // (not "Rektor ved UiT Norges arktiske universitet, Ingrid Vassbotn Eide").
      const titles = (end: number): boolean =>
        lowerAfter && w.slice(span.end, end).some(isTitle) && spans.some((s) => s.type === 'person' && (s.start === end || (w[end] === ',' && s.start === end + 1)));
      for (let n = more; n >= 1; n--) {
        // The lower-case words make the phrase a name, whatever else its first word names ("Haukeland
        // universitetssjukehus", known also as a place).
        const type = phraseType(gaz, w.slice(span.start, span.end + n).join(' '), lang, lowerAfter);
        if (!type || titles(span.end + n)) continue;
        covered.fill(1, span.end, span.end + n);
        Object.assign(span, { end: span.end + n, type, strong: true });
        break;
      }
    }
    // "the Globe | and Mail": a conjunction and capitalised words after the name, when the gazetteer knows the whole.
    if (PHRASE_CONJUNCTIONS.has(w[span.end] ?? '') && !covered[span.end] && free(span.end + 1)) {
      let end = span.end + 2;
      while (end - span.end < MAX_PHRASE_EXTENSION && free(end)) end++;
      for (; end > span.end + 1; end--) {
        const type = phraseType(gaz, w.slice(span.start, end).join(' '), lang);
        if (!type) continue;
        covered.fill(1, span.end, end);
        Object.assign(span, { end, type, strong: true });
        break;
      }
    }
    if (!span.strong && span.type !== 'organization' && phraseType(gaz, w.slice(span.start, span.end).join(' '), lang) === 'organization') {
      span.type = 'organization';
      span.strong = true;
    }
  }
}

/** An organization's acronym, of capitals and perhaps a digit ("NHO", "3F"). */
const BRANCH_ACRONYM = /^(?=.*\p{Lu}.*\p{Lu}|\p{N}\p{Lu})[\p{Lu}\p{N}]{2,5}$/u;

/** The most words of a known name looked up as a phrase, and of one whose second word is "of" or "for". */
const MAX_PHRASE = 3;
const MAX_PHRASE_WITH_OF = 5;

/**
 * The longest known organization, country or region name of two or three words at `i` ("TV 2", "Daily Mail", "Saudi
 * Arabia", "Western Balkans"), or up to five with "of" ("Confederation of Swedish Enterprise"), as a word count and type.
 */

function knownPhraseAt(view: RuleView, covered: Uint8Array, i: number, gaz: Gazetteer, words: RuleWords, lang: Lang): { length: number; type: EntityType } | undefined {
  const w = view.words;
  // "The UN": the article is no part of the name (the gazetteer reads "the X" as X).
  if (w[i] === 'The') return undefined;
  // "Confederation of Swedish Enterprise": a name with "of" runs longer.
  const longest = w[i + 1] === 'of' || w[i + 1] === 'for' ? MAX_PHRASE_WITH_OF : MAX_PHRASE;
  for (let len = longest; len >= 2; len--) {
    const end = i + len;
    if (end > w.length || anyOf(covered, i, end) || anyOf(view.tail, i + 1, end)) continue;
    // Norwegian and Danish write names with lower-case words after the first ("Statens vegvesen"); English does not,
    // but for a few it knows so ("Baltic states", "the Scottish government").
    // At a sentence start only a genitive or three words so open one ("Statens vegvesen", "Det internasjonale
    // energibyrået"; "Dansk industri er presset" is industry, "De konservative velgerne" voters).
    const lowerEnd = !/^[\p{Lu}\p{N}]/u.test(w[end - 1]);
    const opening = i === 0 && view.sentenceStart && !w[i].endsWith('s') && len < 3;
    const refused = (): boolean =>
      lang === 'en' ? !writtenSo(gaz, words, w.slice(i, end).join(' ')) : !/^\p{Ll}+$/u.test(w[end - 1]) || !gaz.opensName(w[i]) || opening;
    if (lowerEnd && refused()) continue;
    const entries = gaz.lookup(w.slice(i, end).join(' '), lang);
    if (entries.length === 0) continue;
    // An organization also known as a place acts as one when named by a phrase ("Downing Street said").
    if (entries.every((e) => e.type === 'organization')) return { length: len, type: 'organization' };
    const place = entries.every((e) => e.type === 'place' && !e.altTypes?.length) ? entries[0].place : undefined;
    if (place && place.kind !== 'city') return { length: len, type: 'place' };
  }
  return undefined;
}

/** A well-known person's surname standing alone, also where a sentence begins ("Zelenskyj sier"). */
function knownPersonAt(view: RuleView, i: number, names: NameRules): EntityType | undefined {
  const w = view.words;
  if (capitalised(w[i - 1]) || capitalised(w[i + 1]) || view.tail[i + 1]) return undefined;
  return names.knownSurname(w[i]) ? 'person' : undefined;
}

/**
 * A well-known organization or large place right before a title, or as the head of an English compound, also where a
 * sentence begins ("NATO Secretary General Mark Rutte", "NATO-led peacekeepers", "US-backed").
 */
function knownBeforeTitle(view: RuleView, i: number, gaz: Gazetteer, lex: Lexicon, lang: Lang): EntityType | undefined {
  const w = view.words;
  if (i + 1 >= w.length || w[i].length < 2) return undefined;
  // Norwegian and Danish compounds are the tagger's own ("Kreml-talsmannen"); their product words are no mention of
  // the name ("Facebook-siden"). English writes few, and of names that act ("NATO-led", "US-backed").
  const compound = view.tail[i + 1] && lang === 'en';
  if (!compound && !lex.title(w[i + 1]) && !lex.titleAt(w, i + 1)) return undefined;
  return knownName(gaz, w[i], lang);
}

/** A hyphenated East Asian given name after the family name ("Huang Mei-ling", "Lai Ching-te", "Cho Tae-yul"). */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;

/** The shortest stem a genitive -s is taken off. */
const MIN_GENITIVE_STEM = 4;

/**
 * The type of a Norwegian or Danish genitive of a well-known name the tagger left out, also where a sentence or quote
 * begins ("«Putins mål", "Russlands økonomi"): the word owns the lower-case word after it, and its stem is a
 * well-known person's surname or what the gazetteer is sure of.
 */
function knownGenitive(view: RuleView, i: number, words: RuleWords, gaz: Gazetteer, names: NameRules, lang: Lang): EntityType | undefined {
  const w = view.words;
  const word = w[i];
  if (!word.endsWith('s') || word.length <= MIN_GENITIVE_STEM || !/^\p{Ll}/u.test(w[i + 1] ?? '') || view.tail[i + 1]) return undefined;
  if (capitalised(w[i - 1]) || words.common.has(word.toLowerCase())) return undefined;
  const stem = word.slice(0, -1);
  if (names.knownSurname(stem)) return 'person';
  return knownName(gaz, stem, lang);
}

/** A city this large opening a sentence is a name, not a word capitalised for the sentence's sake. */
const MAJOR_CITY = 1_000_000;

/** A short name of digits and capital letters ("3F", "G7", "M23"). */
const DIGITS_AND_CAPITALS = /^(?:\p{N}{1,2}\p{Lu}{1,3}|\p{Lu}{1,3}\p{N}{1,2})$/u;
const MAX_DIGITS_AND_CAPITALS = 5;

/**
 * Lone capitalised words the tagger left out although the gazetteer knows them well ("Copenhagen summit"), and known
 * names of digits and capitals ("3F"); not next to another capitalised word, not a common word, and at a sentence
 * start only a country or a city of millions.
 */
export function addKnownNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, names: NameRules, lex: Lexicon, lang: Lang): RuledSpan[] {
  const covered = new Uint8Array(view.words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: RuledSpan[] = [];
  const w = view.words;
  // "Choi | Min-seo": a family name the tagger took without the given name after it.
  for (const s of spans) {
    if (s.type !== 'person' || s.end - s.start !== 1 || covered[s.end] || !HYPHENATED_GIVEN_NAME.test(w[s.end] ?? '')) continue;
    covered[s.end] = 1;
    s.end++;
  }
  // "Ulla | Dalgaard Poulsen": a given name the tagger left out before the rest of a person's name.
  for (const s of spans) {
    while (s.type === 'person' && s.start > 0 && !covered[s.start - 1] && !view.tail[s.start - 1] && /^\p{Lu}\p{Ll}+$/u.test(w[s.start - 1]!) && gaz.givenName(w[s.start - 1]!) && !gaz.givenName(w[s.start]!)) {
      s.start--;
      covered[s.start] = 1;
    }
  }
  // "Which?", "Yahoo!": a known name that ends in its mark, inside a sentence (a lower-case word, a genitive or a comma
  // after it), where it asks or exclaims nothing; also where the tagger took the name without its mark.
  const markedName = (i: number): boolean =>
    (w[i + 1] === '?' || w[i + 1] === '!') && !covered[i + 1] && /^(?:\p{Ll}|'s$|,$)/u.test(w[i + 2] ?? '') && knownOrganization(gaz, w[i]! + w[i + 1], lang);
  // "H&M", "AT&T": a known name of capitals joined by an ampersand, which the tokenizer splits.
  const ampersandName = (i: number): boolean => w[i + 1] === '&' && /^\p{Lu}/u.test(w[i + 2] ?? '') && !covered[i + 1] && knownOrganization(gaz, `${w[i]}&${w[i + 2]}`, lang);
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    if (markedName(s.start)) {
      Object.assign(s, { end: s.end + 1, type: 'organization' });
      covered[s.start + 1] = 1;
    } else if (ampersandName(s.start)) {
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start === s.start + 2) spans.splice(k, 1);
      Object.assign(s, { end: s.end + 2, type: 'organization' });
      covered.fill(1, s.start, s.end);
    }
  }
  // "NHO Reiseliv", "LO Stat", "3F Midtjylland": a known organization's acronym and a capitalised word after it name one
  // of its branches (nb/da); so do two such words joined by "og" ("NHO Service og Handel"), whatever the tagger made
  // of the second.
  const branchWord = (k: number): boolean =>
    !view.tail[k] && capitalised(w[k]) && !gaz.givenName(w[k]!) && !words.speechVerbs.has(w[k]!.toLowerCase());
  const branchEnd = (i: number, own = i + 1): number => {
    if (lang === 'en' || (covered[i + 1] && own <= i + 1) || !branchWord(i + 1) || !BRANCH_ACRONYM.test(w[i]!) || knownName(gaz, w[i]!, lang) !== 'organization') return 0;
    // The word after "og" is a common noun written as a name ("Handel", "Drikke"), not an organization of its own that
    // the tagger or the gazetteer knows ("SAS Norge og Norwegian", "DNB Eiendom og Krogsveen").
    const another = spans.some((s) => s.start === i + 3 && s.type === 'organization') || knownName(gaz, w[i + 3] ?? '', lang) !== undefined;
    if (w[i + 2] === 'og' && branchWord(i + 3) && !capitalised(w[i + 4]) && !another) return i + 4;
    return words.common.has(w[i + 1]!.toLowerCase()) ? 0 : i + 2;
  };
  const takeBranch = (i: number, end: number): void => {
    covered.fill(1, i, end);
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start > i && spans[k]!.start < end) spans.splice(k, 1);
  };
  for (const s of spans) {
    const end = s.type === 'organization' && s.end - s.start <= 2 ? branchEnd(s.start, s.end) : 0;
    if (end <= s.end) continue;
    takeBranch(s.start, end);
    s.end = end;
  }
  for (let i = 0; i < w.length; i++) {
    if (covered[i] || view.tail[i]) continue;
    const end = branchEnd(i);
    if (end) {
      takeBranch(i, end);
      added.push({ start: i, end, type: 'organization' });
      i = end - 1;
      continue;
    }
    // "3F", "G7": a known name of digits and capitals, which the tagger, reading letters, leaves out.
    if (w[i].length <= MAX_DIGITS_AND_CAPITALS && DIGITS_AND_CAPITALS.test(w[i])) {
      const type = knownName(gaz, w[i], lang);
      if (type) added.push({ start: i, end: i + 1, type });
      continue;
    }
    // "al-Qaida", "al-Shabaab": a known name after an Arabic article written in lower case.
    if (ARABIC_ARTICLE.test(w[i]) && !capitalised(w[i + 1])) {
      const type = knownName(gaz, w[i], lang);
      if (type) added.push({ start: i, end: i + 1, type });
      continue;
    }
    // "nyhedsbureauet dpa": a medium that writes its acronym in lower case, after the noun for its kind.
    if (i > 0 && words.orgNouns.has(w[i - 1]!.toLowerCase()) && /^\p{Ll}{2,}$/u.test(w[i]!) && !words.common.has(w[i]!)) {
      if (gaz.lookup(w[i]!.toUpperCase(), lang).some((e) => e.type === 'organization')) added.push({ start: i, end: i + 1, type: 'organization' });
      continue;
    }
    if (!capitalised(w[i])) continue;
    if (ampersandName(i) && !covered[i + 2]) {
      added.push({ start: i, end: i + 3, type: 'organization' });
      i += 2;
      continue;
    }
    if (markedName(i)) {
      added.push({ start: i, end: i + 2, type: 'organization' });
      i++;
      continue;
    }
    const phrase = knownPhraseAt(view, covered, i, gaz, words, lang);
    if (phrase) {
      // "Greater Manchester Police", "South Yorkshire Police": a known place before a word for a body names the body.
      const body = phrase.type === 'place' && !covered[i + phrase.length] && capitalised(w[i + phrase.length]) && lex.orgCue(w[i + phrase.length]!.toLowerCase());
      added.push(body ? { start: i, end: i + phrase.length + 1, type: 'organization' } : { start: i, end: i + phrase.length, type: phrase.type });
      i += phrase.length - (body ? 0 : 1);
      continue;
    }
    // Not a title before a given name and its surname ("Forsker Hyun-jin Park"): the given name opens the name there.
    if (HYPHENATED_GIVEN_NAME.test(w[i] ?? '') && capitalised(w[i + 1]) && !covered[i + 1] && !view.tail[i + 1] && lex.title(w[i - 1] ?? '')) {
      added.push({ start: i, end: i + 2, type: 'person' });
      i++;
      continue;
    }
    // "Partner Faisal al-Qahtani i ...": a known given name after a title, and the surname after it; after no title, a
    // surname with an Arabic article ("Fatima al-Sayed, leder for ...").
    const surnameNext = ARABIC_ARTICLE.test(w[i + 1] ?? '') || (capitalised(w[i + 1]) && lex.title(w[i - 1] ?? '') !== undefined);
    if (surnameNext && gaz.givenName(w[i]!) && !covered[i + 1] && !view.tail[i + 1] && !gaz.lookup(w[i + 1]!, lang).length) {
      added.push({ start: i, end: i + 2, type: 'person' });
      i++;
      continue;
    }
    // Not a compound on a title ("Ifølge Mowi-sjef Ivan Vindheim"), nor after a preposition.
    const hyphenTail = (w[i + 1] ?? '').slice((w[i + 1] ?? '').indexOf('-') + 1);
    const compound = lex.title(hyphenTail) !== undefined || isIntroducer(words, hyphenTail) || words.prepositions.has(w[i]!.toLowerCase());
    if (HYPHENATED_GIVEN_NAME.test(w[i + 1] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(w[i]) && !covered[i + 1] && !lex.title(w[i]) && !compound) {
      added.push({ start: i, end: i + 2, type: 'person' });
      i++;
      continue;
    }
    const known = knownPersonAt(view, i, names) ?? (lang !== 'en' ? knownGenitive(view, i, words, gaz, names, lang) : undefined) ?? knownBeforeTitle(view, i, gaz, lex, lang);
    if (known) {
      added.push({ start: i, end: i + 1, type: known });
      continue;
    }
    if (i === 0 && view.sentenceStart) {
      // "Beijing urged ...", "Innlandet har hatt ...": a country, a region or a city of millions opening the sentence,
      // unless the word is a common one too.
      const entry = gaz.lookup(w[0], lang)[0];
      const major = entry?.type === 'place' && (entry.place?.kind === 'country' || entry.place?.kind === 'region' || (entry.population ?? 0) >= MAJOR_CITY);
      if (major && !capitalised(w[1]) && !words.common.has(w[0].toLowerCase()) && !gaz.givenName(w[0])) added.push({ start: 0, end: 1, type: 'place' });
      // "Vy opplyser at", "Forbrukertilsynet opplyser": a known organization before a speech verb, unless its name is a
      // word for any such body ("Regjeringen", "Politiet").
      // An acronym in capitals is one before any lower-case word ("WHO officials said"), not before a name ("BBC Sport").
      // So is one with an apposition after its comma ("Safaricom, the country's largest operator, has said"); a place
      // that has the name only among its other names (Topeka, once "Google") leaves it the organization's.
      else if ((((words.speechVerbs.has(w[1]?.toLowerCase() ?? '') || w[1] === ',') && !words.common.has(w[0].toLowerCase()) && !words.orgNouns.has(w[0].toLowerCase())) || (LONG_ACRONYM.test(w[0]) && !capitalised(w[1]))) &&
        entry?.type === 'organization' && gaz.lookup(w[0], lang).every((e) => e.type === 'organization' || e.name !== w[0])) added.push({ start: 0, end: 1, type: 'organization' });
      // "Adresseavisen har tidligere omtalt": an organization the gazetteer names by the very word, before any
      // lower-case word; its name is no definite noun, whatever its ending.
      else if (entry?.type === 'organization' && entry.name === w[0] && /^\p{Ll}/u.test(w[1] ?? '') && !words.common.has(w[0].toLowerCase())) added.push({ start: 0, end: 1, type: 'organization' });
      // "Sainsbury's said": a company named with its possessive, before a speech verb.
      else if (w[1] === "'s" && words.speechVerbs.has(w[2] ?? '') && knownOrganization(gaz, `${w[0]}'s`, lang)) added.push({ start: 0, end: 1, type: 'organization' });
      continue;
    }
    if (w[i].length < 3) continue;
    // The sentence's first word is capitalised anyway ("Ifølge AFP er ...").
    const capitalisedBefore = capitalised(w[i - 1]) && !(i === 1 && view.sentenceStart);
    // An acronym may stand right before a person's name ("næstformand i NNF Ulla Dalgaard Poulsen").
    const personAfter = LONG_ACRONYM.test(w[i]!) && spans.some((s) => s.start === i + 1 && s.type === 'person');
    if (capitalisedBefore || (capitalised(w[i + 1]) && !personAfter) || view.tail[i + 1]) continue;
    // Part of a longer name: "Tour de France", "Bank of Japan".
    if ((words.particles.has(w[i + 1]) || w[i + 1] === 'of') && capitalised(w[i + 2])) continue;
    if ((words.particles.has(w[i - 1]) || w[i - 1] === 'of') && capitalised(w[i - 2])) continue;
    // An acronym in capitals is no common word written at a sentence start ("a WHO report", not "who").
    const acronym = LONG_ACRONYM.test(w[i]);
    if ((words.common.has(w[i].toLowerCase()) && !acronym) || words.months.has(w[i].toLowerCase())) continue;
    // A town named with hyphens around a lower-case particle is one whatever its size ("Boulogne-sur-Mer").
    const town = PARTICLE_TOWN.test(w[i]) ? gaz.lookup(w[i], lang)[0] : undefined;
    const type = knownName(gaz, w[i], lang) ?? (town?.name === w[i] ? town.type : undefined);
    // A known organization's name that opens a title or names securities is neither ("Treasury Secretary Scott
    // Bessent", "10-year Treasury bonds").
    if (type && !SECURITIES.has(w[i + 1] ?? '') && lex.title(w[i + 1] ?? '') === undefined) added.push({ start: i, end: i + 1, type });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** A place's name of capitalised parts hyphened around a lower-case particle ("Boulogne-sur-Mer", "Stratford-upon-Avon"). */
const PARTICLE_TOWN = /^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,5})+-\p{Lu}\p{Ll}+$/u;

/** Words for securities named after the body that issues them ("Treasury bonds"). */
const SECURITIES = new Set(['bonds', 'bills', 'notes', 'yields', 'securities', 'gilts']);

/** A word of three capitals or more, which is no common word written at a sentence start. */
const LONG_ACRONYM = /^\p{Lu}{3,}$/u;

/**
 * Capitalised words ending in a word that names a kind of place ("Norwegian Sea", "Bering Strait") that the tagger
 * left out, as a place; words inside a span the tagger found are left to it, but a place it found right before the
 * word takes it in ("The Ohio | River flooded").
 */
export function addPlaceNames(view: RuleView, spans: readonly RuledSpan[], words: RuleWords): RuledSpan[] {
  if (words.placeHeads.size === 0) return [...spans];
  const w = view.words;
  const added: RuledSpan[] = [];
  const grown = new Map<RuledSpan, RuledSpan>();
  for (let i = 1; i < w.length; i++) {
    if (!words.placeHeads.has(w[i]) || !capitalised(w[i - 1]) || covers(spans, i)) continue;
    // Not a word of a longer name or title after it ("Texas Land Commissioner Dawn Buckingham").
    const place = capitalised(w[i + 1]) ? undefined : spans.find((s) => s.end === i && s.type === 'place');
    if (place) grown.set(place, { ...place, end: i + 1 });
    if (covers(spans, i - 1)) continue;
    let start = i - 1;
    while (start > 0 && capitalised(w[start - 1]) && !covers(spans, start - 1)) start--;
    // The sentence's first word is part of the name unless it is an article ("The Red Sea").
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start = 1;
    if (start < i) added.push({ start, end: i + 1, type: 'place' });
  }
  const kept = spans.map((s) => grown.get(s) ?? s);
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}

/** An ordinal in a street's name ("West 47th Street"). */
const STREET_ORDINAL = /^\d+(st|nd|rd|th)$/u;

/**
 * English streets and squares are places: a span the tagger read as a body or a person that ends in a street's word
 * ("Haile Selassie Avenue", "Macquarie Street"), after a house number or a preposition if a given name opens it ("at 80
 * Albert Street", not "Rebecca Lane"); two streets it joined by "and" are two ("Yonge Street and University Avenue").
 * A name the gazetteer knows keeps its type ("Downing Street"), and so do a campaign's ("Save Madeira Drive") and a
 * longer name the street's word sits in ("Wall Street Journal", "Office of Rail and Road").
 */
export function withStreetPlaces(view: RuleView, spans: readonly RuledSpan[], words: RuleWords, gaz: Gazetteer): RuledSpan[] {
  if (words.streetHeads.size === 0) return [...spans];
  const w = view.words;
  const street = (start: number, end: number): boolean => words.streetHeads.has(w[end - 1]!) && end - start > 1 && !view.tail[end - 1] && !view.tail[end] &&
    w.slice(start, end - 1).every((x) => capitalised(x) || STREET_ORDINAL.test(x)) && gaz.lookup(w.slice(start, end).join(' '), 'en').length === 0;
  const out: RuledSpan[] = [];
  for (const s of spans) {
    const and = words.streetHeads.has(w[s.end - 1]!) ? w.indexOf('and', s.start) : -1;
    if (and > s.start && and < s.end - 1 && street(s.start, and) && street(and + 1, s.end)) {
      out.push({ ...s, end: and, type: 'place', strong: true }, { ...s, start: and + 1, type: 'place', strong: true });
      continue;
    }
    // "Save Madeira Drive": a campaign named by what it asks for stays one.
    const campaign = words.campaignOpeners.some((p) => p.every((x, k) => w[s.start + k] === x));
    if (s.type === 'place' || campaign || !street(s.start, s.end)) {
      out.push(s);
      continue;
    }
    const before = w[s.start - 1] ?? '';
    const located = /^\d+$/u.test(before) || words.prepositions.has(before.toLowerCase());
    out.push(gaz.givenName(w[s.start]!) && !located ? s : { ...s, type: 'place', strong: true });
  }
  return out;
}

/**
 * Where a compound that the gazetteer knows whole as an organization ends ("EU-kommisjonen", "FN-sambandet"), when the
 * span is its head, or its head and tail; 0 when it is none.
 */
export function knownCompound(view: RuleView, span: TokenSpan, gaz: Gazetteer, lang: Lang): number {
  const withTail = span.end - span.start === 2 && view.tail[span.end - 1];
  if (!(span.end - span.start === 1 && view.tail[span.end]) && !withTail) return 0;
  const end = withTail ? span.end : span.end + 1;
  return phraseType(gaz, `${view.words[span.start]}-${view.words[end - 1]}`, lang) === 'organization' ? end : 0;
}

/**
 * The suffixes of Korean and Japanese districts and villages the tokenizer splits off as a compound's tail ("Daechi-dong",
 * "Suzu-machi"); shorter ones ("Gangnam-gu") stay in their word.
 */
const DISTRICT_SUFFIXES = new Set(['dong', 'myeon', 'machi', 'mura']);

/** "Daechi-dong", "Minami-machi": a capitalised head with a district's suffix is a place's whole name, found or not. */
export function withDistrictSuffixes(view: RuleView, spans: RuledSpan[]): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (let k = 1; k < w.length; k++) {
    if (!view.tail[k] || !DISTRICT_SUFFIXES.has(w[k]!) || !capitalised(w[k - 1]) || view.tail[k - 1]) continue;
    // The tagger may read the head alone as a person's name ("Sinrim"); not one of several words.
    const head = spans.find((s) => s.end === k && s.start === k - 1);
    if (!head && covers(spans, k - 1)) continue;
    out ??= spans.map((s) => ({ ...s }));
    const own = out.find((s) => s.end === k && s.start === k - 1);
    if (own) Object.assign(own, { end: k + 1, type: 'place', strong: true, compound: true });
    else out.push({ start: k - 1, end: k + 1, type: 'place', strong: true, compound: true });
  }
  return out ? out.sort((a, b) => a.start - b.start) : spans;
}

/** A road number's shape, checked before anything else on every word. */
const ROAD_SHAPE = /^[EAM]\d/u;
/** Capitals and a number, as codes of levels, formats and products are written ("B1", "MP3"). */
const CODE_SHAPE = /^\p{Lu}{1,3}\d{1,3}$/u;
/** The highest number of a European route (E1 to E136). */
const MAX_EUROPEAN_ROUTE = 136;
/** Words that may follow a road's number: a verb of its state, a word for a road or a direction, a conjunction. */
const ROAD_NEXT = new Set([
  'og', 'eller', 'and', 'or', 'er', 'ble', 'blir', 'var', 'blev', 'bliver', 'was', 'is', 'were', 'remains', 'remained', 'has', 'had', 'will',
  'stengt', 'closed', 'motorway', 'road', 'highway', 'motorvei', 'motorveien', 'motorvej', 'motorvejen', 'nord', 'sør', 'syd', 'øst', 'vest',
  'north', 'south', 'east', 'west', 'northbound', 'southbound', 'eastbound', 'westbound', 'across', 'through', 'over', 'past', 'between', 'near',
  'nordover', 'sørover', 'østover', 'vestover', 'nordpå', 'sydpå', 'har', 'hadde', 'havde', 'stenges', 'lukkes', 'krysser', 'krydser', 'gjennom',
  'gennem', 'reopened', 'reopens', 'vært', 'været', 'blitt', 'blevet', 'been', 'skal', 'vil', 'kan', 'må', 'skulle', 'ville', 'kunne', 'would',
  'could', 'should', 'may',
]);
/** Directions of a British road's carriageway between "the" and its number ("the westbound M62"). */
const CARRIAGEWAYS = new Set(['northbound', 'southbound', 'eastbound', 'westbound']);
/**
 * Words that may stand before a European route's number besides prepositions: an article, a verb of closing, a road's
 * age, "along", a conjunction after another road or line ("Ringeriksbanen og E16").
 */
const ROUTE_BEFORE = new Set([
  'the', 'stengt', 'stengte', 'stenger', 'stenges', 'stenge', 'lukket', 'lukkede', 'lukke', 'lukker', 'spærret', 'spærrede', 'spærre', 'åpnet', 'åpner',
  'åbnet', 'åbner', 'nye', 'gamle', 'hele', 'firefelts', 'firesporet', 'closed', 'close', 'shut', 'reopened', 'langs', 'along', 'der', 'hvor', 'where',
  'har', 'hadde', 'havde', 'has', 'had',
]);
/** Verbs that give a name, after which a number names a thing ("en elbil som heter E6"). */
const NAMING_VERBS = new Set(['heter', 'het', 'hedder', 'hed', 'called', 'named', 'kalt', 'kaldet']);
/** Conjunctions before a route's number, after a name of a road or a line ("Ringeriksbanen og E16"), not after another number. */
const ROUTE_CONJUNCTIONS = new Set(['og', 'and', 'eller', 'or']);

/**
 * Roads by their number are places, where the words around them say it is a road: a European route in any language
 * ("stengte E6 over Saltfjellet", "på E18 ved Sandvika"), and in English a British A road or motorway after "the" ("the
 * closure of the A66 and the M62"); not a name the gazetteer knows (the news site E24, the M23 rebel group), nor a
 * number before a noun of another thing ("E10 petrol", "the M4 chip", "the A380 superjumbo") or a name ("the M6 Toll"),
 * nor one that speaks ("The E3 said"); a number the tagger took for a place elsewhere is none, nor another code of
 * capitals and a number ("MP3", "B1").
 */
export function withRoadNumbers(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  /** Drops the tagger's one-word place at k, a number of another thing ("Additivene E102 og E110", "MP3"). */
  const noPlaceAt = (k: number): void => {
    const at = (s: RuledSpan): boolean => s.start === k && s.end === k + 1 && s.type === 'place';
    if ((out ?? spans).some(at)) out = (out ?? spans.map((s) => ({ ...s }))).filter((s) => !at(s));
  };
  for (let k = 0; k < w.length; k++) {
    const word = w[k]!;
    if (!ROAD_SHAPE.test(word)) {
      // "MP3", "B1": another code of capitals and a number is none either.
      if (CODE_SHAPE.test(word) && gaz.lookup(word, lang).length === 0) noPlaceAt(k);
      continue;
    }
    const before = w[k - 1]?.toLowerCase();
    const next = w[k + 1];
    // Also as a clause's subject, after a subordinator or a speech verb ("sa at E6 er stengt", "Mens E39 er stengt").
    const subject = before !== undefined && (words.subordinators.has(before) || words.speechVerbs.has(before)) && !NAMING_VERBS.has(before);
    const listed = ROUTE_CONJUNCTIONS.has(before ?? '') && capitalised(w[k - 2]) && !/\d/u.test(w[k - 2]!);
    const route = EUROPEAN_ROUTE.test(word) && Number(word.slice(1)) <= MAX_EUROPEAN_ROUTE && ((k === 0 && view.sentenceStart) || words.prepositions.has(before ?? '') || ROUTE_BEFORE.has(before ?? '') || subject || listed);
    const article = before === 'the' || (CARRIAGEWAYS.has(before ?? '') && w[k - 2]?.toLowerCase() === 'the');
    const british = lang === 'en' && article && (BRITISH_A_ROAD.test(word) || BRITISH_MOTORWAY.test(word));
    if (gaz.lookup(word, lang).length > 0) continue;
    const road = !view.tail[k] && !view.tail[k + 1] && (route || british) && !(next !== undefined && /^\p{L}/u.test(next) && !ROAD_NEXT.has(next) && !words.prepositions.has(next));
    if (!road) {
      noPlaceAt(k);
      continue;
    }
    out ??= spans.map((s) => ({ ...s }));
    const own = out.find((s) => s.start === k && s.end === k + 1);
    if (own) Object.assign(own, { type: 'place', strong: true });
    else if (!covers(out, k)) out.push({ start: k, end: k + 1, type: 'place', strong: true });
  }
  return out ? out.sort((a, b) => a.start - b.start) : spans;
}

/** The most lower-case words after a capitalised one in a known name the tagger missed ("Det | hvite hus"). */
const MAX_LOWER_WORDS = 2;

/**
 * "Meteorologisk institutt hadde sendt ut farevarsel": a known organization's name of a capitalised word and lower-case
 * words that no rule or the tagger found, also opening a sentence (nb, da).
 */
export function addKnownLowerCaseNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (lang === 'en') return spans;
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    // Not a common word capitalised at a sentence's start ("De konservative", not Det Konservative Folkeparti).
    if (!capitalised(w[i]) || !/^\p{Ll}/u.test(w[i + 1]!) || view.tail[i] || covers(spans, i) || (i === 0 && view.sentenceStart && words.common.has(w[i]!.toLowerCase()))) continue;
    for (let n = MAX_LOWER_WORDS; n >= 1; n--) {
      const end = i + 1 + n;
      if (end > w.length || !w.slice(i + 1, end).every((x, k) => /^\p{Ll}+$/u.test(x) && !view.tail[i + 1 + k] && !covers(spans, i + 1 + k))) continue;
      if (phraseType(gaz, w.slice(i, end).join(' '), lang) !== 'organization') continue;
      added.push({ start: i, end, type: 'organization', strong: true });
      i = end - 1;
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * The words that may stand inside a name between two names the tagger found apart (not "og": "Troms og Finnmark" are
 * two counties again since 2024).
 */
const KNOWN_NAME_LINKS = new Set(['of', 'for', 'and']);

/** The most words between two parts of a known name that a comma parts ("Change | , Energy , the | Environment"). */
const MAX_COMMA_GAP = 5;

/**
 * "Ifølge The Times of India", "vacancies in Argyll and Bute": two names the tagger found on either side of "of",
 * "for" or "and" are one the gazetteer knows whole, in any language's article. So are two it found on either side of
 * a list's commas ("Department of Climate Change, Energy, the Environment and Water", "The Global Fund to Fight AIDS,
 * Tuberculosis and Malaria").
 */
export function joinKnownAcrossLinks(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  const listGap = (from: number, to: number): boolean => {
    if (to - from < 2 || to - from > MAX_COMMA_GAP) return false;
    const gap = w.slice(from, to);
    return gap.includes(',') && gap.every((x) => x === ',' || /^\p{L}/u.test(x));
  };
  for (let n = 0; n + 1 < spans.length; n++) {
    const x = spans[n]!;
    const y = spans[n + 1]!;
    const linked = y.start === x.end + 1 && KNOWN_NAME_LINKS.has(w[x.end]!);
    if (!linked && !listGap(x.end, y.start)) continue;
    // An article before a listed name is not its own where the gazetteer knows the name without it ("The Global Fund
    // to Fight AIDS, ...").
    const bare = !linked && ARTICLES.has(w[x.start]!.toLowerCase()) ? phraseType(gaz, w.slice(x.start + 1, y.end).join(' '), lang) : undefined;
    const type = bare ?? phraseType(gaz, w.slice(x.start, y.end).join(' '), lang);
    if (type) joined.push({ start: bare ? x.start + 1 : x.start, end: y.end, type, strong: true });
  }
  return withJoined(spans, joined);
}

/** A dateline's place in capitals ("NEW", "DELHI", "ST.", "KUALA"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/**
 * "NEW DELHI: Hundreds of students ...": a dateline is a sentence of its own, and the place in capitals that opens it is
 * a place the gazetteer knows under its name as usually written, which the tagger, reading capitals, may leave out,
 * take for a body, or join to the name after its dash.
 */
export function addDatelinePlace(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  // "OTTAWA — Canada Post says": a dateline the sentence runs on from, which the tagger took into the name after its
  // dash, is a place of its own.
  const run = view.sentenceStart ? spans.find((s) => s.start === 0 && s.end - s.start > 2) : undefined;
  const dash = run ? w.slice(0, run.end).findIndex((x) => /^[-–—]$/u.test(x)) : -1;
  if (run && dash > 0 && dash < run.end - 1 && w.slice(0, dash).every((x) => CAPITALS_WORD.test(x)) && datelinePlace(gaz, w.slice(0, dash), lang)) {
    return [{ start: 0, end: dash, type: 'place', strong: true }, ...spans.map((s) => (s === run ? { ...s, start: dash + 1 } : s))];
  }
  const last = w[w.length - 1] ?? '';
  if (!view.sentenceStart || w.length > DATELINE_TOKENS || !(last === ':' || /^[-–—]$/u.test(last)) || !/^\p{Lu}{3,}/u.test(w[0] ?? '')) return spans;
  let end = 0;
  while (end < Math.min(MAX_DATELINE_PLACE_WORDS, w.length) && CAPITALS_WORD.test(w[end]!)) end++;
  if (!datelinePlace(gaz, w.slice(0, end), lang)) return spans;
  // The tagger may have found it, and taken it for a body ("PUNE:").
  const found = spans.find((s) => s.start === 0 && s.end === end);
  if (found) return spans.map((s) => (s === found ? { ...s, type: 'place', strong: true } : s));
  return spans.some((s) => s.start < end) ? spans : [{ start: 0, end, type: 'place', strong: true }, ...spans];
}
