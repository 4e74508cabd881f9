import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runNerCommand } from '../pipeline/ner-command.js';
import { spansToEntities, tokenOffsets } from '../stages/ner/corpus.js';
import { viterbi } from '../stages/ner/decode.js';
import { EmissionScorer, FeatureExtractor, NO_KNOWLEDGE } from '../stages/ner/features.js';
import { compiledEnglishLexicon, compiledWinkWordTags, compromiseLexicon, lexiconClasses, nerKnowledge, winkWordTags } from '../stages/ner/knowledge.js';
import { NerModel } from '../stages/ner/model.js';
import { allowedTransition, beginTag, insideTag, O, spansToTags, tagsToSpans, TAG_COUNT } from '../stages/ner/tags.js';
import { knowledgeSources, loadModel, loadTagger, modelPath, TAGGER_INPUTS_FILE, taggerInputDigests } from '../stages/ner/tagger.js';
import { trainPerceptron, type TrainingSentence } from '../stages/ner/train.js';
import type { Lang } from '../stages/types.js';
import { res } from './helpers.js';
import { tempDir } from './run-helpers.js';

/** Entities the trained tagger finds in a sentence given as space-separated tokens. */
function tagged(lang: Lang, sentence: string): string[] {
  const tokens = sentence.split(' ');
  return loadTagger(res, lang)
    .tag(tokens)
    .map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.type}`);
}

describe('BIO tags', () => {
  it('turn spans into tags and back', () => {
    const spans = [
      { start: 0, end: 2, type: 'person' as const },
      { start: 3, end: 4, type: 'place' as const },
      { start: 4, end: 6, type: 'organization' as const },
    ];
    const tags = spansToTags(7, spans);
    expect([...tags]).toEqual([beginTag(0), insideTag(0), O, beginTag(1), beginTag(2), insideTag(2), O]);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it('allow an inside tag only after a tag of its own type', () => {
    expect(allowedTransition(-1, insideTag(0))).toBe(false);
    expect(allowedTransition(O, insideTag(1))).toBe(false);
    expect(allowedTransition(beginTag(1), insideTag(1))).toBe(true);
    expect(allowedTransition(beginTag(0), insideTag(2))).toBe(false);
    expect(allowedTransition(insideTag(2), beginTag(0))).toBe(true);
  });

  it('are decoded without a forbidden transition, however the scores lean', () => {
    const emit = new Float64Array(2 * TAG_COUNT);
    emit[insideTag(0)] = 10; // I-person at the start is forbidden
    emit[beginTag(0)] = 1;
    emit[TAG_COUNT + insideTag(0)] = 2;
    emit[TAG_COUNT + insideTag(2)] = 1; // I-organization after a person is forbidden
    const out = new Uint8Array(2);
    viterbi(emit, 2, new Float64Array((TAG_COUNT + 1) * TAG_COUNT), out);
    expect([...out]).toEqual([beginTag(0), insideTag(0)]);
  });
});

describe('the averaged perceptron', () => {
  const extractor = new FeatureExtractor(NO_KNOWLEDGE);
  const sentence = (text: string, spans: { start: number; end: number; type: 'person' | 'place' }[]): TrainingSentence => {
    const tokens = text.split(' ');
    return { ...extractor.extract(tokens), gold: spansToTags(tokens.length, spans) };
  };
  const data = [
    sentence('Kari Holm bor i Bergen .', [{ start: 0, end: 2, type: 'person' }, { start: 4, end: 5, type: 'place' }]),
    sentence('I Tromsø sier Ola Dahl nei .', [{ start: 1, end: 2, type: 'place' }, { start: 3, end: 5, type: 'person' }]),
    sentence('Det regner i Oslo .', [{ start: 3, end: 4, type: 'place' }]),
    sentence('Per Lund sier ja .', [{ start: 0, end: 2, type: 'person' }]),
  ];
  const train = () => trainPerceptron(data, { epochs: 5, seed: 7, minCount: 1 });
  const header = { lang: 'nb', knowledge: 'none', trainedOn: 'test' };

  it('learns its training sentences, and a saved model tags as the trained weights do', () => {
    const weights = train();
    const model = NerModel.fromFile(NerModel.fromWeights(header, weights, new Set()));
    for (const s of data) expect([...model.decode(s)]).toEqual([...s.gold]);
    expect(model.header).toMatchObject({ lang: 'nb', knowledge: 'none', rows: weights.keys.length });
  });

  it('is deterministic: the same data and seed give the same model file', () => {
    const a = train();
    const b = train();
    expect(NerModel.fromWeights(header, a, new Set([1, 2]))).toEqual(NerModel.fromWeights(header, b, new Set([2, 1])));
  });
});

describe('the trained taggers', () => {
  it('tag Norwegian names never seen in training or gazetteers, without titles', () => {
    expect(tagged('nb', 'Ordfører Sigrunn Haldorsen i Valdersvik kommune sier at Fjellheim Kraft AS må betale .')).toEqual([
      // A municipality is a place and a body alike (the gold accepts either type); the spans are what this asserts.
      'Sigrunn Haldorsen/person', 'Valdersvik kommune/organization', 'Fjellheim Kraft AS/organization',
    ]);
    expect(tagged('nb', '– Dette er uakseptabelt , sier Torgrim Valdersnes i Miljødirektoratet til NRK .')).toEqual([
      'Torgrim Valdersnes/person', 'Miljødirektoratet/organization', 'NRK/organization',
    ]);
  });

  it('tag Danish names, with a hyphenated surname', () => {
    expect(tagged('da', 'Borgmester Kirstine Bøgelund fra Vestermarken Kommune siger , at Danske Bank skal betale .')).toEqual([
      'Kirstine Bøgelund/person', 'Vestermarken Kommune/organization', 'Danske Bank/organization',
    ]);
    expect(tagged('da', 'Ifølge Ritzau har Mads Holmgaard-Lindberg forladt Aarhus .')).toEqual([
      'Ritzau/organization', 'Mads Holmgaard-Lindberg/person', 'Aarhus/place',
    ]);
  });

  it('were trained with the data files their features read now and the sentences the pipeline makes of the news articles (else npm run train would not give them)', () => {
    const recorded = JSON.parse(readFileSync(join(dirname(modelPath('nb')), TAGGER_INPUTS_FILE), 'utf8')) as Record<string, Record<string, string>>;
    const now = taggerInputDigests(res);
    for (const lang of ['nb', 'da', 'en'] as const) {
      const changed = Object.keys({ ...now, ...recorded[lang] }).filter((f) => now[f] !== recorded[lang]?.[f]);
      expect({ lang, changed }).toEqual({ lang, changed: [] });
    }
  });

  it('tag English names', () => {
    expect(tagged('en', 'Priya Ramaswamy , a spokeswoman for the World Health Organization , told Reuters the outbreak in Kenya was contained .')).toEqual([
      'Priya Ramaswamy/person', 'World Health Organization/organization', 'Reuters/organization', 'Kenya/place',
    ]);
  });
});

describe('the emission scorer', () => {
  /** The emission scores as `NerModel.decode` forms them from `extract`'s keys. */
  function fromKeys(model: NerModel, features: { keys: Uint32Array; offsets: Uint32Array }): number[] {
    const n = features.offsets.length - 1;
    const emit = new Float64Array(n * TAG_COUNT);
    for (let i = 0; i < n; i++)
      for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
        const row = model.rowOffset(features.keys[k]);
        if (row >= 0) for (let t = 0; t < TAG_COUNT; t++) emit[i * TAG_COUNT + t] += model.weights[row + t];
      }
    return [...emit];
  }

  const sentences: Record<Lang, string[]> = {
    nb: [
      'Ordfører Sigrunn Haldorsen i Valdersvik kommune sier at Fjellheim Kraft AS må betale .',
      'Putins talsmann møtte Jens Stoltenberg i New York og Bergen',
      'NATO OG EU ENIG OM NYE SANKSJONER MOT RUSSLAND',
      'Slik Blir Været I Oslo Denne Helgen',
      'han sa at oslo og bergen er fine byer',
      'Ja',
    ],
    da: ['Borgmester Kirstine Bøgelund fra Vestermarken Kommune siger , at Danske Bank skal betale .'],
    en: [
      'Priya Ramaswamy , a spokeswoman for the World Health Organization , told Reuters the outbreak in Kenya was contained .',
      'The Financial Times reported that New Zealand and the Bay of Plenty were hit , Mr Smith said .',
      'BIDEN MEETS XI IN SAN FRANCISCO',
    ],
  };

  it('gives the scores of the feature keys, to the bit, from the first word of a sentence to the last', () => {
    for (const lang of ['nb', 'da', 'en'] as const) {
      const model = loadModel(res, lang);
      const knowledge = nerKnowledge(lang, knowledgeSources(res, lang).sources);
      const extractor = new FeatureExtractor(knowledge, model.vocabulary);
      const scorer = new EmissionScorer(new FeatureExtractor(knowledge, model.vocabulary), model);
      // Twice: the second time from the scorer's memo.
      for (const sentence of [...sentences[lang], ...sentences[lang]]) {
        const tokens = sentence.split(' ');
        const expected = fromKeys(model, extractor.extract(tokens));
        expect([...scorer.emissions(tokens).subarray(0, tokens.length * TAG_COUNT)]).toEqual(expected);
      }
    }
  });
});

describe('newsgraph ner', () => {
  it('writes the sentences back with the predicted entities at offsets into their text', async () => {
    const dir = tempDir('ner');
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const tokens = ['Torgrim', 'Valdersnes', 'reiste', 'til', 'Tromsø', '.'];
    writeFileSync(input, JSON.stringify({ id: 's1', text: tokens.join(' '), tokens, entities: [] }) + '\n');
    await runNerCommand({ lang: 'nb', input, output });
    const [row] = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(row).toEqual({
      id: 's1',
      text: 'Torgrim Valdersnes reiste til Tromsø .',
      tokens,
      entities: [
        { start: 0, end: 18, type: 'person', text: 'Torgrim Valdersnes' },
        { start: 30, end: 36, type: 'place', text: 'Tromsø' },
      ],
    });
  });

  it('finds token offsets in text with irregular spacing', () => {
    const s = { text: 'A  B C', tokens: ['A', 'B', 'C'] };
    expect(tokenOffsets(s)).toEqual([{ start: 0, end: 1 }, { start: 3, end: 4 }, { start: 5, end: 6 }]);
    expect(spansToEntities(s, [{ start: 1, end: 3, type: 'place' }])).toEqual([{ start: 3, end: 6, type: 'place', text: 'B C' }]);
  });
});

test("the English lexicon compiled into data is compromise's, word for word, with the tags that give a class", () => {
  const compiled = compiledEnglishLexicon();
  expect(compiled).toEqual(lexiconClasses(compromiseLexicon()));
  expect(Object.keys(compiled).length).toBeGreaterThan(20_000);
  // A name keeps its tags; a word compromise knows only as something else keeps none, and so counts as a common word.
  expect(compiled.paris).toEqual(expect.arrayContaining(['City']));
  expect(compiled.walked).toEqual([]);
  const english = nerKnowledge('en', { englishLexicon: compiled });
  expect(english.classes('walked')).toEqual(nerKnowledge('en', { englishLexicon: compromiseLexicon() }).classes('walked'));
  expect(english.classes('Paris')).toEqual(nerKnowledge('en', { englishLexicon: compromiseLexicon() }).classes('Paris'));
});

test("the English word tags compiled into data are wink's, word for word, and a word outside them is unknown", () => {
  const compiled = compiledWinkWordTags();
  const fresh = new Map(Object.entries(winkWordTags()).flatMap(([tag, words]) => words.map((word) => [word, tag] as const)));
  expect(compiled.size).toBe(fresh.size);
  expect([...fresh].filter(([word, tag]) => compiled.get(word) !== tag)).toEqual([]);
  expect(compiled.size).toBeGreaterThan(50_000);
  expect(compiled.get('walked')).toBe('VERB');
  const english = nerKnowledge('en', { englishWordTags: compiled });
  expect(english.wordTag?.('Walked')).toBe('VERB');
  expect(english.wordTag?.('Zelenskyy')).toBe('UNKNOWN');
  expect([compiled.get(''), compiled.get('zzzzzz'), compiled.get('a\nb')]).toEqual([undefined, undefined, undefined]);
  expect(english.wordTag?.(',')).toBe('NONE');
  expect(nerKnowledge('nb', {}).wordTag).toBeUndefined();
});
