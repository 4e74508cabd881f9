/**
 * The normalize stage: groups the mentions of one article into entities and names each in its English standard
 * spelling. Adds `doc.entities`.
 *
 * Persons: a full name's spelling variants are one entity (Alexandr Fomin, Alexander Fomin), and a lone surname or
 * given name joins the one full name it can belong to (Fomin, Putins). Places and organizations: one entity per
 * gazetteer entry or alias-table name, else per spelling skeleton.
 */
import { gazetteer } from './gazetteer.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { nameRules, type NameRules } from './names/rules.js';
import { personWords } from './names/person.js';
import { articlePlaces, choosePlace, slavicCity } from './names/places.js';
import type { ArticleDoc, DocEntity, EntityType, Evidence, GazetteerEntry, Lang, Mention, PlaceInfo, Resources } from './types.js';

interface Named {
  /** Index into doc.mentions. */
  mention: number;
  type: EntityType;
  lang: Lang;
  /** The canonical name this mention alone suggests. */
  name: string;
  /** Grouping key: a gazetteer key, or a type-prefixed spelling skeleton. */
  key: string;
  known: boolean;
  entry?: GazetteerEntry;
  evidence: Evidence[];
  /** Persons: whether the name is spelled as its key words (a given name already in its English news spelling). */
  spelled?: boolean;
  /** Persons: the given name as `<initial>:<skeleton>` ("j:on" for John, "j:" for "J."), and the surname's skeleton; a
   * single word has only `last`. */
  first?: string;
  last?: string;
  words: number;
}

function mentionLang(doc: ArticleDoc, m: Mention): Lang {
  const paragraphs = doc.language?.paragraphs ?? [];
  const p = paragraphs.find((x) => x.start <= m.start && m.start < x.end);
  const lang = p && p.lang !== 'und' ? p.lang : doc.language?.article;
  return lang && lang !== 'und' ? lang : 'en';
}

/** Whether a gazetteer entry may name a mention the tagger gave this type. */
function fits(entry: GazetteerEntry, type: EntityType): boolean {
  if (entry.type === type || entry.altTypes?.includes(type)) return true;
  // A country is a place even where it acts ("Russland vil ..."), whatever the tagger called it.
  return entry.place?.kind === 'country' && type === 'organization';
}

/** A city this large, or a region, is a place even where the tagger took it for an organization acting. */
const ACTING_CITY_MIN_POPULATION = 50_000;

/** Whether an organization mention names this place: a region, or a large city ("Lugansk og Donetsk", "Moscow said"). */
function actsAsPlace(entry: GazetteerEntry): boolean {
  if (entry.type !== 'place' || !entry.place) return false;
  return entry.place.kind !== 'city' || (entry.population ?? 0) >= ACTING_CITY_MIN_POPULATION;
}

/** A town this large is taken for the place when a lone word tagged as a person names it (and no person of the article). */
const PERSON_AS_PLACE_MIN_POPULATION = 20_000;

/**
 * Whether a one-word "person" is really a place: a country, region or sizeable town that is no given name and no
 * surname of a person named in full in the article ("Irpin", but not "Washington" after "George Washington").
 */
function placeNotPerson(m: Mention, lang: Lang, res: Resources, surnames: ReadonlySet<string>): boolean {
  const word = nameSurface(m);
  if (word.includes(' ') || surnames.has(word)) return false;
  const gaz = gazetteer(res);
  if (gaz.givenName(word)) return false;
  const best = gaz.lookup(word, lang)[0];
  if (!best || best.type !== 'place' || !best.place) return false;
  return best.place.kind !== 'city' || (best.population ?? 0) >= PERSON_AS_PLACE_MIN_POPULATION;
}

/** The known organizations are few and well known ("EU", "Hamas"): one is an organization whatever the tagger said. */
function isOrganization(entry: GazetteerEntry): boolean {
  return entry.type === 'organization';
}

function nameSurface(m: Mention): string {
  return (m.base || m.text).replace(/\s+/g, ' ').trim();
}

/** The party a parenthesized abbreviation after a name stands for ("Mette Frederiksen (S)" → Socialdemokratiet). */
function partyName(doc: ArticleDoc, m: Mention, surface: string, lex: Lexicon): string | undefined {
  if (doc.text[m.start - 1] !== '(' || doc.text[m.end] !== ')') return undefined;
  return lex.partyAbbreviations.get(surface);
}

function analyzePlaceOrOrg(doc: ArticleDoc, m: Mention, index: number, lang: Lang, res: Resources, rules: NameRules, places: () => readonly GazetteerEntry[]): Named {
  const gaz = gazetteer(res);
  const written = nameSurface(m);
  const party = m.type === 'organization' ? partyName(doc, m, written, lexicon(res, lang)) : undefined;
  const surface = party ?? written;
  const evidence: Evidence[] = [];
  if (m.text !== written) evidence.push({ rule: 'genitive', alias: m.text, detail: written });
  if (party) evidence.push({ rule: 'alias-table', alias: m.text, detail: `party abbreviation: ${party}` });
  const alias = rules.alias(surface, m.type);
  const aliasName = alias && alias.type !== 'person' ? alias.name : undefined;
  const candidates: string[] = aliasName ? [aliasName, surface] : [surface];
  if (!aliasName && m.type === 'place' && lang !== 'en' && rules.slavicPlace(surface)) {
    const rewritten = surface.split(' ').map((w) => rules.transliterate(w, lang)).join(' ');
    if (rewritten !== surface) candidates.push(rewritten);
  }
  for (const candidate of candidates) {
    const found = gaz.lookup(candidate, lang);
    const fitting = found.filter((e) => fits(e, m.type) && (e.place?.kind !== 'city' || m.type === 'place'));
    const entries = fitting.length ? fitting : m.type === 'organization' ? found.filter(actsAsPlace) : found.filter(isOrganization);
    if (!entries.length) continue;
    const entry = choosePlace(doc, m, entries, gaz, lang, places);
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
  if (name !== surface) evidence.push({ rule: 'transliteration', alias: m.text, detail: name });
  return { mention: index, type: m.type, lang, name, key: `${m.type}:${rules.skeleton(name)}`, known: false, evidence, words: 1 };
}

function analyzePerson(m: Mention, index: number, lang: Lang, rules: NameRules, lex: Lexicon): Named {
  const surface = nameSurface(m);
  const evidence: Evidence[] = [];
  if (m.text !== surface) evidence.push({ rule: 'genitive', alias: m.text, detail: surface });
  const alias = rules.alias(surface, 'person');
  if (alias && alias.type === 'person') {
    evidence.push({ rule: 'alias-table', alias: m.text, detail: alias.name });
    return { mention: index, type: 'person', lang, name: alias.name, known: true, evidence, ...personKey(alias.name.split(' '), rules) };
  }
  const { words, keyWords, rewritten } = personWords(surface, lang, rules, lex);
  const name = words.join(' ');
  if (rewritten) evidence.push({ rule: 'transliteration', alias: m.text, detail: name });
  const spelled = words.join(' ') === keyWords.join(' ');
  return { mention: index, type: 'person', lang, name, known: false, evidence, spelled, ...personKey(keyWords, rules) };
}

/**
 * A person's blocking key, `person:<surname skeleton>` or `person:<surname skeleton>/<initial>:<given-name skeleton>`
 * ("person:fomin/a:aleksander"); an initial alone ("J. Kirby") has an empty skeleton ("person:kirb/j:").
 */
export function personKey(words: readonly string[], rules: NameRules): { key: string; first?: string; last: string; words: number } {
  const last = rules.skeleton(words[words.length - 1]!);
  // "von der Leyen": a name that starts with a lower-case particle is a surname without a given name.
  if (words.length < 2 || /^\p{Ll}/u.test(words[0]!)) return { key: `person:${last}`, last, words: 1 };
  const given = words[0]!;
  const initial = nameInitial(given);
  const first = `${initial}:${/^\p{L}\.?$/u.test(given) ? '' : rules.skeleton(given)}`;
  return { key: `person:${last}/${first}`, first, last, words: words.length };
}

function nameInitial(word: string): string {
  return word.normalize('NFD').charAt(0).toLowerCase();
}

/** Whether two given names (`<initial>:<skeleton>`) may name one person: equal, or one an initial of the other. */
export function firstNamesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const [ai, as] = a.split(':'), [bi, bs] = b.split(':');
  return ai === bi && (!as || !bs);
}

/** Groups person mentions: full names by compatible given name and surname, then lone names onto the one full name. */
function groupPersons(named: Named[]): Named[][] {
  const initialOnly = (n: Named) => !!n.first?.endsWith(':');
  const full = named.filter((n) => n.words > 1 && !initialOnly(n));
  const initials = named.filter((n) => n.words > 1 && initialOnly(n));
  const single = named.filter((n) => n.words === 1);
  const groups: Named[][] = [];
  for (const n of full) {
    const g = groups.find((gr) => gr[0]!.last === n.last && gr[0]!.first === n.first);
    if (g) g.push(n);
    else groups.push([n]);
  }
  // "J. Kirby" joins the one full name it can abbreviate; with none (or two) it stands for itself.
  for (const n of initials) {
    const fits = groups.filter((gr) => gr[0]!.last === n.last && firstNamesAgree(gr[0]!.first, n.first));
    const same = groups.find((gr) => gr[0]!.last === n.last && gr[0]!.first === n.first);
    if (fits.length === 1) fits[0]!.push(n);
    else if (same) same.push(n);
    else groups.push([n]);
  }
  const lone = new Map<string, Named[]>();
  for (const n of single) {
    const bySurname = groups.filter((g) => g[0]!.last === n.last);
    const byGiven = bySurname.length ? [] : groups.filter((g) => g[0]!.first?.split(':')[1] === n.last);
    const target = bySurname.length === 1 ? bySurname[0] : byGiven.length === 1 ? byGiven[0] : undefined;
    if (target) {
      n.evidence.push({ rule: 'short-form', alias: '', detail: target[0]!.name });
      target.push(n);
    } else {
      const list = lone.get(n.last!) ?? [];
      list.push(n);
      lone.set(n.last!, list);
    }
  }
  return [...groups, ...lone.values()];
}

function evidenceFor(doc: ArticleDoc, group: Named[], name: string): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const push = (e: Evidence) => {
    const k = `${e.rule}\u0000${e.alias}\u0000${e.detail ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  };
  for (const n of group) {
    const m = doc.mentions![n.mention]!;
    if (m.text === name) push({ rule: 'identical', alias: m.text });
    if (doc.tokens?.[m.firstToken]?.compound === 'head') push({ rule: 'compound', alias: m.text, detail: doc.tokens[m.firstToken]!.text });
    for (const e of n.evidence) push({ ...e, alias: m.text });
  }
  return out.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** The type most mentions of a group were given; a gazetteer entry's own type breaks a tie. */
function groupType(group: Named[]): EntityType {
  const tally = new Map<EntityType, number>();
  for (const n of group) tally.set(n.type, (tally.get(n.type) ?? 0) + 1);
  const preferred = group.find((n) => n.entry)?.entry?.type;
  return [...tally].sort((a, b) => b[1] - a[1] || (a[0] === preferred ? -1 : b[0] === preferred ? 1 : a[0] < b[0] ? -1 : 1))[0]![0];
}

/** The group's display name: the gazetteer's, else its longest full spelling (an English mention's on a tie). */
/**
 * The member that names the group: a gazetteer or alias-table one, else the fullest name, spelled in the usual English
 * form first ("Alexander" before "Alexandr"), then from English text, then the longest.
 */
function namingMember(group: Named[]): Named {
  const known = group.find((n) => n.entry) ?? group.find((n) => n.known);
  if (known) return known;
  const rank = (n: Named) => [-n.words, n.spelled === false ? 1 : 0, n.lang === 'en' ? 0 : 1, -n.name.length] as const;
  return [...group].sort((a, b) => {
    const ra = rank(a), rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  })[0]!;
}

function toEntity(doc: ArticleDoc, group: Named[], rules: NameRules): DocEntity {
  const type = groupType(group);
  const naming = namingMember(group);
  const name = naming.name;
  const entry = group.find((n) => n.entry)?.entry;
  const known = group.some((n) => n.known);
  const key = entry ? entry.key : type === 'person' && naming.type === 'person' ? naming.key : known ? `alias:${rules.skeleton(name)}` : `${type}:${rules.skeleton(name)}`;
  const mentions = [...new Set(group.map((n) => n.mention))].sort((a, b) => a - b);
  const aliases = [...new Set(mentions.map((i) => doc.mentions![i]!.text))].sort();
  const entity: DocEntity = { type, name, key, mentions, aliases, evidence: evidenceFor(doc, group, name), known };
  const place: PlaceInfo | undefined = type === 'place' ? entry?.place : undefined;
  if (place) entity.place = { ...place };
  return entity;
}

/** The initials of a name's capitalised words: "Institute for the Study of War" → "ISW". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Joins an organization's acronym to its full name within the article: written right after it in parentheses
 * ("Maxar Technologies (MAXR)"), or spelled by its initials when one unknown name of the article has them.
 */
function joinAcronyms(doc: ArticleDoc, groups: Named[][]): Named[][] {
  const mentions = doc.mentions!;
  const groupOf = new Map<number, Named[]>();
  for (const g of groups) for (const n of g) groupOf.set(n.mention, g);
  const isAcronym = (g: Named[]) => g.every((n) => /^\p{Lu}{2,6}$/u.test(nameSurface(mentions[n.mention]!)));
  const merged = new Set<Named[]>();
  for (const short of groups) {
    if (short[0]!.type !== 'organization' || short.some((n) => n.known) || !isAcronym(short)) continue;
    const acronym = nameSurface(mentions[short[0]!.mention]!);
    const inParentheses = short
      .map((n) => mentions[n.mention]!)
      .map((m) => mentions.findIndex((o) => o.end <= m.start && /^\s*\($/.test(doc.text.slice(o.end, m.start)) && doc.text[m.end] === ')'))
      .find((i) => i >= 0);
    const spelled = groups.filter((g) => g !== short && g[0]!.type === 'organization' && !g.some((n) => n.known) && g.some((n) => initials(n.name) === acronym));
    const target = inParentheses !== undefined ? groupOf.get(inParentheses) : spelled.length === 1 ? spelled[0] : undefined;
    if (!target || target === short || target[0]!.type !== 'organization' || merged.has(target)) continue;
    for (const n of short) n.evidence.push({ rule: 'short-form', alias: '', detail: target[0]!.name });
    target.push(...short);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

export function normalize(doc: ArticleDoc, res: Resources): ArticleDoc {
  const mentions = doc.mentions ?? [];
  const rules = nameRules(res);
  const places = articlePlaces(doc, gazetteer(res));
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && nameSurface(m).includes(' ')).map((m) => nameSurface(m).split(' ').pop()!));
  const named: Named[] = mentions.map((m, i) => {
    const lang = mentionLang(doc, m);
    if (m.type === 'person' && placeNotPerson(m, lang, res, surnames)) return analyzePlaceOrOrg(doc, { ...m, type: 'place' }, i, lang, res, rules, places);
    return m.type === 'person' ? analyzePerson(m, i, lang, rules, lexicon(res, lang)) : analyzePlaceOrOrg(doc, m, i, lang, res, rules, places);
  });
  const persons = groupPersons(named.filter((n) => n.type === 'person'));
  const others = new Map<string, Named[]>();
  for (const n of named) {
    if (n.type === 'person') continue;
    const list = others.get(n.key) ?? [];
    list.push(n);
    others.set(n.key, list);
  }
  const entities = [...persons, ...joinAcronyms(doc, [...others.values()])]
    .map((g) => toEntity(doc, g, rules))
    .sort((a, b) => a.mentions[0]! - b.mentions[0]!);
  return { ...doc, entities };
}
