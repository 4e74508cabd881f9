import { gazetteer } from '../gazetteer.js';
import { lexicon, type Lexicon } from '../lexicon.js';
import { nameRules, type NameRules } from '../names/rules.js';
import { readDataJson, readDataLines } from '../resources.js';
import type { EntityType, Gazetteer, Lang, Resources } from '../types.js';
import type { TokenSpan } from './tags.js';

/**
 * Corrections to the tagger's spans that need more context than its features see: names joined over particles
 * ("Folha de S.Paulo"), foreign articles ("La Gazzetta dello Sport"), company suffixes and cue words that make a name an
 * organization, product names, and well-known places the tagger left out. Word lists are data
 * (data/lang/<lang>/entity-rules.json); the tagger's own scores on NER data do not depend on these rules.
 */

interface RuleWords {
  orgIntroducers: Set<string>;
  productCues: Set<string>;
  possessives: Set<string>;
  companySuffixes: Set<string>;
  institutionHeads: Set<string>;
  /** Words that join an institution's head to the capitalised rest of its name ("of", and in English "for", "on"). */
  institutionLinks: Set<string>;
  /** Capitalised words that end a place's name after capitalised words ("Norwegian Sea", "Gulf of" aside). */
  placeHeads: Set<string>;
  /** Words before a platform named as the channel of a statement ("på Telegram", "on X"). */
  channelLinks: Set<string>;
  /** Social platforms, as written: never entities. */
  channels: Set<string>;
  /** Platforms whose names are also common words or letters ("X", "Signal"): no entity after a channel link only. */
  linkedChannels: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  particles: Set<string>;
  common: Set<string>;
}

/** A run of words as the tagger saw it, with what the text says about each word. */
export interface RuleView {
  words: readonly string[];
  /** Word i is the tail of a hyphen compound ("talsmannen" of "Kreml-talsmannen"). */
  tail: readonly boolean[];
  /** words[0] begins its sentence. */
  sentenceStart: boolean;
}

/** A span the rules made: `strong` when context, not the tagger, decided its type (it then wins the article's vote). */
export interface RuledSpan extends TokenSpan {
  strong?: boolean;
  /** The span is a whole compound the gazetteer knows ("EU-kommisjonen"), not a name at the head of one. */
  compound?: boolean;
}

/** Lower-case words inside foreign organization names besides personal-name particles ("Gazzetta dello Sport"). */
const NAME_INNER_WORDS = ['dello', 'degli', 'dei', 'delle', 'des', 'de la', 'y', 'e', 'für', 'und'];
/** Norwegian and Danish articles that open names ("Den blå lagune", "Det hvite hus"). */
const NAME_ARTICLES = new Set(['Den', 'Det', 'De']);
/** Capitalised foreign articles that begin a name ("La Repubblica", "Le Monde", "Die Zeit", "El País"). */
const FOREIGN_ARTICLES = new Set(['La', 'Le', 'Les', 'Il', 'Lo', 'El', 'Los', 'Las', 'Die', 'Der', 'Das']);
const LARGE_CITY = 100_000;

function monthNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2020, m, 1))).toLowerCase());
}

function weekdayNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, d) => format.format(new Date(Date.UTC(2020, 5, 1 + d))).toLowerCase());
}

/** The shortest introducer that may end a compound ("sportsavis" ends in "avis"). */
const MIN_INTRODUCER_HEAD = 4;

function isIntroducer(words: RuleWords, word: string | undefined): boolean {
  if (word === undefined || !/^\p{Ll}/u.test(word)) return false;
  if (words.orgIntroducers.has(word)) return true;
  for (const cue of words.orgIntroducers)
    if (cue.length >= MIN_INTRODUCER_HEAD && word.length > cue.length + 1 && word.endsWith(cue)) return true;
  return false;
}

function ruleWords(res: Resources, lang: Lang): RuleWords {
  return res.get(`entity-rules:${lang}`, () => {
    const rules = readDataJson<{
      orgIntroducers: string[]; productCues: string[]; possessives: string[]; companySuffixes: string[]; institutionHeads?: string[];
      institutionLinks?: string[]; placeHeads?: string[]; channelLinks?: string[]; channels?: string[]; linkedChannels?: string[];
    }>('lang', lang, 'entity-rules.json');
    const particles = readDataJson<{ particles: string[] }>('translit', 'name-particles.json');
    const common = readDataLines('gazetteer', `common-${lang}.txt`);
    return {
      orgIntroducers: new Set(rules.orgIntroducers),
      productCues: new Set(rules.productCues),
      possessives: new Set(rules.possessives),
      companySuffixes: new Set(rules.companySuffixes),
      institutionHeads: new Set(rules.institutionHeads ?? []),
      institutionLinks: new Set(rules.institutionLinks ?? ['of']),
      placeHeads: new Set(rules.placeHeads ?? []),
      channelLinks: new Set(rules.channelLinks ?? []),
      channels: new Set(rules.channels ?? []),
      linkedChannels: new Set(rules.linkedChannels ?? []),
      months: new Set(monthNames(lang)),
      weekdays: new Set(weekdayNames(lang)),
      particles: new Set([...particles.particles, ...NAME_INNER_WORDS]),
      common: new Set(common),
    };
  });
}

/** Whether a word begins with a capital; ASCII, most words, without a regex. */
function capitalised(w: string | undefined): boolean {
  if (w === undefined || w.length === 0) return false;
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(w);
}

/** How many capitalised words after a place may make it an organization's name ("Johannesburg | Stock Exchange"). */
const MAX_PLACE_QUALIFIED = 3;

/** Spans that touch through one particle and can be one name: the same type, or an organization with anything. */
function joinOverParticles(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const between = prev ? view.words[prev.end] : undefined;
    if (prev && span.start === prev.end + 1 && between !== undefined && words.particles.has(between) &&
        (prev.type === span.type || prev.type === 'organization' || span.type === 'organization')) {
      const type: EntityType = prev.type === 'organization' || span.type === 'organization' ? 'organization' : prev.type;
      out[out.length - 1] = { start: prev.start, end: span.end, type, strong: prev.strong || span.strong };
      continue;
    }
    out.push({ ...span });
  }
  // "London School of Economics": a name ending in an organization word takes in "of" and the capitalised words after.
  for (const span of out) {
    const w = view.words;
    const head = w[span.end - 1];
    // The link first: the organization-word test is slow and rarely needed.
    if (!words.institutionLinks.has(w[span.end]?.toLowerCase() ?? '') || !capitalised(head)) continue;
    const end = complementEnd(w, span.end, words, (i) => covers(out, i, span));
    if (end < 0 || !(lex.orgCue(head) || words.institutionHeads.has(head.toLowerCase()))) continue;
    span.end = end;
    span.type = 'organization';
    span.strong = true;
  }
  // "University of Leeds", "Institute for Fiscal Studies": a name after a link whose institution word the tagger left
  // out is the end of the institution's name.
  for (const span of out) {
    const w = view.words;
    const link = span.start - 1;
    if (link < 1 || !words.institutionLinks.has(w[link]) || !capitalised(w[link - 1])) continue;
    const head = w[link - 1].toLowerCase();
    if (!lex.orgCue(head) && !words.institutionHeads.has(head)) continue;
    if (covers(out, link - 1, span)) continue;
    let start = link - 1;
    while (start > 0 && capitalised(w[start - 1]) && !covers(out, start - 1)) start--;
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start = 1;
    if (start >= link) continue;
    span.start = start;
    span.type = 'organization';
    span.strong = true;
  }
  for (const span of out) {
    const w = view.words;
    // "the Johannesburg Stock Exchange": a place before capitalised words that end in an organization word names it.
    if (span.type === 'place') {
      let end = span.end;
      while (end < w.length && end - span.end < MAX_PLACE_QUALIFIED && capitalised(w[end]) && !covers(out, end, span)) end++;
      const head = w[end - 1]?.toLowerCase() ?? '';
      if (end > span.end && (lex.orgCue(head) || words.institutionHeads.has(head))) Object.assign(span, { end, type: 'organization', strong: true });
    }
  }
  for (const span of out) {
    if (span.type !== 'organization') continue;
    const w = view.words;
    // "Manchester Evening News": an organization's name goes on over capitalised organization words after it.
    while (capitalised(w[span.end]) && lex.orgCue(w[span.end].toLowerCase())) span.end++;
    // "Department for Science, Innovation and Technology": a list closes an institution's name whose link the tagger
    // took in, unless its items are names of their own ("the Ministry of Defence, Google and Apple").
    if (!w.slice(span.start + 1, span.end - 1).some((word) => words.institutionLinks.has(word))) continue;
    span.end = listEnd(w, span.end, (i) => covers(out, i));
  }
  return dropOverlaps(out);
}

/**
 * Where an institution's name ends after the link word at `at`: the capitalised words after it ("of Economics"), an
 * article before them where the language links more than "of" ("for the Exploration of the Sea"), further links
 * inside, and a list of capitalised words closed by "and" ("for Science, Innovation and Technology"); -1 if no
 * capitalised word follows. `taken`: whether a word belongs to another name, which a list never takes in.
 */
function complementEnd(w: readonly string[], at: number, words: RuleWords, taken: (i: number) => boolean): number {
  const article = words.institutionLinks.size > 1;
  const start = (link: number): number => (article && w[link + 1]?.toLowerCase() === 'the' ? link + 2 : link + 1);
  // "the British Museum on Tuesday": a weekday or month after the link is a date, no part of a name.
  const nameWord = (word: string | undefined): boolean => capitalised(word) && !isDateWord(words, word as string);
  let end = start(at);
  if (!nameWord(w[end])) return -1;
  for (;;) {
    while (end < w.length && capitalised(w[end])) end++;
    if (words.institutionLinks.has(w[end]?.toLowerCase() ?? '') && nameWord(w[start(end)])) {
      end = start(end);
      continue;
    }
    const list = listEnd(w, end, taken);
    if (list === end) return end;
    end = list;
  }
}

/**
 * The end of ", Innovation and Technology" from `at`: capitalised items after commas, closed by "and" and one more;
 * `at` itself when there is no such list or a word of it is `taken` by another name ("..., Google and Apple").
 */
function listEnd(w: readonly string[], at: number, taken: (i: number) => boolean): number {
  let end = at;
  let items = 0;
  while (w[end] === ',' && capitalised(w[end + 1])) {
    end++;
    while (end < w.length && capitalised(w[end])) end++;
    items++;
  }
  if (items === 0 || w[end] !== 'and' || !capitalised(w[end + 1])) return at;
  end++;
  while (end < w.length && capitalised(w[end])) end++;
  for (let i = at; i < end; i++) if (taken(i)) return at;
  return end;
}

/** English articles and demonstratives, which open a sentence before a name without being part of it. */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** A possessive ending written as its own word ("Commissioner 's Office"). */
const POSSESSIVE_WORDS = new Set(["'s", '’s', "'", '’']);

/**
 * An English institution named with a possessive inside ("Information Commissioner's Office", "King's College London",
 * "Children's Hospital"): capitalised words, the possessive, and capitalised words opening with an institution word.
 * The words before the possessive must be no place or organization of their own ("Britain's Foreign Office" is two).
 */
function joinPossessiveInstitutions(view: RuleView, spans: readonly RuledSpan[], words: RuleWords, lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 1; i + 1 < w.length; i++) {
    if (!POSSESSIVE_WORDS.has(w[i]) || !capitalised(w[i - 1]) || !capitalised(w[i + 1])) continue;
    const head = w[i + 1].toLowerCase();
    if (!lex.orgCue(head) && !words.institutionHeads.has(head)) continue;
    let start = i - 1;
    while (start > 0 && capitalised(w[start - 1])) start--;
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start++;
    if (start >= i) continue;
    if (spans.some((s) => s.type !== 'person' && s.start < i && start < s.end)) continue;
    let end = i + 2;
    while (end < w.length && capitalised(w[end])) end++;
    joined.push({ start, end, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/** Words that join the parts of a suspended compound ("Helse- og omsorgsdepartementet"). */
const SUSPENDED_JOINS = new Set(['og', 'eller', 'and', 'or']);

/**
 * A suspended compound whose last word names an institution ("Helse- og omsorgsdepartementet", "Justits- og
 * Beredskabsministeriet") is one organization, whatever the tagger made of its first part.
 */
function joinSuspendedCompounds(view: RuleView, spans: readonly RuledSpan[], lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 0; i + 3 < w.length; i++) {
    if (w[i + 1] !== '-' || !SUSPENDED_JOINS.has(w[i + 2]) || !capitalised(w[i]) || !lex.orgCue(w[i + 3].toLowerCase())) continue;
    joined.push({ start: i, end: i + 4, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * Capitalised words ending in a word that names a kind of place ("Norwegian Sea", "Bering Strait") that the tagger
 * left out, as a place; words inside a span the tagger found are left to it.
 */
function addPlaceNames(view: RuleView, spans: readonly RuledSpan[], words: RuleWords): RuledSpan[] {
  if (words.placeHeads.size === 0) return [...spans];
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 1; i < w.length; i++) {
    if (!words.placeHeads.has(w[i]) || !capitalised(w[i - 1]) || covers(spans, i) || covers(spans, i - 1)) continue;
    let start = i - 1;
    while (start > 0 && capitalised(w[start - 1]) && !covers(spans, start - 1)) start--;
    // The sentence's first word is part of the name unless it is an article ("The Red Sea").
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start = 1;
    if (start < i) added.push({ start, end: i + 1, type: 'place' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : [...spans];
}

/** Whether a span other than `except` covers word i. */
function covers(spans: readonly RuledSpan[], i: number, except?: RuledSpan): boolean {
  return spans.some((s) => s !== except && s.start <= i && i < s.end);
}

/** The spans with `joined` in place of those they overlap, by start. */
function withJoined(spans: readonly RuledSpan[], joined: readonly RuledSpan[]): RuledSpan[] {
  if (joined.length === 0) return [...spans];
  const outside = spans.filter((s) => !joined.some((j) => s.start < j.end && j.start < s.end));
  return [...outside, ...joined].sort((a, b) => a.start - b.start);
}

/** Later spans that the growth of an earlier one has swallowed are left out. */
function dropOverlaps(spans: RuledSpan[]): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) {
      if (s.end > prev.end) prev.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** An organization followed at once by a place is its regional branch ("Sky Sport Italia", "Google Norge"). */
function joinBranch(spans: RuledSpan[], view: RuleView): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'organization' && span.type === 'place' && span.start === prev.end && span.end - span.start === 1 && !view.tail[span.start]) {
      prev.end = span.end;
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The type context gives a span: suffixes (ASA, Inc), introducers ("selskapet X"), title compounds ("X-sjefen"). */
function typeFromContext(view: RuleView, span: RuledSpan, words: RuleWords, lex: Lexicon): void {
  const w = view.words;
  const next = w[span.end];
  if (next !== undefined && words.companySuffixes.has(next) && !view.tail[span.end]) {
    span.end++;
    span.type = 'organization';
    span.strong = true;
    return;
  }
  if (span.end - span.start > 1 && words.companySuffixes.has(w[span.end - 1])) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "selskapet Equinor", and in apposition: "Det islandske sivilforsvaret, Almannavarnir, har".
  const described = w[span.start - 2];
  // A person's name after a comma is more likely the apposition of a title before ("talskvinden for Ruslands
  // udenrigsministerium, Marija Zakharova").
  const apposition = span.type !== 'person' && w[span.start - 1] === ',' && (next === ',' || next === undefined) && (isIntroducer(words, described) || (/^\p{Ll}/u.test(described ?? '') && lex.orgCue(described)));
  if (isIntroducer(words, w[span.start - 1]) || apposition) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Lord Elgin", "Sir Keir", "fru Hansen": a name after a form of address is a person's, whatever else it names.
  const address = w[span.start - 1];
  if (address !== undefined && lex.title(address)?.honorific) {
    span.type = 'person';
    span.strong = true;
    return;
  }
  // A person's name never heads a title compound: "X-sjefen", "X-direktøren" are an organization's.
  if (span.type === 'person' && span.end - span.start === 1 && next !== undefined && view.tail[span.end] && lex.title(next)) {
    span.type = 'organization';
    span.strong = true;
  }
}

/** Whether the span names a product: a product word just before it, or "its X (web) browser". */
function isProduct(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  const w = view.words;
  const before = w[span.start - 1]?.toLowerCase();
  if (before !== undefined && words.productCues.has(before)) return true;
  if (before === undefined || !words.possessives.has(before)) return false;
  for (let i = span.end; i < Math.min(w.length, span.end + 2); i++) if (words.productCues.has(w[i].toLowerCase())) return true;
  return false;
}

/** The longest name an organization may have when only an introducer marks it. */
const MAX_INTRODUCED_WORDS = 4;

/**
 * Names the tagger left out that context marks: a capitalised run after an introducer ("the advocacy group Acme
 * Watch", "sportsavisen Le Sport") and the head of a title compound ("Arsenal-kapteinen") are organizations.
 */
function addMarkedNames(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const covered = new Uint8Array(w.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const usable = (i: number) => i < w.length && !covered[i] && !view.tail[i] && capitalised(w[i]) &&
    !words.months.has(w[i].toLowerCase()) && !words.weekdays.has(w[i].toLowerCase());
  const added: RuledSpan[] = [];
  for (let i = 0; i < w.length; i++) {
    if (!usable(i)) continue;
    if (i > 0 && isIntroducer(words, w[i - 1])) {
      let end = i + 1;
      while (end < w.length && end - i < MAX_INTRODUCED_WORDS && usable(end)) end++;
      added.push({ start: i, end, type: 'organization', strong: true });
      covered.fill(1, i, end);
      i = end - 1;
    } else if (view.tail[i + 1] && lex.title(w[i + 1]) && !words.common.has(w[i].toLowerCase())) {
      added.push({ start: i, end: i + 1, type: 'organization', strong: true });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** What the gazetteer is sure a capitalised word names: a country, region or large city, or an organization. */
function knownName(gaz: Gazetteer, word: string, lang: Lang): EntityType | undefined {
  const entries = gaz.lookup(word, lang);
  if (entries.length === 0) return undefined;
  const first = entries[0];
  if (first.type === 'organization' && entries.every((e) => e.type === 'organization')) return 'organization';
  if (first.type !== 'place' || gaz.givenName(word)) return undefined;
  const large = first.place?.kind !== 'city' || (first.population ?? 0) >= LARGE_CITY;
  return large ? 'place' : undefined;
}

/** The type the gazetteer gives a phrase when every entry it has for it is one type, and no other reading fits. */
function phraseType(gaz: Gazetteer, phrase: string, lang: Lang): EntityType | undefined {
  const entries = gaz.lookup(phrase, lang);
  if (entries.length === 0) return undefined;
  return entries.every((e) => e.type === entries[0].type && !e.altTypes?.length) ? entries[0].type : undefined;
}

/** How many words a name spelled by the acronym after it may have ("Office for Budget Responsibility (OBR)"). */
const MAX_SPELLED_WORDS = 10;

/** The short form in parentheses at `open` ("(OBR)", "(Africa CDC)"): its end and capital letters, or undefined. */
function shortFormAt(w: readonly string[], open: number): { close: number; letters: string } | undefined {
  if (w[open] !== '(') return undefined;
  let close = open + 1;
  while (close < w.length && close - open <= 3 && capitalised(w[close])) close++;
  if (w[close] !== ')' || close === open + 1 || !/^\p{Lu}{2,6}$/u.test(w[close - 1])) return undefined;
  return { close, letters: w.slice(open + 1, close).join('').replace(/\P{Lu}/gu, '') };
}

/** Whether `letters` can be picked in order from `initials`, the first from the first. */
function spellsInOrder(letters: string, initials: string): boolean {
  if (letters[0] !== initials[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A name that the short form in parentheses after it spells is an organization, however the tagger cut it: its
 * capitalised words' initials exactly ("The Central Weather Administration (CWA)"), or, from where the tagger began an
 * organization, the initials of all its words in order ("Norsk institutt for forskning om oppvekst, velferd og aldring
 * (NOVA)", "Africa Centres for Disease Control and Prevention (Africa CDC)"). A short form of several words is then
 * one name too.
 */
function addSpelledNames(view: RuleView, spans: RuledSpan[], words: RuleWords, lang: Lang): RuledSpan[] {
  const w = view.words;
  let out = spans;
  const replace = (start: number, end: number): void => {
    const spelled: RuledSpan = { start, end, type: 'organization', strong: true };
    out = [...out.filter((x) => x.end <= start || x.start >= end), spelled].sort((a, b) => a.start - b.start);
  };
  for (let i = 1; i + 2 < w.length; i++) {
    const short = shortFormAt(w, i);
    if (short === undefined) continue;
    const acronym = short.letters;
    let initials = '';
    let all = '';
    // Capitalised words and links only, as the exact spelling needs; Norwegian and Danish names also have lower-case
    // words and commas, which only the spelling from the tagger's start allows.
    let exact = true;
    let found = -1;
    for (let start = i - 1; start >= 0 && i - start <= MAX_SPELLED_WORDS; start--) {
      const word = w[start];
      const link = words.institutionLinks.has(word) || PHRASE_CONJUNCTIONS.has(word) || word === 'the';
      if (word === ',' || (!capitalised(word) && !link)) {
        if (word !== ',' && (lang === 'en' || !/^\p{Ll}/u.test(word))) break;
        exact = false;
        if (word === ',') continue;
      }
      all = word[0].toUpperCase() + all;
      if (!capitalised(word)) continue;
      initials = word[0] + initials;
      if (start === 0 && view.sentenceStart && word === 'The') continue;
      if (exact && initials === acronym) {
        found = start;
        break;
      }
      const anchor = out.find((x) => x.start === start && x.type === 'organization');
      if (anchor !== undefined && anchor.end < i && spellsInOrder(acronym, all) && !out.some((x) => x.start > start && x.start < i)) {
        found = start;
        break;
      }
      if (initials.length > acronym.length) break;
    }
    if (found < 0) continue;
    if (!out.some((x) => x.start === found && x.end === i)) replace(found, i);
    if (short.close - i > 2) replace(i + 1, short.close);
  }
  return out;
}

/** How many words before a span may complete it to a name the gazetteer knows. */
const MAX_PHRASE_EXTENSION = 4;
const PHRASE_CONJUNCTIONS = new Set(['and', 'og', '&']);

/**
 * Known multi-word names the tagger cut ("European | Union", "International Ski and | Snowboard Federation"): the
 * capitalised words it left out just before a span (with "and" or "of" between them), or one just after, join it when
 * the gazetteer knows the whole; a span that names a well-known organization is one.
 */
function knownPhrases(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): void {
  const w = view.words;
  const covered = new Uint8Array(w.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const free = (i: number) => i >= 0 && i < w.length && !covered[i] && capitalised(w[i]) && !view.tail[i];
  // Lower-case words inside a name the tagger cut: "International Ski and Snowboard Federation", "Alternative für
  // Deutschland".
  const inner = (i: number) => i >= 0 && !covered[i] && (words.institutionLinks.has(w[i]) || PHRASE_CONJUNCTIONS.has(w[i]) || words.particles.has(w[i]));
  for (const span of spans) {
    // A capitalised common word before a name ("The UN") is no part of it; after one it may be ("Daily Mail").
    for (let from = span.start - MAX_PHRASE_EXTENSION; from < span.start; from++) {
      // A common word linked to the name is its first word ("Alternative für Deutschland").
      if (!free(from) || (words.common.has(w[from].toLowerCase()) && !inner(from + 1))) continue;
      let k = from + 1;
      while (k < span.start && (free(k) || inner(k))) k++;
      if (k < span.start) continue;
      const type = phraseType(gaz, w.slice(from, span.end).join(' '), lang);
      if (type) {
        covered.fill(1, from, span.start);
        Object.assign(span, { start: from, type, strong: true });
        break;
      }
    }
    // After a name also a lower-case word the gazetteer knows it with ("Frans Josefs land"); English capitalises every
    // word of a name ("Kyodo News"), so that a lower-case word after one is none of it ("Kyodo news agency").
    const lowerAfter = lang !== 'en' && span.end < w.length && !covered[span.end] && /^\p{Ll}/u.test(w[span.end]);
    // A number the gazetteer knows the name with: "TV | 2".
    const numberAfter = span.end < w.length && !covered[span.end] && /^\d{1,3}$/u.test(w[span.end]);
    if (free(span.end) || lowerAfter || numberAfter) {
      // Two lower-case words too: "Statens | pensjonsfond utland".
      const more = lowerAfter && span.end + 1 < w.length && !covered[span.end + 1] && /^\p{Ll}/u.test(w[span.end + 1]) ? 2 : 1;
      for (let n = more; n >= 1; n--) {
        const type = phraseType(gaz, w.slice(span.start, span.end + n).join(' '), lang);
        if (!type) continue;
        covered.fill(1, span.end, span.end + n);
        Object.assign(span, { end: span.end + n, type, strong: true });
        break;
      }
    }
    if (!span.strong && span.type !== 'organization' && phraseType(gaz, w.slice(span.start, span.end).join(' '), lang) === 'organization') {
      span.type = 'organization';
      span.strong = true;
    }
  }
}

/** Whether any of `values[from .. to)` is set. */
function anyOf(values: ArrayLike<number | boolean>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (values[i]) return true;
  return false;
}

/**
 * The longest known organization, country or region name of two or three words at `i` ("TV 2", "Daily Mail", "Saudi
 * Arabia", "Western Balkans"), as a word count and type.
 */
function knownPhraseAt(view: RuleView, covered: Uint8Array, i: number, gaz: Gazetteer, lang: Lang): { length: number; type: EntityType } | undefined {
  const w = view.words;
  // "The UN": the article is no part of the name (the gazetteer reads "the X" as X).
  if (w[i] === 'The') return undefined;
  for (let len = 3; len >= 2; len--) {
    const end = i + len;
    if (end > w.length || anyOf(covered, i, end) || anyOf(view.tail, i + 1, end)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w[end - 1])) continue;
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
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;

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

/**
 * Lone capitalised words the tagger left out although the gazetteer knows them well ("Copenhagen summit"); not at a
 * sentence start, not next to another capitalised word, not a common word.
 */
function addKnownNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, names: NameRules, lex: Lexicon, lang: Lang): RuledSpan[] {
  const covered = new Uint8Array(view.words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: RuledSpan[] = [];
  const w = view.words;
  for (let i = 0; i < w.length; i++) {
    if (covered[i] || view.tail[i] || !capitalised(w[i])) continue;
    const phrase = knownPhraseAt(view, covered, i, gaz, lang);
    if (phrase) {
      added.push({ start: i, end: i + phrase.length, type: phrase.type });
      i += phrase.length - 1;
      continue;
    }
    if (HYPHENATED_GIVEN_NAME.test(w[i + 1] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(w[i]) && !covered[i + 1]) {
      added.push({ start: i, end: i + 2, type: 'person' });
      i++;
      continue;
    }
    const known = knownPersonAt(view, i, names) ?? (lang !== 'en' ? knownGenitive(view, i, words, gaz, names, lang) : undefined) ?? knownBeforeTitle(view, i, gaz, lex, lang);
    if (known) {
      added.push({ start: i, end: i + 1, type: known });
      continue;
    }
    if ((i === 0 && view.sentenceStart) || w[i].length < 3) continue;
    // The sentence's first word is capitalised anyway ("Ifølge AFP er ...").
    const capitalisedBefore = capitalised(w[i - 1]) && !(i === 1 && view.sentenceStart);
    if (capitalisedBefore || capitalised(w[i + 1]) || view.tail[i + 1]) continue;
    // Part of a longer name: "Tour de France", "Bank of Japan".
    if ((words.particles.has(w[i + 1]) || w[i + 1] === 'of') && capitalised(w[i + 2])) continue;
    if ((words.particles.has(w[i - 1]) || w[i - 1] === 'of') && capitalised(w[i - 2])) continue;
    // An acronym in capitals is no common word written at a sentence start ("a WHO report", not "who").
    const acronym = w[i].length >= 3 && /^\p{Lu}+$/u.test(w[i]);
    if ((words.common.has(w[i].toLowerCase()) && !acronym) || words.months.has(w[i].toLowerCase())) continue;
    const type = knownName(gaz, w[i], lang);
    if (type) added.push({ start: i, end: i + 1, type });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * A span after a particle and a capitalised word the tagger left out is the end of a name it did not know ("Tour de
 * France" is no mention of France): better no mention than a wrong part.
 */
function tailOfUnknownName(view: RuleView, span: TokenSpan, spans: readonly TokenSpan[], words: RuleWords): boolean {
  const at = span.start;
  if (at < 2 || !words.particles.has(view.words[at - 1]) || !capitalised(view.words[at - 2])) return false;
  if (at - 2 === 0 && view.sentenceStart) return false;
  return !spans.some((s) => s.start <= at - 2 && at - 2 < s.end);
}

/**
 * A social platform is no entity, as the gold has it ("konto på TikTok, Snapchat eller Instagram", "sier X på
 * Telegram"); one whose name is also a common word or a letter only as the channel of a statement ("wrote on X").
 */
function isPlatform(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  const name = view.words.slice(span.start, span.end).join(' ');
  if (words.channels.has(name)) return true;
  return span.start > 0 && words.linkedChannels.has(name) && words.channelLinks.has(view.words[span.start - 1].toLowerCase());
}

/**
 * An English "The" the tagger took into a name ("The Marine Stewardship Council said") is no part of it, unless the
 * name is known with it ("The Guardian", "The Hague").
 */
function leadingArticle(view: RuleView, span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.end - span.start < 2 || view.words[span.start] !== 'The') return false;
  return !gaz.lookup(view.words.slice(span.start, span.end).join(' '), 'en').some((e) => e.name.startsWith('The '));
}

/** How many capitalised words before an English organization's name may belong to it. */
const MAX_CAPITALISED_PREFIX = 3;

/**
 * English capitalises every word of a name: capitalised words the tagger left out right before an organization it does
 * not know are part of it ("the Higher Public | Prosecutor's Office"), but not a sentence's first word, a month or a
 * weekday.
 */
function extendCapitalisedOrganizations(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer): void {
  const w = view.words;
  for (const span of spans) {
    // A name the gazetteer knows is whole: "the Japanese Kyodo news agency".
    if (span.type !== 'organization' || gaz.lookup(w.slice(span.start, span.end).join(' '), 'en').length > 0) continue;
    let start = span.start;
    while (start > 0 && span.start - start < MAX_CAPITALISED_PREFIX) {
      const k = start - 1;
      const word = w[k];
      if (!capitalised(word) || view.tail[k] || (k === 0 && view.sentenceStart) || isDateWord(words, word)) break;
      if (spans.some((x) => x !== span && x.start <= k && k < x.end)) break;
      start = k;
    }
    span.start = start;
  }
}

/**
 * The tagger's spans with the bounds of a name: no possessive ending, English article or opening introducer at the
 * start, no word after a Norwegian or Danish genitive at the end, the capitalised words before an English
 * organization taken in; an introducer alone opening the sentence is no name.
 */
function withNameBounds(view: RuleView, tagged: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  // A name has a capital letter somewhere ("eBay", "iTromsø"): "the island's" is none.
  let spans = tagged.filter((x) => w.slice(x.start, x.end).some((word) => /\p{Lu}/u.test(word)));
  for (const x of spans) {
    // A possessive ending never begins a name ("Serbia | 's Interior Ministry").
    while (x.end - x.start > 1 && POSSESSIVE_WORDS.has(w[x.start])) x.start++;
    if (lang === 'en' && leadingArticle(view, x, gaz)) x.start++;
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
    extendCapitalisedOrganizations(view, spans, words, gaz);
  }
  if (lang !== 'en') for (const x of spans) x.end = scandinavianEnd(view, x, spans, words, gaz);
  const introducerAt = (i: number) => capitalised(w[i]) && isIntroducer(words, w[i].toLowerCase());
  // "Regeringspartiet Georgisk Drøm": an introducer opening the sentence is a common noun, alone too.
  const out = spans.filter((x) => !(x.start === 0 && x.end === 1 && view.sentenceStart && introducerAt(0)));
  for (const x of out) {
    // "Bransjeorganisasjonen Sjømat Norge mener": an introducer opening a sentence is no part of the name after it.
    if (x.end - x.start > 1 && capitalised(w[x.start + 1]) && introducerAt(x.start)) {
      x.start++;
      x.type = 'organization';
    }
  }
  return out;
}

/**
 * Where a Norwegian or Danish name ends: before the lower-case word a genitive owns ("Macrons | kontor"); after the
 * capitalised word that follows an acronym ("NHO Reiseliv", "LO Stat"), which these languages write capitalised only
 * in names, unless it begins a person's name ("DNB | Hiroshi Tanaka"); at the noun of a name that opens with an article
 * and that the tagger ended on an adjective ("Den blå | lagune").
 */
function scandinavianEnd(view: RuleView, x: RuledSpan, spans: readonly RuledSpan[], words: RuleWords, gaz: Gazetteer): number {
  const w = view.words;
  const end = genitiveEnd(view, x);
  const next = w[end];
  if (next === undefined || view.tail[end]) return end;
  if (end - x.start === 1 && x.type === 'organization' && /^\p{Lu}{2,5}$/u.test(w[x.start]) && capitalised(next)) {
    const person = gaz.givenName(next) || capitalised(w[end + 1]);
    return !covers(spans, end) && !person && /\p{Ll}/u.test(next) && !words.common.has(next.toLowerCase()) ? end + 1 : end;
  }
  if (end - x.start >= 2 && NAME_ARTICLES.has(w[x.start]) && /^\p{Ll}/u.test(w[end - 1]) && /^\p{Ll}/u.test(next) && !words.common.has(next)) return end + 1;
  return end;
}

/** The word that links a Norwegian or Danish institution to its seat ("Statsforvalteren i Trøndelag"). */
const SEAT_LINK = 'i';

/**
 * "Statsforvalteren i Trøndelag", "Retten i Hillerød": an institution named by one capitalised definite noun, then "i"
 * and a place, is one organization.
 */
function joinSeats(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (lang === 'en') return spans;
  const w = view.words;
  const out: RuledSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const x = spans[n];
    const seat = spans[n + 1];
    // The tagger may take the noun for a person's name; a name ending like a definite noun (Hansen) is no noun.
    const institution = x.type !== 'place' && x.end - x.start === 1 && /^\p{Lu}\p{Ll}{3,}(?:eren|aren|ten|tet|et|mannen)$/u.test(w[x.start]);
    // A seat that runs on into a person's name ("Oslo Tone Myhre") is the tagger's error, no seat.
    const seated = seat?.type === 'place' && w[x.end] === SEAT_LINK && seat.start === x.end + 1 && !w.slice(seat.start, seat.end).some((word) => gaz.givenName(word));
    if (institution && seated) {
      out.push({ start: x.start, end: seat.end, type: 'organization', strong: true });
      n++;
      continue;
    }
    out.push(x);
  }
  return out;
}

/** "Marks & Spencer", "the Mail & Guardian": capitalised words joined by an ampersand are one organization. */
function joinAmpersands(view: RuleView, spans: RuledSpan[]): RuledSpan[] {
  const w = view.words;
  const free = (i: number, self: RuledSpan) => capitalised(w[i]) && !view.tail[i] && !covers(spans, i, self);
  for (const span of spans) {
    let { start, end } = span;
    if (w[end] === '&' && free(end + 1, span)) for (end += 2; end < w.length && free(end, span); ) end++;
    if (w[start - 1] === '&' && free(start - 2, span)) {
      start -= 2;
      while (start > 0 && free(start - 1, span) && !(start - 1 === 0 && view.sentenceStart && w[0] === 'The')) start--;
    }
    if (start !== span.start || end !== span.end) Object.assign(span, { start, end, type: 'organization', strong: true });
  }
  return dropOverlaps(spans);
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

/** Where a span ends when a capitalised genitive inside it is followed by a lower-case word. */
function genitiveEnd(view: RuleView, span: TokenSpan): number {
  for (let k = span.start; k < span.end - 1; k++) {
    const word = view.words[k];
    if (capitalised(word) && word.length > 2 && word.endsWith('s') && /^\p{Ll}/u.test(view.words[k + 1])) return k + 1;
  }
  return span.end;
}

/** A name heading a compound that the gazetteer knows whole as an organization ("EU-kommisjonen", "FN-sambandet"). */
function knownCompound(view: RuleView, span: TokenSpan, gaz: Gazetteer, lang: Lang): boolean {
  if (span.end - span.start !== 1 || !view.tail[span.end]) return false;
  return phraseType(gaz, `${view.words[span.start]}-${view.words[span.end]}`, lang) === 'organization';
}

function isDateWord(words: RuleWords, word: string): boolean {
  const lower = word.toLowerCase();
  return words.months.has(lower) || words.weekdays.has(lower);
}

/** A lone month name is a date ("in March", "until May"), unless a capitalised word before makes it a surname. */
function isMonth(view: RuleView, span: TokenSpan, words: RuleWords): boolean {
  if (span.end - span.start !== 1 || !words.months.has(view.words[span.start].toLowerCase())) return false;
  return span.type !== 'person' || !capitalised(view.words[span.start - 1]);
}

/** The spans that are no products, each product's words noted in `products` (its other mentions go too). */
function withoutProducts(view: RuleView, spans: RuledSpan[], product: (span: RuledSpan) => boolean, products: string[]): RuledSpan[] {
  return spans.filter((s) => {
    if (!product(s)) return true;
    products.push(view.words.slice(s.start, s.end).join(' '));
    return false;
  });
}

export interface SpanRules {
  apply(view: RuleView, spans: readonly TokenSpan[]): { spans: RuledSpan[]; products: string[] };
  /** Whether the language usually writes this word (lower case) in lower case. */
  common(word: string): boolean;
}

/** The span rules of a language. */
export function spanRules(res: Resources, lang: Lang): SpanRules {
  return res.get(`span-rules:${lang}`, () => {
    const words = ruleWords(res, lang);
    const lex = lexicon(res, lang);
    const gaz = gazetteer(res);
    const names = nameRules(res);
    return {
      common: (word) => words.common.has(word),
      apply(view, tagged) {
        const products: string[] = [];
        let spans = joinSuspendedCompounds(view, joinBranch(joinOverParticles(view, tagged.map((s) => ({ ...s })), words, lex), view), lex);
        if (lang === 'en') spans = joinPossessiveInstitutions(view, spans, words, lex);
        for (const s of spans) {
          const article = view.words[s.start - 1];
          if (article !== undefined && FOREIGN_ARTICLES.has(article) && (s.type === 'organization' || s.end - s.start > 1)) s.start--;
        }
        spans = withoutProducts(
          view,
          spans.filter((s) => !isMonth(view, s, words) && !tailOfUnknownName(view, s, spans, words)),
          (s) => isProduct(view, s, words),
          products,
        );
        spans = withNameBounds(view, spans, words, gaz, lang);
        knownPhrases(view, spans, words, gaz, lang);
        for (const s of spans) typeFromContext(view, s, words, lex);
        const marked = addSpelledNames(view, addMarkedNames(view, dropOverlaps(spans), words, lex), words, lang);
        const named = joinSeats(view, joinAmpersands(view, addPlaceNames(view, addKnownNames(view, marked, words, gaz, names, lex, lang), words)), gaz, lang);
        for (const x of named) if (knownCompound(view, x, gaz, lang)) Object.assign(x, { end: x.end + 1, type: 'organization', strong: true, compound: true });
        // A platform is a product: its other mentions in the article go too.
        return { spans: withoutProducts(view, named, (x) => isPlatform(view, x, words), products), products };
      },
    };
  });
}
