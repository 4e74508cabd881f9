/** The side panel for one entity: what it is, its names and roles, its statements, articles and strongest links. */
import type { ViewData, ViewEntity, ViewStatement } from '../pipeline/view/model.js';
import { h, joined, type Child } from './dom.js';
import type { Visibility } from './filter.js';
import type { Link } from './links.js';
import { LANG_NAMES, TYPE_COLORS } from './theme.js';

/** Longer lists show this many items and a button for the rest, so a hub with thousands of statements opens at once. */
const LIST_LIMIT = 100;

export interface DetailsInput {
  data: ViewData;
  visible: Visibility;
  entity: number;
  links: Link[];
}

/** A button that selects an entity; the panel's click handler reads `data-entity`. */
function entityLink(data: ViewData, index: number): HTMLElement {
  const entity = data.entities[index]!;
  return h('button', { type: 'button', class: 'entity-link', 'data-entity': String(index), title: entity.type }, entity.name);
}

function articleLabel(data: ViewData, index: number): Child[] {
  if (index < 0) return ['(article not in the graph)'];
  const article = data.articles[index]!;
  return [
    h('span', { class: 'article-title' }, article.title ?? article.source),
    h('span', { class: 'muted' }, ` — ${article.source}${article.date ? ' · ' + article.date : ''} · ${article.lang}`),
  ];
}

function statementItem(data: ViewData, statement: ViewStatement): HTMLElement {
  const quoteLang = statement.lang === 'und' ? undefined : statement.lang;
  return h(
    'li',
    { class: 'statement', 'data-statement': statement.id },
    h('blockquote', { lang: quoteLang, class: statement.kind }, statement.text),
    h(
      'div',
      { class: 'statement-meta' },
      h('span', { class: 'badge' }, statement.kind),
      h('span', { class: 'badge', title: LANG_NAMES[statement.lang] }, statement.lang),
      statement.speaker === null ? h('span', { class: 'muted' }, 'speaker unknown') : entityLink(data, statement.speaker),
      statement.via.length > 0 &&
        h(
          'span',
          { class: 'relay', title: 'Relay chain, outermost first: the article cites the first, which cites the next' },
          'via ',
          ...joined(
            statement.via.map((v) => entityLink(data, v)),
            ' › ',
          ),
        ),
    ),
    statement.about.length > 0 &&
      h(
        'div',
        { class: 'statement-about' },
        'about ',
        ...joined(
          statement.about.map((a) => entityLink(data, a)),
          ', ',
        ),
      ),
    h('div', { class: 'statement-article' }, ...articleLabel(data, statement.article)),
  );
}

/**
 * A titled list of `count` items that builds only the first LIST_LIMIT (a hub can have thousands) and the rest on
 * request; says how many the filters hide.
 */
function section(
  title: string,
  className: string,
  count: number,
  item: (i: number) => HTMLElement,
  hidden: number,
): HTMLElement | null {
  if (count === 0 && hidden === 0) return null;
  const list = h('ol', { class: className });
  const appendItems = (from: number, to: number): void => {
    for (let i = from; i < to; i++) list.appendChild(item(i));
  };
  appendItems(0, Math.min(count, LIST_LIMIT));
  const more = count > LIST_LIMIT ? h('button', { type: 'button', class: 'show-more' }, `Show all ${count}`) : null;
  more?.addEventListener('click', () => {
    appendItems(LIST_LIMIT, count);
    more.remove();
  });
  return h(
    'section',
    {},
    h('h3', {}, `${title} (${count})`),
    hidden > 0 && h('p', { class: 'muted' }, `${hidden} more hidden by the filters`),
    list,
    more,
  );
}

function statementSection(input: DetailsInput, title: string, className: string, indices: number[]): HTMLElement | null {
  const visible = indices.filter((i) => input.visible.statements[i]);
  const item = (i: number): HTMLElement => statementItem(input.data, input.data.statements[visible[i]!]!);
  return section(title, className, visible.length, item, indices.length - visible.length);
}

function facts(entity: ViewEntity): Child[] {
  const rows: [string, Child][] = [];
  const otherNames = entity.aliases.filter((a) => a !== entity.name);
  if (otherNames.length > 0) rows.push(['Also written', otherNames.join(', ')]);
  if (entity.roles && entity.roles.length > 0) {
    rows.push(['Roles', entity.roles.map((r) => `${r.text} (${r.lang})`).join('; ')]);
  }
  const place = entity.place;
  if (place?.kind) rows.push(['Kind', place.kind]);
  if (place?.country) rows.push(['Country', place.country]);
  if (place?.lat !== undefined && place.lon !== undefined) {
    rows.push(['Coordinates', `${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`]);
  }
  rows.push(['Named', `${entity.mentions} times in ${entity.articles.length} article${entity.articles.length === 1 ? '' : 's'}`]);
  rows.push(['Id', entity.id]);
  return rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', { 'data-fact': term }, value)]);
}

export function renderDetails(container: HTMLElement, input: DetailsInput): void {
  const { data, entity: index } = input;
  const entity = data.entities[index]!;
  const article = (i: number): HTMLElement => h('li', {}, ...articleLabel(data, entity.articles[i]!));
  const link = (i: number): HTMLElement => {
    const { entity: other, articles, statements } = input.links[i]!;
    const counts = [
      articles > 0 && `${articles} shared article${articles === 1 ? '' : 's'}`,
      statements > 0 && `${statements} statement${statements === 1 ? '' : 's'}`,
    ].filter(Boolean);
    return h('li', {}, entityLink(data, other), h('span', { class: 'muted' }, ' ' + counts.join(', ')));
  };
  container.replaceChildren(
    h(
      'header',
      {},
      h('span', { class: 'swatch', style: `background:${TYPE_COLORS[entity.type]}` }),
      h('h2', {}, entity.name),
      h('span', { class: 'badge' }, entity.type),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close', title: 'Close (Esc)' }, '×'),
    ),
    h('dl', { class: 'facts' }, ...facts(entity)),
    ...[
      statementSection(input, `Statements by ${entity.name}`, 'said', entity.said),
      statementSection(input, `Statements about ${entity.name}`, 'about', entity.about),
      statementSection(input, `Statements relayed by ${entity.name}`, 'relayed', entity.relayed),
      section('Articles', 'articles', entity.articles.length, article, 0),
      section('Named with', 'links', input.links.length, link, 0),
    ].filter((s): s is HTMLElement => s !== null),
  );
  container.hidden = false;
  container.scrollTop = 0;
}
