/**
 * Readings of person mentions that the tagger split or mistyped, from the article around them: a name cut at a
 * lower-case particle ("Luiz Inácio Lula" da "Silva"), and a name tagged as an organization whose surname names a
 * person of the article ("JD Vance" beside "Vance").
 */
import type { ArticleDoc, Gazetteer, Lang, Mention } from '../types.js';
import { nameSurface } from './named.js';
import type { NameRules } from './rules.js';


/** Initials in place of a given name: "J.", "JD", "J.D.". */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/**
 * Person mentions that are one name with the person mention before them, joined by name particles only: each of the
 * two mention indices maps to the whole name as one mention. The first part must be a full name and the second one
 * word that is no given name, so that "... sa Støre da Frederiksen kom" ("da" = when) stays two people.
 */
export function particleNames(doc: ArticleDoc, rules: NameRules, gaz: Gazetteer): Map<number, Mention> {
  const mentions = doc.mentions ?? [];
  const out = new Map<number, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.type !== 'person' || b.type !== 'person' || a.text !== a.base) continue;
    const gap = doc.text.slice(a.end, b.start);
    const words = gap.trim().split(' ');
    if (!/^ +\p{Ll}+(?: \p{Ll}+)* +$/u.test(gap) || !words.every((w) => rules.particle(w))) continue;
    const second = nameSurface(b);
    if (!nameSurface(a).includes(' ') || second.includes(' ') || !/^\p{Lu}/u.test(second) || gaz.givenName(second)) continue;
    const whole: Mention = { ...a, end: b.end, endToken: b.endToken, text: doc.text.slice(a.start, b.end), base: `${a.text}${gap}${b.base}` };
    out.set(i, whole);
    out.set(i + 1, whole);
  }
  return out;
}

/**
 * Whether a place or organization mention is a person's name: no gazetteer or alias-table name, a given name or
 * initials first, and a last word that a person mention of the article has for its surname or whole name.
 */
export function personByName(m: Mention, lang: Lang, personWords: ReadonlySet<string>, rules: NameRules, gaz: Gazetteer): boolean {
  if (m.type === 'person') return false;
  const surface = nameSurface(m);
  // Most mentions end in no person's word: that is found without splitting the name.
  const lastSpace = surface.lastIndexOf(' ');
  if (lastSpace < 0 || !personWords.has(surface.slice(lastSpace + 1))) return false;
  const words = surface.split(' ');
  if (words.length > 3) return false;
  if (!INITIALS.test(words[0]!) && !gaz.givenName(words[0]!)) return false;
  return !gaz.lookup(surface, lang).length && !rules.alias(surface, m.type);
}

/** The words a person mention of the article ends with: lone names and the surnames of full names. */
export function personEndings(mentions: readonly Mention[]): Set<string> {
  return new Set(mentions.filter((m) => m.type === 'person').map((m) => nameSurface(m).split(' ').pop()!));
}
