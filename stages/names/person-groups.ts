/**
 * Grouping the person mentions of one article: which names are one person. A full name joins the full names with the
 * same given name and surname; a shorter form joins the one fuller name it can be short for: the end of a name with a
 * multi-word surname ("Løkke Rasmussen" of "Lars Løkke Rasmussen"), initials ("JD Vance"), or one word of it (the
 * surname "Putin", the given name "Jonas", the middle name "Lula").
 */
import type { NameRules } from './rules.js';
import type { Named } from './named.js';

/** A generational suffix after a name: "Jr.", "Sr", "III". */
const GENERATIONAL = /^(?:(?:Jr|Sr)\.?|II|III|IV)$/u;

/** The Arabic article that opens a surname's skeleton ("al burhan" of "al-Burhan"), which a short form may leave out. */
const ARTICLE_SKELETON = /^(?:al|el) /u;

/** Initials in place of a given name: "J.", "JD", "J.D.". */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/**
 * A person's blocking key, `person:<surname skeleton>` or `person:<surname skeleton>/<initial>:<given-name skeleton>`
 * ("person:fomin/a:aleksander"); initials alone ("J. Kirby", "JD Vance") have an empty skeleton ("person:kirb/j:").
 */
export function personKey(words: readonly string[], rules: NameRules): { key: string; first?: string; last: string; parts: string[]; words: number } {
  // "Jr." and "Jr" are one suffix.
  const last = rules.skeleton(words[words.length - 1]!.replace(/^(Jr|Sr)\.$/u, '$1'));
  // A generational suffix is no part of the name that its surname may end ("Tiu Laurel" of "Francisco Tiu Laurel Jr.").
  const named = words.length > 2 && GENERATIONAL.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  const parts = named.filter((w) => /^\p{Lu}/u.test(w)).map((w) => rules.skeleton(w));
  // "von der Leyen": a name that starts with a particle is a surname without a given name, also one capitalised at a
  // sentence's start ("Van der Merwe said", "Van Wijnen said"); not "Al", a given name too ("Al Gore").
  const opener = words[0]!.toLowerCase();
  const particleOpens = rules.particle(opener) && opener !== 'al' && (words.length === 2 || rules.particle(words[1]!));
  if (words.length < 2 || /^\p{Ll}/u.test(words[0]!) || particleOpens) return { key: `person:${last}`, last, parts, words: 1 };
  const given = words[0]!;
  const initial = given.normalize('NFD').charAt(0).toLowerCase();
  const first = `${initial}:${INITIALS.test(given) ? '' : rules.skeleton(given)}`;
  return { key: `person:${last}/${first}`, first, last, parts, words: words.length };
}

/** Whether two given names (`<initial>:<skeleton>`) may name one person: equal, or one an initial of the other. */
export function firstNamesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return true;
  const [ai, as] = a.split(':'), [bi, bs] = b.split(':');
  return ai === bi && (!as || !bs);
}

/** The words of the fullest name of a group. */
function fullest(group: readonly Named[]): string[] {
  return group.reduce((best, n) => ((n.parts?.length ?? 0) > best.length ? n.parts! : best), [] as string[]);
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  return long.length > short.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * Joins a group whose name is the end of exactly one longer name of the article to it: the later "Løkke Rasmussen"
 * or "Holmsgaard Lind" is the surname of the earlier "Lars Løkke Rasmussen" or "Bjarke Holmsgaard Lind".
 */
function joinSurnames(groups: Named[][]): Named[][] {
  const merged = new Set<Named[]>();
  const bySize = [...groups].sort((a, b) => fullest(a).length - fullest(b).length);
  for (const short of bySize) {
    const words = fullest(short);
    if (words.length < 2) continue;
    const longer = groups.filter((g) => g !== short && !merged.has(g) && endsWith(fullest(g), words));
    if (longer.length !== 1) continue;
    for (const n of short) n.evidence.push({ rule: 'short-form', alias: '', detail: longer[0]![0]!.name });
    longer[0]!.push(...short);
    merged.add(short);
  }
  return groups.filter((g) => !merged.has(g));
}

/**
 * The groups a lone word can stand for: by surname, also a family name written first in a name of three words or more
 * ("Dang" of "Dang Van Khoa", where `family` says the word is one); else by given name; else by a middle word ("Lula").
 * `surname`: whether they were found by surname.
 */
function loneTargets(word: string, groups: readonly Named[][], family: boolean): { targets: Named[][]; surname: boolean } {
  const opensWith = (g: readonly Named[]): boolean => g[0]!.first?.split(':')[1] === word;
  // "Burhan" of "Abdel Fattah al-Burhan"; "Kennedy" of "Robert F. Kennedy Jr.", whose last part is the surname.
  const surnameOf = (g: readonly Named[]): boolean => g[0]!.last === word || g[0]!.last?.replace(ARTICLE_SKELETON, '') === word || fullest(g).at(-1) === word;
  const bySurname = groups.filter((g) => surnameOf(g) || (family && g[0]!.words >= 3 && opensWith(g)));
  if (bySurname.length) return { targets: bySurname, surname: true };
  const byGiven = groups.filter(opensWith);
  if (byGiven.length) return { targets: byGiven, surname: false };
  return { targets: groups.filter((g) => fullest(g).slice(1, -1).includes(word)), surname: false };
}

/** Groups person mentions: full names by compatible given name and surname, then shorter forms onto the one full name. */
export function groupPersons(named: Named[], familyFirst: (word: string) => boolean): Named[][] {
  const initialOnly = (n: Named) => !!n.first?.endsWith(':');
  const full = named.filter((n) => n.words > 1 && !initialOnly(n));
  const initials = named.filter((n) => n.words > 1 && initialOnly(n));
  const single = named.filter((n) => n.words === 1);
  let groups: Named[][] = [];
  for (const n of full) {
    const g = groups.find((gr) => gr[0]!.last === n.last && gr[0]!.first === n.first);
    if (g) g.push(n);
    else groups.push([n]);
  }
  groups = joinSurnames(groups);
  // "J. Kirby" joins the one full name it can abbreviate; with none (or two) it stands for itself.
  for (const n of initials) {
    const fits = groups.filter((gr) => gr[0]!.last === n.last && firstNamesAgree(gr[0]!.first, n.first));
    const same = groups.find((gr) => gr[0]!.last === n.last && gr[0]!.first === n.first);
    if (fits.length === 1) fits[0]!.push(n);
    else if (same) same.push(n);
    else groups.push([n]);
  }
  const lone = new Map<string, Named[]>();
  for (const n of single) {
    const family = familyFirst(n.name);
    const read = loneTargets(n.last!, groups, family);
    const { targets, surname } = read.targets.length || !n.writtenLast ? read : loneTargets(n.writtenLast, groups, family);
    // A surname two full names share ("Vizcarra" after "Martín Vizcarra" and his brother "Mario Vizcarra", "Dang" after
    // "Dang Van Khoa" and his son "Peter Dang") is the one the article named first, its subject: a relative or namesake
    // named later keeps his given name.
    if (targets.length === 1 || (targets.length > 1 && surname)) {
      n.evidence.push({ rule: 'short-form', alias: '', detail: targets[0]![0]!.name });
      targets[0]!.push(n);
    } else {
      const list = lone.get(n.last!) ?? [];
      list.push(n);
      lone.set(n.last!, list);
    }
  }
  return [...groups, ...lone.values()];
}
