/**
 * The data the HTML view embeds: the graph reduced to what the page draws and shows, with entities, articles and
 * statements referring to each other by array index so the page needs no id lookups. Shared (types only) between
 * the Node side that writes it and the browser code in `view/` that reads it.
 */
import type { ArticleLang, EntityType, Lang, PlaceInfo } from '../../stages/types.js';

export const VIEW_SCHEMA = 'newsgraph.view/1';

export interface ViewArticle {
  id: string;
  source: string;
  title: string | null;
  lang: ArticleLang;
  date: string | null;
}

export interface ViewEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** How many times the entity is named across all articles. */
  mentions: number;
  /** Indices into `articles` that mention it, ascending. */
  articles: number[];
  /** Indices into `statements`: what it said, what is said about it, what it relayed. */
  said: number[];
  about: number[];
  relayed: number[];
  roles?: { text: string; lang: Lang }[];
  place?: Partial<Omit<PlaceInfo, 'geonameId'>>;
  /** Precomputed layout position and drawn size, so the browser does no layout. */
  x: number;
  y: number;
  size: number;
}

export interface ViewStatement {
  id: string;
  /** Index into `articles`, or -1 when the graph lacks the article node. */
  article: number;
  lang: ArticleLang;
  kind: 'direct' | 'indirect';
  text: string;
  /** Indices into `entities`; `via` is the relay chain, outermost relay first. */
  speaker: number | null;
  via: number[];
  about: number[];
}

/**
 * An undirected link between two entities (indices into `entities`, source < target): in how many articles both are
 * named, and in how many statements one speaks about the other.
 */
export type ViewEdge = [source: number, target: number, articles: number, statements: number];

export interface ViewData {
  schema: typeof VIEW_SCHEMA;
  articles: ViewArticle[];
  entities: ViewEntity[];
  statements: ViewStatement[];
  edges: ViewEdge[];
}
