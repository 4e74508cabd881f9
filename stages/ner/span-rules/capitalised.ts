/**
 * English writes every word of a name with a capital: a run of capitalised words inside a sentence that neither the
 * tagger nor the other rules took is a name they did not know ("Shares in Gold Fields fell", "Southern Water said").
 */
import { nameKey } from '../../gazetteer.js';
import type { Lexicon } from '../../lexicon.js';
import type { EntityType, Gazetteer, Lang } from '../../types.js';
import { knownPlace } from './known.js';
import { DEMONYM_SHAPE, isDemonymWord } from './non-entities.js';
import { covers, withJoined, type RuleView, type RuledSpan } from './spans.js';
import { NUMBER_WORDS, OPENING_MARKS, PLACE_OPENERS, camelCaseCompany, capitalised, isDateWord, type RuleWords } from './words.js';

/** Lower-case words inside such a name ("Bank of Japan", "Friends of the Earth"); not "and", which joins two names as often. */
const INNER_WORDS = new Set(['of', 'for', 'the', 'de', 'on']);
/** Last words of a place's name ("Trafalgar Square", "Western Isles"), besides the rules' place heads. */
const PLACE_ENDINGS = new Set(['Square', 'Isles', 'Islands', 'Island', 'Park', 'Street', 'Road', 'Avenue', 'Bridge', 'Harbour', 'Valley', 'Hills', 'Coast', 'Peninsula', 'Desert', 'Zone']);
/** A sentence with more capitalised words than this share is a headline in title case, where capitals mark nothing. */
const TITLE_CASE_SHARE = 0.6;
/** The fewest words a sentence needs before its share of capitals says it is in title case. */
const TITLE_CASE_MIN_WORDS = 4;

/** The type of a name of capitalised words: a person's when a given name opens it, else by its last word. */
function runType(run: readonly string[], words: RuleWords, gaz: Gazetteer, lex: Lexicon, afterTitle: boolean): EntityType {
  const last = run[run.length - 1]!;
  // "Bay of Bengal", "Gulf of Guinea": a word for a kind of place opens a name too, before "of" (not "Region of Peel
  // Police").
  const placeOpening = words.placeHeads.has(run[0]!) && run[1] === 'of' && !lex.orgCue(last.toLowerCase());
  if (words.placeHeads.has(last) || PLACE_ENDINGS.has(last) || PLACE_OPENERS.has(run[0]!) || placeOpening) return 'place';
  if (lex.orgCue(last.toLowerCase()) || words.companySuffixes.has(last) || words.common.has(last.toLowerCase())) return 'organization';
  // A name right after a title is its holder's, given names known or not ("retired engineer Tan Wei Ling").
  return (afterTitle || gaz.givenName(run[0]!)) && run.length <= 3 ? 'person' : 'organization';
}

/**
 * Whether the lower-case word at k links two parts of one name: "on" only after a word for a body or a law ("Panel on
 * Climate Change", "Convention on Human Rights"), not after a name or before a date ("Trump on Truth Social", "Goldman
 * Sachs on Wall Street", "the Crucible Theatre on Monday").
 */
function innerLink(w: readonly string[], k: number, words: RuleWords, lex: Lexicon): boolean {
  if (w[k] !== 'on') return true;
  return !isDateWord(words, w[k + 1] ?? '') && (lex.orgCue((w[k - 1] ?? '').toLowerCase()) || words.nonEntityHeads.has(w[k - 1] ?? ''));
}

/** Where a run of capitalised words (and the lower-case words inside names) that starts at i ends. */
function runEnd(view: RuleView, spans: readonly RuledSpan[], i: number, lex: Lexicon, words: RuleWords): number {
  const w = view.words;
  // "Ministry of Human Resources and Social Security": an institution's field may have two parts.
  const institution = lex.orgCue(w[i]!.toLowerCase()) && (w[i + 1] === 'of' || w[i + 1] === 'for');
  let end = i + 1;
  for (;;) {
    if (end < w.length && capitalised(w[end]) && !covers(spans, end) && !view.tail[end]) end++;
    // "on" only after a word for a body or a law ("Panel on Climate Change", "Convention on Human Rights"), not before a
    // date or after a name ("Trump on Truth Social", "at the Crucible Theatre on Monday").
    else if ((INNER_WORDS.has(w[end] ?? '') || (institution && w[end] === 'and')) && capitalised(w[end + 1]) && !covers(spans, end + 1) && innerLink(w, end, words, lex)) end += 2;
    else return end;
  }
}

/** The articles before a body named by its spokesperson, as a sentence's first word too ("A Google spokesperson"). */
const ARTICLES = new Set(['a', 'an', 'the', 'A', 'An', 'The']);

/** Lower-case words inside the name of a body its spokesperson is named by ("A Department for Business and Trade spokesperson"). */
const BODY_INNER_WORDS = new Set([...INNER_WORDS, 'and']);

/**
 * "A Google spokesperson", "a Cocobod spokesman": the capitalised words between an article and the word for one who
 * speaks for a body name that body, an organization, when nothing took them and they are no demonym ("a British
 * spokesman").
 */
export function addSpokespersonBodies(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, plainWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let j = 2; j < w.length; j++) {
    if (!words.spokespeople.has(w[j]!) || !capitalised(w[j - 1])) continue;
    // "A Deutsche Bahn spokesperson": what the tagger took for a person's name there is the body's.
    const taken = spans.find((x) => x.end === j && x.start > 0 && ARTICLES.has(w[x.start - 1]!));
    // Not a person's own ("a Trump spokesperson", "a Keir Starmer spokesperson"): two words or more, no given name first.
    if (taken && taken.type === 'person' && taken.end - taken.start >= 2 && !gaz.givenName(w[taken.start]!)) {
      Object.assign(taken, { type: 'organization', strong: true });
      continue;
    }
    // "A Debswana spokesperson": nor is a place the gazetteer does not know.
    if (taken && taken.type === 'place' && !knownPlace(gaz, w.slice(taken.start, taken.end).join(' '), 'en')) {
      Object.assign(taken, { type: 'organization', strong: true });
      continue;
    }
    if (covers(spans, j - 1)) continue;
    let start = j - 1;
    // The article may be the sentence's capitalised first word ("A Google spokesperson said").
    while (start > 0 && !ARTICLES.has(w[start - 1]!) && !covers(spans, start - 1) && (capitalised(w[start - 1]) || (BODY_INNER_WORDS.has(w[start - 1]!) && capitalised(w[start - 2])))) start--;
    if (!ARTICLES.has(w[start - 1] ?? '')) continue;
    const run = w.slice(start, j);
    // "A Chinese Foreign Ministry spokesman": a demonym or adjective opens no name of a body.
    const adjective = DEMONYM_SHAPE.test(run[0]!) && gaz.lookup(run[0]!, 'en').length === 0;
    // "A Commission spokesperson": a common noun alone is the short form of a name given in full.
    const shortForm = run.length === 1 && (words.common.has(run[0]!.toLowerCase()) || plainWord(run[0]!));
    if (adjective || shortForm || run.some((x) => isDemonymWord(x, gaz) || isDateWord(words, x)) || words.nonEntityHeads.has(run[run.length - 1]!)) continue;
    added.push({ start, end: j, type: 'organization', strong: true });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** The most words of a lower-case title between a body's name and its holder's ("chief executive", "general secretary"). */
const MAX_BODY_TITLE_WORDS = 3;

/**
 * "Focus Ireland chief executive Deirdre Kilbride", "Tenants Queensland chief executive Rachel Ngata": capitalised words
 * before the lower-case title of one who heads or speaks for a body, and its holder, name that body, an organization,
 * although the tagger took a place of its name for one. Only two words or more, one of them a word no span took (a
 * place alone is where the holder works: "Ireland manager Heimir Hallgrímsson"), and none a word that opens a clause
 * ("Meanwhile", "However") or a demonym.
 */
export function addTitledBodies(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, nameWord: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  let result = spans;
  for (const holder of spans) {
    if (holder.type !== 'person') continue;
    let title = -1;
    for (let k = holder.start - 1; k >= 1 && holder.start - k <= MAX_BODY_TITLE_WORDS && /^\p{Ll}/u.test(w[k]!); k--) {
      if (words.bodyTitles.has(w.slice(k, holder.start).join(' '))) title = k;
    }
    if (title < 0) continue;
    let start = title;
    while (start > 0 && capitalised(w[start - 1]) && !view.tail[start - 1]) start--;
    if (title - start < 2) continue;
    const inside = result.filter((x) => x.start < title && x.end > start);
    const whole = inside.length === 1 && inside[0]!.start === start && inside[0]!.end === title;
    if (whole || inside.some((x) => x.start < start || x.end > title || x.type === 'person')) continue;
    const run = w.slice(start, title);
    if (!run.some((_, n) => !covers(inside, start + n)) || run.some((x) => !nameWord(x) || isDemonymWord(x, gaz) || isDateWord(words, x))) continue;
    result = [...result.filter((x) => !inside.includes(x)), { start, end: title, type: 'organization' as const, strong: true }].sort((a, b) => a.start - b.start);
  }
  return result;
}

/**
 * "the Bombay high court", "the Punjab and Haryana high court", "Yerawada police station": Indian English writes the
 * kind of a place's institution in lower case after the place's name (entity-rules lowerCaseInstitutions); the place's
 * name, or two joined by "and", and the words are one organization's name.
 */
export function addLowerCaseInstitutions(view: RuleView, spans: RuledSpan[], words: RuleWords): RuledSpan[] {
  const w = view.words;
  let result = spans;
  for (const kind of words.lowerCaseInstitutions) {
    for (let j = 1; j + kind.length <= w.length; j++) {
      if (!kind.every((x, n) => w[j + n] === x)) continue;
      const named = result.find((x) => x.end === j && x.type !== 'person');
      if (!named) continue;
      let start = named.start;
      // "Punjab and Haryana high court": two places the court serves.
      const other = w[start - 1] === 'and' ? result.find((x) => x.end === start - 1 && x.type === 'place') : undefined;
      if (other) start = other.start;
      const end = j + kind.length;
      result = [...result.filter((x) => x.end <= start || x.start >= end), { start, end, type: 'organization' as const, strong: true }].sort((a, b) => a.start - b.start);
    }
  }
  return result;
}

/** The most words of an apposition between a name and its speech verb. */
const APPOSITION_WORDS = 8;

/** An acronym in parentheses after a name ("(MOE)"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;

/**
 * Whether a speech verb follows the name ending at `end`, right after it or after an apposition between commas, and
 * after its acronym in parentheses ("The Electoral Observation Mission (MOE), an independent monitoring group, said").
 */
function speaks(w: readonly string[], end: number, words: RuleWords): boolean {
  if (w[end] === '(' && ACRONYM.test(w[end + 1] ?? '') && w[end + 2] === ')') end += 3;
  if (words.speechVerbs.has(w[end]?.toLowerCase() ?? '')) return true;
  // "The Daily Nation newspaper reported": a noun for what the name is may stand between.
  if (words.orgNouns.has(w[end] ?? '') && words.speechVerbs.has(w[end + 1]?.toLowerCase() ?? '')) return true;
  if (w[end] !== ',') return false;
  for (let k = end + 1; k < w.length && k - end <= APPOSITION_WORDS; k++) if (w[k] === ',') return words.speechVerbs.has(w[k + 1]?.toLowerCase() ?? '');
  return false;
}

/** The most words of an apposition before the title in it ("a 58-year-old retired teacher"). */
const TITLE_APPOSITION_WORDS = 4;

/**
 * "Teresita Dimaculangan-Cruz, a 58-year-old teacher from Bulacan": an apposition whose head noun is a title gives the
 * name its holder's; not one whose title only describes its head ("Palestine Action, a pro-Palestinian activist group").
 */
function titledAfter(w: readonly string[], end: number, lex: Lexicon, words: RuleWords): boolean {
  if (w[end] !== ',' || !['a', 'an'].includes(w[end + 1] ?? '')) return false;
  for (let k = end + 2; k < w.length && k - end - 1 <= TITLE_APPOSITION_WORDS; k++) {
    if (!/^\p{Ll}/u.test(w[k]!) && !/^\d/u.test(w[k]!)) return false;
    const next = w[k + 1] ?? '.';
    const head = !/^\p{Ll}/u.test(next) || words.prepositions.has(next) || next === 'who';
    if (lex.title(w[k]!) !== undefined && head) return true;
  }
  return false;
}

/** Whether a sentence is written in title case, as an English headline is. */
export function titleCase(w: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const x of w) {
    if (!/^\p{L}/u.test(x)) continue;
    letters++;
    if (capitalised(x)) caps++;
  }
  return letters >= TITLE_CASE_MIN_WORDS && caps > letters * TITLE_CASE_SHARE;
}

/**
 * Runs of two or more capitalised words (with "of", "for" between them) that no span covers, nor touches, inside an English
 * sentence and not in a headline, as names: not one that opens the sentence or a quotation, nor one with a title, a
 * date, a demonym ("South African") or the word for an event, a prize, a law or a product at its end ("Winter
 * Olympics", "Nobel Prize", "Civil Code").
 */
export function addCapitalisedRuns(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lex: Lexicon): RuledSpan[] {
  const w = view.words;
  if (titleCase(w)) return spans;
  const added: RuledSpan[] = [];
  for (let i = 0; i < w.length; i++) {
    if (!capitalised(w[i]) || covers(spans, i) || view.tail[i]) continue;
    const before = w[i - 1] ?? '';
    // A sentence's first word is capitalised anyway: a run that opens it is a name only as the subject of a speech
    // verb, perhaps after an apposition ("Southern Water said", "Meghna Knit Composite, a garment maker, said"), and
    // not opened by a common word ("Most Britons say").
    const opening = (i === 0 && view.sentenceStart) || OPENING_MARKS.has(before) || before === ':' || (i === 1 && view.sentenceStart && capitalised(before));
    const end = runEnd(view, spans, i, lex, words);
    // "The Star newspaper reported": a name before a noun for a medium and a speech verb, whatever its words.
    // "The" opens it only where the newspaper's name has it (see withNewspaperArticle).
    const medium = w[i] !== 'The' && words.orgNouns.has(w[end] ?? '') && words.speechVerbs.has(w[end + 1]?.toLowerCase() ?? '') && (w[i - 1] === 'The' || end - i >= 2);
    // A common first word may open one that ends in a word for an organization ("Great Western Railway said").
    const commonOpener = words.common.has(w[i]!.toLowerCase()) && !(end - i >= 2 && lex.orgCue(w[end - 1]!.toLowerCase())) && !medium;
    if (opening && (!speaks(w, end, words) || commonOpener)) {
      // The whole run, not its tail ("Great Western Railway said" is no "Western Railway"); after "The" the name may
      // begin ("The Archive of Public Gatherings, an independent group, said").
      if (w[i] !== 'The') i = end - 1;
      continue;
    }
    const run = w.slice(i, end);
    const named = run.filter((x) => capitalised(x));
    const i0 = i;
    i = end - 1;
    if ((named.length < 2 && !medium) || run.some((x) => lex.title(x) !== undefined || isDateWord(words, x) || /^\p{Lu}+$/u.test(x))) continue;
    // Next to a span, the run is a piece of a longer name the tagger cut ("Department for | Business and Trade").
    const linkBefore = INNER_WORDS.has(w[i0 - 1] ?? '') && innerLink(w, i0 - 1, words, lex);
    const linkAfter = INNER_WORDS.has(w[end] ?? '') && innerLink(w, end, words, lex);
    if (covers(spans, i0 - 1) || covers(spans, end) || (linkBefore && covers(spans, i0 - 2)) || (linkAfter && covers(spans, end + 1))) continue;
    const last = run[run.length - 1]!;
    // "World War Two": the head of a name numbered after it is the word before its number.
    const head = run.length > 2 && NUMBER_WORDS.test(last) ? run[run.length - 2]! : last;
    // "European Convention on Human Rights", "Treaty of Rome": a law's head before the words that name its field.
    const lawHead = run.some((x, k) => INNER_WORDS.has(run[k + 1] ?? '') && words.nonEntityHeads.has(x));
    if (words.nonEntityHeads.has(head) || lawHead || isDemonymWord(last, gaz) || DEMONYM_SHAPE.test(last)) continue;
    added.push({ start: i0, end, type: medium ? 'organization' : runType(run, words, gaz, lex, lex.title(w[i0 - 1] ?? '') !== undefined || titledAfter(w, end, lex, words)) });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Lower-case words inside a Romance institution's name ("Banco de la República", "Fundación Ideas para la Paz", "Unión por la Patria"). */
const ROMANCE_LINKS = new Set(['de', 'del', 'al', 'por', 'la', 'las', 'los', 'el', 'da', 'do', 'das', 'dos', 'di', 'della', 'delle', 'dei', 'des', 'du', 'para', 'pour', 'per', 'y', 'e', 'et']);
/** How many such words may stand together ("para la", "de la"). */
const MAX_ROMANCE_LINKS = 2;

/**
 * "Banco de la República", "Empresa Metro de Bogotá", "Petróleos Mexicanos": a Spanish, Portuguese, French or Italian
 * word for an institution opens an organization's name that runs over the capitalised words and linking words after
 * it, whatever the tagger made of its parts (a person's name, a place's, a piece of either); in any language's article.
 */
export function addForeignInstitutions(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, isTitle: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  // Not into what follows the name: a title, a weekday or a person's name ("Grupo Mexico CEO German Larrea", "Banco
  // do Brasil Thursday").
  const after = (k: number): boolean =>
    isTitle(w[k]!) || words.weekdays.has(w[k]!.toLowerCase()) || words.months.has(w[k]!.toLowerCase()) || (gaz.givenName(w[k]!) !== undefined && capitalised(w[k + 1])) ||
    spans.some((s) => s.start === k && s.type === 'person' && s.end - s.start >= 2);
  const heads = words.foreignInstitutionHeads;
  for (let i = 0; i < w.length - 1; i++) {
    if (!capitalised(w[i]) || view.tail[i] || !(heads.has(nameKey(w[i]!)) || heads.has(w[i]!.toLowerCase()))) continue;
    let end = i + 1;
    for (;;) {
      let k = end;
      while (k < w.length && k - end < MAX_ROMANCE_LINKS && ROMANCE_LINKS.has(w[k]!)) k++;
      if (k < w.length && capitalised(w[k]) && !view.tail[k] && !after(k)) end = k + 1;
      else break;
    }
    if (end === i + 1) continue;
    joined.push({ start: i, end, type: 'organization', strong: true });
    i = end - 1;
  }
  return withJoined(spans, joined);
}

/** Words that link a Norwegian or Danish person to where they work ("Sindre Kvåle i Pareto Securities"). */
const WORKPLACE_LINKS = new Set(['i', 'ved', 'hos']);
/** The most capitalised words of a workplace's name taken up. */
const MAX_WORKPLACE_WORDS = 3;

/**
 * "Analytiker Sindre Kvåle i Pareto Securities mener", "Kari-Anne Sørensen i Industri Energi ved ...": capitalised
 * words that the tagger left out, after a person's name and "i", "ved" or "hos", name where the person works: an
 * organization (nb/da, where only names are capitalised inside a sentence); not a place the gazetteer knows, and not
 * one word alone.
 */
export function addWorkplaces(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const added: RuledSpan[] = [];
  for (const s of spans) {
    const i = s.end + 1;
    if (s.type !== 'person' || !WORKPLACE_LINKS.has(w[s.end] ?? '') || !capitalised(w[i]) || covers(spans, i) || view.tail[i]) continue;
    // A person's name opens with a given name ("Kari-Anne" of "Kari-Anne Sørensen"); the tagger's other "persons" may be
    // festivals or places ("Riddu Riđđu i Manndalen").
    if (!gaz.givenName(w[s.start]!) && !gaz.givenName(w[s.start]!.split('-')[0]!)) continue;
    let end = i;
    while (end < w.length && end - i < MAX_WORKPLACE_WORDS && capitalised(w[end]) && !covers(spans, end) && !view.tail[end]) end++;
    // Two words or more: one alone is as often a programme, a debate or a town ("i Dagsrevyen", "i Vejen").
    if (capitalised(w[end]) || view.tail[end] || end - i < 2) continue;
    const run = w.slice(i, end);
    if (knownPlace(gaz, run.join(' '), lang) || run.some((x) => knownPlace(gaz, x, lang) || gaz.givenName(x))) continue;
    added.push({ start: i, end, type: 'organization' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Nouns for a medium that English writes after its name ("the Dawn newspaper", "the Interfax news agency"). */
const MEDIA_NOUNS = [['newspaper'], ['daily'], ['tabloid'], ['magazine'], ['weekly'], ['broadcaster'], ['website'], ['news', 'agency'], ['news', 'outlet'], ['news', 'site'], ['business', 'daily']];
/** The most capitalised words of such a name. */
const MAX_MEDIA_NAME = 3;

/**
 * "The Dawn newspaper reported", "the Yomiuri newspaper": the capitalised words between an article and a noun for a
 * medium name it, an organization, when nothing took them and they are no adjective, place or date (en).
 */
export function addMediaNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, adjective: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 1; i < w.length; i++) {
    if (!ARTICLES.has(w[i - 1]!) || !capitalised(w[i]) || view.tail[i]) continue;
    // A one-word person's name the tagger saw there is the medium's ("The Yomiuri newspaper said").
    const person = spans.find((s) => s.start === i && s.end === i + 1 && s.type === 'person');
    if (covers(spans, i) && !person) continue;
    let end = i;
    while (end < w.length && end - i < MAX_MEDIA_NAME && capitalised(w[end]) && (!covers(spans, end) || person) && !view.tail[end]) end++;
    const noun = MEDIA_NOUNS.find((n) => n.every((x, k) => w[end + k] === x));
    // The noun ends the phrase: a verb, a preposition or a mark follows ("The Dawn newspaper reported", "in the Yomiuri
    // newspaper on Monday"), not another noun ("The Trump newspaper interview" is Trump's); a person's name the tagger
    // saw is retyped only as the subject of a speech verb.
    const following = w[end + (noun?.length ?? 0)]?.toLowerCase() ?? '.';
    const speaks = words.speechVerbs.has(following);
    if (!noun || !(speaks || words.prepositions.has(following) || !/^\p{L}/u.test(following)) || (person && (end !== i + 1 || !speaks))) continue;
    const name = w.slice(i, end);
    // "the British newspaper", "the Sunday newspaper", "the New York newspaper"; "the Tory newspaper" (a member of the
    // Tories); what the gazetteer knows the rules find.
    const plural = name.join(' ').replace(/y$/u, 'ie') + 's';
    if (name.some((x) => isDemonymWord(x, gaz) || adjective(x) || isDateWord(words, x)) || gaz.lookup(name.join(' '), 'en').length > 0 || gaz.lookup(plural, 'en').length > 0) continue;
    if (person) person.type = 'organization';
    else added.push({ start: i, end, type: 'organization' });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Unknown names in camel case that no rule or the tagger took, in any language, as organizations'. */
export function addCamelCaseNames(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const added: RuledSpan[] = [];
  for (let i = 0; i < w.length; i++) {
    // Not a product's name ("PlayStation").
    if (!camelCaseCompany(w[i]!, gaz, lang) || view.tail[i] || covers(spans, i) || words.nonEntities.has(w[i]!)) continue;
    added.push({ start: i, end: i + 1, type: 'organization', strong: true });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}
