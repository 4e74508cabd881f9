import { entityAt, entityType, firstPhrase, genitiveMarkAt, lower, pastParenthesis, type Ctx } from './context.js';
import type { SpeechLexicon } from './lexicon.js';
import { cueAt, placeGovernment } from './phrases.js';

/** Token k's party in parentheses after a person's name ("Werner Schwarz | (CDU)"): where it ends, else k. */
function pastParty(ctx: Ctx, k: number): number {
  const person = entityAt(ctx, k - 1);
  return person >= 0 && entityType(ctx, person) === 'person' ? pastParenthesis(ctx, k) : k;
}

/**
 * The organizations and people named in tokens [a, b), in order: who passes a statement on. Places only locate; a
 * person's party in parentheses, or where the person works, only describes the person.
 */
export function relayEntities(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) {
    const past = pastParty(ctx, k);
    if (past > k) {
      k = past - 1;
      continue;
    }
    // "museumsinspektør Sofie Holm fra Statens Museum for Kunst": where the person works only describes the person.
    const person = entityAt(ctx, k - 2);
    if (person >= 0 && entityType(ctx, person) === 'person' && lex.roleLinks.has(lower(ctx, k - 1)) && entityAt(ctx, k) >= 0) {
      k = ctx.mentions[ctx.mentionAt[k]]!.endToken - 1;
      continue;
    }
    // "som citerer regionalregeringen i Republikken Sakha": a place's government speaks as the place, when the relay cites
    // it (not "et brev fra Deutsche Bahn til delstatsregeringen i Slesvig-Holsten").
    const government = k === a ? placeGovernment(ctx, k, b, lex) : undefined;
    if (government?.ref.kind === 'entity') {
      if (!out.includes(government.ref.entity)) out.push(government.ref.entity);
      k = government.end - 1;
      continue;
    }
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) !== 'place' && !out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * Where a relay phrase ends: before ", som siterer ...", before the clause it introduces ("..., sagde X, at") or the
 * end of the sentence. After a comma only a name without a verb of its own continues it (an apposition: "Financial
 * Times' korrespondent i Moskva, Max Seddon").
 */
function relayPhraseEnd(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): number {
  for (let k = from; k < end; k++) {
    const t = ctx.tokens[k];
    if (t.kind === 'quote' || t.text === '.' || t.text === ';') return k;
    // "citing a USDA official who asked not to be named": a cue in a relative clause leaves the clause to the source.
    // Not a document's participle ("citing a notice posted on the ministry's website").
    if (k > from && cueAt(ctx, k, end, lex) && !(lex.documentNouns.has(lower(ctx, k - 1)) && /ed$/u.test(lower(ctx, k)))) return lex.relatives.has(lower(ctx, k - 1)) ? k - 1 : k;
    // A comma inside a name ("the Ministry of Land, Infrastructure and Transport") goes on with it.
    if (t.text !== ',' || entityAt(ctx, k) >= 0) continue;
    if (firstPhrase(ctx, k + 1, lex.quoting, end) || entityAt(ctx, k + 1) < 0) return k;
    // A list of names goes on ("citing Reuters, AP and AFP"); a name that opens a clause ends the relay before it
    // ("citing people familiar with the matter, Whitmore did not pay").
    const after = ctx.tokens[pastParty(ctx, ctx.mentions[ctx.mentionAt[k + 1]]!.endToken)];
    if (after && after.text !== ',' && after.text !== '.' && !lex.conjunctions.has(after.text.toLowerCase()) && !lex.relatives.has(after.text.toLowerCase())) return k;
    for (let v = k + 2; v < Math.min(end, k + 8) && ctx.tokens[v].kind !== 'punct'; v++) if (cueAt(ctx, v, end, lex)) return k;
  }
  return end;
}

/** How many words may stand between an indefinite article and the title of an unnamed source ("en høytstående EU-diplomat"). */
const UNNAMED_TITLE_REACH = 5;

/**
 * Where a relay's unnamed sources are named ("tre kilder | i Pentagon"), before any name; else `stop`. One person by a
 * title after an indefinite article is unnamed too, whatever name the title's compound holds ("en høytstående
 * EU-diplomat", "a senior EU official"); not a spokesperson, who speaks for the body named, nor a person named.
 */
function unnamedSourcesAt(ctx: Ctx, from: number, stop: number, lex: SpeechLexicon): number {
  const named = (): boolean => {
    for (let k = from; k < stop; k++) if (entityAt(ctx, k) >= 0 && entityType(ctx, entityAt(ctx, k)) === 'person') return true;
    return false;
  };
  // Not one the phrase names ("en uttalelse fra justisminister Yılmaz Tunç").
  if (lex.indefinites.has(ctx.tokens[from]?.text.toLowerCase() ?? '') && !named()) {
    for (let k = from + 1; k < Math.min(stop, from + UNNAMED_TITLE_REACH); k++) {
      const t = ctx.tokens[k]!;
      // A word of a name is no title ("a Ministry of Justice spokesperson").
      const role = t.kind === 'word' && ctx.mentionAt[k] < 0 ? lex.roleOf(t.text) : undefined;
      if (role && !lex.spokespeople.has(role.stem) && !lex.spokespeople.has(t.text.toLowerCase())) return from;
    }
  }
  for (let k = from; k < stop; k++) {
    // "citing two senior Labour sources": a body that only says whose the unnamed sources are is passed over too.
    if (entityAt(ctx, k) >= 0) return lex.unnamedSources.has(lower(ctx, ctx.mentions[ctx.mentionAt[k]]!.endToken)) ? k : stop;
    if (lex.unnamedSources.has(ctx.tokens[k]!.text.toLowerCase())) return k;
  }
  return stop;
}

/** The words that name whom a cited document went to ("et brev fra selskapet til kommunen"), and its most tokens. */
const ADDRESSEE_LINKS = new Set(['til', 'to']);
const ADDRESSEE_TOKENS = 3;

/** The most adjectives before a cited document's noun ("en intern melding"). */
const DOCUMENT_ADJECTIVES = 2;

/**
 * "citing the trust's submission", "citing the authority", "citing a commission statement", "som viser til en intern
 * melding fra sykehuset", "som viser til sykehusets melding": the noun (as the article writes it alone, "sykehuset") of
 * a body named before, whose word is passed on, when the cited phrase in tokens [from, stop) is that body or its
 * document; else undefined.
 */
function citedBodyNoun(ctx: Ctx, from: number, stop: number, lex: SpeechLexicon): string | undefined {
  const word = (k: number): boolean => ctx.tokens[k]?.kind === 'word' && entityAt(ctx, k) < 0 && /^\p{Ll}/u.test(ctx.tokens[k]!.text);
  const document = (k: number): boolean => lex.documentNouns.has(lower(ctx, k)) || lex.sourceDocuments.has(lower(ctx, k));
  // A body by its noun: "the authority" (en), "sykehuset" (definite, nb and da).
  const bodyEnd = (k: number): number => {
    const article = lex.lang === 'en' ? (lower(ctx, k) === 'the' ? 1 : -1) : 0;
    return article >= 0 && word(k + article) && lex.isOrgNoun(lower(ctx, k + article)) ? k + article + 1 : -1;
  };
  // "the trust's submission": the body, then what it issued.
  const body = bodyEnd(from);
  if (body >= 0) {
    let k = body;
    if (genitiveMarkAt(ctx, k)) {
      k++;
      if (word(k) && document(k)) k++;
    }
    if (k === stop) return lower(ctx, body - 1);
  }
  // "sykehusets melding", "departementets nye rapport": a body's genitive before its document (nb, da).
  const genitive = lex.lang !== 'en' && word(from) ? lower(ctx, from).replace(/s$/u, '') : '';
  if (genitive !== lower(ctx, from) && lex.isOrgNoun(genitive)) {
    let k = from + 1;
    while (k < stop && k - from <= DOCUMENT_ADJECTIVES && word(k) && lex.sourceAdjectives.has(lower(ctx, k))) k++;
    if (k + 1 === stop && word(k) && document(k)) return genitive;
  }
  // "a statement from the ministry", "en intern melding fra sykehuset": a document from the body.
  let k = from;
  if (lex.determiners.has(lower(ctx, k))) k++;
  // "citing a commission statement": the body's noun before its document (en).
  const last = stop - 1;
  if (lex.lang === 'en' && last - 1 >= k && word(last) && document(last) && word(last - 1) && lex.isOrgNoun(lower(ctx, last - 1))) return lower(ctx, last - 1);
  for (let n = 0; n < DOCUMENT_ADJECTIVES && word(k) && !document(k); n++) k++;
  if (!word(k) || !document(k) || !lex.documentLinks.has(lower(ctx, k + 1))) return undefined;
  const end = bodyEnd(k + 2);
  // "et brev fra selskapet til kommunen": whom the document was sent to may follow the body.
  const addressee = end >= 0 && end + 1 < stop && ADDRESSEE_LINKS.has(lower(ctx, end)) && stop - end <= ADDRESSEE_TOKENS && ctx.tokens.slice(end + 1, stop).every((t) => t.kind === 'word');
  return end === stop || addressee ? lower(ctx, end - 1) : undefined;
}

/** The most tokens of a time or place between a speaker and a relay ("på en pressekonferanse i Stockholm, ifølge"). */
const ADVERBIAL_TOKENS = 8;

/** The comma after a few plain words ("on Friday,") when a relay phrase follows it; else `from`. */
function afterAdverbial(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): number {
  // A source is no adverbial ("sier ifølge NTB, som siterer Nordlys").
  if (firstPhrase(ctx, from, lex.according, end)) return from;
  for (let k = from; k < Math.min(end, from + ADVERBIAL_TOKENS); k++) {
    const t = ctx.tokens[k];
    // "said on Friday, according to AFP", "reported last week, citing three officials".
    if (t.text === ',') return firstPhrase(ctx, k + 1, lex.according, end) || firstPhrase(ctx, k + 1, lex.quoting, end) ? k : from;
    // "sagde Milei i en tale ifølge AFP": without a comma, before a source only.
    if (k > from && firstPhrase(ctx, k, lex.according, end)) return k;
    if (t.kind !== 'word' && t.kind !== 'number') return from;
  }
  return from;
}

/**
 * The relay chain after a speaker: ", ifølge BBC, som siterer nyhetsbyrået TASS" → [BBC, TASS]; "ifølge Financial
 * Times' korrespondent i Moskva, Max Seddon" → [Financial Times, Max Seddon].
 */
export function parseRelay(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): { via: number[]; end: number; according: boolean; noun?: string } {
  const via: number[] = [];
  let k = from;
  let according = false;
  let noun: string | undefined;
  for (let round = 0; round < 3; round++) {
    let j = k;
    // "said on Friday, according to AFP": a short time or place may stand before the first link.
    if (round === 0) j = afterAdverbial(ctx, j, end, lex);
    if (ctx.tokens[j]?.text === ',') j++;
    const source = firstPhrase(ctx, j, lex.according, end);
    const phrase = source ?? firstPhrase(ctx, j, lex.quoting, end);
    if (!phrase) break;
    if (round === 0) according = source !== undefined;
    const stop = relayPhraseEnd(ctx, j + phrase.length, end, lex);
    // A relay that names no one ("which cited two people familiar with the plan") is still no statement: it is passed
    // over; so are the bodies its unnamed sources belong to ("som siterer tre kilder i Pentagon").
    const named = relayEntities(ctx, j + phrase.length, unnamedSourcesAt(ctx, j + phrase.length, stop, lex), lex);
    for (const e of named) if (!via.includes(e)) via.push(e);
    noun = named.length === 0 && !source ? citedBodyNoun(ctx, j + phrase.length, stop, lex) : undefined;
    k = stop;
  }
  return { via, end: k, according, noun };
}
