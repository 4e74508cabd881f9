import { readFileSync } from 'node:fs';
import { gazetteer } from '../gazetteer.js';
import { taggerLexicon, taggerSpeechVerbs } from '../lexicon.js';
import { dataPath } from '../resources.js';
import type { Lang, Resources } from '../types.js';
import { EmissionScorer, FeatureExtractor } from './features.js';
import { compiledEnglishLexicon, compiledWinkWordTags, nerKnowledge, type CueWords, type KnowledgeSources } from './knowledge.js';
import { NerModel } from './model.js';
import { tagsToSpans, type TokenSpan } from './tags.js';

export interface NerTagger {
  /** Entity spans over the given tokens of one sentence. */
  tag(tokens: readonly string[]): TokenSpan[];
}

/** Where a language's trained model lives (models/ beside data/ at the package root). */
export function modelPath(lang: Lang): string {
  return dataPath('..', 'models', `ner-${lang}.bin.gz`);
}

/** The outside knowledge for a language's features, and a name for it that models record. */
export function knowledgeSources(res: Resources, lang: Lang): { name: string; sources: KnowledgeSources } {
  return res.get(`ner-knowledge:${lang}`, () => {
    const sources: KnowledgeSources = { gazetteer: gazetteer(res), cues: cueWords(res, lang) };
    const parts: string[] = ['gazetteer', 'lexicon'];
    if (lang === 'en') {
      sources.englishLexicon = compiledEnglishLexicon();
      sources.englishWordTags = compiledWinkWordTags();
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
