import { performance } from 'node:perf_hooks';
import { clean } from '../stages/clean.js';
import { entities } from '../stages/entities.js';
import { language } from '../stages/language.js';
import { normalize } from '../stages/normalize.js';
import { decodeArticle } from '../stages/read.js';
import { statements } from '../stages/statements.js';
import { tokenize } from '../stages/tokenize.js';
import type { ArticleDoc, Extraction, Resources, StageName } from '../stages/types.js';

type Stage = (doc: ArticleDoc, res: Resources) => ArticleDoc;

/** The per-article stages after `read`, in order; each adds its layer to the document. */
export const STAGES: readonly (readonly [StageName, Stage])[] = [
  ['clean', clean],
  ['language', language],
  ['tokenize', tokenize],
  ['entities', entities],
  ['normalize', normalize],
  ['statements', statements],
];

/** Runs every per-article stage over the bytes of one article; throws ArticleReadError for input that is no text. */
export function analyzeArticle(bytes: Buffer, source: string, res: Resources, timings?: Record<string, number>): ArticleDoc {
  let started = performance.now();
  let doc = decodeArticle(bytes, source);
  const lap = (name: string): void => {
    const now = performance.now();
    if (timings) timings[name] = now - started;
    started = now;
  };
  lap('read');
  for (const [name, stage] of STAGES) {
    doc = stage(doc, res);
    lap(name);
  }
  return doc;
}

/** The cacheable result of one article: its layers minus the intermediate ones (tokens, sentences). */
export function extractArticle(bytes: Buffer, source: string, res: Resources): Extraction {
  const timings: Record<string, number> = {};
  const doc = analyzeArticle(bytes, source, res, timings);
  return {
    source: doc.source,
    sha256: doc.sha256,
    lang: doc.language?.article ?? 'und',
    date: doc.meta?.date ?? null,
    title: doc.meta?.title ?? null,
    chars: doc.text.length,
    mentions: doc.mentions ?? [],
    entities: doc.entities ?? [],
    roles: doc.roles ?? [],
    statements: doc.statements ?? [],
    diagnostics: doc.diagnostics,
    timings,
  };
}
