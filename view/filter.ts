/**
 * The view's filters: entity type, and the language and date of the articles. An entity stays visible when its type is
 * chosen and at least one article that names it passes; a statement when its article passes.
 */
import type { ArticleLang, EntityType } from '../stages/types.js';
import type { ViewData } from '../pipeline/view/model.js';

export interface FilterState {
  types: ReadonlySet<EntityType>;
  langs: ReadonlySet<ArticleLang>;
  /** Inclusive bounds, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; '' for open. */
  from: string;
  to: string;
  /** Whether articles without a date pass. */
  undated: boolean;
}

/** The first and last day a partial date (`YYYY`, `YYYY-MM`) can mean, so partial and full dates compare as strings. */
export function firstDay(date: string): string {
  return (date + '-01-01').slice(0, 10);
}
export function lastDay(date: string): string {
  return date.length === 4 ? date + '-12-31' : date.length === 7 ? date + '-31' : date;
}

export function articlePasses(article: { lang: ArticleLang; date: string | null }, state: FilterState): boolean {
  if (!state.langs.has(article.lang)) return false;
  if (article.date === null) return state.undated;
  if (state.from !== '' && lastDay(article.date) < firstDay(state.from)) return false;
  if (state.to !== '' && firstDay(article.date) > lastDay(state.to)) return false;
  return true;
}

export interface Visibility {
  entities: boolean[];
  statements: boolean[];
}

export function visibility(data: ViewData, state: FilterState): Visibility {
  const articleOk = data.articles.map((a) => articlePasses(a, state));
  return {
    entities: data.entities.map(
      (e) => state.types.has(e.type) && (e.articles.length === 0 || e.articles.some((a) => articleOk[a])),
    ),
    statements: data.statements.map((s) =>
      s.article >= 0 ? articleOk[s.article]! : articlePasses({ lang: s.lang, date: null }, state),
    ),
  };
}
