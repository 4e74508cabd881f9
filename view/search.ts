/** Finding entities by name or any alias, forgiving of case and diacritics: "kijev" finds Kyiv (alias Kijev), "sore" Søre. */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const FOLDS: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', œ: 'oe' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæßđłþðœ]/g, (c) => FOLDS[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Searchable {
  name: string;
  aliases: readonly string[];
  mentions: number;
}

export interface SearchEntry {
  entity: number;
  form: string;
  folded: string;
}

export interface SearchHit {
  entity: number;
  /** The name or alias that matched. */
  form: string;
}

export function buildSearchIndex(entities: readonly Searchable[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  entities.forEach((entity, index) => {
    for (const form of new Set([entity.name, ...entity.aliases])) entries.push({ entity: index, form, folded: fold(form) });
  });
  return entries;
}

/** 0 for the whole form, 1 for its start, 2 for the start of a later word, 3 anywhere inside, -1 for no match. */
function matchRank(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  const at = folded.indexOf(query);
  if (at < 0) return -1;
  return /[\s\-'’.]/.test(folded[at - 1]!) ? 2 : 3;
}

/**
 * The entities whose name or an alias contains the query, best first: the closer the match (whole, start, word
 * start, inside), then the name over an alias, then the more often named entity. `accept` filters entities out.
 */
export function search(
  index: readonly SearchEntry[],
  entities: readonly Searchable[],
  query: string,
  limit: number,
  accept: (entity: number) => boolean = () => true,
): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const best = new Map<number, { rank: number; form: string }>();
  for (const entry of index) {
    const rank = matchRank(entry.folded, q);
    if (rank < 0 || !accept(entry.entity)) continue;
    const isName = entry.form === entities[entry.entity]!.name;
    const score = rank * 2 + (isName ? 0 : 1);
    const previous = best.get(entry.entity);
    if (!previous || score < previous.rank) best.set(entry.entity, { rank: score, form: entry.form });
  }
  return [...best.entries()]
    .sort(
      ([a, x], [b, y]) =>
        x.rank - y.rank ||
        entities[b]!.mentions - entities[a]!.mentions ||
        entities[a]!.name.localeCompare(entities[b]!.name) ||
        a - b,
    )
    .slice(0, limit)
    .map(([entity, { form }]) => ({ entity, form }));
}
