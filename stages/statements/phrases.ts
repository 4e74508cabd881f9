import { GENITIVE_NAME, beforeParenthesis, enclosedName, entityAt, entityType, firstPhrase, genitiveMarkAt, isCapitalised, isLowerWord, isWord, lower, matchPhrase, pastParenthesis, surnameAt, type Ctx } from './context.js';
import { CUE_WORD, type Cue, type SpeechLexicon } from './lexicon.js';
import type { EntityType } from '../types.js';

/** Who a phrase names as speaker, before resolution to an entity. */
export type SpeakerRef =
  | { kind: 'entity'; entity: number }
  | { kind: 'pronoun'; gender: 'm' | 'f' | 'pl' }
  /** A title ("talsmannen"), or with `noun` a definite noun for a person ("svenskeren", "treneren"). */
  | {
      kind: 'role';
      stem: string;
      compound?: string;
      /** The title a suspended first part makes with the stem ("nærings- og fiskeriministeren": "næringsminister"). */
      suspended?: string;
      gender?: 'm' | 'f';
      hint: number;
      noun?: boolean;
    }
  /**
   * "nyhetsbyrået", "the council": the organization last named, one whose name holds the noun first; `ahead` for an
   * English indefinite one ("a teaching union has warned"), which only a body named after it with the noun can be.
   */
  | { kind: 'orgNoun'; noun: string; ahead?: boolean }
  /**
   * "... og la til at", "..., the statement said": the subject of the previous cue in the sentence, or else the speaker
   * of the statement before.
   */
  | { kind: 'coordinate' }
  /** "..., it said": the pronoun for an organization, which points back to the one that spoke or opened the sentence before. */
  | { kind: 'organizationPronoun' }
  /** "Danske Bank og Nordea siger", "Both Ukraine and Russia said": each of the coordinated names says it. */
  | { kind: 'joint'; entities: number[] }
  /**
   * A subject that names nobody ("Generalstaben", "A spokesman", "britisk etterretning"); `introduced` when it is one
   * person an article introduces unnamed ("A former nurse has told the inquiry"), perhaps named below.
   */
  | { kind: 'none'; introduced?: boolean };

export interface NounPhrase {
  start: number;
  end: number;
  ref: SpeakerRef;
  /** Entities named in the phrase, in order. */
  entities: number[];
}

const NONE: SpeakerRef = { kind: 'none' };
const PUNCT_IN_NAME = new Set(["'", '’', '-', '‐']);
/** English possessive endings, written as their own tokens. */
const POSSESSIVES = new Set(["'s", '’s']);

function skipParenthesis(ctx: Ctx, i: number, end: number): number {
  if (ctx.tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < Math.min(end, i + 8); k++) if (ctx.tokens[k].text === ')') return k + 1;
  return i;
}

/** Whether the phrase before token i ends in a genitive name ("Russlands", "Financial Times'") or its modifiers. */
function genitiveBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k < 4; k--) {
    const m = ctx.mentionAt[k];
    if (m >= 0) return /(s|['’])$/u.test(ctx.mentions[m].text);
    if (ctx.tokens[k].kind !== 'word' || /^\p{Lu}/u.test(ctx.tokens[k].text)) return false;
  }
  return false;
}

/** The best speaker among the entities of a phrase: a person, else an organization, else a place. */
function bestEntity(ctx: Ctx, entities: number[]): number {
  for (const type of ['person', 'organization', 'place'] as const) {
    const e = entities.find((x) => entityType(ctx, x) === type);
    if (e !== undefined) return e;
  }
  return -1;
}

/** A phrase built without object spread: one is read for nearly every cue and subject. */
function nounPhrase(start: number, end: number, entities: number[], ref: SpeakerRef): NounPhrase {
  return { start, end, entities, ref };
}


/** Whether one of the two words after token i (before `end`) is a title ("fisheries minister"). */
function titleWithinTwo(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): boolean {
  for (let d = 1; d <= 2 && i + d < end; d++) if (isWord(ctx, i + d) && lex.roleOf(lower(ctx, i + d)) !== undefined) return true;
  return false;
}

/**
 * The first part of a suspended compound that ends just before token i ("nærings" of "nærings- og fiskeriministeren"),
 * or undefined.
 */
export function suspendedPartBefore(ctx: Ctx, i: number, lex: SpeechLexicon): string | undefined {
  const dash = ctx.tokens[i - 2];
  if (!dash || dash.text !== '-' || !dash.glued || !lex.conjunctions.has(lower(ctx, i - 1)) || !isWord(ctx, i - 3) || ctx.mentionAt[i - 3] >= 0) return undefined;
  return lower(ctx, i - 3);
}

/**
 * "The Irish government said": whether an article and a capitalised word no mention covers stand before the noun at
 * `noun` (from `from` on), a demonym that names a body of its own, not the last one so called. A company's noun is no
 * such body: "the Norwegian company said" is the company last named (en).
 */
function demonymBefore(ctx: Ctx, noun: number, from: number, lex: SpeechLexicon): boolean {
  if (lex.lang === 'en' && lex.companyNouns.nouns.has(lower(ctx, noun)) && lower(ctx, noun - 2) === 'the') return false;
  return noun - 2 >= from && isCapitalised(ctx, noun - 1) && ctx.mentionAt[noun - 1] < 0 && lex.determiners.has(lower(ctx, noun - 2));
}

/** The most words of a title's field after its link ("i international økonomi ved", "i klinisk ernæring"). */
export const MAX_FIELD_WORDS = 3;

/** Whether token k is an article or a demonstrative before a noun, not a pronoun ("de", "den") nor a "that" pointing back. */
function articleAt(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  const w = lower(ctx, k);
  return lex.determiners.has(w) && !lex.pronouns.has(w) && !lex.anaphors.has(w);
}

/** English possessive pronouns, before which an -ing form is a noun ("its ruling"). */
const OWNING_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Tails of an English adjective that locates or owns with a name ("Pune-based", "Dublin-born", "state-owned"). */
const LOCATING_TAILS = new Set(['based', 'born', 'headquartered', 'registered', 'owned', 'backed', 'listed', 'bred', 'raised']);

/** An age written as an adjective: "34-årige", "34-årig", "52-year-old". */
const AGE = /^\d{1,3}-(?:årig|year-old)/u;

/** The most lower-case words between two names of which the second is the person they describe. */
const DESCRIBING_NOUNS = 2;

/** How many lower-case words that are no function words stand at i right before a person's name, or 0. */
function describingNouns(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): number {
  for (let n = 1; n <= DESCRIBING_NOUNS && i + n < end; n++) {
    const k = i + n - 1;
    if (!isLowerWord(ctx, k) || ctx.mentionAt[k] >= 0 || functionWord(lower(ctx, k), lex) || lex.roleOf(lower(ctx, k)) !== undefined) return 0;
    const e = entityAt(ctx, i + n);
    if (e >= 0 && entityType(ctx, e) === 'person' && ctx.mentions[ctx.mentionAt[i + n]]!.firstToken === i + n) return n;
  }
  return 0;
}

/**
 * Reads a noun phrase naming a speaker from token `i` on, up to `end`: "Russlands viseforsvarsminister Alexandr
 * Fomin", "talsperson for Pentagon John Kirby", "den russiske udenrigsminister, Sergej Lavrov", "han", "Natos
 * generalsekretær", "the negotiators".
 */
export function parseSpeakerNP(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): NounPhrase {
  const start = i;
  const entities: number[] = [];
  let role: { stem: string; compound?: string; suspended?: string; gender?: 'm' | 'f'; definite: boolean; after: number } | undefined;
  let determiner = false;
  let hint = -1;
  /** The name in apposition to a title: "Vestas' topchef, Henrik Andersen" is Andersen. */
  let holder = -1;
  /** The organization a description names in parentheses after it. */
  let described = -1;
  /** "Wiradjuri elder Marlene Ingram": the person a name and a noun for what they are describe. */
  let describedPerson = -1;
  /** Whether a noun for a person met unnamed comes before any name ("en sauebonde i Sogndal"). */
  let unnamedNoun = false;
  /** Names in the genitive, which own what the phrase names ("near Mokoena's ward office"). */
  const owners = new Set<number>();
  if (i + 1 === end && lex.organizationPronouns.has(lower(ctx, i))) return { start, end: i + 1, ref: { kind: 'organizationPronoun' }, entities };
  if (i < end && lex.pronouns.has(lower(ctx, i))) {
    // "de" is a pronoun and a determiner: "de ukrainske representantene" is a noun phrase.
    const determinerUse = lex.determiners.has(lower(ctx, i)) && /e$/u.test(lower(ctx, i + 1)) && ctx.mentionAt[i + 1] < 0;
    // "sier de Vibe": the particle of a person's surname.
    const particle = entityAt(ctx, i + 1) >= 0 && entityType(ctx, entityAt(ctx, i + 1)) === 'person';
    // "advarer De Danske Bilimportører": the first word of a name.
    const named = ctx.mentionAt[i] >= 0;
    if (!determinerUse && !particle && !named) return { start, end: i + 1, ref: { kind: 'pronoun', gender: lex.pronouns.get(lower(ctx, i))! }, entities };
  }
  const government = placeGovernment(ctx, i, end, lex);
  if (government) return government;
  // `"...," the 34-year-old told Al Jazeera`, `the 52-year-old farmer told`: a person by their age, perhaps with a noun
  // or two for what they do, points back to the person just spoken of.
  const aged = lex.lang === 'en' && lower(ctx, i) === 'the' && AGE_NOUN.test(ctx.tokens[i + 1]?.text ?? '') && end - i - 2 <= AGED_NOUN_WORDS;
  if (aged && ctx.tokens.slice(i + 2, end).every((_, n) => isLowerWord(ctx, i + 2 + n) && !functionWord(lower(ctx, i + 2 + n), lex))) {
    return { start, end, ref: { kind: 'role', stem: ctx.tokens[i + 1]!.text, hint: -1, noun: true }, entities };
  }
  // "..., the statement said": the statement just reported speaks for its speaker (the cue's subject before it).
  const statement = firstPhrase(ctx, i, lex.statementNouns, end);
  if (statement && (i + statement.length === end || !isWord(ctx, i + statement.length))) {
    return { start, end: i + statement.length, ref: { kind: 'coordinate' }, entities };
  }
  let count = 0;
  while (i < end && count < 14) {
    count++;
    const t = ctx.tokens[i];
    const e = entityAt(ctx, i);
    if (e >= 0) {
      const m = ctx.mentions[ctx.mentionAt[i]];
      // "said Pune-based prison reform activist Smita Lokhande": a name in an adjective of place is no speaker.
      if (ctx.tokens[m.endToken]?.compound === 'hyphen' && LOCATING_TAILS.has(lower(ctx, m.endToken + 1))) {
        i = m.endToken + 2;
        continue;
      }
      entities.push(e);
      if (m.text !== m.base) owners.add(e);
      hint = e;
      i = Math.max(i + 1, m.endToken);
      continue;
    }
    if (ctx.mentionAt[i] >= 0) {
      i++;
      continue;
    }
    const surname = surnameAt(ctx, i);
    if (surname >= 0) {
      entities.push(surname);
      hint = surname;
      i++;
      continue;
    }
    const w = t.text.toLowerCase();
    const afterParen = skipParenthesis(ctx, i, end);
    if (afterParen > i) {
      // "Islands meteorologiske institutt (Veðurstofa Íslands)": the name in parentheses after a description names it.
      const inside = enclosedName(ctx, i);
      if (inside && entityType(ctx, inside.entity) === 'organization' && isLowerWord(ctx, i - 1)) described = inside.entity;
      i = afterParen;
      continue;
    }
    // "formand for teknik- og miljøudvalget X": a suspended compound's hyphen and conjunction inside a title's field.
    if (role && t.text === '-' && t.glued && lex.conjunctions.has(lower(ctx, i + 1)) && isWord(ctx, i + 2)) {
      i += 2;
      continue;
    }
    // A possessive inside the phrase: "the company's chief executive"; a name's compound: "i Lego-ejeren Kirkbi".
    if (t.compound === 'hyphen' || (t.compound === 'tail' && ctx.tokens[i - 1]?.compound === 'hyphen' && entityAt(ctx, i + 1) >= 0) || (t.glued && (PUNCT_IN_NAME.has(t.text) || POSSESSIVES.has(t.text)))) {
      i++;
      continue;
    }
    // "sier Høyre-politikeren", "sier Frøya-fiskeren": a noun for a person that a body's or a place's name heads is the
    // person just spoken of, not the body or the place.
    const member = entities.length === 1 && !role && entityType(ctx, entities[0]!) !== 'person';
    if (member && memberNounAt(ctx, i, lex)) return { start, end: i + 1, ref: { kind: 'role', stem: lower(ctx, i), hint: entities[0]!, noun: true }, entities: [] };
    if (t.text === ',' && holder >= 0 && i + 1 === end && lex.lang === 'en') {
      // The comma that closes an apposition just before an English cue: "the chief executive, Jane Smith,
      // said". (A Danish "gav udenrigsministeren, Sergej Lavrov, udtryk for" keeps it out: its particle follows.)
      i++;
      break;
    }
    if (t.text === ',') {
      // An apposition: "den russiske udenrigsminister, Sergej Lavrov, ..."
      // Also after the title's organization or country ("talskvinden for Ruslands udenrigsministerium, Marija Zakharova").
      const titleOnly = role !== undefined && entities.slice(role.after).every((x) => entityType(ctx, x) !== 'person');
      // "fisker, 61-årige Jens Pedersen": an age may open the apposition, as may a second title ("kontingentsjef,
      // oberstløytnant Kjetil Aasen-Rød").
      let name = AGE.test(ctx.tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
      // "the trust's chief executive, Dr Helen Ashworth": a form of address before the name.
      if (isWord(ctx, name) && ctx.mentionAt[name] < 0 && lex.honorific(ctx.tokens[name]!.text) && entityAt(ctx, name + 1) >= 0) name++;
      if (role && entityAt(ctx, name) < 0 && isWord(ctx, name) && lex.roleOf(lower(ctx, name)) !== undefined && entityAt(ctx, name + 1) >= 0 && entityType(ctx, entityAt(ctx, name + 1)) === 'person') name++;
      const appositive = role && titleOnly && entityAt(ctx, name) >= 0 && entityType(ctx, entityAt(ctx, name)) === 'person';
      if (role && (entities.length === 0 || appositive) && entityAt(ctx, name) >= 0) {
        if (appositive) holder = entityAt(ctx, name);
        i = name;
        continue;
      }
      break;
    }
    // "siger 34-årige Amna Adam", "said 52-year-old Ann Lee": an age before the name.
    if (t.kind === 'number' && entities.length === 0 && AGE.test(t.text)) {
      i++;
      continue;
    }
    // "sier nærings- og fiskeriministeren": a suspended compound's first part before the title, perhaps with an
    // adjective of the second part between ("forsknings- og høyere utdanningsminister").
    const title = (k: number): boolean => lex.roleOf(lower(ctx, k))?.compound !== undefined;
    // "klima-, energi- og forsyningsminister": one of several suspended parts before the last.
    if (t.kind === 'word' && entities.length === 0 && !role && ctx.tokens[i + 1]?.text === '-' && ctx.tokens[i + 1]!.glued && ctx.tokens[i + 2]?.text === ',' && isWord(ctx, i + 3) && ctx.tokens[i + 4]?.text === '-') {
      i += 3;
      continue;
    }
    // So before a body's genitive that owns the title ("teknik- og miljøudvalgets formand").
    const ownedTitle = (k: number): boolean => /s$/u.test(lower(ctx, k)) && lex.roleOf(lower(ctx, k + 1)) !== undefined;
    if (t.kind === 'word' && entities.length === 0 && !role && suspendedPartBefore(ctx, i + 3, lex) === w && (title(i + 3) || ownedTitle(i + 3) || (/^\p{Ll}+$/u.test(ctx.tokens[i + 3]?.text ?? '') && title(i + 4)))) {
      i += 3;
      continue;
    }
    if (t.kind !== 'word') break;
    // "mener digitale rettighedsorganisationer som European Digital Rights (EDRi), at": the group's named example
    // speaks.
    const example = w === 'such' && lower(ctx, i + 1) === 'as' ? 2 : EXAMPLE_LINKS.has(w) ? 1 : 0;
    if (example > 0 && entities.length === 0 && !role && i > start && /^\p{Ll}/u.test(ctx.tokens[i - 1]?.text ?? '') && isWord(ctx, i - 1) && entityAt(ctx, i + example) >= 0) {
      i += example;
      continue;
    }
    if (firstPhrase(ctx, i, lex.complementizers, end) !== undefined) break;
    if (firstPhrase(ctx, i, lex.according, end)) break;
    if ((w === 'for' || w === 'of') && role && entities.length === role.after) {
      i++;
      // "Minister for Infrastructure and Housing Andreas Carlson": the field's capitalised words, named by no entity.
      // Not the comma before the holder in apposition ("the Secretary for Tourism, Esther Kamau,"). "rådmand for Teknik og
      // Miljø Lise Kjærgaard": the language's own "and".
      const fieldLink = (k: number): boolean => (lex.conjunctions.has(lower(ctx, k)) || ctx.tokens[k]!.text === ',') && isCapitalised(ctx, k + 1) && ctx.mentionAt[k + 1] < 0;
      while (i < end && ctx.mentionAt[i] < 0 && (isCapitalised(ctx, i) || fieldLink(i))) i++;
      // "TCN's general manager for public affairs, Ibrahim Danjuma Yakubu,", "DSB's projektdirektør for det automatiske
      // S-tog, Mette Lykke Birkholm,": a field of a few words, an article and a thing's name among them, before the
      // holder in apposition.
      // "direktør for DLG's planteforretning, Karsten Overgaard": the field may open with its owner's genitive.
      const owner = entityAt(ctx, i) >= 0 && entityType(ctx, entityAt(ctx, i)) !== 'person' ? ctx.mentions[ctx.mentionAt[i]]! : undefined;
      const possessive = owner !== undefined && POSSESSIVES.has(ctx.tokens[owner.endToken]?.text ?? '');
      const ownerEnd = owner && (possessive || GENITIVE_NAME.test(owner.text)) ? owner.endToken + (possessive ? 1 : 0) : i;
      let field = ownerEnd;
      const fieldWord = (k: number): boolean => isWord(ctx, k) && ctx.mentionAt[k] < 0 && !lex.cues.has(lower(ctx, k)) &&
        (lex.determiners.has(lower(ctx, k)) || !/^\p{Ll}/u.test(ctx.tokens[k]!.text) || !functionWord(lower(ctx, k), lex));
      // "minister for erhverv og råstoffer, Naja Lyberth": two fields joined by a conjunction.
      const joined = (k: number): boolean => k > ownerEnd && lex.conjunctions.has(lower(ctx, k)) && fieldWord(k + 1);
      while (field < end && field - i <= MAX_FIELD_WORDS && (fieldWord(field) || joined(field))) field++;
      const holderAfter = entityAt(ctx, field + 1) >= 0 && entityType(ctx, entityAt(ctx, field + 1)) === 'person';
      // "formand for KL's arbejdsmarkedsudvalg Jesper Brandt Kofoed": or right before the holder, without a comma.
      const holderNext = entityAt(ctx, field) >= 0 && entityType(ctx, entityAt(ctx, field)) === 'person';
      if (field > ownerEnd && ((ctx.tokens[field]?.text === ',' && holderAfter) || holderNext)) i = field;
      continue;
    }
    // "kontorchef i Kystverket Mona Dahl", "landedirektør for Dansk Flygtningehjælp i Tchad Mette Haugaard": a title's
    // organization and place, then perhaps the name.
    const unnamed = entities.every((x) => entityType(ctx, x) !== 'person');
    if (role && unnamed && lex.roleLinks.has(w) && entityAt(ctx, i + 1) >= 0 && entityType(ctx, entityAt(ctx, i + 1)) !== 'person') {
      i++;
      continue;
    }
    // "gruppeleder i fylkestinget, Marte Hovland Skjæveland": the body a title sits in, then the holder in apposition.
    const person = (k: number): boolean => entityAt(ctx, k) >= 0 && entityType(ctx, entityAt(ctx, k)) === 'person';
    if (role && unnamed && lex.roleLinks.has(w) && isLowerWord(ctx, i + 1) && ctx.tokens[i + 2]?.text === ',' && person(i + 3)) {
      i += 2;
      continue;
    }
    // "vicedirektør i styrelsen Anne Mette Lindholt": the body by its noun, then the holder.
    if (role && unnamed && entities.length === 0 && lex.roleLinks.has(w) && isWord(ctx, i + 1) && lex.isOrgNoun(lower(ctx, i + 1)) && person(i + 2)) {
      i += 2;
      continue;
    }
    // "vagthavende i JRCC, orlogskaptajn Søren Vestergaard Holm": a named body, then a second title and its holder.
    const body = role && unnamed && entities.length === 0 && lex.roleLinks.has(w) && entityAt(ctx, i + 1) >= 0 ? ctx.mentions[ctx.mentionAt[i + 1]]!.endToken : -1;
    if (body > 0 && ctx.tokens[body]?.text === ',' && lex.roleOf(lower(ctx, body + 1)) && person(body + 2)) {
      i = body + 1;
      continue;
    }
    // "lektor i statskundskab ved Aarhus Universitet Rune Stubager": a title's field between two of its links, of up to
    // three words ("lektor i international økonomi ved Aarhus Universitet").
    if (role && unnamed && entities.length === 0 && lex.roleLinks.has(w)) {
      let k = i + 1;
      while (k - i <= MAX_FIELD_WORDS && isLowerWord(ctx, k) && !lex.roleLinks.has(lower(ctx, k)) && !lex.cues.has(lower(ctx, k))) k++;
      // A field of more than one word only before the person's name after the workplace ("... ved Aarhus Universitet
      // Anders Møller Kjeldsen"), not before a place alone ("vagthavende ved det lokale beredskab i Kolding").
      const place = entityAt(ctx, k + 1) >= 0 ? ctx.mentions[ctx.mentionAt[k + 1]]!.endToken : -1;
      const holder = place >= 0 && (person(place) || (ctx.tokens[place]?.text === ',' && person(place + 1)));
      if (k > i + 1 && lex.roleLinks.has(lower(ctx, k)) && place >= 0 && (k === i + 2 || holder)) {
        i = k;
        continue;
      }
    }
    // "sagde von der Leyen": the particles of a surname its mention leaves out.
    if (entities.length === 0 && lex.nameParticles.has(t.text) && [i + 1, i + 2].some((x) => entityAt(ctx, x) >= 0 && entityType(ctx, entityAt(ctx, x)) === 'person' && ctx.tokens.slice(i, x).every((p) => lex.nameParticles.has(p.text)))) {
      i++;
      continue;
    }
    // "the country's search and rescue agency": "and" inside an English noun compound, before any name.
    const next = lower(ctx, i + 1);
    const compoundAnd = lex.lang === 'en' && w === 'and' && determiner && entities.length === 0 && isLowerWord(ctx, i + 1) &&
      !lex.determiners.has(next) && !lex.pronouns.has(next) && !lex.roleOf(next);
    // "gründer og daglig leder X": two titles of one person; "kommunalsjef for helse og omsorg i Bodø, X": the field of
    // a title.
    // "Skyroot co-founder and CEO X": so after the body whose titles they are.
    const titlesAnd = role !== undefined && lex.conjunctions.has(w) && (entities.length === 0
      ? lex.roleOf(next) !== undefined || (isLowerWord(ctx, i + 1) && (lex.roleOf(lower(ctx, i + 2)) !== undefined || lex.roleLinks.has(lower(ctx, i - 2))))
      : role.after === entities.length && entities.every((x) => entityType(ctx, x) !== 'person') && lex.roleOf(next) !== undefined);
    // "siger fåreavler og næstformand i L&F Søren Kirk": a word for what one does that the lists do not know, before
    // "and" and a title.
    const occupationAnd = role === undefined && i === start + 1 && entities.length === 0 && isLowerWord(ctx, start) && !functionWord(lower(ctx, start), lex) &&
      lex.conjunctions.has(w) && lex.roleOf(next) !== undefined;
    // "sa en tydelig rørt Tsjernova": an adverb that qualifies the adjective after the article.
    const qualifier = lex.adverbs.has(w) && entities.length === 0 && i > start && lex.determiners.has(lower(ctx, i - 1)) && isLowerWord(ctx, i + 1);
    if (compoundAnd || titlesAnd || occupationAnd || qualifier) {
      i++;
      continue;
    }
    if (lex.boundaries.has(w) || lex.conjunctions.has(w) || lex.contrast.has(w) || lex.cues.has(w) || lex.adverbs.has(w) || lex.aux.has(w)) break;
    // "its chief executive said": an organization's title, definite.
    if (lex.determiners.has(w) || (lex.organizationPronouns.has(w.replace(/s$/u, '')) && w.endsWith('s') && entities.length === 0)) {
      if (entities.length > 0) break;
      determiner = !lex.indefinites.has(w);
      i++;
      continue;
    }
    if (lex.pronouns.has(w) && !lex.determiners.has(w)) break;
    const r = lex.roleOf(w);
    if (entities.length === 0 && !role && lex.isUnnamedPersonNoun(w)) unnamedNoun = true;
    // After a name only a title goes on ("Natos generalsekretær"), also after a word or two that qualify it ("the UK
    // fisheries minister"), or a genitive's noun ("Russlands nye ...").
    // "the Unite union said", "the Liberal party said": a name's own noun for its kind ends the phrase with it.
    // So does a noun of two words ("the PA news agency reported").
    const kindNoun = lex.lang === 'en' && entities.length > 0 && !r && entityType(ctx, entities[entities.length - 1]!) === 'organization' && entityAt(ctx, i - 1) >= 0;
    if (kindNoun && lex.isOrgNoun(w)) {
      i++;
      break;
    }
    if (kindNoun && /^\p{Ll}+$/u.test(w) && i + 2 === end && lex.isOrgNoun(lower(ctx, i + 1))) {
      i += 2;
      break;
    }
    // "..., the Nordland police district said": a place's body named by lower-case nouns up to the verb.
    const bodyNouns = lex.lang === 'en' && entities.length === 1 && entityAt(ctx, i - 1) >= 0 && entityType(ctx, entities[0]!) === 'place' && end - i <= 2 &&
      ctx.mentions[ctx.mentionAt[i - 1]]!.firstToken <= start + 1 &&
      ctx.tokens.slice(i, end).every((x) => x.kind === 'word' && /^\p{Ll}+$/u.test(x.text)) && ctx.lowered.slice(i, end).some((x) => lex.isOrgNoun(x));
    if (bodyNouns) {
      // "La Libertad's regional government said": a place speaks as its government.
      const noun = ctx.lowered.slice(i, end).find((x) => lex.isOrgNoun(x))!;
      return nounPhrase(start, end, entities, lex.governments.has(noun) ? { kind: 'entity', entity: entities[0]! } : { kind: 'orgNoun', noun });
    }
    // "said Wiradjuri elder Marlene Ingram": after a name, a noun or two for what the person named next is.
    const nouns = entities.length > 0 && !r ? describingNouns(ctx, i, end, lex) : 0;
    if (nouns > 0) {
      describedPerson = entityAt(ctx, i + nouns);
      i += nouns;
      continue;
    }
    if (entities.length > 0 && !r && !/^\p{Lu}/u.test(t.text) && !genitiveBefore(ctx, i) && !titleWithinTwo(ctx, i, end, lex)) break;
    if (r) {
      // "said Ofgem chief executive Jonathan Brearley": the rest of a title of several words, which is the title's stem
      // ("chief executive", not "chief" of "Chief analyst").
      const n = Math.max(1, lex.titleWords(ctx.lowered, i));
      const part = n === 1 && r.compound ? suspendedPartBefore(ctx, i, lex) : undefined;
      role = { stem: n > 1 ? ctx.lowered.slice(i, i + n).join(' ') : r.stem, compound: r.compound, suspended: part && part + r.stem, gender: r.gender, definite: r.definite, after: entities.length };
      i += n;
      continue;
    }
    i++;
  }
  if (holder >= 0) return nounPhrase(start, i, entities, { kind: 'entity', entity: holder });
  // "sier en sauebonde i Sogndal", "siger en grøntsagsavler nær Nakskov", "a fruit vendor near Mokoena's ward office":
  // one met unnamed, where they are; not the place, nor the owner of it.
  if (unnamedNoun && lex.indefinites.has(lower(ctx, start)) && entities.every((x) => entityType(ctx, x) === 'place' || owners.has(x))) return nounPhrase(start, i, entities, NONE);
  // "Dutertes advokat Nicholas Kaufman": the person the title names, not the one in the genitive before it.
  const isPerson = (x: number) => entityType(ctx, x) === 'person';
  const person = (role ? entities.slice(role.after).find(isPerson) : undefined) ?? (describedPerson >= 0 ? describedPerson : entities.find(isPerson));
  if (described >= 0 && person === undefined) return nounPhrase(start, i, entities, { kind: 'entity', entity: described });
  if (person !== undefined) return nounPhrase(start, i, entities, { kind: 'entity', entity: person });
  if (role && role.after === entities.length) {
    // "a Microsoft spokesperson said", "an Irdai official said": one who speaks for the organization named just before
    // the word, as it.
    const body = entityAt(ctx, i - 2);
    const member = lex.spokespeople.has(lower(ctx, i - 1)) || lex.bodyMembers.has(lower(ctx, i - 1));
    if (lex.indefinites.has(lower(ctx, start)) && member && body >= 0 && entityType(ctx, body) === 'organization') {
      return nounPhrase(start, i, entities, { kind: 'entity', entity: body });
    }
    // "the BVA's spokesperson said", "Equinors talsperson": so does one of the organization in the genitive before it.
    // The possessive may be a token of its own, outside the name.
    const owner = !lex.spokespeople.has(lower(ctx, i - 1))
      ? undefined
      : (ownerBefore(ctx, i - 1, 'organization') ?? (POSSESSIVES.has(ctx.tokens[i - 2]?.text ?? '') ? ownerBefore(ctx, i - 2, 'organization', true) : undefined));
    if (owner) return nounPhrase(start, i, entities, owner.ref);
    const noun = spokespersonsBody(ctx, start, end, lex);
    if (noun) return nounPhrase(start, end, entities, { kind: 'orgNoun', noun });
    const definite = role.definite || determiner || entities.length > 0;
    if (definite && !lex.indefinites.has(lower(ctx, start))) {
      return nounPhrase(start, i, entities, { kind: 'role', stem: role.stem, compound: role.compound, suspended: role.suspended, gender: role.gender, hint });
    }
    // `"...", a spokesperson said`: an unnamed spokesperson speaks for the organization in question.
    if (i === start + 2 && lex.indefinites.has(lower(ctx, start)) && lex.spokespeople.has(lower(ctx, i - 1))) return nounPhrase(start, i, entities, { kind: 'orgNoun', noun: lower(ctx, i - 1) });
    return nounPhrase(start, i, entities, NONE);
  }
  // "..., Britain's largest water company said": a place's company described by its noun is the one the article names,
  // not the place (which speaks as its government: "Congo's government said"; nor is an office a company's noun).
  const ownNoun = lower(ctx, i - 1);
  const placeOwned = entities.length === 1 && entityType(ctx, entities[0]!) === 'place' && genitiveBefore(ctx, i - 1) && /^\p{Ll}+$/u.test(ctx.tokens[i - 1]?.text ?? '');
  if (placeOwned && lex.companyNouns.nouns.has(ownNoun) && !demonymBefore(ctx, i - 1, start, lex)) return nounPhrase(start, i, entities, { kind: 'orgNoun', noun: ownNoun });
  const best = bestEntity(ctx, entities);
  if (best >= 0) return nounPhrase(start, i, entities, { kind: 'entity', entity: best });
  if (i > start && lex.isOrgNoun(lower(ctx, i - 1)) && (determiner || lex.lang !== 'en') && !demonymBefore(ctx, i - 1, start, lex)) return nounPhrase(start, i, entities, { kind: 'orgNoun', noun: lower(ctx, i - 1) });
  // "..., a teaching union has warned. Figures obtained by the National Education Union ...": an indefinite one.
  const indefinite = lex.lang === 'en' && lex.indefinites.has(lower(ctx, start)) && i - start <= 3 && ctx.tokens.slice(start + 1, i).every((_, n) => isLowerWord(ctx, start + 1 + n));
  if (i > start + 1 && indefinite && lex.isOrgNoun(lower(ctx, i - 1)) && !demonymBefore(ctx, i - 1, start, lex)) return nounPhrase(start, i, entities, { kind: 'orgNoun', noun: lower(ctx, i - 1), ahead: true });
  // "sagde svenskeren": one definite noun for a person stands for the person just spoken of.
  if (i === start + 1 && lex.isPersonNoun(lower(ctx, start))) return nounPhrase(start, i, entities, { kind: 'role', stem: lower(ctx, start), hint: -1, noun: true });
  return nounPhrase(start, i, entities, NONE);
}

/**
 * The noun for the body an unnamed spokesperson speaks for, when [start, end) is all of "a company spokesman" or "a
 * spokesman for the company".
 */
function spokespersonsBody(ctx: Ctx, start: number, end: number, lex: SpeechLexicon): string | undefined {
  if (!lex.indefinites.has(lower(ctx, start))) return undefined;
  const w = ctx.lowered;
  if (end === start + 3 && lex.spokespeople.has(w[start + 2]!) && lex.isOrgNoun(w[start + 1]!)) return w[start + 1];
  const linked = end === start + 5 && lex.spokespeople.has(w[start + 1]!) && lex.roleLinks.has(w[start + 2]!) && lex.determiners.has(w[start + 3]!) && !lex.indefinites.has(w[start + 3]!);
  return linked && lex.isOrgNoun(w[start + 4]!) ? w[start + 4] : undefined;
}

/** A cue found in a sentence. */
export interface CueMatch {
  cue: Cue;
  verb: number;
  /** Where the particle words start and end (both verb + 1 for one-word cues). */
  particleStart: number;
  particleEnd: number;
}

/** Matches a cue at token i; particle words may follow an inverted subject ("la han til", "gav X udtryk for"). */
/**
 * Where the speaker phrase after a cue lies: after the particle ("lyder det fra X"), between the verb and a particle
 * ("la X til"), or from the verb on.
 */
export function speakerSpan(m: CueMatch, end: number): { from: number; limit: number } {
  if (m.cue.speakerAfterParticle) return { from: m.particleEnd, limit: end };
  return { from: m.verb + 1, limit: m.particleStart > m.verb + 1 ? m.particleStart : end };
}

/** How many modifiers may stand between a preposition and a noun ("in | weather-related home | claims"). */
const MAX_NOUN_MODIFIERS = 3;

/**
 * Whether the clause a verb at `i` reports follows it: "that", a pronoun, an article or a name ("District leaders in
 * the east of the county fear they will ...", "organisers warning that").
 */
function clauseFollows(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): boolean {
  return firstPhrase(ctx, i + 1, lex.complementizers, end) !== undefined || lex.pronouns.has(lower(ctx, i + 1)) || lex.determiners.has(lower(ctx, i + 1)) || ctx.mentionAt[i + 1] >= 0;
}

/**
 * Whether the word at `i` ends a phrase of a preposition and lower-case modifiers before it; not one of an article
 * ("the party notes that" is a verb).
 */
function nounPhraseEnd(ctx: Ctx, i: number, lex: SpeechLexicon): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_NOUN_MODIFIERS + 1; k--) {
    const w = lower(ctx, k);
    if (!isWord(ctx, k) || !/^\p{Ll}/u.test(ctx.tokens[k]!.text)) return false;
    if (k < i - 1 && lex.prepositions.has(w) && !lex.subordinators.has(w)) return true;
    if (lex.aux.has(w) || lex.pronouns.has(w) || lex.cues.has(w) || lex.conjunctions.has(w) || lex.adverbs.has(w)) return false;
  }
  return false;
}

/** How far after a cue that is also a noun a clause may open that makes it a verb ("notes on its website that"). */
const NOUN_CUE_CLAUSE_REACH = 8;

/**
 * Whether a cue that is also a noun stands after a lower-case word that is no subject, before a preposition or the
 * sentence's end, with no clause after it: "handwritten notes on assembling IEDs", "cash, gold and notes.".
 */
function modifiedNoun(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): boolean {
  const prev = lower(ctx, i - 1);
  if (!isWord(ctx, i - 1) || !/^\p{Ll}/u.test(ctx.tokens[i - 1]!.text) || ctx.mentionAt[i - 1] >= 0) return false;
  if (lex.pronouns.has(prev) || lex.aux.has(prev) || lex.adverbs.has(prev) || lex.cues.has(prev) || lex.relatives.has(prev) || lex.subordinators.has(prev)) return false;
  const next = lower(ctx, i + 1);
  const linked = i + 1 >= end || ctx.tokens[i + 1]!.text === '.' || (lex.prepositions.has(next) && !lex.subordinators.has(next) && next !== 'to');
  if (!linked) return false;
  for (let k = i + 1; k < Math.min(end, i + NOUN_CUE_CLAUSE_REACH); k++) if (firstPhrase(ctx, k, lex.complementizers, end) !== undefined) return false;
  return true;
}

/** English words that deny the verb after them ("did not say", and "didn't"), and verbs of refusing one ("declined to say"). */
const NEGATIONS = new Set(['not', 'never']);
const REFUSALS = new Set(['declined', 'declines', 'refused', 'refuses']);

/** Whether the English -ed form at i follows a preposition, an article and a noun for no one who speaks ("in a video | posted"). */
function participleOfNoun(ctx: Ctx, i: number, lex: SpeechLexicon): boolean {
  if (lex.lang !== 'en' || !lower(ctx, i).endsWith('ed')) return false;
  const noun = lower(ctx, i - 1);
  // "the benchmark recommended by Unesco": a noun's participle before its agent ("as reported by" relays).
  if (lower(ctx, i + 1) === 'by' && isLowerWord(ctx, i - 1) && ctx.mentionAt[i - 1] < 0 && !functionWord(noun, lex) && !lex.adverbs.has(noun)) return true;
  const preposition = lower(ctx, i - 3);
  if (!isLowerWord(ctx, i - 1) || ctx.mentionAt[i - 1] >= 0 || !articleAt(ctx, i - 2, lex)) return false;
  if (!lex.prepositions.has(preposition) || lex.subordinators.has(preposition)) return false;
  return !lex.isOrgNoun(noun) && !lex.isPersonNoun(noun) && !lex.isGroupNoun(noun) && lex.roleOf(noun) === undefined;
}

/**
 * "told a Senate estimates hearing that": after the article of the one a cue addresses, a name and a word that may be
 * a cue or a noun are that one's noun phrase (en).
 */
function addresseeNoun(ctx: Ctx, i: number, lex: SpeechLexicon): boolean {
  if (lex.lang !== 'en' || ctx.mentionAt[i - 1] < 0) return false;
  const det = ctx.mentions[ctx.mentionAt[i - 1]]!.firstToken - 1;
  return lex.determiners.has(lower(ctx, det)) && (lex.cues.get(lower(ctx, det - 1))?.some((c) => c.addressed) ?? false);
}

export function cueAt(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): CueMatch | undefined {
  // Asked at nearly every token: the token's marks rule out most words before any look-up.
  if (!(ctx.wordMarks(lex)[i]! & CUE_WORD)) return undefined;
  const word = lower(ctx, i);
  const list = lex.cues.get(word);
  // A word of a name is no verb ("United States", "Fears Ltd"), nor a compound's tail ("Somalia-kjenner").
  if (!list || ctx.tokens[i].kind !== 'word' || ctx.tokens[i].compound !== undefined || ctx.mentionAt[i] >= 0) return undefined;
  // "the claims", "by reports of": after a determiner or a preposition the word is a noun.
  const prev = lower(ctx, i - 1);
  const prepositionBefore = lex.prepositions.has(prev) && !lex.subordinators.has(prev);
  const determinerBefore = articleAt(ctx, i - 1, lex);
  if (ctx.tokens[i - 1]?.kind === 'word' && (determinerBefore || prepositionBefore)) return undefined;
  // "the government's estimate", "the minister's warning": nor is a cue that is also a noun right after a possessive
  // ("The company's said" and "Moody's warned" are verbs).
  const ingForm = word.endsWith('ing');
  const nounAfterPossessive = ingForm || lex.nounCues.has(word);
  if (ctx.tokens[i - 1]?.glued && POSSESSIVES.has(ctx.tokens[i - 1]!.text) && ctx.mentionAt[i - 1] < 0 && nounAfterPossessive) return undefined;
  // "In its ruling that the law was void": nor an English -ing form after a possessive pronoun, nor one that reports
  // only after a comma anywhere else ("India's ruling party", "the 2020 Court of Appeal ruling that").
  if (lex.lang === 'en' && ingForm && (OWNING_PRONOUNS.has(prev) || (lex.commaParticiples.has(word) && ctx.tokens[i - 1]?.text !== ','))) return undefined;
  // "612 admitted patients were without a bed", "1,200 confirmed cases": an English participle right after a number
  // and before a plural noun is an adjective.
  if (lex.lang === 'en' && word.endsWith('ed') && ctx.tokens[i - 1]?.kind === 'number' && /^\p{Ll}+s$/u.test(ctx.tokens[i + 1]?.text ?? '')) return undefined;
  // "paid out £585m in weather-related home claims": a cue that is also a noun at the end of a prepositional phrase.
  const nounCue = lex.nounCues.has(word) || (word.endsWith('s') && lex.nounCues.has(word.slice(0, -1)));
  if (lex.lang === 'en' && nounCue && !clauseFollows(ctx, i, end, lex) && nounPhraseEnd(ctx, i, lex)) return undefined;
  if (lex.lang === 'en' && nounCue && modifiedNoun(ctx, i, end, lex)) return undefined;
  // "..., raising fears that", "amid fears that": the object of a participle that is no cue, or of "amid", is a noun.
  const objectOf = (): boolean => prev === 'amid' || (/^\p{Ll}+ing$/u.test(ctx.tokens[i - 1]?.text ?? '') && !lex.cues.has(prev));
  if (lex.lang === 'en' && nounCue && word.endsWith('s') && objectOf()) return undefined;
  // "which issued a red warning", "up from an initial estimate": so is an English -ing word after a determiner and an
  // adjective, and a cue that is also a noun after an indefinite article and an adjective ("the county fear they" is
  // a verb), unless a clause follows it ("issued a stark warning that ...").
  const beforeAdjective = lower(ctx, i - 2);
  const nounForm = ingForm || (lex.nounCues.has(word) && lex.indefinites.has(beforeAdjective));
  // "according to a Bloomberg estimate based on company data": a name between an article and the noun modifies it.
  if (lex.lang === 'en' && lex.nounCues.has(word) && ctx.mentionAt[i - 1] >= 0) {
    const named = ctx.mentions[ctx.mentionAt[i - 1]]!.firstToken;
    if (named > 0 && lex.indefinites.has(lower(ctx, named - 1)) && firstPhrase(ctx, i + 1, lex.complementizers, end) === undefined) return undefined;
  }
  if (lex.lang === 'en' && nounForm && /^\p{Ll}+$/u.test(ctx.tokens[i - 1]?.text ?? '') && !lex.adverbs.has(prev) &&
    lex.determiners.has(beforeAdjective) && !lex.pronouns.has(beforeAdjective) && !lex.anaphors.has(beforeAdjective) && firstPhrase(ctx, i + 1, lex.complementizers, end) === undefined) return undefined;
  // "sier seg enig", "Det sier kanskje noe om debattklimaet": a word, or two, after which the verb reports nothing.
  const next = lower(ctx, i + 1);
  if (lex.notSpeechAfter.has(next) || (lex.notSpeechPairStarts.has(next) && lex.notSpeechAfter.has(`${next} ${lower(ctx, i + 2)}`))) return undefined;
  if (decisionAfter(ctx, i + 1, end, lex) || proposedAct(ctx, i, end, lex)) return undefined;
  // "INEC did not say whether it would appeal", "declined to say if": a cue denied before an open question reports nothing.
  // The rare open question is tested first: this runs at nearly every cue word.
  const openQuestion = lex.lang === 'en' && (next === 'whether' || next === 'if');
  if (openQuestion && (NEGATIONS.has(prev) || /n['’]t$/u.test(prev) || (prev === 'to' && REFUSALS.has(lower(ctx, i - 2))))) return undefined;
  // "RTÉ understands that": only right after an organization's name ("a farmer who understands that" thinks).
  if (lex.organizationCues.has(word)) {
    const subject = entityAt(ctx, i - 1);
    if (subject < 0 || entityType(ctx, subject) !== 'organization') return undefined;
  }
  // "said in a video posted on social media that": a participle after a prepositional phrase's noun modifies the noun
  // ("after the government said" is a clause; so is "in the end the ministry said").
  if (participleOfNoun(ctx, i, lex)) return undefined;
  // "budgets that added to the deficit": "added to" is "increased".
  if (lex.lang === 'en' && word === 'added' && next === 'to') return undefined;
  // "who is accused of", "he was told that": a passive's subject reports nothing ("he was quoted as saying" does).
  // "It is understood that ...", "It is believed that ...": an impersonal passive reports what no one named says.
  const impersonal = lex.lang === 'en' && PASSIVE_AUXILIARIES.has(prev) && lower(ctx, i - 2) === 'it' && next === 'that';
  if (lex.impersonalPassives.has(word) && !impersonal) return undefined;
  if (lex.lang === 'en' && PASSIVE_AUXILIARIES.has(prev) && (word.endsWith('ed') || word.endsWith('told')) && next !== 'as' && next !== 'by' && !impersonal) return undefined;
  for (const cue of list) {
    const particle = cue.particle;
    if (particle.length > 0 && lex.notSpeechAfter.has(lower(ctx, i + 1 + particle.length))) continue;
    // "It is telling that ...": a cue that needs someone told, with a clause and no one, is an adjective.
    if (cue.addressed && particle.length === 0 && ingForm && firstPhrase(ctx, i + 1, lex.complementizers, end) !== undefined) continue;
    if (particle.length === 0) return { cue, verb: i, particleStart: i + 1, particleEnd: i + 1 };
    // Norwegian and Danish put the subject between a verb and its particle ("la han til"); English only the one quoted
    // ("quoted Peskov as saying"), never another word ("told the BBC that reporters ..." is no "told reporters").
    const reach = lex.lang === 'en' && !cue.objectSpeaker ? i + 2 : i + 12;
    // A noun right after a pronoun is the verb's object, not the subject's ("la hun vekt på forsvar og forholdet til EU");
    // an adverb, a time or a phrase may stand there ("la hun også til", "slo hun tirsdag fast", "viste hun i går til").
    const after = lower(ctx, i + 2);
    const objectAfter = lex.pronouns.has(next) && /^\p{Ll}/u.test(ctx.tokens[i + 2]?.text ?? '') && !lex.adverbs.has(after) && !lex.prepositions.has(after) &&
      !lex.timeWords.some((t) => t[0] === after) && !matchPhrase(ctx, i + 2, particle, end);
    for (let p = i + 1; p < Math.min(end, reach); p++) {
      if (objectAfter && p > i + 2) break;
      if (matchPhrase(ctx, p, particle, end)) return { cue, verb: i, particleStart: p, particleEnd: p + particle.length };
      const t = ctx.tokens[p];
      if (t.kind === 'quote' || t.text === '.' || t.text === ':' || t.text === ';') break;
    }
  }
  return undefined;
}

export interface Subject {
  ref: SpeakerRef;
  start: number;
  end: number;
}

/**
 * The subject before a cue, looking back over adverbs and auxiliaries ("Russland har på sin side sagt"), a
 * parenthesis ("Enoksen (Sp) sa") and an apposition comma ("Palle Ydstebø, mener"). Undefined when the word before is
 * no subject (an adverbial opening a V2 clause: "Likevel mener han").
 */
export function subjectBefore(ctx: Ctx, verb: number, first: number, lex: SpeechLexicon, participle: boolean): Subject | undefined {
  const plain = subjectAt(ctx, verb - 1, first, lex);
  if (!participle || (plain && plain.ref.kind !== 'none')) return plain;
  // A participle ("har i forbindelse med mødet udtalt"): the subject stands before the auxiliary.
  for (let k = verb - 1; k >= first && k >= verb - 10; k--) {
    if (lex.aux.has(lower(ctx, k)) && ctx.mentionAt[k] < 0) return subjectAt(ctx, k - 1, first, lex) ?? plain;
    if (ctx.tokens[k].kind !== 'word' && ctx.tokens[k].text !== ',') break;
  }
  return plain;
}

/** Whether token i is a noun for a person, no title, after a hyphen that ends a compound's head ("Høyre-politikeren"). */
function memberNounAt(ctx: Ctx, i: number, lex: SpeechLexicon): boolean {
  const w = lower(ctx, i);
  return ctx.tokens[i]?.compound === 'tail' && ctx.tokens[i - 1]?.compound === 'hyphen' && lex.isPersonNoun(w) && lex.roleOf(w) === undefined;
}

/** The most words of a prepositional phrase between a subject and its verb ("i en ny rapport"). */
const MAX_INSERTED_PHRASE = 4;

/**
 * Where a phrase of a preposition, an article and lower-case words that ends at token j starts ("i en ny rapport",
 * "in a statement"), or -1.
 */
function prepositionalPhraseEndingAt(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  for (let k = j - 1; k >= first && j - k < MAX_INSERTED_PHRASE; k--) {
    if (!isWord(ctx, k + 1) || !/^\p{Ll}/u.test(ctx.tokens[k + 1]!.text) || ctx.mentionAt[k + 1] >= 0) return -1;
    if (lex.determiners.has(lower(ctx, k)) && !lex.pronouns.has(lower(ctx, k))) return k - 1 >= first && lex.prepositions.has(lower(ctx, k - 1)) ? k - 1 : -1;
  }
  return -1;
}

/** Where "til", "overfor" or "over for" starts right before token k (nb, da: the medium spoken to), or -1. */
function toldBefore(ctx: Ctx, k: number): number {
  const link = lower(ctx, k - 1);
  if (link === 'til' || link === 'overfor') return k - 1;
  return link === 'for' && lower(ctx, k - 2) === 'over' ? k - 2 : -1;
}

/** The most tokens of the one spoken to after "til" or "over for" ("BDN | 's | hovedbestyrelse"). */
const MAX_TOLD_TOKENS = 4;

/** Where a phrase of "til", "overfor" or "over for" and the one spoken to that ends at token j starts, or -1. */
function toldPhraseEndingAt(ctx: Ctx, j: number, first: number): number {
  for (let k = j; k > first && j - k < MAX_TOLD_TOKENS && (isWord(ctx, k) || genitiveMarkAt(ctx, k)); k--) {
    const told = toldBefore(ctx, k);
    if (told >= 0) return told;
  }
  return -1;
}

/** Where a date by month or year that ends at token j starts ("i november 2020", "in March", "i 2019"), or -1. */
function dateEndingAt(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  let k = j;
  if (ctx.tokens[k]?.kind === 'number' && /^\d{4}$/u.test(ctx.tokens[k]!.text)) k--;
  if (k >= first && ctx.tokens[k]?.kind === 'word' && lex.months.has(lower(ctx, k)) && ctx.mentionAt[k] < 0) k--;
  return k < j && k >= first && lex.dateLinks.has(lower(ctx, k)) ? k : -1;
}

/** The most tokens of a phrase set off by commas between a subject and its verb ("in an affidavit filed earlier this year"). */
const MAX_INSERTED_TOKENS = 10;

/**
 * Where the comma that opens a phrase of a preposition and lower-case words or numbers, closed by the comma at token j,
 * stands (", in an affidavit filed earlier this year,"), or -1.
 */
function insertedPhraseStart(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  for (let k = j - 1; k > first && j - k <= MAX_INSERTED_TOKENS; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',') return k + 2 < j && lex.prepositions.has(lower(ctx, k + 1)) ? k : -1;
    if (ctx.mentionAt[k] >= 0 || !((t.kind === 'word' && /^\p{Ll}/u.test(t.text)) || t.kind === 'number')) return -1;
  }
  return -1;
}

/** Whether token k holds the letters of an office or honour after a person's name ("Jane Smith MP"). */
function postNominalAt(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  return ctx.tokens[k]?.kind === 'word' && lex.postNominals.has(ctx.tokens[k].text) && entityAt(ctx, k - 1) >= 0 && entityType(ctx, entityAt(ctx, k - 1)) === 'person';
}

/** How far before a workplace's short form its link to a person may stand ("X ved Norges idrettshøgskole (NIH)"). */
const WORKPLACE_LINK_REACH = 6;

/** The person linked by "ved", "i", "at" ... to the workplace whose name ends at `from`, if within reach. */
function personAtLink(ctx: Ctx, from: number, first: number, lex: SpeechLexicon): Subject | undefined {
  for (let k = from; k > first && from - k < WORKPLACE_LINK_REACH; k--) {
    const t = ctx.tokens[k]!;
    // "of the conservative People's Party (PP)": a name's own possessive is part of it.
    if (t.glued && POSSESSIVES.has(t.text) && ctx.mentionAt[k] >= 0) continue;
    if (t.kind !== 'word') return undefined;
    if (!lex.roleLinks.has(lower(ctx, k)) || ctx.mentionAt[k] >= 0) continue;
    const e = entityAt(ctx, k - 1);
    if (e < 0 || entityType(ctx, e) !== 'person') return undefined;
    const m = ctx.mentions[ctx.mentionAt[k - 1]]!;
    return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
  }
  return undefined;
}

/** The most words of a workplace's name the tagger left out, between a person and the verb. */
const WORKPLACE_WORDS = 6;

/**
 * "Daglig leder Sigrid Bruvik i Gull & Ur sier": a person, then a link and capitalised words the tagger took for no
 * name, or for part of one (where the person works), before the verb: the person is the subject.
 */
function personAtUnnamedPlace(ctx: Ctx, from: number, first: number, lex: SpeechLexicon): Subject | undefined {
  let k = from;
  let unnamed = false;
  for (; k > first && from - k < WORKPLACE_WORDS && (isCapitalised(ctx, k) || ctx.tokens[k].text === '&'); k--) {
    // Part of the name may be tagged ("Torget | Gull & Ur"), but not a person's.
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) === 'person') return undefined;
    if (ctx.mentionAt[k] < 0) unnamed = true;
  }
  if (!unnamed || !isCapitalised(ctx, k + 1) || !lex.roleLinks.has(lower(ctx, k)) || ctx.mentionAt[k] >= 0) return undefined;
  const e = entityAt(ctx, k - 1);
  if (e < 0 || entityType(ctx, e) !== 'person') return undefined;
  const m = ctx.mentions[ctx.mentionAt[k - 1]];
  return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
}

/** Words before the named example of a group ("organisationer som EDRi", "groups like Greenpeace"). */
const EXAMPLE_LINKS = new Set(['som', 'like']);
/** Words that stress that coordinated names act together or alike ("Both Ukraine and Russia said", "X and Y each said"). */
const BOTH = new Set(['both', 'each', 'jointly', 'together', 'både', 'begge', 'bægge']);
/**
 * Words that count the names a subject's list joins ("China and Brazil, two of the biggest players, said"); "to" is
 * Norwegian and Danish for two (an English aside that opens with "to" after two names leaves them the subject too).
 */
const GROUP_COUNTS = new Set(['two', 'three', 'four', 'five', 'all', 'to', 'tre', 'fire', 'fem', 'alle']);
/** The most names a subject's list joins ("Egypt, Qatar and the United States said"). */
const MAX_JOINT = 5;
/** How many tokens a title phrase before a name may take ("Professor i sundhedsinformatik", "Sudan-forsker"). */
const TITLE_PHRASE_TOKENS = 4;
/** How many tokens such a phrase may take when a title opens it ("Leader of the opposition in the assembly"). */
const TITLE_FIELD_TOKENS = 8;

/** The most lower-case words between a source phrase and the source's name ("ifølge det egyptiske dagblad Al-Ahram"). */
const SOURCE_DESCRIPTION_WORDS = 4;

/** The place mention whose last token is `k`, or undefined. */
function placeEndingAt(ctx: Ctx, k: number): { firstToken: number } | undefined {
  const m = ctx.mentionAt[k];
  if (m === undefined || m < 0 || ctx.mentions[m]!.endToken !== k + 1 || entityType(ctx, ctx.entityOf[m]!) !== 'place') return undefined;
  return ctx.mentions[m];
}

/**
 * Where to go on looking for a subject before "in City, Country," ending at the comma `j` after a name: the name's last
 * token; else -1.
 */
function locationBefore(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  const country = placeEndingAt(ctx, j - 1);
  if (!country || ctx.tokens[country.firstToken - 1]?.text !== ',') return -1;
  const city = placeEndingAt(ctx, country.firstToken - 2);
  const link = city ? city.firstToken - 1 : -1;
  // Only after a name, which the place locates ("Megan O'Connor, a teacher from Columbus, Ohio, said" stays hers), also
  // set off by its own comma ("Mary O'Connell, from Newcastle West, Co Limerick, said").
  const name = ctx.tokens[link - 1]?.text === ',' ? link - 2 : link - 1;
  return link > first && lex.prepositions.has(lower(ctx, link)) && entityAt(ctx, name) >= 0 ? name : -1;
}

/** Prepositions that say where a body sits ("CBS i København", "NTNU in Trondheim"). */
const SEAT_PREPOSITIONS = new Set(['i', 'på', 'in']);

/**
 * Where the body before a place that ends at token j, after a preposition of where it sits, ends ("Copenhagen Business
 * School (CBS) | i København"), or -1.
 */
function seatBefore(ctx: Ctx, j: number, first: number): number {
  const place = placeEndingAt(ctx, j);
  if (!place || !SEAT_PREPOSITIONS.has(lower(ctx, place.firstToken - 1))) return -1;
  const body = place.firstToken - 2;
  if (body < first) return -1;
  if (ctx.tokens[body]!.text === ')') return body;
  const b = entityAt(ctx, body);
  return b >= 0 && entityType(ctx, b) === 'organization' ? body : -1;
}

function subjectAt(ctx: Ctx, from: number, first: number, lex: SpeechLexicon): Subject | undefined {
  const verb = from + 1;
  let j = from;
  let steps = 0;
  const skippable = (k: number): boolean => {
    const w = lower(ctx, k);
    // "Hamas and Israel both said": a word that stresses they act together.
    return lex.adverbs.has(w) || lex.aux.has(w) || BOTH.has(w);
  };
  const workplace = personAtUnnamedPlace(ctx, from, first, lex);
  if (workplace) return workplace;
  let last = from;
  while (last > first && skippable(last)) last--;
  // "The 58-year-old said": a person by their age points back to the person just spoken of, as a pronoun does.
  if (lex.lang === 'en' && AGE_NOUN.test(ctx.tokens[last]?.text ?? '') && last - 1 >= first && lower(ctx, last - 1) === 'the') {
    return { ref: { kind: 'role', stem: ctx.tokens[last]!.text, hint: -1, noun: true }, start: last - 1, end: last + 1 };
  }
  // "The government of Ghana said", "Regjeringen på Island mener": the place, where its government opens the clause.
  const government = placeGovernment(ctx, first, last + 1, lex);
  if (government && government.end === last + 1) return { ref: government.ref, start: government.start, end: government.end };
  const bodyNoun = describedBodyNoun(ctx, first, last, lex);
  if (bodyNoun >= 0) return { ref: { kind: 'orgNoun', noun: lower(ctx, bodyNoun) }, start: first, end: last + 1 };
  const opener = nameBeforeCommonPhrase(ctx, first, last, lex);
  if (opener) return opener;
  while (j >= first && steps++ < 8) {
    const t = ctx.tokens[j];
    if (t.text === ')') {
      let k = j - 1;
      while (k >= first && ctx.tokens[k].text !== '(' && j - k < 8) k--;
      // "Statens veg- og trafikkvesen (SVV) advart": the abbreviation names what the tagger missed before it.
      // So does a name after a description ("Islands meteorologiske institutt (Veðurstofa Íslands) opplyser").
      const inside = ctx.tokens[k]?.text === '(' ? enclosedName(ctx, k) : undefined;
      // "Idrettsforsker Kamran Haidari ved Norges idrettshøgskole (NIH) mener": unless a person works there.
      const worker = inside ? personAtLink(ctx, k - 1, first, lex) : undefined;
      if (worker) return worker;
      if (k >= first && inside?.close === j && ctx.mentionAt[k - 1] < 0 && isWord(ctx, k - 1) && !lex.adverbs.has(lower(ctx, k - 1))) {
        return { ref: { kind: 'entity', entity: inside.entity }, start: k + 1, end: j };
      }
      if (k >= first && ctx.tokens[k].text === '(') {
        j = k - 1;
        continue;
      }
      return undefined;
    }
    // "The CJI, however, remarked": an adverb set off by commas.
    if (t.text === ',' && isWord(ctx, j - 1) && lex.adverbs.has(lower(ctx, j - 1)) && ctx.tokens[j - 2]?.text === ',' && j - 3 >= first) {
      j -= 3;
      continue;
    }
    // "herder X, 52, told Reuters": a person's age in apposition.
    if (t.text === ',' && ctx.tokens[j - 1]?.kind === 'number' && ctx.tokens[j - 2]?.text === ',' && j - 3 >= first && entityAt(ctx, j - 3) >= 0 && entityType(ctx, entityAt(ctx, j - 3)) === 'person') {
      j -= 3;
      continue;
    }
    // "the African Court in Arusha, Tanzania, found": a city and its country where the subject sits are none.
    const located = t.text === ',' ? locationBefore(ctx, j, first, lex) : -1;
    if (located >= 0) {
      j = located;
      continue;
    }
    if (t.text === ',') {
      // "Statens advokat, Kristoffer Sandvik fra Regjeringsadvokaten, sa": the person in apposition, with where they
      // work, is the subject.
      const appositive = appositivePerson(ctx, j, first, lex) ?? describedPerson(ctx, j, first, lex) ?? bodyInApposition(ctx, j, first, lex);
      if (appositive) return appositive;
      // "Putin, som talte i Moskva mandag, sa": the subject stands before a relative clause.
      const relative = relativeClauseStart(ctx, j, first, lex);
      if (relative >= 0) {
        j = relative;
        continue;
      }
      // "The NIA, in an affidavit filed earlier this year, told the court": and before a phrase set off by commas, a name
      // that opens the clause (not "who flew in from Medellín, Colombia, with four friends, said").
      const inserted = insertedPhraseStart(ctx, j, first, lex);
      const named = inserted > first ? ctx.mentions[ctx.mentionAt[inserted - 1]] : undefined;
      if (named && (named.firstToken === first || (named.firstToken === first + 1 && lex.determiners.has(lower(ctx, first))))) {
        j = inserted - 1;
        continue;
      }
    }
    if (t.text === ',' && j - 1 >= first && (entityAt(ctx, j - 1) >= 0 || postNominalAt(ctx, j - 1, lex))) {
      // "a truck stop near Ashford, Kent, said": a place that only locates the place before it; that one is read.
      const region = placeEndingAt(ctx, j - 1);
      const town = region && ctx.tokens[region.firstToken - 1]?.text === ',' ? placeEndingAt(ctx, region.firstToken - 2) : undefined;
      j = town ? region!.firstToken - 2 : j - 1;
      continue;
    }
    // "Trine Egelund Mølgaard (S), siger": a party or acronym in parentheses after the name.
    if (t.text === ',' && ctx.tokens[j - 1]?.text === ')' && ctx.tokens[j - 3]?.text === '(' && j - 4 >= first && entityAt(ctx, j - 4) >= 0) {
      j -= 4;
      continue;
    }
    if (t.kind === 'word' && ctx.mentionAt[j] < 0 && skippable(j)) {
      j--;
      continue;
    }
    // "Carlos Fávaro last week dismissed": a time between the subject and its verb.
    const time = t.kind === 'word' && ctx.mentionAt[j] < 0 ? lex.timeWords.find((p) => j - p.length + 1 > first && matchPhrase(ctx, j - p.length + 1, p, j + 1)) : undefined;
    if (time) {
      j -= time.length;
      continue;
    }
    // "da Statens Serum Institut i november 2020 advarede": a date between the subject and its verb.
    const dated = t.kind === 'word' || t.kind === 'number' ? dateEndingAt(ctx, j, first, lex) : -1;
    if (dated > first && ctx.mentionAt[dated - 1] >= 0) {
      j = dated - 1;
      continue;
    }
    // "efter at CRI i en ny rapport konkluderede": a short phrase of a preposition, an article and a noun between the
    // subject and its verb.
    // Only right after a name (nb, da, where a subordinate clause puts it there).
    const phrase = lex.lang !== 'en' && t.kind === 'word' && ctx.mentionAt[j] < 0 ? prepositionalPhraseEndingAt(ctx, j, first, lex) : -1;
    if (phrase > first && (ctx.mentionAt[phrase - 1] >= 0 || ctx.tokens[phrase - 1]!.text === ')')) {
      j = phrase - 1;
      continue;
    }
    // "som over for DR bekræfter, at", "som til NTB sier at": the medium spoken to between a relative pronoun and its verb.
    const told = lex.lang !== 'en' && ctx.mentionAt[j] >= 0 && entityType(ctx, entityAt(ctx, j)) === 'organization' ? toldBefore(ctx, ctx.mentions[ctx.mentionAt[j]]!.firstToken) : -1;
    if (told > first && lex.relatives.has(lower(ctx, told - 1))) {
      j = told - 1;
      continue;
    }
    // "Ifølge Der Nordschleswiger har Jürgensen over for BDN's hovedbestyrelse sagt, at": the one spoken to between a
    // subject after its auxiliary and the participle.
    const toldTo = lex.lang !== 'en' && isWord(ctx, j) ? toldPhraseEndingAt(ctx, j, first) : -1;
    const subjectEnd = toldTo - 1;
    if (toldTo > first && ctx.mentionAt[subjectEnd] >= 0 && lex.aux.has(lower(ctx, ctx.mentions[ctx.mentionAt[subjectEnd]]!.firstToken - 1))) {
      j = subjectEnd;
      continue;
    }
    // "Jane Smith MP said": so do the letters of an office or honour after a person's name.
    if (postNominalAt(ctx, j, lex)) {
      j--;
      continue;
    }
    // "Copenhagen Business School (CBS) i København oplyser": where a named body sits, between it and its verb.
    const seat = seatBefore(ctx, j, first);
    if (seat >= 0) {
      j = seat;
      continue;
    }
    // "Oslo kommune sier": the word for the kind of place belongs to the name before it.
    if (t.kind === 'word' && lex.placeKinds.has(lower(ctx, j)) && entityAt(ctx, j - 1) >= 0 && entityType(ctx, entityAt(ctx, j - 1)) === 'place') {
      j--;
      continue;
    }
    break;
  }
  if (j < first) return undefined;
  const t = ctx.tokens[j];
  const w = lower(ctx, j);
  // A name may end in its possessive ("Moody's warned").
  if (t.kind !== 'word' && ctx.mentionAt[j] < 0) {
    if (t.text === ',' && j + 1 < verb && lex.contrast.has(lower(ctx, j + 1))) return { ref: { kind: 'coordinate' }, start: j, end: j + 1 };
    return t.text === ',' || t.text === ')' ? holderBefore(ctx, j, first, lex) : undefined;
  }
  if (lex.conjunctions.has(w) || lex.contrast.has(w)) return { ref: { kind: 'coordinate' }, start: j, end: j + 1 };
  if (lex.relatives.has(w)) {
    let k = ctx.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    // "the Sea Council (ICES), which warned": the name stands before its short form.
    if (ctx.tokens[k]?.text === ')' && ctx.tokens[k - 2]?.text === '(') k -= 3;
    const e = k >= first ? describedBeforeApposition(ctx, k, first, w, lex) ?? entityAt(ctx, k) : -1;
    // "fishing communities in Cambodia and Vietnam who say": "who" after places a preposition introduces stands for the
    // people before it, unnamed.
    if (e >= 0 && PERSONAL_RELATIVES.has(w) && entityType(ctx, e) === 'place' && placesAfterPreposition(ctx, k, first, lex)) return { ref: NONE, start: j, end: j + 1 };
    if (e >= 0) return { ref: { kind: 'entity', entity: e }, start: j, end: j + 1 };
    // "The mayor, who has argued that", "Borgmesteren, der mener, at": a title the article has given someone.
    const role = k >= first ? lex.roleOf(lower(ctx, k)) : undefined;
    const article = lower(ctx, k - 1);
    const definite = role !== undefined && (role.definite || (lex.determiners.has(article) && !lex.indefinites.has(article)));
    const antecedent = definite ? subjectAt(ctx, k, first, lex) : undefined;
    return { ref: antecedent?.ref.kind === 'role' ? antecedent.ref : { kind: 'none' }, start: j, end: j + 1 };
  }
  const e = entityAt(ctx, j);
  if (e >= 0) {
    const m = ctx.mentions[ctx.mentionAt[j]];
    const before = lower(ctx, m.firstToken - 1);
    // "Lektor Naja Fleischer fra Ilisimatusarfik, Grønlands Universitet, vurderer": a workplace's other name in
    // apposition; the one who works there is the subject.
    if (entityType(ctx, e) === 'organization' && before === ',' && entityAt(ctx, m.firstToken - 2) >= 0) {
      const worker = personAtLink(ctx, m.firstToken - 2, first, lex);
      if (worker) return worker;
    }
    // "I Moskva sa Putin", "A spokesman for the Rapid Support Forces said": a name in a prepositional phrase is no subject.
    const beyond = lex.determiners.has(before) ? lower(ctx, m.firstToken - 2) : '';
    // "X har ifølge NTB sagt", "Ifølge nyhetsbyrået AFP sa X": the source is no subject.
    // "Ifølge estiske ERR sagde X", "ifølge det egyptiske dagblad Al-Ahram": nor is one the words after the source
    // phrase describe.
    for (let described = m.firstToken; described >= first && m.firstToken - described <= SOURCE_DESCRIPTION_WORDS; described--) {
      if (lex.according.some((p) => described - p.length >= first && matchPhrase(ctx, described - p.length, p, described))) return undefined;
      const w = lower(ctx, described - 1);
      if (!isWord(ctx, described - 1) || !/^\p{Ll}/u.test(ctx.tokens[described - 1]!.text)) break;
      // Not over the verb of the clause ("Ifølge nyhedsbureauet har Maxar peget på").
      if (lex.aux.has(w) || lex.cues.has(w) || lex.adverbs.has(w) || lex.prepositions.has(w) || lex.conjunctions.has(w) || lex.subordinators.has(w)) break;
    }
    // "Til tv-stationen Imedi sagde Kobakhidze": a sentence that opens with a preposition and its noun. Not a word that
    // also opens a clause ("a week after the National Intelligence Service told lawmakers that").
    // Not one that opens a subordinate clause with "at" ("Efter at X konkluderede, at ...").
    const openingPhrase = lex.prepositions.has(lower(ctx, first)) && nounsOnly(ctx, first + 1, m.firstToken) && firstPhrase(ctx, first + 1, lex.complementizers, m.firstToken) === undefined;
    const inPhrase = (beyond && m.firstToken - 2 >= first && lex.prepositions.has(beyond) && !lex.subordinators.has(beyond)) || (m.firstToken - 1 >= first && lex.prepositions.has(before) && !lex.subordinators.has(before)) || openingPhrase;
    if (inPhrase) {
      // "The Office for National Statistics said": a name the tagger cut at its preposition is still the subject.
      const prep = lex.prepositions.has(before) ? m.firstToken - 1 : m.firstToken - 2;
      const phraseHead = lower(ctx, prep - 1);
      // "A statement from the Alfred Hospital said": a document speaks for its author; "A spokesperson for the Department
      // for ... said", "En talsperson for EU-kommisjonen sier": one who speaks for an organization, as it.
      // Also past a participle and what the document is of ("A survey of almost 1,000 principals conducted by the NSW
      // Department of Education found").
      const participle = /^\p{Ll}+ed$/u.test(ctx.tokens[prep - 1]?.text ?? '') ? prep - 2 : prep - 1;
      // So does a court's ruling ("A 2016 ruling by the Permanent Court of Arbitration found").
      if (lex.documentLinks.has(lower(ctx, prep)) && (lex.documentNouns.has(phraseHead) || lex.sourceDocuments.has(phraseHead) || (participle >= first && documentHead(ctx, participle, first, lex) >= 0))) return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
      // So does one for a place that stands for its office ("A spokesperson for Lambeth Palace said").
      const office = entityType(ctx, e) === 'organization' || (entityType(ctx, e) === 'place' && lower(ctx, prep) === 'for');
      if (lex.spokespeople.has(phraseHead) && lex.roleLinks.has(lower(ctx, prep)) && office) {
        // "Karabo Mthembu, the health spokesperson for the Democratic Alliance, ...": unless the spokesperson is named.
        return namedBeforeTitle(ctx, prep - 1, first) ?? { ref: { kind: 'entity', entity: e }, start: prep - 1, end: m.endToken };
      }
      // "A senior official at the National Iranian Oil Company told": an unnamed member speaks for the body too.
      const unnamed = lex.indefinites.has(lower(ctx, prep - 2)) || (lex.indefinites.has(lower(ctx, prep - 3)) && isLowerWord(ctx, prep - 2));
      // So do its unnamed members ("According to the BBC, officials at Transport Scotland have warned") and staff
      // ("researchers at Can Tho University warned").
      const members = (lex.bodyMembersPlural(phraseHead) || (lex.lang === 'en' && lex.staffNouns.has(phraseHead))) && prep - 1 >= first;
      if (((lex.bodyMembers.has(phraseHead) && unnamed && prep - 2 >= first) || members) && lex.roleLinks.has(lower(ctx, prep)) && entityType(ctx, e) === 'organization') return { ref: { kind: 'entity', entity: e }, start: prep - 1, end: m.endToken };
      // "A Foreign Office spokesman in London said", "A Powergrid official in Jaipur said": where the spokesperson spoke
      // is no subject; the spokesperson is.
      // So is where an organization sits ("Scientists at the Norwegian Polar Institute in Tromsø have warned"), or its
      // office ("Forecasters at the NWS office in Burlington said").
      const unit = lex.lang === 'en' && isLowerWord(ctx, prep - 1) && lex.isOrgNoun(lower(ctx, prep - 1)) ? prep - 2 : prep - 1;
      const seat = entityType(ctx, e) === 'place' && entityAt(ctx, unit) >= 0 && entityType(ctx, entityAt(ctx, unit)) === 'organization';
      if ((lex.spokespeople.has(phraseHead) || lex.bodyMembers.has(phraseHead) || seat) && entityType(ctx, e) === 'place' && prep - 1 >= first) {
        const spokesperson = subjectAt(ctx, prep - 1, first, lex);
        if (spokesperson) return spokesperson;
      }
      // "The PTPA, co-founded by Novak Djokovic, called": a participle's phrase in apposition; the subject is before it.
      if (lex.lang === 'en' && /(ed|en)$/u.test(phraseHead) && ctx.tokens[prep - 2]?.text === ',' && prep - 3 >= first) {
        // "Alaska Public Media, the state's largest public broadcaster, based in Anchorage, said": also past a
        // description in apposition to the body that opens the clause.
        const opening = ctx.mentionAt[first] >= 0 ? ctx.mentions[ctx.mentionAt[first]]! : undefined;
        const apposition = opening ? ctx.tokens.slice(opening.endToken, prep - 2) : [];
        if (opening && entityType(ctx, entityAt(ctx, first)) === 'organization' && apposition.length > 1 && apposition[0]!.text === ',' && !apposition.slice(1).some((x) => x.text === ',' || x.kind === 'quote')) {
          return { ref: { kind: 'entity', entity: entityAt(ctx, first) }, start: first, end: opening.endToken };
        }
        return subjectAt(ctx, prep - 3, first, lex);
      }
      const head = ctx.tokens[prep - 1];
      const w = lower(ctx, prep - 1);
      // Not a common noun capitalised to open the sentence before a place ("Farmers in Wales in March said"); before a
      // body it may be its people ("Analysts at Moody's warned").
      const cutName = (prep - 1 > first || entityType(ctx, e) !== 'place') && prep - 1 >= first && head?.kind === 'word' && isCapitalised(ctx, prep - 1) && ctx.mentionAt[prep - 1] < 0 && !lex.prepositions.has(w) && !lex.subordinators.has(w) && !lex.adverbs.has(w);
      // "The state of Hesse, which oversees regional planning, said", "The city of Barre said": a place named after the
      // word for its kind.
      if (entityType(ctx, e) === 'place' && lower(ctx, prep) === 'of' && (lex.placeKinds.has(w) || lex.placeOfNouns.has(w)) && lower(ctx, prep - 2) === 'the' && prep - 2 === first) {
        return { ref: { kind: 'entity', entity: e }, start: prep - 2, end: m.endToken };
      }
      // "A seaside council in East Sussex has warned": a body's noun and the place where it sits, the body unnamed.
      const placedBody = lex.lang === 'en' && entityType(ctx, e) === 'place' && lower(ctx, prep) === 'in' && isLowerWord(ctx, prep - 1) && lex.isOrgNoun(w) &&
        [prep - 2, prep - 3].some((d) => d >= first && lex.determiners.has(lower(ctx, d)) && (d === prep - 2 || isLowerWord(ctx, prep - 2)));
      // Not one a preposition puts as a place of work ("A teacher at a school in Parramatta said").
      if (placedBody) return { ref: demonymBefore(ctx, prep - 1, first, lex) || unnamedObject(ctx, prep - 1, first, lex) ? { kind: 'none' } : { kind: 'orgNoun', noun: w }, start: prep - 1, end: m.endToken };
      return holderBefore(ctx, m.firstToken - 1, first, lex) ?? (cutName ? { ref: { kind: 'entity', entity: e }, start: prep - 1, end: m.endToken } : undefined);
    }
    // "Analytiker X i den bolivianske tankesmien Fundación Jubileo mener": the organization describes X; so does one
    // of another in the genitive ("Professor X of the University of Sydney's School of Public Health said").
    const owner = entityAt(ctx, m.firstToken - 1);
    const ownerMention = owner >= 0 ? ctx.mentions[ctx.mentionAt[m.firstToken - 1]]! : undefined;
    const owned = ownerMention !== undefined && ownerMention.text !== ownerMention.base && entityType(ctx, owner) === 'organization';
    if (entityType(ctx, e) !== 'person' && (isLowerWord(ctx, m.firstToken - 1) || owned)) {
      const holder = holderBefore(ctx, (owned ? ownerMention.firstToken : m.firstToken) - 1, first, lex);
      if (holder) return holder;
    }
    // "Both Ukraine and Russia said", "Danske Bank og Nordea siger": each of two coordinated names (not one name twice).
    // Names after a preposition are where the subject works ("Leder X i El og IT Forbundet sier"), not the subject.
    // Each name may follow its title ("Statsminister Jonas Gahr Støre og finansminister Trygve Slagsvold Vedum sier",
    // "Prime Minister Keir Starmer and Chancellor Rachel Reeves said", "og Venstres formand X", "og NHO-sjef X").
    const titleStart = (k: number): number => {
      let j = k;
      let titled = false;
      while (j >= first && k - j < TITLE_PHRASE_TOKENS) {
        const t = ctx.tokens[j]!;
        const mention = ctx.mentionAt[j] >= 0 ? ctx.mentions[ctx.mentionAt[j]]! : undefined;
        if (!mention && t.kind === 'word' && lex.roleOf(t.text)) titled = true;
        else if (mention && titled && (GENITIVE_NAME.test(mention.text) || ctx.tokens[mention.endToken]?.compound === 'hyphen')) j = mention.firstToken;
        else if (!(t.compound === 'hyphen' || (!mention && (lex.modifiers.has(lower(ctx, j)) || lex.possessivePronouns.has(lower(ctx, j)) || (/^\p{Lu}/u.test(t.text) && lex.roleOf(lower(ctx, j + 1))))))) break;
        j--;
      }
      return titled ? j + 1 : k + 1;
    };
    // "The United States and the European Union said": an article may stand before the second name.
    const article = lex.determiners.has(before) && !lex.pronouns.has(before) ? 1 : 0;
    const secondTitle = titleStart(m.firstToken - 1);
    const titledSecond = secondTitle <= m.firstToken - 1;
    const conjunction = titledSecond ? secondTitle - 1 : m.firstToken - 1 - article;
    const other = conjunction - 1 >= first && lex.conjunctions.has(lower(ctx, conjunction)) ? entityAt(ctx, conjunction - 1) : -1;
    if (other >= 0 && (!titledSecond || (entityType(ctx, other) === 'person' && entityType(ctx, e) === 'person'))) {
      // "Ukraine, Poland and the European Union said": the names of a list before the last two.
      const names = [other, e];
      let prev = ctx.mentions[ctx.mentionAt[conjunction - 1]]!;
      while (ctx.tokens[prev.firstToken - 1]?.text === ',' && entityAt(ctx, prev.firstToken - 2) >= 0 && names.length < MAX_JOINT) {
        const before = ctx.mentions[ctx.mentionAt[prev.firstToken - 2]]!;
        if (names.includes(entityAt(ctx, before.firstToken))) break;
        names.unshift(entityAt(ctx, before.firstToken));
        prev = before;
      }
      const openerAt = titleStart(prev.firstToken - 1) - 1;
      const opener = lower(ctx, openerAt);
      // A fronted phrase ("Til tross for protester fra Norge og Island sier EU-kommisjonen") names no subject; in English
      // the second name opens a clause of its own ("a strike on Kharkiv and Ukraine said").
      if (lex.prepositions.has(opener)) {
        // "Political commentators in Amsterdam and Rotterdam said": where an unnamed group is, none of them speaking.
        // So is one whose noun opens the sentence ("Organisers in Sydney, Brisbane and Perth said").
        const plural = /^\p{Ll}+s$/u.test(ctx.tokens[openerAt - 1]?.text ?? '') || (openerAt - 1 === first && /^\p{Lu}\p{Ll}+s$/u.test(ctx.tokens[openerAt - 1]?.text ?? '') && ctx.mentionAt[first] < 0);
        const group = lex.lang === 'en' && isWord(ctx, openerAt - 1) && plural && names.every((x) => entityType(ctx, x) === 'place');
        if (group) return { ref: { kind: 'none' }, start: openerAt - 1, end: m.endToken };
        return holderBefore(ctx, prev.firstToken - 1, first, lex) ?? (lex.lang === 'en' ? { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken } : undefined);
      }
      // The first name opens the subject ("Both Ukraine and Russia said", "Også Mowi og SalMar sier"); after a verb it
      // is that verb's object ("Trump met Zelensky and Putin said").
      // So does a subordinator ("while RwandAir and Ethiopian Airlines said").
      const opens = openerAt < first || !isWord(ctx, openerAt) || BOTH.has(opener) || lex.determiners.has(opener) || lex.adverbs.has(opener) || lex.subordinators.has(opener);
      // Two one-word "persons" are as often a company's name the tagger split ("Procter and Gamble said it"), unless
      // both were named in full ("Merkel and Sarkozy said").
      const split = names.length === 2 && [ctx.mentions[ctx.mentionAt[conjunction - 1]]!, m].every((x) => {
        const entity = entityAt(ctx, x.firstToken);
        return x.endToken - x.firstToken === 1 && entityType(ctx, entity) === 'person' && !ctx.entities[entity]!.name.includes(' ');
      });
      // Not before a short form in parentheses, which names the two as one ("Undersøgelser for Danmark og Grønland (GEUS)").
      if (other !== e && opens && !split && ctx.tokens[m.endToken]?.text !== '(') return { ref: { kind: 'joint', entities: names }, start: prev.firstToken, end: m.endToken };
      if (!opens) return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
    }
    // A genitive name before a title ("Natos generalsekretær") is handled as a role below; a name is the subject.
    return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
  }
  if (lex.pronouns.has(w)) return { ref: { kind: 'pronoun', gender: lex.pronouns.get(w)! }, start: j, end: j + 1 };
  // "It said the vessel was hit": right before the verb ("It is said that" has no subject who speaks).
  if (lex.organizationPronouns.has(w) && j === verb - 1 && !lex.aux.has(lower(ctx, verb))) return { ref: { kind: 'organizationPronoun' }, start: j, end: j + 1 };
  // "Hos Institut for Menneskerettigheder har man længe advaret om": the organization the sentence opens at speaks.
  if (lex.impersonals.has(w)) {
    const host = impersonalHost(ctx, first, j, lex);
    if (host && entityType(ctx, host.entity) === 'organization' && host.end + 1 === j && lex.aux.has(lower(ctx, host.end))) {
      return { ref: { kind: 'entity', entity: host.entity }, start: j, end: j + 1 };
    }
  }
  const surname = surnameAt(ctx, j);
  if (surname >= 0) return { ref: { kind: 'entity', entity: surname }, start: j, end: j + 1 };
  // "Ifølge byrået sa han", "Ifølge talsmannen mener de": the source's noun is no subject either.
  if (lex.according.some((p) => j - p.length >= first && matchPhrase(ctx, j - p.length, p, j))) return undefined;
  // "IA-politikeren peger på, at": a noun for a person that a body's name heads is the person just spoken of, as after
  // the verb ("sier Høyre-politikeren").
  const party = memberNounAt(ctx, j, lex) ? entityAt(ctx, j - 2) : -1;
  if (party >= 0 && entityType(ctx, party) === 'organization') {
    return { ref: { kind: 'role', stem: w, hint: party, noun: true }, start: ctx.mentions[ctx.mentionAt[j - 2]]!.firstToken, end: j + 1 };
  }
  // "MND officials have warned", "Treasury officials said": unnamed members of the body or place named right before them
  // speak as it.
  const memberWord = lex.lang === 'en' && lex.bodyMembersPlural(w);
  // "Council officials said", "council officials said": those of the body the noun points back to.
  const membersNoun = memberWord && j - 1 >= first && isWord(ctx, j - 1) && (isLowerWord(ctx, j - 1) || j - 1 === first) ? lower(ctx, j - 1) : '';
  // The noun alone, capitalised to open the sentence, may have been taken for a name of one word.
  const nounMention = ctx.mentionAt[j - 1] >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]! : undefined;
  const nounOnly = !nounMention || (nounMention.firstToken === j - 1 && nounMention.endToken === j);
  if (membersNoun && lex.isOrgNoun(membersNoun) && nounOnly) return { ref: { kind: 'orgNoun', noun: membersNoun }, start: j - 1, end: j + 1 };
  const members = memberWord ? entityAt(ctx, j - 1) : -1;
  const body = members >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]! : undefined;
  if (body && body.endToken === j && entityType(ctx, members) !== 'person') return { ref: { kind: 'entity', entity: members }, start: body.firstToken, end: j + 1 };
  const role = lex.roleOf(w);
  if (role) {
    // "A Google spokesperson said", "A Ministry of Defence spokesman said", "a DoE official said": one who speaks for the
    // organization named just before the word, as it ("the Kremlin spokesman" is a title, held by someone named in the
    // article).
    // "A World Health Organization (WHO) spokesman": the short form in brackets may stand between.
    const bodyEnd = beforeParenthesis(ctx, j);
    const named = entityAt(ctx, bodyEnd - 1);
    if (named >= 0 && (lex.spokespeople.has(w) || lex.bodyMembers.has(w)) && entityType(ctx, named) === 'organization') {
      const m = ctx.mentions[ctx.mentionAt[bodyEnd - 1]];
      // "A senior DJB official said": an adjective may stand before the body's name.
      const adjective = isWord(ctx, m.firstToken - 1) && /^\p{Ll}+$/u.test(ctx.tokens[m.firstToken - 1]!.text) && !functionWord(lower(ctx, m.firstToken - 1), lex);
      const indefinite = lex.indefinites.has(lower(ctx, m.firstToken - 1)) || (adjective && lex.indefinites.has(lower(ctx, m.firstToken - 2)));
      if (m.endToken === bodyEnd && indefinite) return { ref: { kind: 'entity', entity: named }, start: m.firstToken, end: j + 1 };
      // "The CGF's spokesman said": one who speaks for the body by its possessive, as it.
      const possessive = lex.lang === 'en' && m.endToken === j && /['’]s?$/u.test(m.text) && lex.spokespeople.has(w);
      if (possessive) return { ref: { kind: 'entity', entity: named }, start: m.firstToken, end: j + 1 };
    }
    const hint = entityAt(ctx, j - 1) >= 0 ? entityAt(ctx, j - 1) : entityAt(ctx, j - 2);
    let k = j - 1;
    while (k >= first && ctx.tokens[k].kind === 'word' && ctx.mentionAt[k] < 0 && !lex.determiners.has(lower(ctx, k)) && j - k < 4) k--;
    const det = k >= first ? lower(ctx, k) : '';
    // English headlines drop the article: "Minister insists ..." is the minister.
    const headline = lex.lang === 'en' && j === first && isCapitalised(ctx, j);
    // "A senior US official said": an indefinite article before the name the title follows makes it no one's title.
    const hinted = ctx.mentionAt[j - 1] >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]!.firstToken : -1;
    const unnamedMember = hinted > first && (lex.indefinites.has(lower(ctx, hinted - 1)) || (isLowerWord(ctx, hinted - 1) && lex.indefinites.has(lower(ctx, hinted - 2))));
    const definite = (role.definite || (lex.determiners.has(det) && !lex.indefinites.has(det)) || hint >= 0 || headline) && !lex.indefinites.has(det) && !unnamedMember;
    // "Ofwat confirmed it ... A spokesperson said": an unnamed spokesperson speaks for the organization in question.
    const spokesperson = !definite && lex.indefinites.has(det) && k === j - 1 && lex.spokespeople.has(w);
    // "A council spokesperson said": one who speaks for the body its noun names.
    const body = !definite && lex.indefinites.has(det) && k === j - 2 && lex.spokespeople.has(w) && lex.isOrgNoun(lower(ctx, j - 1)) ? lower(ctx, j - 1) : undefined;
    const part = role.compound ? suspendedPartBefore(ctx, j, lex) : undefined;
    const ref: SpeakerRef = definite ? { kind: 'role', stem: role.stem, compound: role.compound, suspended: part && part + role.stem, gender: role.gender, hint } : spokesperson ? { kind: 'orgNoun', noun: w } : body ? { kind: 'orgNoun', noun: body } : { kind: 'none', introduced: introducedPerson(ctx, j, first, lex) };
    return { ref, start: j, end: j + 1 };
  }
  // "OUS-ledelsen opplyser": a body of the organization that heads the compound speaks for it (not "LO-forbundet", one of
  // its members).
  const head = t.compound === 'tail' && ctx.tokens[j - 1]?.compound === 'hyphen' ? entityAt(ctx, j - 2) : -1;
  if (head >= 0 && entityType(ctx, head) === 'organization' && lex.orgNounsByName.has(w)) return { ref: { kind: 'entity', entity: head }, start: j - 2, end: j + 1 };
  // "Congo's government says", "Jordans regering har sagt": a place speaks as its government.
  const owner = lex.governments.has(w) ? ownerBefore(ctx, j, 'place') : undefined;
  if (owner) return owner;
  // "Pagasa's forecasters warned", "Ofsted's inspectors found": a body's staff speaks as the body. In English its name
  // alone may stand before them, as before "officials" ("AHDB analysts said", "CAF inspectors found").
  const employer = lex.staffNouns.has(w) ? ownerBefore(ctx, j, 'organization', lex.lang === 'en') : undefined;
  if (employer) return employer;
  // "Health Minister Marjorie Michel's office said", "Polis' office said": a person's own staff speaks for the person.
  const principal = lex.personOffices.has(w) ? ownerBefore(ctx, j, 'person') : undefined;
  if (principal) return principal;
  if (lex.isOrgNoun(w)) {
    // "Talskvinne X i departementet kalte": the department describes X, who is the subject.
    const holder = holderBefore(ctx, j, first, lex);
    if (holder) return holder;
    // "Chile's Carabineros police said": a body's name before the noun for its kind, right before the verb.
    const kindOf = lex.lang === 'en' && j === from ? entityAt(ctx, j - 1) : -1;
    const kindMention = kindOf >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]! : undefined;
    if (kindMention && entityType(ctx, kindOf) === 'organization' && kindMention.endToken === j) return { ref: { kind: 'entity', entity: kindOf }, start: kindMention.firstToken, end: j + 1 };
    const people = peopleOfNoun(ctx, j, first, lex);
    if (people >= 0) return { ref: { kind: 'none' }, start: people, end: j + 1 };
    // "A teacher at a school in Parramatta said": a body no name tells is none named before.
    if (unnamedObject(ctx, j, first, lex)) return { ref: { kind: 'none' }, start: j, end: j + 1 };
    return { ref: demonymBefore(ctx, j, first, lex) ? { kind: 'none' } : { kind: 'orgNoun', noun: w }, start: j, end: j + 1 };
  }
  // "A WHO report warned", "An internal WHO assessment found": a body's document speaks for the body named before the
  // noun (en); "The report notes that ...": the one last named.
  const author = lex.lang === 'en' && lex.documentNouns.has(w) && ctx.mentionAt[j - 1] >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]! : undefined;
  if (author && author.endToken === j && entityType(ctx, entityAt(ctx, j - 1)) === 'organization' && !GENITIVE_NAME.test(author.text)) {
    const opener = lower(ctx, author.firstToken - 1);
    const adjective = isLowerWord(ctx, author.firstToken - 1) && !functionWord(opener, lex) && lex.determiners.has(lower(ctx, author.firstToken - 2));
    if (lex.determiners.has(opener) || adjective) return { ref: { kind: 'entity', entity: entityAt(ctx, j - 1) }, start: author.firstToken, end: j + 1 };
  }
  const document = lex.lang === 'en' ? documentHead(ctx, j, first, lex) : -1;
  const owned = document >= 0 ? documentOwner(ctx, document, j, first, lex) : undefined;
  if (owned) return owned;
  if (lex.lang === 'en' && lex.sourceDocuments.has(w) && j - 1 >= first && lower(ctx, j - 1) === 'the') return { ref: { kind: 'orgNoun', noun: w }, start: j - 1, end: j + 1 };
  // "Rapporten anslår at": the definite noun opening the sentence (nb, da).
  if (lex.lang !== 'en' && lex.sourceDocuments.has(w) && j === first) return { ref: { kind: 'orgNoun', noun: w }, start: j, end: j + 1 };
  if (lex.subordinators.has(w) || lex.adverbs.has(w) || lex.boundaries.has(w)) return undefined;
  if (j === first && isCapitalised(ctx, j) && lex.lang !== 'en' && !/(ene|erne|ne)$/u.test(w)) {
    // One capitalised word opening a sentence may be an adverb ("Likevel", "Derfor") or an unnamed subject.
    return undefined;
  }
  // "Statens vegvesen og miljøbevegelsen frykter": a name opening the sentence, coordinated with a common noun, is the
  // subject, as the first of two names is.
  if (/^\p{Ll}/u.test(t.text) && j - 2 >= first && lex.conjunctions.has(lower(ctx, j - 1)) && entityAt(ctx, j - 2) >= 0) {
    const m = ctx.mentions[ctx.mentionAt[j - 2]];
    const opens = m.firstToken === first || (m.firstToken === first + 1 && lex.determiners.has(lower(ctx, first)));
    if (opens) return { ref: { kind: 'entity', entity: entityAt(ctx, j - 2) }, start: m.firstToken, end: j + 1 };
  }
  // "Sjeføkonom X i Nordbank Marked mener", "Talskvinne X i utenriksdepartementet kalte": a name the tagger missed, or
  // a noun, ends the phrase that describes X.
  const described = holderBefore(ctx, j, first, lex);
  return described ?? { ref: { kind: 'none', introduced: PERSON_NOUN_ENDING.test(w) && introducedPerson(ctx, j, first, lex) }, start: j, end: j + 1 };
}

/**
 * Looking back from token k, past at most `limit` lower-case words that are no function words (adjectives, words for a
 * field): the token before them, or `first` at the latest.
 */
function pastModifiers(ctx: Ctx, k: number, first: number, limit: number, lex: SpeechLexicon): number {
  let at = k;
  while (at > first && k - at < limit && isLowerWord(ctx, at) && !functionWord(lower(ctx, at), lex)) at--;
  return at;
}

/** The most adjectives between a body's genitive and its document ("The charity's annual survey"), or before its noun. */
const DOCUMENT_ADJECTIVES = 2;

/** The most tokens of an "of" phrase after a document noun in a subject ("survey | of more than 76,000 pupils"). */
const DOCUMENT_OF_TOKENS = 6;

/** The document noun that heads a subject ending at j, perhaps before an "of" phrase ("survey of ... pupils"), or -1. */
function documentHead(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  if (lex.documentNouns.has(lower(ctx, j))) return j;
  for (let k = j - 1; k > first && j - k <= DOCUMENT_OF_TOKENS && (isWord(ctx, k) || ctx.tokens[k]!.kind === 'number'); k--) {
    if (lower(ctx, k) === 'of') return lex.documentNouns.has(lower(ctx, k - 1)) ? k - 1 : -1;
  }
  return -1;
}

/**
 * "The NLT's survey found", "The charity's annual survey of 76,000 pupils found": the body whose document at `doc` heads
 * the subject that ends at j, named in the genitive or by its noun after a definite article.
 */
function documentOwner(ctx: Ctx, doc: number, j: number, first: number, lex: SpeechLexicon): Subject | undefined {
  const g = pastModifiers(ctx, doc - 1, first, DOCUMENT_ADJECTIVES, lex);
  const e = entityAt(ctx, g);
  const m = e >= 0 ? ctx.mentions[ctx.mentionAt[g]]! : undefined;
  if (m && m.endToken === g + 1 && m.text !== m.base && entityType(ctx, e) === 'organization') return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: j + 1 };
  const noun = lower(ctx, g - 1);
  if (!genitiveMarkAt(ctx, g) || !isLowerWord(ctx, g - 1) || !lex.isOrgNoun(noun)) return undefined;
  // "The tourism development authority's study": words for its field may stand before the noun.
  const d = pastModifiers(ctx, g - 2, first, DOCUMENT_ADJECTIVES, lex);
  return lex.determiners.has(lower(ctx, d)) && !lex.indefinites.has(lower(ctx, d)) ? { ref: { kind: 'orgNoun', noun }, start: d, end: j + 1 } : undefined;
}

/**
 * The name of the given type in the genitive right before the noun at j ("Congo's | government"), as the subject; with
 * `bare`, also the name alone ("AHDB | analysts").
 */
function ownerBefore(ctx: Ctx, j: number, type: EntityType, bare = false): Subject | undefined {
  const e = entityAt(ctx, j - 1);
  const m = e >= 0 ? ctx.mentions[ctx.mentionAt[j - 1]]! : undefined;
  if (!m || entityType(ctx, e) !== type || m.endToken !== j || (m.text === m.base && !bare)) return undefined;
  return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: j + 1 };
}

/** English adjectives that put an unnamed source near a body ("a person close to the company"). */
const PROXIMITY = new Set(['close', 'familiar', 'near']);

/** The most words between a preposition and the noun of a body after it ("of | its historic | centre"). */
const PEOPLE_OF_WORDS = 3;

/**
 * "Residents of its historic centre said", "A person close to the company told": where a plural noun for unnamed
 * people, or an unnamed source, starts whose prepositional phrase ends in the body's noun at j (English), or -1. Not
 * the members or observers who speak as a body ("officials at the ministry", "analysts at the bank").
 */
function peopleOfNoun(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  if (lex.lang !== 'en') return -1;
  let k = j - 1;
  while (k > first && j - k <= PEOPLE_OF_WORDS && isLowerWord(ctx, k) && !lex.prepositions.has(lower(ctx, k))) k--;
  // The noun may open the sentence, capitalised.
  if (!lex.prepositions.has(lower(ctx, k)) || !(isLowerWord(ctx, k - 1) || (k - 1 === first && isWord(ctx, k - 1) && ctx.mentionAt[k - 1] < 0))) return -1;
  // "A person close to the company told": an unnamed source near the body.
  if (PROXIMITY.has(lower(ctx, k - 1)) && lex.unnamedSources.has(lower(ctx, k - 2))) return k - 2;
  const noun = lower(ctx, k - 1);
  const singular = noun.replace(/s$/u, '');
  if (singular === noun || lex.isOrgNoun(noun) || lex.bodyMembers.has(singular) || lex.spokespeople.has(singular) || lex.observers.has(noun) || lex.roleOf(singular) !== undefined) return -1;
  return functionWord(noun, lex) ? -1 : k - 1;
}

/** The most lower-case words between an indefinite article and the noun for a body it introduces ("a large school"). */
const UNNAMED_OBJECT_WORDS = 2;

/** Whether the noun at j has an indefinite article and follows a preposition ("at a school", "in a local hospital"). */
function unnamedObject(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): boolean {
  let k = j - 1;
  while (k > first && j - k <= UNNAMED_OBJECT_WORDS && isLowerWord(ctx, k) && !lex.determiners.has(lower(ctx, k)) && !functionWord(lower(ctx, k), lex)) k--;
  return k > first && lex.indefinites.has(lower(ctx, k)) && lex.prepositions.has(lower(ctx, k - 1));
}

/** English nouns for a person by their ending ("microbiologist", "librarian", "resident", "councillor"). */
const PERSON_NOUN_ENDING = /(?:ist|ian|ent|ant|er|or|man|woman)$/u;

/** The most words between an indefinite article and the noun it introduces ("A former senior microbiologist"). */
const INTRODUCED_WORDS = 3;

/**
 * Whether the noun at j is the head of an English noun phrase that opens the sentence with an indefinite article and
 * only lower-case words ("A former nurse manager has told"): one person, introduced unnamed.
 */
function introducedPerson(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): boolean {
  if (lex.lang !== 'en') return false;
  let k = j - 1;
  while (k > first && j - k <= INTRODUCED_WORDS && isLowerWord(ctx, k) && ctx.mentionAt[k] < 0) k--;
  return k === first && (lower(ctx, k) === 'a' || lower(ctx, k) === 'an');
}

/** Relative pronouns that stand for a person only (en). */
const PERSONAL_RELATIVES = new Set(['who', 'whom']);

/**
 * Whether the place ending at token k, and any places joined to it before, follow a preposition ("in Cambodia and
 * Vietnam").
 */
function placesAfterPreposition(ctx: Ctx, k: number, first: number, lex: SpeechLexicon): boolean {
  let t = k;
  while (t >= first) {
    const e = entityAt(ctx, t);
    if (e < 0 || entityType(ctx, e) !== 'place') return false;
    t = ctx.mentions[ctx.mentionAt[t]]!.firstToken - 1;
    if (!(lex.conjunctions.has(lower(ctx, t)) || ctx.tokens[t]?.text === ',')) break;
    t--;
  }
  return t >= first && lex.prepositions.has(lower(ctx, t));
}

/** The most tokens of an apposition between a person's comma and a relative pronoun. */
const APPOSITION_TOKENS = 10;

/** The token before the comma at c, or before a person's age between commas there ("Maria Souza, 58, a trader"). */
function nameBeforeAge(ctx: Ctx, c: number): number {
  return ctx.tokens[c - 1]?.kind === 'number' && ctx.tokens[c - 2]?.text === ',' ? c - 3 : c - 1;
}

/**
 * "said Ibrahim Koné, a 24-year-old from Ivory Coast, who said": a relative pronoun for a person, after an apposition
 * that ends in another name (at k), stands for the person the apposition describes; so does one right after the
 * apposition's noun ("said Maria Souza, 58, a market trader who said"); else undefined. "ComEd, the utility that
 * serves northern Illinois, which has told": so does "which" for a body, after an apposition that ends in a place.
 */
function describedBeforeApposition(ctx: Ctx, k: number, first: number, relative: string, lex: SpeechLexicon): number | undefined {
  const personal = PERSONAL_RELATIVES.has(relative);
  if (!personal && relative !== 'which') return undefined;
  const noun = personal && entityAt(ctx, k) < 0 && isLowerWord(ctx, k) && lower(ctx, k + 1) === relative;
  const after = entityAt(ctx, k) >= 0 ? entityType(ctx, entityAt(ctx, k)) : undefined;
  if (!noun && (after === undefined || after === 'person' || (!personal && after !== 'place'))) return undefined;
  for (let c = k - 1; c > first && k - c <= APPOSITION_TOKENS; c--) {
    if (ctx.tokens[c]!.text !== ',') continue;
    const described = entityAt(ctx, personal ? nameBeforeAge(ctx, c) : c - 1);
    return described >= 0 && entityType(ctx, described) === (personal ? 'person' : 'organization') && lex.determiners.has(lower(ctx, c + 1)) ? described : undefined;
  }
  return undefined;
}

/** At most this many tokens of a noun ("tv-stationen") stand between an opening preposition and a name. */
const OPENING_NOUN_TOKENS = 4;

/** Whether tokens [a, b) are one to a few lower-case words, joined by hyphens ("tv-stationen", "avisen"). */
function nounsOnly(ctx: Ctx, a: number, b: number): boolean {
  if (b <= a || b - a > OPENING_NOUN_TOKENS) return false;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'word' ? !/^\p{Ll}/u.test(t.text) : t.text !== '-') return false;
  }
  return true;
}

/** The most lower-case words of a title in apposition after a person's comma ("the | health | spokesperson"). */
const APPOSED_TITLE_WORDS = 4;

/** The person named before the comma that opens the apposition whose title ends at `title` ("X, the health spokesperson"). */
function namedBeforeTitle(ctx: Ctx, title: number, first: number): Subject | undefined {
  let k = title - 1;
  while (k > first && title - k <= APPOSED_TITLE_WORDS && isLowerWord(ctx, k)) k--;
  const person = ctx.tokens[k]?.text === ',' ? entityAt(ctx, k - 1) : -1;
  if (person < 0 || entityType(ctx, person) !== 'person') return undefined;
  const m = ctx.mentions[ctx.mentionAt[k - 1]]!;
  return { ref: { kind: 'entity', entity: person }, start: m.firstToken, end: m.endToken };
}

/** The relative adverbs of place ("where", "hvor"), which open a clause inside an apposition. */
const WHERE = new Set(['where', 'hvor']);

/** English participles of speaking that open a sentence before the cue ("Speaking in Geneva, X said"). */
export const SPEAKING_PARTICIPLES = new Set(['speaking', 'writing', 'addressing', 'talking', 'responding', 'commenting', 'testifying', 'appearing']);

/**
 * Where the subject may start after a phrase that opens the sentence with a preposition and lower-case nouns, or with a
 * participle of speaking before them: after its comma ("Outside the court,", "Speaking outside the court,"); else -1.
 */
function afterOpeningPhrase(ctx: Ctx, first: number, to: number, lex: SpeechLexicon): number {
  const prep = lex.lang === 'en' && SPEAKING_PARTICIPLES.has(lower(ctx, first)) ? first + 1 : first;
  if (!lex.prepositions.has(lower(ctx, prep))) return -1;
  for (let c = prep + 1; c < to; c++) {
    if (ctx.tokens[c]!.text !== ',') continue;
    if (nounsOnly(ctx, prep + 1, c)) return c + 1;
    // "In Newcastle,", "During the hearing in March,": in English, a short phrase of places and plain words, perhaps
    // with a clause that says what happened there ("In Newcastle upon Tyne, where 23 shops were raided,").
    if (lex.lang !== 'en' || !plainPhrase(ctx, prep + 1, c, lex)) return -1;
    if (!WHERE_WHEN.has(lower(ctx, c + 1))) return c + 1;
    for (let d = c + 2; d < to && d - c <= RELATIVE_CLAUSE_TOKENS; d++) if (ctx.tokens[d]!.text === ',') return d + 1;
    return -1;
  }
  return -1;
}

/** Relative words of place and time after an opening phrase ("In Newcastle, where ..."). */
const WHERE_WHEN = new Set(['where', 'when']);
/** The most tokens of an opening phrase of plain words and places ("During the hearing in March"). */
const PLAIN_PHRASE_TOKENS = 8;

/** Whether tokens [a, b) are a few words and numbers, naming no person, with no verb of speaking or auxiliary. */
function plainPhrase(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): boolean {
  if (b <= a || b - a > PLAIN_PHRASE_TOKENS) return false;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number' && t.text !== '-') return false;
    const e = entityAt(ctx, k);
    if ((e >= 0 && entityType(ctx, e) === 'person') || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k))) return false;
  }
  return true;
}

const PHRASE_PUNCT = new Set([',', '(', ')', '-', '‐', "'", '’']);

/**
 * The person who opens the sentence before a phrase that describes him or her and ends at token `from`: "Lektor X
 * fra Syddansk Universitet (SDU) mener", "Judge X of the Appeals Court said", "X, chief negotiator for PIF, said".
 * Only a title may stand before the person: "Da Putin kom hjem, sa han" names no subject here.
 */
function holderBefore(ctx: Ctx, from: number, first: number, lex: SpeechLexicon): Subject | undefined {
  let sawLink = false;
  for (let k = from; k >= first && from - k < 18; k--) {
    const t = ctx.tokens[k];
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) === 'person') {
      const m = ctx.mentions[ctx.mentionAt[k]];
      // "Outside the court, Siobhán Cronin of the ... group said", "Speaking outside the court, Superintendent X of ...":
      // an opening phrase of lower-case words and its comma, perhaps a title after it.
      const opened = afterOpeningPhrase(ctx, first, m.firstToken, lex);
      const start = opened >= 0 ? opened : coordinatedStart(ctx, m.firstToken, first, lex);
      if (!sawLink || !titleOnlyBefore(ctx, m.firstToken, start, lex)) return undefined;
      return { ref: { kind: 'entity', entity: e }, start: m.firstToken, end: m.endToken };
    }
    if (e >= 0) continue;
    if (t.kind === 'word' || t.kind === 'number') {
      const w = lower(ctx, k);
      // "børne- og ungdomspsykiatri": the conjunction of a suspended compound joins words of one noun.
      const suspended = lex.conjunctions.has(w) && ctx.tokens[k - 1]?.text === '-' && ctx.tokens[k - 1]?.glued;
      // A cue's word after an article is an adjective ("of the ruling Morena party").
      const cue = lex.cues.has(w) && !articleAt(ctx, k - 1, lex);
      if (cue || lex.aux.has(w) || lex.subordinators.has(w) && !lex.prepositions.has(w) || (lex.conjunctions.has(w) && !suspended)) return undefined;
      // Nor over the "at" that opens a clause ("etter at det katalanske partiet Junts kunngjorde").
      if (firstPhrase(ctx, k, lex.complementizers, from + 1) !== undefined && !lex.prepositions.has(w)) return undefined;
      if (lex.prepositions.has(w) || lex.relatives.has(w)) sawLink = true;
      continue;
    }
    // "the women's world No. 5": the period of a number sign.
    const numberSign = t.text === '.' && t.glued && ctx.tokens[k + 1]?.kind === 'number';
    if (!PHRASE_PUNCT.has(t.text) && !numberSign && !(t.glued && POSSESSIVES.has(t.text))) return undefined;
    if (t.text === ',') sawLink = true;
  }
  return undefined;
}

/**
 * Where the clause of the name at `i` starts: after a conjunction that coordinates it with the clause before
 * ("Turneringen har trukket tilskuere, og daglig leder X i Y sier"), within a title phrase's reach; else `first`.
 */
function coordinatedStart(ctx: Ctx, i: number, first: number, lex: SpeechLexicon): number {
  for (let k = i - 1; k > first && i - k <= TITLE_PHRASE_TOKENS + 1; k--) {
    const w = lower(ctx, k);
    if ((lex.conjunctions.has(w) || lex.contrast.has(w)) && ctx.tokens[k - 1]?.text === ',') return k + 1;
  }
  return first;
}

/**
 * Whether only titles and modifiers stand between `first` and `i`: no verb, no subordinator, at most four tokens, and
 * a preposition only after a title ("Professor i sundhedsinformatik"; not "Etter møtet med").
 */
export function titleOnlyBefore(ctx: Ctx, i: number, first: number, lex: SpeechLexicon): boolean {
  // An English title that opens the phrase may run on with its field ("Leader of the opposition in the assembly X").
  const reach = lex.lang === 'en' && isWord(ctx, first) && lex.roleOf(ctx.tokens[first]!.text) !== undefined ? TITLE_FIELD_TOKENS : TITLE_PHRASE_TOKENS;
  if (i - first > reach) return false;
  let titled = false;
  for (let k = first; k < i; k++) {
    const w = lower(ctx, k);
    const t = ctx.tokens[k];
    // "Poland's Katarzyna Nowicka": a country's possessive before the name.
    if (t.compound === 'hyphen' || (t.glued && POSSESSIVES.has(t.text))) continue;
    // "Pasient- og brukerombud Elin Kristiansen": a suspended compound's hyphen and conjunction.
    if (t.text === '-' && t.glued && lex.conjunctions.has(lower(ctx, k + 1))) continue;
    if (t.kind !== 'word' || lex.subordinators.has(w) || lex.cues.has(w) || lex.aux.has(w)) return false;
    if (lex.prepositions.has(w) && !titled) return false;
    if (lex.roleOf(t.text)) titled = true;
  }
  return true;
}

/**
 * The name after "Hos"/"I" opening the sentence whose words start at `first` ("Hos Coop forventer man"), and the token
 * after its mention; undefined when the sentence opens otherwise.
 */
export function impersonalHost(ctx: Ctx, first: number, before: number, lex: SpeechLexicon): { entity: number; end: number } | undefined {
  let f = first;
  while (f < before && !isWord(ctx, f)) f++;
  if (!lex.impersonalLinks.has(lower(ctx, f))) return undefined;
  // "Hos brancheorganisationen Danske Rederier": a noun may describe the organization first.
  const at = entityAt(ctx, f + 1) < 0 && isWord(ctx, f + 1) && lex.isOrgNoun(lower(ctx, f + 1)) ? f + 2 : f + 1;
  const entity = entityAt(ctx, at);
  if (entity < 0) return undefined;
  // "I Fagligt Fælles Forbund (3F) frygter man": past the name's short form in parentheses.
  return { entity, end: pastParenthesis(ctx, ctx.mentions[ctx.mentionAt[at]]!.endToken) };
}

/** Whether a lower-case word is a cue, an auxiliary or one of the words that build clauses and phrases, no content word. */
export function functionWord(w: string, lex: SpeechLexicon): boolean {
  return lex.cues.has(w) || lex.aux.has(w) || lex.boundaries.has(w) || lex.subordinators.has(w) || lex.prepositions.has(w) || lex.determiners.has(w) || lex.pronouns.has(w) || lex.conjunctions.has(w) || lex.relatives.has(w);
}

/**
 * The person of an apposition that closes at the comma j and names where they work ("advokat, Kristoffer Sandvik fra
 * Regjeringsadvokaten,"), after a title or description and its comma.
 */
function appositivePerson(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): Subject | undefined {
  // "Deputy Jim Doe of the Liberal Party (LP),": the body's short form in parentheses may close the apposition.
  let named = beforeParenthesis(ctx, j);
  // "Salomón Jara of the ruling Morena party,": so may the noun for the body's kind after its name.
  if (isLowerWord(ctx, named - 1) && lex.isOrgNoun(lower(ctx, named - 1)) && entityAt(ctx, named - 2) >= 0) named--;
  const org = entityAt(ctx, named - 1);
  if (org < 0 || entityType(ctx, org) === 'person') return undefined;
  let link = ctx.mentions[ctx.mentionAt[named - 1]]!.firstToken - 1;
  // "fra advokatfirmaet Kromann Reumert": a noun for the kind of organization may stand before its name.
  if (link - 1 >= first && ctx.mentionAt[link] < 0 && lex.isOrgNoun(lower(ctx, link)) && lex.prepositions.has(lower(ctx, link - 1))) link--;
  // "of the centrist Social Democratic Party": an English article and an adjective or two before it.
  else if (lex.lang === 'en') {
    let k = link;
    // A cue's word after the article is an adjective ("of the ruling Morena party").
    const adjective = (x: number): boolean => !functionWord(lower(ctx, x), lex) || (lex.cues.has(lower(ctx, x)) && articleAt(ctx, x - 1, lex));
    while (k > first && link - k < 2 && ctx.mentionAt[k] < 0 && isLowerWord(ctx, k) && adjective(k)) k--;
    if (lex.determiners.has(lower(ctx, k)) && lex.prepositions.has(lower(ctx, k - 1))) link = k - 1;
  }
  if (link - 1 < first || !lex.prepositions.has(lower(ctx, link))) return undefined;
  // "stortingsrepresentant Per Inge Vatne (Ap) fra Møre og Romsdal,": past the person's party in parentheses.
  const party = ctx.tokens[link - 1]?.text === ')' && ctx.tokens[link - 3]?.text === '(' ? 3 : 0;
  const person = entityAt(ctx, link - 1 - party);
  if (person < 0 || entityType(ctx, person) !== 'person') return undefined;
  const m = ctx.mentions[ctx.mentionAt[link - 1 - party]]!;
  // "skipper, 58-årige Jens Peter Kjærgaard fra Thyborøn,": an age may stand before the name; "Flere delegerede,
  // blandt andre Jamal Haidari fra Aarhus,": so may words that pick one of several out.
  let opening = AGE.test(ctx.tokens[m.firstToken - 1]?.text ?? '') ? m.firstToken - 1 : m.firstToken;
  const including = INCLUDING.find((p) => opening - p.length > first && matchPhrase(ctx, opening - p.length, p, opening));
  if (including) opening -= including.length;
  // "One victim, retired engineer John Smith from Leeds,": so may the person's titles, or an occupation the titles do
  // not know ("Organisationens viceformand, planteavler X fra Ringkøbing,").
  const occupation = (a: number, b: number): boolean => b - a <= 2 && ctx.tokens.slice(a, b).every((t, n) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !functionWord(lower(ctx, a + n), lex));
  for (let c = opening - 1; c > first && opening - c <= TITLE_PHRASE_TOKENS && ctx.tokens[opening - 1]?.text !== ','; c--)
    if (ctx.tokens[c - 1]?.text === ',' && ((titleOnlyBefore(ctx, opening, c, lex) && lex.roleOf(ctx.tokens[opening - 1]!.text)) || occupation(c, opening))) opening = c;
  if (ctx.tokens[opening - 1]?.text !== ',' || opening - 2 < first || ctx.tokens[opening - 2]?.kind !== 'word') return undefined;
  return { ref: { kind: 'entity', entity: person }, start: m.firstToken, end: m.endToken };
}

/** The most words for a body's field between an owner's genitive and the body's noun ("Japan's | racing | authority"). */
const FIELD_WORDS = 2;

/**
 * "Streeting's department, the Department of Health and Social Care (DHSC), said": the organization an apposition names
 * for a noun of its kind after an owner's possessive is the subject, not the owner.
 */
function bodyInApposition(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): Subject | undefined {
  let end = j - 1;
  if (ctx.tokens[end]?.text === ')' && ctx.tokens[end - 2]?.text === '(') end -= 3;
  const body = entityAt(ctx, end);
  if (body < 0 || entityType(ctx, body) !== 'organization') return undefined;
  const m = ctx.mentions[ctx.mentionAt[end]]!;
  const open = m.firstToken - 2;
  if (open - 2 < first || ctx.tokens[open]?.text !== ',' || !lex.determiners.has(lower(ctx, m.firstToken - 1))) return undefined;
  // "Japan's racing authority, the Japan Racing Association, said": words for its field may stand before the noun.
  const genitive = pastModifiers(ctx, open - 2, first, FIELD_WORDS, lex);
  if (!lex.isOrgNoun(lower(ctx, open - 1)) || entityAt(ctx, genitive) < 0 || !/['’]s?$/u.test(ctx.tokens[genitive]!.text)) return undefined;
  // The department's own spokesperson, or the department itself ("A spokesperson for X's department"), not someone
  // close to it ("A source close to Reeves's department, the Treasury, said").
  const owner = ctx.mentions[ctx.mentionAt[genitive]]!.firstToken;
  if (owner > first && !lex.roleLinks.has(lower(ctx, owner - 1))) return undefined;
  return { ref: { kind: 'entity', entity: body }, start: m.firstToken, end: m.endToken };
}

/** Words that pick one person out of several named before ("Flere delegerede, blandt andre X, mente"). */
const INCLUDING = [['blandt', 'andre'], ['blant', 'andre'], ['herunder'], ['heriblant'], ['deriblant'], ['including'], ['among', 'them']];

/** The most tokens of an apposition that describes a person ("the powerful sister of leader Kim Jong Un"). */
const DESCRIPTION_TOKENS = 12;

/**
 * "Kim Yo Jong, the powerful sister of leader Kim Jong Un, said": a person described in apposition by a phrase that
 * opens with a determiner and names another is the subject, not the one named in the phrase.
 */
function describedPerson(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): Subject | undefined {
  if (entityAt(ctx, j - 1) < 0) return undefined;
  let c = j - 1;
  // A name counts as one token, and a comma inside it is none ("Ministry of Energy, Water Resources and Irrigation").
  let steps = 0;
  while (c > first && steps++ <= DESCRIPTION_TOKENS && (ctx.tokens[c].text !== ',' || ctx.mentionAt[c] >= 0)) c = ctx.mentionAt[c] >= 0 ? ctx.mentions[ctx.mentionAt[c]]!.firstToken - 1 : c - 1;
  if (ctx.tokens[c]?.text !== ',' || !apposition(ctx, c, j + 1, lex)) return undefined;
  const person = entityAt(ctx, c - 1);
  if (person < 0 || entityType(ctx, person) !== 'person') return undefined;
  const m = ctx.mentions[ctx.mentionAt[c - 1]]!;
  return { ref: { kind: 'entity', entity: person }, start: m.firstToken, end: m.endToken };
}

/** The most tokens of a relative clause or apposition between a subject and its verb. */
const RELATIVE_CLAUSE_TOKENS = 40;

/** English participles without "-ed" that open an apposition ("known as", "led by", "run by"). */
const IRREGULAR_PARTICIPLES = new Set(['known', 'led', 'run', 'held', 'built', 'born', 'made']);

/** Whether the comma at k parts names of a list that ends before `to` ("firms such as Biffa, Veolia and Suez"). */
function inNameList(ctx: Ctx, k: number, to: number, lex: SpeechLexicon): boolean {
  // A name in the list may have its article ("Belgium, France, the Netherlands and Ireland").
  const nameAt = (x: number): number => (entityAt(ctx, x) < 0 && lower(ctx, x) === 'the' ? x + 1 : x);
  if (entityAt(ctx, k - 1) < 0 || entityAt(ctx, nameAt(k + 1)) < 0) return false;
  const endOf = (x: number): number => ctx.mentions[ctx.mentionAt[nameAt(x)]]!.endToken;
  for (let x = endOf(k + 1); x < to; x = entityAt(ctx, nameAt(x + 1)) >= 0 ? endOf(x + 1) : to) {
    const w = ctx.tokens[x]!.text;
    if (lex.conjunctions.has(w.toLowerCase())) return entityAt(ctx, nameAt(x + 1)) >= 0 && endOf(x + 1) === to;
    if (w !== ',') return false;
  }
  return false;
}

/** The most tokens of a short form in parentheses, with its parentheses ("(HK-dir)"). */
const SHORT_FORM_TOKENS = 6;
/** The most words of a list's last items after a comma inside a relative clause ("pulp, plywood and biofuels"). */
const LIST_TAIL_WORDS = 5;

/**
 * "The company, which also makes pulp, plywood and biofuels, said": whether the comma at k parts the items of a list of
 * common words that runs to the comma at j, which stays inside the clause; "Transnet, which has struggled with
 * derailments, cable theft and port backlogs that have cost ..., said": or of one whose last item a clause of its own
 * follows, between two plain nouns.
 */
function wordListComma(ctx: Ctx, k: number, j: number, lex: SpeechLexicon): boolean {
  if (j - k < 3 || lex.conjunctions.has(lower(ctx, k + 1))) return false;
  const plain = (x: number): boolean => {
    const w = lower(ctx, x);
    return isWord(ctx, x) && ctx.mentionAt[x] < 0 && !lex.aux.has(w) && !lex.cues.has(w) && !lex.relatives.has(w) && !lex.pronouns.has(w);
  };
  let and = -1;
  for (let x = k + 1; x < Math.min(j, k + 1 + LIST_TAIL_WORDS) && and < 0; x++) {
    if (!plain(x)) return false;
    if (lex.conjunctions.has(lower(ctx, x))) and = x;
  }
  if (and < 0) return false;
  if (j - k - 1 <= LIST_TAIL_WORDS && ctx.tokens.slice(and + 1, j).every((_, n) => plain(and + 1 + n))) return true;
  const noun = (x: number): boolean => plain(x) && /^\p{Ll}/u.test(ctx.tokens[x]!.text) && !functionWord(lower(ctx, x), lex);
  return noun(k - 1) && noun(k + 1) && noun(and + 1);
}

/**
 * The last token of a person's name before an apposition that opens with an article and ends in places (", a retired
 * teacher from Guadalajara, Mexico"), the place's last token being k; or -1.
 */
function personBeforePlaceApposition(ctx: Ctx, k: number, first: number, lex: SpeechLexicon): number {
  for (let c = k - 1; c > first && k - c <= APPOSITION_TOKENS; c--) {
    if (ctx.tokens[c]!.text !== ',' || entityAt(ctx, c + 1) >= 0) continue;
    const name = nameBeforeAge(ctx, c);
    const person = entityAt(ctx, name);
    return person >= 0 && entityType(ctx, person) === 'person' && lex.indefinites.has(lower(ctx, c + 1)) ? name : -1;
  }
  return -1;
}

/**
 * The last token of a body's or person's name before an apposition that ends at the noun at k and opens with an article
 * or an owner's possessive (", Japan's largest industrial union"), or -1.
 */
function namedBeforeApposition(ctx: Ctx, k: number, first: number, lex: SpeechLexicon): number {
  if (!isWord(ctx, k) || !/^\p{Ll}/u.test(ctx.tokens[k]!.text)) return -1;
  for (let c = k - 1; c > first && k - c <= APPOSITION_TOKENS; c--) {
    const t = ctx.tokens[c]!;
    if (t.text !== ',') {
      if (!isWord(ctx, c) && !genitiveMarkAt(ctx, c)) return -1;
      continue;
    }
    const e = entityAt(ctx, c - 1);
    if (e < 0 || entityType(ctx, e) === 'place') return -1;
    const owner = entityAt(ctx, c + 1) >= 0 ? ctx.mentions[ctx.mentionAt[c + 1]]! : undefined;
    const opens = lex.determiners.has(lower(ctx, c + 1)) || (owner !== undefined && /['’]s?$/u.test(owner.text));
    return opens ? c - 1 : -1;
  }
  return -1;
}

/** A person named by their age ("58-year-old"). */
const AGE_NOUN = /^\d{1,3}-year-old$/u;
/** The most words for what a person does after their age ("the 38-year-old | software tester"). */
const AGED_NOUN_WORDS = 2;

/** The most tokens of the phrase that describes a body's noun opening an English sentence. */
const DESCRIBED_BODY_TOKENS = 24;

/**
 * "The developer behind a plan to send power from Morocco to Britain said": the body's noun that opens an English
 * sentence after its article (and perhaps one adjective), when a preposition's phrase runs from it to the verb with no
 * clause of its own in it (no punctuation, no cue) and no name but places'; its token, or -1.
 */
function describedBodyNoun(ctx: Ctx, first: number, j: number, lex: SpeechLexicon): number {
  if (lex.lang !== 'en' || lower(ctx, first) !== 'the' || j - first > DESCRIBED_BODY_TOKENS) return -1;
  const head = lex.isOrgNoun(lower(ctx, first + 1)) ? first + 1 : isLowerWord(ctx, first + 1) && lex.isOrgNoun(lower(ctx, first + 2)) ? first + 2 : -1;
  if (head < 0 || ctx.mentionAt[head] >= 0 || !isLowerWord(ctx, head) || !lex.prepositions.has(lower(ctx, head + 1)) || head + 2 > j) return -1;
  // A body's noun that ends the phrase is the subject's own body ("The board of the member-owned club confirmed").
  if (lex.isOrgNoun(lower(ctx, j))) return -1;
  for (let k = head + 2; k <= j; k++) {
    const t = ctx.tokens[k]!;
    const inWords = t.kind === 'word' || t.compound === 'hyphen' || POSSESSIVES.has(t.text);
    // Places may be named in it, no body or person, which would be the subject ("The head of the Bank of England").
    const named = entityAt(ctx, k) >= 0 && entityType(ctx, entityAt(ctx, k)) !== 'place';
    if (!inWords || named || ctx.quoteAt[k] >= 0 || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k))) return -1;
  }
  return head;
}

/** The most tokens of a phrase of common words between the name that opens a clause and its verb ("on river valley projects"). */
const COMMON_PHRASE_TOKENS = 10;

/**
 * "The Expert Appraisal Committee on river valley and hydroelectric projects said", "Equinor in a statement said": the
 * name that opens an English clause (perhaps after its article), when a preposition's phrase of lower-case words only
 * runs from it to the verb.
 */
function nameBeforeCommonPhrase(ctx: Ctx, first: number, j: number, lex: SpeechLexicon): Subject | undefined {
  if (lex.lang !== 'en') return undefined;
  const opening = lex.determiners.has(lower(ctx, first)) && ctx.mentionAt[first] < 0 ? first + 1 : first;
  const m = ctx.mentionAt[opening] >= 0 ? ctx.mentions[ctx.mentionAt[opening]]! : undefined;
  if (!m || m.firstToken !== opening || !lex.prepositions.has(lower(ctx, m.endToken)) || j - m.endToken + 1 > COMMON_PHRASE_TOKENS || j <= m.endToken) return undefined;
  for (let k = m.endToken + 1; k <= j; k++) if (!isLowerWord(ctx, k) || ctx.mentionAt[k] >= 0 || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k)) || lex.subordinators.has(lower(ctx, k))) return undefined;
  return { ref: { kind: 'entity', entity: entityAt(ctx, opening) }, start: opening, end: m.endToken };
}

/** The first token of an English adjective of place ending at k ("Melbourne-based", "Dublin-born"), or -1. */
function locatingAdjectiveStart(ctx: Ctx, k: number): number {
  if (!LOCATING_TAILS.has(lower(ctx, k)) || ctx.tokens[k - 1]?.compound !== 'hyphen') return -1;
  return ctx.mentionAt[k - 2] >= 0 ? ctx.mentions[ctx.mentionAt[k - 2]]!.firstToken : k - 2;
}

/** The token before ", som ..., " / ", who ..., " that closes at the comma j, when a name stands before it; else -1. */
function relativeClauseStart(ctx: Ctx, j: number, first: number, lex: SpeechLexicon): number {
  for (let k = j - 1; k > first && j - k < RELATIVE_CLAUSE_TOKENS; k--) {
    const t = ctx.tokens[k];
    // A quotation inside the clause is part of it ("Vucic, who has described them as "foreign-funded", insisted").
    if (t.text === '.' || t.text === ';') return -1;
    // Nor a comma inside a name ("the University of California, Los Angeles (UCLA) who studies").
    if (t.text !== ',' || ctx.quoteAt[k] >= 0 || ctx.mentionAt[k] >= 0 || inNameList(ctx, k, j, lex) || fieldListComma(ctx, k, j) || wordListComma(ctx, k, j, lex)) continue;
    // ", som ...", ", who ...", ", an adviser to ...", ", speaking in Tokyo,"
    const opener = lower(ctx, k + 1);
    // "The International Council ... (ICES), which advises ...": the name stands before its acronym; "Sutrisno, 54, a
    // fisherman ...": before an age.
    let name = k - 1;
    // "Direktoratet for høyere utdanning og kompetanse (HK-dir), som": a short form of a few tokens.
    if (ctx.tokens[name]?.text === ')') {
      let open = name - 1;
      while (open > first && name - open < SHORT_FORM_TOKENS && ctx.tokens[open]!.text !== '(') open--;
      if (ctx.tokens[open]?.text === '(') name = open - 1;
    }
    if (ctx.tokens[name]?.kind === 'number' && ctx.tokens[name - 1]?.text === ',' && /^\d{1,2}$/u.test(ctx.tokens[name]!.text)) name -= 2;
    // "Michael O'Higgins SC, for the accused,": past the letters after a person's name.
    if (postNominalAt(ctx, name, lex)) name--;
    // "The Tasnim news agency, which ...": a name and the nouns for its kind.
    const described = isWord(ctx, name) && lex.isOrgNoun(lower(ctx, name)) ? [name - 1, name - 2].find((x) => x > first && entityAt(ctx, x) >= 0) : undefined;
    const before = entityAt(ctx, described ?? name);
    // "in Kiruna, Sweden,": the comma of a place (perhaps one the tagger did not know) and its country or region, inside
    // the clause.
    const after = entityAt(ctx, k + 1);
    const town = before >= 0 ? entityType(ctx, before) === 'place' : /^\p{Lu}/u.test(ctx.tokens[name]?.text ?? '') && ctx.tokens[name]?.kind === 'word';
    // So do a body and its town ("Tom Clarke, of Trinity College, Dublin, said").
    const seated = town || (before >= 0 && entityType(ctx, before) === 'organization');
    if (seated && after >= 0 && entityType(ctx, after) === 'place' && ctx.mentions[ctx.mentionAt[k + 1]]!.endToken === j) continue;
    // "X, der selv var minister, da programmet blev forsinket, mener": a subordinate clause inside the relative one.
    // "X, the head of the Sitaro Islands regency, where Ruang is located, told": a clause of where a place lies.
    if (before < 0 && (lex.subordinators.has(opener) || WHERE.has(opener))) continue;
    // "The union, which questioned 5,000 nurses, said": a noun for an organization after its article is a subject too.
    // "The trade body, which ...": perhaps with a modifier.
    // "The Melbourne-based company, which ...": or an adjective of place after "the" (not "A Dublin-based producer, who").
    const located = lower(ctx, locatingAdjectiveStart(ctx, name - 1) - 1);
    const modified = isLowerWord(ctx, name - 1) && (lex.determiners.has(lower(ctx, name - 2)) || (lex.determiners.has(located) && !lex.indefinites.has(located)));
    // "The report, published on Thursday, said": so is a body's document, before a participle's phrase too.
    const documentNoun = lex.sourceDocuments.has(lower(ctx, name)) && (lex.lang === 'en' ? lower(ctx, name - 1) === 'the' : name === first);
    // "Ministeren, der sidder for CDU, sagde": so is a title, which names its holder; not one an adjective qualifies
    // ("Den tyske transportminister" is not the Danish one).
    const nameRole = lex.roleOf(lower(ctx, name));
    const titleNoun = nameRole !== undefined && (lex.determiners.has(lower(ctx, name - 1)) || nameRole.definite === true);
    const orgNoun = isWord(ctx, name) && ctx.mentionAt[name] < 0 && ((lex.isOrgNoun(lower(ctx, name)) && (lex.determiners.has(lower(ctx, name - 1)) || modified)) || documentNoun || titleNoun);
    const participial = lex.lang === 'en' && /(?:ed|en)$/u.test(opener) && lex.prepositions.has(lower(ctx, k + 2));
    if (before < 0 && orgNoun && (lex.relatives.has(opener) || participial) && !ctx.tokens.slice(first, name).some((t) => lex.subordinators.has(t.text.toLowerCase()))) return name;
    // "Guadalupe Hernandez de la Cruz, a retired teacher from Guadalajara, Mexico, who arrived ..., said": a person's
    // relative pronoun after a place that ends an apposition stands for the person it describes.
    if (before >= 0 && entityType(ctx, before) === 'place' && PERSONAL_RELATIVES.has(opener)) {
      const described = personBeforePlaceApposition(ctx, name, first, lex);
      if (described >= 0) return described;
    }
    // "UA Zensen, Japan's largest industrial union, which represents care workers, warned": the name the apposition
    // before the relative clause describes.
    const apposed = before < 0 && lex.lang === 'en' && lex.relatives.has(opener) ? namedBeforeApposition(ctx, name, first, lex) : -1;
    if (apposed >= 0) return apposed;
    // "The farmers, who came from Belgium and Ireland, say": a common noun after its article is the subject, unnamed.
    const commonNoun = isLowerWord(ctx, name) && lex.determiners.has(lower(ctx, name - 1)) && name - 1 === first;
    if (before < 0 && commonNoun && PERSONAL_RELATIVES.has(opener)) return name;
    if (before < 0) return -1;
    // An apposition describes the name before it ("Podolyak, an adviser to ..."); after "Sjef for Hæren, generalmajor
    // X" the name inside the commas is the subject.
    // "Xinhua, China's state news agency, said": so does one that opens with an owner's possessive.
    const owner = entityAt(ctx, k + 1) >= 0 ? ctx.mentions[ctx.mentionAt[k + 1]]! : undefined;
    const possessive = lex.lang === 'en' && owner !== undefined && /['’]s?$/u.test(owner.text) && isWord(ctx, owner.endToken);
    // "The Serum Institute, based in Pune, has said": so does a participle's phrase.
    // Also an irregular one ("Merck & Co, known as MSD outside North America, confirmed").
    const participle = lex.lang === 'en' && (/(?:ing|ed)$/u.test(opener) || IRREGULAR_PARTICIPLES.has(opener)) && (lex.prepositions.has(lower(ctx, k + 2)) || lower(ctx, k + 2) === 'as');
    // "Felixstowe Dock and Railway Company, part of Hong Kong-based CK Hutchison Holdings, said".
    // "Grassland Agro, one of the country's largest fertiliser suppliers, said".
    const partOf = lex.lang === 'en' && (opener === 'part' || opener === 'one') && lower(ctx, k + 2) === 'of';
    const apposition = lex.determiners.has(opener) || lex.roleOf(opener) !== undefined || (lex.lang === 'en' && /ing$/u.test(opener)) || possessive || participle || partOf;
    // An organization's apposition opens with an article ("Frontex, the EU's border agency, confirmed").
    // "KS, kommunenes interesseorganisasjon, mener": a Norwegian or Danish genitive and a noun for the organization.
    // The noun is indefinite after the genitive; the lexicon lists the definite forms that point back.
    const noun = lower(ctx, k + 2);
    const genitiveNoun = lex.lang !== 'en' && /s$/u.test(opener) && /^\p{Ll}/u.test(ctx.tokens[k + 1]?.text ?? '') && j === k + 3 && [noun, `${noun}en`, `${noun}et`, `${noun}n`, `${noun}t`].some((x) => lex.isOrgNoun(x));
    // "Norgesgruppen, landets største dagligvareaktør, sier", "Equinor, Norges største selskap, sier": an organization
    // described by an owner's genitive (a word's or a place's) and a short noun phrase.
    const ownerGenitive = (/^\p{Ll}/u.test(ctx.tokens[k + 1]?.text ?? '') && /s$/u.test(opener)) || (owner !== undefined && owner.text !== owner.base && owner.endToken === k + 2);
    const describedBody = lex.lang !== 'en' && entityType(ctx, before) === 'organization' && ownerGenitive && j - k - 2 >= 1 && j - k - 2 <= APPOSITION_NOUN_WORDS &&
      ctx.tokens.slice(k + 2, j).every((t, n) => isWord(ctx, k + 2 + n) && /^\p{Ll}/u.test(t.text) && ctx.mentionAt[k + 2 + n] < 0 && !lex.cues.has(t.text.toLowerCase()));
    // "Michael O'Higgins SC, for the accused, told", "Tom Clarke, of Trinity College, Dublin, said": a person's
    // prepositional phrase.
    const personsPhrase = lex.lang === 'en' && lex.prepositions.has(opener) && !lex.subordinators.has(opener) && entityType(ctx, before) === 'person';
    // "China and Brazil, two of the biggest players at the IMO, have said", "The Greens and Die Linke, both in
    // opposition, said": an apposition that counts the names before it.
    const counting = (BOTH.has(opener) || GROUP_COUNTS.has(opener)) && lex.conjunctions.has(lower(ctx, (ctx.mentionAt[name] >= 0 ? ctx.mentions[ctx.mentionAt[name]]!.firstToken : name) - 1));
    const describing = (apposition && (entityType(ctx, before) === 'person' || lex.determiners.has(opener) || possessive || participle || partOf)) || genitiveNoun || describedBody || personsPhrase || counting;
    // "Mai Linh Tran, hvis forældre kom fra Vietnam, siger": "hvis" and a noun (not "hvis hun vinder").
    const whose = lex.possessiveRelatives.has(opener) && isLowerWord(ctx, k + 2) && !lex.pronouns.has(lower(ctx, k + 2)) && !lex.firstPersonPronouns.has(lower(ctx, k + 2));
    // "Reuters, citing a senior EU diplomat, said": the source's own relay.
    const citing = firstPhrase(ctx, k + 1, lex.quoting, j) !== undefined;
    if (!lex.relatives.has(opener) && !describing && !whose && !citing) return -1;
    // "Når det gjelder Krim, som ...": a name inside an opening subordinate clause is no subject; in English it is the
    // clause's own, speaking in it, when only words that describe it stand between ("hours after US drugmaker Merck &
    // Co, known as MSD ..., confirmed"), not a preposition ("After talks with Iran, which ...").
    const nameStart = ctx.mentionAt[name] >= 0 ? ctx.mentions[ctx.mentionAt[name]]!.firstToken : name;
    const ownSubject = (x: number): boolean => lex.lang === 'en' && ctx.tokens.slice(x + 1, nameStart).every((t, n) => isWord(ctx, x + 1 + n) && !lex.prepositions.has(t.text.toLowerCase()));
    for (let x = first; x < name; x++) if (lex.subordinators.has(lower(ctx, x)) && !ownSubject(x)) return -1;
    return name;
  }
  return -1;
}

/**
 * The most words of the noun phrase after an owner's genitive in an organization's apposition ("landets største
 * dagligvareaktør", "Europas største produsent av fornybar energi").
 */
const APPOSITION_NOUN_WORDS = 6;

/** How far after a cue its complementizer may stand. */
const COMPLEMENT_REACH = 8;
/**
 * How far when a comma stands before the complementizer and a prepositional phrase, or in Norwegian and Danish any
 * words, before it ("oplyser i en skriftlig kommentar til TV 2, at"); in English this reach elsewhere would take a
 * relative "that" for the complementizer.
 */
const FAR_COMPLEMENT_REACH = 12;

/** Whether the word at `i` reads as an infinitive: lower case, in -e, and no pronoun, article or adverb. */
export function infinitiveAt(ctx: Ctx, i: number, lex: SpeechLexicon): boolean {
  const w = lower(ctx, i);
  // Definite plurals ("skolerne", "landene") and plural adjectives before their noun end in -e too.
  const plural = /(?:erne|ene)$/u.test(w) && w.length > 5;
  return isWord(ctx, i) && /^\p{Ll}.*e$/u.test(ctx.tokens[i]!.text) && !plural && isWord(ctx, i + 1) && !lex.pronouns.has(w) && !lex.determiners.has(w) && !lex.indefinites.has(w) && !lex.adverbs.has(w);
}

/** Whether Danish "at" at k marks an infinitive: no comma or conjunction before it, an infinitive after it. */
function infinitiveMark(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  const before = ctx.tokens[k - 1]!;
  return before.text !== ',' && !lex.conjunctions.has(lower(ctx, k - 1)) && !lex.contrast.has(lower(ctx, k - 1)) && infinitiveAt(ctx, k + 1, lex) && !lex.quantifiers.has(lower(ctx, k + 1));
}

/** Where a reported clause starts after a cue: after "at"/"that" within a few words, or right away for bare cues. */
export function complementStart(ctx: Ctx, from: number, end: number, lex: SpeechLexicon, cue: Cue): { start: number; explicit: boolean } | undefined {
  // "sagde X, Y's chief, til investorer, at": the comma closing an apposition; "oplyser X, som ..., at": a relative
  // clause.
  let k0 = from;
  if (ctx.tokens[from]?.text === ',' && entityAt(ctx, from - 1) >= 0) k0 = from + 1;
  // "sier ifølge NTB, som siterer Finnmark Dagblad, at": a source between the verb and its clause relays it, perhaps set
  // off by commas, an adverb perhaps before ("He added, according to the same report, that", "mener også, ifølge Reuters,
  // at").
  let comma = k0;
  while (comma < k0 + 2 && isWord(ctx, comma) && lex.adverbs.has(lower(ctx, comma))) comma++;
  if (ctx.tokens[comma]?.text === ',' && firstPhrase(ctx, comma + 1, lex.according, end)) k0 = comma + 1;
  const source = firstPhrase(ctx, k0, lex.according, end);
  if (source) {
    k0 += source.length;
    while (k0 < end && isWord(ctx, k0) && firstPhrase(ctx, k0, lex.complementizers, end) === undefined) k0++;
  }
  // Norwegian and Danish set "at" off by a comma after adverbs too ("advarede allerede sidste år i en rapport om, at").
  // So does a phrase after the one spoken to ("warned the rebels in a closed-door meeting on Tuesday that").
  const addressedPhrase = cue.addressed && [1, 2, 3, 4].some((d) => lex.prepositions.has(lower(ctx, k0 + d)) && isWord(ctx, k0 + d - 1));
  const farReach = lex.prepositions.has(lower(ctx, k0)) || lex.lang !== 'en' || addressedPhrase;
  // An inserted relay moves the reach on: it counts from the comma that closes it.
  let reachFrom = k0;
  for (let k = k0; k < Math.min(end, reachFrom + (farReach ? FAR_COMPLEMENT_REACH : COMPLEMENT_REACH)); k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'quote' || t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') break;
    // "reported, citing three officials, that": a relay inserted before the clause.
    if (t.text === ',' && (lex.relatives.has(lower(ctx, k + 1)) || firstPhrase(ctx, k + 1, lex.quoting, end) !== undefined)) {
      let close = k + 2;
      // Not a comma inside a name ("citing the Ministry of Land, Infrastructure and Transport, that").
      while (close < Math.min(end, k + 14) && (ctx.tokens[close].text !== ',' || entityAt(ctx, close) >= 0) && ctx.tokens[close].kind !== 'quote' && ctx.tokens[close].text !== '.') close++;
      if (ctx.tokens[close]?.text === ',' && firstPhrase(ctx, close + 1, lex.complementizers, end) !== undefined) {
        k = close;
        reachFrom = close;
        continue;
      }
    }
    // "It warned, however, that": an adverb set off by commas.
    if (t.text === ',' && lex.adverbs.has(lower(ctx, k + 1)) && ctx.tokens[k + 2]?.text === ',') {
      k += 2;
      continue;
    }
    if (t.text === ',' && firstPhrase(ctx, k + 1, lex.complementizers, end) === undefined) break;
    // "said his party would keep voting against budgets that added ...": a verb before "that" makes it a relative
    // pronoun inside a bare clause.
    if (lex.lang === 'en' && k > from && lex.aux.has(ctx.tokens[k]!.text) && ctx.mentionAt[k] < 0) break;
    // "warned residents not to touch any debris that washes ashore", "urged the ministry to review every permit that
    // expires": after an infinitive the one spoken to is told to do, "that" is a relative pronoun.
    if (lex.lang === 'en' && k > from && lower(ctx, k) === 'to' && (lower(ctx, k - 1) === 'not' || cue.directive) && isLowerWord(ctx, k + 1) && !lex.determiners.has(lower(ctx, k + 1))) break;
    const comp = firstPhrase(ctx, k, lex.complementizers, end);
    // "said repeated disruptions risked undermining that ambition": after a verb's -ing form that is no cue, "that" is
    // a determiner inside a bare clause; the word before shows it a verb's ("Tuesday evening that", "a ruling that").
    const verbBefore = (x: number): boolean => lex.aux.has(lower(ctx, x)) || /^\p{Ll}+ed$/u.test(ctx.tokens[x]?.text ?? '');
    if (comp && lex.lang === 'en' && k > from + 1 && /^\p{Ll}+ing$/u.test(ctx.tokens[k - 1]!.text) && !lex.cues.has(lower(ctx, k - 1)) && verbBefore(k - 2)) break;
    // "said it had monitored the drills and that ...": a second, coordinated clause; the first opens at the cue.
    if (comp && k - 1 > from && (lex.conjunctions.has(lower(ctx, k - 1)) || lex.contrast.has(lower(ctx, k - 1)))) break;
    // Danish "at" without a comma before an infinitive marks it ("forventer at åbne", "afviser at kommentere"): no
    // clause; a promise to act is kept ("har lovet at stoppe").
    if (comp && lex.lang === 'da' && infinitiveMark(ctx, k, lex) && !lex.infinitiveVerbs.has(cue.text)) return undefined;
    // After the one spoken to and where, "that" opens the report ("told a ceremony at the army's training centre that").
    if (comp && (complementReached(ctx, k, reachFrom, farReach, lex) || addressedPhrase) && (k === from || !lex.notComplementAfter.has(lower(ctx, k - 1)))) return { start: k + comp.length, explicit: true };
    // Another cue's word ends the reach; not one after an article, a noun ("warned in a note that").
    if (t.kind === 'word' && lex.cues.has(lower(ctx, k)) && k > from && !articleAt(ctx, k - 1, lex) && !participleOfNoun(ctx, k, lex) && !(cue.addressed && addresseeNoun(ctx, k, lex))) break;
  }
  // "told the Manchester Evening News she had": the one spoken to, named, before the clause.
  if (cue.addressed) {
    const at = lex.determiners.has(lower(ctx, from)) ? from + 1 : from;
    const named = entityAt(ctx, at) >= 0 ? ctx.mentions[ctx.mentionAt[at]]!.endToken : -1;
    if (named > 0 && lex.clauseSubjects.has(lower(ctx, named)) && isWord(ctx, named + 1)) return { start: named, explicit: false };
    // "told RTÉ radio she had", "told detectives he had": one lower-case word for the one spoken to, then the subject.
    const noun = named > 0 ? named : from;
    const lowerNoun = isLowerWord(ctx, noun) && !lex.clauseSubjects.has(lower(ctx, noun));
    if (lex.lang === 'en' && lowerNoun && lex.clauseSubjects.has(lower(ctx, noun + 1)) && isWord(ctx, noun + 2)) return { start: noun + 1, explicit: false };
    // "told Reuters the company remained committed": an English clause opening with its subject's article.
    const opensClause = (k: number): boolean => (lex.determiners.has(lower(ctx, k)) || lex.possessivePronouns.has(lower(ctx, k))) && isWord(ctx, k + 1) && !lex.prepositions.has(lower(ctx, k + 1)) && wordCount(ctx, k, end) >= 4;
    if (lex.lang === 'en' && named > 0 && opensClause(named)) return { start: named, explicit: false };
    // "told the court the fine was unlawful", "told a news conference the bank would ...": the one spoken to unnamed;
    // not over a preposition ("told a signing ceremony at the army's training centre").
    if (lex.lang === 'en' && named < 0 && lex.determiners.has(lower(ctx, from))) {
      for (let k = from + 2; k < Math.min(end, from + 5) && isLowerWord(ctx, k - 1) && !lex.prepositions.has(lower(ctx, k - 1)); k++) {
        if (opensClause(k) || (lex.clauseSubjects.has(lower(ctx, k)) && isWord(ctx, k + 1))) return { start: k, explicit: false };
      }
    }
  }
  // "confirmed it had evacuated", "warned they would": a subject pronoun opens a clause after any cue.
  const pronounClause = !cue.quoteOnly && lex.clauseSubjects.has(lower(ctx, from)) && isWord(ctx, from + 1);
  if (!cue.bare && !pronounClause) return undefined;
  let k = from;
  if (ctx.tokens[k]?.text === ':') k++;
  for (let moved = true; moved && k < end; ) {
    moved = false;
    const time = firstPhrase(ctx, k, lex.timeWords, end);
    // "said today's talks ..." is no time before the clause.
    if (time && !ctx.tokens[k + time.length]?.glued) {
      k += time.length;
      moved = true;
    } else if (lex.adverbs.has(lower(ctx, k)) && isWord(ctx, k + 1)) {
      k++;
      moved = true;
    }
  }
  // "sa til Dagsavisen i går, ...", "said on Tuesday.": a prepositional phrase is no reported clause; "said about 60
  // people had", "said at least 140,000" open one with a quantity.
  // "said about a quarter of her guests", "said around half the staff": a share after the approximating word, too.
  // So does a number in words ("said around forty climbers had").
  const share = lex.approximators.has(lower(ctx, k)) && (QUANTITY_NOUNS.has(lower(ctx, k + 1)) || SPELLED_NUMBERS.has(lower(ctx, k + 1)) || (lex.indefinites.has(lower(ctx, k + 1)) && QUANTITY_NOUNS.has(lower(ctx, k + 2))));
  // "said at least four projects were": so does "at least" before a number in words.
  const least = lower(ctx, k + 1) === 'least' && SPELLED_NUMBERS.has(lower(ctx, k + 2));
  const quantity = ctx.tokens[k + 1]?.kind === 'number' || ctx.tokens[k + 2]?.kind === 'number' || share || least;
  if (lex.prepositions.has(lower(ctx, k)) && !quantity) {
    // "said in a statement it would comply": a short phrase, then a subject pronoun that opens the clause.
    for (let j = k + 1; j < Math.min(end, k + PHRASE_BEFORE_CLAUSE); j++) {
      if (!isWord(ctx, j)) break;
      if (lex.clauseSubjects.has(lower(ctx, j)) && j > k + 1 && isWord(ctx, j + 1)) return { start: j, explicit: false };
    }
    return undefined;
  }
  if (lex.boundaries.has(lower(ctx, k)) && !lex.pronouns.has(lower(ctx, k)) && !lex.determiners.has(lower(ctx, k)) && wordCount(ctx, k, end) <= 4) return undefined;
  // "said as he moved a small flock along the road": "as" and a subject open a clause of time, not the report ("said as
  // many as 40 people had" opens one).
  if (lex.lang === 'en' && lower(ctx, k) === 'as' && lex.clauseSubjects.has(lower(ctx, k + 1))) return undefined;
  if (cue.bareNeedsAuxiliary && !pronounClause && !auxiliaryWithin(ctx, k, end, lex)) return undefined;
  // "..., adding 10 to 14 days to voyages", "with the state adding a further 20 per cent": an amount with no verb after a
  // participle that goes on with the sentence is the participle's object; so is one, also in words, after a cue that
  // means adding too ("as it adds more solar and wind power to its grid", "have added less than a minute").
  const amount = (): boolean => [k, k + 1, k + 2].some((x) => ctx.tokens[x]?.kind === 'number') || ADDED_QUANTITIES.has(lower(ctx, k));
  if ((cue.coordinate || lex.amountCues.has(cue.text)) && lex.lang === 'en' && amount() && !auxiliaryWithin(ctx, k, end, lex)) return undefined;
  // "said it again (on Tuesday)": a pronoun the verb takes as its object, then an adverb and no verb, is no clause.
  if (lex.clauseSubjects.has(lower(ctx, k)) && lex.adverbs.has(lower(ctx, k + 1)) && (!isWord(ctx, k + 2) || lex.prepositions.has(lower(ctx, k + 2)))) return undefined;
  if (k < end && (isWord(ctx, k) || ctx.tokens[k].kind === 'quote' || ctx.tokens[k].kind === 'dash')) return { start: k, explicit: false };
  return undefined;
}

/** Whether a complementizer at k is within a cue's reach, or past it after a comma, a time or a name spoken to. */
function complementReached(ctx: Ctx, k: number, reachFrom: number, farReach: boolean, lex: SpeechLexicon): boolean {
  if (k < reachFrom + COMPLEMENT_REACH || ctx.tokens[k - 1]!.text === ',') return true;
  if (!farReach) return false;
  // "said in a letter to the Treasury on Monday that": after a time, "that" opens no relative clause.
  if (lex.timeWords.some((p) => p.length === 1 && p[0] === lower(ctx, k - 1))) return true;
  // Nor after a name spoken to ("said in a statement to the Oslo Stock Exchange that"), which a relative clause seldom
  // follows; after one that owns or runs something it may ("a plant owned by Tata Steel that employs 4,000").
  if (ctx.mentionAt[k - 1] < 0) return false;
  const named = ctx.mentions[ctx.mentionAt[k - 1]]!.firstToken;
  // Nor after the town where it was said ("said at her regular morning news conference in Mexico City that").
  const town = lower(ctx, named - 1) === 'in' && entityType(ctx, entityAt(ctx, k - 1)) === 'place';
  return town || lower(ctx, lex.determiners.has(lower(ctx, named - 1)) ? named - 2 : named - 1) === 'to';
}

/** English nouns of a share or a count that an approximating word opens a clause's subject with ("about a quarter"). */
const QUANTITY_NOUNS = new Set(['quarter', 'third', 'half', 'fifth', 'tenth', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'handful', 'fraction']);

/** English words of a quantity that a coordinated cue's object opens with ("adds more solar power", "added extra crews"). */
const ADDED_QUANTITIES = new Set(['more', 'less', 'fewer', 'another', 'extra', 'further']);

/** English numbers in words, which after "about" or "around" open a clause as digits do. */
const SPELLED_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** How many words a prepositional phrase between a cue and its clause may take ("in a statement"). */
const PHRASE_BEFORE_CLAUSE = 5;

/** How many words into a clause without "that" its auxiliary may stand ("the country's grid operator was"). */
const AUXILIARY_REACH = 6;

function auxiliaryWithin(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  for (let k = from; k < Math.min(end, from + AUXILIARY_REACH); k++) {
    if (ctx.tokens[k].kind === 'punct' && ctx.tokens[k].text !== "'") return false;
    if (lex.aux.has(lower(ctx, k))) return true;
  }
  return false;
}

/** Whether token k begins an attribution that ends a clause: "..., sier X", "... og la til", ", ifølge X". */
function startsAttribution(ctx: Ctx, k: number, end: number, lex: SpeechLexicon): boolean {
  return cueAt(ctx, k, end, lex) !== undefined || firstPhrase(ctx, k, lex.according, end) !== undefined;
}

/** English subject pronouns of a person, who acts in a clause of their own after a report ("..., and he has declined"). */
const PERSONAL_SUBJECTS = new Set(['he', 'she']);

/**
 * Where a reported clause ends: at the end of the sentence, or before ", men" (unless "men at"), ";", a coordinated
 * new cue ("og kalte", ", men understreker at"), a trailing attribution (", skriver CNN"), or, when the sentence
 * opened with a subordinate clause ("Imens Rusland oplyser, at ..., viser ..."), at the next comma; when the cue stands
 * in a relative clause (`relative`), at the comma that closes it.
 */
export function clauseEnd(ctx: Ctx, start: number, end: number, lex: SpeechLexicon, how: { subordinate?: boolean; relative?: boolean; source?: boolean } = {}): number {
  const { subordinate = false, relative = false, source = false } = how;
  // Inside a relative clause: how many clauses of its own the report has opened and not yet closed.
  let nested = 0;
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k];
    const inQuote = ctx.quoteAt[k] >= 0 && ctx.quoteAt[k] !== ctx.quoteAt[start - 1];
    if (inQuote && t.kind !== 'quote') continue;
    if (t.text === ';') return k;
    const w = t.text.toLowerCase();
    if (t.text === ',') {
      if (subordinate) return k;
      // ", men bare dersom ...", ", but only if": a contrast that qualifies the clause (an adverb follows) continues it;
      // so does any after a source's clause ("Ifølge ministeriet blev 312 udvist, men omkring en fjerdedel ...").
      // Not one that reports another's words ("Ifølge X var værkerne forsikret, men direktøren understreger, at", ", men
      // ifølge VG er den ikke signert").
      if (lex.contrast.has(lower(ctx, k + 1)) && firstPhrase(ctx, k + 2, lex.complementizers, end) === undefined && !lex.adverbs.has(lower(ctx, k + 2)) && (!source || cueWithin(ctx, k + 2, end, lex) || firstPhrase(ctx, k + 2, lex.according, end) !== undefined)) return k;
      if (startsAttribution(ctx, k + 1, end, lex)) return k;
      if (lex.conjunctions.has(lower(ctx, k + 1)) && cueAt(ctx, k + 2, end, lex)) return k;
      // A source's clause ends before a coordinated one that names its own speaker ("Ifølge X har selskapet tilbudt en
      // rabatt, og han viser til at ...").
      if (source && lex.conjunctions.has(lower(ctx, k + 1)) && cueWithin(ctx, k + 2, end, lex)) return k;
      // So does any report before one with a speaker of its own ("said it intends to sell, and analysts warn that").
      if (lex.conjunctions.has(lower(ctx, k + 1)) && coordinatedReport(ctx, k + 2, end, lex)) return k;
      if (lex.lang === 'en' && trailingEnglishAttribution(ctx, k + 1, end, lex)) return k;
      // "said that the United States needs Greenland, and he has declined to rule out ...": the speaker's own next act.
      if (lex.lang === 'en' && lex.conjunctions.has(lower(ctx, k + 1)) && PERSONAL_SUBJECTS.has(lower(ctx, k + 2)) && lex.aux.has(lower(ctx, k + 3))) return k;
      // "said she had spoken to Eurostar, and had asked for “a full explanation”": the speaker's own next act,
      // which quotes them, is no part of the report.
      if (lex.lang === 'en' && coordinatedQuotingPredicate(ctx, k + 1, end, lex)) return k;
      // ", days after customers began ...": a time relative to another event closes the clause; so does a relay
      // (", citing figures from the WHO").
      if (relativeTimeAt(ctx, k + 1, end, lex) || firstPhrase(ctx, k + 1, lex.quoting, end)) return k;
      // ", som ifølge Baku inneholder ...": a relative clause on a source of its own is that source's claim.
      if (lex.relatives.has(lower(ctx, k + 1)) && firstPhrase(ctx, k + 2, lex.according, end)) return k;
      // ", while fellow organiser X told N1 that": another speaker's report.
      if (lex.subordinators.has(lower(ctx, k + 1)) && cueWithin(ctx, k + 2, end, lex)) return k;
      if (relative) {
        // "Takaichi, who has said she is cautious ..., did not comment": the comma that closes the relative clause ends
        // the report, not one that opens or closes a clause inside it ("the talks, which lasted hours, were useful").
        const next = lower(ctx, k + 1);
        if (lex.relatives.has(next) || lex.subordinators.has(next)) nested++;
        else if (lex.contrast.has(next) || lex.conjunctions.has(next)) continue;
        else if (nested > 0) nested--;
        else return k;
      }
    }
    if ((lex.conjunctions.has(w) || lex.contrast.has(w)) && k > start && cueAt(ctx, k + 1, end, lex)) return k;
  }
  return end;
}

/** Whether ", and had asked for “...”" begins at `from`: a conjunction, a past verb or auxiliary, then a quotation. */
function coordinatedQuotingPredicate(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  if (!lex.conjunctions.has(lower(ctx, from)) || !isWord(ctx, from + 1)) return false;
  const verb = lower(ctx, from + 1);
  if (!lex.aux.has(verb) && !/\p{L}ed$/u.test(verb)) return false;
  for (let k = from + 2; k < end; k++) if (ctx.tokens[k].kind === 'quote') return true;
  return false;
}

/** How many words of quantity and unit may stand before the link of a relative time ("just two days after"). */
const RELATIVE_TIME_WORDS = 3;

/** Whether a time relative to an event begins at `from`: words of quantity or unit, then "after"/"etter". */
function relativeTimeAt(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  const { units, links } = lex.relativeTimes;
  for (let k = from; k < Math.min(end, from + RELATIVE_TIME_WORDS + 1); k++) {
    const w = lower(ctx, k);
    if (k > from && links.has(w)) return true;
    if (!units.has(w) && ctx.tokens[k].kind !== 'number') return false;
  }
  return false;
}

/** How far after a subordinator a cue makes its clause another report. */
const SUBORDINATE_CUE_REACH = 8;

function cueWithin(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  for (let k = from; k < Math.min(end, from + SUBORDINATE_CUE_REACH); k++) {
    // Not over punctuation, but over a hyphen or an owner's genitive ("while Labour's transport spokesman X accused").
    const inPhrase = ctx.tokens[k].compound === 'hyphen' || POSSESSIVES.has(ctx.tokens[k].text);
    if ((ctx.tokens[k].kind === 'punct' && !inPhrase) || ctx.quoteAt[k] >= 0) return false;
    if (entityAt(ctx, k) < 0 && cueAt(ctx, k, end, lex)) return true;
  }
  return false;
}

/** Whether a subject and a cue that reports a clause of its own begin at `from` ("analysts in Johannesburg warn that"). */
function coordinatedReport(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  // "said prices rose, and that wages fell": the same report's next clause.
  if (firstPhrase(ctx, from, lex.complementizers, end) !== undefined) return false;
  for (let k = from + 1; k < Math.min(end, from + SUBORDINATE_CUE_REACH); k++) {
    if (ctx.tokens[k].kind === 'punct' || ctx.quoteAt[k] >= 0 || lex.aux.has(lower(ctx, k)) || PASSIVE_AUXILIARIES.has(lower(ctx, k))) return false;
    if (entityAt(ctx, k) >= 0 || !cueAt(ctx, k, end, lex)) continue;
    const subject = subjectBefore(ctx, k, from, lex, false);
    // "analysts in Johannesburg warn": observers, where they are.
    if (subject === undefined) return lex.observers.has(lower(ctx, from));
    return subject.start >= from && subject.ref.kind !== 'coordinate';
  }
  return false;
}

/** The most tokens of a subject between a quotation and its cue. */
const TRAILING_SUBJECT_TOKENS = 14;
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
/** English auxiliaries of the passive, after which a speech verb's participle reports nothing. */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** ", the negotiators told reporters in Istanbul": a short subject and a cue that close an English sentence. */
export function trailingEnglishAttribution(ctx: Ctx, k: number, end: number, lex: SpeechLexicon): CueMatch | undefined {
  // Up to "the company's chief executive, Jane Smith, said": the noun phrase must end at the cue anyway.
  for (let v = k; v < Math.min(end, k + TRAILING_SUBJECT_TOKENS); v++) {
    const c = cueAt(ctx, v, end, lex);
    // A cue that only ever attributes a quotation closes no plain clause (", including two guards accused of ...").
    if (!c || v === k || c.cue.quoteOnly) continue;
    let np = parseSpeakerNP(ctx, k, v, lex);
    // "..., farmers and industry groups said": unnamed speakers joined by "and" close it too.
    if (np.ref.kind === 'none' && np.end > k && lower(ctx, np.end) === 'and') {
      const second = parseSpeakerNP(ctx, np.end + 1, v, lex);
      if (second.ref.kind === 'none' && second.end === v && second.end > np.end + 1) np = { ...np, end: v };
    }
    // An apposition before the cue only where the cue closes the sentence ("..., Getlink, the company that operates
    // the tunnel, said."), not "One of them, Margaret Hollis, a retired teacher, told the BBC she had lost ...".
    const described = np.end !== v && np.end > k && apposition(ctx, np.end, v, lex) && wordCount(ctx, c.particleEnd, end) <= MAX_AFTER_APPOSITION;
    // "..., the electoral commission has announced": a perfect's auxiliary between the phrase and the cue (not "the
    // president is expected to").
    const auxiliary = np.end + 1 === v && PERFECT_AUXILIARIES.has(lower(ctx, np.end));
    if (np.end !== v && (np.end === k || !(prepositionalTail(ctx, np.end, v, lex) || participleTail(ctx, np.end, v, lex) || described || auxiliary))) return undefined;
    // "said she had lost ...", "said Tehran had ...": the cue opens a clause of its own. Only a phrase of place or time,
    // or the one spoken to, may follow a closing attribution.
    if (!closesAfterCue(ctx, c, end, lex)) return undefined;
    // "..., the GAO said on Tuesday, in a report that blames ...": after a comma and a preposition, "that" after a
    // noun is a relative pronoun; only one right after a comma opens the cue's clause (", in a statement, that").
    let phrase = false;
    for (let r = c.particleEnd; r < end; r++) {
      if (ctx.tokens[r].text === ',' && lex.prepositions.has(lower(ctx, r + 1))) phrase = true;
      // "..., the ministry said, adding that ...": a coordinated cue reports a clause of its own.
      if (ctx.tokens[r].text === ',' && cueAt(ctx, r + 1, end, lex)?.cue.coordinate) break;
      // "..., China's Ministry of Commerce said Tuesday, escalating a dispute that began ...": so does a participle's.
      // Not a relay inserted before the cue's own clause ("reported, citing a source, that ...").
      if (ctx.tokens[r].text === ',' && PARTICIPLE.test(ctx.tokens[r + 1]?.text ?? '') && firstPhrase(ctx, r + 1, lex.quoting, end) === undefined) break;
      if (firstPhrase(ctx, r, lex.complementizers, end) !== undefined && (!phrase || ctx.tokens[r - 1]?.text === ',')) return undefined;
      // `..., he said, "so that ..."`: a quotation that goes on after the attribution's comma leaves it closing; not
      // one whose verb the words before are the subject of (`The minister's promises, she said, "will mean nothing"`).
      if (ctx.tokens[r].kind === 'quote') return r === c.particleEnd + 1 && ctx.tokens[c.particleEnd]!.text === ',' && !lex.aux.has(lower(ctx, r + 1)) ? c : undefined;
    }
    return c;
  }
  return undefined;
}

function closesAfterCue(ctx: Ctx, c: CueMatch, end: number, lex: SpeechLexicon): boolean {
  const k = c.particleEnd;
  if (k >= end || !isWord(ctx, k)) return true;
  const w = lower(ctx, k);
  if (lex.prepositions.has(w) || lex.adverbs.has(w) || lex.conjunctions.has(w) || firstPhrase(ctx, k, lex.timeWords, end)) return true;
  if (!c.cue.addressed || !(lex.determiners.has(w) || entityAt(ctx, k) >= 0)) return false;
  // "told reporters the coalition would survive": the cue names the one spoken to; a clause follows.
  if (c.particleEnd > c.verb + 1 && lex.determiners.has(w)) return false;
  // "X told the court his client had ...": a clause after the one spoken to is the cue's own report.
  let j = entityAt(ctx, k) >= 0 ? k : k + 1;
  // "told the BBC", "told the Tagesspiegel newspaper": the one spoken to may be named.
  if (entityAt(ctx, j) >= 0) j = ctx.mentions[ctx.mentionAt[j]]!.endToken;
  while (j < end && j - k <= ADDRESSEE_WORDS && isWord(ctx, j) && ctx.mentionAt[j] < 0 && /^\p{Ll}/u.test(ctx.tokens[j]!.text) && !opensNounPhrase(ctx, j, lex) && !lex.prepositions.has(lower(ctx, j))) j++;
  return !(j < end && (opensNounPhrase(ctx, j, lex) || entityAt(ctx, j) >= 0));
}

/** The most words of the noun phrase for the one a cue addresses ("told the full court"). */
const ADDRESSEE_WORDS = 3;

/** Whether a pronoun, a possessive or a determiner opens a noun phrase at `k`: another clause's subject may start there. */
function opensNounPhrase(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  const w = lower(ctx, k);
  return lex.pronouns.has(w) || lex.possessivePronouns.has(w) || (lex.determiners.has(w) && !lex.prepositions.has(w));
}

/** An English present participle ("escalating"). */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/** How many words may follow a cue whose speaker has an apposition: a time or place ("said on Tuesday"). */
const MAX_AFTER_APPOSITION = 4;

/**
 * Whether [a, b) is an apposition between commas after a name, opening with a determiner and holding no cue or
 * quotation: "Getlink |, the company that operates the tunnel,| said".
 */
function apposition(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): boolean {
  // Or with a title and what it heads (", head of Counter Terrorism Policing North East,").
  const titled = lex.lang === 'en' && lex.roleOf(lower(ctx, a + 1)) !== undefined && lex.roleLinks.has(lower(ctx, a + 2));
  if (ctx.tokens[a]?.text !== ',' || ctx.tokens[b - 1]?.text !== ',' || b - a < 4 || (!lex.determiners.has(lower(ctx, a + 1)) && !titled)) return false;
  for (let k = a + 1; k < b - 1; k++) if (ctx.tokens[k].kind === 'quote' || (ctx.tokens[k].text === ',' && ctx.mentionAt[k] < 0 && !fieldListComma(ctx, k, b - 1)) || lex.cues.has(lower(ctx, k))) return false;
  return true;
}

/** The most tokens of an apposition that describes a source ("the national news agency"). */
const MAX_SOURCE_APPOSITION = 8;

/**
 * The comma that closes a named source's apposition opening at the comma k, when it says what kind of body or which
 * holder of a title the source is ("According to Bernama, the national news agency, which quoted ..."), or k.
 */
export function sourceAppositionEnd(ctx: Ctx, k: number, end: number, lex: SpeechLexicon): number {
  if (ctx.tokens[k]?.text !== ',') return k;
  for (let c = k + 2; c < Math.min(end - 1, k + MAX_SOURCE_APPOSITION); c++) {
    if (ctx.tokens[c]!.text !== ',') continue;
    const head = lower(ctx, c - 1);
    return isLowerWord(ctx, c - 1) && (lex.isOrgNoun(head) || lex.roleOf(head) !== undefined) && apposition(ctx, k, c + 1, lex) ? c : k;
  }
  return k;
}

/** Whether the comma at k parts the capitalised fields of a title up to `end` ("Minister for Climate, Energy and the Environment"). */
function fieldListComma(ctx: Ctx, k: number, end: number): boolean {
  let x = k + 1;
  while (x < end && (isCapitalised(ctx, x) || ctx.tokens[x]!.text === ',')) x++;
  if (x === k + 1 || x >= end || ctx.tokens[x]!.text !== 'and') return false;
  x += ctx.tokens[x + 1]?.text === 'the' ? 2 : 1;
  while (x < end && isCapitalised(ctx, x)) x++;
  return x === end;
}

/**
 * Whether the cue at `i` proposes an act, an infinitive after it, perhaps past an adverb ("foreslår derfor å øke
 * eiendomsskatten", "foreslår at holde akutklinikken lukket", "proposed to cut"); not a clause ("foreslår at
 * innbyggerne får si sitt").
 */
function proposedAct(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): boolean {
  if (!lex.proposals.verbs.has(lower(ctx, i))) return false;
  let k = i + 1;
  while (k < end && lex.adverbs.has(lower(ctx, k))) k++;
  if (lower(ctx, k) !== lex.proposals.infinitive) return false;
  // Danish and English mark a clause and an infinitive alike ("at", "to"): only a verb's infinitive after it.
  return lex.lang === 'nb' || (lex.lang === 'da' ? infinitiveAt(ctx, k + 1, lex) : isWord(ctx, k + 1) && ctx.mentionAt[k + 1] < 0 && !lex.determiners.has(lower(ctx, k + 1)) && !lex.objectPronouns.has(lower(ctx, k + 1)));
}

/** How many words after a cue may open a decision it announces ("sa | regjeringen mandag | nei til"). */
const DECISION_REACH = 3;

/**
 * Whether a decision follows a cue from `from` ("sa mandag nei til å ta i bruk medisinen", "sier de klart ja til"):
 * only a time, the subject or an adverb may stand before it, not a clause ("sier at et ja til forslaget vil ...") nor
 * a name that holds the words ("sa at Nei til EU vil kjempe videre").
 */
function decisionAfter(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  for (let k = from; k < Math.min(end, from + DECISION_REACH) && isWord(ctx, k); ) {
    if (ctx.mentionAt[k] < 0 && firstPhrase(ctx, k, lex.decisions, end)) return true;
    const time = firstPhrase(ctx, k, lex.timeWords, end);
    if (time) k += time.length;
    else if (ctx.mentionAt[k] >= 0 || lex.pronouns.has(lower(ctx, k)) || lex.adverbs.has(lower(ctx, k))) k++;
    else return false;
  }
  return false;
}

/** How many words a prepositional phrase after an unnamed subject may have ("officials on both sides"). */
const MAX_SUBJECT_PHRASE_WORDS = 5;

/** Whether [a, b) is a short prepositional phrase of words only: "officials | in Athens | said". */
export function prepositionalTail(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): boolean {
  if (!lex.prepositions.has(lower(ctx, a)) || b - a > MAX_SUBJECT_PHRASE_WORDS) return false;
  for (let k = a; k < b; k++) if (!isWord(ctx, k) || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k))) return false;
  return true;
}

/** The most tokens of a participle's phrase of place after a subject ("waiting at Munich's central station"). */
const MAX_PARTICIPLE_PHRASE_TOKENS = 8;

/**
 * Whether [a, b) is a participle and its phrase of place that describe the subject before them ("a commuter | waiting
 * at Munich's central station | told Reuters").
 */
export function participleTail(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): boolean {
  if (!PARTICIPLE.test(ctx.tokens[a]?.text ?? '') || !lex.prepositions.has(lower(ctx, a + 1)) || b - a > MAX_PARTICIPLE_PHRASE_TOKENS) return false;
  for (let k = a + 1; k < b; k++) if (!(isWord(ctx, k) || POSSESSIVES.has(ctx.tokens[k]!.text)) || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k))) return false;
  return true;
}

/**
 * "regionalregeringen i Republikken Sakha", "the regional government in Sakha", "the government of Ghana": a place's
 * government, perhaps with an adjective or as a compound's head, and the place, which speaks as it.
 */
export function placeGovernment(ctx: Ctx, i: number, end: number, lex: SpeechLexicon): NounPhrase | undefined {
  const { nouns, links } = lex.placeGovernments;
  let k = lex.determiners.has(lower(ctx, i)) ? i + 1 : i;
  if (isLowerWord(ctx, k) && !nouns.has(lower(ctx, k)) && nouns.has(lower(ctx, k + 1))) k++;
  if (!isWord(ctx, k) || !lex.isPlaceGovernment(lower(ctx, k)) || !links.has(lower(ctx, k + 1))) return undefined;
  const place = entityAt(ctx, k + 2);
  if (place < 0 || entityType(ctx, place) !== 'place') return undefined;
  const m = ctx.mentions[ctx.mentionAt[k + 2]]!;
  if (m.firstToken !== k + 2 || m.endToken > end || (m.endToken < end && isWord(ctx, m.endToken))) return undefined;
  return nounPhrase(i, m.endToken, [place], { kind: 'entity', entity: place });
}

/** The span of tokens [a, b) without trailing punctuation and white space. */
export function trimSpan(ctx: Ctx, a: number, b: number): { start: number; end: number } | undefined {
  while (b > a && ['.', ',', ';', ':', '–', '—', '-'].includes(ctx.tokens[b - 1].text)) b--;
  while (a < b && [',', ':', '–', '—', '-'].includes(ctx.tokens[a].text)) a++;
  if (b <= a) return undefined;
  return { start: ctx.tokens[a].start, end: ctx.tokens[b - 1].end };
}

/** How many word tokens lie in [a, b). */
export function wordCount(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (isWord(ctx, k)) n++;
  return n;
}
