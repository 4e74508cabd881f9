/**
 * All links of one entity, computed in the page from the articles and statements: the drawn network keeps only the
 * strongest links of a big graph, while the details panel lists every entity named with the selected one.
 */
import type { ViewData } from '../pipeline/view/model.js';

export interface Link {
  entity: number;
  /** Articles naming both. */
  articles: number;
  /** Statements in which one speaks about the other. */
  statements: number;
}

/** For each article, the entities it names (indices, ascending). */
export function entitiesByArticle(data: ViewData): number[][] {
  const members: number[][] = data.articles.map(() => []);
  data.entities.forEach((entity, index) => {
    for (const article of entity.articles) members[article]!.push(index);
  });
  return members;
}

/** The entities linked with `index`, strongest first: most statements, then most shared articles, then most named. */
export function linksOf(data: ViewData, byArticle: readonly number[][], index: number): Link[] {
  const links = new Map<number, Link>();
  const link = (other: number): Link => {
    let found = links.get(other);
    if (!found) links.set(other, (found = { entity: other, articles: 0, statements: 0 }));
    return found;
  };
  const entity = data.entities[index]!;
  for (const article of entity.articles) {
    for (const other of byArticle[article]!) if (other !== index) link(other).articles++;
  }
  for (const s of entity.said) {
    for (const other of new Set(data.statements[s]!.about)) if (other !== index) link(other).statements++;
  }
  for (const s of entity.about) {
    const speaker = data.statements[s]!.speaker;
    if (speaker !== null && speaker !== index) link(speaker).statements++;
  }
  return [...links.values()].sort(
    (a, b) =>
      b.statements - a.statements ||
      b.articles - a.articles ||
      data.entities[b.entity]!.mentions - data.entities[a.entity]!.mentions ||
      a.entity - b.entity,
  );
}
