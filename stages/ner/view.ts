import { inNonContent } from '../clean.js';
import type { ArticleDoc, Lang, Sentence } from '../types.js';

/**
 * The tagger's view of a run of content tokens: a compound "Kreml-talsmannen" is shown as "Kreml" "talsmannen" (its
 * hyphen left out), so that the head is tagged on its own, as a name, and never joined to the words after it.
 */
export interface View {
  words: string[];
  /** Index into doc.tokens of each word. */
  tokens: number[];
}

/** The language a sentence is tagged in: its paragraph's, else the article's; undefined when neither is known. */
export function sentenceLang(doc: ArticleDoc, sentence: Sentence): Lang | undefined {
  const lang = doc.language?.paragraphs[sentence.paragraph]?.lang;
  if (lang && lang !== 'und') return lang;
  const article = doc.language?.article;
  return article && article !== 'und' ? article : undefined;
}

/** Runs of consecutive tokens of the sentence that are article content (not credits, bylines or page furniture). */
export function contentRuns(doc: ArticleDoc, sentence: Sentence): View[] {
  const tokens = doc.tokens!;
  const runs: View[] = [];
  let run: View = { words: [], tokens: [] };
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    if (doc.meta && inNonContent(doc.meta, token.start, token.end)) {
      if (run.words.length) runs.push(run);
      run = { words: [], tokens: [] };
      continue;
    }
    if (token.compound === 'hyphen') continue;
    // A name never runs over a line break (a headline without final punctuation may share a sentence with the next line).
    if (run.words.length && doc.text.slice(tokens[i - 1].end, token.start).includes('\n')) {
      runs.push(run);
      run = { words: [], tokens: [] };
    }
    run.words.push(token.text);
    run.tokens.push(i);
  }
  if (run.words.length) runs.push(run);
  return runs;
}
