/**
 * A small contract graph for the view's tests: Alexander Fomin (written "Alexandr Fomin" and "Fomin" in Norwegian)
 * speaks in a Norwegian and an English article, relayed in one by BBC citing TASS; places with coordinates; a Danish
 * article; an undated one in which NATO speaks about Fomin.
 */
import type { ArticleNode, EntityNode, Graph, GraphMention, StatementNode } from '../stages/types.js';
import { contractGraph } from '../bench/view-bench.js';

const NRK = 'article:nrk-2022-03-29-fomin';
const BBC = 'article:bbc-2022-03-29-kyiv';
const DR = 'article:dr-2022-04-02-tjernihiv';
const UNDATED = 'article:misc-nato';

function article(id: string, source: string, lang: ArticleNode['lang'], date: string | null, title: string): ArticleNode {
  return { id, type: 'article', source, sha256: 'a'.repeat(64), lang, date, title, chars: 2000 };
}

function mention(articleId: string, start: number, text: string): GraphMention {
  return { article: articleId, start, end: start + text.length, text };
}

function statement(
  id: string,
  articleId: string,
  lang: StatementNode['lang'],
  kind: StatementNode['kind'],
  text: string,
  speaker: string | null,
  via: string[],
  about: string[],
): StatementNode {
  return { id, type: 'statement', article: articleId, lang, kind, text, start: 500, end: 500 + text.length, speaker, via, about };
}

export const FOMIN_NB_QUOTE =
  'Vi har besluttet å kraftig redusere den militære aktiviteten i retning Kijev og Tsjernihiv';
export const FOMIN_EN_STATEMENT = 'Russia would drastically reduce military activity near Kyiv and Chernihiv';

export function fixtureGraph(): Graph {
  const entities: EntityNode[] = [
    {
      id: 'person:alexander-fomin',
      type: 'person',
      name: 'Alexander Fomin',
      aliases: ['Alexandr Fomin', 'Fomin'],
      mentions: [mention(NRK, 120, 'Alexandr Fomin'), mention(NRK, 640, 'Fomin'), mention(BBC, 80, 'Alexander Fomin')],
      roles: [
        { text: 'viseforsvarsminister', lang: 'nb' },
        { text: 'Deputy Defence Minister', lang: 'en' },
      ],
      evidence: [],
    },
    {
      id: 'person:vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: ['Putin', 'Putins'],
      mentions: [mention(NRK, 900, 'Putins'), mention(BBC, 700, 'Putin'), mention(DR, 300, 'Putin')],
      roles: [{ text: 'President', lang: 'en' }],
      evidence: [],
    },
    {
      id: 'person:volodymyr-zelensky',
      type: 'person',
      name: 'Volodymyr Zelensky',
      aliases: ['Zelenskyj'],
      mentions: [mention(DR, 50, 'Zelenskyj')],
      roles: [],
      evidence: [],
    },
    {
      id: 'place:kyiv',
      type: 'place',
      name: 'Kyiv',
      aliases: ['Kijev', 'Kyiv'],
      mentions: [mention(NRK, 560, 'Kijev'), mention(BBC, 20, 'Kyiv'), mention(BBC, 300, 'Kyiv')],
      kind: 'city',
      country: 'UA',
      lat: 50.4501,
      lon: 30.5234,
      evidence: [],
    },
    {
      id: 'place:chernihiv',
      type: 'place',
      name: 'Chernihiv',
      aliases: ['Chernihiv', 'Tjernihiv', 'Tsjernihiv'],
      mentions: [mention(NRK, 570, 'Tsjernihiv'), mention(BBC, 320, 'Chernihiv'), mention(DR, 10, 'Tjernihiv')],
      kind: 'city',
      country: 'UA',
      lat: 51.4982,
      lon: 31.2893,
      evidence: [],
    },
    {
      id: 'place:russia',
      type: 'place',
      name: 'Russia',
      aliases: ['Russia', 'Russland'],
      mentions: [mention(NRK, 30, 'Russland'), mention(BBC, 250, 'Russia')],
      kind: 'country',
      country: 'RU',
      evidence: [],
    },
    { id: 'organization:bbc', type: 'organization', name: 'BBC', aliases: ['BBC'], mentions: [mention(NRK, 700, 'BBC')], evidence: [] },
    { id: 'organization:tass', type: 'organization', name: 'TASS', aliases: ['TASS'], mentions: [mention(NRK, 720, 'TASS')], evidence: [] },
    {
      id: 'organization:nato',
      type: 'organization',
      name: 'NATO',
      aliases: ['NATO'],
      mentions: [mention(DR, 400, 'NATO'), mention(UNDATED, 5, 'NATO')],
      evidence: [],
    },
  ];
  const statements: StatementNode[] = [
    statement(
      'statement:nrk-2022-03-29-fomin-1',
      NRK,
      'nb',
      'direct',
      FOMIN_NB_QUOTE,
      'person:alexander-fomin',
      ['organization:bbc', 'organization:tass'],
      ['place:kyiv', 'place:chernihiv'],
    ),
    statement(
      'statement:bbc-2022-03-29-kyiv-1',
      BBC,
      'en',
      'indirect',
      FOMIN_EN_STATEMENT,
      'person:alexander-fomin',
      [],
      ['place:russia', 'place:kyiv', 'place:chernihiv'],
    ),
    statement(
      'statement:dr-2022-04-02-tjernihiv-1',
      DR,
      'da',
      'direct',
      'Vi kan ikke stole på løfterne, vi ser kun på handlinger',
      'person:volodymyr-zelensky',
      [],
      [],
    ),
    statement(
      'statement:misc-nato-1',
      UNDATED,
      'en',
      'indirect',
      'the promise by Fomin to scale down around Kyiv was a regrouping',
      'organization:nato',
      [],
      ['person:alexander-fomin', 'place:kyiv'],
    ),
  ];
  return contractGraph([
    article(NRK, 'nrk/2022-03-29-fomin.txt', 'nb', '2022-03-29', 'Russland lover å trappe ned rundt Kijev'),
    article(BBC, 'bbc/2022-03-29-kyiv.txt', 'en', '2022-03-29', 'Russia says it will cut back operations near Kyiv'),
    article(DR, 'dr/2022-04-02-tjernihiv.txt', 'da', '2022-04-02', 'Zelenskyj: Vi stoler kun på handlinger'),
    article(UNDATED, 'misc/nato.txt', 'en', null, 'NATO doubts Russian promise'),
    ...entities,
    ...statements,
  ]);
}
