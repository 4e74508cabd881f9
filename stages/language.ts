import { isSpace } from './chars.js';
import { loadLanguageDetector } from './language-detector.js';
import { readDataLines } from './resources.js';
import type { ArticleDoc, ArticleLang, Lang, LanguageLayer, Paragraph, Resources, Span } from './types.js';

/**
 * Marker words: they split Bokmål from Danish where eld's n-grams hesitate, and find English paragraphs. Each word
 * maps to the languages it marks (bits NB, DA, EN), so that a word is looked up once.
 */
type Markers = Map<string, number>;

const eld = await loadLanguageDetector();
const NB = 1, DA = 2, EN = 4;

function loadMarkers(): Markers {
  const markers: Markers = new Map();
  for (const [lang, bit] of [['nb', NB], ['da', DA], ['en', EN]] as const)
    for (const word of readDataLines('lang', lang, 'markers.txt')) markers.set(word, (markers.get(word) ?? 0) | bit);
  return markers;
}

type Counts = Record<Lang, number>;

const WORD = /\p{L}+/gu;
/** eld reads only the start of a long text; a few paragraphs are enough for the article. */
const SAMPLE_CHARS = 1000;
/** A marker word weighs about as much as a typical nb/da gap in eld's scores on a sentence. */
const MARKER_WEIGHT = 0.05;
/** A paragraph leaves the article's language only on this many more marker words of the other language. */
const SWITCH_MARGIN = 2;

function countMarkers(text: string, markers: Markers): Counts {
  const counts = { nb: 0, da: 0, en: 0 };
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const marks = markers.get(word);
    if (marks === undefined) continue;
    if (marks & EN) counts.en++;
    if (marks & NB) counts.nb++;
    else if (marks & DA) counts.da++;
  }
  return counts;
}

/** How far another language must lead eld's scores before an article counts as none of ours. */
const FOREIGN_MARGIN = 0.05;

/**
 * The article's language: eld's scores for the three languages, with marker words to split Norwegian from Danish;
 * 'und', with the language eld saw, when another language clearly leads (German, Swedish, ...).
 */
function articleLanguage(text: string, counts: Counts): { lang: ArticleLang; confidence: number; seen?: string } {
  const result = eld.detect(text.slice(0, SAMPLE_CHARS));
  const scores = result.getScores();
  const no = scores.no ?? 0;
  const da = scores.da ?? 0;
  const en = scores.en ?? 0;
  const best = Math.max(no, da, en);
  if (best === 0) return { lang: 'und', confidence: 0 };
  const [foreign, foreignScore] = Object.entries(scores).filter(([code]) => code !== 'no' && code !== 'da' && code !== 'en').sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (foreignScore - best >= FOREIGN_MARGIN) return { lang: 'und', confidence: +(foreignScore - best).toFixed(3), seen: foreign };
  if (en === best) return { lang: 'en', confidence: +(en - Math.max(no, da)).toFixed(3) };
  const balance = no - da + MARKER_WEIGHT * (counts.nb - counts.da);
  return { lang: balance >= 0 ? 'nb' : 'da', confidence: +Math.min(1, Math.abs(balance)).toFixed(3) };
}

/**
 * A paragraph keeps the article's language unless its marker words clearly say otherwise: an English quote in a
 * Danish article, a Danish paragraph in a Norwegian one. Counting words is far cheaper than running eld per paragraph.
 */
function paragraphLanguage(c: Counts, article: ArticleLang): ArticleLang {
  const scandinavian = c.nb + c.da;
  if (article !== 'en' && c.en >= SWITCH_MARGIN + 1 && c.en >= 2 * scandinavian + SWITCH_MARGIN) return 'en';
  if (article === 'en' && scandinavian >= SWITCH_MARGIN + 1 && scandinavian >= 2 * c.en + SWITCH_MARGIN) {
    return c.nb >= c.da ? 'nb' : 'da';
  }
  if (article === 'nb' && c.da - c.nb >= SWITCH_MARGIN) return 'da';
  if (article === 'da' && c.nb - c.da >= SWITCH_MARGIN) return 'nb';
  return article;
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

const MAX_HEADING_WORDS = 14;

function isHeading(text: string): boolean {
  return !/[.!?»«"”'’:]$/u.test(text) && !hasMoreWords(text, MAX_HEADING_WORDS);
}

/** Whether the text has more than `limit` words (runs of anything but white space), counting no further. */
function hasMoreWords(text: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i])) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

/** The `language` stage: nb, da or en for the article and for each paragraph (a non-empty line). */
export function language(doc: ArticleDoc, res: Resources): ArticleDoc {
  const markers = res.get('language-markers', loadMarkers);
  const meta = doc.meta;
  const spans = paragraphsOf(doc.text);
  const isContent = (p: Span): boolean => !meta || !meta.nonContent.some((n) => n.start <= p.start && p.end <= n.end);
  const texts = spans.map((p) => doc.text.slice(p.start, p.end));
  const counts = texts.map((t) => countMarkers(t, markers));
  const total: Counts = { nb: 0, da: 0, en: 0 };
  spans.forEach((p, i) => {
    if (!isContent(p)) return;
    for (const lang of ['nb', 'da', 'en'] as const) total[lang] += counts[i][lang];
  });
  const article = articleLanguage(texts.filter((_, i) => isContent(spans[i])).join('\n'), total);
  const paragraphs: Paragraph[] = spans.map((span, i) => {
    const text = texts[i];
    const lang = article.lang === 'und' ? 'und' : paragraphLanguage(counts[i], article.lang);
    // A caption that ends in a photo credit is judged without the credit.
    const credit = meta?.nonContent.find((n) => n.start > span.start && n.start < span.end && n.end >= span.end);
    // A plain literal, not a spread: every paragraph then shares one hidden class, which the later stages read fast.
    return { start: span.start, end: span.end, lang, heading: isHeading(credit ? doc.text.slice(span.start, credit.start).trim() : text) };
  });
  const layer: LanguageLayer = { article: article.lang, confidence: article.confidence, paragraphs };
  const diagnostics = article.lang !== 'und' ? doc.diagnostics : [
    ...doc.diagnostics,
    {
      stage: 'language' as const,
      level: 'warning' as const,
      message: `not Norwegian Bokmål, Danish or English${article.seen ? ` (looks like '${article.seen}')` : ''}: no entities or statements are extracted`,
    },
  ];
  return { ...doc, language: layer, diagnostics };
}
