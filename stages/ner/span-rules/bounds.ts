/**
 * Where a name begins and ends. The tagger's spans take in or leave out articles, possessives, genitives, introducers
 * and capitalised words, and the right bound differs between English and Norwegian or Danish, so it is set here, once,
 * before the rules that type a name by what is known of it or what marks it.
 */
import type { EntityType, Gazetteer, Lang } from '../../types.js';
import type { TokenSpan } from '../tags.js';
import { knownName, knownOrganization, knownPlace } from './known.js';
import { DEMONYM_SHAPE, isDemonymWord } from './non-entities.js';
import { covers, splitSpans, type RuleView, type RuledSpan } from './spans.js';
import { titleCase } from './capitalised.js';
import { ACRONYM, NUMBER_WORDS, OPENING_MARKS, POSSESSIVE_WORDS, capitalised, isDateWord, isIntroducer, type RuleWords } from './words.js';

/** Norwegian and Danish articles that open names ("Den blå lagune", "Det hvite hus"). */
const NAME_ARTICLES = new Set(['Den', 'Det', 'De']);

/**
 * An English "The" the tagger took into a name ("The Marine Stewardship Council said") is no part of it, unless the
 * name is known with it ("The Guardian", "The Hague").
 */
function leadingArticle(view: RuleView, span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.end - span.start < 2 || view.words[span.start] !== 'The') return false;
  return !gaz.lookup(view.words.slice(span.start, span.end).join(' '), 'en').some((e) => e.name.startsWith('The '));
}

/** Norwegian and Danish compass directions, written after a place's name ("vest for Istanbul"). */
const COMPASS_WORDS = new Set(['nord', 'sør', 'syd', 'øst', 'vest', 'nordvest', 'nordøst', 'sørvest', 'sørøst', 'sydvest', 'sydøst']);

/** Marks that close a dateline before the sentence it opens ("NAIROBI - The", "New Delhi: The"). */
const DATELINE_ENDS = new Set(['-', '–', '—', ':']);

/** How many capitalised words before an English organization's name may belong to it. */
const MAX_CAPITALISED_PREFIX = 3;

/**
 * English capitalises every word of a name: capitalised words the tagger left out right before an organization it does
 * not know are part of it ("the Higher Public | Prosecutor's Office"), but not a sentence's first word, a month or a
 * weekday.
 */
function extendCapitalisedOrganizations(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, isTitle: (word: string) => boolean): void {
  const w = view.words;
  for (const span of spans) {
    // "Premier Doug | Ford": a given name after a title opens a person's name, whose surname the tagger took for a
    // company.
    const given = span.start - 1;
    if (span.type === 'organization' && span.end - span.start === 1 && given > 0 && capitalised(w[given]) && !view.tail[given] && gaz.givenName(w[given]!) &&
      isTitle(w[given - 1]!) && !spans.some((x) => x !== span && x.start <= given && given < x.end)) {
      span.start = given;
      span.type = 'person';
      continue;
    }
    // A name the gazetteer knows is whole: "the Japanese Kyodo news agency".
    if (span.type !== 'organization' || gaz.lookup(w.slice(span.start, span.end).join(' '), 'en').length > 0) continue;
    let start = span.start;
    while (start > 0 && span.start - start < MAX_CAPITALISED_PREFIX) {
      const k = start - 1;
      const word = w[k];
      // Nor "The" that opens the sentence after a dateline ("KUALA LUMPUR – The Malaysian Anti-Corruption Commission",
      // "New Delhi: The Supreme Court"); elsewhere a capitalised article is the name's ("reported The Columbus Dispatch").
      const article = word === 'The' && DATELINE_ENDS.has(w[k - 1] ?? '');
      if (!capitalised(word) || view.tail[k] || opensSentence(view, k) || isDateWord(words, word) || article) break;
      if (spans.some((x) => x !== span && x.start <= k && k < x.end)) break;
      start = k;
    }
    // "the Disaster and Emergency Management Authority": one capitalised word and "and" after an article or a
    // possessive open the name too.
    const first = start - 2;
    const opener = w[first - 1] ?? '';
    // Not an acronym, a name of its own ("Abu Dhabi's TAQA and Octopus Energy").
    if (w[start - 1] === 'and' && capitalised(w[first]) && !ACRONYM.test(w[first]!) && !view.tail[first] && (opener === 'the' || POSSESSIVE_WORDS.has(opener)) &&
      !spans.some((x) => x !== span && x.start <= first && first < x.end) && gaz.lookup(w[first]!, 'en').length === 0 && !isDateWord(words, w[first]!)) start = first;
    span.start = start;
  }
}

/** Whether the word at k opens its sentence, also after an opening quotation mark or dash (`"If Labor is worried`). */
function opensSentence(view: RuleView, k: number): boolean {
  return view.sentenceStart && (k === 0 || (k === 1 && OPENING_MARKS.has(view.words[0]!)));
}

/**
 * The tagger's spans with the bounds of a name: no possessive ending, English article or opening introducer at the
 * start, no word after a Norwegian or Danish genitive at the end, the capitalised words before an English
 * organization taken in; an introducer alone opening the sentence is no name.
 */
export function withNameBounds(view: RuleView, tagged: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang, orgWord: (word: string) => boolean, isTitle: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  // A name has a capital letter somewhere ("eBay", "iTromsø"): "the island's" is none.
  let spans = splitAtCommas(view, tagged, gaz, lang).filter((x) => w.slice(x.start, x.end).some((word) => /\p{Lu}/u.test(word)));
  for (const x of spans) {
    // A possessive ending never begins a name ("Serbia | 's Interior Ministry").
    while (x.end - x.start > 1 && POSSESSIVE_WORDS.has(w[x.start])) x.start++;
    // Nor a dash or other mark ("(Reuters) - India's Supreme Court").
    while (x.end - x.start > 1 && !/[\p{L}\p{N}]/u.test(w[x.start])) x.start++;
    // "Hos Danske Rederier kalder ...": a preposition opening the sentence, capitalised for that, opens no name.
    if (x.start === 0 && view.sentenceStart && x.end > 1 && capitalised(w[1]) && words.prepositions.has(w[0].toLowerCase())) x.start++;
    if (lang === 'en' && leadingArticle(view, x, gaz)) x.start++;
    // English capitalises a name's words but its particles: a lower-case word the tagger took in before or after them is
    // none of it ("southern | Mexico", "United Steelworkers | union").
    if (lang === 'en') {
      while (x.end - x.start > 1 && /^\p{Ll}+$/u.test(w[x.start]) && !words.particles.has(w[x.start])) x.start++;
      while (x.end - x.start > 1 && /^\p{Ll}+$/u.test(w[x.end - 1]) && !words.particles.has(w[x.end - 1])) x.end--;
      // "Rupert Llewellyn KC": the letters of an office or honour after a person's name are none of it.
      if (x.end - x.start > 2 && words.postNominals.has(w[x.end - 1]) && (x.type === 'person' || gaz.givenName(w[x.start]))) {
        x.end--;
        x.type = 'person';
      }
      // "the Fianna Fáil TD for Clare": so are they after a party's name, and the seat after "for" is a place.
      if (x.end - x.start > 1 && x.type === 'organization' && words.postNominals.has(w[x.end - 1])) x.end--;
      // "the Kerry TD told the Dáil": a seat before the letters, which the tagger took for a person's name.
      else if (x.end - x.start === 2 && x.type === 'person' && words.postNominals.has(w[x.end - 1]) && /^the$/iu.test(w[x.start - 1] ?? '')) Object.assign(x, { end: x.end - 1, type: 'place' });
      // Not a client after a barrister's letters ("Jason Beer KC for Sarah Jones").
      if (x.type === 'person' && w[x.start - 1] === 'for' && words.postNominals.has(w[x.start - 2] ?? '') && !gaz.givenName(w[x.start]!)) x.type = 'place';
      // "for The Guardian", "told The Korea Herald": a capitalised "The" inside a sentence is part of the name after it.
      // So is one opening the sentence before a name known with it ("The Guardian reported").
      const opening = x.start === 1 && view.sentenceStart && gaz.lookup(w.slice(1, x.end).join(' '), 'en').some((e) => e.name.startsWith('The '));
      if (w[x.start - 1] === 'The' && (opening || /^[\p{L}\p{N}]/u.test(w[x.start - 2] ?? '')) && !covers(tagged, x.start - 1, x)) x.start--;
    }
    // A lower-case introducer the tagger took in begins no name: "brancheorganisationen | Danske Rederier", and, since
    // English writes a name's own words capitalised, one inside an English span too ("the Danish company | Bavarian
    // Nordic").
    for (let k = lang === 'en' ? x.end - 2 : x.start; k >= x.start; k--) {
      if (!isIntroducer(words, w[k]) || !capitalised(w[k + 1])) continue;
      Object.assign(x, { start: k + 1, type: 'organization', strong: true });
      break;
    }
  }
  if (lang === 'en') {
    spans = spans.flatMap((x) => splitPossessive(view, x, gaz));
    extendCapitalisedOrganizations(view, spans, words, gaz, isTitle);
  }
  if (lang !== 'en') {
    const heldBy: RuledSpan[] = [];
    for (const x of spans) {
      // "i Silivri | vest for Istanbul": a compass direction after a place's name is none of it.
      if (x.type === 'place' && x.end - x.start > 1 && COMPASS_WORDS.has(w[x.end - 1]!)) x.end--;
      const end = scandinavianEnd(view, x, spans, words, gaz, orgWord, lang);
      // "Danske Regioners psykiatriudvalg Pernille Søgaard Bak": the person after the genitive's head holds its title.
      const person = personAfter(w, end, x.end, gaz);
      if (person >= 0) heldBy.push({ start: person, end: x.end, type: 'person' });
      x.end = end;
      if (opensWithArticle(view, x, spans, gaz)) x.start--;
    }
    if (heldBy.length) spans = [...spans, ...heldBy].sort((a, b) => a.start - b.start);
  }
  const introducerAt = (i: number) => capitalised(w[i]) && isIntroducer(words, w[i].toLowerCase());
  // "Regeringspartiet Georgisk Drøm": an introducer opening the sentence is a common noun, alone too, unless it is the
  // name of a known organization ("Naturvernforbundet har krevd").
  // So is its genitive ("Fagforeningens formand").
  const first = w[0] ?? '';
  const opener = introducerAt(0) || (lang !== 'en' && first.endsWith('s') && capitalised(first) && isIntroducer(words, first.slice(0, -1).toLowerCase()));
  // A compound the tagger took alone for a name is one ("Fengselsforbundet mener"), unless a name follows it.
  const bare = (): boolean => words.introducers.has(first.toLowerCase()) || words.introducers.has(first.slice(0, -1).toLowerCase()) || capitalised(w[1]);
  const common = view.sentenceStart && opener && bare() && !knownOrganization(gaz, first, lang) && !knownOrganization(gaz, first.slice(0, -1), lang);
  const out = spans.filter((x) => !(x.start === 0 && x.end === 1 && common));
  for (const x of out) {
    // "Bransjeorganisasjonen Sjømat Norge mener": an introducer opening a sentence is no part of the name after it;
    // capitalised inside one, it is ("ifølge Avisa Nordland").
    const opening = (x.start === 0 && view.sentenceStart) || OPENING_MARKS.has(w[x.start - 1] ?? '') || w[x.start - 1] === ':';
    if (x.end - x.start > 1 && opening && capitalised(w[x.start + 1]) && introducerAt(x.start)) {
      x.start++;
      x.type = 'organization';
    }
  }
  return out;
}

/**
 * No person's name holds a comma: a span the tagger ran over one ("Kwame Asante-Boateng , Barrick 's") is the person's
 * name before it, and what follows is a name of its own, of the type the gazetteer knows it by; else, before a
 * possessive, whoever employs the person (an organization), else a person's.
 */
function splitAtCommas(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (!spans.some((x) => x.type === 'person' && view.words.slice(x.start, x.end).includes(','))) return spans;
  return spans.flatMap((x) => {
    if (x.type !== 'person') return [x];
    const parts: RuledSpan[] = [];
    let start = x.start;
    for (let k = x.start; k <= x.end; k++) {
      if (k < x.end && view.words[k] !== ',') continue;
      if (k > start && parts.length === 0) parts.push({ ...x, start, end: k });
      else if (k > start) {
        const known = gaz.lookup(view.words.slice(start, k).join(' '), lang)[0]?.type;
        const type = known ?? (POSSESSIVE_WORDS.has(view.words[k] ?? '') ? 'organization' : 'person');
        parts.push({ start, end: k, type, strong: false });
      }
      start = k + 1;
    }
    return parts;
  });
}

/**
 * "Det Mosaiske Trossamfund", "Den Norske Kirke": a capitalised article before a Norwegian or Danish name opens it
 * where only a name would capitalise it, inside a sentence, or at its start before an adjective's definite form.
 */
function opensWithArticle(view: RuleView, x: RuledSpan, spans: readonly RuledSpan[], gaz: Gazetteer): boolean {
  const k = x.start - 1;
  if (k < 0 || !NAME_ARTICLES.has(view.words[k]) || view.tail[x.start] || covers(spans, k)) return false;
  // After a colon too a sentence may begin ("Statsministeren var klar: Det Norge trenger ...").
  const opening = (k === 0 && view.sentenceStart) || OPENING_MARKS.has(view.words[k - 1] ?? '') || view.words[k - 1] === ':';
  // "Det Mette Frederiksen siger, er ...": a given name is no adjective.
  return !opening || (x.end - x.start > 1 && /\p{Ll}e$/u.test(view.words[x.start]) && !gaz.givenName(view.words[x.start]));
}

/**
 * Where a Norwegian or Danish name ends: before the lower-case word a genitive owns ("Macrons | kontor"); after the
 * capitalised word that follows an acronym ("NHO Reiseliv", "LO Stat"), which these languages write capitalised only
 * in names, unless it begins a person's name ("DNB | Hiroshi Tanaka"); at the noun of a name that opens with an article
 * and that the tagger ended on an adjective ("Den blå | lagune").
 */
function scandinavianEnd(view: RuleView, x: RuledSpan, spans: readonly RuledSpan[], words: RuleWords, gaz: Gazetteer, orgWord: (word: string) => boolean, lang: Lang): number {
  const w = view.words;
  // "Statens jernbanetilsyn": a genitive that opens known names of institutions, before an organization word, no
  // place's.
  const institution = (k: number): boolean => gaz.opensName(w[k]) && orgWord(w[k + 1]) && !knownPlace(gaz, w[k], lang);
  // "Charles de Courson": a name's particles follow a given name ending in -s, no genitive.
  const particlesAfter = (k: number): boolean => {
    let j = k + 1;
    while (j < x.end && words.particles.has(w[j]!)) j++;
    return j > k + 1 && j < x.end && capitalised(w[j]);
  };
  // "Troms og Finnmark fylkeskommune": a place ending in -s, joined to another before the body of both, no genitive.
  const pairedPlace = (k: number): boolean =>
    (w[k + 1] === 'og' || w[k + 1] === 'eller') && k + 3 === x.end - 1 && capitalised(w[k + 2]) && !w[k + 2]!.endsWith('s') && (words.placeBodies.has(w[x.end - 1]!) || orgWord(w[x.end - 1]!));
  // "Times of India", "Statsforvalteren i Troms og Finnmark": a name the gazetteer knows whole, or whose end it knows
  // from the word in -s on, holds no genitive.
  const known = (k: number): boolean => gaz.lookup(w.slice(x.start, x.end).join(' '), lang).length > 0 || gaz.lookup(w.slice(k, x.end).join(' '), lang).length > 0;
  const end = genitiveEnd(view, x, (k) => institution(k) || particlesAfter(k) || pairedPlace(k) || known(k));
  const next = w[end];
  if (next === undefined || view.tail[end]) return end;
  if (end - x.start === 1 && x.type === 'organization' && /^\p{Lu}{2,5}$/u.test(w[x.start]) && capitalised(next)) {
    const person = gaz.givenName(next) || capitalised(w[end + 1]);
    return !covers(spans, end) && !person && /\p{Ll}/u.test(next) && !words.common.has(next.toLowerCase()) ? end + 1 : end;
  }
  // Not a verb in the present tense after it ("Den norske legeforening | trapper opp").
  // Nor a preposition ("Den norske kirke | i byen").
  if (end - x.start >= 2 && NAME_ARTICLES.has(w[x.start]) && /^\p{Ll}/u.test(w[end - 1]) && /^\p{Ll}/u.test(next) && !words.common.has(next) && !words.prepositions.has(next) && !PRESENT_TENSE.test(next)) return end + 1;
  return end;
}

/** A Norwegian or Danish verb in the present tense ("trapper", "mener"). */
const PRESENT_TENSE = /\p{Ll}er$/u;

/**
 * "Finnmarkssykehuset": a compound of the name of a region, a country or a large city (in the genitive or not) and a
 * word that introduces an organization is that place's body, a name, though it ends as a common noun does.
 */
export function placeCompound(word: string, words: RuleWords, gaz: Gazetteer, lang: Lang): boolean {
  for (let cut = MIN_PLACE_PREFIX; cut <= word.length - MIN_PLACE_PREFIX; cut++) {
    if (!isIntroducer(words, word.slice(cut))) continue;
    const prefix = word.slice(0, cut);
    if ([prefix, prefix.replace(/s$/u, '')].some((p) => knownName(gaz, p, lang) === 'place')) return true;
  }
  return false;
}

/** The fewest letters of a place's name, and of an introducer, in a compound. */
const MIN_PLACE_PREFIX = 3;

/** Where a person's name of two capitalised words or more, opening with a given name, ends a span's cut tail; else -1. */
function personAfter(w: readonly string[], from: number, end: number, gaz: Gazetteer): number {
  for (let k = from; k < end - 1; k++) {
    if (!gaz.givenName(w[k]!)) continue;
    return w.slice(k, end).every((x) => capitalised(x)) ? k : -1;
  }
  return -1;
}

/**
 * "Serbia's Interior Ministry": a known country or place and its possessive inside a span are a name of their own, and
 * the organization word after them heads another.
 */
function splitPossessive(view: RuleView, x: RuledSpan, gaz: Gazetteer): RuledSpan[] {
  const w = view.words;
  // Only an organization: "Britain's Prime Minister Keir Starmer" is a person's name with its title.
  if (x.type !== 'organization') return [x];
  for (let k = x.start + 1; k < x.end - 1; k++) {
    if (!POSSESSIVE_WORDS.has(w[k]) || knownName(gaz, w.slice(x.start, k).join(' '), 'en') !== 'place') continue;
    return [{ start: x.start, end: k, type: 'place', strong: true }, { start: k + 1, end: x.end, type: 'organization', strong: true }];
  }
  return [x];
}

/** Where a span ends when a capitalised genitive inside it is followed by a lower-case word, unless `goesOn` says the name does. */
function genitiveEnd(view: RuleView, span: TokenSpan, goesOn: (k: number) => boolean): number {
  for (let k = span.start; k < span.end - 1; k++) {
    const word = view.words[k];
    if (capitalised(word) && word.length > 2 && word.endsWith('s') && /^\p{Ll}/u.test(view.words[k + 1]) && !goesOn(k)) return k + 1;
  }
  return span.end;
}

/** "Vinje kommune", "East Kalimantan province": the word for the kind of place is no part of its name. */
export function withoutPlaceKind(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  for (const s of spans) if (s.type === 'place' && s.end - s.start > 1 && words.placeKinds.has(view.words[s.end - 1])) s.end--;
}

/**
 * "Minister for Energy, Business and Industry Ebba Busch": a common word the tagger took in before a person's given name
 * (the end of a title) is no part of the name (en). After a title's "for" it is its field, whatever else the word may
 * name ("Minister for Enterprise Peter Burke"), and the name begins at its given name, or else, after one common word,
 * with the last two words ("Finance Paschal Donohoe").
 */
export function withoutCommonOpener(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, common: (word: string) => boolean, isTitle: (word: string) => boolean, bodyWord: (word: string) => boolean): void {
  const w = view.words;
  for (const s of spans) {
    if (s.end - s.start < 3 || gaz.givenName(w[s.start]!)) continue;
    // Not a body's name after "spokesman for" ("Fire Brigades Union", "Royal Mail Group").
    const body = (): boolean => w.slice(s.start, s.end).some((x) => bodyWord(x.toLowerCase())) || gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').length > 0;
    const field = w[s.start - 1] === 'for' && capitalised(w[s.start]) && isTitle(w[s.start - 2] ?? '') && !body();
    if (field) {
      let k = s.start + 1;
      while (k < s.end - 1 && !gaz.givenName(w[k]!)) k++;
      // Without a given name, a common word's field before two names ("Finance Paschal Donohoe").
      if (k === s.end - 1 && s.end - s.start === 3 && common(w[s.start]!)) k = s.start + 1;
      // Not a body named for a country ("a spokesman for Water Safety Ireland").
      const country = w.slice(k, s.end).some((x) => gaz.lookup(x, 'en').some((e) => e.place?.kind === 'country'));
      if (k < s.end - 1 && !country && w.slice(k, s.end).every((x) => capitalised(x))) Object.assign(s, { start: k, type: 'person' });
      continue;
    }
    if (s.type === 'person' && gaz.givenName(w[s.start + 1]!) && common(w[s.start]!)) s.start++;
  }
}

/** English compass words that open a region's name, and so the name of a body named for it ("East Gippsland Shire Council"). */
const COMPASS_OPENERS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/**
 * "East | Gippsland Shire Council", "South | African National Parks": a compass word the tagger left out just before
 * a body's name, as a sentence opens, is the name's first word (en); not before a place's ("Northern | Chile").
 */
export function withCompassOpeners(view: RuleView, spans: RuledSpan[]): void {
  for (const s of spans) {
    if (s.type !== 'organization' || s.start !== 1 || !view.sentenceStart || !COMPASS_OPENERS.has(view.words[0]!)) continue;
    if (!covers(spans, 0, s)) s.start = 0;
  }
}

/**
 * "the Strait of | Malacca", "the Bay of | Bengal": a place's head word and "of", which the tagger left out before the
 * place, are its name's (en).
 */
export function withPlaceHeadsBefore(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'place' || s.start < 2 || w[s.start - 1] !== 'of' || !words.placeHeads.has(w[s.start - 2]!)) continue;
    if (!covers(spans, s.start - 2, s)) s.start -= 2;
  }
}

/** How many words of an apposition may stand between a person's comma and a title ("the Fianna Fáil Minister"). */
const APPOSITION_TITLE_WORDS = 4;

/**
 * "Minister for Infrastructure and Housing Andreas Carlson", "Secretary of State for Health Wes Streeting": the field a
 * title's "for" or "of" names, right before its holder, is part of the title, no name (en).
 */
export function withoutTitleFields(view: RuleView, tagged: RuledSpan[], gaz: Gazetteer, isTitle: (word: string) => boolean, fieldWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const spans = splitFieldHolders(view, tagged, isTitle, fieldWord);
  // "Minister for Justice, Home Affairs and Migration Jim O'Callaghan": a field may be one of a list of them.
  const listed = (k: number): boolean => w[k] === ',' || w[k] === 'and' || (w[k] === 'the' && w[k - 1] === 'and') || capitalised(w[k]);
  // A field of common words names no body ("Minister for Rural Affairs and the Islands Mairi Gougeon"), and the list
  // runs back over such a field the tagger took apart. Without a holder after it the field stays: it tells which
  // minister a later "the Minister for Health said" is (the blind batches of stop 32 lost a speaker without it).
  const fieldOnly = (s: RuledSpan, from = s.start): boolean => w.slice(from, s.end).every((x) => FIELD_JOINS.has(x) || fieldWord(x));
  const commonField = (s: RuledSpan, from = s.start): boolean => s.type === 'organization' && fieldOnly(s, from);
  /** Whether a person's name and the comma of an apposition stand a few words before the title at `title`. */
  const holderInApposition = (title: number): boolean => {
    for (let k = title - 1; k > 0 && title - k <= APPOSITION_TITLE_WORDS; k--) {
      if (w[k] === ',') return spans.some((x) => x.end === k && x.type === 'person');
      if (w[k] !== 'the' && !capitalised(w[k])) return false;
    }
    return false;
  };
  return spans.filter((s) => {
    if (s.type === 'person') return true;
    // "The Undersecretary for Fisheries, Julio Salas": the tagger took the title with its field.
    if (isTitle(w[s.start]!) && w[s.start + 1] === 'for' && s.end - s.start > 2 && commonField(s, s.start + 2)) return false;
    let end = s.end;
    while (end < w.length && end - s.end < MAX_FIELD_LIST && listed(end) && !spans.some((x) => x.start === end && x.type === 'person')) end++;
    let start = s.start;
    // "Minister for Enterprise, Tourism and Employment, Peter Burke": a field the tagger took for a place is one too.
    while (start > 2 && s.start - start < MAX_FIELD_LIST && listed(start - 1) && !spans.some((x) => x.end === start && x !== s && !(x.type !== 'person' && fieldOnly(x)))) start--;
    // "Darragh O'Brien, the Fianna Fáil Minister for Climate, Energy and the Environment, said": so is one in the
    // apposition of the holder named before.
    const held = spans.some((x) => x.start === end && x.type === 'person') || (commonField(s) && w[s.end] === ',' && holderInApposition(start - 2));
    if (start < 2 || !held) return true;
    // A list of places a title covers is a list of places ("Ambassador for Norway, Sweden and Denmark John Smith").
    const others = spans.filter((x) => x !== s && x.start >= start && x.end <= end);
    if (s.type === 'place' && (start !== s.start || end !== s.end) && others.every((x) => x.type === 'place')) return true;
    const before = w[start - 2]!;
    // "of" only after a minister's or secretary's title: "the head of Amnesty International Agnes Callamard" names both.
    const field = w[start - 1] === 'for' ? isTitle(before) || before === 'State' : w[start - 1] === 'of' && MINISTER_TITLES.has(before);
    return !field || gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').some((e) => e.type === 'organization');
  });
}

/**
 * "Commissioner for Data Protection Des Hogan": a title's field and its holder that the tagger took for one body are the
 * field, then the holder: the two or three capitalised words at the end that are no field's common words.
 */
function splitFieldHolders(view: RuleView, spans: RuledSpan[], isTitle: (word: string) => boolean, fieldWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  return splitSpans(spans, (s) => {
    if (s.type !== 'organization' || s.start < 2 || !isTitle(w[s.start - 2]!) || (w[s.start - 1] !== 'for' && w[s.start - 1] !== 'of')) return undefined;
    let k = s.end;
    while (k > s.start && capitalised(w[k - 1]) && !fieldWord(w[k - 1]!)) k--;
    const holder = s.end - k;
    if (k === s.start || holder < 2 || holder > 3 || !fieldWord(w[k - 1]!)) return undefined;
    return [{ start: s.start, end: k, type: 'organization' }, { start: k, end: s.end, type: 'person', strong: true }];
  });
}

/** Words that join a title's fields ("Agriculture, Food and the Marine", "State for Health"). */
const FIELD_JOINS = new Set([',', 'and', 'the', 'for', 'of']);

/** The most words of a list of a title's fields around one of them. */
const MAX_FIELD_LIST = 6;

/** Titles whose "of" names a field, not a body ("Minister of Defence"). */
const MINISTER_TITLES = new Set(['Minister', 'Secretary']);

/** Words that join two names in a list ("Bergen og Stavanger"). */
const LIST_JOINS = new Set(['og', 'eller', 'and', 'or']);

/**
 * Two known places joined by "og" that the tagger read as one name ("fra Bergen og Stavanger") are two places, whatever
 * type it gave the whole, unless the gazetteer knows the whole (nb, da). So are a country or a large city and a country
 * side by side, where a heading ran into the sentence without its stop ("forslag fra Istanbul Ukraina vil ha").
 */
export function withoutPlaceLists(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const place = (k: number): boolean => capitalised(w[k]) && knownPlace(gaz, w[k]!, lang);
  const country = (k: number): boolean => capitalised(w[k]) && gaz.lookup(w[k]!, lang).some((e) => e.place?.kind === 'country');
  const major = (k: number): boolean => country(k) || (capitalised(w[k]) && gaz.lookup(w[k]!, lang).some((e) => (e.population ?? 0) >= MAJOR_CITY));
  const unknown = (s: RuledSpan): boolean => gaz.lookup(w.slice(s.start, s.end).join(' '), lang).length === 0;
  /** Where the span splits into its two places (the second starting there), or 0. */
  const splitAt = (s: RuledSpan): number => {
    if (s.end - s.start === 3 && LIST_JOINS.has(w[s.start + 1]!) && place(s.start) && place(s.start + 2) && unknown(s)) return s.start + 2;
    return s.type === 'place' && s.end - s.start === 2 && major(s.start) && country(s.start + 1) && unknown(s) ? s.start + 1 : 0;
  };
  let split = false;
  const out = spans.flatMap((s) => {
    const at = splitAt(s);
    if (!at) return [s];
    split = true;
    return [{ start: s.start, end: s.start + 1, type: 'place' as const }, { start: at, end: s.end, type: 'place' as const }];
  });
  return split ? out : spans;
}

/**
 * "Department of Transport", "Ministry for Foreign Affairs": words [a, k) opening with a kind of institution and its
 * field after "of" or "for", ending in a word of the field that is no given name; 'organization', else undefined.
 */
function institutionOf(w: readonly string[], a: number, k: number, orgWord: (word: string) => boolean): 'organization' | undefined {
  return k - a >= 3 && orgWord(w[a]!.toLowerCase()) && (w[a + 1] === 'of' || w[a + 1] === 'for') && capitalised(w[k - 1]) ? 'organization' : undefined;
}

/** The fewest inhabitants of a city whose name beside another major place's starts a name of its own. */
const MAJOR_CITY = 100_000;

/**
 * "borgmester i Haderslev Mads Skau", "direktør i Danske Bank Carsten Egeriis": an organization or place (in English
 * only a body) the tagger ran on into the name of a person, who begins at a given name and has a surname after it.
 * `title`: whether a word is a title or role.
 * `orgWord`: whether a lower-case word names a kind of organization, in the language or in English.
 */
export function splitPersonTail(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, orgWord: (word: string) => boolean, lang: Lang, title: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  next: for (const x of spans) {
    // A person's name opening with a given name is one already; most spans are short.
    if (x.end - x.start < 3 || (x.type === 'person' && gaz.givenName(w[x.start]))) continue;
    // English names hold given names more often ("Luz Marina Restrepo", "Bank of America Merrill Lynch"): only a body's
    // span, after a body the gazetteer knows or an institution by its kind ("Minister of State at the Department of
    // Transport Sinéad Carroll").
    if (lang === 'en' && x.type !== 'organization') continue;
    let k = x.start + 1;
    while (k < x.end - 1 && !gaz.givenName(w[k])) k++;
    // "Biskop over Grønlands Stift Paneeraq Siegstad Munk": after a title and its preposition, an organization word ends
    // the body where the holder's name is two or three capitalised words no given-name list knows (nb, da).
    if (k === x.end - 1 && lang !== 'en' && words.prepositions.has(w[x.start - 1] ?? '') && title(w[x.start - 2] ?? '')) {
      const cue = w.slice(x.start, x.end - 2).findIndex((word) => orgWord(word.toLowerCase()));
      if (cue > 0 && x.end - (x.start + cue + 1) <= 3) k = x.start + cue + 1;
    }
    if (k === x.end - 1) continue;
    // The person's words are capitalised; the place's or organization's need not be ("Statistisk sentralbyrå").
    for (let j = k; j < x.end; j++) if (!capitalised(w[j])) continue next;
    // "Ekpan Marine Services": a given name followed by an organization word is part of the organization's name.
    for (let j = k + 1; j < x.end; j++) if (orgWord(w[j].toLowerCase()) || words.companySuffixes.has(w[j])) continue next;
    // The place or organization it is held at, as far as the gazetteer knows it ("Haderslev" is a town); a person's
    // span only where the gazetteer is sure of it ("EU Katarzyna Nowak").
    const prefix = w.slice(x.start, k).join(' ');
    // Or where a title and a preposition before it say where its holder works ("pressechef i Naviair Jakob Bach Thomsen").
    const heldAt = words.prepositions.has(w[x.start - 1] ?? '') && title(w[x.start - 2] ?? '') ? 'organization' : undefined;
    const englishBody = (): EntityType | undefined => (knownName(gaz, prefix, lang) === 'organization' ? 'organization' : institutionOf(w, x.start, k, orgWord));
    const known = x.type === 'person' ? knownName(gaz, prefix, lang) ?? heldAt : lang === 'en' ? englishBody() : gaz.lookup(prefix, lang)[0]?.type;
    if ((x.type === 'person' || lang === 'en') && !known) continue;
    out ??= [...spans];
    out.splice(out.indexOf(x), 1, { start: x.start, end: k, type: known ?? x.type, strong: x.strong }, { start: k, end: x.end, type: 'person' });
  }
  return out ?? spans;
}

/**
 * "Alberta Premier Danielle Smith", "NATO Secretary General Mark Rutte": a person's span the tagger opened with the
 * place or body whose title the person holds is that place or body, then the person (en). Only a name the gazetteer is
 * sure of opens it, and a capitalised word must follow the title. "Texas Land Commissioner Dawn Buckingham": the tagger
 * may take the whole for a body; a place the gazetteer is sure of may open it then, with up to two words of the title's
 * field before the title, when two or three words follow the title that look like a person's name: a given name or a word
 * the gazetteer is not sure is a place or body first, and such a word last.
 */
export function splitKnownBeforeTitle(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, titleAt: (k: number) => number, abbreviated: ReadonlySet<string>): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (const x of spans) {
    if ((x.type !== 'person' && x.type !== 'organization') || x.end - x.start < 3) continue;
    for (let k = x.start + 1; k < x.end - 1; k++) {
      const title = titleAt(k);
      if (title === 0) continue;
      const holder = k + title;
      const opener = holder < x.end && capitalised(w[holder]) ? knownOpener(w, x, k, holder, gaz, abbreviated) : undefined;
      if (opener) {
        out ??= [...spans];
        out.splice(out.indexOf(x), 1, opener, { start: k, end: x.end, type: 'person', strong: x.strong });
      }
      break;
    }
  }
  return out ?? spans;
}

/**
 * "CM Mann's house", "the CM's house": a title abbreviated in capitals (entity-rules abbreviatedTitles) is no name, nor
 * part of its holder's, whom it makes a person (en). "Kerry TDs", "Fine Gael MEPs": nor are its holders, whose place or
 * party stands before them.
 */
export function withoutAbbreviatedTitles(view: RuleView, spans: RuledSpan[], abbreviated: ReadonlySet<string>, gaz: Gazetteer): RuledSpan[] {
  const w = view.words;
  const title = (k: number): boolean => abbreviated.has(w[k]!);
  const holders = (k: number): boolean => /^\p{Lu}+s$/u.test(w[k]!) && abbreviated.has(w[k]!.slice(0, -1));
  return spans.flatMap((x, n) => {
    if (x.end - x.start > 1 && holders(x.end - 1)) {
      // "Sinn | Féin MEPs": the rest of a name the tagger took apart.
      const before = spans[n - 1];
      if (before?.end === x.start && before.type === 'organization') return [];
      const group = w.slice(x.start, x.end - 1).join(' ');
      // A constituency, unless the gazetteer knows a party by the name.
      return [{ ...x, end: x.end - 1, type: knownName(gaz, group, 'en') ?? (x.type === 'person' ? gaz.lookup(group, 'en')[0]?.type ?? 'place' : x.type) }];
    }
    const next = spans[n + 1];
    if (next && next.start === x.end && x.type === 'organization' && next.end - next.start > 1 && holders(next.end - 1)) return [{ ...x, end: next.end - 1 }];
    if (!title(x.start)) return [x];
    // "The Panama Canal Authority (ACP)": in parentheses after a body's name, the letters are its short form.
    const shortForm = w[x.start - 1] === '(' && w[x.end] === ')' && spans[n - 1]?.end === x.start - 1 && spans[n - 1]?.type === 'organization';
    if (x.end - x.start === 1) return shortForm ? [x] : [];
    return capitalised(w[x.start + 1]) ? [{ ...x, start: x.start + 1, type: 'person' as const, strong: true }] : [x];
  });
}

/** The known place or body before a title at `k` that opens the span `x` (see splitKnownBeforeTitle). */
function knownOpener(w: readonly string[], x: RuledSpan, k: number, holder: number, gaz: Gazetteer, abbreviated: ReadonlySet<string>): RuledSpan | undefined {
  const known = knownName(gaz, w.slice(x.start, k).join(' '), 'en');
  const holderWords = x.end - holder;
  const nameWord = (i: number): boolean => capitalised(w[i]) && knownName(gaz, w[i]!, 'en') === undefined;
  const holderName = holderWords >= 2 && holderWords <= 3 && (gaz.givenName(w[holder]!) !== undefined || nameWord(holder)) && nameWord(x.end - 1);
  // "Greens MLC Tamsin Hale", "Sangrur SSP Navdeep Singh Brar": a title abbreviated in capitals is no part of a name,
  // whether the gazetteer knows what stands before it or not (a body it heads, else a place).
  if (holder === k + 1 && abbreviated.has(w[k]!) && holderName) return { start: x.start, end: k, type: known ?? (x.type === 'organization' ? 'organization' : 'place') };
  if (x.type === 'person') return known && { start: x.start, end: k, type: known };
  if (!holderName) return undefined;
  for (let end = k; end > x.start && k - end <= 2; end--) {
    if (knownName(gaz, w.slice(x.start, end).join(' '), 'en') === 'place') return { start: x.start, end, type: 'place' };
  }
  return undefined;
}

/**
 * "The Guardian reported", "The Korea Herald said": a capitalised "The" before a newspaper's or journal's name is part of
 * it when the gazetteer knows the name with it, or, for a name it does not know, when the name ends as a newspaper's
 * does or the gazetteer knows it only with "The" ("The Age"); not before one known without it ("The Financial Times
 * reported" is the Financial Times) (en).
 */
export function withNewspaperArticle(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'organization' || w[s.start - 1] !== 'The' || covers(spans, s.start - 1)) continue;
    const name = w.slice(s.start, s.end).join(' ');
    const known = gaz.lookup(name, 'en').filter((e) => e.type === 'organization');
    const knownWithThe = (): boolean => gaz.lookup(`The ${name}`, 'en').some((e) => e.type === 'organization');
    if (known.length ? known.some((e) => e.name.startsWith('The ')) : words.newspaperHeads.has(w[s.end - 1]!) || knownWithThe()) s.start--;
  }
}

/** An acronym ("KI", "EU"). */
const ACRONYM_HEAD = /^\p{Lu}{2,5}$/u;

/**
 * "EUs KI-forordning", "Norges Nato-medlemskap": an acronym or a known name heading a compound after a genitive is what
 * the genitive's owner has, not part of its name, unless the gazetteer knows the whole ("Norges Bank-sjefen"): the span
 * ends at the genitive, and the head is a name of its own only where the gazetteer knows it (nb/da).
 */
export function splitGenitiveBeforeCompound(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (let n = 0; n < spans.length; n++) {
    const x = spans[n]!;
    const k = x.end - 1;
    if (x.end - x.start < 2 || !view.tail[x.end] || !/\p{L}s$/u.test(w[k - 1]!)) continue;
    const own = gaz.lookup(w[k]!, lang)[0]?.type;
    if ((!own && !ACRONYM_HEAD.test(w[k]!)) || gaz.lookup(w.slice(x.start, x.end).join(' '), lang).length > 0) continue;
    out ??= [...spans];
    const owner = { ...x, end: k, type: knownName(gaz, w.slice(x.start, k).join(' '), lang) ?? x.type };
    out.splice(out.indexOf(x), 1, ...(own ? [owner, { start: k, end: x.end, type: own }] : [owner]));
  }
  return out ?? spans;
}

/**
 * "Novo Nordisks Wegovy", "Eli Lillys Mounjaro": a known organization's genitive before an unknown name is the owner's
 * mention; what it owns (a product, a work) is no entity unless the gazetteer knows it or it is a person or a unit. Not
 * a name the gazetteer knows whole, nor one that ends in a word for a body ("Norges Fotballforbund").
 */
export function splitOwnerGenitive(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang, orgWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (const x of spans) {
    if (x.end - x.start < 2 || view.tail[x.end] || orgWord(w[x.end - 1]!.toLowerCase()) || gaz.lookup(w.slice(x.start, x.end).join(' '), lang).length > 0) continue;
    let j = x.start + 1;
    // A genitive's stem is the known name ("Novo Nordisk|s"), not a name that ends in an s ("Siemens Gamesa").
    while (j < x.end && !(/\p{Ll}s$/u.test(w[j - 1]!) && knownName(gaz, w.slice(x.start, j).join(' ').slice(0, -1), lang) === 'organization')) j++;
    if (j >= x.end) continue;
    // A person the company has ("Eli Lillys Dave Ricks"), or a unit of it ("Universitetet i Bergens Senter for
    // Klimadynamikk"), is one of its own.
    const rest = w.slice(j, x.end);
    // A product has one word ("Wegovy"); a person named in full two or more.
    const unit = rest.some((word) => orgWord(word.toLowerCase()));
    const owned = knownName(gaz, rest.join(' '), lang) ?? (unit ? 'organization' : gaz.givenName(rest[0]!) || rest.length >= 2 ? 'person' : undefined);
    out ??= [...spans];
    out.splice(out.indexOf(x), 1, { ...x, end: j, type: 'organization', strong: true }, ...(owned ? [{ start: j, end: x.end, type: owned }] : []));
  }
  return out ?? spans;
}

/** The most words of given names after a family name that comes first ("Nguyen | Van Thanh"). */
const MAX_GIVEN_AFTER_FAMILY = 2;

/**
 * "forretningsmannen Nguyen Van Thanh", "analyst Tan Mei Ling": a Chinese, Korean or Vietnamese family name the tagger
 * left out before the given names (which it may have taken for a place's alternate name) opens a person's name with them.
 */
export function withFamilyNameFirst(view: RuleView, spans: RuledSpan[], familyFirst: (word: string) => boolean): void {
  const w = view.words;
  for (const x of spans) {
    const k = x.start - 1;
    if (k < 0 || x.end - x.start > MAX_GIVEN_AFTER_FAMILY || view.tail[k] || !familyFirst(w[k]!) || covers(spans, k)) continue;
    // Before a person's name only inside a sentence, not opening it nor a quotation, nor in a headline in title case
    // ("Han Putin vil ...", "Oh Boris", "Biden Pardons Son Hunter").
    if (x.type === 'person' && ((k === 0 && view.sentenceStart) || OPENING_MARKS.has(w[k - 1] ?? '') || titleCase(w))) continue;
    if (!w.slice(x.start, x.end).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) || view.tail[x.end]) continue;
    Object.assign(x, { start: k, type: 'person', strong: true });
  }
}

/** Balinese names by birth order, which follow "I" (a man's) or "Ni" (a woman's) in a full name ("I Made Sukarta"). */
const BALINESE_BIRTH_NAMES = new Set(['Wayan', 'Putu', 'Gede', 'Made', 'Kadek', 'Nengah', 'Nyoman', 'Komang', 'Ketut', 'Luh']);
const BALINESE_MARKERS = new Set(['I', 'Ni']);

/**
 * "I Made Sukarta", "Ni Luh Putu Ayu": a Balinese name opens with "I" or "Ni" before a name by birth order, which the
 * tagger leaves out (taking "I" for the pronoun) and may read the rest as a place's.
 */
export function withBalineseMarkers(view: RuleView, spans: RuledSpan[]): void {
  const w = view.words;
  for (const x of spans) {
    if (x.end - x.start < 2 || !BALINESE_BIRTH_NAMES.has(w[x.start]!) || !BALINESE_MARKERS.has(w[x.start - 1] ?? '') || view.tail[x.start - 1]) continue;
    Object.assign(x, { start: x.start - 1, type: 'person', strong: true });
  }
}

/**
 * "Association of Healthcare Providers (India)": a name the tagger ended inside its own parentheses takes the closing
 * one too.
 */
export function withClosingParenthesis(view: RuleView, spans: RuledSpan[]): void {
  const w = view.words;
  for (const s of spans) {
    if (w[s.end] !== ')') continue;
    let open = 0;
    for (let k = s.start; k < s.end; k++) open += w[k] === '(' ? 1 : w[k] === ')' ? -1 : 0;
    if (open === 1) s.end++;
  }
}

/**
 * "Strandlund Byg A/S | for boligselskabet": a company's suffix ends its name; the lower-case words the tagger ran on
 * with are none of it. Not a name that goes on after them ("Central Bank of Chile").
 */
export function endAtCompanySuffix(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  const w = view.words;
  for (const s of spans) {
    for (let k = s.start + 1; k < s.end - 1; k++) {
      // A word such as "Bank" may go on ("Central Bank of Chile"); a legal form ends the name ("Acme Holdings Ltd | of
      // Leeds").
      if (!words.companySuffixes.has(w[k]!) || !/^\p{Ll}/u.test(w[k + 1]!)) continue;
      if (NAME_LINKS.has(w[k + 1]!) && /^\p{Lu}\p{Ll}{3,}$/u.test(w[k]!) && w.slice(k + 2, s.end).some(capitalised)) continue;
      s.end = k + 1;
      break;
    }
  }
}

/** Words that go on with a name after a company's suffix ("Central Bank of Chile"), unlike "i Kolding". */
const NAME_LINKS = new Set(['of', 'for']);

/** The heads of a government's offices named without the place they sit in ("the Economy Ministry in Berlin"). */
const SEATED_OFFICES = new Set(['Ministry', 'Embassy', 'Consulate']);
/** Prepositions of place the tagger may run a name over ("Goldman Sachs on Wall Street"). */
const PLACE_PREPOSITIONS = new Set(['on', 'at', 'in']);

/**
 * "Gareth Doyle of Unite said": a person's span the tagger ran on over "of" into where the person works is the person,
 * then that body (or place, as the gazetteer knows it) (en). Only after a given name and one more word, with no title
 * between ("Prince William of Wales", "Catherine of Aragon" stay whole).
 */
export function splitPersonAtOf(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, isTitle: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  return splitSpans(spans, (s) => {
    if (s.type !== 'person' || !gaz.givenName(w[s.start])) return undefined;
    const of = w.slice(s.start + 2, s.end - 1).indexOf('of');
    const k = s.start + 2 + of;
    if (of < 0 || view.tail[k] || w.slice(s.start, s.end).some((word, i) => s.start + i !== k && (!capitalised(word) || isTitle(word)))) return undefined;
    const rest = w.slice(k + 1, s.end).join(' ');
    return [{ ...s, end: k }, { start: k + 1, end: s.end, type: knownName(gaz, rest, 'en') ?? 'organization', strong: true }];
  });
}

/**
 * "Analysts at Goldman Sachs on Wall Street": a name the gazetteer knows, a preposition of place and capitalised words,
 * which the tagger took for one name, are the name and the place it is at (en); not a name known whole, nor one whose
 * preposition is a compound's ("Stoke-on-Trent").
 */
export function splitAtPlacePrepositions(view: RuleView, spans: RuledSpan[], gaz: Gazetteer): RuledSpan[] {
  const w = view.words;
  return splitSpans(spans, (s) => {
    for (let k = s.start + 1; k < s.end - 1; k++) {
      if (!PLACE_PREPOSITIONS.has(w[k]!) || view.tail[k] || view.tail[k + 1] || !capitalised(w[k + 1])) continue;
      if (gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').length > 0) continue;
      const name = gaz.lookup(w.slice(s.start, k).join(' '), 'en')[0]?.type;
      // "the Economy Ministry in Berlin", "the US Embassy in Dublin": also a government's office in the place the
      // gazetteer knows it sits in (not "the American University in Cairo", "the Public Prosecutor's Office in Novi
      // Sad", named so).
      const body = name === undefined && w[k] === 'in' && SEATED_OFFICES.has(w[k - 1]!) && knownName(gaz, w.slice(k + 1, s.end).join(' '), 'en') === 'place';
      if (name === undefined && !body) continue;
      return [{ ...s, end: k, type: name ?? 'organization', strong: true }, { start: k + 1, end: s.end, type: 'place' as const }];
    }
    return undefined;
  });
}


/**
 * "Greater Manchester Police and West Midlands Police said", "The Environment Agency and Natural England": two
 * organizations the tagger took for one, each ending in a word for a body or known to the gazetteer, or both in the same
 * head word ("Langstone Harbour and Portsmouth Harbour"), are two (en); not a name the gazetteer knows whole, nor one
 * whose field is a list ("Ministry of Agriculture and Rural Development"), nor one whose second part is a lone word for
 * a body ("Enam Medical College and Hospital").
 */
export function splitBodiesAtAnd(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, orgWord: (word: string) => boolean, words: RuleWords): RuledSpan[] {
  const w = view.words;
  const body = (a: number, b: number): boolean => orgWord(w[b - 1]!.toLowerCase()) || gaz.lookup(w.slice(a, b).join(' '), 'en').some((e) => e.type === 'organization');
  return splitSpans(spans, (s) => {
    if (s.type !== 'organization') return undefined;
    let and = s.start + 1;
    while (and < s.end - 1 && w[and] !== 'and') and++;
    if (and >= s.end - 1 || !capitalised(w[and + 1])) return undefined;
    // "Langstone Harbour and Portsmouth Harbour": two names with one head word are two, whatever the head.
    const sameHead = and - s.start >= 2 && s.end - and >= 3 && w[and - 1] === w[s.end - 1] && capitalised(w[s.end - 1]);
    if (!sameHead && (!body(s.start, and) || !body(and + 1, s.end))) return undefined;
    // "Enam Medical College and Hospital": a lone word for a body after "and" shares the name before it.
    if (s.end === and + 2 && orgWord(w[and + 1]!.toLowerCase()) && !gaz.lookup(w[and + 1]!, 'en').some((e) => e.type === 'organization')) return undefined;
    // "Ghana Museums and Monuments Board": two plural nouns of the fields a body's head word after them covers.
    const plural = (word: string): boolean => /[^s]s$/u.test(word);
    if (!sameHead && plural(w[and - 1]!) && plural(w[and + 1]!) && !orgWord(w[and + 1]!.toLowerCase()) && s.end - and >= 3) return undefined;
    if (gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').length > 0) return undefined;
    // A head word of places makes both places.
    const type = sameHead && words.placeHeads.has(w[s.end - 1]!) ? 'place' : s.type;
    return [{ ...s, end: and, type }, { ...s, start: and + 1, type }];
  });
}

/** Words that close a list inside one name ("Department of Agriculture, Food and the Marine", "Keefe, Bruyette & Woods"). */
const LIST_CLOSERS = new Set(['and', '&']);

/**
 * "the Department of Health, Drinks Ireland said": an organization the tagger ran over a comma is two, unless a list
 * inside one name runs on after the comma ("Ministry of Housing, Communities and Local Government"), or a place ("University
 * of Nigeria, Nsukka") or a lower-case apposition ("Gavi, the Vaccine Alliance") is the name's own (en).
 */
export function splitBodiesAtCommas(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, words: RuleWords): RuledSpan[] {
  const w = view.words;
  return splitSpans(spans, (s) => {
    if (s.type !== 'organization') return undefined;
    const comma = w.indexOf(',', s.start + 1);
    if (comma < 0 || comma >= s.end - 1 || !capitalised(w[comma + 1])) return undefined;
    const tail = w.slice(comma + 1, s.end);
    if (tail.some((x) => LIST_CLOSERS.has(x) || x === ',') || words.companySuffixes.has(tail[0]!)) return undefined;
    if (knownName(gaz, tail.join(' '), 'en') === 'place' || gaz.lookup(w.slice(s.start, s.end).join(' '), 'en').length > 0) return undefined;
    return [{ ...s, end: comma }, { ...s, start: comma + 1 }];
  });
}

/**
 * "The Council of Ministers' Decision", "Labour's Plan": what a name possesses, a word that heads a law, a plan or an
 * event, is no part of it (en); nor is a company's product.
 */
export function withoutPossessedHead(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  const w = view.words;
  for (const s of spans) {
    if (s.end - s.start > 2 && words.nonEntityHeads.has(w[s.end - 1]!) && /^['’]s?$/u.test(w[s.end - 2]!)) s.end -= 2;
    // "Gilmour Space Technologies' Eris rocket": nor is a product it makes, which the word after it names as one.
    if (s.type !== 'organization' || !words.productCues.has(w[s.end]?.toLowerCase() ?? '')) continue;
    for (let p = s.end - 2; p > s.start; p--) {
      if (!/^['’]s?$/u.test(w[p]!)) continue;
      if (w.slice(p + 1, s.end).every((x) => capitalised(x))) s.end = p + 1;
      break;
    }
  }
}

/**
 * "The centre-right Democratic Alliance": a lower-case word the tagger took in before a name is no part of it (en), nor
 * anything before it in a person's name ("Nepali sherpa | Kami Rita"); not a particle ("de la Cruz") nor a word with a
 * capital inside ("al-Sadr"). Nor is a number that opens the sentence before a known name.
 */
export function withoutLowerCaseOpeners(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer): void {
  const w = view.words;
  const lowerWord = (k: number): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(w[k]!) && !words.particles.has(w[k]!);
  for (const s of spans) {
    while (s.end - s.start > 1 && lowerWord(s.start) && capitalised(w[s.start + 1])) s.start++;
    // "Three Metropolitan Police officers will face": a number opening the sentence before a name the gazetteer knows
    // counts, and is no part of it (not "Two Sisters Food Group").
    const counted = s.start === 0 && view.sentenceStart && s.end - s.start > 1 && NUMBER_WORDS.test(w[0]!);
    if (counted && gaz.lookup(w.slice(1, s.end).join(' '), 'en').length > 0) s.start++;
    // "Nepali sherpa Kami Rita": a person's name begins after the last common word the tagger took in.
    if (s.type === 'person') for (let k = s.end - 2; k > s.start; k--) if (lowerWord(k) && capitalised(w[k + 1])) {
      s.start = k + 1;
      break;
    }
    // Nor is a day's or a month's genitive ("at Tuesday's Cabinet meeting").
    if (s.end - s.start > 2 && isDateWord(words, w[s.start]!) && /^['’]s$/u.test(w[s.start + 1]!)) s.start += 2;
  }
}

/**
 * "In Black River, the surge flooded the market", "Lederen af Suezkanalmyndigheden": a preposition opens no name after
 * it, lower-case in any language, capitalised opening an English sentence. Nor does an adverb or a word of time
 * opening an English sentence open a name the gazetteer knows without it ("Today Norway said yes"; not "Transport
 * Scotland").
 */
export function withoutOpeningPreposition(view: RuleView, spans: RuledSpan[], words: RuleWords, lang: Lang, gaz: Gazetteer, adverb: (word: string) => boolean): void {
  const w = view.words;
  for (const s of spans) {
    const opening = lang === 'en' && s.start === 0 && view.sentenceStart;
    if (s.end - s.start < 2 || !capitalised(w[s.start + 1])) continue;
    const lower = w[s.start]!.toLowerCase();
    if (words.prepositions.has(lower) && (opening || /^\p{Ll}/u.test(w[s.start]!))) s.start++;
    else if (opening && adverb(w[s.start]!) && !gaz.givenName(w[s.start]!)) {
      const known = gaz.lookup(w.slice(s.start + 1, s.end).join(' '), lang);
      if (known.length > 0 && gaz.lookup(w.slice(s.start, s.end).join(' '), lang).length === 0) Object.assign(s, { start: s.start + 1, type: known[0]!.type });
    }
  }
}

/**
 * "kontorchef i Ankestyrelsen Louise Brix Halvorsen": a given name the tagger put at the end of an organization's name,
 * right before the rest of a person's name, opens the person's.
 */
export function withGivenNameAfterBody(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  for (let n = 0; n + 1 < spans.length; n++) {
    const x = spans[n]!;
    const y = spans[n + 1]!;
    if (x.type !== 'organization' || y.type !== 'person' || y.start !== x.end || x.end - x.start < 2 || !gaz.givenName(w[x.end - 1]!)) continue;
    if (gaz.lookup(w.slice(x.start, x.end).join(' '), lang).length > 0) continue;
    x.end--;
    y.start--;
  }
}

/** The fewest words of a person's span whose last word for a body makes it the body's name. */
const BODY_NAME_WORDS = 3;

/**
 * "Mohammed bin Rashid Space Centre", "King Fahd Medical City Hospital": a name of three words or more the rules read
 * as a person's, ending in a capitalised word for a kind of body or institution, is named after the person (en).
 */
export function retypeNamedAfterPersons(view: RuleView, spans: RuledSpan[], words: RuleWords, orgWord: (word: string) => boolean): void {
  for (const s of spans) {
    const last = view.words[s.end - 1]!;
    if (s.type === 'person' && s.end - s.start >= BODY_NAME_WORDS && capitalised(last) && (orgWord(last.toLowerCase()) || words.institutionHeads.has(last.toLowerCase()))) s.type = 'organization';
  }
}

/** English words that join clauses and never stand inside a name ("IndiGo after India's largest airline cancelled"). */
const CLAUSE_LINKS = new Set(['after', 'before', 'when', 'while', 'whereas', 'since', 'until', 'because', 'although', 'though', 'unless']);

/**
 * A name the tagger ran over a word that joins clauses is two: "to IndiGo | after | India's largest airline"; the part
 * after keeps its type unless the gazetteer knows it as another's (a nation's adjective alone goes later).
 */
export function splitAtClauseLinks(view: RuleView, spans: RuledSpan[], gaz: Gazetteer): RuledSpan[] {
  const w = view.words;
  // "the Asante Kingdom | by | British forces": so is one run over "by" and a nation's adjective (not "Days Inn by Wyndham").
  return splitSpans(spans, (s) => {
    const link = (k: number): boolean => CLAUSE_LINKS.has(w[k]!) || (w[k] === 'by' && k + 2 === s.end && (isDemonymWord(w[k + 1]!, gaz) || DEMONYM_SHAPE.test(w[k + 1]!)));
    let k = s.start + 1;
    while (k < s.end - 1 && !link(k)) k++;
    if (k >= s.end - 1) return undefined;
    return [{ ...s, end: k }, { ...s, start: k + 1, type: knownName(gaz, w.slice(k + 1, s.end).join(' '), 'en') ?? s.type }];
  });
}

/**
 * "Clare Island Community Co-operative": a name that ends at a compound's capitalised head takes in its tail where the
 * two are a word for a body (en); the name is then the whole compound.
 */
export function withCompoundBodyWords(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  const w = view.words;
  for (const s of spans) {
    if (s.end - s.start < 2 || !view.tail[s.end] || !isIntroducer(words, `${w[s.end - 1]}-${w[s.end]}`.toLowerCase())) continue;
    Object.assign(s, { end: s.end + 1, type: 'organization', strong: true, compound: true });
  }
}
