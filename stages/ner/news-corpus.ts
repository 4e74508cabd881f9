import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../clean.js';
import { language } from '../language.js';
import { decodeArticle } from '../read.js';
import { packageRoot, readDataLines } from '../resources.js';
import { tokenize } from '../tokenize.js';
import type { EntityType, Lang, Resources, Token } from '../types.js';
import type { NerSentence } from './corpus.js';
import { contentRuns, sentenceLang } from './view.js';

/** An annotated article of eval/ (the format of ../shared/gold): what the tagger learns from it. */
export interface GoldArticle {
  file: string;
  entities: { type: EntityType; mentions: string[] }[];
  /** Names that are no entity of the article (bylines, photo credits). */
  ignore?: string[];
}

/** An English possessive ending, a token of its own ("Smith" "'s"); the name's base leaves it out. */
const POSSESSIVE = /^['’]s?$/u;

interface Match {
  first: number;
  last: number;
  type: EntityType | undefined;
}

/** The tokens of a text by the offsets they start and end at. */
interface TokenIndex {
  text: string;
  firstAt: Map<number, number>;
  lastAt: Map<number, number>;
}

function tokenIndex(text: string, tokens: readonly Token[]): TokenIndex {
  const firstAt = new Map<number, number>();
  const lastAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    firstAt.set(t.start, i);
    lastAt.set(t.end, i);
  });
  return { text, firstAt, lastAt };
}

/** Every place a form is written on token boundaries, as token ranges. */
function matches(index: TokenIndex, form: string, type: EntityType | undefined): Match[] {
  const found: Match[] = [];
  for (let at = index.text.indexOf(form); at >= 0; at = index.text.indexOf(form, at + 1)) {
    const first = index.firstAt.get(at);
    const last = index.lastAt.get(at + form.length);
    if (first !== undefined && last !== undefined) found.push({ first, last, type });
  }
  return found;
}

/**
 * The tagger's training sentences from an annotated article, in the view the tagger has of a run (`contentRuns`: the
 * article read, cleaned and tokenized as a run reads it, credits and bylines left out, compound hyphens dropped), so
 * that it learns the words exactly as it will see them. Every written form of a gold name is labelled wherever it falls
 * on token boundaries, longer forms first ("Oslo tingrett" before "Oslo"); a run where an ignored name is written as
 * content is left out, for its names are unlabelled and no example of words that are no name.
 */
export function goldSentences(bytes: Buffer, article: GoldArticle, res: Resources): { lang: Lang; sentence: NerSentence }[] {
  const doc = tokenize(language(clean(decodeArticle(bytes, article.file), res), res), res);
  const tokens = doc.tokens ?? [];
  const index = tokenIndex(doc.text, tokens);
  const found: Match[] = [];
  for (const entity of article.entities) for (const form of entity.mentions) found.push(...matches(index, form, entity.type));
  for (const form of article.ignore ?? []) found.push(...matches(index, form, undefined));
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  /** The match that labels each token. */
  const labelled = new Array<Match | undefined>(tokens.length);
  for (const m of found) {
    let free = true;
    for (let i = m.first; i <= m.last && free; i++) free = labelled[i] === undefined;
    if (free) for (let i = m.first; i <= m.last; i++) labelled[i] = m;
  }
  const out: { lang: Lang; sentence: NerSentence }[] = [];
  for (const sentence of doc.sentences ?? []) {
    const lang = sentenceLang(doc, sentence);
    if (!lang) continue;
    for (const run of contentRuns(doc, sentence)) {
      if (run.tokens.some((t) => labelled[t] !== undefined && labelled[t]!.type === undefined)) continue;
      const text = run.words.join(' ');
      const entities: NerSentence['entities'] = [];
      let offset = 0;
      run.tokens.forEach((t, k) => {
        const m = labelled[t];
        const start = offset;
        offset += run.words[k]!.length + 1;
        if (!m || (POSSESSIVE.test(tokens[t]!.text) && t > m.first)) return;
        const last = entities[entities.length - 1];
        if (last && t > m.first && labelled[run.tokens[k - 1]!] === m) last.end = start + run.words[k]!.length;
        else entities.push({ start, end: start + run.words[k]!.length, type: m.type! });
      });
      for (const e of entities) e.text = text.slice(e.start, e.end);
      out.push({ lang, sentence: { id: `${article.file}#${out.length}`, text, tokens: run.words, entities } });
    }
  }
  return out;
}

/** The list of eval/dev articles the taggers learn from (data/tagger/news-articles.txt); the rest are held out. */
export const NEWS_ARTICLES_FILE = 'tagger/news-articles.txt';

/** The articles `NEWS_ARTICLES_FILE` lists, with their bytes, from an eval folder holding texts/ and gold.json. */
export function newsArticles(evalDir: string): { article: GoldArticle; bytes: Buffer }[] {
  const gold = new Map((JSON.parse(readFileSync(join(evalDir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] }).articles.map((a) => [a.file, a]));
  return readDataLines(NEWS_ARTICLES_FILE).map((file) => {
    const article = gold.get(file);
    if (!article) throw new Error(`newsgraph: ${NEWS_ARTICLES_FILE} lists ${file}, which ${join(evalDir, 'gold.json')} does not annotate`);
    return { article, bytes: readFileSync(join(evalDir, 'texts', file)) };
  });
}

/** Where the evaluation articles the taggers learn from live (eval/dev at the package root). */
export function newsEvalDir(): string {
  return join(packageRoot(), 'eval', 'dev');
}

/**
 * A digest of the sentences the taggers learn from the listed articles: their texts and gold names as the pipeline reads
 * and tokenizes them now, so that a change to either, or to how a run reads and tokenizes an article, shows that the
 * models are stale.
 */
export function newsDigest(evalDir: string, res: Resources): string {
  const hash = createHash('sha256');
  for (const { article, bytes } of newsArticles(evalDir)) hash.update(JSON.stringify(goldSentences(bytes, article, res)));
  return hash.digest('hex');
}
