import { firstPhrase, isWord, lower, type Ctx } from './context.js';
import { cueAt, parseSpeakerNP, speakerSpan, type SpeakerRef } from './phrases.js';
import { parseRelay } from './relay.js';
import type { SpeechLexicon } from './lexicon.js';

/** Who an attribution names, with the relay chain after it: "sier X, ifølge BBC, som siterer TASS". */
export interface Attribution {
  ref: SpeakerRef;
  refToken: number;
  via: number[];
  cue: string;
  relayCue: boolean;
  sentence: number;
  /** The first token after the attribution (where "og la til at ..." may follow). */
  end: number;
  /** The speaker is whom the source cites ("Det skriver VG, som siterer TASS"), the source being the first of `via`. */
  cited?: boolean;
}

/** A paragraph of dash speech: "– Content, sier X." The content is tokens [a, b). */
export interface DashQuote {
  a: number;
  b: number;
  attribution?: Attribution;
}

type Cue = NonNullable<ReturnType<typeof cueAt>>;

/** The attribution a speech cue, its speaker phrase and the relay after them make. */
function attribution(cue: Cue, ref: SpeakerRef, via: number[], sentence: number, end: number): Attribution {
  return { ref, refToken: cue.verb + 1, via, cue: cue.cue.text, relayCue: cue.cue.relay, sentence, end };
}

/** How many words may follow the source of an attribution of what came before ("på en pressekonferanse på Bankplassen i Oslo torsdag formiddag"). */
const ANAPHORIC_TAIL_WORDS = 10;

/** "Det sa Fomin ifølge ...", "Det skriver Reuters.", "Dette sa X": a sentence that only attributes what came before. */
export function anaphoricAttribution(ctx: Ctx, s: number): Attribution | undefined {
  const lex = ctx.lexFor(s);
  const sent = ctx.sentences[s];
  let k = sent.firstToken;
  if (!lex.anaphors.has(lower(ctx, k))) return undefined;
  const m = cueAt(ctx, k + 1, sent.endToken, lex);
  if (!m || m.verb !== k + 1) return undefined;
  const span = speakerSpan(m, sent.endToken);
  const np = parseSpeakerNP(ctx, span.from, span.limit, lex);
  // "Det bekrefter politiet": a source that names no one still attributes (to nobody named); an indefinite object
  // does not ("Det kræver et budget, ..., sagde kommissæren").
  if (np.end === np.start || (np.ref.kind === 'none' && lex.indefinites.has(lower(ctx, span.from)))) return undefined;
  k = Math.max(np.end, m.particleEnd);
  const relay = parseRelay(ctx, k, sent.endToken, lex);
  // "Det skriver VG, som siterer to kilder i Arbeiderpartiet": the source quotes someone else, named or not, and passes
  // it on.
  const quoting = firstPhrase(ctx, ctx.tokens[k]?.text === ',' ? k + 1 : k, lex.quoting, sent.endToken) !== undefined;
  // Only the attribution, perhaps a time or place ("på en pressekonferanse i Oslo fredag"), may follow, or a relative
  // clause about the source ("Det oplyser Lægemiddelstyrelsen, som onsdag meldte om ...").
  // The relative clause may follow the source's workplace ("seniorkonsulent X fra EVA, som har sammenlignet ..."); one
  // that reports a clause of its own ("..., som mener at ...") leaves the sentence a statement of its own.
  // So may a subordinate clause of time ("..., kort efter at ECB har gjort det samme").
  let rest = 0;
  for (let t = relay.end; t < sent.endToken; t++) {
    // "Det sier kanskje noe om debattklimaet, sier De Vries": a sentence another cue attributes is a statement.
    if (ctx.tokens[t].text === ',' && cueAt(ctx, t + 1, sent.endToken, lex)) return undefined;
    const subordinate = lex.subordinators.has(lower(ctx, t + 1)) || lex.subordinators.has(lower(ctx, t + 2));
    if (ctx.tokens[t].text === ',' && (lex.relatives.has(lower(ctx, t + 1)) || subordinate)) {
      if (reportsAfter(ctx, t + 2, sent.endToken, lex)) return undefined;
      break;
    }
    if (isWord(ctx, t)) rest++;
  }
  if (rest > ANAPHORIC_TAIL_WORDS) return undefined;
  if (quoting && np.ref.kind === 'entity') {
    const cited = relay.via[relay.via.length - 1];
    const ref: SpeakerRef = cited === undefined ? { kind: 'none' } : { kind: 'entity', entity: cited };
    return { ...attribution(m, ref, [np.ref.entity, ...relay.via.slice(0, -1)], s, sent.endToken), cited: true };
  }
  return attribution(m, np.ref, relay.via, s, sent.endToken);
}

/** How near its cue a reported clause's "at" or "that" stands ("mener | at", "tilføjer dog, | at"). */
const COMPLEMENT_NEAR = 3;

/** Whether a cue in [from, end) reports a clause ("som mener at ..."), not only an event ("som onsdag meldte om ..."). */
function reportsAfter(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  for (let u = from; u < end; u++) {
    const m = cueAt(ctx, u, end, lex);
    if (!m) continue;
    for (let v = m.particleEnd; v < Math.min(end, m.particleEnd + COMPLEMENT_NEAR); v++) {
      if (firstPhrase(ctx, v, lex.complementizers, end) && !lex.infinitiveLinks.has(lower(ctx, v - 1))) return true;
    }
  }
  return false;
}

/** Whether a paragraph opens with a speech dash. */
export function isDashParagraph(ctx: Ctx, sentences: number[]): boolean {
  const first = ctx.sentences[sentences[0]].firstToken;
  return ctx.tokens[first]?.kind === 'dash' && isWord(ctx, first + 1);
}

/** How many words may follow an attribution that closes its sentence ("til avisen El Tiempo på mandag"). */
const ATTRIBUTION_TAIL_WORDS = 6;

/**
 * The quote of a dash paragraph and its attribution: the last ", <cue> <speaker>" outside quotation marks that closes its
 * sentence, in the first sentence that has one (else the first cue of all) ends the quote ("– Vi ønsker ikke krig, sa Putin."); a following "Det sa X." attributes it too. Without either, the whole
 * paragraph is the quote and the speaker comes from around it.
 */
export function dashQuote(ctx: Ctx, sentences: number[]): DashQuote | undefined {
  if (!isDashParagraph(ctx, sentences)) return undefined;
  const a = ctx.sentences[sentences[0]].firstToken + 1;
  // "– Når ..., forventer vi at .... Det har ikke skjedd her, sier Coll.": a cue whose sentence goes on is the quote's
  // own words when a later sentence closes with an attribution.
  let found: DashQuote | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const sent = ctx.sentences[s];
    if (i > 0) {
      const anaphoric = anaphoricAttribution(ctx, s);
      if (anaphoric) return { a, b: sent.firstToken, attribution: anaphoric };
    }
    const lex = ctx.lexFor(s);
    let closing: DashQuote | undefined;
    for (let c = Math.max(sent.firstToken, a); c < sent.endToken; c++) {
      // "– ..., sier X." and "– Hva nå? spør X."
      const mark = ctx.tokens[c].text;
      if (!(mark === ',' || ((mark === '?' || mark === '!') && /^\p{Ll}/u.test(ctx.tokens[c + 1]?.text ?? ''))) || ctx.quoteAt[c] >= 0) continue;
      const m = cueAt(ctx, c + 1, sent.endToken, lex);
      if (!m) continue;
      const span = speakerSpan(m, sent.endToken);
      // "– Når ..., forventer vi at ...": a cue of the first person is the quote's own.
      if (lex.firstPersonPronouns.has(lower(ctx, span.from))) continue;
      const np = parseSpeakerNP(ctx, span.from, span.limit, lex);
      if (np.end === np.start) continue;
      const relay = parseRelay(ctx, Math.max(np.end, m.particleEnd), sent.endToken, lex);
      const end = Math.max(relay.end, np.end, m.particleEnd);
      const quote: DashQuote = { a, b: c, attribution: attribution(m, np.ref, relay.via, s, end) };
      found ??= quote;
      // "– Vi beder om mad, svarer de med bomber, siger hun": a cue the quote's own words go on after is part of it; the
      // attribution is the last one that closes the sentence.
      let rest = 0;
      for (let t = end; t < sent.endToken; t++) if (isWord(ctx, t)) rest++;
      if (rest <= ATTRIBUTION_TAIL_WORDS) closing = quote;
    }
    if (closing) return closing;
  }
  if (found) return found;
  const manner = mannerAttribution(ctx, sentences, a);
  if (manner) return manner;
  const last = ctx.sentences[sentences[sentences.length - 1]];
  return { a, b: last.endToken };
}

/**
 * "– Jeg har røkt siden jeg var fjorten, smiler hun." News writes the speaker after any verb of manner (smiler, ler,
 * nikker): a comma, a verb, then a pronoun or a name that closes the sentence.
 */
function mannerAttribution(ctx: Ctx, sentences: number[], a: number): DashQuote | undefined {
  for (const s of sentences) {
    const lex = ctx.lexFor(s);
    const sent = ctx.sentences[s];
    for (let c = Math.max(sent.firstToken, a); c < sent.endToken - 2; c++) {
      if (ctx.tokens[c].text !== ',' || ctx.quoteAt[c] >= 0) continue;
      const v = c + 1;
      const w = lower(ctx, v);
      if (!/^\p{Ll}/u.test(ctx.tokens[v].text) || lex.conjunctions.has(w) || lex.contrast.has(w) || lex.prepositions.has(w)) continue;
      if (lex.adverbs.has(w) || lex.subordinators.has(w) || lex.relatives.has(w) || lex.determiners.has(w) || lex.pronouns.has(w)) continue;
      const np = parseSpeakerNP(ctx, v + 1, sent.endToken, lex);
      if (np.end === np.start || (np.ref.kind !== 'pronoun' && np.ref.kind !== 'entity')) continue;
      let rest = 0;
      for (let t = np.end; t < sent.endToken; t++) if (isWord(ctx, t)) rest++;
      if (rest > 4) continue;
      return { a, b: c, attribution: { ref: np.ref, refToken: v + 1, via: [], cue: w, relayCue: false, sentence: s, end: np.end } };
    }
  }
  return undefined;
}
