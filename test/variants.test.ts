/**
 * The variant table (test/fixtures/variant-pairs.tsv): pairs of surface forms over the four classes of variants
 * (transliteration, source-language variants, exonyms and translations, within the text), each labelled same or
 * different, run through normalize and resolve.
 */
import { readFileSync } from 'node:fs';
import { resolve } from '../stages/resolve.js';
import { createResources } from '../stages/resources.js';
import type { Lang } from '../stages/types.js';
import { entityOf, extraction, marked, normalized } from './names/marked.js';

const res = createResources();
const rows = readFileSync(new URL('./fixtures/variant-pairs.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [cls, expected, lang1, text1, lang2, text2] = l.split('\t') as [string, string, Lang, string, Lang | '', string | undefined];
    return { cls, expected, lang1, text1, lang2, text2: text2 ?? '' };
  });

/** Whether the two mentions end in one resolved entity. */
function merged(row: (typeof rows)[number]): boolean {
  if (!row.text2) {
    const { doc } = normalized(res, 'a.txt', row.lang1, row.text1);
    const starred = marked('a.txt', row.lang1, row.text1).focus;
    const other = starred > 0 ? starred : 1;
    const resolved = resolve([extraction(doc)]);
    const node = (mention: number) => resolved.find((r) => r.members.some((m) => m.entity === entityOf(doc, mention)))!.id;
    const sameInArticle = entityOf(doc, 0) === entityOf(doc, other);
    expect(node(0) === node(other)).toBe(sameInArticle);
    return sameInArticle;
  }
  const a = normalized(res, 'a.txt', row.lang1, row.text1);
  const b = normalized(res, 'b.txt', row.lang2 as Lang, row.text2);
  const resolved = resolve([extraction(a.doc), extraction(b.doc)]);
  const node = (article: number, entity: number) => resolved.find((r) => r.members.some((m) => m.article === article && m.entity === entity))!.id;
  return node(0, entityOf(a.doc, a.focus)) === node(1, entityOf(b.doc, b.focus));
}

describe('variant pairs', () => {
  it('covers the four classes with at least 100 pairs, including pairs that must stay apart', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const cls of ['transliteration', 'source-variant', 'exonym', 'within-text']) {
      expect(rows.filter((r) => r.cls === cls && r.expected === 'same').length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.cls === cls && r.expected === 'different').length).toBeGreaterThan(0);
    }
  });

  it.each(rows.map((r) => [`${r.cls}: ${r.text1} ~ ${r.text2 || '(same text)'} → ${r.expected}`, r] as const))('%s', (_, row) => {
    expect(merged(row) ? 'same' : 'different').toBe(row.expected);
  });
});
