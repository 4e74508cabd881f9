import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { eld } from 'eld/medium';
import { seededRandom } from '../bench/random.js';
import { compactNgrams, eldFile, ELD_NGRAMS_FILE, type EldNgrams, type LanguageDetector, loadLanguageDetector } from '../stages/language-detector.js';
import { dataPath } from '../stages/resources.js';
import { prepared } from './helpers.js';
import { SEEDS } from './run-helpers.js';

/** All that a detection tells: the best language, the scores in their order, and whether eld deems it reliable. */
function detection(detector: LanguageDetector, text: string): unknown {
  const result = detector.detect(text);
  return { language: result.language, scores: Object.entries(result.getScores()), reliable: result.isReliable() };
}

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
      // Two languages tie at the top: eld names the first.
      'bank',
      'film',
      // eld reads only the first 1000 characters: the words after them must not count.
      '.'.repeat(996) + ' Regjeringen sier at de vil øke bevilgningene',
    ];
    for (const text of texts) expect(detection(detector, text)).toEqual(detection(eld, text));
    expect(Object.keys(detector.detect(texts[0]).getScores()).length).toBeGreaterThan(0);
  });

  it("scores random mixtures of scripts, lengths and separators exactly as eld's own module does", async () => {
    const detector = await loadLanguageDetector();
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const seedWords = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split(/\s+/));
    // Words of one to three UTF-8 bytes a letter, emoji and a lone surrogate (eld's separators take them out), a word
    // past eld's 70-byte cut, and its separators and apostrophes.
    const odd = ['Привет', 'κόσμος', '日本語の', '😀👍', 'a\ud83d', 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzesänderungsvorschlag', 'Ærø-øen', "don't", 'l’été', '12345', '3,5', 'www.nrk.no', '—', '«', '\t'];
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 400) }, () => (random() < 0.15 ? pick(odd) : pick(seedWords)));
      const text = words.join(pick([' ', '  ', '\n', ', ']));
      expect(detection(detector, text)).toEqual(detection(eld, text));
    }
  });

  it('refuses a database that is not in the compact form, naming the file and how to make it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eld-'));
    const stored = JSON.parse(gunzipSync(readFileSync(dataPath(...ELD_NGRAMS_FILE))).toString('utf8'));
    const write = (name: string, value: unknown): string => {
      const file = join(dir, name);
      writeFileSync(file, gzipSync(JSON.stringify(value)));
      return file;
    };
    const oldForm = write('old.json.gz', { type: stored.type, languages: stored.languages, ngrams: { ' the ': { 11: 128 } } });
    await expect(loadLanguageDetector(oldForm)).rejects.toThrow(`${oldForm} is not eld's n-gram database in newsgraph's compact form (it lacks one of type, keys, lengths, counts, pairs or languages); run npm run build:library-data`);
    const shortKeys = write('short.json.gz', { ...stored, keys: stored.keys.slice(0, -1) });
    await expect(loadLanguageDetector(shortKeys)).rejects.toThrow(/the n-grams take \d+ characters, their lengths \d+/);
    const pairs = Buffer.from(stored.pairs, 'base64');
    pairs[0] = 200;
    const unknownLanguage = write('lang.json.gz', { ...stored, pairs: pairs.toString('base64') });
    await expect(loadLanguageDetector(unknownLanguage)).rejects.toThrow('language number 200 has no code');
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps eld's n-grams in data exactly as the installed eld has them", async () => {
    const module = eldFile(join('src', 'ngrams', 'medium.js'));
    expect(module).not.toBeNull();
    const { ngramsData } = (await import(pathToFileURL(module as string).href)) as { ngramsData: EldNgrams };
    const stored = JSON.parse(gunzipSync(readFileSync(dataPath(...ELD_NGRAMS_FILE))).toString('utf8'));
    expect(stored).toEqual(compactNgrams(ngramsData));
  });
});
