import { datelinePlace, gazetteer } from './gazetteer.js';
import { readDataJson } from './resources.js';
import type { ArticleDoc, Meta, NonContent, NonContentKind, Resources } from './types.js';

interface CleanData {
  navigationLines: Set<string>;
  trailerLines: Set<string>;
  credit: RegExp;
  source: RegExp;
  byline: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]): string => words.map(escape).join('|');

function loadCleanData(): CleanData {
  const raw = readDataJson<Record<string, string[]>>('clean.json');
  return {
    navigationLines: new Set(raw.navigationLines),
    trailerLines: new Set(raw.trailerLines),
    // A label such as "Foto:" runs to the end of its line; it may follow a sentence without a space ("status.Kilde: NTB").
    credit: new RegExp(`(?:^|(?<=[\\s.!?)]))(?:${alternation(raw.creditLabels)})\\s*:`, 'iu'),
    source: new RegExp(`(?:^|(?<=[\\s.!?)]))(?:${alternation(raw.sourceLabels)})\\s*:\\s*\\S`, 'iu'),
    byline: new RegExp(`^(?:${alternation(raw.bylinePrefixes.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]))})\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|og|and|&|,))*\\s*$`, 'u'),
  };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // trimEnd strips exactly what /\s+$/u would: white space and line terminators.
    const trimmed = text.slice(start, end).trimEnd();
    lines.push({ start, end: start + trimmed.length, text: trimmed });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const HEADER = /^(\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*)/u;
const DATED = /\b(?:oppdatert|publisert|opdateret|publiceret|updated|published)\b\D{0,5}(\d{1,2})\.(\d{1,2})\.(\d{4})/iu;
const LABEL = /^(\p{Lu}[\p{Lu}\d ,.'-]{2,}[:?!])\s+\S/u;
const MAX_CREDIT_CHARS = 160;
const MAX_SOURCE_CHARS = 60;

function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

/** A line of capitals with a slash, such as a map or graphic credit ("INSTITUTE FOR THE STUDY OF WAR / NRK"). */
function isCapitalsCredit(line: string): boolean {
  // The slash first: it is rare, and counting letters is not.
  if (!/\s\/\s/u.test(line)) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  const upper = line.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 10 && upper.length / letters.length >= 0.7;
}

function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= 25 && !/[.!?:;,»«"”'’]$/u.test(line) && !/^[–—-]\s/u.test(line);
}

/** Words a credit of names may hold in lower case. */
const CREDIT_JOINERS = new Set(['og', 'and', 'und', 'af', 'av', 'for', 'de', 'van', 'von']);

/**
 * Where the credit starts in a label line that first describes the photo ("Photo: Google's headquarters in Mountain
 * View, California. Credit: Justin Sullivan/Getty Images"), or -1: the description is a sentence (it ends in a full
 * stop and has at least two words in lower case, which names and agencies lack) followed by a second label.
 */
function captionEnd(content: string, labelEnd: number, credit: RegExp): number {
  const rest = content.slice(labelEnd);
  const next = credit.exec(rest);
  if (!next) return -1;
  const caption = rest.slice(0, next.index);
  if (!/[.!?]\s*$/u.test(caption)) return -1;
  const lower = (caption.match(/(?<!\S)\p{Ll}+/gu) ?? []).filter((w) => !CREDIT_JOINERS.has(w));
  return lower.length >= 2 ? labelEnd + next.index : -1;
}

/**
 * The `clean` stage: finds the header line, page furniture, photo and graphic credits, bylines and source lines, and
 * records them as non-content ranges (the text itself is never changed, so every offset stays valid).
 */
/** "NEW DELHI:", "LUCKNOW:": a label that is a place's name in capitals is a dateline, part of the article. */
function datelineLabel(label: string, res: Resources): boolean {
  return datelinePlace(gazetteer(res), label.slice(0, -1).trim().split(/\s+/u), 'en');
}

export function clean(doc: ArticleDoc, res: Resources): ArticleDoc {
  const data = res.get('clean-data', loadCleanData);
  const nonContent: NonContent[] = [];
  const mark = (start: number, end: number, kind: NonContentKind): void => {
    if (end > start) nonContent.push({ start, end, kind });
  };
  let date: string | null = null;
  let title: string | null = null;
  const lines = linesOf(doc.text);
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');

  nonEmpty.forEach((line, index) => {
    let contentStart = line.start;
    if (index === 0) {
      const header = HEADER.exec(line.text);
      if (header) {
        date = header[2];
        contentStart = line.start + header[1].length;
        mark(line.start, contentStart, 'header');
      }
    }
    const content = doc.text.slice(contentStart, line.end);
    const trimmed = content.trim();
    const lower = trimmed.toLowerCase();
    if (data.navigationLines.has(lower)) return mark(contentStart, line.end, 'navigation');
    if (data.trailerLines.has(lower) && nonEmpty.slice(index + 1).every((l) => wordCount(l.text) <= 8)) {
      return mark(contentStart, nonEmpty[nonEmpty.length - 1].end, 'navigation');
    }
    if (isCapitalsCredit(trimmed)) return mark(contentStart, line.end, 'credit');
    if (data.byline.test(trimmed) && wordCount(trimmed) <= 8) return mark(contentStart, line.end, 'byline');
    const label = LABEL.exec(content);
    if (label && !datelineLabel(label[1], res)) mark(contentStart, contentStart + label[1].length, 'label');
    // A credit or a source needs a colon, which most lines lack; their patterns are slow to fail.
    const colon = content.includes(':');
    const credit = colon ? data.credit.exec(content) : null;
    const captionTo = credit ? captionEnd(content, credit.index + credit[0].length, data.credit) : -1;
    if (credit && captionTo >= 0 && content.length - captionTo <= MAX_CREDIT_CHARS) {
      mark(contentStart + credit.index, contentStart + credit.index + credit[0].length, 'label');
      mark(contentStart + captionTo, line.end, 'credit');
    } else if (credit && content.length - credit.index <= MAX_CREDIT_CHARS) {
      mark(contentStart + credit.index, line.end, 'credit');
    } else {
      const source = colon ? data.source.exec(content) : null;
      if (source && content.length - source.index <= MAX_SOURCE_CHARS) mark(contentStart + source.index, line.end, 'source');
    }
    if (title === null && index <= 2 && nonContent.every((n) => n.end <= contentStart) && isHeadline(trimmed)) {
      const lead = contentStart + content.indexOf(trimmed);
      if (index < nonEmpty.length - 1) title = doc.text.slice(lead, lead + trimmed.length);
    }
  });

  if (date === null) {
    const dated = DATED.exec(doc.text);
    if (dated) date = `${dated[3]}-${dated[2].padStart(2, '0')}-${dated[1].padStart(2, '0')}`;
  }
  nonContent.sort((a, b) => a.start - b.start || a.end - b.end);
  const meta: Meta = { date, title, nonContent };
  return { ...doc, meta };
}

/** Whether a range overlaps page furniture, credits or other non-content. */
export function inNonContent(meta: Meta, start: number, end: number): boolean {
  return meta.nonContent.some((n) => n.start < end && start < n.end);
}
