/**
 * Rules that read a name and its type from the words around it rather than from the name itself: a company suffix, an
 * introducer ("selskapet X"), a title compound ("X-sjefen"), a short form in parentheses that spells it ("(OBR)"), a
 * form of address, a place's possessive, a word for a kind of place, a source link ("ifølge X"), an institution's head.
 * A name the tagger does not know is often recognisable only by these marks.
 */
import type { Lexicon } from '../../lexicon.js';
import type { EntityType, Gazetteer, Lang } from '../../types.js';
import type { WordTags } from '../knowledge.js';
import { knownName, knownPlace } from './known.js';
import { covers, withJoined, type RuleView, type RuledSpan } from './spans.js';
import { isDemonym, isDemonymWord } from './non-entities.js';
import { complementEnd, type PlainWord } from './joins.js';
import { ACRONYM, ARTICLES, NAME_ACRONYM, NUMBER_WORDS, OPENING_MARKS, PHRASE_CONJUNCTIONS, PLACE_OPENERS, POSSESSIVE_WORDS, camelCaseCompany, capitalised, isDateWord, isIntroducer, type RuleWords } from './words.js';

/** The word before word i, in lower case where it opens the sentence (an introducer is capitalised there). */
function wordBefore(view: RuleView, i: number): string | undefined {
  return i === 1 && view.sentenceStart ? view.words[0].toLowerCase() : view.words[i - 1];
}

/** Words inside an apposition that make its last word no head of its own ("the head of the trade association"). */
const APPOSITION_LINKS = new Set(['of', 'for', 'in', 'at', 'from', 'to', 'with', 'on']);

/** Words that end an apposition's head and describe it ("the umbrella group representing farmers"). */
const DESCRIBING = /^(?:that|which|who|whose|based|\p{Ll}+ing)$/u;

/**
 * The head of an apposition right after the span (past its short form in parentheses): "group" in ", the world's largest
 * dairy group," and in ", the umbrella group representing European farmers,"; "supplier" in ", one of the country's
 * largest fertiliser suppliers,". The apposition ends at a comma, or at the sentence's end after a name that does not
 * open it ("figures from Teagasc, the food development authority."; not "In Kent, the council said ... authority.").
 * Undefined when none follows or a link makes its last word no head of its own.
 */
function appositionHead(view: RuleView, span: RuledSpan, linked = false): string | undefined {
  const w = view.words;
  let k = span.end;
  if (w[k] === '(' && w[k + 2] === ')') k += 3;
  if (w[k] !== ',') return undefined;
  let open = k + 1;
  const oneOf = w[open]?.toLowerCase() === 'one' && w[open + 1] === 'of';
  if (oneOf) open += 2;
  // It opens with an article, "another" or an owner's genitive (", Spain's biggest supermarket chain,").
  const owner = /^\p{Lu}/u.test(w[open] ?? '') && (w[open + 1] === "'s" || w[open + 1] === '’s');
  if (!(ARTICLES.has(w[open]?.toLowerCase() ?? '') || w[open] === 'another' || owner)) return undefined;
  let close = open + 1;
  let end: number | undefined;
  // A head with its description may run longer ("the umbrella group representing European farmers and agricultural
  // cooperatives").
  while (close < Math.min(w.length, open - 1 + (end === undefined ? MAX_APPOSITION_WORDS : MAX_DESCRIBED_APPOSITION_WORDS)) && w[close] !== ',' && w[close] !== '.') {
    // A link inside the description after the head leaves the head its own ("the Mangaluru-based cooperative that is
    // one of India's biggest cocoa buyers").
    // `linked` asks for the head before such a link all the same, where only lower-case words follow the article (",
    // the former governor of Nigeria's Kogi State,"; not ", the council's director of planning,").
    if (APPOSITION_LINKS.has(w[close]!) && end === undefined) {
      if (!linked || close === open + 1 || owner || !w.slice(open + 1, close).every((x) => /^\p{Ll}+$/u.test(x))) return undefined;
      end = close;
    }
    // The head is the word before a description, once a word that may be one has come.
    if (end === undefined && close > open + 1 && /^\p{Ll}+$/u.test(w[close - 1]!) && DESCRIBING.test(w[close]!)) end = close;
    close++;
  }
  const closed = w[close] === ',' || ((w[close] === '.' || close === w.length) && span.start > 1 && close + 1 >= w.length);
  if (!closed || close <= open + 1) return undefined;
  const head = w[(end ?? close) - 1]!;
  if (!/^\p{Ll}/u.test(head)) return undefined;
  return oneOf ? head.replace(/ies$/u, 'y').replace(/s$/u, '') : head;
}

/**
 * "Crisis, another national charity, said", "according to Shelter, the housing charity,": one capitalised word that no
 * span took, opening a sentence or after a preposition, is an organization's name when its apposition's head is a word
 * for one (English charities and unions are often named by a common noun). Not a word that opens a clause
 * ("Meanwhile, the country's largest union,"): `nameWord` says which may stand in a name.
 */
export function addAppositionBodies(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon, nameWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 0; i < w.length - 1; i++) {
    if (w[i + 1] !== ',' || !capitalised(w[i]) || covers(spans, i) || view.tail[i]) continue;
    const opens = (i === 0 && view.sentenceStart) || words.prepositions.has(w[i - 1] ?? '');
    if (!opens || !nameWord(w[i]!) || isDateWord(words, w[i]!) || lex.title(w[i]!) !== undefined) continue;
    const head = appositionHead(view, { start: i, end: i + 1, type: 'organization' });
    if (head !== undefined && (isIntroducer(words, head) || lex.orgCue(head))) added.push({ start: i, end: i + 1, type: 'organization', strong: true });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** The most words of the body a title is held in, between its link and the holder's name ("det israelske udenrigsministerium"). */
const HELD_IN_WORDS = 4;
/** The words that link a title to the body it is held in (nb, da). */
const TITLE_BODY_LINKS = new Set(['for', 'i', 'ved', 'hos']);
/** Verbs that make a title a predicate of someone named before ("Mette Rahbek, der er formand for borgergruppen X"). */
const COPULAS = new Set(['er', 'var', 'blev', 'ble', 'bliver', 'blir', 'som']);

/**
 * Whether a title, a link and the body it is held in stand right before word k ("landsformand for ADHD-foreningen",
 * "talsmand for det israelske udenrigsministerium"), the body a few words with no punctuation, and the title no
 * predicate of someone named before it (nb, da).
 */
function heldInBody(view: RuleView, k: number, lex: Lexicon): boolean {
  const w = view.words;
  for (let link = k - 2; link >= 1 && k - link - 1 <= HELD_IN_WORDS; link--) {
    if (!/^\p{L}/u.test(w[link + 1]!)) return false;
    if (TITLE_BODY_LINKS.has(w[link]!) && titleEndsAt(w, link - 1, lex)) return !COPULAS.has(w[link - 2]?.toLowerCase() ?? '');
  }
  return false;
}

/** Whether a title ends at word e, a title of several words too ("Chief executive Al Cook"). */
function titleEndsAt(w: readonly string[], e: number, lex: Lexicon): boolean {
  return lex.title(w[e] ?? '') !== undefined || [1, 2, 3].some((d) => e - d >= 0 && lex.titleAt(w, e - d)?.length === d + 1);
}

/** The words that link a title's holder to where they work (nb, da: "i Actis", "fra Diako"). */
const WORKPLACE_LINKS = new Set(['i', 'fra', 'ved', 'hos']);
/** The most words of a holder's name after the title. */
const HOLDER_NAME_WORDS = 3;

/** Whether a title's holder ends at word e: capitalised words of a name right after a title ("Fagsjef Ole-Martin Strand"). */
function holderEndsAt(w: readonly string[], e: number, lex: Lexicon): boolean {
  for (let n = 1; n <= HOLDER_NAME_WORDS && e - n >= 0; n++) {
    if (!capitalised(w[e - n + 1])) return false;
    if (titleEndsAt(w, e - n, lex)) return true;
  }
  return false;
}

/** Whether a title of a company's leader, of one word or two ("chief executive"), opens at word k. */
function executiveAt(w: readonly string[], k: number, words: RuleWords): boolean {
  const title = w[k]?.toLowerCase() ?? '';
  return words.executiveTitles.has(title) || words.executiveTitles.has(`${title} ${w[k + 1]?.toLowerCase() ?? ''}`);
}

/** The type context gives a span: suffixes (ASA, Inc), introducers ("selskapet X"), title compounds ("X-sjefen"). */
export function typeFromContext(view: RuleView, span: RuledSpan, words: RuleWords, lex: Lexicon, gaz: Gazetteer, wordTags?: WordTags): void {
  const w = view.words;
  const next = w[span.end];
  // Not a place's minister of a field that may end a company's name ("Ontario Energy Minister Stephen Lecce").
  const fieldOfTitle = span.type === 'place' && lex.title(w[span.end + 1] ?? '') !== undefined;
  if (next !== undefined && words.companySuffixes.has(next) && !view.tail[span.end] && !fieldOfTitle) {
    span.end++;
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // A suffix of initials the tokenizer splits at its periods ("Noordzee Wier B. | V.") is one too.
  const initials = span.end - span.start > 2 && /^\p{Lu}\.$/u.test(w[span.end - 2]!) ? w[span.end - 2]! + w[span.end - 1]! : '';
  if (span.end - span.start > 1 && (words.companySuffixes.has(w[span.end - 1]) || words.companySuffixes.has(initials))) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "a minority stake in Redbud Magnetics": a place the gazetteer does not know, after words for owning a share, is a
  // company.
  const owned = words.companyIntroducers.some((phrase) => span.start >= phrase.length && phrase.every((p, k) => w[span.start - phrase.length + k]?.toLowerCase() === p));
  if (span.type === 'place' && owned && !knownPlace(gaz, w.slice(span.start, span.end).join(' '), lex.lang)) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "the ruling Morena party": a name the article writes with the noun for a body's kind after it, perhaps an adjective
  // between the article and the name.
  const articleBefore = (): boolean => ARTICLES.has(w[span.start - 1]?.toLowerCase() ?? '') || (/^\p{Ll}+$/u.test(w[span.start - 1] ?? '') && ARTICLES.has(w[span.start - 2]?.toLowerCase() ?? ''));
  if (span.type !== 'organization' && next !== undefined && words.bodyKindsAfter.has(next) && !view.tail[span.end] && articleBefore()) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "selskapet Equinor", and in apposition: "Det islandske sivilforsvaret, Almannavarnir, har".
  const described = w[span.start - 2];
  // A person's name after a comma is more likely the apposition of a title before ("talskvinden for Ruslands
  // udenrigsministerium, Marija Zakharova").
  // Not so a noun that opens with an article ("The group, Plataforma Mezquita-Catedral de Córdoba, delivered"), whose
  // apposition names the body, unless it opens with a given name.
  const articled = (): boolean => ARTICLES.has(w[span.start - 3]?.toLowerCase() ?? '') && !gaz.givenName(w[span.start]!);
  const apposition = w[span.start - 1] === ',' && (next === ',' || next === undefined) && (span.type !== 'person' || articled()) && (isIntroducer(words, described) || (/^\p{Ll}/u.test(described ?? '') && lex.orgCue(described)));
  // Also an introducer that opens the sentence ("Rejsebureauet Spies oplyser"); before an acronym, it is its long name
  // (below).
  // Not a person named by a given name after a place one goes to, who opens a relative clause without its pronoun
  // ("Skolen Emma gikk på", "universitetet Mette Frederiksen læste på").
  const introducer = ACRONYM.test(w[span.start]) ? w[span.start - 1] : wordBefore(view, span.start);
  // Nor one whose title is held in a group ("lederen for gruppen Yahya Sinwar", "koalitionen Lars Løkke Rasmussen").
  const named = span.type === 'person' && gaz.givenName(w[span.start]!) !== undefined;
  const attended = named && (ATTENDED.test(introducer?.toLowerCase() ?? '') || (span.end - span.start >= 2 && GROUPS.test(introducer?.toLowerCase() ?? '')));
  // Nor one whose title is held in the body the introducer names ("formand for beboerforeningen Hamida Yusuf").
  const held = (): boolean => lex.lang !== 'en' && span.type === 'person' && heldInBody(view, span.start, lex);
  if ((isIntroducer(words, introducer) && !attended && !held()) || apposition) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Lactalis, the world's largest dairy group, said", "Fisheries Iceland (SFS), the industry association, said": a
  // name whose apposition's head is a word for an organization is one, whatever the tagger took it for; not a person
  // named with a given name ("Jane Doe, a fruit producer,").
  const head = appositionHead(view, span);
  const bodyHead = head !== undefined && (isIntroducer(words, head) || lex.orgCue(head));
  if (span.type !== 'organization' && !(span.type === 'person' && gaz.givenName(w[span.start]!)) && bodyHead) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // Whether the span's last word is best read as a country's name ("Infrastructure Australia", "Marie Stopes Kenya").
  const endsInCountry = (): boolean => gaz.lookup(w[span.end - 1]!, lex.lang)[0]?.place?.kind === 'country';
  // "MaryAnn, the singer, waved": so is a name the gazetteer does not know a person's when the head is a person's title.
  // Not a country's name after a word that is no given name, a national body's ("Infrastructure Australia, the federal
  // government's independent adviser,").
  const national = (): boolean => span.end - span.start >= 2 && !gaz.givenName(w[span.start]!) && endsInCountry();
  // Also a title before a link ("Yahaya Bello, the former governor of Nigeria's Kogi State,").
  const titleHead = (): string | undefined => (head !== undefined ? head : appositionHead(view, span, true));
  if (span.type !== 'person' && !span.strong && !bodyHead && lex.title(titleHead() ?? '') !== undefined && gaz.lookup(w.slice(span.start, span.end).join(' '), lex.lang).length === 0 && !national()) {
    span.type = 'person';
    span.strong = true;
    return;
  }
  // "Generalsekretær Pernille Huseby i Actis", "cheflæge Matthias Feddersen fra Diako": one word after a title's holder
  // and a link is where the holder works (nb, da).
  if (span.type === 'person' && span.end - span.start === 1 && lex.lang !== 'en' && WORKPLACE_LINKS.has(w[span.start - 1] ?? '') && holderEndsAt(w, span.start - 2, lex) && !gaz.givenName(w[span.start]!)) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Amgros' administrerende direktør", "Cafcass's chief executive": an unknown name whose genitive has a company's
  // leader is a company's. A person the article names in full keeps the name all the same ("Hagens styreleder" after
  // "Carl I. Hagen").
  const ownerMark = next === "'" || (lex.lang === 'en' && (next === "'s" || next === '’s'));
  const genitive = ownerMark || (lex.lang !== 'en' && /s$/u.test(w[span.start]!));
  if (span.type === 'person' && span.end - span.start === 1 && genitive && executiveAt(w, ownerMark ? span.end + 1 : span.end, words) && !gaz.givenName(w[span.start]!) && gaz.lookup(w[span.start]!, lex.lang).length === 0) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "the mouth of the Amazon", "the Brazilian Amazon": a name that is a company's alone is a place's after an article or
  // a nation's adjective.
  if (span.end - span.start === 1 && words.articledPlaces.has(w[span.start]!) && (w[span.start - 1] === 'the' || (w[span.start - 2] === 'the' && isDemonymWord(w[span.start - 1] ?? '', gaz)))) {
    span.type = 'place';
    span.strong = true;
    return;
  }
  // "Kanlaon Volcano", "Vaal Dam", "Mount Ruang": a name of two words or more that a word for a natural or built
  // feature or a territory ends, or that "Mount" opens, is a place's, whatever the tagger took it for; not a body the
  // gazetteer knows, nor a person's name opened by a given name ("Ben Lake").
  // Asked of every span: the word tests come before the look-ups.
  // Nor a name whose head a link word puts first ("University of the Highlands and Islands", "Mission to Solomon
  // Islands").
  const linked = (): boolean => w.slice(span.start + 1, span.end - 1).some((x) => /^\p{Ll}/u.test(x) && x !== 'and');
  const natural = (words.naturalHeads.has(w[span.end - 1]!) && !linked()) || w[span.start] === 'Mount';
  const givenName = (): boolean => span.type === 'person' && gaz.givenName(w[span.start]!) !== undefined;
  if (natural && span.type !== 'place' && !span.strong && wordTags && span.end - span.start >= 2 && !givenName() && !gaz.lookup(w.slice(span.start, span.end).join(' '), lex.lang).some((e) => e.type !== 'place')) {
    span.type = 'place';
    span.strong = true;
    return;
  }
  // "the River Lee", "the Lake Victoria basin": after an article, a name opened by a word for water or a mountain is a
  // place's, not a person's ("River Phoenix").
  if (span.type === 'person' && wordTags && /^the$/iu.test(w[span.start - 1] ?? '') && NATURAL_OPENERS.has(w[span.start]!)) {
    span.type = 'place';
    span.strong = true;
    return;
  }
  // "Chukwuemeka Obi, who runs a phone repair shop": an unknown name the tagger read as a place is a person's when "who"
  // describes it.
  if (span.type === 'place' && !span.strong && w[span.end] === ',' && words.relativeTypes.get(w[span.end + 1] ?? '') === 'person' && gaz.lookup(w.slice(span.start, span.end).join(' '), lex.lang).length === 0) {
    span.type = 'person';
    span.strong = true;
    return;
  }
  // "Andrea Sartori, who heads Confederaciones Rurales Argentinas,": what one heads or founded is a body, not a person.
  if (span.type === 'person' && wordTags && HEADED_BY.has(w[span.start - 1] ?? '') && !gaz.givenName(w[span.start]!)) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Folketidende", "Aftenposten": one word ending as newspapers' names end is a newspaper, not a person.
  const newspaper = (word: string): boolean => words.newspaperEndings.some((e) => word.length > e.length + 2 && word.toLowerCase().endsWith(e));
  if (span.type === 'person' && span.end - span.start === 1 && newspaper(w[span.start]!) && !gaz.givenName(w[span.start]!)) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "EuroChem": a name in camel case is a company's.
  if (span.type === 'person' && span.end - span.start === 1 && camelCaseCompany(w[span.start]!, gaz, lex.lang)) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Handelskampanjen", "Klimaalliancen": an unknown compound that ends in an organization word's definite form.
  if (span.type !== 'organization' && span.end - span.start === 1 && !view.tail[span.end] && definiteBodyCompound(w[span.start]!, lex) && gaz.lookup(w[span.start]!, lex.lang).length === 0) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Karstensens Skibsværft", "Mary Fonden": a name of several words that ends in an organization word is an
  // organization's, unless a given name opens it and the word only ends in one or is no definite noun ("Stephanie
  // Storbank", "Anne Fond").
  if (span.end - span.start > 1) {
    const last = w[span.end - 1].toLowerCase();
    const definiteCue = (): boolean => lex.orgCues.has(last) && /(?:en|et)$/u.test(last);
    if (span.type === 'person' && lex.orgCue(last) && (!gaz.givenName(w[span.start]) || definiteCue())) {
      span.type = 'organization';
      span.strong = true;
      return;
    }
    // "Kosovo Police": so is an English place's name that ends in a capitalised organization word (a known place such
    // as "West Bank" is a place again once normalized).
    if (span.type === 'place' && wordTags && capitalised(w[span.end - 1]) && lex.orgCue(last)) {
      span.type = 'organization';
      span.strong = true;
      return;
    }
    // "landbrugsminister, Luis Planas": a given name and more after a title, or after its comma, name its holder.
    const titled = (): boolean => titleEndsAt(w, span.start - 1, lex) || (w[span.start - 1] === ',' && titleEndsAt(w, span.start - 2, lex));
    // So do two or three capitalised words there that name no known body, given names known or not ("RN's formand,
    // Jordan Bardella,").
    // Not where the body comes first and its person after it ("sier daglig leder, Oslo Sportslager, Kari Hansen"), nor
    // a name that holds a known organization or ends in a country, region or large city ("Fagforbundet Oslo", "Helse
    // Bergen"; not "Parks Tau").
    const unknownName = (): boolean => {
      const run = w.slice(span.start, span.end);
      if (span.end - span.start > 3 || !run.every((x) => /^\p{Lu}\p{Ll}/u.test(x)) || gaz.lookup(run.join(' '), lex.lang).length > 0) return false;
      if (w[span.end] === ',' && capitalised(w[span.end + 1])) return false;
      if (run.some((x, k) => gaz.lookup(run.slice(0, k + 1).join(' '), lex.lang).some((e) => e.type === 'organization') || lex.orgCue(x.toLowerCase()))) return false;
      return knownName(gaz, run[run.length - 1]!, lex.lang) !== 'place';
    };
    const holderName = (): boolean => gaz.givenName(w[span.start]) !== undefined || unknownName();
    // Nor the body whose title a holder after it has ("the committee's chair, Liberal Democrat MP Alistair Carmichael").
    const bodyOfTitle = lex.title(w[span.end] ?? '') !== undefined && capitalised(w[span.end + 1]);
    if (span.type !== 'person' && titled() && !bodyOfTitle && holderName() && !lex.orgCue(last)) {
      span.type = 'person';
      span.strong = true;
      return;
    }
  }
  // "Jan-Willem van der Linden", "Maria da Silva": a given name, particles and a capitalised name are a person's; not
  // an acronym spelled as one ("ANA Aeroportos de Portugal").
  if (span.type !== 'person' && span.end - span.start >= 3 && /^\p{Lu}\p{Ll}/u.test(w[span.start]!) && gaz.givenName(w[span.start].split('-')[0]!) && capitalised(w[span.end - 1]) &&
    w.slice(span.start + 1, span.end - 1).some((x) => words.particles.has(x))) {
    span.type = 'person';
    span.strong = true;
    return;
  }
  // "Sutrisno, 54, a fisherman", "Hansen, 61, sier", "Kari Berg (45)", "Tuba Yildirim på 23 år": a name with an age
  // after it is a person's.
  if (span.type !== 'person' && agedAfter(w, span.start, span.end) && !gaz.lookup(w.slice(span.start, span.end).join(' '), 'en').some((e) => e.place?.kind === 'country' || e.type === 'organization') && unknownFullName(w, span, gaz, lex)) {
    span.type = 'person';
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
  // "Fødevareforbundet NNF": an organization word's compound before an acronym is the long name that goes with it.
  if (address !== undefined && span.end - span.start === 1 && ACRONYM.test(w[span.start]) && capitalised(address) && !view.tail[span.start - 1] && address.length > 1) {
    const lower = address.toLowerCase();
    if (!words.orgIntroducers.has(lower) && isIntroducer(words, lower)) {
      Object.assign(span, { start: span.start - 1, type: 'organization', strong: true });
      return;
    }
  }
  // "Marie Stopes Kenya": a person's name of three words or more that ends in a country's is a body's branch there.
  if (span.type === 'person' && span.end - span.start >= 3 && endsInCountry()) {
    span.type = 'organization';
    span.strong = true;
    return;
  }
  // "Tennis Australia", "Transport Scotland": a country or region named with a common noun before it is a national body.
  const body = wordTags ? nationalBody(view, span, gaz, wordTags, words) : -1;
  if (body >= 0) {
    Object.assign(span, { start: body, type: 'organization', strong: true });
    return;
  }
  if (wordTags && nationalBodyAfter(view, span, gaz, wordTags, words, lex)) {
    Object.assign(span, { end: span.end + 1, type: 'organization', strong: true });
    return;
  }
  // "Poland's Katarzyna Nowicka", "Argentina's Tomás Echeverría": a place's own place is named by a known name; two or
  // three unknown capitalised words after its possessive are one of its people.
  if (span.type === 'place' && possessedByPlace(view, span, gaz)) {
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

/**
 * Whether a span after which an age in brackets or "på N år" stands may be a person's full name: two or three
 * capitalised words, no acronym ("Malmö FF"), no word for a body ("Næsby Boldklub"), nothing the gazetteer knows ("Nedre
 * Eiker på 50 år" is a time), and not a name a rule was sure of.
 */
function unknownFullName(w: readonly string[], span: RuledSpan, gaz: Gazetteer, lex: Lexicon): boolean {
  // An age between commas is one whatever the name ("Hansen, 61, sier").
  if (w[span.end] === ',') return true;
  // Nor a place's name after its preposition ("storm på Vestre Hus på 30 år").
  if (span.strong || span.type === 'place' || PLACE_PREPOSITIONS.has(w[span.start - 1] ?? '')) return false;
  const run = w.slice(span.start, span.end);
  const named = (x: string): boolean => gaz.lookup(x, lex.lang).some((e) => e.name === x && e.type !== 'person');
  if (run.length > 3 || !run.every((x) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(x) && !lex.orgCue(x.toLowerCase()) && !named(x)) || gaz.lookup(run.join(' '), lex.lang).length > 0) return false;
  // A given name, or where the person comes from after the age ("Tuba Yildirim på 23 år fra Køge"); a party's or a
  // club's number has neither ("Pasientfokus Nord (1)").
  return gaz.givenName(run[0]!) !== undefined || ORIGIN_LINKS.has(w[span.end + 3] ?? '');
}

/** Prepositions before a place's name. */
const PLACE_PREPOSITIONS = new Set(['i', 'på', 'in', 'at']);
/** Words that say where a person comes from. */
const ORIGIN_LINKS = new Set(['fra', 'from']);

/**
 * Whether an age follows the name from `start` to `k`: ", 54,", or "(54)" or Norwegian and Danish "på 54 år" after a
 * full name (a club's one word before a score, "Brann (2)", is no person).
 */
function agedAfter(w: readonly string[], start: number, k: number): boolean {
  if (!/^\d{1,2}$/u.test(w[k + 1] ?? '')) return false;
  if (w[k] === ',' && w[k + 2] === ',') return true;
  return k - start >= 2 && ((w[k] === '(' && w[k + 2] === ')') || (w[k] === 'på' && w[k + 2] === 'år'));
}

/** The fewest letters before the organization word of a compound named for a body ("Handels|kampanjen"). */
const MIN_BODY_COMPOUND_HEAD = 4;

/** Whether a Norwegian or Danish word is a compound on an organization word in its definite form ("Handelskampanjen"). */
function definiteBodyCompound(word: string, lex: Lexicon): boolean {
  if (lex.lang === 'en' || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (let k = MIN_BODY_COMPOUND_HEAD; k < lower.length - 3; k++) {
    const cue = lower.slice(k);
    // Norwegian writes some feminine nouns' definite form in -a ("nemnda").
    if (lex.orgCues.has(cue) && (/(?:en|et)$/u.test(cue) || (lex.lang === 'nb' && /a$/u.test(cue)))) return true;
  }
  return false;
}

/** English words that open the name of a river, a lake or a mountain ("River Lee", "Lake Victoria", "Mount Kenya"). */
const NATURAL_OPENERS = new Set(['River', 'Lake', 'Mount', 'Loch']);

/** The longest apposition that may tell what an unknown name opening an English sentence is. */
const MAX_APPOSITION_WORDS = 8;
/** English verbs whose object is a body one leads ("who heads X", "chaired X"). */
const HEADED_BY = new Set(['heads', 'headed', 'chairs', 'chaired', 'founded', 'co-founded', 'cofounded']);
/** The most words of an apposition whose head a description follows. */
const MAX_DESCRIBED_APPOSITION_WORDS = 14;

/**
 * What an English apposition from word 2 to the comma at `close` says its name is ("the country's largest supermarket
 * operator": an organization; "a researcher at the institute": a person), by its noun: the word before its first
 * preposition, or its last.
 */
function appositionType(w: readonly string[], close: number, words: RuleWords, lex: Lexicon): EntityType | undefined {
  if (!ARTICLES.has(w[2].toLowerCase()) || close - 2 > MAX_APPOSITION_WORDS) return undefined;
  let stop = 3;
  while (stop < close && !words.prepositions.has(w[stop])) stop++;
  const head = w[stop - 1].toLowerCase();
  if (isIntroducer(words, head) || words.orgNouns.has(head)) return 'organization';
  return lex.title(head) ? 'person' : undefined;
}

/** The longest name an organization may have when only an introducer marks it. */
const MAX_INTRODUCED_WORDS = 4;

/**
 * Names the tagger left out that context marks: a capitalised run after an introducer ("the advocacy group Acme
 * Watch", "sportsavisen Le Sport"), the head of a title compound ("Arsenal-kapteinen"), a name before a word for a kind
 * of place ("Vinje kommune") or before a title ("Finance Ministry spokesperson"), a source after "ifølge"/"according
 * to", and in English (`english`: wink's word tags) institutions and a name before a relative clause. The first rule
 * that fits a word decides.
 */
export function addMarkedNames(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon, gaz: Gazetteer, english?: WordTags, plain?: PlainWord): RuledSpan[] {
  const w = view.words;
  const covered = new Uint8Array(w.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const usable = (i: number) => i < w.length && !covered[i] && !view.tail[i] && capitalised(w[i]) && !isDateWord(words, w[i]);
  /** The end of the run of capitalised words the tagger left out from `i`. */
  const runEnd = (i: number, stop: (k: number) => boolean = () => false): number => {
    let end = i + 1;
    while (end < w.length && end - i < MAX_INTRODUCED_WORDS && usable(end) && !stop(end)) end++;
    return end;
  };
  // A sentence's first word, or the first after an opening quotation mark or dash, is capitalised whatever it is.
  const opening = (i: number): boolean => (i === 0 && view.sentenceStart) || OPENING_MARKS.has(w[i - 1] ?? '');
  // In English, a word of a class no name belongs to ("Russian", "Every", "Israeli").
  const notName = (word: string): boolean => english !== undefined && NOT_NAME_TAGS.has(english.get(word.toLowerCase()) ?? '');
  // Or a word the language writes in lower case.
  const commonWord = (word: string): boolean => words.common.has(word.toLowerCase()) || notName(word);
  const isInstitutionHead = (i: number): boolean => {
    const head = w[i].toLowerCase();
    return (lex.orgCue(head) || words.institutionHeads.has(head)) && words.institutionLinks.has(w[i + 1] ?? '') && usable(i + 2) && !words.common.has(w[i + 2].toLowerCase());
  };
  // "Videnskab.dk": a web address, no name.
  const isDomain = (end: number): boolean => w[end] === '.' && /^\p{Ll}{2,3}$/u.test(w[end + 1] ?? '');
  const afterSourceLink = (i: number): boolean =>
    words.sourceLinks.some((phrase) => i >= phrase.length && phrase.every((p, k) => w[i - phrase.length + k]!.toLowerCase() === p));
  /** Whether a run of capitalised words ends in an organization word, with no capitalised word after it. */
  const endsInstitution = (end: number): boolean => !(end < w.length && capitalised(w[end])) && lex.orgCue(w[end - 1].toLowerCase());
  /**
   * Whether the capitalised run from `i` to `run` is a name spoken for by the speech verb after it: none of its words
   * is a title or a time, its last is of no class no name belongs to, and at a sentence's start (where any word is
   * capitalised) it has two words or one no lexicon knows ("Officials said": no name).
   */
  const speakerBeforeVerb = (i: number, run: number): boolean => {
    if (english === undefined || run >= w.length || !words.speechVerbs.has(w[run]) || ARTICLES.has(w[i].toLowerCase())) return false;
    // The rest of a longer name ("Natural Resources" of "Ministry of Lands and Natural Resources") is none.
    if (i > 0 && !opening(i) && capitalised(w[i - 1]) && !ARTICLES.has(w[i - 1].toLowerCase())) return false;
    // "groups in East Kalimantan warned": a name in a prepositional phrase is no subject, but one who belongs to or
    // speaks for it names it ("Amy Fenwick of River Action said").
    const before = w[i - 1]?.toLowerCase() ?? '';
    if (words.prepositions.has(before) && !words.institutionLinks.has(before)) return false;
    // Only a person's: "Secretary of State said", "Friends of the Earth said" are one title or name.
    const link = before === 'the' ? i - 2 : i - 1;
    if (words.institutionLinks.has(w[link]?.toLowerCase() ?? '') && !spans.some((x) => x.end === link && x.type === 'person')) return false;
    // "Save the Children said": a name with an article inside.
    if (before === 'the' && !opening(i - 1) && capitalised(w[i - 2])) return false;
    // "Microsoft's Xbox Division said": a part of the name before, no name of its own.
    if (POSSESSIVE_WORDS.has(before)) return false;
    for (let k = i; k < run; k++) if (lex.title(w[k]) || words.timeWords.has(w[k].toLowerCase())) return false;
    // A name may open with an adjective ("Daily Nation", "Southern Water") but ends in a noun ("Israeli | officials");
    // a sentence may open with a quantifier or an adjective before a people ("Most Britons say", "Ordinary Russians").
    if (notName(w[run - 1]) || (opening(i) && notName(w[i]))) return false;
    // "One MEP said": a number and a word for a member, no name ("Stability AI said" is one).
    if (run - i === 2 && (NUMBER_WORDS.test(w[i]!) || QUANTIFIERS.has(w[i]!)) && words.nonEntities.has(w[run - 1]!)) return false;
    return !opening(i) || run - i > 1 || english.get(w[i].toLowerCase()) === undefined;
  };
  const unknownOpener = (word: string): boolean => {
    const lower = word.toLowerCase();
    return word.length >= 3 && word.length <= MAX_OPENER_LENGTH && /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(word) && !words.common.has(lower) && !COMMON_NOUN_ENDING.test(lower) && !lex.title(word) &&
      !words.timeWords.has(lower) && !isDateWord(words, lower) && !words.prepositions.has(lower) && gaz.lookup(word, 'nb').length === 0 && gaz.lookup(word, 'da').length === 0;
  };
  const sourceEnd = (i: number): number => runEnd(i, (k) => lex.title(w[k]) !== undefined || (w[k + 1] === '.' && k + 2 < w.length));
  // "according to the Mail & Guardian": a name joined by an ampersand, which the joining of such names takes whole.
  const source = (i: number): boolean => {
    const end = sourceEnd(i);
    // Nor one that goes on over its link ("the Chamber of Commerce"), which the rules for institutions take whole.
    return w[end] !== '&' && !words.institutionLinks.has(w[end]?.toLowerCase() ?? '') && !notName(w[end - 1]);
  };
  // "Union Commerce Minister Piyush Goyal said": a sentence's capitalised first word that may introduce a name opens a
  // title when a title closes the run after it.
  const titleAfterOpener = (i: number, run: number): boolean => i === 1 && view.sentenceStart && lex.title(w[run - 1]!) !== undefined;
  const added: RuledSpan[] = [];
  const dropped = new Set<RuledSpan>();
  const add = (start: number, end: number, type: EntityType, strong = true): number => {
    added.push(strong ? { start, end, type, strong } : { start, end, type });
    covered.fill(1, start, end);
    return end - 1;
  };
  for (let i = 0; i < w.length; i++) {
    if (!usable(i)) continue;
    const run = runEnd(i);
    const first = w[i].toLowerCase();
    if (!opening(i) && words.placeKinds.has(w[run] ?? '') && !(run - i === 1 && commonWord(w[i]))) {
      // "East Kalimantan province", "i Vinje kommune": a name before a word for a kind of place ("the Russian state": no
      // name).
      i = add(i, run, 'place');
    } else if (!ARTICLES.has(first) && run - i > 1 && lex.orgCue(w[run - 1].toLowerCase()) && /^\p{Ll}/u.test(w[run] ?? '') && lex.title(w[run]!)) {
      // "Finance Ministry spokesperson Dewi Anggraini": an organization before the title of its person.
      i = add(i, run, 'organization');
    } else if (afterSourceLink(i) && !lex.title(w[i]) && source(i)) {
      // "Ifølge Dagens Medicin, der har set ...", "according to the Daily Nation": a source the tagger left out, up to
      // a title or an abbreviation, that ends in a word a name may end in. Its type is a guess the article's other
      // mentions may overrule ("Ifølge Gottschalck" after "Anne Kjær Gottschalck").
      const end = sourceEnd(i);
      const demonym = english !== undefined && isDemonym(view, { start: i, end, type: 'organization' }, gaz);
      if (!isDomain(end) && !demonym) i = add(i, end, gaz.givenName(w[i]) && end - i > 1 ? 'person' : 'organization', false);
    } else if (i > 0 && isIntroducer(words, wordBefore(view, i)) && !titleAfterOpener(i, run)) {
      // "Fagtidsskriftet Dagens Medisin skriver": also after an introducer that opens the sentence.
      // "the advocacy group Marriage For All Japan": a place the tagger took out of the name's end is part of it, as
      // the joining of an organization and its branch does for the tagger's own names.
      const tail = run - i < MAX_INTRODUCED_WORDS ? spans.find((s) => s.start === run && s.end === run + 1 && s.type === 'place' && !view.tail[run]) : undefined;
      if (tail) dropped.add(tail);
      i = add(i, tail ? run + 1 : run, 'organization');
    } else if (view.tail[i + 1] && lex.title(w[i + 1]) && !words.common.has(first)) {
      add(i, i + 1, 'organization');
    } else if (english && w[i - 1]?.toLowerCase() === 'the' && run > i + 1 && endsInstitution(run)) {
      // "the High Court", "the National Assembly": capitalised words after "the" that end in an organization word,
      // and the name after its link ("the General Directorate of Forestry").
      const linked = words.institutionLinks.has(w[run] ?? '') ? complementEnd(w, run, words, (k) => covered[k] === 1, plain) : -1;
      i = add(i, Math.max(run, linked), 'organization');
    } else if (english && isInstitutionHead(i)) {
      // "The Bureau of Meteorology says": an English institution's head, its link and a capitalised name, which the
      // tagger left out whole.
      let start = i;
      while (start > 0 && usable(start - 1) && !ARTICLES.has(w[start - 1].toLowerCase()) && !(start - 1 === 0 && view.sentenceStart)) start--;
      // Its name may go on over a list ("Ministry of Agriculture, Forestry and Fisheries").
      i = add(start, Math.max(runEnd(i + 2), complementEnd(w, i + 1, words, (k) => covered[k] === 1, plain)), 'organization');
    } else if (english && speakerBeforeVerb(i, run)) {
      // "Safaricom said", "Gold Fields said on Tuesday": capitalised words the tagger left out just before a speech
      // verb are its speaker, a person when a given name opens them, else (companies, agencies) an organization.
      // After a title it is its holder ("retired engineer Tan Wei Ling said").
      const held = gaz.givenName(w[i]) !== undefined || (i > 0 && lex.title(w[i - 1]!) !== undefined && run - i <= 3);
      i = add(i, run, knownName(gaz, w.slice(i, run).join(' '), 'en') ?? (held ? 'person' : 'organization'), false);
    } else if (english && i === 0 && view.sentenceStart && w[1] === ',' && !commonWord(w[0]) && !words.timeWords.has(first) && !isDateWord(words, first)) {
      // "Arianespace, which markets the rocket, said", "Aeon, the country's largest supermarket operator, said": an
      // English sentence opening with a word no lexicon knows and a relative clause or an apposition about it, which a
      // speech verb closes, opens with a name of the kind the relative pronoun or the apposition's noun tells.
      // The comma that closes it before the verb, past any inside it ("which runs a smelter in Skellefteå, Sweden, said").
      let close = w.indexOf(',', 3);
      while (close >= 0 && !words.speechVerbs.has(w[close + 1]?.toLowerCase() ?? '')) close = w.indexOf(',', close + 1);
      if (close < 0) continue;
      // A relative clause tells only of a word no lexicon knows ("Arianespace"); an apposition also of one it knows as a
      // noun ("Shell, the oil company").
      const type = (english.get(first) === undefined ? words.relativeTypes.get(w[2]) : undefined) ?? appositionType(w, close, words, lex);
      if (type) add(0, 1, type);
    } else if (!english && i === 0 && view.sentenceStart && run === 1 && words.speechVerbs.has(w[1]?.toLowerCase() ?? '') && unknownOpener(w[0])) {
      // "Skyss opplyser at": a Norwegian or Danish sentence opening with a short word no word list knows, right before
      // a speech verb, opens with its speaker's name, unless it ends like a common noun ("Bostyreren", "Forskning").
      add(0, 1, gaz.givenName(w[0]) ? 'person' : 'organization', false);
    }
  }
  // A name may take in one the tagger found inside it ("... and Renewable Natural Resources").
  const inAdded = (x: RuledSpan): boolean => added.some((a) => a.start <= x.start && x.end <= a.end);
  return added.length ? [...spans.filter((x) => !dropped.has(x) && !inAdded(x)), ...added].sort((a, b) => a.start - b.start) : spans;
}


/**
 * The endings of a Norwegian or Danish definite noun ("bostyreren", "selskapet", "kommunene"), a plural ("eksperter")
 * or a derived common noun ("forskning", "leverandør", "regjeringsdannelse").
 */
const COMMON_NOUN_ENDING = /(?:en|et|ene|erne|a|er|ere|ing|sjon|tion|het|hed|ør|else|isme|itet|skap|skab|dom)$/u;
/** Longer words opening a sentence are mostly compounds of common words ("Hjelpeorganisasjoner"); names are short. */
const MAX_OPENER_LENGTH = 9;

/** Quantifiers that, as numbers do, open an English noun phrase ("Several MPs"). */
const QUANTIFIERS = new Set(['Several', 'Many', 'Some', 'Most', 'Other', 'Another']);

/** Nouns, or compounds ending in them, for places people go to or work at: a given name after one may be theirs. */
const ATTENDED = /(?:skolen|gymnasiet|universitetet|hospitalet|sykehuset|sygehuset|museet|teatret|teateret)$/u;
/** Words for a group of people, after which a person's full name is a member's, not the group's. */
const GROUPS = /(?:gruppen|bevegelsen|bevægelsen|nettverket|netværket|alliansen|alliancen|koalisjonen|koalitionen)$/u;

/** wink's parts of speech of English words that no name is: adjectives (demonyms too), determiners, pronouns. */
const NOT_NAME_TAGS = new Set(['ADJ', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV']);

/** How many words a name spelled by the acronym after it may have ("Office for Budget Responsibility (OBR)"). */
const MAX_SPELLED_WORDS = 10;

/**
 * The short form in parentheses at `open` ("(OBR)", "(Africa CDC)"): its end and capital letters, or undefined. One
 * capitalised word is one too, spelled as a word ("(Ocha)", "(Unicef)"): all its letters are the initials.
 */
function shortFormAt(w: readonly string[], open: number): { close: number; letters: string } | undefined {
  if (w[open] !== '(') return undefined;
  let close = open + 1;
  while (close < w.length && close - open <= 3 && capitalised(w[close])) close++;
  if (w[close] !== ')' || close === open + 1) return undefined;
  if (close === open + 2 && /^\p{Lu}\p{Ll}{2,5}$/u.test(w[open + 1])) return { close, letters: w[open + 1].toUpperCase() };
  if (!/^\p{Lu}{2,6}$/u.test(w[close - 1])) return undefined;
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
export function addSpelledNames(view: RuleView, spans: RuledSpan[], words: RuleWords, lang: Lang): RuledSpan[] {
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
      if (anchor !== undefined && anchor.end <= i && spellsInOrder(acronym, all) && !out.some((x) => x.start > start && x.start < i)) {
        found = start;
        break;
      }
      if (initials.length > acronym.length) break;
    }
    if (found < 0) continue;
    if (!out.some((x) => x.start === found && x.end === i)) replace(found, i);
    // The short form is the same organization, also where the tagger left it out ("(GWCL)").
    if (short.close - i > 2 || !out.some((x) => x.start <= i + 1 && i + 1 < x.end)) replace(i + 1, short.close);
  }
  return out;
}

/** The most words of a person's name after a place's possessive. */
const MAX_POSSESSED_NAME = 3;

/**
 * Whether the span is two or three capitalised words the gazetteer does not know, opening with a given name, right after
 * a known place's "'s".
 */
function possessedByPlace(view: RuleView, span: RuledSpan, gaz: Gazetteer): boolean {
  const w = view.words;
  const size = span.end - span.start;
  if (size < 2 || size > MAX_POSSESSED_NAME || !POSSESSIVE_WORDS.has(w[span.start - 1] ?? '') || span.start < 2) return false;
  if (knownName(gaz, w[span.start - 2], 'en') !== 'place') return false;
  const words = w.slice(span.start, span.end);
  // "Chile's Atacama Desert", "Australia's Northern Territory": only a given name opens a person's name here.
  if (!gaz.givenName(words[0]!)) return false;
  return words.every((x) => capitalised(x) && gaz.lookup(x, 'en').length === 0) && gaz.lookup(words.join(' '), 'en').length === 0;
}

/**
 * Where a national body's name starts when the span ends in a country or region the tagger read as a place or a
 * person, or -1: a capitalised common noun before it, unknown with it, inside the sentence or as the subject of a speech
 * verb ("Tennis Australia", "Transport Scotland said").
 */
function nationalBody(view: RuleView, span: RuledSpan, gaz: Gazetteer, wordTags: WordTags, words: RuleWords): number {
  const w = view.words;
  // The tagger reads such a name as the place, or as a person's ("Cricket Kenya").
  if (span.type === 'organization' || span.end - span.start > 2) return -1;
  // "Heron Island": a word that ends a place's name is no country's, though Norwegian and Danish call Iceland so.
  if (words.naturalHeads.has(w[span.end - 1]!)) return -1;
  const kind = gaz.lookup(w[span.end - 1], 'en')[0]?.place?.kind;
  if (kind !== 'country' && kind !== 'region') return -1;
  const start = span.end - 2;
  // "Lake Malawi", "Lake Chad": a word that opens a place's name does not open a body's.
  if (start < 0 || !capitalised(w[start]) || PLACE_OPENERS.has(w[start]) || words.placeParts.has(w[start].toLowerCase()) || gaz.givenName(w[start]) || isDateWord(words, w[start]) || words.timeWords.has(w[start].toLowerCase())) return -1;
  // A sentence opens with a capital whatever the word; a speech verb or an apposition after it makes the two its subject
  // ("Transport Scotland said", "Transport Scotland, the agency that buys the ferries, said").
  if (start === 0 && view.sentenceStart && !words.speechVerbs.has(w[span.end] ?? '') && w[span.end] !== ',') return -1;
  // "Anti-Doping Norway": a compound of capitalised words is a name's, whatever its parts are.
  const noun = wordTags.get(w[start].toLowerCase()) === 'NOUN' || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(w[start]);
  return noun && gaz.lookup(`${w[start]} ${w[span.end - 1]}`, 'en').length === 0 ? start : -1;
}

/** Words that go on with a description of a person after a noun ("a California Democrat who visited"). */
const DESCRIPTION_LINKS = new Set(['who', 'whose', 'from', 'representing']);

/**
 * "UK Sport", "England Athletics", "Norway Chess": a country or region and a capitalised common noun after it that
 * nothing else names, inside the sentence or as the subject of a speech verb, are a national body (en); not a word for
 * an event, a date, a title or a place ("the Ukraine War", "Britain Thursday", "UK Prime Minister").
 */
function nationalBodyAfter(view: RuleView, span: RuledSpan, gaz: Gazetteer, wordTags: WordTags, words: RuleWords, lex: Lexicon): boolean {
  const w = view.words;
  const next = w[span.end];
  if (span.type === 'organization' || span.end - span.start !== 1 || next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(next) || view.tail[span.end] || capitalised(w[span.end + 1])) return false;
  const kind = gaz.lookup(w[span.start]!, 'en')[0]?.place?.kind;
  if (kind !== 'country' && kind !== 'region') return false;
  if (words.nonEntityHeads.has(next) || words.placeHeads.has(next) || isDateWord(words, next) || words.timeWords.has(next.toLowerCase()) || lex.title(next) !== undefined || gaz.lookup(next, 'en').length > 0) return false;
  if (span.start === 0 && view.sentenceStart && !words.speechVerbs.has(w[span.end + 1] ?? '') && w[span.end + 1] !== ',') return false;
  // "Mark Kelly, an Arizona Democrat, said", "a California Democrat who visited": a description of a person, not a body's
  // name.
  const after = w[span.end + 1] ?? '.';
  if ((w[span.start - 1] === 'a' || w[span.start - 1] === 'an') && (!/^\p{L}/u.test(after) || DESCRIPTION_LINKS.has(after))) return false;
  return wordTags.get(next.toLowerCase()) === 'NOUN' && gaz.lookup(`${w[span.start]} ${next}`, 'en').every((e) => e.type === 'organization');
}

/**
 * "Kinas handelsdepartement", "Ruslands forsvarsministerium": a country's genitive before the word for one of its
 * ministries is that ministry, one organization (nb/da; English names it "China's Commerce Ministry", capitalised).
 * Not in a role ("talskvinden for Ruslands udenrigsministerium, Marija Zakharova"), where the gold, like the person
 * who speaks, takes the country alone.
 */
export function addNationalMinistries(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (lang === 'en') return spans;
  const w = view.words;
  let out = spans;
  for (let i = 0; i + 1 < w.length; i++) {
    if (!words.ministry(w[i + 1]!) || view.tail[i + 1] || !/^\p{Lu}\p{L}*s$/u.test(w[i]!) || w[i - 1] === 'for') continue;
    if (gaz.lookup(w[i]!.slice(0, -1), lang)[0]?.place?.kind !== 'country') continue;
    out = withJoined(out, [{ start: i, end: i + 2, type: 'organization', strong: true }]);
  }
  return out;
}

/**
 * "Innlandet politidistrikt", "Vestland fylkeskommune", "Tromsø kommune innfører": a place's name before a word for a
 * body of it is that body, one organization, also where the tagger read the place alone or nothing at a sentence's start (nb/da).
 */
export function addPlaceBodies(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (words.placeBodies.size === 0 && words.localBodies.size === 0) return spans;
  const w = view.words;
  let out = spans;
  for (let i = 1; i < w.length; i++) {
    // Also the genitive: "Bergen kommunes byggesaksavdeling".
    const body = w[i]!.endsWith('s') && !words.localBodies.has(w[i]!) && !words.placeBodies.has(w[i]!) ? w[i]!.slice(0, -1) : w[i]!;
    const local = words.localBodies.has(body);
    if ((!local && !words.placeBodies.has(body)) || view.tail[i]) continue;
    // A longer name ends in the word already ("Vestfold og Telemark fylkeskommune").
    if (out.some((s) => s.type === 'organization' && s.start < i - 1 && s.end === i + 1)) continue;
    // The tagger may read the place as a person's name ("Sør-Vest politidistrikt").
    const place = out.find((s) => s.end === i);
    const start = place ? place.start : i - 1;
    if (!place && !(capitalised(w[i - 1]) && knownPlace(gaz, w[i - 1]!, lang))) continue;
    // "felt i Vinje kommune": where something is, the place; not where a person works ("ordfører Arve Ellingsen (H) i
    // Haram kommune"), the body.
    const party = w[start - 2] === ')' && w[start - 4] === '(' ? 3 : 0;
    const worker = out.some((s) => s.type === 'person' && s.end === start - 1 - party);
    if (local && w[start - 1] === 'i' && !worker) continue;
    out = withJoined(out, [{ start, end: i + 1, type: 'organization', strong: true }]);
  }
  // "Aarhus Kommune har besluttet": the body of a place named with it, capitalised, as one name.
  for (const s of out)
    if (s.end - s.start > 1 && words.localBodies.has(w[s.end - 1]!.toLowerCase()) && capitalised(w[s.end - 1])) s.type = w[s.start - 1] === 'i' ? 'place' : 'organization';
  return out;
}

/** The most capitalised words a place's name after a word for its kind runs over ("the town of Nowy Dwór"). */
const MAX_INTRODUCED_PLACE = 3;

/**
 * A capitalised name right after a word for a kind of place is a place's, whether the tagger saw it or read it as
 * something else: "near the town of Rūdninkai", "i byen Ørland", "the island of Great Britain". Not a name known as a
 * person's or an organization's, which may open a relative clause without its pronoun ("byen Mette Frederiksen
 * besøgte"), and not over a title and the name after it ("the city of Kyiv Mayor Vitali Klitschko").
 */
export function addIntroducedPlaces(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang, knownPerson: (word: string) => boolean, isTitle: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  let out = spans;
  // A person's name opens with a given name or ends in a known surname; one may stand inside a longer span ("Alberta
  // Premier Danielle Smith").
  const personal = (s: RuledSpan): boolean =>
    s.type === 'person' && (knownPerson(w[s.end - 1]!) || w.slice(s.start, s.end - 1).some((x) => gaz.givenName(x) !== undefined));
  const knownBody = (s: RuledSpan): boolean => s.type === 'organization' && gaz.lookup(w.slice(s.start, s.end).join(' '), lang).some((e) => e.type === 'organization');
  for (let i = 1; i < w.length; i++) {
    // Most words follow no such word: the last word of one is looked for first.
    if (!words.placeIntroducerEnds.has(w[i - 1]!) || !capitalised(w[i]) || view.tail[i]) continue;
    const introduced = words.placeIntroducers.some((phrase) => i >= phrase.length && phrase.every((p, k) => w[i - phrase.length + k] === p));
    if (!introduced) continue;
    const span = out.find((s) => s.start === i);
    if (span && (personal(span) || knownBody(span))) continue;
    let end = span ? span.end : i + 1;
    if (!span) {
      while (end < w.length && end - i < MAX_INTRODUCED_PLACE && capitalised(w[end]) && !view.tail[end] && !isTitle(w[end]!)) {
        const next = out.find((s) => s.start === end);
        if (next) {
          end = next.end;
          break;
        }
        if (covers(out, end)) break;
        end++;
      }
    }
    // The place's name ends before a title inside the run ("Kyiv | Mayor Vitali Klitschko").
    for (let k = i + 1; k < end; k++) if (isTitle(w[k]!)) end = k;
    if (span && end < span.end) out = [...out.filter((s) => s !== span), { start: i, end, type: 'place' as const, strong: true }, ...(end + 1 < span.end ? [{ start: end + 1, end: span.end, type: 'person' as const }] : [])].sort((a, b) => a.start - b.start);
    else if (span) Object.assign(span, { type: 'place', strong: true });
    else if (!covers(out, i)) out = withJoined(out, [{ start: i, end, type: 'place', strong: true }]);
  }
  return out;
}

/**
 * An airfield or a base named by a place and a word for one, which the tagger reads as a person or leaves out: "Ørland
 * flystasjon", "Flyvestation Skrydstrup". Not after the genitive of a known name or an organization ("Natos flybase",
 * "Russlands marinebase", "Norwegians flyplass": a base of NATO's, of Russia's, an airline's airport); a street or a
 * square is named after one all the same ("Eidsvolls plass").
 */
export function addPlaceFacilities(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (words.placeFacilities.size === 0) return spans;
  const w = view.words;
  // "Rådhusplassen": one word that ends as a street's or a square's name does is a place's.
  for (const s of spans) {
    const word = w[s.start]!;
    if (s.end - s.start === 1 && s.type !== 'place' && /^\p{Lu}\p{Ll}+$/u.test(word) && words.streetEndings.some((e) => word.length > e.length + 2 && word.endsWith(e))) Object.assign(s, { type: 'place', strong: true });
  }
  let out = spans;
  for (let i = 0; i < w.length; i++) {
    const lower = /^\p{Lu}/u.test(w[i]!) ? w[i]!.toLowerCase() : w[i]!;
    // "Karl Johans gate", "Eidsvolls plass": a street's word after its name, lower case, as a facility's.
    const street = words.streetWords.has(w[i]!);
    if (view.tail[i] || !(words.placeFacilities.has(lower) || street)) continue;
    if (lower !== w[i]) {
      // "Flyvestation Skrydstrup": the word opens the name, which the tagger may have read as an organization's.
      const whole = out.find((s) => s.start === i && s.end > i + 1);
      if (whole) Object.assign(whole, { type: 'place', strong: true });
      else if (capitalised(w[i + 1]) && !view.tail[i + 1] && !covers(out, i)) {
        const name = out.find((s) => s.start === i + 1);
        out = withJoined(out, [{ start: i, end: name ? name.end : i + 2, type: 'place', strong: true }]);
      }
      continue;
    }
    // A name the tagger read whole ("Bergen lufthavn Flesland") stays as it is.
    if (i === 0 || covers(out, i)) continue;
    const name = out.find((s) => s.end === i);
    const start = name ? name.start : i - 1;
    if (!name && (!capitalised(w[i - 1]) || (start === 0 && view.sentenceStart) || (street && words.common.has(w[i - 1]!.toLowerCase())))) continue;
    if (!street && w[i - 1]!.endsWith('s') && (name?.type === 'organization' || gaz.lookup(w[i - 1]!.slice(0, -1), lang).length > 0)) continue;
    out = withJoined(out, [{ start, end: i + 1, type: 'place', strong: true }]);
  }
  return out;
}

/**
 * An acronym that names nothing of its own, heading a compound on an organization word, is with it an organization's
 * name, whether the tagger took the acronym or not ("ADHD-foreningen": the association; "Nato-landene" stays Nato).
 */
export function addAcronymCompounds(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const out = spans.filter((s) => !(s.end - s.start === 1 && isAcronymCompound(s.start)));
  for (let i = 0; i + 1 < w.length; i++) {
    if (isAcronymCompound(i) && !covers(out, i)) out.push({ start: i, end: i + 2, type: 'organization', strong: true, compound: true });
  }
  return out.sort((a, b) => a.start - b.start);

  function isAcronymCompound(i: number): boolean {
    return view.tail[i + 1] === true && ACRONYM.test(w[i]) && w[i].length >= MIN_COMPOUND_ACRONYM && isIntroducer(words, w[i + 1]) && gaz.lookup(w[i], lang).length === 0;
  }
}

/** Three capitals at least: "TV", "IT", "PR" head compounds that name a kind ("TV-selskapet"), no organization. */
const MIN_COMPOUND_ACRONYM = 3;

/** How many words before an apposition's comma its noun for an organization may stand. */
const APPOSITION_NOUN_REACH = 6;

/**
 * "landets tilsynsmyndighet for strategiske mineraler, ARECOMS, i en ...", "ARECOMS-leder Patrick Luabeya": an acronym
 * nothing names, in apposition after a noun for an organization or heading a title's compound, is an organization's
 * name (nb, da: where the tagger leaves such acronyms out); not one the gazetteer knows as something else.
 */
export function addMarkedAcronyms(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (lang === 'en') return spans;
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 1; i < w.length; i++) {
    const word = w[i]!;
    if (word.length < 3 || word.length > 8 || !NAME_ACRONYM.test(word) || covers(spans, i) || gaz.lookup(word, lang).some((e) => e.type !== 'organization')) continue;
    const titled = view.tail[i + 1] === true && lex.title(w[i + 1]!) !== undefined;
    let described = false;
    if (w[i - 1] === ',' && (w[i + 1] === ',' || w[i + 1] === '.' || w[i + 1] === undefined)) {
      for (let k = i - 2; k >= Math.max(0, i - 1 - APPOSITION_NOUN_REACH) && !described; k--) {
        const word = w[k]!;
        if (!/^\p{Ll}/u.test(word)) break;
        described = isIntroducer(words, word) || lex.orgCue(word);
      }
    }
    if (titled || described) added.push({ start: i, end: i + 1, type: 'organization', strong: true });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** The most capitalised words after a nation's adjective in a body's name ("Norske | Boligbyggelags Landsforbund"). */
const MAX_NATIONAL_NAME_WORDS = 2;

/**
 * "Danske Filminstruktører kalder udspillet ...", "medlemmer av Norske Boligbyggelags Landsforbund": a Norwegian or Danish
 * adjective of a nation, capitalised with the capitalised words after it that no rule or the tagger took, names a body;
 * opening a sentence, where any word is capitalised, only before a speech verb.
 */
export function addNationalNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  if (lang === 'en' || words.nationalAdjectives.size === 0) return spans;
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    if (!capitalised(w[i]) || !words.nationalAdjectives.has(w[i]!.toLowerCase()) || covers(spans, i) || view.tail[i]) continue;
    let end = i + 1;
    while (end < w.length && end - i <= MAX_NATIONAL_NAME_WORDS && /^\p{Lu}\p{Ll}+$/u.test(w[end]!) && !covers(spans, end) && !view.tail[end] && !gaz.givenName(w[end]!)) end++;
    if (end === i + 1) continue;
    const opening = i === 0 && view.sentenceStart;
    if (opening && !words.speechVerbs.has(w[end]?.toLowerCase() ?? '')) continue;
    added.push({ start: i, end, type: 'organization', strong: true });
    i = end - 1;
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
