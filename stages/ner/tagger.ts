import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { taggerGazetteer } from '../gazetteer.js';
import { taggerLexicon, taggerSpeechVerbs } from '../lexicon.js';
import { dataPath } from '../resources.js';
import type { Lang, Resources } from '../types.js';
import { EmissionScorer, FeatureExtractor } from './features.js';
import { compiledEnglishLexicon, compiledWinkWordTags, nerKnowledge, type CueWords, type KnowledgeSources } from './knowledge.js';
import { NerModel } from './model.js';
import { NEWS_ARTICLES_FILE, newsDigest, newsEvalDir } from './news-corpus.js';
import { tagsToSpans, type TokenSpan } from './tags.js';

export interface NerTagger {
  /** Entity spans over the given tokens of one sentence. */
  tag(tokens: readonly string[]): TokenSpan[];
}

/** Where a language's trained model lives (models/ beside data/ at the package root). */
export function modelPath(lang: Lang): string {
  return dataPath('..', 'models', `ner-${lang}.bin.gz`);
}

/** What `npm run train` records of the data files the features read (models/inputs.json). */
export const TAGGER_INPUTS_FILE = 'inputs.json';

/**
 * The data files the taggers' features read, relative to data/: the compiled cities, countries and common words, the
 * tagger's own copies of the curated gazetteer and word lists, the English library data, and the list of eval articles
 * they learn from. Every language's model reads all of them (Danish and English also learn from Norwegian sentences,
 * featurized with the Norwegian lists).
 */
function taggerInputFiles(): string[] {
  const folder = (...parts: string[]) => readdirSync(dataPath(...parts)).sort().map((f) => [...parts, f].join('/'));
  return [
    ...['countries.json', 'cities.tsv', 'city-names.tsv', 'common-nb.txt', 'common-da.txt', 'common-en.txt'].map((f) => `gazetteer/${f}`),
    ...folder('gazetteer', 'tagger'),
    ...(['nb', 'da', 'en'] as const).flatMap((lang) => folder('lang', lang, 'tagger')),
    'lang/en/compromise-lexicon.json.gz',
    'lang/en/wink-word-tags.json.gz',
    NEWS_ARTICLES_FILE,
  ];
}

/** The digest entry of the eval articles the taggers learn from (the sentences made of their texts and gold names). */
const NEWS_DIGEST = 'eval/dev: the articles of ' + NEWS_ARTICLES_FILE;

/**
 * SHA-256 of each of `taggerInputFiles` and of the listed eval articles, as train records them beside the models and a
 * test compares them.
 */
export function taggerInputDigests(res: Resources): Record<string, string> {
  const files = taggerInputFiles().map((f) => [f, createHash('sha256').update(readFileSync(dataPath(f))).digest('hex')]);
  return Object.fromEntries([...files, [NEWS_DIGEST, newsDigest(newsEvalDir(), res)]]);
}

/** The outside knowledge for a language's features, and a name for it that models record. */
export function knowledgeSources(res: Resources, lang: Lang): { name: string; sources: KnowledgeSources } {
  return res.get(`ner-knowledge:${lang}`, () => {
    const sources: KnowledgeSources = { gazetteer: taggerGazetteer(res), cues: cueWords(res, lang) };
    const parts: string[] = ['gazetteer', 'lexicon'];
    if (lang === 'en') {
      sources.englishLexicon = compiledEnglishLexicon();
      sources.englishWordTags = res.get('wink-word-tags', compiledWinkWordTags);
      parts.push('compromise', 'wink');
    }
    return { name: parts.join('+'), sources };
  });
}

function cueWords(res: Resources, lang: Lang): CueWords {
  const words = taggerLexicon(res, lang);
  return {
    isTitle: (word) => words.title(word) !== undefined,
    isOrgCue: (word) => words.orgCue(word),
    speechVerbs: taggerSpeechVerbs(lang),
  };
}

export function loadModel(res: Resources, lang: Lang): NerModel {
  return res.get(`ner-model:${lang}`, () => NerModel.fromFile(readFileSync(modelPath(lang))));
}

export function loadTagger(res: Resources, lang: Lang): NerTagger {
  return res.get(`ner-tagger:${lang}`, () => {
    const model = loadModel(res, lang);
    const { name, sources } = knowledgeSources(res, lang);
    if (model.header.knowledge !== name)
      throw new Error(`newsgraph: the ${lang} NER model was trained with knowledge "${model.header.knowledge}", not "${name}": retrain (npm run train)`);
    const scorer = new EmissionScorer(new FeatureExtractor(nerKnowledge(lang, sources), model.vocabulary), model);
    return {
      tag: (tokens) => (tokens.length === 0 ? [] : tagsToSpans(model.bestTags(scorer.emissions(tokens), tokens.length))),
    };
  });
}
