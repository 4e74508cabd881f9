import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { eld } from 'eld/medium';
import { seededRandom } from '../bench/random.js';
import { compactNgrams, eldFile, ELD_NGRAMS_FILE, type EldNgrams, loadLanguageDetector } from '../stages/language-detector.js';
import { dataPath } from '../stages/resources.js';
import { prepared } from './helpers.js';
import { SEEDS } from './run-helpers.js';

describe('language', () => {
  it('tells Norwegian Bokmål from Danish and English for whole articles', () => {
    expect(prepared('Regjeringen sier at de vil øke bevilgningene til forsvaret etter at krigen brøt ut. – Vi må gjøre mer nå, sa statsministeren til NRK.').language?.article).toBe('nb');
    expect(prepared('Regeringen siger, at den vil øge bevillingerne til forsvaret efter krigens udbrud. - Vi må gøre mere nu, sagde statsministeren til DR.').language?.article).toBe('da');
    expect(prepared('The government says it will increase defence spending after the war broke out, the prime minister told reporters.').language?.article).toBe('en');
  });

  it('gives each paragraph a language and marks headings, following the article on short lines', () => {
    const doc = prepared('Nye tal fra ministeriet\n\nMinisteriet oplyser, at ledigheden er faldet efter den nye aftale blev indgået i foråret.\n\n"We are pleased with the outcome of the talks," the minister told reporters in London on Monday.');
    const paragraphs = doc.language?.paragraphs.map((p) => [doc.text.slice(p.start, p.start + 12), p.lang, p.heading]);
    expect(doc.language?.article).toBe('da');
    expect(paragraphs).toEqual([
      ['Nye tal fra ', 'da', true],
      ['Ministeriet ', 'da', false],
      ['"We are plea', 'en', false],
    ]);
  });

  it('judges a caption without its photo credit', () => {
    const doc = prepared('Statsministeren i Oslo tirsdag. Foto: Ola Nordmann / NTB\n\nHun sier at regjeringen vil legge fram en ny plan for helsevesenet.');
    expect(doc.language?.paragraphs[0].heading).toBe(false);
  });

  it('marks an article in another language as und, with a warning, rather than forcing nb, da or en', () => {
    const doc = prepared('Die Bundesregierung hat am Dienstag in Berlin neue Maßnahmen beschlossen. Der Bundeskanzler sagte, man werde die Wirtschaft stärken und die Steuern senken.');
    expect(doc.language?.article).toBe('und');
    expect(doc.language?.paragraphs.map((p) => p.lang)).toEqual(['und']);
    expect(doc.diagnostics).toEqual([{ stage: 'language', level: 'warning', message: "not Norwegian Bokmål, Danish or English (looks like 'de'): no entities or statements are extracted" }]);
  });

  it("reads eld's n-grams from data and scores every text exactly as eld's own medium module does", async () => {
    const detector = await loadLanguageDetector();
    expect(detector).not.toBe(eld);
    const texts = [
      ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8').slice(0, 1000)),
      'Die Bundesregierung will die Ausgaben für die Verteidigung erhöhen.',
      'Regeringen vill öka försvarsanslagen efter krigsutbrottet.',
      'Правительство увеличит расходы на оборону.',
      'OK',
      '',
    ];
    for (const text of texts) expect(detector.detect(text).getScores()).toEqual(eld.detect(text).getScores());
    expect(Object.keys(detector.detect(texts[0]).getScores()).length).toBeGreaterThan(0);
  });

  it("scores random mixtures of scripts, lengths and separators exactly as eld's own module does", async () => {
    const detector = await loadLanguageDetector();
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const seedWords = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/\s+/));
    // Words of every UTF-8 length, a lone surrogate, words past eld's 70-byte cut, and its separators and apostrophes.
    const odd = ['Привет', 'κόσμος', '日本語の', '😀👍', 'a\ud83d', 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzesänderungsvorschlag', 'Ærø-øen', "don't", 'l’été', '12345', '3,5', 'www.nrk.no', '—', '«', '\t'];
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 400) }, () => (random() < 0.15 ? pick(odd) : pick(seedWords)));
      const text = words.join(pick([' ', '  ', '\n', ', ']));
      expect(detector.detect(text).getScores()).toEqual(eld.detect(text).getScores());
    }
  });

  it("keeps eld's n-grams in data exactly as the installed eld has them", async () => {
    const module = eldFile(join('src', 'ngrams', 'medium.js'));
    expect(module).not.toBeNull();
    const { ngramsData } = (await import(pathToFileURL(module as string).href)) as { ngramsData: EldNgrams };
    const stored = JSON.parse(gunzipSync(readFileSync(dataPath(...ELD_NGRAMS_FILE))).toString('utf8'));
    expect(stored).toEqual(compactNgrams(ngramsData));
  });
});
