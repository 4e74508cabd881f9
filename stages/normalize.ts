/**
 * The normalize stage: groups the mentions of one article into entities and names each in its English standard
 * spelling. Adds `doc.entities`.
 *
 * Persons: a full name's spelling variants are one entity (Alexandr Fomin, Alexander Fomin), and a shorter form joins
 * the one full name it can belong to (Fomin, Putins, "Løkke Rasmussen", "JD Vance"; see names/person-groups). Places
 * and organizations: one entity per gazetteer entry or alias-table name, else per spelling skeleton, with acronyms and
 * one-word short forms joined to the one name of the article they stand for (Aosis, Novo).
 */
import { gazetteer, nameKey } from './gazetteer.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { nameRules, type AliasHit, type NameRules } from './names/rules.js';
import { personWords } from './names/person.js';
import { groupPersons, personKey } from './names/person-groups.js';
import { nameSurface, type Named } from './names/named.js';
import { particleNames, personByName, personEndings } from './names/readings.js';
import { articleCountry, articlePlaces, choosePlace, slavicCity, type ArticleCountry } from './names/places.js';
import { compiledWinkWordTags } from './ner/knowledge.js';
import { DEMONYM_SHAPE, demonymCountry } from './ner/span-rules/non-entities.js';
import type { ArticleDoc, DocEntity, EntityType, Evidence, Gazetteer, GazetteerEntry, Lang, Mention, PlaceInfo, Resources } from './types.js';
import { compareStrings } from './order.js';
import { innerMap, remember } from './memo.js';
import { BRITISH_A_ROAD, BRITISH_MOTORWAY, EUROPEAN_ROUTE, ruleWords, type RuleWords } from './ner/span-rules/words.js';

/** The language of a mention's paragraph, else the article's, else English. */
function mentionLangs(doc: ArticleDoc): (m: Mention) => Lang {
  const paragraphs = doc.language?.paragraphs ?? [];
  const article = doc.language?.article;
  // Each paragraph object has a hidden class of its own, which makes every read of one slow: their fields are read
  // once, into arrays.
  const starts = paragraphs.map((p) => p.start);
  const ends = paragraphs.map((p) => p.end);
  const langs = paragraphs.map((p) => p.lang);
  // Paragraphs come in order without overlap: the one holding a mention is the last to start at or before it.
  const ordered = starts.every((start, i) => i === 0 || ends[i - 1]! <= start);
  const holding = (m: Mention): number => {
    if (!ordered) return starts.findIndex((start, i) => start <= m.start && m.start < ends[i]!);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && m.start < ends[lo - 1]! ? lo - 1 : -1;
  };
  return (m) => {
    const p = holding(m);
    const lang = p >= 0 && langs[p] !== 'und' ? langs[p] : article;
    return lang && lang !== 'und' ? lang : 'en';
  };
}

/** Whether a gazetteer entry may name a mention the tagger gave this type. */
function fits(entry: GazetteerEntry, type: EntityType): boolean {
  if (entry.type === type || entry.altTypes?.includes(type)) return true;
  // A country is a place even where it acts ("Russland vil ..."), whatever the tagger called it.
  return entry.place?.kind === 'country' && type === 'organization';
}

/** A city this large, or a region, is a place even where the tagger took it for an organization acting. */
const ACTING_CITY_MIN_POPULATION = 50_000;

/** A city named by another of its names (an exonym, an old or foreign name) acts for an organization only this large. */
const ACTING_ALIAS_MIN_POPULATION = 1_000_000;

/**
 * Whether an organization mention written `surface` names this place: a region, or a large city ("Lugansk og
 * Donetsk", "Moscow said"), a very large one where it is named by another of its names ("Moskva sier"; "Provas" is a
 * Danish utility, not Provo).
 */
function actsAsPlace(entry: GazetteerEntry, surface: string): boolean {
  if (entry.type !== 'place' || !entry.place) return false;
  if (entry.place.kind !== 'city') return true;
  const own = nameKey(entry.name) === nameKey(surface);
  return (entry.population ?? 0) >= (own ? ACTING_CITY_MIN_POPULATION : ACTING_ALIAS_MIN_POPULATION);
}

/** A town this large is taken for the place when a lone word tagged as a person names it (and no person of the article). */
const PERSON_AS_PLACE_MIN_POPULATION = 20_000;
/** A smaller town than that is taken for the place only where no title or longer name of the article holds its name. */
const SMALL_TOWN_MIN_POPULATION = 2_000;
/** How far back a title before a name is looked for. */
const TITLE_CHARS = 30;

/**
 * Whether a "person" is really a place: a country, region or town that starts with no given name and is no later
 * word of a person's name in full in the article ("Irpin", "Saudi Arabia", "Ribe", but not "Washington" after "George
 * Washington").
 */
function placeNotPerson(m: Mention, lang: Lang, res: Resources, surnames: ReadonlySet<string>, firstNames: ReadonlySet<string>, longerWords: ReadonlySet<string>, titled: () => boolean): boolean {
  const word = nameSurface(m);
  if (surnames.has(word)) return false;
  const gaz = gazetteer(res);
  if (gaz.givenName(word.split(' ')[0]!)) return false;
  const best = gaz.lookup(word, lang)[0];
  if (!best || best.type !== 'place' || !best.place) return false;
  // "Dadan told reporters" after "Dadan Hindayana", "Dr Farah said" after "Dr Farah Zulkifli": a person's first name
  // is still that person's, whatever place has the name too.
  if (firstNames.has(word)) return false;
  if (best.place.kind !== 'city' || (best.population ?? 0) >= PERSON_AS_PLACE_MIN_POPULATION) return true;
  // A small town, only by its own name (not "Johnson", another name of Sturtevant), where no title stands before the
  // name ("Lord Justice Whitfield") and no longer name of the article holds its words as read or as written, a body's
  // ("Monash" of "Monash University") or a person's ("Le Sueur" of "Graham Le Sueur", "Mads" of "Mads Kjærgaard").
  const held = (name: string): boolean => name.split(' ').every((w) => longerWords.has(w));
  const own = best.name.toLowerCase() === word.toLowerCase();
  return own && (best.population ?? 0) >= SMALL_TOWN_MIN_POPULATION && !held(word) && !held(m.text) && !titled();
}

/** Whether the word right before a mention is a title ("Justice" of "Lord Justice Whitfield"). */
function titleBefore(doc: ArticleDoc, m: Mention, lex: Lexicon): boolean {
  const word = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, m.start - TITLE_CHARS), m.start))?.[1];
  return word !== undefined && lex.title(word) !== undefined;
}

/** The known organizations are few and well known ("EU", "Hamas"): one is an organization whatever the tagger said. */
function isOrganization(entry: GazetteerEntry): boolean {
  return entry.type === 'organization';
}

/** Bounds the per-name memos over a long run (distinct names keep coming). */
const MEMO_LIMIT = 50_000;

/** The party a parenthesized abbreviation after a name stands for ("Mette Frederiksen (S)" → Socialdemokratiet). */
function partyName(doc: ArticleDoc, m: Mention, surface: string, res: Resources, lang: Lang): string | undefined {
  if (doc.text[m.start - 1] !== '(' || doc.text[m.end] !== ')') return undefined;
  return lexicon(res, lang).partyAbbreviations.get(surface);
}

/** Per language and type, the gazetteer entries that may name a place or organization mention, by how it is written. */
type EntriesMemo = Map<string, Map<string, readonly GazetteerEntry[]>>;

/**
 * The gazetteer entries that may name a place or organization mention written so. A common name finds many towns,
 * and the same names recur in every article: the answers are remembered per Resources (whose gazetteer they come from).
 */
function entriesFor(memo: EntriesMemo, gaz: Gazetteer, candidate: string, lang: Lang, type: EntityType): readonly GazetteerEntry[] {
  const byName = innerMap(memo, `${lang}:${type}`);
  let entries = byName.get(candidate);
  if (entries === undefined) {
    const found = gaz.lookup(candidate, lang);
    const fitting = found.filter((e) => fits(e, type) && (e.place?.kind !== 'city' || type === 'place'));
    entries = fitting.length ? fitting : type === 'organization' ? found.filter((e) => actsAsPlace(e, candidate)) : found.filter(isOrganization);
    remember(byName, candidate, entries, MEMO_LIMIT);
  }
  return entries;
}

/**
 * The English name of a body named by a place's name and a word for it ("Tromsø kommune": Tromsø Municipality), also
 * where the name is read as the place ("i Aabenraa Kommune"), or by two ("Vestfold og Telemark fylkeskommune": Vestfold
 * and Telemark County Municipality).
 */
function bodyName(surface: string, words: RuleWords, lang: Lang, gaz: Gazetteer): string | undefined {
  const space = surface.lastIndexOf(' ');
  const word = surface.slice(space + 1).toLowerCase();
  // Also in the genitive ("Bergen kommunes byggesaksavdeling").
  const template = space < 0 ? undefined : words.bodyNames.get(word) ?? (word.endsWith('s') ? words.bodyNames.get(word.slice(0, -1)) : undefined);
  if (!template) return undefined;
  const prefix = surface.slice(0, space);
  // "Københavns Kommune": Danish writes the place's genitive.
  const place = (p: string) => [p, p.replace(/s$/u, '')].map((q) => gaz.lookup(q, lang).find((e) => e.type === 'place')).find((e) => e !== undefined);
  const placeName = (p: string) => place(p)?.name ?? p;
  // A region named with "og" keeps it ("Møre og Romsdal"); two regions are joined by "and".
  const pair = / og /u.exec(prefix);
  const places = pair && !place(prefix) ? `${placeName(prefix.slice(0, pair.index))} and ${placeName(prefix.slice(pair.index + 4))}` : placeName(prefix);
  return template.replace('{place}', places);
}

/**
 * The English name of an institution named by its seat ("Retten i Glostrup" → "Glostrup District Court") or of a
 * country's ministry ("Kinas handelsdepartement" → "Ministry of Commerce (China)"), if the name is one of those.
 */
function translatedName(surface: string, lang: Lang, res: Resources, gaz: Gazetteer): string | undefined {
  const words = ruleWords(res, lang);
  const space = surface.indexOf(' ');
  if (space < 0) return undefined;
  const ministry = words.ministry(surface.slice(space + 1));
  if (ministry) {
    const country = gaz.lookup(surface.slice(0, space - 1), lang)[0];
    return country?.place?.kind === 'country' ? `${ministry} (${country.name})` : undefined;
  }
  const body = bodyName(surface, words, lang, gaz);
  if (body) return body;
  // "Retten i Glostrup", and Danish "Retten på Frederiksberg".
  const seated = /^(\S+) (?:i|på) (.+)$/u.exec(surface);
  const template = seated ? words.seatedInstitutions.get(seated[1]!.toLowerCase()) : undefined;
  if (!template) return undefined;
  const seat = seated![2]!;
  const place = gaz.lookup(seat, lang).find((e) => e.type === 'place');
  return template.replace('{seat}', place?.name ?? seat);
}

/** A road's name by its number, as English writes it: "E6" → "European route E6"; British "A66" and "M62" (en). */
function roadName(surface: string, lang: Lang): string | undefined {
  if (EUROPEAN_ROUTE.test(surface)) return `European route ${surface}`;
  if (lang !== 'en') return undefined;
  if (BRITISH_A_ROAD.test(surface)) return `${surface} road`;
  return BRITISH_MOTORWAY.test(surface) ? `${surface} motorway` : undefined;
}

/** A ministry named by its field, the field ahead or after: "Ministry of Health", "Foreign Ministry". */
const FIELD_MINISTRY = /^(?:(?:Ministry|Department) (?:of|for) (?:the )?(.+)|(.+) (?:Ministry|Department))$/u;

/**
 * Whether an English organization's name is one many countries' national bodies bear: one of `sharedBodyNames`, or a
 * ministry named by its field in common words alone ("Ministry of Health", "Interior Ministry"; not "Ministry of
 * Health of Ukraine", nor "Indian Health Ministry").
 */
function sharedBodyName(name: string, res: Resources, gaz: Gazetteer): boolean {
  if (ruleWords(res, 'en').sharedBodyNames.has(name)) return true;
  const ministry = FIELD_MINISTRY.exec(name);
  if (!ministry) return false;
  const tags = res.get('wink-word-tags', compiledWinkWordTags);
  return (ministry[1] ?? ministry[2]!).split(' ').every((written) => {
    const word = written.replace(/,$/u, '');
    if (word === 'and' || word === 'of' || word === 'the') return true;
    const tag = tags.get(word.toLowerCase());
    return /^\p{Lu}/u.test(word) && (tag === 'NOUN' || (tag === 'ADJ' && !DEMONYM_SHAPE.test(word))) && gaz.lookup(word, 'en').length === 0;
  });
}

/** The capitalised words right before a name, and a genitive's ending: "Russia's | Foreign Ministry", "the Indian | Navy". */
const OWNER_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?:['’]s)? $/u;

/** The country whose body a name is by the words right before it ("Russia's", "Indian"), as an ISO code. */
function ownerCountry(doc: ArticleDoc, m: Mention, gaz: Gazetteer): string | undefined {
  const owner = OWNER_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (!owner) return undefined;
  for (const words of owner.includes(' ') ? [owner, owner.slice(owner.indexOf(' ') + 1)] : [owner]) {
    const place = gaz.lookup(words, 'en')[0]?.place;
    if (place?.kind === 'country') return place.country;
    const demonym = demonymCountry(words, gaz);
    if (demonym) return demonym;
  }
  return undefined;
}

/**
 * The country whose body a gazetteer body's domestic alias names here, when not the body's own: the one named right
 * before it, else the one the article is about when it names that one at least twice as often as the body's own ("the
 * Senate" in news of Australia).
 */
function foreignHome(doc: ArticleDoc, m: Mention, gaz: Gazetteer, own: string, country: () => ArticleCountry): string | undefined {
  const owner = ownerCountry(doc, m, gaz);
  if (owner !== undefined) return owner !== own ? owner : undefined;
  const { country: home, counts } = country();
  return home !== undefined && home !== own && 2 * (counts.get(own) ?? 0) < (counts.get(home) ?? 0) ? home : undefined;
}

/**
 * A national body's name as written, qualified by the country whose body it is: "Supreme Court (India)"; the
 * gazetteer's body where it has one of that name ("Social Democrats (Denmark)").
 */
function localBody(m: Mention, index: number, lang: Lang, rules: NameRules, gaz: Gazetteer, written: string, country: string, evidence: Evidence[]): Named {
  const name = `${written} (${country})`;
  evidence.push({ rule: 'context', alias: m.text, detail: `a body of the country the article is about: ${name}` });
  const entry = gaz.lookup(name, 'en').find((e) => e.type === 'organization' && e.name === name);
  if (entry) {
    evidence.push({ rule: 'gazetteer', alias: m.text, detail: entry.key });
    return { mention: index, type: 'organization', lang, name, key: entry.key, known: true, entry, evidence, words: 1 };
  }
  return { mention: index, type: 'organization', lang, name, key: `organization:${rules.skeleton(name)}`, known: false, evidence, words: 1 };
}

/** A name that ends in a kind of institution written in lower case ("Bombay high court"), with that kind capitalised. */
function capitalisedInstitution(surface: string, words: RuleWords): string | undefined {
  for (const kind of words.lowerCaseInstitutions) {
    const tail = ` ${kind.join(' ')}`;
    if (surface.endsWith(tail)) return surface.slice(0, -tail.length) + tail.replace(/ \p{Ll}/gu, (x) => x.toUpperCase());
  }
  return undefined;
}

function analyzePlaceOrOrg(doc: ArticleDoc, m: Mention, index: number, lang: Lang, res: Resources, rules: NameRules, places: () => readonly GazetteerEntry[], memo: EntriesMemo, country: () => ArticleCountry): Named {
  const gaz = gazetteer(res);
  const written = nameSurface(m);
  const party = m.type === 'organization' ? partyName(doc, m, written, res, lang) : undefined;
  const surface = party ?? written;
  const evidence: Evidence[] = [];
  if (m.text !== written) evidence.push({ rule: 'genitive', alias: m.text, detail: written });
  if (party) evidence.push({ rule: 'alias-table', alias: m.text, detail: `party abbreviation: ${party}` });
  const alias = rules.alias(surface, m.type);
  const aliasName = alias && alias.type !== 'person' ? alias.name : undefined;
  const road = m.type === 'place' && !aliasName ? roadName(surface, lang) : undefined;
  const translated = road ?? (aliasName || lang === 'en' ? undefined
    : m.type === 'organization' ? translatedName(surface, lang, res, gaz)
    : m.type === 'place' ? bodyName(surface, ruleWords(res, lang), lang, gaz) : undefined);
  const candidates: string[] = aliasName ? [aliasName, surface] : translated ? [surface, translated] : [surface];
  // "nyhedsbureauet dpa": an acronym a medium writes in lower case.
  if (m.type === 'organization' && /^\p{Ll}{2,5}$/u.test(surface)) candidates.push(surface.toUpperCase());
  // "the Bombay high court": named with the kind of institution capitalised, as its own name writes it.
  const institution = m.type === 'organization' && lang === 'en' && !aliasName ? capitalisedInstitution(surface, ruleWords(res, lang)) : undefined;
  if (institution) candidates.push(institution);
  // "Vejle Kommune": a body's English name is no Slavic name respelled.
  if (!aliasName && !translated && m.type === 'place' && lang !== 'en' && rules.slavicPlace(surface)) {
    const rewritten = surface.split(' ').map((w) => rules.transliterate(w, lang)).join(' ');
    if (rewritten !== surface) candidates.push(rewritten);
  }
  // A name a company has alone stays a place after an article ("the Amazon"; entity-rules.json).
  const articledPlace = m.sure && m.type === 'place' && ruleWords(res, lang).articledPlaces.has(surface);
  for (const candidate of candidates) {
    const known = entriesFor(memo, gaz, candidate, lang, m.type);
    const entries = m.sure && m.type === 'organization' ? known.filter((e) => e.type !== 'place' || e.place?.kind !== 'city') : articledPlace ? known.filter((e) => fits(e, 'place')) : known;
    if (!entries.length) continue;
    const entry = choosePlace(doc, m, entries, gaz, lang, places);
    const home = entry.country !== undefined && entry.domesticAliases?.includes(surface) ? foreignHome(doc, m, gaz, entry.country, country) : undefined;
    const abroad = home === undefined ? undefined : gaz.countryName(home);
    if (abroad) return localBody(m, index, lang, rules, gaz, surface, abroad, evidence);
    if (aliasName) evidence.push({ rule: 'alias-table', alias: m.text, detail: aliasName });
    if (candidate !== surface && !aliasName) evidence.push({ rule: 'transliteration', alias: m.text, detail: candidate });
    evidence.push({ rule: 'gazetteer', alias: m.text, detail: entry.key });
    const type = fits(entry, m.type) && entry.type !== m.type && entry.altTypes?.includes(m.type) ? m.type : entry.type;
    return { mention: index, type, lang, name: entry.name, key: entry.key, known: true, entry, evidence, words: 1 };
  }
  if (m.type === 'place' && rules.slavicPlace(surface)) {
    const bySkeleton = slavicCity(res, rules, candidates);
    if (bySkeleton) {
      evidence.push({ rule: 'transliteration', alias: m.text, detail: bySkeleton.name });
      return { mention: index, type: 'place', lang, name: bySkeleton.name, key: bySkeleton.key, known: true, entry: bySkeleton, evidence, words: 1 };
    }
  }
  if (aliasName) {
    evidence.push({ rule: 'alias-table', alias: m.text, detail: aliasName });
    return { mention: index, type: m.type, lang, name: aliasName, key: `alias:${rules.skeleton(aliasName)}`, known: true, evidence, words: 1 };
  }
  const name = candidates[candidates.length - 1]!;
  if (m.type === 'organization' && lang === 'en' && name === surface && sharedBodyName(surface, res, gaz)) {
    const home = ownerCountry(doc, m, gaz) ?? country().country;
    const local = home === undefined ? undefined : gaz.countryName(home);
    if (local) return localBody(m, index, lang, rules, gaz, surface, local, evidence);
  }
  if (name === translated) evidence.push({ rule: 'translation', alias: m.text, detail: name });
  else if (name !== surface) evidence.push({ rule: 'transliteration', alias: m.text, detail: name });
  return { mention: index, type: m.type, lang, name, key: `${m.type}:${rules.skeleton(name)}`, known: false, evidence, words: 1 };
}

/**
 * A lone surname of a well-known person of the alias table ("Putin", "Sjojgu") names that person, unless the article
 * names someone in full with it: then the lone word is that one's, as any surname is.
 */
function knownPerson(surface: string, rules: NameRules, laterWords: ReadonlySet<string>): AliasHit | undefined {
  if (surface.includes(' ') || laterWords.has(surface)) return undefined;
  const name = rules.knownSurname(surface);
  return name ? { name, type: 'person' } : undefined;
}

function analyzePerson(m: Mention, index: number, lang: Lang, rules: NameRules, lex: Lexicon, laterWords: ReadonlySet<string>): Named {
  const surface = nameSurface(m);
  const evidence: Evidence[] = [];
  if (m.text !== surface) evidence.push({ rule: 'genitive', alias: m.text, detail: surface });
  const alias = rules.alias(surface, 'person') ?? knownPerson(surface, rules, laterWords);
  if (alias && alias.type === 'person') {
    evidence.push({ rule: 'alias-table', alias: m.text, detail: alias.name });
    return { mention: index, type: 'person', lang, name: alias.name, known: true, evidence, ...personKey(alias.name.split(' '), rules) };
  }
  const { words, keyWords, rewritten } = personWords(surface, lang, rules, lex);
  const name = words.join(' ');
  if (rewritten) evidence.push({ rule: 'transliteration', alias: m.text, detail: name });
  const spelled = words.join(' ') === keyWords.join(' ');
  const named: Named = { mention: index, type: 'person', lang, name, known: false, evidence, spelled, ...personKey(keyWords, rules) };
  if (m.text !== surface && !surface.includes(' ')) named.writtenLast = rules.skeleton(m.text);
  return named;
}

function evidenceFor(doc: ArticleDoc, group: Named[], name: string): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Map<string, string[]>();
  // Checked before the evidence is copied under the mention's alias, most of which repeats within a group; by alias
  // first (mention texts are hashed once), then among the few rules and details of that alias.
  const fresh = (rule: string, alias: string, detail: string | undefined): boolean => {
    let known = seen.get(alias);
    if (!known) {
      known = [];
      seen.set(alias, known);
    }
    const d = detail ?? '';
    for (let i = 0; i < known.length; i += 2) if (known[i] === rule && known[i + 1] === d) return false;
    known.push(rule, d);
    return true;
  };
  // Read once: each document object has a hidden class of its own, which makes every read of one slow.
  const mentions = doc.mentions!;
  const tokens = doc.tokens;
  for (const n of group) {
    const m = mentions[n.mention]!;
    if (m.text === name && fresh('identical', m.text, undefined)) out.push({ rule: 'identical', alias: m.text });
    const head = tokens?.[m.firstToken];
    if (head?.compound === 'head' && fresh('compound', m.text, head.text)) out.push({ rule: 'compound', alias: m.text, detail: head.text });
    // Built field by field: a spread of evidence of several shapes is slower, and the fields keep their order.
    for (const e of n.evidence) if (fresh(e.rule, m.text, e.detail)) out.push(e.detail === undefined ? { rule: e.rule, alias: m.text } : { rule: e.rule, alias: m.text, detail: e.detail });
  }
  return out.sort((a, b) => compareStrings(a.alias, b.alias) || compareStrings(a.rule, b.rule));
}

/** The type most mentions of a group were given; a gazetteer entry's own type breaks a tie. */
function groupType(group: Named[]): EntityType {
  // Most groups are of one type: nothing to tally.
  const first = group[0]!.type;
  if (group.every((n) => n.type === first)) return first;
  const tally = new Map<EntityType, number>();
  for (const n of group) tally.set(n.type, (tally.get(n.type) ?? 0) + 1);
  const preferred = group.find((n) => n.entry)?.entry?.type;
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] === preferred ? -1 : b[0] === preferred ? 1 : a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * The member that names the group: a gazetteer or alias-table one, else the fullest name, spelled in the usual English
 * form first ("Alexander" before "Alexandr"), then from English text, then the longest.
 */
function namingMember(group: Named[]): Named {
  const known = group.find((n) => n.entry) ?? group.find((n) => n.known);
  if (known) return known;
  if (group.length === 1) return group[0]!;
  // A body named after the article's country ("Senate (Germany)") gives way to a name of its own of two words or more
  // ("Berlin Senate"), not to an acronym ("DfE").
  const isLocal = (n: Named) => n.evidence.some((e) => e.rule === 'context');
  const owned = group.some((n) => !isLocal(n) && n.name.includes(' '));
  const local = (n: Named) => (owned && isLocal(n) ? 1 : 0);
  const rank = (n: Named) => [local(n), -n.words, n.spelled === false ? 1 : 0, n.lang === 'en' ? 0 : 1, -n.name.length] as const;
  return [...group].sort((a, b) => {
    const ra = rank(a), rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return compareStrings(a.name, b.name);
  })[0]!;
}

/** A sorted list without its repeats, in place (cheaper than a Set for the few members of a group). */
function sortedUnique<T>(sorted: T[]): T[] {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  sorted.length = n;
  return sorted;
}

/**
 * Norwegian and Danish words that follow a name as its subject and are none of the nouns a genitive possesses: verbs
 * that often follow one, conjunctions and negation. Speech verbs and prepositions come from the rule words.
 */
const SUBJECT_FOLLOWERS = new Set([
  'og', 'eller', 'men', 'er', 'var', 'har', 'hadde', 'havde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte',
  'blir', 'ble', 'bliver', 'blev', 'får', 'fikk', 'fik', 'gikk', 'gik', 'kom', 'kommer', 'som', 'også', 'ikke', 'selv',
]);

/** Whether every mention of a person named so stands before a lower-case word it may possess (see `possessive`). */
function possessiveEverywhere(doc: ArticleDoc, mentions: readonly number[], words: RuleWords): boolean {
  return mentions.every((i) => {
    const m = doc.mentions![i]!;
    const next = /^ (\p{Ll}+)(?![\p{L}-])/u.exec(doc.text.slice(m.end, m.end + 40))?.[1];
    return next !== undefined && !SUBJECT_FOLLOWERS.has(next) && !words.speechVerbs.has(next) && !words.prepositions.has(next) && !words.subordinators.has(next);
  });
}

function toEntity(doc: ArticleDoc, group: Named[], rules: NameRules, res: Resources): DocEntity {
  const type = groupType(group);
  const naming = namingMember(group);
  const name = naming.name;
  const entry = group.find((n) => n.entry)?.entry;
  const known = group.some((n) => n.known);
  const key = entry ? entry.key : type === 'person' && naming.type === 'person' ? naming.key : known ? `alias:${rules.skeleton(name)}` : `${type}:${rules.skeleton(name)}`;
  const mentions = sortedUnique(group.map((n) => n.mention).sort((a, b) => a - b));
  const written = doc.mentions!;
  const aliases = sortedUnique(mentions.map((i) => written[i]!.text).sort());
  const entity: DocEntity = { type, name, key, mentions, aliases, evidence: evidenceFor(doc, group, name), known };
  const place: PlaceInfo | undefined = type === 'place' ? entry?.place : undefined;
  if (place) entity.place = { ...place };
  const lang = naming.lang;
  if (type === 'person' && !known && lang !== 'en' && / \p{Lu}\p{L}{2,}s$/u.test(name) && possessiveEverywhere(doc, mentions, ruleWords(res, lang))) entity.possessive = true;
  return entity;
}

/**
 * The ways a name is abbreviated: the initials of its capitalised words ("Institute for the Study of War" → "ISW"),
 * and of all its words ("Alliance of Small Island States" → "AOSIS").
 */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return capitalised === all ? [all] : [capitalised, all];
}

/**
 * Whether a known name may be a translation of a name in the article: each of its longer words opens like one of the
 * other's ("Danish Institute for International Studies", "Dansk Institut for Internationale Studier"), and it has
 * such words ("CBS" has none).
 */
function cognates(known: string, other: string): boolean {
  const stems = (name: string) => name.toLowerCase().split(/[\s-]+/).filter((w) => w.length >= COGNATE_STEM).map((w) => w.slice(0, COGNATE_STEM));
  const theirs = new Set(stems(other));
  const ours = stems(known);
  return ours.length > 0 && ours.every((stem) => theirs.has(stem));
}

/** Letters two spellings of one word share at its start across the three languages (Danish/Dansk, Studies/Studier). */
const COGNATE_STEM = 3;

/** At most this many words before a name may complete it to the acronym written after it. */
const ACRONYM_LOOKBACK_WORDS = 4;

/**
 * The full name an acronym in parentheses spells when the tagged name lacks its first words: "the Office for Budget
 * Responsibility (OBR)" tagged as "Budget Responsibility" gives "Office for Budget Responsibility".
 */
function spelledOut(doc: ArticleDoc, m: Mention, acronym: string): string | undefined {
  const before = doc.text.slice(Math.max(0, m.start - 80), m.start).split(/(?<=\s)/u);
  let name = nameSurface(m);
  for (let k = 0; k < ACRONYM_LOOKBACK_WORDS && before.length; k++) {
    const word = before.pop()!.trim();
    if (!/^\p{L}+$/u.test(word)) return undefined;
    name = `${word} ${name}`;
    if (/^\p{Lu}/u.test(word) && initials(name)[0] === acronym) return name;
  }
  return undefined;
}

const SHORT_PHRASE = /^(?:\p{Lu}\p{L}+ ){1,2}\p{Lu}{2,6}$/u;

/** Whether a name holds an acronym's letters in order, the first opening it ("Office of Gas and Electricity Markets": OFGEM). */
function holdsLetters(name: string, acronym: string): boolean {
  const text = name.toLowerCase();
  const letters = acronym.toLowerCase();
  if (text[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Joins an organization's acronym to its full name within the article: written right after it in parentheses
 * ("Maxar Technologies (MAXR)"), or spelled by its initials when one unknown name of the article has them. An acronym
 * written like a word ("Aosis") counts only when it spells such a name.
 */
function joinAcronyms(doc: ArticleDoc, groups: Named[][], surfaces: readonly string[]): Named[][] {
  const mentions = doc.mentions!;
  const groupOf = new Map<number, Named[]>();
  for (const g of groups) for (const n of g) groupOf.set(n.mention, g);
  const surfaceOf = (g: Named[]) => {
    const s = surfaces[g[0]!.mention]!;
    return g.every((n) => surfaces[n.mention] === s) ? s : undefined;
  };
  // Every acronym is tried against every name of the article: each name's initials are worked out once.
  const known = new Map<string, string[]>();
  const initialsOf = (name: string): string[] => {
    let found = known.get(name);
    if (!found) {
      found = initials(name);
      known.set(name, found);
    }
    return found;
  };
  /** Whether a mention's name, or its name as written (before any translation), has the acronym for its initials. */
  const spells = (n: Named, acronym: string): boolean =>
    initialsOf(n.name).includes(acronym) || initialsOf(surfaces[n.mention]!).includes(acronym);
  const merged = new Set<Named[]>();
  /** The acronym's names take the article's own name for it, in place of the body the gazetteer knows by it. */
  const adopt = (short: Named[], own: Named, detail: string): void => {
    for (const n of short) {
      Object.assign(n, { name: own.name, key: own.key, known: own.known, entry: own.entry, evidence: n.evidence.filter((e) => e.rule !== 'gazetteer') });
      n.evidence.push({ rule: 'short-form', alias: '', detail });
    }
  };
  for (const short of groups) {
    const surface = surfaceOf(short);
    if (short[0]!.type !== 'organization' || !surface) continue;
    const known = short.some((n) => n.known);
    // An acronym written like a word ("Ofgem", "Conaf") stands for a name before it in parentheses that holds its
    // letters; an unknown one also for a name its initials spell (below).
    const wordLike = /^\p{Lu}\p{Ll}{2,6}$/u.test(surface);
    if (known && !wordLike && !/^\p{Lu}{2,6}$/u.test(surface)) continue;
    // "(Africa CDC)": a short form of a word or two and an acronym, only in parentheses.
    const phrase = SHORT_PHRASE.test(surface);
    // "Landbrug & Fødevarer (L&F)": an ampersand may join the initials, as it joins the words.
    if (!phrase && !/^\p{L}(?:&?\p{L}){1,5}$/u.test(surface)) continue;
    const capitals = phrase || /^\p{Lu}(?:&?\p{Lu})+$/u.test(surface);
    const acronym = phrase ? surface.replace(/\P{Lu}/gu, '') : surface.toUpperCase();
    const before = short
      .map((n) => mentions[n.mention]!)
      .map((m) => (doc.text[m.end] === ')' ? mentions.findIndex((o) => o.end <= m.start && /^\s*\($/.test(doc.text.slice(o.end, m.start))) : -1))
      .find((i) => i >= 0);
    const letteredBy = (i: number): boolean => groupOf.get(i)?.some((n) => holdsLetters(surfaces[n.mention]!, acronym)) === true;
    const inParentheses = capitals || (wordLike && before !== undefined && letteredBy(before)) ? before : undefined;
    if (known && wordLike && inParentheses === undefined) continue;
    const spelled = phrase || known ? [] : groups.filter((g) => g !== short && g[0]!.type === 'organization' && !g.some((n) => n.known) && g.some((n) => spells(n, acronym)));
    const target = inParentheses !== undefined ? groupOf.get(inParentheses) : spelled.length === 1 ? spelled[0] : undefined;
    if (!target || target === short || target[0]!.type !== 'organization' || merged.has(target)) continue;
    if (known) {
      // "Norges Sjakkforbund (NSF)": a known acronym written after an unknown name whose initials begin it is that
      // name's here, not the other body's it names elsewhere (Norsk Sykepleierforbund), unless the known body's name
      // translates it ("Dansk Institut for Internationale Studier (DIIS)"); "Verdens helseorganisasjon (WHO)" spells
      // none of it and stays WHO. A known name written before it is that name's too ("Danmarks Naturfredningsforening
      // (DN)", not Dagens Næringsliv).
      const own = target[0]!;
      const begins = target.some((n) => [n.name, surfaces[n.mention]!].some((name) => initialsOf(name).some((i) => i.length > 1 && acronym.startsWith(i))));
      // "The United Nations Children's Fund (UNICEF)", "the Office of Gas and Electricity Markets (Ofgem)": an unknown
      // name written out before an acronym known by itself alone, whose letters it holds in order from its first, is the
      // known body's (not "England and Wales Cricket Board (ECB)", the European Central Bank's short form).
      const byItself = short[0]!.name.toUpperCase() === acronym;
      const writtenOut = byItself && !begins && !own.known && inParentheses !== undefined && target.some((n) => holdsLetters(surfaces[n.mention]!, acronym));
      if (writtenOut) {
        adopt(target, short[0]!, `written out before ${short[0]!.name}`);
        short.push(...target);
        merged.add(target);
        continue;
      }
      if (!begins || own.key === short[0]!.key || (!own.known && short.some((n) => cognates(n.name, own.name)))) continue;
      adopt(short, own, `written after ${own.name}`);
      target.push(...short);
      merged.add(short);
      continue;
    }
    if (inParentheses !== undefined && !target.some((n) => spells(n, acronym))) {
      const full = spelledOut(doc, mentions[inParentheses]!, acronym);
      const named = target.find((n) => n.mention === inParentheses)!;
      if (full && !named.known) {
        named.evidence.push({ rule: 'short-form', alias: '', detail: `spelled by ${acronym}: ${full}` });
        named.name = full;
      }
    }
    for (const n of short) n.evidence.push({ rule: 'short-form', alias: '', detail: target[0]!.name });
    target.push(...short);
    merged.add(short);
  }
  // A known acronym ("DIIS") takes in the one unknown name of the article its initials spell, written in the
  // article's language ("Dansk Institut for Internationale Studier").
  for (const short of groups) {
    const surface = surfaceOf(short);
    if (merged.has(short) || short[0]!.type !== 'organization' || !short.some((n) => n.entry) || !surface || !/^\p{Lu}{3,6}$/u.test(surface)) continue;
    const spelled = groups.filter((g) => g !== short && !merged.has(g) && g[0]!.type === 'organization' && !g.some((n) => n.known) && g.some((n) => spells(n, surface)));
    if (spelled.length !== 1) continue;
    // An English article that spells the acronym otherwise than its known name means another body ("ICC": the
    // International Cricket Council, not the International Criminal Court): the acronym is the article's name's.
    if (doc.language?.article === 'en' && !spelled[0]!.some((n) => n.name === short[0]!.name)) adopt(short, spelled[0]![0]!, `spells ${spelled[0]![0]!.name}`);
    else for (const n of spelled[0]!) n.evidence.push({ rule: 'short-form', alias: '', detail: `spelled by ${surface}: ${short[0]!.name}` });
    short.push(...spelled[0]!);
    merged.add(spelled[0]!);
  }
  return groups.filter((g) => !merged.has(g));
}

/** What stands between a name and another of its names: "The Ghana Cocoa Board, known as Cocobod,". */
const KNOWN_AS = /^,? (?:also |better |commonly |widely |popularly |locally )?(?:known as|kjent som|kendt som) $/u;
/** The longest text KNOWN_AS matches, so that the text between two mentions far apart is never cut out. */
const KNOWN_AS_LENGTH = ', popularly kjent som '.length;

/** Joins a name written "known as" another right after it to that other name's entity, of the same type. */
function joinKnownAs(doc: ArticleDoc, groups: Named[][]): Named[][] {
  const mentions = doc.mentions!;
  const groupOf = new Map<number, Named[]>();
  for (const g of groups) for (const n of g) groupOf.set(n.mention, g);
  const merged = new Set<Named[]>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    if (mentions[i + 1]!.start - mentions[i]!.end > KNOWN_AS_LENGTH || !KNOWN_AS.test(doc.text.slice(mentions[i]!.end, mentions[i + 1]!.start))) continue;
    // The other name closes the apposition; not a possessive before a noun ("Tom Homan, known as Trump's border czar,")
    // nor a name followed by more words ("known as British Telecom until 1991").
    const alias = mentions[i + 1]!;
    if (alias.text !== alias.base || !/^\s*[,.;)]/u.test(doc.text.slice(alias.end, alias.end + 2))) continue;
    const named = groupOf.get(i);
    const other = groupOf.get(i + 1);
    if (!named || !other || named === other || merged.has(other) || named[0]!.type !== other[0]!.type) continue;
    for (const n of other) {
      n.evidence.push({ rule: 'short-form', alias: '', detail: `known as: ${named[0]!.name}` });
      groupOf.set(n.mention, named);
    }
    named.push(...other);
    merged.add(other);
  }
  return groups.filter((g) => !merged.has(g));
}

/**
 * Of candidate names (each a list of spellings), the one that all others extend ("Novo Nordisk" of "Novo Nordisk" and
 * "Novo Nordisk Fonden"); undefined when two are not nested.
 */
function nestedShortest(candidates: string[][]): number | undefined {
  if (!candidates.length) return undefined;
  const shortest = (names: string[]) => names.reduce((a, b) => (b.length < a.length ? b : a));
  const heads = candidates.map(shortest);
  const best = heads.reduce((bi, h, i) => (h.length < heads[bi]!.length ? i : bi), 0);
  const head = heads[best]!;
  return heads.every((h, i) => i === best || (h.startsWith(`${head} `) && h !== head)) ? best : undefined;
}

/**
 * Joins a one-word name to the one longer place or organization name of the article that starts with it ("Ullevaal"
 * and "Ullevaal stadion", "Novo" and "Novo Nordisk", not "Novo Nordisk Fonden"): a place or organization to one of its own type, a lone word
 * that no person of the article explains to an organization.
 */
function joinShortForms(groups: Named[][], surfaces: readonly string[]): Named[][] {
  // Every group is compared with every other: each mention's words and keys are worked out once.
  const split: string[][] = [];
  const keys: string[] = [];
  const firstKeys: string[] = [];
  const words = (n: Named) => (split[n.mention] ??= surfaces[n.mention]!.split(' '));
  const key = (n: Named) => (keys[n.mention] ??= nameKey(surfaces[n.mention]!));
  const firstKey = (n: Named) => (firstKeys[n.mention] ??= nameKey(words(n)[0]!));
  const merged = new Set<Named[]>();
  for (const short of groups) {
    if (short.some((n) => n.known || words(n).length > 1)) continue;
    const type = short[0]!.type;
    const word = firstKey(short[0]!);
    if (!short.every((n) => firstKey(n) === word)) continue;
    const longer = groups.filter(
      (g) => g !== short && !merged.has(g) && g[0]!.type !== 'person' && (type === 'person' ? g[0]!.type === 'organization' : g[0]!.type === type) &&
        g.some((n) => words(n).length > 1 && firstKey(n) === word),
    );
    const target = nestedShortest(longer.map((g) => g.filter((n) => words(n).length > 1).map(key)));
    if (target === undefined) continue;
    for (const n of short) {
      n.evidence.push({ rule: 'short-form', alias: '', detail: longer[target]![0]!.name });
      n.type = longer[target]![0]!.type;
    }
    longer[target]!.push(...short);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

/** A Norwegian or Danish noun's definite singular endings: "laget" of "lag", "foreningen" of "forening", "hjelpa" of "hjelp". */
const DEFINITE_ENDINGS = ['en', 'et', 'a'];
/** The same after a stem ending in -e: "tjenesten" of "tjeneste". */
const DEFINITE_ENDINGS_AFTER_E = ['n', 't'];

/** The one-word names a longer organization name may be shortened to: its definite last word ("Småkvalfangerlaget"). */
function definiteTails(surface: string): string[] {
  const last = surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase();
  if (!/^\p{Ll}{3,}$/u.test(last)) return [];
  return (last.endsWith('e') ? DEFINITE_ENDINGS_AFTER_E : DEFINITE_ENDINGS).map((ending) => last + ending);
}

/**
 * Joins an unknown organization's one-word name to the one name of the article that is a compound on it after a
 * hyphen ("Kommissionen" of "EU-Kommissionen", "Kommisjonen" of "EU-kommisjonen"), or, in Norwegian and Danish, whose
 * last word it is in the definite ("Småkvalfangerlaget" of "Norges Småkvalfangerlag", "Fiskerforeningen" of
 * "Danmarks Fiskerforening").
 */
function joinCompoundTails(doc: ArticleDoc, groups: Named[][], surfaces: readonly string[], langOf: (m: Mention) => Lang): Named[][] {
  const merged = new Set<Named[]>();
  // The organizations of the article by the one-word names they may be shortened to, worked out once.
  const byTail = new Map<string, Set<Named[]>>();
  const index = (tail: string, g: Named[]) => {
    const owners = byTail.get(tail) ?? new Set<Named[]>();
    owners.add(g);
    byTail.set(tail, owners);
  };
  for (const g of groups) {
    if (g[0]!.type !== 'organization') continue;
    for (const n of g) {
      const surface = surfaces[n.mention]!;
      if (surface.includes(' ')) {
        if (langOf(doc.mentions![n.mention]!) !== 'en') for (const tail of definiteTails(surface)) index(tail, g);
        continue;
      }
      const hyphen = surface.lastIndexOf('-');
      if (hyphen > 0) index(surface.slice(hyphen + 1).toLowerCase(), g);
    }
  }
  if (byTail.size === 0) return groups;
  for (const short of groups) {
    const word = surfaces[short[0]!.mention]!;
    if (short[0]!.type !== 'organization' || short.some((n) => n.known || surfaces[n.mention] !== word) || word.includes(' ') || word.includes('-')) continue;
    const owners = [...(byTail.get(word.toLowerCase()) ?? [])].filter((g) => g !== short && !merged.has(g));
    if (owners.length !== 1) continue;
    for (const n of short) n.evidence.push({ rule: 'short-form', alias: '', detail: owners[0]![0]!.name });
    owners[0]!.push(...short);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

/** A nationality written as an adjective ("Finnish", "Chinese", "Norwegian", "Israeli"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|i)$/u;

/**
 * Joins an organization's name to the one longer organization name of the article that only puts a place, a
 * nationality or a body of a place before it ("Border Guard" of "Finnish Border Guard", "State Department" of "US State
 * Department", "Commission" of "European Commission", "Pensions Board" of "Church of England Pensions Board"); when two
 * longer names could own it ("Russian Foreign Ministry", "Chinese Foreign Ministry"), to neither.
 */
function joinQualifiedForms(doc: ArticleDoc, groups: Named[][], surfaces: readonly string[], gaz: Gazetteer, langOf: (m: Mention) => Lang): Named[][] {
  const mentions = doc.mentions!;
  // Every short name is compared with every organization's mentions: each mention's name is lower-cased once.
  const lowered: string[] = [];
  const lower = (n: Named) => (lowered[n.mention] ??= surfaces[n.mention]!.toLowerCase());
  const place = (words: readonly string[], m: Mention): boolean => gaz.lookup(words.join(' '), langOf(m)).some((e) => e.type === 'place');
  // Also a body of a place before it ("Pensions Board" of "Church of England Pensions Board").
  const ofPlace = (words: readonly string[], m: Mention): boolean => words.length >= 3 && words[words.length - 2] === 'of' && place(words.slice(-1), m);
  const qualifier = (words: readonly string[], m: Mention): boolean =>
    (words.length === 1 && NATIONALITY.test(words[0]!)) || place(words, m) || ofPlace(words, m);
  const organizations = groups.filter((g) => g[0]!.type === 'organization');
  const merged = new Set<Named[]>();
  for (const short of organizations) {
    const name = lower(short[0]!);
    if (!short.every((n) => lower(n) === name) || name.length < 3) continue;
    // "Norway's Supreme Court": a genitive names another owner of the name, so that it is no one's short form.
    if (short.some((n) => /['’]s $/u.test(doc.text.slice(Math.max(0, mentions[n.mention]!.start - 3), mentions[n.mention]!.start)))) continue;
    const tail = ` ${name}`;
    const owners = organizations.filter((g) => g !== short && !merged.has(g) && g.some((n) => {
      if (!lower(n).endsWith(tail)) return false;
      const surface = surfaces[n.mention]!;
      return qualifier(surface.slice(0, surface.length - name.length - 1).split(' '), mentions[n.mention]!);
    }));
    if (owners.length !== 1) continue;
    const owner = owners[0]![0]!;
    for (const n of short) {
      n.evidence.push({ rule: 'short-form', alias: '', detail: owner.name });
      // "the Irish Coast Guard ... the Coast Guard": a name one country's body bears at home is here the other's.
      if (n.entry?.domesticAliases?.includes(surfaces[n.mention]!)) Object.assign(n, { known: false, entry: undefined, name: owner.name, key: owner.key });
    }
    owners[0]!.push(...short);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

/**
 * A person's full name with its genitive -s kept when no word follows it: a genitive owns the next word ("Putins
 * krig"), so "direktør David Ricks, til" names Ricks, not Rick. Lone words and other names may end a list of
 * genitives ("Lundbecks, Genmabs og Novos aktier"); an apostrophe genitive ("Reeves'") is written as one.
 */
function withNameEnding(doc: ArticleDoc, m: Mention): Mention {
  if (m.type !== 'person' || !m.base.includes(' ') || `${m.base}s` !== m.text) return m;
  if (/^\s+[\p{L}\d]/u.test(doc.text.slice(m.end, m.end + 2))) return m;
  return { ...m, base: m.text };
}

export function normalize(original: ArticleDoc, res: Resources): ArticleDoc {
  const doc: ArticleDoc = { ...original, mentions: (original.mentions ?? []).map((m) => withNameEnding(original, m)) };
  const mentions = doc.mentions!;
  const rules = nameRules(res);
  const gaz = gazetteer(res);
  const places = articlePlaces(doc, gaz);
  let home: ArticleCountry | undefined;
  const country = () => (home ??= articleCountry(places()));
  const langOf = mentionLangs(doc);
  const lexicons = new Map<Lang, Lexicon>();
  const lexOf = (lang: Lang): Lexicon => {
    let lex = lexicons.get(lang);
    if (!lex) {
      lex = lexicon(res, lang);
      lexicons.set(lang, lex);
    }
    return lex;
  };
  const memo = res.get<EntriesMemo>('normalize:entries', () => new Map());
  // Every word after a full name's first may be how the article names the person later: the surname, or a middle
  // name ("Lula" of "Luiz Inácio Lula da Silva"); so may an East Asian family name, written first ("Lin" of "Lin Jian").
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  // The joins below compare every name with every other: each mention's name is read once.
  const surfaces = mentions.map((m) => nameSurface(m));
  for (let k = 0; k < mentions.length; k++) {
    // A name of one word has no later words and is no first name.
    if (mentions[k]!.type !== 'person' || !surfaces[k]!.includes(' ')) continue;
    const words = surfaces[k]!.split(' ');
    for (let i = 1; i < words.length; i++) surnames.add(words[i]!);
    if (words.length > 1 && rules.familyFirst(words[0]!)) surnames.add(words[0]!);
    if (words.length > 1) firstNames.add(words[0]!);
  }
  const longerWords = new Set(surfaces.filter((s) => s.includes(' ')).flatMap((s) => s.split(' ')));
  const endings = personEndings(mentions);
  const wholeNames = particleNames(doc, rules, gaz);
  const named: Named[] = mentions.map((m, i) => {
    const lang = langOf(m);
    const whole = wholeNames.get(i);
    if (whole) {
      const n = analyzePerson(whole, i, lang, rules, lexOf(lang), surnames);
      n.evidence.push({ rule: 'short-form', alias: '', detail: `one name across a particle: ${whole.text}` });
      return n;
    }
    if (m.type === 'person' && placeNotPerson(m, lang, res, surnames, firstNames, longerWords, () => titleBefore(doc, m, lexOf(lang)))) return analyzePlaceOrOrg(doc, { ...m, type: 'place' }, i, lang, res, rules, places, memo, country);
    if (personByName(m, lang, endings, rules, gaz)) return analyzePerson({ ...m, type: 'person' }, i, lang, rules, lexOf(lang), surnames);
    return m.type === 'person' ? analyzePerson(m, i, lang, rules, lexOf(lang), surnames) : analyzePlaceOrOrg(doc, m, i, lang, res, rules, places, memo, country);
  });
  const persons = groupPersons(named.filter((n) => n.type === 'person'), (word) => rules.familyFirst(word));
  const others = new Map<string, Named[]>();
  for (const n of named) {
    if (n.type === 'person') continue;
    const list = others.get(n.key) ?? [];
    list.push(n);
    others.set(n.key, list);
  }
  const joined = joinKnownAs(doc, joinCompoundTails(doc, joinShortForms([...persons, ...joinAcronyms(doc, [...others.values()], surfaces)], surfaces), surfaces, langOf));
  const groups = joinQualifiedForms(doc, joined, surfaces, gaz, langOf);
  const entities = groups.map((g) => toEntity(doc, g, rules, res)).sort((a, b) => a.mentions[0]! - b.mentions[0]!);
  return { ...original, entities };
}
