import type { ViewEdge, ViewStatement } from './model.js';

/**
 * About how many co-mention links the view draws in all: a busy news corpus links almost everything, and every drawn
 * line costs rendering time (in headless Chromium's software WebGL, ~30k lines take about half a second).
 */
const DRAWN_LINK_BUDGET = 30_000;
const MIN_LINKS_PER_NODE = 3;
const MAX_LINKS_PER_NODE = 8;

/** Per entity, how many of its strongest co-mention links to draw: 8 in small graphs, 3 in a 10k-node graph. */
export function linksPerNode(entityCount: number): number {
  return Math.max(MIN_LINKS_PER_NODE, Math.min(MAX_LINKS_PER_NODE, Math.floor(DRAWN_LINK_BUDGET / Math.max(1, entityCount))));
}

interface Linkable {
  articles: readonly number[];
  mentions: number;
}

/**
 * The links the view draws between entities: two entities are linked when they are named in the same article, or
 * when one speaks about the other in a statement. Every speaks-about link is kept; of the co-mention links, each
 * entity keeps its `perNode` strongest (most shared articles, then the better known neighbour), so a 10k-node graph
 * stays readable and light while hubs still show as hubs. (The page lists all links of a selected entity.)
 */
export function deriveEdges(
  entities: readonly Linkable[],
  statements: readonly ViewStatement[],
  perNode = linksPerNode(entities.length),
): ViewEdge[] {
  const n = entities.length;
  const pairKey = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);
  const coMentions = countCoMentions(entities, pairKey);

  const spokeAbout = new Map<number, number>();
  for (const s of statements) {
    if (s.speaker === null) continue;
    for (const target of new Set(s.about)) {
      if (target === s.speaker) continue;
      const key = pairKey(s.speaker, target);
      spokeAbout.set(key, (spokeAbout.get(key) ?? 0) + 1);
    }
  }

  const kept = new Set<number>(spokeAbout.keys());
  for (const key of strongestPerNode(coMentions, entities, perNode)) kept.add(key);

  return [...kept]
    .sort((x, y) => x - y)
    .map((key): ViewEdge => [Math.floor(key / n), key % n, coMentions.get(key) ?? 0, spokeAbout.get(key) ?? 0]);
}

function countCoMentions(entities: readonly Linkable[], pairKey: (a: number, b: number) => number): Map<number, number> {
  const byArticle = new Map<number, number[]>();
  entities.forEach((entity, index) => {
    for (const article of entity.articles) {
      const members = byArticle.get(article);
      if (members) members.push(index);
      else byArticle.set(article, [index]);
    }
  });
  const counts = new Map<number, number>();
  for (const members of byArticle.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = pairKey(members[i]!, members[j]!);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function strongestPerNode(
  coMentions: Map<number, number>,
  entities: readonly Linkable[],
  perNode: number,
): number[] {
  const n = entities.length;
  const neighbours: { other: number; weight: number; key: number }[][] = entities.map(() => []);
  for (const [key, weight] of coMentions) {
    const a = Math.floor(key / n);
    const b = key % n;
    neighbours[a]!.push({ other: b, weight, key });
    neighbours[b]!.push({ other: a, weight, key });
  }
  const keys: number[] = [];
  for (const list of neighbours) {
    list.sort(
      (x, y) => y.weight - x.weight || entities[y.other]!.mentions - entities[x.other]!.mentions || x.other - y.other,
    );
    for (const link of list.slice(0, perNode)) keys.push(link.key);
  }
  return keys;
}
