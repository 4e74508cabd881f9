/**
 * Cross-article resolution: the per-article entities of all extractions become one entity per real-world person,
 * place or organization. Candidates are blocked by key (a gazetteer entry, or a spelling skeleton; for persons the
 * surname's skeleton), so the cost grows linearly with the number of entities. Merging is conservative: two persons
 * who share a surname stay apart unless their given names agree, and a lone surname joins a full name only when that
 * surname belongs to one person in the whole corpus.
 */
import type { EntityDescriptor, EntityType, Evidence, PlaceInfo, PreviousEntity, ResolvableArticle, ResolvedEntity } from './types.js';
import { compareStrings } from './order.js';

/**
 * One entity description: the many articles that name Putin the same way share one description object (see
 * DescriptorPool), and so one item, which resolution weighs by how many articles' entities it stands for and how many
 * of those are in English articles. Every decision but one depends on the description and these counts only, so an item
 * goes wherever each of its occurrences would; `joinSurnames` also depends on the order of the occurrences, and walks
 * them (see `blockOccurrences`).
 */
interface Item {
  doc: EntityDescriptor;
  /** The key names a gazetteer or alias-table entry rather than a spelling. */
  knownKey: boolean;
  /** Words in the name. */
  words: number;
  /** The article entities it stands for, and how many of them are in English articles. */
  count: number;
  english: number;
  /** A full name in the genitive, joined to its base form by `joinGenitiveNames`: it never names the group. */
  genitive?: true;
}

/** The number of occurrences the items stand for. */
function weight(items: readonly Item[], of: (item: Item) => number = (it) => it.count): number {
  let n = 0;
  for (const it of items) n += of(it);
  return n;
}

const inEnglish = (it: Item): number => it.english;

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }
  /** Joins two sets; the smaller index becomes the root, so the result does not depend on the order of calls. */
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}


/** An ASCII slug: "Alexander Fomin" → "alexander-fomin", "Tromsø" → "tromso". */
export function slug(name: string): string {
  const s = name
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[åÅ]/g, 'aa')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'unnamed';
}

/** Slugs of one resolution, each computed once: the same names recur across thousands of articles. */
type Slugs = (text: string) => string;

function slugMemo(): Slugs {
  const known = new Map<string, string>();
  return (text) => {
    let s = known.get(text);
    if (s === undefined) known.set(text, (s = slug(text)));
    return s;
  };
}

/**
 * Persons' keys are `person:<surname skeleton>`, or `person:<surname skeleton>/<initial>:<given-name skeleton>` (an
 * empty skeleton for a bare initial); see personKey in normalize.
 */
function personParts(key: string): { first?: string; last: string } {
  const body = key.slice(key.indexOf(':') + 1);
  const slash = body.indexOf('/');
  return slash < 0 ? { last: body } : { last: body.slice(0, slash), first: body.slice(slash + 1) };
}

const isInitial = (first: string) => first.endsWith(':');

/**
 * A full name that is the end of the names of just one person of the block is that person's surname: "Løkke
 * Rasmussen" in one article, "Lars Løkke Rasmussen" in another. Each occurrence of a full name is checked in turn
 * (`occurrences`: the block's items, once per article entity, in article order), since a check can come out otherwise
 * after the unions of those before it: a description named again later is checked again.
 */
function joinSurnames(full: readonly number[], occurrences: readonly number[], items: Item[], uf: UnionFind, slugs: Slugs): void {
  const long = full.filter((i) => items[i]!.words > 2);
  if (!long.length) return;
  const words = (i: number) => items[i]!.doc.name.split(' ').map(slugs);
  const byEnding = new Map<string, number[]>();
  for (const i of long) {
    const w = words(i);
    for (let k = 1; k + 2 <= w.length; k++) {
      const ending = w.slice(k).join(' ');
      const list = byEnding.get(ending);
      if (list) list.push(i);
      else byEnding.set(ending, [i]);
    }
  }
  // An occurrence checked again with no union since its description's last check comes out the same: skipped.
  const checkedAt = new Map<number, number>();
  let unions = 0;
  const isFull = new Set(full);
  for (const i of occurrences) {
    if (items[i]!.words < 2 || !isFull.has(i) || checkedAt.get(i) === unions) continue;
    checkedAt.set(i, unions);
    const longer = byEnding.get(words(i).join(' '));
    if (!longer) continue;
    const people = new Set(longer.map((j) => uf.find(j)));
    if (people.size === 1 && uf.find(i) !== uf.find(longer[0]!)) {
      uf.union(i, longer[0]!);
      unions++;
    }
  }
}

/** Unions the persons of one surname block; returns nothing, the union-find holds the result. */
function joinPersons(block: number[], occurrences: readonly number[], items: Item[], uf: UnionFind, slugs: Slugs): void {
  const full: { item: number; first: string }[] = [];
  const lone: number[] = [];
  for (const i of block) {
    const { first } = personParts(items[i]!.doc.key);
    if (first) full.push({ item: i, first });
    else lone.push(i);
  }
  // Full names: equal given names join, unless their middle names differ ("Ingrid Sørhaug Lie", "Ingrid Hagen Lie"); a
  // name without one joins them only where those that have one agree. An initial joins the one given name it can stand
  // for.
  const middle = (i: number): string => items[i]!.doc.name.split(' ').slice(1, -1).map(slugs).join(' ');
  const byFirst = new Map<string, number>();
  const middles = new Map<string, Map<string, number>>();
  for (const f of full) {
    const m = middle(f.item);
    const seen = middles.get(f.first) ?? new Map<string, number>();
    middles.set(f.first, seen);
    const known = seen.get(m);
    if (known === undefined) seen.set(m, f.item);
    else uf.union(known, f.item);
    if (!byFirst.has(f.first)) byFirst.set(f.first, f.item);
  }
  // One middle name may leave out words of another ("Anna Quinn Reed Zane", "Anna Reed Zane"), not differ from it.
  // An initial stands for a middle name it begins ("John F. Kennedy", "John Fitzgerald Kennedy").
  const same = (x: string, y: string): boolean => x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  const within = (a: string, b: string): boolean => a.split(' ').every((w) => b.split(' ').some((v) => same(w, v)));
  for (const [first, seen] of middles) {
    const named = [...seen.keys()].filter((m) => m !== '');
    if (named.some((a) => named.some((b) => !within(a, b) && !within(b, a)))) continue;
    for (const item of seen.values()) uf.union(byFirst.get(first)!, item);
  }
  const byInitial = new Map<string, string[]>();
  for (const g of byFirst.keys()) {
    if (isInitial(g)) continue;
    const initial = g.slice(0, g.indexOf(':') + 1);
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), g]);
  }
  for (const [g, item] of byFirst) {
    const matches = isInitial(g) ? byInitial.get(g) : undefined;
    if (matches?.length === 1) uf.union(item, byFirst.get(matches[0]!)!);
  }
  joinSurnames(full.map((f) => f.item), occurrences, items, uf, slugs);
  const people = new Set([...byFirst.values()].map((i) => uf.find(i)));
  for (let k = 1; k < lone.length; k++) uf.union(lone[0]!, lone[k]!);
  if (lone.length && people.size === 1) uf.union(lone[0]!, [...people][0]!);
  else if (lone.length) {
    const dominant = dominantPerson(full.map((f) => f.item), items, uf);
    if (dominant !== undefined) uf.union(lone[0]!, dominant);
  }
}

/** How many times more often than anyone else of the surname the one a lone surname stands for is named. */
const DOMINANT_SHARE = 10;
/** How often at least. */
const DOMINANT_MIN = 10;

/**
 * "Trump" alone, where the corpus also names Judd Trump once: the person of a surname named DOMINANT_SHARE times more
 * often than any other of it, and at least DOMINANT_MIN times, is the one the surname alone stands for.
 */
function dominantPerson(full: readonly number[], items: readonly Item[], uf: UnionFind): number | undefined {
  const counts = new Map<number, number>();
  for (const i of full) {
    const root = uf.find(i);
    counts.set(root, (counts.get(root) ?? 0) + items[i]!.count);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const [first, second] = ranked;
  return first && second && first[1] >= DOMINANT_MIN && first[1] >= DOMINANT_SHARE * second[1] ? first[0] : undefined;
}

/**
 * "Vladimir Putins", "Jonas Gahr Støres": a full name in the genitive that a Norwegian or Danish article writes without
 * its base form (a genitive there takes no apostrophe) is the person the corpus names so without the -s: a name of two
 * words or more that normalize found before possessed words only (`possessive`: not "Peter Sands sier"), whose base
 * form some person of the corpus bears.
 */
function joinGenitiveNames(items: Item[], uf: UnionFind): void {
  // Few articles have one: the names of the corpus are indexed only when some item asks.
  const genitives = items.flatMap((it, i) => (it.doc.possessive ? [i] : []));
  if (genitives.length === 0) return;
  const byName = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.doc.type === 'person' && !byName.has(it.doc.name)) byName.set(it.doc.name, i);
  });
  for (const i of genitives) {
    const it = items[i]!;
    const base = byName.get(it.doc.name.slice(0, -1));
    if (base === undefined) continue;
    uf.union(base, i);
    it.genitive = true;
  }
}

/**
 * A word that only ever stands alone ("Lula") joins the one person of the corpus who has it inside a full name ("Luiz
 * Inácio Lula da Silva"), unless it is also someone's given name. Blocks are visited once: linear in the entities.
 */
function joinMiddleNames(bySurname: ReadonlyMap<string, number[]>, items: Item[], uf: UnionFind, slugs: Slugs): void {
  const inside = new Map<string, number[]>();
  for (const block of bySurname.values()) {
    for (const i of block) {
      if (items[i]!.words < 3) continue;
      for (const w of items[i]!.doc.name.split(' ').slice(1, -1)) {
        if (!/^\p{Lu}/u.test(w)) continue;
        const list = inside.get(slugs(w));
        if (list) list.push(i);
        else inside.set(slugs(w), [i]);
      }
    }
  }
  if (!inside.size) return;
  const given = new Set<string>();
  for (const block of bySurname.values()) for (const i of block) if (items[i]!.words > 1) given.add(slugs(items[i]!.doc.name.split(' ')[0]!));
  for (const block of bySurname.values()) {
    if (block.some((i) => personParts(items[i]!.doc.key).first)) continue;
    const word = slugs(items[block[0]!]!.doc.name);
    const holders = inside.get(word);
    if (!holders || given.has(word) || new Set(holders.map((h) => uf.find(h))).size !== 1) continue;
    uf.union(block[0]!, holders[0]!);
  }
}

/** The most frequent value, each item counting for its occurrences; `tieBreak` orders values of equal count. */
function majority<T>(items: readonly Item[], value: (item: Item) => T, tieBreak: (a: T, b: T) => number, of: (item: Item) => number = (it) => it.count): T {
  const tally = new Map<T, number>();
  for (const it of items) {
    const v = value(it);
    tally.set(v, (tally.get(v) ?? 0) + of(it));
  }
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of tally) if (n > bestCount || (n === bestCount && tieBreak(v, best!) < 0)) [best, bestCount] = [v, n];
  return best!;
}

/** A kind of key that names a gazetteer or alias-table entry rather than a spelling. */
const isKnownKey = (key: string): boolean => !/^(person|place|organization):/.test(key);

function entityType(members: Item[]): EntityType {
  const key = members.find((m) => m.knownKey)?.doc.key ?? '';
  const preferred: EntityType = key.startsWith('org:') ? 'organization' : 'place';
  return majority(
    members,
    (m) => m.doc.type,
    (a, b) => (a === preferred ? -1 : b === preferred ? 1 : compareStrings(a, b)),
  );
}

/** Evidence without repeats, sorted; kept as alias → rule → detail so that a large group builds no keys. */
class EvidenceSet {
  private readonly byAlias = new Map<string, Map<Evidence['rule'], Map<string, Evidence>>>();
  add(e: Evidence): void {
    this.addParts(e.alias, e.rule, e.detail, e);
  }
  /** Adds the evidence of these parts, built only if it is new. */
  addParts(alias: string, rule: Evidence['rule'], detail: string | undefined, known?: Evidence): void {
    let byRule = this.byAlias.get(alias);
    if (!byRule) this.byAlias.set(alias, (byRule = new Map()));
    let byDetail = byRule.get(rule);
    if (!byDetail) byRule.set(rule, (byDetail = new Map()));
    if (!byDetail.has(detail ?? '')) byDetail.set(detail ?? '', known ?? (detail === undefined ? { rule, alias } : { rule, alias, detail }));
  }
  sorted(): Evidence[] {
    const out: Evidence[] = [];
    for (const alias of [...this.byAlias.keys()].sort(compareStrings)) {
      const byRule = this.byAlias.get(alias)!;
      for (const rule of [...byRule.keys()].sort(compareStrings)) {
        const byDetail = byRule.get(rule)!;
        for (const detail of [...byDetail.keys()].sort(compareStrings)) out.push(byDetail.get(detail)!);
      }
    }
    return out;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The canonical name: a gazetteer or alias-table name, else the fullest spelling, English articles' first (noted in
 * `evidence` when that choice overrode another language's spelling).
 */
function canonicalName(all: Item[], evidence: EvidenceSet): string {
  const name = canonicalSpelling(all, evidence);
  // "Ferdinand Marcos Jr" and "Ferdinand Marcos Jr.": the suffix as an English standard spelling writes it.
  return / (?:Jr|Sr)$/u.test(name) && all.some((m) => m.doc.name === `${name}.`) ? `${name}.` : name;
}

function canonicalSpelling(all: Item[], evidence: EvidenceSet): string {
  const members = all.some((m) => !m.genitive) ? all.filter((m) => !m.genitive) : all;
  for (const m of all) if (m.genitive) evidence.addParts(m.doc.name, 'genitive', m.doc.name.slice(0, -1));
  const known = members.filter((m) => m.doc.known);
  if (known.length) return majority(known, (m) => m.doc.name, compareStrings);
  const most = members.reduce((n, m) => Math.max(n, m.words), 0);
  const fullest = members.filter((m) => m.words === most);
  const english = fullest.filter((m) => m.english > 0);
  const best = english.length ? majority(english, (m) => m.doc.name, compareStrings, inEnglish) : majority(fullest, (m) => m.doc.name, compareStrings);
  if (english.length && weight(english, inEnglish) < weight(members) && members.some((m) => m.count > m.english && m.doc.name !== best)) {
    evidence.addParts(best, 'english-mention', 'the spelling of English text');
  }
  if (NON_ASCII.test(best) || !fullest.some((m) => NON_ASCII.test(m.doc.name))) return best;
  // A spelling with its letters (Støre) over one that dropped them (Store): the same name, told more exactly.
  const fold = slug(best);
  const lettered = fullest.map((m) => m.doc.name).filter((n) => NON_ASCII.test(n) && slug(n) === fold);
  return lettered.length ? lettered.sort(compareStrings)[0]! : best;
}

function mergeEvidence(members: Item[], name: string, set: EvidenceSet): Evidence[] {
  const joinedAs = new Map<string, string>();
  for (const m of members) {
    for (const e of m.doc.evidence) set.add(e);
    // A group of one description is named by it, so it is skipped here too.
    if (m.doc.name === name) continue;
    let detail = joinedAs.get(m.doc.name);
    if (detail === undefined) joinedAs.set(m.doc.name, (detail = `${m.doc.name} → ${name}`));
    for (const alias of m.doc.aliases) set.addParts(alias, 'article', detail);
  }
  return set.sorted();
}

interface Draft {
  baseId: string;
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  place?: PlaceInfo;
  /** In article and entity order. */
  members: ResolvedEntity['members'];
}

function draftOf(members: Item[], occurrences: ResolvedEntity['members']): Draft {
  const type = entityType(members);
  const evidence = new EvidenceSet();
  const name = canonicalName(members, evidence);
  const aliases = new Set<string>();
  const keys = new Set<string>();
  for (const m of members) {
    for (const a of m.doc.aliases) aliases.add(a);
    keys.add(m.doc.key);
  }
  const sortedKeys = [...keys].sort(compareStrings);
  const key = sortedKeys.find(isKnownKey) ?? sortedKeys[0]!;
  const place = type === 'place' ? members.find((m) => m.doc.place)?.doc.place : undefined;
  const draft: Draft = { baseId: `${type}:${slug(name)}`, key, type, name, aliases: [...aliases].sort(compareStrings), evidence: mergeEvidence(members, name, evidence), members: occurrences };
  if (place) draft.place = { ...place };
  return draft;
}

/** Whether a previous node may be this draft's entity at all: same type, and not another gazetteer place. */
function compatible(d: Draft, p: PreviousEntity): boolean {
  if (p.type !== d.type) return false;
  if (p.geonameId !== undefined && d.place?.geonameId !== undefined && p.geonameId !== d.place.geonameId) return false;
  return p.country === undefined || d.place?.country === undefined || p.country === d.place.country;
}

/**
 * Ids: the previous graph's id of the same entity where there is one, else `<type>:<slug>`, qualified by the key on a
 * clash. A previous node is the same entity when it carries the id this entity would get, or else shares a name or
 * alias with it; previous nodes that a run merges into one entity become its `formerIds`.
 */
function assignIds(drafts: Draft[], previous: readonly PreviousEntity[]): ResolvedEntity[] {
  const lower = (s: string) => s.normalize('NFC').toLowerCase();
  const prevById = new Map(previous.map((p) => [p.id, p]));
  const prevByName = new Map<string, PreviousEntity[]>();
  for (const p of previous) {
    for (const n of new Set([p.name, ...p.aliases].map(lower))) {
      const k = `${p.type}\u0000${n}`;
      const list = prevByName.get(k);
      if (list) list.push(p);
      else prevByName.set(k, [p]);
    }
  }
  drafts.sort((a, b) => compareStrings(a.baseId, b.baseId) || compareStrings(a.key, b.key));
  const qualified = (d: Draft) => `${d.baseId}-${slug(d.key)}`;
  const byOwnId = drafts.map((d) => (previous.length ? [d.baseId, qualified(d)].map((id) => prevById.get(id)).find((p) => p && compatible(d, p)) : undefined));
  const none: PreviousEntity[] = [];
  const byName = drafts.map((d) => {
    if (!previous.length) return none;
    const found = new Map<string, PreviousEntity>();
    for (const n of new Set([d.name, ...d.aliases].map(lower))) for (const p of prevByName.get(`${d.type}\u0000${n}`) ?? []) if (compatible(d, p)) found.set(p.id, p);
    return [...found.values()].sort((a, b) => compareStrings(a.id, b.id));
  });

  const ids: (string | undefined)[] = drafts.map(() => undefined);
  const taken = new Set<string>();
  const claim = (i: number, p: PreviousEntity | undefined) => {
    if (!p || ids[i] || taken.has(p.id)) return;
    ids[i] = p.id;
    taken.add(p.id);
  };
  // An entity that still carries its own previous id keeps it first; then names and aliases decide.
  drafts.forEach((_, i) => claim(i, byOwnId[i]));
  drafts.forEach((_, i) => claim(i, byName[i]!.find((p) => !taken.has(p.id))));
  const formerIds: string[][] = drafts.map((_, i) => {
    const survivor = ids[i] ? prevById.get(ids[i]!) : undefined;
    if (!survivor) return [];
    const retired = byName[i]!.filter((p) => p.id !== survivor.id && !taken.has(p.id));
    for (const p of retired) taken.add(p.id);
    return [...new Set([...(survivor.formerIds ?? []), ...retired.flatMap((p) => [p.id, ...(p.formerIds ?? [])])])].sort(compareStrings);
  });
  const reserved = new Set(previous.flatMap((p) => [p.id, ...(p.formerIds ?? [])]));
  drafts.forEach((d, i) => {
    if (ids[i]) return;
    let id = d.baseId;
    if (taken.has(id) || reserved.has(id)) id = qualified(d);
    for (let n = 2; taken.has(id) || reserved.has(id); n++) id = `${qualified(d)}-${n}`;
    ids[i] = id;
    taken.add(id);
  });
  return drafts
    .map((d, i) => {
      const entity: ResolvedEntity = {
        id: ids[i]!, type: d.type, name: d.name, aliases: d.aliases, evidence: d.evidence, formerIds: formerIds[i]!,
        members: d.members,
      };
      if (d.place) entity.place = d.place;
      return entity;
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * The items of each surname block that has a full name of three words or more (where `joinSurnames` acts), once per
 * article entity in article order: one pass over the occurrences, only when some block needs it.
 */
function blockOccurrences(blocks: readonly number[][], items: readonly Item[], itemOf: Int32Array): Map<number[], number[]> {
  const blockOf = new Int32Array(items.length).fill(-1);
  const sequences: number[][] = [];
  const out = new Map<number[], number[]>();
  for (const block of blocks) {
    if (!block.some((i) => items[i]!.words > 2 && personParts(items[i]!.doc.key).first)) continue;
    for (const i of block) blockOf[i] = sequences.length;
    const sequence: number[] = [];
    sequences.push(sequence);
    out.set(block, sequence);
  }
  if (sequences.length > 0) for (const i of itemOf) if (blockOf[i]! >= 0) sequences[blockOf[i]!]!.push(i);
  return out;
}

export function resolve(articles: readonly ResolvableArticle[], previous: readonly PreviousEntity[] = []): ResolvedEntity[] {
  // Items in the order of their first occurrence, so that the smallest item of a group is the one met first, as the
  // smallest occurrence would be; `itemOf` gives each occurrence's item, in article and entity order.
  const items: Item[] = [];
  const byDoc = new Map<EntityDescriptor, number>();
  let total = 0;
  for (const x of articles) total += x.entities.length;
  const itemOf = new Int32Array(total);
  let o = 0;
  for (const x of articles) {
    for (const doc of x.entities) {
      let i = byDoc.get(doc);
      if (i === undefined) {
        i = items.push({ doc, knownKey: isKnownKey(doc.key), words: doc.name.split(' ').length, count: 0, english: 0 }) - 1;
        byDoc.set(doc, i);
      }
      const it = items[i]!;
      it.count++;
      if (x.lang === 'en') it.english++;
      itemOf[o++] = i;
    }
  }
  const uf = new UnionFind(items.length);
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.doc.type === 'person' && !it.knownKey) {
      const { last } = personParts(it.doc.key);
      const block = bySurname.get(last);
      if (block) block.push(i);
      else bySurname.set(last, [i]);
      return;
    }
    const known = byKey.get(it.doc.key);
    if (known === undefined) byKey.set(it.doc.key, i);
    else uf.union(known, i);
  });
  const slugs = slugMemo();
  const sequences = blockOccurrences([...bySurname.values()], items, itemOf);
  for (const block of bySurname.values()) joinPersons(block, sequences.get(block) ?? [], items, uf, slugs);
  joinMiddleNames(bySurname, items, uf, slugs);
  joinGenitiveNames(items, uf);

  // Groups in the order of their first item; each group's occurrences in article and entity order.
  const groupOf = new Int32Array(items.length);
  const groups: Item[][] = [];
  const rootGroup = new Map<number, number>();
  items.forEach((it, i) => {
    const r = uf.find(i);
    let g = rootGroup.get(r);
    if (g === undefined) {
      g = groups.push([]) - 1;
      rootGroup.set(r, g);
    }
    groups[g]!.push(it);
    groupOf[i] = g;
  });
  const members: ResolvedEntity['members'][] = groups.map(() => []);
  let next = 0;
  articles.forEach((x, article) => {
    for (let entity = 0; entity < x.entities.length; entity++) members[groupOf[itemOf[next++]!]!]!.push({ article, entity });
  });
  return assignIds(groups.map((g, i) => draftOf(g, members[i]!)), previous);
}
