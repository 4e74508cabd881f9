/**
 * The page: reads the embedded view data, draws the precomputed network with sigma (WebGL), and wires search, filters
 * and the details panel. Nothing is fetched; everything the page needs is in the HTML file.
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EntityType, ArticleLang } from '../stages/types.js';
import type { ViewData } from '../pipeline/view/model.js';
import { renderDetails } from './details.js';
import { h } from './dom.js';
import type {} from './handle.js';
import { visibility, type FilterState, type Visibility } from './filter.js';
import { entitiesByArticle, linksOf, type Link } from './links.js';
import { buildSearchIndex, search } from './search.js';
import {
  DIMMED_COLOR,
  EDGE_COLOR,
  LANG_NAMES,
  SELECTED_EDGE_COLOR,
  STATEMENT_EDGE_COLOR,
  TYPE_COLORS,
  TYPE_PLURALS,
} from './theme.js';

const SEARCH_LIMIT = 30;
/** The closest the camera zooms in on a selected entity without links. */
const MIN_FOCUS_RATIO = 0.08;
/** Above this many links, edges are not drawn while panning, so software WebGL stays smooth. */
const BIG_GRAPH_EDGES = 20_000;
const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organization'];
const LANG_ORDER: ArticleLang[] = ['nb', 'da', 'en', 'und'];

interface EdgeAttributes {
  size: number;
  color: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`newsgraph view: the page lacks #${id}`);
  return element as T;
}

function readData(): ViewData {
  return JSON.parse(byId('newsgraph-data').textContent ?? '') as ViewData;
}

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
}

function buildGraph(data: ViewData): UndirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  data.entities.forEach((e, i) => {
    graph.addNode(String(i), { x: e.x, y: e.y, size: e.size, label: e.name, color: TYPE_COLORS[e.type] });
  });
  for (const [source, target, , statements] of data.edges) {
    graph.addEdge(String(source), String(target), {
      size: statements > 0 ? 1 : 0.5,
      color: statements > 0 ? STATEMENT_EDGE_COLOR : EDGE_COLOR,
    });
  }
  return graph;
}

/** A filter checkbox, checked: every filter starts by showing everything. */
function checkbox(group: string, value: string, label: (string | Node)[]): HTMLLabelElement {
  return h('label', { class: 'check' }, h('input', { type: 'checkbox', name: group, value, checked: '' }), ...label);
}

function checkedValues<T extends string>(container: HTMLElement, group: string): Set<T> {
  const inputs = container.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`);
  return new Set([...inputs].filter((i) => i.checked).map((i) => i.value as T));
}

function start(): void {
  const data = readData();
  performance.mark('newsgraph:data');
  const graph = buildGraph(data);
  performance.mark('newsgraph:graph');
  const searchIndex = buildSearchIndex(data.entities);
  const byArticle = entitiesByArticle(data);
  const controls = byId('controls');
  const details = byId('details');
  const searchInput = byId<HTMLInputElement>('search');
  const results = byId<HTMLOListElement>('results');
  const fromInput = byId<HTMLInputElement>('from');
  const toInput = byId<HTMLInputElement>('to');
  const undatedInput = byId<HTMLInputElement>('undated');

  const typeCounts = new Map<EntityType, number>();
  for (const e of data.entities) typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
  byId('types').append(
    ...ENTITY_TYPES.map((t) =>
      checkbox('type', t, [
        h('span', { class: 'swatch', style: `background:${TYPE_COLORS[t]}` }),
        `${TYPE_PLURALS[t]} (${typeCounts.get(t) ?? 0})`,
      ]),
    ),
  );
  const langCounts = new Map<ArticleLang, number>();
  for (const a of data.articles) langCounts.set(a.lang, (langCounts.get(a.lang) ?? 0) + 1);
  byId('langs').append(
    ...LANG_ORDER.filter((l) => langCounts.has(l)).map((l) =>
      checkbox('lang', l, [`${l} · ${LANG_NAMES[l]} (${langCounts.get(l)})`]),
    ),
  );
  const dates = data.articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  byId('date-span').textContent =
    dates.length > 0 ? `Articles dated ${dates[0]} to ${dates[dates.length - 1]}` : 'No article has a date';
  byId('summary').textContent =
    ENTITY_TYPES.map((t) => `${typeCounts.get(t) ?? 0} ${TYPE_PLURALS[t]}`).join(', ') +
    ` · ${data.statements.length} statements · ${data.articles.length} articles`;

  let visible: Visibility = visibility(data, readFilters());
  let selected: number | null = null;
  let selectedLinks: Link[] = [];
  let neighbourSet = new Set<number>();

  function readFilters(): FilterState {
    return {
      types: checkedValues<EntityType>(controls, 'type'),
      langs: checkedValues<ArticleLang>(controls, 'lang'),
      from: fromInput.value,
      to: toInput.value,
      undated: undatedInput.checked,
    };
  }

  const renderer = new Sigma(graph, byId('graph'), {
    zIndex: true,
    // One-pixel GL lines for the many links (cheap even in software WebGL); thick quads for the selection's links.
    edgeProgramClasses: { line: EdgeLineProgram, thick: EdgeRectangleProgram },
    hideEdgesOnMove: data.edges.length > BIG_GRAPH_EDGES,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '600',
    nodeReducer: (node, attributes) => {
      const i = Number(node);
      if (i === selected) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
      if (!visible.entities[i]) return { ...attributes, hidden: true };
      if (selected === null) return attributes;
      if (neighbourSet.has(i)) return { ...attributes, forceLabel: neighbourSet.size <= 40, zIndex: 1 };
      return { ...attributes, color: DIMMED_COLOR, label: null, zIndex: 0 };
    },
    edgeReducer: (edge, attributes) => {
      if (selected === null) return attributes;
      const key = String(selected);
      if (graph.source(edge) !== key && graph.target(edge) !== key) return { ...attributes, hidden: true };
      return { ...attributes, type: 'thick', color: SELECTED_EDGE_COLOR, size: attributes.size + 0.5 };
    },
  });

  performance.mark('newsgraph:sigma');

  function showDetails(): void {
    if (selected === null) {
      details.hidden = true;
      details.replaceChildren();
      return;
    }
    renderDetails(details, { data, visible, entity: selected, links: selectedLinks });
  }

  function select(index: number | null, focus: boolean): void {
    selected = index;
    selectedLinks = index === null ? [] : linksOf(data, byArticle, index);
    neighbourSet = new Set(selectedLinks.map((link) => link.entity));
    showDetails();
    renderer.refresh();
    if (index !== null && focus) focusOn(String(index));
  }

  /** Centres the camera on a node and zooms so that the neighbours it is drawn linked to stay in view. */
  function focusOn(node: string): void {
    const centre = renderer.getNodeDisplayData(node);
    if (!centre) return;
    let reach = 0;
    for (const neighbour of graph.neighbors(node)) {
      const other = renderer.getNodeDisplayData(neighbour);
      if (other && !other.hidden) reach = Math.max(reach, Math.abs(other.x - centre.x), Math.abs(other.y - centre.y));
    }
    // In sigma's framed coordinates the whole graph spans about 1 at ratio 1; leave a margin around the neighbours.
    const ratio = Math.min(1, Math.max(MIN_FOCUS_RATIO, reach * 2.4));
    void renderer.getCamera().animate({ x: centre.x, y: centre.y, ratio }, { duration: 400 });
  }

  function runSearch(): void {
    const hits = search(searchIndex, data.entities, searchInput.value, SEARCH_LIMIT, (i) => visible.entities[i]!);
    results.replaceChildren(
      ...hits.map((hit) => {
        const entity = data.entities[hit.entity]!;
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'result', 'data-entity': String(hit.entity) },
            h('span', { class: 'swatch', style: `background:${TYPE_COLORS[entity.type]}` }),
            h('span', { class: 'result-name' }, entity.name),
            hit.form !== entity.name && h('span', { class: 'muted' }, ` (${hit.form})`),
            h('span', { class: 'muted' }, ` · ${entity.type} · ${entity.mentions}×`),
          ),
        );
      }),
    );
    if (searchInput.value.trim() !== '' && hits.length === 0) results.append(h('li', { class: 'muted' }, 'No match'));
  }

  function applyFilters(): void {
    visible = visibility(data, readFilters());
    renderer.refresh();
    runSearch();
    showDetails();
  }

  renderer.on('clickNode', ({ node }) => select(Number(node), false));
  renderer.on('clickStage', () => select(null, false));
  const selectFromClick = (event: MouseEvent): void => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-entity]');
    if (target) select(Number(target.dataset.entity), true);
    else if ((event.target as HTMLElement).closest('.close')) select(null, false);
  };
  details.addEventListener('click', selectFromClick);
  results.addEventListener('click', selectFromClick);
  searchInput.addEventListener('input', runSearch);
  searchInput.addEventListener('keydown', (event) => {
    const first = results.querySelector<HTMLElement>('[data-entity]');
    if (event.key === 'Enter' && first) select(Number(first.dataset.entity), true);
  });
  controls.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id !== 'search') applyFilters();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') select(null, false);
  });

  window.newsgraphView = {
    positionOf(id) {
      const index = data.entities.findIndex((e) => e.id === id);
      const display = index < 0 ? undefined : renderer.getNodeDisplayData(String(index));
      if (!display || display.hidden) return null;
      return renderer.framedGraphToViewport(display);
    },
  };
  requestAnimationFrame(() => {
    performance.mark('newsgraph:ready');
    document.documentElement.dataset.ready = 'true';
  });
}

start();
