import { createHash } from 'node:crypto';
import { resolve } from '../stages/resolve.js';
import {
  GRAPH_SCHEMA_ID,
  type ArticleDetail,
  type ArticleFacts,
  type EntityNode,
  type Extraction,
  type Graph,
  type Lang,
  type PreviousEntity,
  type ResolvedEntity,
} from '../stages/types.js';
import { compareStrings } from '../stages/order.js';
import { articleDetail } from './detail.js';
import { articleJson, edgeJson, encoded, type FileRange, itemJson, joined, jsonArray, mentionJson, mentionsFrame, type Piece, type Placed, placedItem, statementJson, withMentions } from './graph-stream.js';
import { type GatherRecord, RENDER_PARTS, type RenderMemo } from './render-memo.js';
import { MemorySpool, type Spool } from './spool.js';

/** Article ids derive from the source path only, so an edited article keeps its id. */
export function articleId(source: string): string {
  return `article:${encodedSource(source)}`;
}

function encodedSource(source: string): string {
  return source.split('/').map(encodeURIComponent).join('/');
}

/**
 * A string's JSON without its closing quote, to which digits and "-" (never escaped) and the quote can be added: the
 * JSON of a statement id from its article's prefix, without escaping the prefix again for every statement.
 */
function openJson(text: string): string {
  return JSON.stringify(text).slice(0, -1);
}

const ENTITY_NODE_TYPES = new Set(['person', 'place', 'organization']);

/**
 * What resolution needs of an earlier graph to keep its ids: each entity's identity, not its mentions, nor the
 * articles, statements and edges, which would take most of the memory of a large corpus for the whole run.
 */
export function previousEntities(graph: Graph): PreviousEntity[] {
  return graph.nodes
    .filter((n): n is EntityNode => ENTITY_NODE_TYPES.has(n.type))
    .map((n) => identity(n.id, n.type, n.name, n.aliases, n.formerIds ?? [], n.type === 'place' ? n : {}));
}

/** The identities of the entities a graph was written from: what `previousEntities` reads back from that graph. */
export function resolvedIdentities(resolved: readonly ResolvedEntity[]): PreviousEntity[] {
  return resolved.map((e) => identity(e.id, e.type, e.name, e.aliases, e.formerIds, e.place ?? {}));
}

function identity(id: string, type: PreviousEntity['type'], name: string, aliases: string[], formerIds: string[], place: { geonameId?: number; country?: string }): PreviousEntity {
  return {
    id,
    type,
    name,
    aliases,
    formerIds,
    // A place's GeoNames id and country keep homonyms apart (Paris, France vs Paris, Texas) across runs.
    ...(type === 'place' && place.geonameId !== undefined ? { geonameId: place.geonameId } : {}),
    ...(type === 'place' && place.country !== undefined ? { country: place.country } : {}),
  };
}

export interface GraphInput {
  /** The articles, numbered as `resolve` numbered them. */
  articles: readonly (ArticleFacts & { entities: readonly unknown[] })[];
  /**
   * The entities, sorted by id, as `resolve` returns them. Their `members`, the largest part of a large corpus's
   * memory, are emptied once read: pass entities that nothing else will read the members of.
   */
  resolved: readonly ResolvedEntity[];
  load(article: number): ArticleDetail;
  /** Where statements and their edges wait until their turn in the output. */
  spool: Spool;
  /** The last run's rendering of each article, and where this run's goes; without one every article is rendered. */
  memo?: RenderMemo;
}

/** Nodes per type and edges, filled in as the graph is written. */
export interface GraphCounts {
  nodes: Record<string, number>;
  edges: number;
}

/** Indices 0..n-1 in the order of their keys. */
function orderBy(keys: readonly string[]): Int32Array {
  return Int32Array.from(keys.keys()).sort((p, q) => compareStrings(keys[p], keys[q]));
}

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;

/**
 * A column of int32 that grows as it is filled, a chunk at a time: millions of mentions without millions of objects,
 * and without the copies and the slack of an array that doubles.
 */
class IntColumn {
  private readonly chunks: Int32Array[] = [];
  length = 0;
  push(value: number): void {
    const offset = this.length & (CHUNK_SIZE - 1);
    if (offset === 0) this.chunks.push(new Int32Array(CHUNK_SIZE));
    this.chunks[this.chunks.length - 1][offset] = value;
    this.length++;
  }
  at(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & (CHUNK_SIZE - 1)];
  }
}

/**
 * Where each article's statement nodes, statement edges and mention edges (its parts, in that order) wait in the spool
 * (-1: none), and the memo's number for the article (-1: no memo).
 */
interface Spooled {
  parts: Int32Array[];
  memoRow: Int32Array;
}

const STATEMENT_NODES = 0;
const STATEMENT_EDGES = 1;
const MENTION_EDGES = 2;

/**
 * What the pass over the articles gathers for the entity nodes and the `said` edges, which sort by entity and so
 * cannot be written article by article.
 */
class EntityGatherer {
  /** Mentions as columns, in article order and, within an article, by position. */
  readonly mention = { entity: new IntColumn(), article: new IntColumn(), start: new IntColumn(), end: new IntColumn(), text: new IntColumn() };
  private readonly textIds = new Map<string, number>();
  /** Each distinct mention text once, as JSON. */
  readonly textJson: string[] = [];
  /** A said statement is ordered by its article's statement rank, then its place among the article's statements. */
  readonly said = { entity: new IntColumn(), article: new IntColumn(), rank: new IntColumn(), local: new IntColumn(), start: new IntColumn(), end: new IntColumn() };
  readonly roles = new Map<number, { text: string; lang: Lang }[]>();

  addMention(entity: number, article: number, start: number, end: number, text: string): void {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.textJson.push(JSON.stringify(text)) - 1;
      this.textIds.set(text, id);
    }
    const m = this.mention;
    m.entity.push(entity);
    m.article.push(article);
    m.start.push(start);
    m.end.push(end);
    m.text.push(id);
  }

  addRole(entity: number, text: string, lang: Lang): void {
    const list = this.roles.get(entity) ?? [];
    if (!list.some((r) => r.text === text && r.lang === lang)) list.push({ text, lang });
    this.roles.set(entity, list);
  }

  addSaid(entity: number, article: number, rank: number, local: number, start: number, end: number): void {
    const s = this.said;
    s.entity.push(entity);
    s.article.push(article);
    s.rank.push(rank);
    s.local.push(local);
    s.start.push(start);
    s.end.push(end);
  }

  /** Row numbers grouped by entity, keeping their order within an entity (a counting sort). */
  static byEntity(entity: IntColumn, entities: number): { rows: Int32Array; first: Int32Array } {
    const first = new Int32Array(entities + 1);
    for (let i = 0; i < entity.length; i++) first[entity.at(i) + 1]++;
    for (let g = 0; g < entities; g++) first[g + 1] += first[g];
    const next = first.slice(0, entities);
    const rows = new Int32Array(entity.length);
    for (let i = 0; i < entity.length; i++) rows[next[entity.at(i)]++] = i;
    return { rows, first };
  }
}

/**
 * The graph of the `newsgraph.graph/1` contract as JSON text in chunks: article, entity and statement nodes sorted by
 * id, edges sorted by source, type and target. Memory holds the entities and compact columns of their mentions; each
 * article's extraction is loaded once, in one pass made when the entity nodes are due, and its statements wait in the
 * spool until theirs are.
 */
export function* graphChunks(input: GraphInput, counts: GraphCounts = { nodes: {}, edges: 0 }): Generator<Buffer> {
  yield* encoded(graphPieces(input, counts));
}

function* graphPieces(input: GraphInput, counts: GraphCounts): Generator<Piece | Placed> {
  const { articles, resolved, spool } = input;
  const n = articles.length;
  const encodedSources = articles.map((a) => encodedSource(a.source));
  const articleIds = encodedSources.map((encoded) => `article:${encoded}`);
  // What every statement id of an article begins with; a statement is named by its article and its place in the text.
  const prefixes = encodedSources.map((encoded) => `statement:${encoded}#`);
  const prefixJson = prefixes.map(openJson);
  // The order of article ids and of statement-id prefixes can differ ("a!.txt" and "a.txt": '!' sorts before '#').
  const byArticleId = orderBy(articleIds);
  const byStatementId = orderBy(prefixes);
  const statementRank = new Int32Array(n);
  byStatementId.forEach((a, rank) => (statementRank[a] = rank));

  const firstLocal = new Int32Array(n + 1);
  articles.forEach((a, i) => (firstLocal[i + 1] = firstLocal[i] + a.entities.length));
  const globalOf = new Int32Array(firstLocal[n]).fill(-1);
  resolved.forEach((e, g) => {
    for (const m of e.members) globalOf[firstLocal[m.article] + m.entity] = g;
    e.members.length = 0;
  });
  const ref = (article: number, local: number): number => {
    const g = globalOf[firstLocal[article] + local];
    if (g === undefined || g < 0) throw new Error(`resolve left entity ${local} of ${articles[article].source} without a node`);
    return g;
  };

  const resolvedIdJson = resolved.map((e) => JSON.stringify(e.id));
  const articleIdJson = articleIds.map((id) => JSON.stringify(id));
  const gathered = new EntityGatherer();
  // The memo's number for each entity node (with a memo).
  const entityRow = new Int32Array(resolved.length);
  const spooled: Spooled = { parts: Array.from({ length: RENDER_PARTS }, () => new Int32Array(n).fill(-1)), memoRow: new Int32Array(n).fill(-1) };
  const nodeCounts: Record<string, number> = { article: n, statement: 0 };
  for (const e of resolved) nodeCounts[e.type] = (nodeCounts[e.type] ?? 0) + 1;

  // Entities named in an article rendered afresh: only the others' nodes and `said` edges may come from the memo.
  const touched = new Uint8Array(resolved.length);
  const digests = input.memo === undefined ? new Uint32Array(0) : idDigests(resolved.map((e) => e.id));
  const ctx: PassContext = { articleIdJson, resolvedIdJson, prefixJson, statementRank, ref, gathered, spooled, spool, counts, touched, idDigests: digests };
  const pass = (): void => {
    for (const a of byArticleId) {
      nodeCounts.statement += addArticle(a, articles[a], () => input.load(a), input.memo, ctx);
    }
  };

  function* nodeGroups(): Generator<Piece | Placed | Iterable<string | Placed>> {
    for (const a of byArticleId) yield articleJson(articleIdJson[a], articles[a]);
    pass();
    const { rows, first } = EntityGatherer.byEntity(gathered.mention.entity, resolved.length);
    const m = gathered.mention;
    const { memo } = input;
    for (let g = 0; g < resolved.length; g++) {
      const mentions = function* (): Generator<string> {
        for (let r = first[g]; r < first[g + 1]; r++) {
          const row = rows[r];
          yield mentionJson(articleIdJson[m.article.at(row)], m.start.at(row), m.end.at(row), gathered.textJson[m.text.at(row)]);
        }
      };
      const nodeJson = itemJson(entityNode(resolved[g], gathered.roles.get(g) ?? []));
      if (memo === undefined) {
        yield withMentions(nodeJson, joined(mentions()));
        continue;
      }
      const row = (entityRow[g] = memo.noteEntity(resolved[g].id));
      const count = first[g + 1] - first[g];
      const frame = count > 0 && touched[g] === 0 ? mentionsFrame(nodeJson) : null;
      const stored = frame === null ? null : memo.storedNode(resolved[g].id, count, Buffer.from(frame.open), Buffer.from(frame.close));
      const placed = (offset: number, length: number): void => memo.placedNode(row, count, offset, length);
      yield stored === null ? placedItem(withMentions(nodeJson, joined(mentions())), placed) : { piece: stored, placed };
    }
    yield* partsOf(byStatementId, STATEMENT_NODES);
  }

  function* edgeGroups(): Generator<Piece | Placed> {
    yield* partsOf(byArticleId, MENTION_EDGES);
    yield* saidEdges();
    yield* partsOf(byStatementId, STATEMENT_EDGES);
  }

  /** `said` edges, by speaker and then by statement id: each speaker's from the memo where they can be. */
  function* saidEdges(): Generator<Piece | Placed> {
    const { memo } = input;
    const s = gathered.said;
    const { rows, first } = EntityGatherer.byEntity(s.entity, resolved.length);
    for (let g = 0; g < resolved.length; g++) {
      const count = first[g + 1] - first[g];
      if (count === 0) continue;
      counts.edges += count;
      const stored = memo !== undefined && touched[g] === 0 ? memo.storedSaid(resolved[g].id, count) : null;
      const own = stored === null ? rows.subarray(first[g], first[g + 1]).sort((p, q) => s.rank.at(p) - s.rank.at(q) || s.local.at(p) - s.local.at(q)) : null;
      const piece = stored ?? Array.from(own ?? [], (row) => edgeJson(resolvedIdJson[g], `${prefixJson[s.article.at(row)]}${s.start.at(row)}-${s.end.at(row)}"`, 'said')).join(',\n');
      yield memo === undefined ? piece : { piece, placed: (offset, length) => memo.placedSaid(entityRow[g], count, offset, length) };
    }
  }

  /** The articles' parts of one kind, in the given order; with a memo, each noting where it lands for the next run. */
  function* partsOf(order: Int32Array, part: number): Generator<Piece | Placed> {
    const { memo } = input;
    for (const a of order) {
      const segment = spooled.parts[part][a];
      if (segment < 0) continue;
      const piece = spool.get(segment);
      const row = spooled.memoRow[a];
      yield memo === undefined ? piece : { piece, placed: (offset, length) => memo.placed(row, part, offset, length) };
    }
  }

  yield `{\n  "schema": ${JSON.stringify(GRAPH_SCHEMA_ID)},\n`;
  yield* jsonArray('nodes', nodeGroups(), false);
  yield* jsonArray('edges', edgeGroups(), true);
  yield '}\n';
  counts.nodes = Object.fromEntries(Object.entries(nodeCounts).sort(([p], [q]) => compareStrings(p, q)));
}

interface PassContext {
  articleIdJson: readonly string[];
  resolvedIdJson: readonly string[];
  /** Each article's statement-id prefix as JSON without the closing quote (see `openJson`). */
  prefixJson: readonly string[];
  statementRank: Int32Array;
  ref: (article: number, local: number) => number;
  gathered: EntityGatherer;
  spooled: Spooled;
  spool: Spool;
  counts: GraphCounts;
  /** Entities named in an article rendered afresh (see `gather`). */
  touched: Uint8Array;
  /** See `idDigests`; with a memo only. */
  idDigests: Uint32Array;
}

/** An article's part of the graph, made from its extraction: its parts' texts for the spool, and its gather record. */
interface Rendered {
  parts: string[];
  record: GatherRecord;
}

/**
 * One article's part of the graph: its mention edges, statement nodes and statement edges go to the spool, its
 * mentions, roles and speakers to the gatherer. With a memo, the last run's rendering is taken when the article's
 * bytes and its entities' ids are the same, and this run's is noted for the next. Returns how many statements it has.
 */
function addArticle(a: number, article: GraphInput['articles'][number], load: () => ArticleDetail, memo: RenderMemo | undefined, ctx: PassContext): number {
  const { spool, spooled } = ctx;
  let parts: (string | FileRange)[];
  let record: GatherRecord;
  let fresh = true;
  if (memo === undefined) ({ parts, record } = renderArticle(a, load(), ctx));
  else {
    const signature = entitySignature(a, article.entities.length, ctx);
    const stored = memo.find(article.source, article.sha256, signature);
    let recordJson: string | Uint8Array;
    if (stored !== null) {
      ({ parts, record, recordBytes: recordJson } = stored);
      fresh = false;
    } else {
      ({ parts, record } = renderArticle(a, load(), ctx));
      recordJson = JSON.stringify({ ...record, h: article.sha256 });
    }
    spooled.memoRow[a] = memo.note(article.source, article.sha256, signature, recordJson);
  }
  parts.forEach((part, k) => {
    if (part.length > 0) spooled.parts[k][a] = spool.put(part);
  });
  return gather(a, record, fresh, ctx);
}

/**
 * Each entity id's SHA-1, as its first two 32-bit words: `entitySignature` mixes these instead of hashing every
 * article's ids again, which took a tenth of the time of writing the graph of a corpus that barely changed.
 */
function idDigests(ids: readonly string[]): Uint32Array {
  const words = new Uint32Array(ids.length * 2);
  ids.forEach((id, g) => {
    const digest = createHash('sha1').update(id).digest();
    words[2 * g] = digest.readUInt32LE(0);
    words[2 * g + 1] = digest.readUInt32LE(4);
  });
  return words;
}

/** One step of MurmurHash3 (x86, 32-bit) over a word. */
function murmurStep(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finalizer. */
function murmurFinal(h: number, length: number): number {
  h ^= length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The ids that an article's entities resolved to, in order, as 64 bits (two MurmurHash3 lanes over the ids' SHA-1
 * words): its rendering depends on nothing else but its bytes and source.
 */
function entitySignature(a: number, entities: number, ctx: PassContext): string {
  let x = 0x9747b28c;
  let y = 0x5bd1e995;
  for (let local = 0; local < entities; local++) {
    const g = ctx.ref(a, local);
    x = murmurStep(x, ctx.idDigests[2 * g]);
    y = murmurStep(y, ctx.idDigests[2 * g + 1]);
  }
  return `${murmurFinal(x, entities).toString(36)}.${murmurFinal(y, entities).toString(36)}`;
}

/** One article's texts and gather record, from its extraction. */
function renderArticle(a: number, x: ArticleDetail, ctx: PassContext): Rendered {
  const { ref } = ctx;
  // Several of the article's entities can be one node: its mentions are ordered by position across all of them, and
  // the record names the node by the first of them.
  const byNode = new Map<number, { local: number; mentions: ArticleDetail['entityMentions'][number] }>();
  x.entityMentions.forEach((mentions, local) => {
    const g = ref(a, local);
    const own = byNode.get(g);
    if (own === undefined) byNode.set(g, { local, mentions: [...mentions] });
    else own.mentions.push(...mentions);
  });
  const record: GatherRecord = { m: [], r: [], s: [], n: 0, e: 0 };
  for (const { local, mentions } of byNode.values()) {
    mentions.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [start, end, text] of mentions) record.m.push(local, start, end, text);
  }
  for (const role of x.roles) record.r.push(role.entity, role.text, role.lang);
  const sourceJson = ctx.articleIdJson[a];
  const mentioned = [...byNode.keys()].sort((p, q) => p - q);
  const mentionEdges = mentioned.map((g) => edgeJson(sourceJson, ctx.resolvedIdJson[g], 'mentions', byNode.get(g)?.mentions.length)).join(',\n');

  // Ids share the article's prefix: their order is that of what follows it.
  const statements = x.statements
    .map((s) => ({ s, place: `${s.start}-${s.end}` }))
    .sort((p, q) => compareStrings(p.place, q.place));
  const nodes: string[] = [];
  const edges: string[] = [];
  statements.forEach(({ s, place }, local) => {
    const speaker = s.speaker === null ? null : ref(a, s.speaker);
    const via = dedupe(s.via.map((v) => ref(a, v)));
    const about = dedupe(s.about.map((v) => ref(a, v))).sort((p, q) => p - q);
    const idJson = `${ctx.prefixJson[a]}${place}"`;
    nodes.push(
      statementJson({
        idJson, articleJson: ctx.articleIdJson[a], lang: s.lang, kind: s.kind, text: s.text, start: s.start, end: s.end,
        speakerJson: speaker === null ? 'null' : ctx.resolvedIdJson[speaker], viaJson: via.map((g) => ctx.resolvedIdJson[g]), aboutJson: about.map((g) => ctx.resolvedIdJson[g]),
      }),
    );
    if (s.speaker !== null) record.s.push(s.speaker, local, s.start, s.end);
    // Those who say it with the speaker ("Danske Bank og Nordea siger") have their own `said` edges to it.
    for (const other of s.coSpeakers ?? []) record.s.push(other, local, s.start, s.end);
    for (const g of about) edges.push(edgeJson(idJson, ctx.resolvedIdJson[g], 'about'));
    for (const g of [...via].sort((p, q) => p - q)) edges.push(edgeJson(idJson, ctx.resolvedIdJson[g], 'via'));
  });
  record.n = statements.length;
  record.e = mentioned.length + edges.length;
  const parts = [];
  parts[STATEMENT_NODES] = nodes.join(',\n');
  parts[STATEMENT_EDGES] = edges.join(',\n');
  parts[MENTION_EDGES] = mentionEdges;
  return { parts, record };
}

/**
 * Hands an article's record to the gatherer, its entities numbered as the graph numbers them; returns its statements.
 * An article rendered afresh (`fresh`) marks the entities it names as touched.
 */
function gather(a: number, record: GatherRecord, fresh: boolean, ctx: PassContext): number {
  const { ref, gathered, touched } = ctx;
  const { m, r, s } = record;
  for (let i = 0; i < m.length; i += 4) {
    const g = ref(a, m[i] as number);
    gathered.addMention(g, a, m[i + 1] as number, m[i + 2] as number, m[i + 3] as string);
    if (fresh) touched[g] = 1;
  }
  for (let i = 0; i < r.length; i += 3) gathered.addRole(ref(a, r[i] as number), r[i + 1] as string, r[i + 2] as Lang);
  for (let i = 0; i < s.length; i += 4) {
    const g = ref(a, s[i]);
    gathered.addSaid(g, a, ctx.statementRank[a], s[i + 1], s[i + 2], s[i + 3]);
    if (fresh) touched[g] = 1;
  }
  ctx.counts.edges += record.e;
  return record.n;
}

/** An entity's node with no mentions: `withMentions` writes them in as they are read from the columns. */
function entityNode(entity: ResolvedEntity, roles: { text: string; lang: Lang }[]): EntityNode {
  const base = { name: entity.name, aliases: entity.aliases, mentions: [], evidence: entity.evidence };
  const former = entity.formerIds.length ? { formerIds: entity.formerIds } : {};
  if (entity.type === 'person') {
    const sorted = [...roles].sort((p, q) => compareStrings(p.text, q.text) || compareStrings(p.lang, q.lang));
    return { id: entity.id, type: 'person', ...base, roles: sorted, ...former };
  }
  if (entity.type === 'place') {
    const p = entity.place;
    const place = p
      ? {
          kind: p.kind,
          ...(p.country !== undefined ? { country: p.country } : {}),
          ...(p.lat !== undefined ? { lat: p.lat, lon: p.lon } : {}),
          ...(p.geonameId !== undefined ? { geonameId: p.geonameId } : {}),
        }
      : {};
    return { id: entity.id, type: 'place', ...base, ...place, ...former };
  }
  return { id: entity.id, type: 'organization', ...base, ...former };
}

function dedupe(ids: number[]): number[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** The graph of some extractions, in memory: for tests and small corpora; a run streams it instead (`graphChunks`). */
export function buildGraph(extractions: readonly Extraction[], previous: readonly PreviousEntity[]): Graph {
  const spool = new MemorySpool();
  const resolved = resolve(extractions, previous);
  const text = Buffer.concat([...graphChunks({ articles: extractions, resolved, load: (a) => articleDetail(extractions[a]), spool })]).toString('utf8');
  return JSON.parse(text) as Graph;
}

/** The graph as bytes: two-space JSON with a final newline; key order is fixed by construction. */
export function serializeGraph(graph: Graph): string {
  return JSON.stringify(graph, null, 2) + '\n';
}
