/**
 * Hand-made articles for the name tests: mentions are marked in the text as `[text|type]`, `[text/base|type]` when
 * the mention has a genitive ending ("[Putins/Putin|person]"), and `[*text|type]` for the mention a test is about.
 */
import { normalize } from '../../stages/normalize.js';
import type { ArticleDoc, EntityType, Extraction, Lang, Mention, Resources } from '../../stages/types.js';

export interface Marked {
  doc: ArticleDoc;
  /** Index of the starred mention, else of the first. */
  focus: number;
}

const MARK = /\[(\*?)([^\]|/]+)(?:\/([^\]|]+))?\|(person|place|organization)\]/gu;

export function marked(source: string, lang: Lang, input: string): Marked {
  let text = '';
  let last = 0;
  let focus = 0;
  const mentions: Mention[] = [];
  for (const m of input.matchAll(MARK)) {
    text += input.slice(last, m.index);
    last = m.index! + m[0].length;
    const [, star, surface, base, type] = m as unknown as [string, string, string, string | undefined, EntityType];
    if (star) focus = mentions.length;
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, base: base ?? surface, type, firstToken: 0, endToken: 0, source: 'tagger' });
    text += surface;
  }
  text += input.slice(last);
  const doc: ArticleDoc = { source, sha256: '', text, diagnostics: [], mentions, language: { article: lang, confidence: 1, paragraphs: [] } };
  return { doc, focus };
}

export function normalized(res: Resources, source: string, lang: Lang, input: string): Marked {
  const { doc, focus } = marked(source, lang, input);
  return { doc: normalize(doc, res), focus };
}

export function extraction(doc: ArticleDoc): Extraction {
  return {
    source: doc.source, sha256: doc.sha256, lang: doc.language?.article ?? 'und', date: null, title: null, chars: doc.text.length,
    mentions: doc.mentions ?? [], entities: doc.entities ?? [], roles: [], statements: [], diagnostics: [],
  };
}

/** Index of the entity of doc.entities that holds mention `mention`. */
export function entityOf(doc: ArticleDoc, mention: number): number {
  return doc.entities!.findIndex((e) => e.mentions.includes(mention));
}
