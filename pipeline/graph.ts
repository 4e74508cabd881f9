import { resolve } from '../stages/resolve.js';
import {
  GRAPH_SCHEMA_ID,
  type ArticleNode,
  type EntityNode,
  type Extraction,
  type Graph,
  type GraphEdge,
  type GraphMention,
  type GraphNode,
  type Lang,
  type PreviousEntity,
  type ResolvedEntity,
  type StatementNode,
} from '../stages/types.js';
import { compareStrings } from '../stages/order.js';

/** Article ids derive from the source path only, so an edited article keeps its id. */
export function articleId(source: string): string {
  return 'article:' + source.split('/').map(encodeURIComponent).join('/');
}

/** A statement is named by its article and its place in the text. */
function statementId(source: string, start: number, end: number): string {
  return `statement:${source.split('/').map(encodeURIComponent).join('/')}#${start}-${end}`;
}

const ENTITY_NODE_TYPES = new Set(['person', 'place', 'organization']);

/**
 * What resolution needs of an earlier graph to keep its ids: each entity's identity, not its mentions, nor the
 * articles, statements and edges, which would take most of the memory of a large corpus for the whole run.
 */
export function previousEntities(graph: Graph): PreviousEntity[] {
  return graph.nodes
    .filter((n): n is EntityNode => ENTITY_NODE_TYPES.has(n.type))
    .map((n) => ({
      id: n.id,
      type: n.type,
      name: n.name,
      aliases: n.aliases,
      formerIds: n.formerIds ?? [],
      // A place's GeoNames id and country keep homonyms apart (Paris, France vs Paris, Texas) across runs.
      ...(n.type === 'place' && n.geonameId !== undefined ? { geonameId: n.geonameId } : {}),
      ...(n.type === 'place' && n.country !== undefined ? { country: n.country } : {}),
    }));
}

function entityNode(entity: ResolvedEntity, extractions: readonly Extraction[], roles: Map<string, { text: string; lang: Lang }[]>): EntityNode {
  const mentions: GraphMention[] = [];
  for (const { article, entity: local } of entity.members) {
    const x = extractions[article];
    for (const m of x.entities[local].mentions) {
      const mention = x.mentions[m];
      mentions.push({ article: articleId(x.source), start: mention.start, end: mention.end, text: mention.text });
    }
  }
  mentions.sort((a, b) => compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end);
  const base = { name: entity.name, aliases: entity.aliases, mentions, evidence: entity.evidence };
  const former = entity.formerIds.length ? { formerIds: entity.formerIds } : {};
  if (entity.type === 'person') return { id: entity.id, type: 'person', ...base, roles: roles.get(entity.id) ?? [], ...former };
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

/**
 * Resolves the entities of all articles into one graph of the `newsgraph.graph/1` contract: article, entity and
 * statement nodes sorted by id, edges sorted by source, type and target.
 */
export function buildGraph(extractions: readonly Extraction[], previous: readonly PreviousEntity[]): Graph {
  const resolved = resolve(extractions, previous);
  const idOf = new Map<string, string>(); // `${article}:${entity}` → node id
  for (const entity of resolved) for (const m of entity.members) idOf.set(`${m.article}:${m.entity}`, entity.id);
  const ref = (article: number, entity: number): string => {
    const id = idOf.get(`${article}:${entity}`);
    if (!id) throw new Error(`resolve left entity ${entity} of ${extractions[article].source} without a node`);
    return id;
  };

  const roles = new Map<string, { text: string; lang: Lang }[]>();
  extractions.forEach((x, a) => {
    for (const role of x.roles) {
      const id = ref(a, role.entity);
      const list = roles.get(id) ?? [];
      if (!list.some((r) => r.text === role.text && r.lang === role.lang)) list.push({ text: role.text, lang: role.lang });
      roles.set(id, list);
    }
  });
  for (const list of roles.values()) list.sort((p, q) => compareStrings(p.text, q.text) || compareStrings(p.lang, q.lang));

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  extractions.forEach((x, a) => {
    const id = articleId(x.source);
    const article: ArticleNode = { id, type: 'article', source: x.source, sha256: x.sha256, lang: x.lang, date: x.date, title: x.title, chars: x.chars };
    nodes.push(article);
    const counts = new Map<string, number>();
    x.entities.forEach((e, local) => counts.set(ref(a, local), (counts.get(ref(a, local)) ?? 0) + e.mentions.length));
    for (const [target, count] of counts) edges.push({ source: id, target, type: 'mentions', count });
    for (const s of x.statements) {
      const sid = statementId(x.source, s.start, s.end);
      const speaker = s.speaker === null ? null : ref(a, s.speaker);
      const via = dedupe(s.via.map((v) => ref(a, v)));
      const about = dedupe(s.about.map((v) => ref(a, v))).sort(compareStrings);
      const node: StatementNode = { id: sid, type: 'statement', article: id, lang: s.lang, kind: s.kind, text: s.text, start: s.start, end: s.end, speaker, via, about };
      nodes.push(node);
      if (speaker) edges.push({ source: speaker, target: sid, type: 'said' });
      for (const v of via) edges.push({ source: sid, target: v, type: 'via' });
      for (const t of about) edges.push({ source: sid, target: t, type: 'about' });
    }
  });
  for (const entity of resolved) nodes.push(entityNode(entity, extractions, roles));

  nodes.sort((p, q) => compareStrings(p.id, q.id));
  edges.sort((p, q) => compareStrings(p.source, q.source) || compareStrings(p.type, q.type) || compareStrings(p.target, q.target));
  return { schema: GRAPH_SCHEMA_ID, nodes, edges: dedupeEdges(edges) };
}

function dedupe(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** The same statement can name an entity twice in `about`; an edge is kept once. */
function dedupeEdges(edges: GraphEdge[]): GraphEdge[] {
  return edges.filter((e, i) => i === 0 || !(e.source === edges[i - 1].source && e.type === edges[i - 1].type && e.target === edges[i - 1].target));
}

/** The graph as bytes: two-space JSON with a final newline; key order is fixed by construction. */
export function serializeGraph(graph: Graph): string {
  return JSON.stringify(graph, null, 2) + '\n';
}
