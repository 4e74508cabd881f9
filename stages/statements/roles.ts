import type { Role } from '../types.js';
import { GENITIVE_NAME, entityAt, entityType, lower, type Ctx } from './context.js';

/** Modifier words may extend a title backwards ("Deputy Defence Minister", "chief negotiator"). */
function extendBack(ctx: Ctx, j: number, first: number): number {
  const lex = ctx.lexFor(ctx.tokens[j].sentence);
  let k = j;
  if (ctx.tokens[k].compound === 'tail' && k - 2 >= first) k -= 2;
  while (k - 1 >= first) {
    const t = ctx.tokens[k - 1];
    if (t.kind !== 'word' || ctx.mentionAt[k - 1] >= 0) break;
    const w = t.text.toLowerCase();
    const capitalTitle = lex.lang === 'en' && /^\p{Lu}/u.test(t.text) && !lex.determiners.has(w);
    if (!lex.modifiers.has(w) && !lex.roleOf(w) && !capitalTitle) break;
    k--;
  }
  // "Helse- og omsorgsminister": a suspended compound's first part before the title.
  const link = lower(ctx, k - 1);
  if (k - 3 >= first && (link === 'og' || link === 'eller' || link === 'and' || link === 'or') && ctx.tokens[k - 2]!.text === '-' && ctx.tokens[k - 2]!.glued && ctx.tokens[k - 3]!.kind === 'word' && ctx.mentionAt[k - 3] < 0) k -= 3;
  return k;
}

/** The title token just before a person's name, or -1: "viseforsvarsminister Alexandr Fomin", "Minister, Alexander". */
function titleBefore(ctx: Ctx, f: number, first: number): number {
  const lex = ctx.lexFor(ctx.tokens[f].sentence);
  let j = f - 1;
  // "Minister, Alexander Fomin": an apposition; in Norwegian and Danish one closed after the name ("Lollands
  // borgmester, Holger Schou Rasmussen (S), har"), since a comma there also ends a clause.
  const m = ctx.mentions[ctx.mentionAt[f]];
  // "Danmarks europaminister, Venstres Marie Bjerre,": a party's genitive between the apposition's comma and the name.
  const party = j >= first && ctx.mentionAt[j] >= 0 ? ctx.mentions[ctx.mentionAt[j]]! : undefined;
  if (party && party.endToken === f && entityType(ctx, entityAt(ctx, j)) === 'organization' && GENITIVE_NAME.test(party.text) && ctx.tokens[party.firstToken - 1]?.text === ',') j = party.firstToken - 1;
  const closed = m !== undefined && [',', '('].includes(ctx.tokens[m.endToken]?.text ?? '');
  if (j >= first && ctx.tokens[j].text === ',' && (lex.lang === 'en' || closed)) j--;
  if (j < first || ctx.tokens[j].kind !== 'word' || ctx.mentionAt[j] >= 0) return -1;
  return lex.roleOf(ctx.tokens[j].text) || titleOfWordsTo(ctx, j, first) >= 0 ? j : -1;
}

/** Where a title of several words that ends at token j begins ("Chief executive | John Smith"), or -1. */
function titleOfWordsTo(ctx: Ctx, j: number, first: number): number {
  const lex = ctx.lexFor(ctx.tokens[j].sentence);
  for (let n = lex.maxTitleWords; n >= 2; n--) {
    const start = j - n + 1;
    // Asked for every name of the article: the words are gathered only where a title may start.
    if (start >= first && lex.opensTitleOfWords(ctx.lowered[start]!) && lex.titleWords(ctx.lowered.slice(start, j + 1), 0) === n) return start;
  }
  return -1;
}

/**
 * "talsmand for det russiske forsvarsministerium Igor Konasjenkov", "talsperson for Pentagon John Kirby", "Borgmester i
 * Haderslev Mads Skau": a title with its complement before the name.
 */
function titleWithComplement(ctx: Ctx, f: number, first: number): { start: number; end: number } | undefined {
  const lex = ctx.lexFor(ctx.tokens[f].sentence);
  for (let k = f - 2; k >= Math.max(first, f - 7); k--) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' && t.kind !== 'punct') return undefined;
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) === 'person') return undefined;
    const w = lower(ctx, k);
    if ((w === 'for' || w === 'of' || lex.roleLinks.has(w)) && k - 1 >= first && lex.roleOf(ctx.tokens[k - 1].text)) {
      let end = f - 1;
      while (end > k && ctx.tokens[end].kind !== 'word') end--;
      return { start: extendBack(ctx, k - 1, first), end };
    }
  }
  return undefined;
}

/**
 * Titles written next to a name, in the language of their paragraph: for persons, and (with `untyped`) for names the
 * tagger typed otherwise although a title stands right before them ("utenriksminister Lavrov" taken for an
 * organization), which the speaker resolution may still treat as persons.
 */
export function findRoles(ctx: Ctx, untyped = false): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  ctx.mentions.forEach((m, mi) => {
    const entity = ctx.entityOf[mi];
    if (entity < 0) return;
    const isPerson = entityType(ctx, entity) === 'person';
    if (!isPerson && (!untyped || entityType(ctx, entity) === 'place')) return;
    const f = m.firstToken;
    const sentence = ctx.sentences[ctx.tokens[f].sentence];
    let span: { start: number; end: number } | undefined;
    const j = titleBefore(ctx, f, sentence.firstToken);
    if (j >= 0) {
      const words = titleOfWordsTo(ctx, j, sentence.firstToken);
      span = { start: extendBack(ctx, words >= 0 ? Math.min(words, j) : j, sentence.firstToken), end: j };
    }
    else if (isPerson) span = titleWithComplement(ctx, f, sentence.firstToken);
    if (!span) return;
    const start = ctx.tokens[span.start].start;
    const end = ctx.tokens[span.end].end;
    if (!ctx.isContent(start, end)) return;
    const text = ctx.text.slice(start, end);
    const key = `${entity}\u0000${text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push({ entity, text, lang: ctx.langOf(ctx.tokens[f].sentence), start, end });
  });
  return roles.sort((a, b) => a.start - b.start);
}
