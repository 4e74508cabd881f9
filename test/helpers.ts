import { clean } from '../stages/clean.js';
import { language } from '../stages/language.js';
import { decodeArticle } from '../stages/read.js';
import { createResources } from '../stages/resources.js';
import { tokenize } from '../stages/tokenize.js';
import type { ArticleDoc, Resources } from '../stages/types.js';

/** One Resources for a whole test file, as the pipeline has one per worker. */
export const res: Resources = createResources();

/** A document through read, clean, language and tokenize. */
export function prepared(text: string, source = 'test.txt'): ArticleDoc {
  return tokenize(language(clean(decodeArticle(Buffer.from(text, 'utf8'), source), res), res), res);
}

/** The text of every non-content range, with its kind. */
export function nonContent(doc: ArticleDoc): string[] {
  return (doc.meta?.nonContent ?? []).map((n) => `${n.kind}: ${doc.text.slice(n.start, n.end)}`);
}
