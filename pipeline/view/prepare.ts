import type { ArticleNode, EntityNode, Graph, StatementNode } from '../../stages/types.js';
import { deriveEdges } from './edges.js';
import { layoutPositions } from './layout.js';
import { VIEW_SCHEMA, type ViewArticle, type ViewData, type ViewEntity, type ViewStatement } from './model.js';

/**
 * Drawn node size, in screen pixels at the initial zoom: grows with the log of the mentions so the most named entities
 * stand out without hiding the rest, and shrinks for big graphs, where thousands of nodes share the same screen.
 */
export function nodeSize(mentions: number, maxMentions: number, nodeCount: number): number {
  const density = Math.min(1, Math.max(0.35, Math.sqrt(300 / Math.max(1, nodeCount))));
  const min = 4 * density;
  const max = 22 * density;
  const share = Math.log1p(mentions) / Math.log1p(Math.max(1, maxMentions));
  return Math.round((min + (max - min) * share) * 10) / 10;
}

function isEntity(node: Graph['nodes'][number]): node is EntityNode {
  return node.type === 'person' || node.type === 'place' || node.type === 'organization';
}

/**
 * The graph as the view shows it: articles, entities (with the statements they say, are spoken about in, or relay),
 * statements and the entity links, all cross-referenced by index, with a precomputed layout. Ids that point nowhere
 * (a statement about a node missing from the graph) are dropped rather than failing the whole view.
 */
export function prepareView(graph: Graph, linksPerNode?: number): ViewData {
  const articleNodes = graph.nodes.filter((n): n is ArticleNode => n.type === 'article');
  const entityNodes = graph.nodes.filter(isEntity);
  const statementNodes = graph.nodes.filter((n): n is StatementNode => n.type === 'statement');

  const articleIndex = new Map(articleNodes.map((a, i) => [a.id, i]));
  const entityIndex = new Map(entityNodes.map((e, i) => [e.id, i]));
  const entityRefs = (ids: readonly string[]): number[] =>
    ids.map((id) => entityIndex.get(id)).filter((i): i is number => i !== undefined);

  const articles: ViewArticle[] = articleNodes.map((a) => ({
    id: a.id,
    source: a.source,
    title: a.title,
    lang: a.lang,
    date: a.date,
  }));

  const statements: ViewStatement[] = statementNodes.map((s) => ({
    id: s.id,
    article: articleIndex.get(s.article) ?? -1,
    lang: s.lang,
    kind: s.kind,
    text: s.text,
    speaker: s.speaker === null ? null : (entityIndex.get(s.speaker) ?? null),
    via: entityRefs(s.via),
    about: entityRefs(s.about),
  }));

  const maxMentions = entityNodes.reduce((max, e) => Math.max(max, e.mentions.length), 0);
  const entities: ViewEntity[] = entityNodes.map((e) => {
    const inArticles = new Set(e.mentions.map((m) => articleIndex.get(m.article)).filter((i) => i !== undefined));
    const entity: ViewEntity = {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions.length,
      articles: [...inArticles].sort((a, b) => a - b),
      said: [],
      about: [],
      relayed: [],
      x: 0,
      y: 0,
      size: nodeSize(e.mentions.length, maxMentions, entityNodes.length),
    };
    if (e.type === 'person') entity.roles = e.roles;
    if (e.type === 'place') entity.place = placeFacts(e);
    return entity;
  });

  statements.forEach((s, index) => {
    if (s.speaker !== null) entities[s.speaker]!.said.push(index);
    for (const target of new Set(s.about)) entities[target]!.about.push(index);
    for (const relay of new Set(s.via)) entities[relay]!.relayed.push(index);
  });

  const edges = deriveEdges(entities, statements, linksPerNode);
  layoutPositions(entities, edges).forEach((p, i) => {
    entities[i]!.x = p.x;
    entities[i]!.y = p.y;
  });

  return { schema: VIEW_SCHEMA, articles, entities, statements, edges };
}

function placeFacts(place: Extract<EntityNode, { type: 'place' }>): ViewEntity['place'] {
  const facts: NonNullable<ViewEntity['place']> = {};
  if (place.kind !== undefined) facts.kind = place.kind;
  if (place.country !== undefined) facts.country = place.country;
  if (place.lat !== undefined) facts.lat = place.lat;
  if (place.lon !== undefined) facts.lon = place.lon;
  return facts;
}
