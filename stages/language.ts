import { readFileSync } from 'node:fs';
import { eld } from 'eld/medium';
import { dataPath } from './resources.js';
import type { ArticleDoc, ArticleLang, Lang, LanguageLayer, Paragraph, Resources, Span } from './types.js';

/** Marker words that tell Bokmål from Danish where eld's character n-grams hesitate (short headlines, names). */
interface Markers {
  nb: Set<string>;
  da: Set<string>;
}

function readWordList(lang: Lang, file: string): Set<string> {
  const lines = readFileSync(dataPath('lang', lang, file), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
}

const loadMarkers = (): Markers => ({ nb: readWordList('nb', 'markers.txt'), da: readWordList('da', 'markers.txt') });

interface Guess {
  lang: ArticleLang;
  confidence: number;
}

const WORD = /[\p{L}]+/gu;
/** eld reads only the start of a long text; a paragraph-sized sample is enough and keeps the stage fast. */
const SAMPLE_CHARS = 2000;
/** Below this many words a paragraph follows the article's language unless its marker words say otherwise. */
const MIN_WORDS_ALONE = 6;

function markerBalance(text: string, markers: Markers): number {
  let balance = 0;
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (markers.nb.has(word)) balance++;
    else if (markers.da.has(word)) balance--;
  }
  return balance;
}

/** eld's scores for the three languages, plus marker words to split Norwegian from Danish. */
function guess(text: string, markers: Markers): Guess {
  const scores = eld.detect(text.slice(0, SAMPLE_CHARS)).getScores();
  const no = scores.no ?? 0;
  const da = scores.da ?? 0;
  const en = scores.en ?? 0;
  const best = Math.max(no, da, en);
  if (best === 0) return { lang: 'und', confidence: 0 };
  if (en === best) return { lang: 'en', confidence: en - Math.max(no, da) };
  // A marker word weighs about as much as a typical nb/da score gap on a sentence.
  const balance = (no - da) + 0.05 * markerBalance(text, markers);
  return { lang: balance >= 0 ? 'nb' : 'da', confidence: Math.min(1, Math.abs(balance)) };
}

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n]+/gu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body !== '') spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

function isHeading(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return words <= 14 && !/[.!?»«"”'’:]$/u.test(text);
}

/**
 * The `language` stage: nb, da or en for the article and for each paragraph (a non-empty line). Short paragraphs such as
 * headlines follow the article unless their marker words clearly point elsewhere.
 */
export function language(doc: ArticleDoc, res: Resources): ArticleDoc {
  const markers = res.get('language-markers', loadMarkers);
  const meta = doc.meta;
  const spans = paragraphsOf(doc.text);
  const isContent = (p: Span): boolean => !meta || !meta.nonContent.some((n) => n.start <= p.start && p.end <= n.end);
  const content = spans.filter(isContent).map((p) => doc.text.slice(p.start, p.end)).join('\n');
  const article = guess(content, markers);
  const paragraphs: Paragraph[] = spans.map((span) => {
    const text = doc.text.slice(span.start, span.end);
    const words = text.match(WORD)?.length ?? 0;
    let lang = article.lang;
    if (words >= MIN_WORDS_ALONE) {
      const own = guess(text, markers);
      if (own.lang !== 'und' && (own.confidence >= 0.05 || article.lang === 'und')) lang = own.lang;
    } else if ((article.lang === 'nb' || article.lang === 'da') && Math.abs(markerBalance(text, markers)) >= 2) {
      lang = markerBalance(text, markers) > 0 ? 'nb' : 'da';
    }
    // A caption that ends in a photo credit is judged without the credit.
    const credit = meta?.nonContent.find((n) => n.start > span.start && n.start < span.end && n.end >= span.end);
    return { ...span, lang, heading: isHeading(credit ? doc.text.slice(span.start, credit.start).trim() : text) };
  });
  const layer: LanguageLayer = { article: article.lang, confidence: +article.confidence.toFixed(3), paragraphs };
  return { ...doc, language: layer };
}
