import { enclosedName, entityAt, entityType, firstPhrase, genitiveMarkAt, isCapitalised, isLowerWord, isWord, lower, matchPhrase, type Ctx, type QuoteSpan } from './context.js';
import { CUE_WORD as CUE, SOURCE_WORD as SOURCE, type SpeechLexicon } from './lexicon.js';
import {
  clauseEnd,
  complementStart,
  cueAt,
  functionWord,
  impersonalHost,
  infinitiveAt,
  MAX_FIELD_WORDS,
  parseSpeakerNP,
  participleTail,
  prepositionalTail,
  sourceAppositionEnd,
  speakerSpan,
  SPEAKING_PARTICIPLES,
  subjectBefore,
  titleOnlyBefore,
  trailingEnglishAttribution,
  wordCount,
  type CueMatch,
  type SpeakerRef,
  type Subject,
} from './phrases.js';
import { parseRelay, relayEntities } from './relay.js';

/** A statement found but not yet resolved: content tokens [a, b), the speaker as written, the relay chain. */
export interface Draft {
  kind: 'direct' | 'indirect';
  a: number;
  b: number;
  ref: SpeakerRef;
  /** The token the speaker phrase stands at (for resolving pronouns and titles). */
  refToken: number;
  /** Set when the speaker is already known (a continued dash paragraph, a nested report). */
  speaker?: number | null;
  via: Relay[];
  cue: string;
  sentence: number;
}

/** One link of a relay chain, as written; resolved with the speakers. */
export interface Relay {
  ref: SpeakerRef;
  token: number;
}

const named = (entities: number[], token: number): Relay[] => entities.map((entity) => ({ ref: { kind: 'entity', entity }, token }));

function addVia(d: Draft, relays: Relay[]): void {
  for (const r of relays) {
    const dup = d.via.some((v) => r.ref.kind === 'entity' && v.ref.kind === 'entity' && v.ref.entity === r.ref.entity);
    if (!dup) d.via.push(r);
  }
}

/**
 * The speaker of a cue that names them as its object ("TASS quoted Peskov as saying"), and the subject before it as
 * the relay.
 */
function objectSpeaker(ctx: Ctx, m: CueMatch, subject: { ref: SpeakerRef; start: number } | undefined, lex: SpeechLexicon): { ref: SpeakerRef; refToken: number; via: Relay[] } {
  // "he was quoted as saying": passive, the subject speaks and no one is named as passing it on; "X was quoted by the
  // Reuters news agency as saying": the agent after "by" passes it on.
  const agent = m.particleStart > m.verb + 2 && lex.seenBy.some((p) => p.length === 2 && p[0] === lower(ctx, m.verb) && p[1] === lower(ctx, m.verb + 1));
  if ((m.particleStart === m.verb + 1 || agent) && lex.aux.has(lower(ctx, m.verb - 1))) {
    const passive = subjectBefore(ctx, m.verb, ctx.sentences[ctx.tokens[m.verb]!.sentence]!.firstToken, lex, true);
    const by = agent ? parseSpeakerNP(ctx, m.verb + 2, m.particleStart, lex).ref : undefined;
    return { ref: passive?.ref ?? { kind: 'none' }, refToken: passive?.start ?? m.verb, via: by && by.kind !== 'none' ? [{ ref: by, token: m.verb + 2 }] : [] };
  }
  const pronoun = m.particleStart === m.verb + 2 ? lex.objectPronouns.get(lower(ctx, m.verb + 1)) : undefined;
  const ref: SpeakerRef = pronoun ? { kind: 'pronoun', gender: pronoun } : parseSpeakerNP(ctx, m.verb + 1, m.particleStart, lex).ref;
  const via = subject && subject.ref.kind !== 'none' ? [{ ref: subject.ref, token: subject.start }] : [];
  return { ref, refToken: m.verb + 1, via };
}

/**
 * Who speaks when a source passes on what another said ("according to the FT, citing officials at Europol", "Reuters
 * reported, citing Interfax, that"): the one cited, with the source as its relay; nobody named when the one cited is
 * unnamed ("citing three officials"). Without a citation the source itself speaks, with the chain (if any) as relays.
 */
function citedSpeaker(source: Relay, chain: { via: number[]; end: number; noun?: string }, from: number): { ref: SpeakerRef; refToken: number; via: Relay[] } {
  if (chain.end <= from) return { ref: source.ref, refToken: source.token, via: named(chain.via, from) };
  // "According to RTÉ, citing the trust's submission, ...": the body named before, by its noun.
  if (chain.noun !== undefined) return { ref: { kind: 'orgNoun', noun: chain.noun }, refToken: from, via: [source, ...named(chain.via, from)] };
  const last = chain.via[chain.via.length - 1];
  const via = [source, ...named(chain.via.slice(0, -1), from)];
  return last === undefined ? { ref: { kind: 'none' }, refToken: from, via } : { ref: { kind: 'entity', entity: last }, refToken: from, via };
}

/** A cue with its subject and its reported clause. */
interface CueInfo {
  match: CueMatch;
  ref: SpeakerRef;
  refToken: number;
  subjectStart: number;
  comp?: { start: number; explicit: boolean; end: number };
  /** Another cue's report passes this one on ("BBC melder at generalstaben skriver at ..."). */
  relayedBy?: CueInfo;
  /** The subject that passes on what the object said ("TASS" of "TASS quoted Peskov as saying"). */
  via?: Relay[];
  suppressed: boolean;
  /** "har lovet at behandle": a promise to act, which inside another report or source is part of it, no report. */
  promise?: boolean;
}

const WORD_MIN = 2;
/** How far after a cue such as "called" or "dismissed ... as" a one-word quotation is what it attributes. */
const QUOTE_ONLY_REACH = 8;
/** The fewest words of an inner report that takes a report over from the one it stands in. */
const NESTED_CLAUSE_WORDS = 3;
/** How far before a quotation a conjunction and an auxiliary may stand to part the report before them from it. */
const AUX_BEFORE_QUOTE = 3;
/** The fewest words of a report before such a conjunction: a clause of its own, not a subject and a verb. */
const CLAUSE_BEFORE_AUX = 4;

/**
 * Inverted subject after the verb (V2: "Likevel mener han", "I helgen sa Russland at", "la han til"), also before an
 * adverb ("Ifølge RIA Novosti mener ambassadøren desuden, at").
 */
function invertedSubject(ctx: Ctx, m: CueMatch, b: number, lex: SpeechLexicon): { ref: SpeakerRef; start: number; end: number } | undefined {
  const span = speakerSpan(m, b);
  // "Hos Coop forventer man, at": the organization the sentence opens at speaks; so does its unnamed spokesperson
  // ("Hos Danfoss, der bruger magneter, oplyser en talsperson, at").
  // Not one who names their own organization ("en talsperson fra Dansk Industri").
  const spokesperson = lex.indefinites.has(lower(ctx, span.from)) && lex.spokespeople.has(lower(ctx, span.from + 1)) && !lex.roleLinks.has(lower(ctx, span.from + 2));
  if (lex.impersonals.has(lower(ctx, span.from)) || spokesperson) {
    const sentence = ctx.sentences[ctx.tokens[m.verb]!.sentence]!;
    const host = impersonalHost(ctx, sentence.firstToken, m.verb, lex);
    const described = host !== undefined && ctx.tokens[host.end]?.text === ',' && lex.relatives.has(lower(ctx, host.end + 1)) && ctx.tokens[m.verb - 1]?.text === ',';
    const end = span.from + (spokesperson ? 2 : 1);
    if (host && entityType(ctx, host.entity) !== 'place' && (host.end === m.verb || described)) return { ref: { kind: 'entity', entity: host.entity }, start: span.from, end };
  }
  // "kaller ambassaden rapporten «...»": a definite organization noun, then the object of a quotation-only cue; a
  // name that ends like one ("Helsedirektoratet") is the named body's own mention.
  const noun = lower(ctx, span.from);
  // Only where the article names such a body ("Helsedirektoratet ... kaller direktoratet"), not any body at all.
  const stem = lex.definiteStem(noun);
  const bodyNamed = (): boolean => ctx.mentions.some((x, i) => ctx.entityOf[i] >= 0 && entityType(ctx, ctx.entityOf[i]!) === 'organization' && x.text.toLowerCase().includes(stem));
  if (m.cue.quoteOnly && lex.lang !== 'en' && ctx.mentionAt[span.from] < 0 && lex.isOrgNoun(noun) && isLowerWord(ctx, span.from + 1) && bodyNamed()) {
    return { ref: { kind: 'orgNoun', noun }, start: span.from, end: span.from + 1 };
  }
  let np = parseSpeakerNP(ctx, span.from, span.limit, lex);
  if (np.end === np.start || np.ref.kind === 'none') {
    // "Ifølge OA mener også ordføreren i Gjøvik, Per Arne Tveit (H), at": adverbs may stand before a subject named or
    // titled.
    let from = span.from;
    while (from < span.limit && lex.adverbs.has(lower(ctx, from)) && !lex.prepositions.has(lower(ctx, from))) from++;
    const after = from > span.from ? parseSpeakerNP(ctx, from, span.limit, lex) : undefined;
    if (after?.ref.kind !== 'entity' && after?.ref.kind !== 'role') return undefined;
    np = after;
  }
  if (m.particleStart > m.verb + 1) {
    let gapEnd = ctx.tokens[m.particleStart - 1]?.text === ',' ? m.particleStart - 1 : m.particleStart;
    // "la hun også til at": adverbs may stand between the subject and the particle.
    while (gapEnd > np.end && lex.adverbs.has(lower(ctx, gapEnd - 1))) gapEnd--;
    return np.end === gapEnd ? np : undefined;
  }
  const next = ctx.tokens[np.end];
  const w = lower(ctx, np.end);
  const closes =
    !next ||
    next.kind === 'punct' ||
    firstPhrase(ctx, np.end, lex.complementizers, b) !== undefined ||
    lex.boundaries.has(w) ||
    lex.adverbs.has(w) ||
    // "konkluderede CMA sidste år, at": a time after the subject.
    firstPhrase(ctx, np.end, lex.timeWords, b) !== undefined ||
    w === 'å' ||
    np.ref.kind === 'pronoun';
  // "kalder seniorkonsulent X sagen »et wake-up call«": the object a quotation-only cue names comes after its subject.
  // So is the organization or country ("I en uttalelse kaller ambassaden rapporten «...»").
  const objectNext = m.cue.quoteOnly && (np.ref.kind === 'entity' || np.ref.kind === 'orgNoun');
  return closes || objectNext ? np : undefined;
}

const closesQuote = (ctx: Ctx, i: number): boolean => ctx.tokens[i]?.kind === 'quote' && ctx.tokens[i].quote === 'close';

/**
 * Whether a reported clause opens with the subject of a cue at `verb`: only words lie between, and few, perhaps with a
 * name's genitive ("said that Ivory Coast's Conseil du Café-Cacao had reported that").
 */
function opensWith(ctx: Ctx, start: number, verb: number): boolean {
  if (verb - start > 7) return false;
  for (let k = start; k < verb; k++) if (ctx.tokens[k].kind !== 'word' && ctx.tokens[k].compound !== 'hyphen' && !(genitiveMarkAt(ctx, k) && ctx.mentionAt[k - 1] >= 0)) return false;
  return true;
}

/** Splits a reported clause at "og at"/"men at"/"and that" and drops the parts that carry a quotation (those are direct). */
function clausePieces(ctx: Ctx, a: number, b: number, lex: SpeechLexicon, quotes: QuoteSpan[]): [number, number][] {
  const cuts: number[] = [a];
  const skips: number[] = [];
  for (let k = a + 1; k < b; k++) {
    const w = lower(ctx, k);
    if (!lex.conjunctions.has(w) && !lex.contrast.has(w)) continue;
    const comp = firstPhrase(ctx, k + 1, lex.complementizers, b);
    if (comp) {
      cuts.push(k);
      skips.push(k + 1 + comp.length);
    }
  }
  const pieces: [number, number, number][] = cuts.map((c, i) => [c, i + 1 < cuts.length ? cuts[i + 1] : b, i === 0 ? a : skips[i - 1]]);
  const firstQuote = (x: number, y: number): number => quotes.find((q) => q.open >= x && q.open < y)?.open ?? -1;
  const quoted = (x: number, y: number): boolean => firstQuote(x, y) >= 0;
  // "krævede han, at valget bliver annulleret, og talte om »...«": a clause coordinated after a comma carries the
  // quotation; the report before it stands.
  // "said India had conveyed its concerns and would "continue to monitor" it", "at man tager afgørelsen til efterretning
  // og »ser frem til ...«": so does a verb coordinated right before the quotation, without a comma.
  const joined = (k: number): boolean => lex.conjunctions.has(lower(ctx, k)) || lex.contrast.has(lower(ctx, k));
  for (const piece of pieces) {
    const quote = quotes.find((q) => q.open >= piece[0] && q.open < piece[1]);
    if (!quote) continue;
    const open = quote.open;
    // Only a quotation that ends the report: one the clause goes on after is inside its subject ("said the bill, which
    // critics call "draconian", would pass", "said the chief executive and "several managers" were aware").
    const last = wordCount(ctx, quote.close + 1, piece[1]) === 0;
    for (let k = open - 1; k > piece[2] + 1; k--) {
      // So does a relative clause ("that Russia regretted the decision, which he called "unfriendly"").
      if (ctx.tokens[k - 1]?.text === ',' && (joined(k) || (last && lex.relatives.has(lower(ctx, k))))) {
        piece[1] = k - 1;
        break;
      }
      if (open - k <= AUX_BEFORE_QUOTE && joined(k) && (lex.aux.has(lower(ctx, k + 1)) || (last && k + 1 === open)) && wordCount(ctx, piece[2], k) >= CLAUSE_BEFORE_AUX) {
        piece[1] = k;
        break;
      }
    }
  }
  const kept = pieces.map(([x, y]) => !quoted(x, y));
  const runs: [number, number][] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (!kept[i]) continue;
    let j = i;
    while (j + 1 < pieces.length && kept[j + 1]) j++;
    runs.push([pieces[i][2], pieces[j][1]]);
    i = j;
  }
  return runs;
}

/** The most words between "with" and the participle whose subject they are ("with industry leaders warning"). */
const WITH_SUBJECT_WORDS = 5;

/**
 * ", with industry leaders warning that ...", ", with the union saying ...": the subject "with" gives an English
 * coordinated participle at k, named or not; undefined where there is none.
 */
function participleSubjectAfterWith(ctx: Ctx, a: number, k: number, lex: SpeechLexicon): { ref: SpeakerRef; refToken: number } | undefined {
  if (lex.lang !== 'en') return undefined;
  for (let j = k - 1; j > a && k - j <= WITH_SUBJECT_WORDS + 1; j--) {
    if (!isWord(ctx, j) && !genitiveMarkAt(ctx, j)) return undefined;
    if (lower(ctx, j) !== 'with') continue;
    if (j + 1 === k) return undefined;
    const np = parseSpeakerNP(ctx, j + 1, k, lex);
    return { ref: np.end === k ? np.ref : { kind: 'none' }, refToken: j + 1 };
  }
  return undefined;
}

/** Whether the sentence opens with a subordinate clause ("Imens Rusland oplyser, at ..., viser ..."). */
function opensSubordinate(ctx: Ctx, a: number, lex: SpeechLexicon): boolean {
  let k = a;
  while (ctx.tokens[k] && ctx.tokens[k].kind !== 'word') k++;
  return lex.subordinators.has(lower(ctx, k)) && lower(ctx, k) !== 'om';
}

/** The first word of [a, b), past dashes and quotation marks; b if none. */
function firstWord(ctx: Ctx, a: number, b: number): number {
  let k = a;
  while (k < b && !isWord(ctx, k)) k++;
  return k;
}

function firstComma(ctx: Ctx, a: number, b: number): number {
  for (let k = a; k < b; k++) if (ctx.tokens[k].text === ',' && ctx.quoteAt[k] < 0) return k;
  return b;
}

/** The most words of a title or a noun between a cue and the name of its subject after it ("skriver nyhetsbyrået Kyodo"). */
const TITLE_AFTER_VERB = 2;

/** Whether the name of `entity` stands right after a cue, past a title or a noun at most ("opplyser politiadvokat X"). */
function subjectAfterVerb(ctx: Ctx, from: number, entity: number): boolean {
  for (let k = from; k <= from + TITLE_AFTER_VERB; k++) {
    if (entityAt(ctx, k) === entity) return true;
    if (!isWord(ctx, k) || !/^\p{Ll}/u.test(ctx.tokens[k]!.text)) return false;
  }
  return false;
}

/** The most words of a relative clause that describes the unnamed sources of a trailing attribution. */
const MAX_DESCRIBED_SOURCE_WORDS = 20;

/** A trailing attribution: "..., uttalte han i en videotale", "..., skriver CNN", "..., the negotiators told reporters". */
export function trailingAttribution(
  ctx: Ctx,
  a: number,
  b: number,
  lex: SpeechLexicon,
): { comma: number; match: CueMatch; ref: SpeakerRef; refToken: number; npEnd: number; via: Relay[] } | undefined {
  for (let k = b - 1; k > a; k--) {
    if (ctx.tokens[k].text !== ',' || ctx.quoteAt[k] >= 0) continue;
    // "A ministry official, who asked not to be named, said BP, which ..., had been asked": a subject with its relative
    // clause is no statement the cue after it closes.
    if (lex.lang === 'en' && describedSubject(ctx, a, k, lex)) continue;
    if (lex.lang === 'en') {
      const m = trailingEnglishAttribution(ctx, k + 1, b, lex);
      // "In Soweto, salon owner X said ...": nor is an opening phrase.
      if (m && !openingPhrase(ctx, a, k, lex)) {
        const np = parseSpeakerNP(ctx, k + 1, m.verb, lex);
        if (m.cue.objectSpeaker) return { comma: k, match: m, ...objectSpeaker(ctx, m, { ref: np.ref, start: k + 1 }, lex), npEnd: m.particleEnd };
        return { comma: k, match: m, ref: np.ref, refToken: k + 1, npEnd: m.particleEnd, via: [] };
      }
    }
    const m = cueAt(ctx, k + 1, b, lex);
    if (!m) continue;
    // ", telling Iran to make a deal": an English participle has no subject after it.
    if (lex.lang === 'en' && /ing$/u.test(lower(ctx, m.verb))) continue;
    const span = speakerSpan(m, b);
    const np = parseSpeakerNP(ctx, span.from, span.limit, lex);
    if (np.end === np.start) continue;
    const after = Math.max(np.end, m.particleEnd);
    // "Palle Ydstebø, mener uttalelsen ...": a name before the comma is the subject, not a closed statement.
    // In English only a name right before the comma or its apposition is one ("Smith was the strongest candidate this
    // year, said X": a subject inside the statement).
    const appositive = subjectBefore(ctx, m.verb, a, lex, m.cue.participle);
    // Its short form in parentheses may stand between ("Médecins Sans Frontières (MSF), which ..., said").
    const shortForm = appositive !== undefined && ctx.tokens[appositive.end]?.text === '(' ? enclosedName(ctx, appositive.end) : undefined;
    const closeAt = shortForm ? shortForm.close + 1 : appositive?.end;
    const beforeComma = appositive !== undefined && (appositive.end >= k || ctx.tokens[closeAt!]?.text === ',');
    // Not where a name follows the cue as its subject and closes the sentence, perhaps before a preposition ("... fra
    // hele Sjælland, oplyser Region Sjælland til Ritzau"; not "X, mener Skibotn nå blir ...").
    const closing = ctx.tokens[after] === undefined || ctx.tokens[after]!.kind === 'punct' || lex.prepositions.has(lower(ctx, after));
    const inverted = lex.lang !== 'en' && np.ref.kind === 'entity' && closing && subjectAfterVerb(ctx, span.from, np.ref.entity);
    if (appositive && appositive.ref.kind !== 'none' && (lex.lang !== 'en' || beforeComma) && !inverted) continue;
    const next = ctx.tokens[after];
    const closed = !next || next.kind === 'punct' || lex.boundaries.has(lower(ctx, after)) || lex.adverbs.has(lower(ctx, after));
    // "..., said the people, who asked not to be identified because ...": unnamed sources a relative clause describes.
    const described = ctx.tokens[after]?.text === ',' && lex.relatives.has(lower(ctx, after + 1));
    if (!closed || (np.ref.kind === 'none' && wordCount(ctx, after, b) > 4 && !described)) continue;
    let complement = false;
    for (let r = after; r < b; r++) if (firstPhrase(ctx, r, lex.complementizers, b) !== undefined || ctx.tokens[r].kind === 'quote') complement = true;
    if (complement || wordCount(ctx, after, b) > (described ? MAX_DESCRIBED_SOURCE_WORDS : 12)) continue;
    return { comma: k, match: m, ref: np.ref, refToken: m.verb + 1, npEnd: after, via: [] };
  }
  return undefined;
}

/** Whether the words [from, to) name people who speak unnamed ("an official", "two people familiar with the talks"). */
function unnamedSpeakers(ctx: Ctx, from: number, to: number, lex: SpeechLexicon): boolean {
  for (let k = from; k < to; k++) {
    const w = lower(ctx, k);
    if (lex.isUnnamedPersonNoun(w) || lex.bodyMembers.has(w) || lex.bodyMembersPlural(w) || lex.spokespeople.has(w) || lex.staffNouns.has(w) || lex.unnamedSources.has(w)) return true;
  }
  return false;
}

/** The most words of a subject before the relative clause that describes it ("A ministry official, who ..."). */
const DESCRIBED_SUBJECT_WORDS = 6;

/**
 * Whether [a, comma) is a short subject and a relative clause or a speaking participle's phrase after it that the comma
 * closes ("A ministry official, who ...", "A City of Tshwane official, speaking on condition of anonymity,").
 */
function describedSubject(ctx: Ctx, a: number, comma: number, lex: SpeechLexicon): boolean {
  const first = firstComma(ctx, a, comma);
  const opener = lower(ctx, first + 1);
  if (first >= comma || !(lex.relatives.has(opener) || (lex.lang === 'en' && SPEAKING_PARTICIPLES.has(opener))) || firstComma(ctx, first + 1, comma) !== comma) return false;
  const k = firstWord(ctx, a, first);
  if (wordCount(ctx, k, first) > DESCRIBED_SUBJECT_WORDS) return false;
  for (let j = k; j < first; j++) if (!isWord(ctx, j) || lex.aux.has(lower(ctx, j)) || cueAt(ctx, j, first, lex)) return false;
  return true;
}

/**
 * "A ministry official, who asked not to be named because he was not authorised to speak, said": the subject before
 * the relative clause the comma before the cue at k closes, however long the clause, not a pronoun inside it; no one
 * named when it names no one, the body when it names a body's member ("A JICA official in Jakarta, who asked not to be
 * named, said") (en).
 */
function describedSubjectBefore(ctx: Ctx, k: number, lex: SpeechLexicon): Subject | undefined {
  const first = ctx.sentences[ctx.tokens[k]!.sentence]!.firstToken;
  if (lex.lang !== 'en' || ctx.tokens[k - 1]?.text !== ',' || !describedSubject(ctx, first, k - 1, lex)) return undefined;
  const comma = firstComma(ctx, first, k - 1);
  return subjectBefore(ctx, comma, first, lex, false) ?? { ref: { kind: 'none' }, start: firstWord(ctx, first, comma), end: comma };
}

/** Words before a name something is given ("omtalt som «Tolga-mannen»", "known as "the Butcher""). */
const NAMING_WORDS = new Set(['som', 'as']);

/** Relative words after a place or a time ("In Goma, where ..."), besides the lexicon's relatives. */
const PLACE_RELATIVES = new Set(['where', 'when', 'hvor', 'der', 'da']);

/** How many words an opening prepositional phrase may have ("In Soweto,", "At a rally in the capital,"). */
const OPENING_PHRASE_WORDS = 6;

/**
 * Whether [a, comma) is a prepositional phrase opening the sentence, with no verb of its own, perhaps with a relative
 * clause after it ("In Belo Horizonte, where hospitals set up tents,").
 */
function openingPhrase(ctx: Ctx, a: number, comma: number, lex: SpeechLexicon): boolean {
  const k = firstWord(ctx, a, comma);
  let end = firstComma(ctx, k, comma);
  // "In Keswick, in Cumbria,", "In Arusha, Tanzania,": the place's region or country, set off by its own comma.
  for (let next = firstComma(ctx, end + 1, comma); end < comma && placeSegment(ctx, end + 1, next, lex); next = firstComma(ctx, end + 1, comma)) end = next;
  // "Speaking in Geneva last month, Tedros said": an English participle before its preposition opens one too.
  // Only a verb of speaking: "Shelling in Kharkiv killed three civilians, X said" opens with a noun.
  const participle = lex.lang === 'en' && SPEAKING_PARTICIPLES.has(lower(ctx, k)) && lex.prepositions.has(lower(ctx, k + 1));
  if ((!lex.prepositions.has(lower(ctx, k)) && !participle) || wordCount(ctx, k, end) > OPENING_PHRASE_WORDS) return false;
  // "About 50,000 people took part, AFP reported": a number's approximator opens the subject, not a phrase.
  if (lex.approximators.has(lower(ctx, k)) && /^\d/u.test(ctx.tokens[k + 1]?.text ?? '')) return false;
  for (let j = participle ? k + 1 : k; j < end; j++) if (lex.aux.has(lower(ctx, j)) || cueAt(ctx, j, end, lex)) return false;
  const next = lower(ctx, end + 1);
  // The clause after runs to the comma: "In Russia, where the land sits on permafrost, authorities have set up ..., TASS
  // reported" goes on with a clause of its own.
  return end === comma || ((lex.relatives.has(next) || lex.subordinators.has(next) || PLACE_RELATIVES.has(next)) && firstComma(ctx, end + 1, comma) === comma);
}

/** Whether [from, to) is a place's name alone, or after a preposition ("in Cumbria", "Tanzania"). */
function placeSegment(ctx: Ctx, from: number, to: number, lex: SpeechLexicon): boolean {
  const k = lex.prepositions.has(lower(ctx, from)) ? from + 1 : from;
  const e = entityAt(ctx, k);
  return k < to && e >= 0 && entityType(ctx, e) === 'place' && ctx.mentions[ctx.mentionAt[k]]!.endToken === to;
}

/**
 * What a sentence holds that statements need: a cue word (CUE) and the first word of an "ifølge" phrase (SOURCE), as
 * the lexicon marks words, and a quotation mark.
 */
const QUOTE = 4;

/**
 * Which of those tokens [a, b] hold (token b too: a trailing cue may be sought right after the last comma). Most
 * sentences hold none, and each finder below would scan them in vain. A source counts only where its whole phrase
 * stands before b: "i følge" opens with "i", which most Norwegian and Danish sentences hold.
 */
function speechMarks(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): number {
  const words = ctx.wordMarks(lex);
  let marks = 0;
  for (let k = a; k <= b && k < ctx.tokens.length; k++) {
    if (ctx.tokens[k].kind === 'quote') marks |= QUOTE;
    const word = words[k]!;
    marks |= word & CUE;
    if (word & SOURCE && !(marks & SOURCE) && k < b && firstPhrase(ctx, k, lex.according, b)) marks |= SOURCE;
  }
  return marks;
}

/**
 * The longest quoted term after "såkalte"/"so-called"; a longer quotation is someone's words ("et såkalt «historisk
 * gjennombrudd for norsk klimapolitikk»").
 */
const MAX_TERM_WORDS = 3;

/**
 * Finds the statements of one sentence part, tokens [a, b): reported clauses after cues, "ifølge X" clauses, quotes
 * in quotation marks, and plain sentences closed by a trailing attribution. `prior` is the speaker phrase of an
 * attribution just before (so that "og la til at ..." continues it).
 */
export function analyzeSentence(ctx: Ctx, s: number, a: number, b: number, prior: { ref: SpeakerRef; token: number } | undefined): Draft[] {
  const lex = ctx.lexFor(s);
  const marks = speechMarks(ctx, a, b, lex);
  // Most sentences hold none: they return before the state the finders share, closures and all, is made.
  return marks === 0 ? [] : findStatements(ctx, s, a, b, prior, lex, marks);
}

/** analyzeSentence for a sentence part that holds the `marks`. */
function findStatements(ctx: Ctx, s: number, a: number, b: number, prior: { ref: SpeakerRef; token: number } | undefined, lex: SpeechLexicon, marks: number): Draft[] {
  const drafts: Draft[] = [];
  // Without a cue word there is no cue, and so no trailing attribution either.
  const attribution = marks & CUE ? trailingAttribution(ctx, a, b, lex) : undefined;
  // One whose quotation goes on after its comma (`..., he said, "so that ..."`) closes a clause only, with a lower-case
  // word in it, not a title of capitalised words (`Deputy Defence Minister, Alexander Fomin said, "..."`).
  const goesOn = attribution !== undefined && ctx.tokens[attribution.match.particleEnd]?.text === ',' && ctx.tokens[attribution.match.particleEnd + 1]?.kind === 'quote';
  const trailing = goesOn && !ctx.tokens.slice(a, attribution.comma).some((_, i) => isLowerWord(ctx, a + i)) ? undefined : attribution;
  const subordinate = opensSubordinate(ctx, a, lex);
  const subordinateEnd = subordinate ? firstComma(ctx, a, b) : -1;

  // 1. cues and their reported clauses
  const cues: CueInfo[] = [];
  const words = ctx.wordMarks(lex);
  for (let k = a; marks & CUE && k < b; k++) {
    if (!(words[k]! & CUE) || ctx.quoteAt[k] >= 0 || ctx.tokens[k].kind !== 'word') continue;
    // Unless a quotation goes on after it (`..., he said, "so that ..."`): that is the cue's too.
    if (trailing && k === trailing.match.verb && !goesOn) continue;
    if (!ctx.contentToken[k]) continue;
    const m = cueAt(ctx, k, b, lex);
    if (!m) continue;
    // "Ifølge Reuters, som viser til to kilder, ...": a verb of a relay chain reports nothing of its own.
    if (firstPhrase(ctx, k - 1, lex.quoting, b)) continue;
    // `"...," said X`: the cue attributes the quotation before it and reports no clause of its own.
    const pre = describedSubjectBefore(ctx, k, lex) ?? subjectBefore(ctx, k, a, lex, m.cue.participle);
    const quoteBefore = (x: number): boolean => x >= a && (closesQuote(ctx, x) || (ctx.tokens[x]?.text === ',' && closesQuote(ctx, x - 1)));
    // `Vucic, who called them "foreign-funded", insisted`: a quotation inside the subject's own clause is not what
    // the cue attributes.
    const closing = ctx.tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const quoted = closing >= 0 && ctx.quoteAt[closing] >= 0 ? ctx.quotes[ctx.quoteAt[closing]] : undefined;
    const insideSubject = pre !== undefined && quoted !== undefined && pre.start < quoted.open;
    // `kaldte det »...« og oplyste, at`: a cue coordinated after a quotation reports a clause of its own; so does a
    // participle that goes on with the sentence's subject (`insisted that tourists were "not the problem", pointing out
    // that ...`).
    // `"...," TCN spokeswoman X said late Monday`: the subject's title may stand between.
    const titled = (x: number, n: number): boolean => ctx.tokens.slice(x - n, x).some((t) => t.kind === 'word' && lex.roleOf(t.text) !== undefined) && titleOnlyBefore(ctx, x, x - n, lex);
    const titledAfterQuote = (x: number): boolean => [1, 2, 3, 4].some((n) => x - n > a && quoteBefore(x - n - 1) && titled(x, n));
    const quotedSubject = pre !== undefined && (quoteBefore(pre.start - 1) || (pre.ref.kind === 'entity' && titledAfterQuote(pre.start)));
    if (!m.cue.coordinate && ((quoteBefore(k - 1) && !insideSubject) || (pre && pre.ref.kind !== 'coordinate' && quotedSubject))) {
      // Kept without a clause, so that "..., adding that ..." can take its subject.
      if (m.cue.objectSpeaker) {
        cues.push({ match: m, ...objectSpeaker(ctx, m, pre, lex), subjectStart: k, suppressed: true });
        k = Math.max(k, m.particleEnd - 1);
        continue;
      }
      // «...», la hun til, «...»: a particle verb's subject stands before its particle.
      const span = speakerSpan(m, b);
      const ref = pre?.ref ?? parseSpeakerNP(ctx, span.from, span.limit, lex).ref;
      cues.push({ match: m, ref, refToken: pre?.start ?? m.particleEnd, subjectStart: k, suppressed: true });
      k = Math.max(k, m.particleEnd - 1);
      continue;
    }
    // "Ifølge Politiken, som citerer Reuters, sagde X": a name before the comma is no subject when one follows the verb.
    // Not a name in apposition ("chefen for Rosatom, Aleksej Likhatjov, beskylder Kyiv"): that is the subject; nor one
    // that opens the sentence, after its title at most ("Ap-politiker X, som sitter i utvalget, sier partiet ikke vil").
    const first = firstWord(ctx, a, k);
    const opening = pre !== undefined && pre.ref.kind === 'entity' && !lex.accordingStarts.has(lower(ctx, first)) && titleOnlyBefore(ctx, pre.start, first, lex);
    const commaGap = pre !== undefined && ctx.tokens[k - 1]?.text === ',' && ctx.tokens[pre.start - 1]?.text !== ',' && !opening;
    // "Kritikerne mener hun ...": an unnamed subject opening the sentence leaves no room for one after the verb; nor
    // does one after a quantifier or an adjective ("Flere lokalpolitikere mener staten bør ..."). Not after a time
    // ("Tirsdag aften meddelte hærchef X") or an article ("Den gangen lovet han").
    const modifier = (x: number): boolean => isWord(ctx, x) && ctx.mentionAt[x] < 0 && firstPhrase(ctx, x, lex.timeWords, k) === undefined && ![lex.prepositions, lex.adverbs, lex.conjunctions, lex.determiners].some((set) => set.has(lower(ctx, x)));
    const modifiers = (x: number, y: number): boolean => y - x <= 2 && ctx.tokens.slice(x, y).every((_, i) => modifier(x + i));
    const openingSubject = pre !== undefined && pre.ref.kind === 'none' && modifiers(first, pre.start) && pre.start + 1 === k;
    // "I en uttalelse gjengitt av Reuters skriver han": a name inside an opening prepositional phrase, and a pronoun
    // after the verb, which is the subject.
    const openingPhrase = pre !== undefined && pre.start > first && lex.prepositions.has(lower(ctx, first));
    const phraseName = openingPhrase && lex.pronouns.has(lower(ctx, m.particleEnd));
    // "..., og nu kræver Forbrugerrådet Tænk, at": an adverb fronted after the conjunction puts the subject after the verb.
    const frontedAdverb = pre !== undefined && pre.ref.kind === 'coordinate' && lex.adverbs.has(lower(ctx, k - 1));
    const afterVerb = !pre || (pre.ref.kind === 'none' && !openingSubject) || commaGap || phraseName || frontedAdverb;
    const found = lex.lang !== 'en' && (afterVerb || openingPhrase) ? invertedSubject(ctx, m, b, lex) : undefined;
    // "Hos Offerrådgivningen i Danmark frygter landsformand Lise Grønbech, at": so is a name after the verb.
    const inverted = afterVerb || found?.ref.kind === 'entity' ? found : undefined;
    // A pronoun there goes on with the subject before "og" ("Støre har vært taus, og nå sier han").
    const inv = frontedAdverb && inverted?.ref.kind === 'pronoun' ? undefined : inverted;
    let ref: SpeakerRef = m.cue.coordinate ? { kind: 'coordinate' } : inv ? inv.ref : pre?.ref ?? { kind: 'none' };
    let refToken = inv ? inv.start : pre?.start ?? k;
    const subjectStart = inv ? k : pre?.start ?? k;
    let via: Relay[] | undefined;
    if (m.cue.objectSpeaker) ({ ref, refToken, via } = objectSpeaker(ctx, m, pre, lex));
    // "..., with industry leaders warning that ...": the participle's own subject after "with".
    const withSubject = m.cue.coordinate ? participleSubjectAfterWith(ctx, a, k, lex) : undefined;
    if (withSubject) ({ ref, refToken } = withSubject);
    if (ref.kind === 'coordinate') {
      const before = cues[cues.length - 1];
      if (before) {
        ref = before.ref;
        refToken = before.refToken;
      } else if (prior) {
        ref = prior.ref;
        refToken = prior.token;
      } else {
        // "X has defended ..., insisting that", "X welcomed ... but said": the subject of the sentence's first verb.
        const subject = sentenceSubject(ctx, a, k, lex);
        ref = subject >= 0 ? { kind: 'entity', entity: entityAt(ctx, subject) } : { kind: 'none' };
        if (subject >= 0) refToken = subject;
        // "Han har anket dommen og kaller den «...»": a pronoun opening the sentence; "Styrelsen undersøgte markedet og
        // konkluderede, at": a body's noun.
        const opener = clauseSubject(ctx, a, k, lex);
        if (subject < 0 && opener?.ref.kind === 'pronoun') ({ ref, refToken } = opener);
        const body = subject < 0 && opener === undefined ? clauseBodyNoun(ctx, a, k, lex) : undefined;
        if (body) ({ ref, refToken } = body);
        // "The minister defended the decision ..., saying": a definite title opening the sentence.
        const role = subject < 0 && opener === undefined && body === undefined ? clauseRole(ctx, a, k, lex) : undefined;
        if (role) ({ ref, refToken } = role);
      }
    }
    const after = inv ? Math.max(inv.end, m.particleEnd) : m.particleEnd;
    const cs = m.cue.quoteOnly ? undefined : complementStart(ctx, after, b, lex, m.cue);
    const info: CueInfo = { match: m, ref, refToken, subjectStart, suppressed: false, via };
    // "Reuters, citing a senior EU diplomat, said ...": the subject passes on what it cites.
    // Its short form in parentheses may stand before the comma ("Middle East News Agency (MENA), citing a military source,").
    const short = pre !== undefined && ctx.tokens[pre.end]?.text === '(' ? enclosedName(ctx, pre.end) : undefined;
    const citedFrom = short ? short.close + 1 : pre?.end ?? -1;
    const citing = pre !== undefined && ctx.tokens[citedFrom]?.text === ',' && firstPhrase(ctx, citedFrom + 1, lex.quoting, m.verb) !== undefined;
    if (citing && pre.ref.kind === 'entity') Object.assign(info, citedSpeaker({ ref: info.ref, token: info.refToken }, parseRelay(ctx, citedFrom, m.verb, lex), citedFrom));
    // "Citing a senior official at the ministry, the Dhaka Tribune reported that": so does a citation opening the sentence.
    const subject = pre !== undefined && lex.determiners.has(lower(ctx, pre.start - 1)) ? pre.start - 1 : pre?.start ?? -1;
    const opensCiting = !citing && pre?.ref.kind === 'entity' && ctx.tokens[subject - 1]?.text === ',' && firstPhrase(ctx, a, lex.quoting, subject) !== undefined;
    if (opensCiting) Object.assign(info, citedSpeaker({ ref: info.ref, token: info.refToken }, parseRelay(ctx, a, subject - 1, lex), a));
    if (cs) {
      // "Takaichi, who has said she is cautious ..., did not comment": a cue in a relative clause reports up to the
      // comma that closes it.
      const relative = pre !== undefined && lex.relatives.has(lower(ctx, pre.start)) && ctx.tokens[pre.start - 1]?.text === ',';
      const end = clauseEnd(ctx, cs.start, b, lex, { subordinate: subordinate && k < subordinateEnd, relative });
      info.comp = { start: cs.start, explicit: cs.explicit, end };
      info.promise = lex.infinitiveVerbs.has(m.cue.text) && ctx.tokens[cs.start - 2]?.text !== ',' && infinitiveAt(ctx, cs.start, lex);
      // "Reuters reported, citing Interfax, that ...", "sier ifølge NTB, som siterer X, at": the chain between the cue
      // and its clause relays.
      if (cs.explicit && cs.start > after + 1) {
        const chain = parseRelay(ctx, after, cs.start, lex);
        // "EU-Kommissionen skriver ifølge Ritzau, der citerer KVF, at": after a source, the subject wrote it.
        if (m.cue.relay && !chain.according) Object.assign(info, citedSpeaker({ ref: info.ref, token: info.refToken }, chain, after));
        else if (chain.via.length) info.via = [...(info.via ?? []), ...named(chain.via, after)];
      }
    }
    cues.push(info);
    k = Math.max(k, m.particleEnd - 1);
  }
  // The quotations of the sentence: of two words or more, or of one word inside a reported clause ("had
  // "erred"", "kalte det «krig»").
  // A quoted word before a noun is a label ("after 'constructive' meetings"), no quotation of what was said.
  const label = (q: QuoteSpan): boolean => {
    const w = lower(ctx, q.close + 1);
    // «uforståelig» så lenge ...: an adverb or a subordinator after it does not make the word a label.
    return ctx.tokens[q.close + 1]?.kind === 'word' && !lex.prepositions.has(w) && !lex.conjunctions.has(w) && !lex.boundaries.has(w) && !lex.adverbs.has(w) && !lex.subordinators.has(w);
  };
  const inClause = (q: QuoteSpan): boolean => !label(q) && cues.some((c) => c.comp !== undefined && q.open >= c.comp.start && q.open < c.comp.end);
  // "dismissed the accusations as "absurd"", "kalte det «krig»": one quoted word after a cue that attributes quotes.
  // Not a name given ("omtalte saken som «Tolga-saken»"): one capitalised word after "som"/"as".
  const nickname = (q: QuoteSpan): boolean => /^\p{Lu}\S*$/u.test(ctx.text.slice(ctx.tokens[q.open]!.end, ctx.tokens[q.close]!.start)) && NAMING_WORDS.has(lower(ctx, q.open - 1));
  const called = (q: QuoteSpan): boolean => cues.some((c) => c.match.cue.quoteOnly && c.match.verb < q.open && q.open - c.match.verb <= QUOTE_ONLY_REACH);
  // "den såkalte «Carlsen-effekten»": a term, which is named, not said.
  // "a group known as the "drone national team"": a marker of two words, an article perhaps after it.
  const termMarker = (k: number): boolean => lex.termMarkers.has(lower(ctx, k)) || lex.termMarkers.has(`${lower(ctx, k - 1)} ${lower(ctx, k)}`);
  const term = (q: QuoteSpan): boolean => q.words <= MAX_TERM_WORDS && (termMarker(q.open - 1) || (lex.determiners.has(lower(ctx, q.open - 1)) && termMarker(q.open - 2)));
  // «drop in»-pris, «kjøp nå, betal senere»-tjenester: quoted words heading a compound name a thing, whatever their number.
  const compoundHead = (q: QuoteSpan): boolean => ctx.tokens[q.close + 1]?.text === '-' && ctx.tokens[q.close + 1]!.start === ctx.tokens[q.close]!.end && isWord(ctx, q.close + 2);
  const quotes = ctx.quotes.filter((q) => q.open >= a && q.open < b && !term(q) && !nickname(q) && !compoundHead(q) && (q.words >= WORD_MIN || (q.words === 1 && (inClause(q) || called(q)))));
  // Nested reports: the inner clause is the statement, the outer speaker relays it; a cue inside a reported clause
  // ("..., og at han mente det") is part of that clause.
  for (const outer of cues) {
    if (!outer.comp || outer.suppressed) continue;
    for (const inner of cues) {
      if (inner === outer || inner.match.verb < outer.comp.start || inner.match.verb >= outer.comp.end) continue;
      // An inner subject that names no one ("Grossi oplyser, at agenturets inspektører har bekræftet, at") leaves the
      // whole report to the outer speaker, unless the outer verb is a medium's ("BBC melder at generalstaben skriver").
      // Nor does a country a person speaks for ("Eide understreker at Norge fortsatt mener at ...", "sa talsmannen at
      // Moskva forventer at ..."): the person's report holds it.
      // So does a government named by its noun ("Hakim said the government had promised in 2015 that ...").
      const government = (inner.ref.kind === 'entity' && entityType(ctx, inner.ref.entity) === 'place') || (inner.ref.kind === 'orgNoun' && lex.governments.has(inner.ref.noun));
      const country = government && !outer.match.cue.relay && outer.ref.kind !== 'none' && outer.ref.kind !== 'coordinate';
      // So does a noun that names a body only by its name when no body of the article has it ("Van Wijnen said the board
      // had concluded that ...").
      // Nor does a document ("X said the ruling confirmed that ...").
      const nameless = inner.ref.kind === 'none' || (inner.ref.kind === 'orgNoun' && (namelessBody(ctx, inner.ref.noun, lex) || lex.sourceDocuments.has(inner.ref.noun)));
      const unnamed = (nameless && !outer.match.cue.relay) || inner.promise === true || country;
      // Nor a "that" with too few words after it to be a clause ("found no evidence to support that account").
      const clause = inner.comp !== undefined && wordCount(ctx, inner.comp.start, inner.comp.end) >= NESTED_CLAUSE_WORDS;
      const nested = inner.comp?.explicit === true && opensWith(ctx, outer.comp.start, inner.match.verb) && !unnamed && clause;
      if (nested && !outer.relayedBy) {
        inner.relayedBy = outer;
        outer.suppressed = true;
      } else if (!nested) inner.suppressed = true;
    }
  }
  // "Ifølge X har EU-Kommissionen lovet at behandle ...": a promise after a source is part of what the source says.
  const sourceBefore = (verb: number): boolean => {
    if (!(marks & SOURCE)) return false;
    for (let t = a; t < verb; t++) if (firstPhrase(ctx, t, lex.according, verb)) return true;
    return false;
  };
  for (const c of cues) {
    if (c.suppressed || !c.comp || (c.promise && sourceBefore(c.match.verb)) || (c.match.cue.namedSubject && c.ref.kind === 'none')) continue;
    let ref = c.ref;
    let refToken = c.refToken;
    const via: Relay[] = [...(c.via ?? [])];
    if (c.relayedBy) {
      if (ref.kind === 'pronoun') {
        ref = c.relayedBy.ref;
        refToken = c.relayedBy.refToken;
      }
      if (c.relayedBy.ref.kind !== 'none') via.push({ ref: c.relayedBy.ref, token: c.relayedBy.refToken });
    }
    // "Reuters reported that ..., citing two people familiar with the count": a medium passes on what those it cites
    // said, named or not; not a reason or a document it cites ("citing strong holiday demand", "citing data from member
    // states").
    const citing = c.match.cue.relay && ctx.tokens[c.comp.end]?.text === ',' ? firstPhrase(ctx, c.comp.end + 1, lex.quoting, b) : undefined;
    if (citing) {
      const chain = parseRelay(ctx, c.comp.end, b, lex);
      // So are officials the relay does not name ("citing two government officials familiar with the talks").
      const unnamed = ctx.lowered.slice(c.comp.end + 1 + citing.length, chain.end).some((x) => lex.unnamedSources.has(x) || lex.bodyMembers.has(x) || lex.bodyMembersPlural(x));
      if (chain.via.length > 0 || unnamed) {
        const cited = citedSpeaker({ ref, token: refToken }, chain, c.comp.end);
        ({ ref, refToken } = cited);
        via.push(...cited.via);
      }
    }
    for (const [x, y] of clausePieces(ctx, c.comp.start, c.comp.end, lex, quotes)) {
      if (wordCount(ctx, x, y) < WORD_MIN) continue;
      drafts.push({ kind: 'indirect', a: x, b: y, ref, refToken, via: [...via], cue: c.match.cue.text, sentence: s });
    }
  }

  // 2. "ifølge X" / "according to X"
  const closingRelays: { before: number; via: Relay[] }[] = [];
  /** The source phrases, with their relays and relative clauses: no report is made of their words alone. */
  const sourcePhrases: [number, number][] = [];
  let midRelay: { ref: SpeakerRef; refToken: number; via: Relay[]; cue: string; at: number } | undefined;
  const relayedCues = new Map<CueInfo, Relay[]>();
  /** Where the clause a closing source reports begins: after the clause an earlier source closed. */
  let clauseFrom = a;
  for (let k = a; marks & SOURCE && k < b; k++) {
    // Only the first word of an "according" phrase opens one.
    if (!(words[k]! & SOURCE) || ctx.quoteAt[k] >= 0) continue;
    const phrase = firstPhrase(ctx, k, lex.according, b);
    if (!phrase) continue;
    const np = accordingPhrase(ctx, k + phrase.length, b, lex);
    const document = np.ref.kind === 'entity' ? documentAfter(ctx, np.end, b, lex) : undefined;
    if (document) np.end = document.end;
    // "According to Bernama, the national news agency, ...": what the source is belongs to the source phrase.
    if (np.ref.kind === 'entity') np.end = sourceAppositionEnd(ctx, np.end, b, lex);
    // "According to the World Food Programme, more than ...": an opening source reaches to its comma.
    const comma = openingSourceEnd(ctx, k + phrase.length, b, lex, lex.lang === 'en' && lex.prepositions.has(lower(ctx, np.end)));
    // Not over a document's clause ("Ifølge dommen handlet han med overlegg, sier aktor X").
    const documentSource = np.ref.kind === 'orgNoun' && lex.sourceDocuments.has(np.ref.noun);
    // "Ifølge departementet gjelder vedtaket ..., i Elverum og Åmot": a Norwegian or Danish verb right after the source
    // opens its clause, with no comma; a later comma is the clause's own.
    const clauseOpens = lex.lang !== 'en' && isLowerWord(ctx, np.end) && !functionWord(lower(ctx, np.end), lex) && !lex.adverbs.has(lower(ctx, np.end));
    if (wordCount(ctx, a, k) <= 1 && comma > np.end && !documentSource && !clauseOpens) np.end = comma;
    // "ifølge Politiken, som citerer Reuters, ...": the chain relays; it is never a statement of its own.
    const sourceEnd = np.end;
    const chain = parseRelay(ctx, np.end, b, lex);
    const chainVia = named(chain.via, np.end);
    if (chain.end > np.end) np.end = chain.end;
    // "Ifølge Sunnmørsposten, som har fått tilgang til interne e-poster, vurderte ...": a relative clause that says how
    // the source knows is part of the source phrase, unless it reports something itself ("som skriver at ...").
    const clauseClose = relativeAfterSource(ctx, np.end, b, lex);
    // "Ifølge kilder i Nato, som Reuters har talt med, ...": the medium that spoke to the source relays it.
    let spokeTo: Relay[] = [];
    // "Ifølge VG, som skriver at partiet har fått nok, er Frp misfornøyd": a clause that reports on its own; the
    // source's own report begins after it.
    let reportFrom = np.end;
    if (clauseClose > np.end && cues.some((c) => c.match.verb > np.end && c.match.verb < clauseClose)) reportFrom = clauseClose;
    else if (clauseClose > np.end) {
      // Right after the pronoun ("som Reuters har talt med"), or after a verb for speaking to it ("who spoke to Reuters").
      let at = np.end + 2;
      const verb = ctx.tokens.slice(np.end + 2, clauseClose).findIndex((t) => SPOKE_TO.has(t.text.toLowerCase()));
      if (entityAt(ctx, at) < 0 && verb >= 0) at = np.end + 2 + verb + 2;
      // "Ifølge en måling, som Epinion har lavet for DR, ...": who made an unnamed poll or study is its source, and the
      // medium it was made for passes it on.
      const relative = lex.relatives.has(lower(ctx, np.end)) ? np.end : np.end + 1;
      const maker = entityAt(ctx, relative + 1);
      const made = np.ref.kind === 'none' && maker >= 0 && entityType(ctx, maker) === 'organization' && madeIn(ctx, relative + 1, clauseClose);
      const medium = entityAt(ctx, at);
      if (made) {
        np.ref = { kind: 'entity', entity: maker };
        const client = ctx.tokens.slice(relative + 1, clauseClose).findIndex((t) => t.text.toLowerCase() === 'for');
        const forWhom = client >= 0 ? entityAt(ctx, relative + 2 + client) : -1;
        if (forWhom >= 0 && forWhom !== maker) spokeTo = [{ ref: { kind: 'entity', entity: forWhom }, token: relative + 2 + client }];
      } else if (medium >= 0 && entityType(ctx, medium) === 'organization') spokeTo = [{ ref: { kind: 'entity', entity: medium }, token: at }];
      // "Ifølge VG, som har snakket med kilder i flere klubber, ...": the medium passes on what people it does not name
      // told it.
      else if (np.ref.kind === 'entity' && entityType(ctx, np.ref.entity) === 'organization' && verb >= 0 && spokeWithUnnamed(ctx, at, clauseClose, lex)) {
        spokeTo = [{ ref: np.ref, token: k + phrase.length }];
        np.ref = { kind: 'none' };
      }
      np.end = clauseClose;
    }
    sourcePhrases.push([k, np.end]);
    // "sier ifølge NTB, som siterer X, at ...": the source of the cue before it, read with the cue's clause.
    // Also with a time or the inverted subject between ("sagde mandag ifølge PAP, at", "sa han ifølge NTB at"), or a
    // comma ("He added, according to the same report, that").
    const between = (from: number): boolean => k - from <= 2 && ctx.tokens.slice(from, k).every((t, n) => (t.kind === 'word' && ctx.mentionAt[from + n] < 0) || (t.text === ',' && from + n === k - 1));
    if (cues.some((c) => c.comp && c.match.particleEnd <= k && between(c.match.particleEnd))) {
      k = np.end;
      continue;
    }
    let rest = np.end;
    while (rest < b && ctx.tokens[rest].kind === 'punct' && ctx.tokens[rest].text !== ',') rest++;
    // ", according to a report by Daily Mail.": after a comma and a full clause, a short source closes the sentence, as
    // does one whose phrase runs on in a preposition (", according to Reuters' analysis of data published on ...").
    const sourceRunsOn = lex.prepositions.has(lower(ctx, np.end)) && !lex.subordinators.has(lower(ctx, np.end));
    // So does one followed by a subordinate clause (", according to X, as new supply has flooded the market").
    const subordinateAfter = ctx.tokens[np.end]?.text === ',' && lex.subordinators.has(lower(ctx, np.end + 1));
    // Or a relative clause right after the source, which tells who it is ("two policy advisers who spoke to Reuters").
    const relativeAfter = lex.relatives.has(lower(ctx, np.end));
    // Or a contrast, or an English participle's phrase, that comments on the report ("..., according to TurkStat, but
    // food prices have continued to rise", "..., according to the Federal Statistical Office, outpacing inflation").
    // So does a phrase with "with" (", according to HSE figures, with fewer than half of the calls reached in time").
    const commentAfter = ctx.tokens[np.end]?.text === ',' && (lex.contrast.has(lower(ctx, np.end + 1)) || (lex.lang === 'en' && (/^\p{Ll}+ing$/u.test(ctx.tokens[np.end + 1]?.text ?? '') || lower(ctx, np.end + 1) === 'with')));
    const shortRest = wordCount(ctx, np.end, b) <= 4 || sourceRunsOn || subordinateAfter || relativeAfter || commentAfter || sourceTail(ctx, np.end, b, lex);
    // A relative clause after the source reports on its own ("..., according to Unicef, which has warned that ..."):
    // its cue leaves the source closing the sentence before it.
    const describedSource = ctx.tokens[np.end]?.text === ',' && lex.relatives.has(lower(ctx, np.end + 1));
    // A comparison after the source leaves no clause of its own, however short the report ("Prices rose 3%, according to
    // X, up from ...").
    const comparison = ctx.tokens[np.end]?.text === ',' && comparisonAt(ctx, np.end + 1, lex);
    // A cue in a relative clause about the source, or one that reports only a quotation, opens no report of its own
    // ("according to three people with knowledge of the talks who asked not to be named").
    const ownCue = (c: CueInfo): boolean => c.match.verb >= np.end && !c.match.cue.quoteOnly && !lex.relatives.has(lower(ctx, c.match.verb - 1));
    // So does one in a subordinate or contrasting clause after the source ("..., according to Idealista, while the Bank
    // of Spain estimated that ...").
    const closing = ctx.tokens[k - 1]?.text === ',' && wordCount(ctx, a, k) >= (comparison ? 2 : 4) && shortRest && (describedSource || subordinateAfter || commentAfter || !cues.some(ownCue));
    // "X spends 2 percent on education, according to the Ministry of Finance, and 26 million children are out of
    // school, according to UNICEF": a source between two coordinated clauses closes the one before it.
    const coordinated = !closing && ctx.tokens[k - 1]?.text === ',' && ctx.tokens[np.end]?.text === ',' && lex.conjunctions.has(lower(ctx, np.end + 1)) &&
      isWord(ctx, np.end + 2) && wordCount(ctx, clauseFrom, k) >= 4 && !cues.some((c) => c.match.verb >= clauseFrom && c.match.verb < k);
    const trailingHere = rest >= b || wordCount(ctx, np.end, b) === 0 || closing || coordinated;
    if (closing) np.end = b;
    // Anything said before a closing source ("«...», X said, according to AP") is what it relays.
    // A quotation may open in an earlier sentence ("»... våben. De er legitime mål«, sagde X, ifølge Ritzau").
    // A cue without a subject ("cases were reported ..., according to WHO") says nothing of its own.
    // So is a report a trailing attribution closes before it ("Prices will rise, Jane Smith said, according to AFP").
    // So is one an unnamed subject closes ("The animals would be deported, an official said, according to PTI").
    const spokenBefore = cues.some((c) => c.match.verb < k && c.ref.kind !== 'none') || ctx.quotes.some((q) => q.words >= WORD_MIN && q.close >= a && q.close < k) ||
      (trailing !== undefined && trailing.match.verb < k && (trailing.ref.kind !== 'none' || unnamedSpeakers(ctx, trailing.refToken, trailing.match.verb, lex)));
    if (trailingHere && spokenBefore) {
      closingRelays.push({ before: k, via: named(relayEntities(ctx, k + phrase.length, np.end, lex), k) });
      k = np.end;
      continue;
    }
    // "Borgmester X har ifølge Berlingske bedt ...": the source stands inside a clause whose subject is named.
    // Only when the subject says something there (a quotation, a speech verb); else the source reports a fact. A
    // quotation right after a person who is the source is the person's ("Firmaet har ifølge direktøren »til enhver tid
    // overholdt ...«"), while a medium passes on the subject's ("Olvi-fonden vil ifølge nyhedsbureauet STT »vurdere ...«").
    const personSource = np.ref.kind === 'role' || (np.ref.kind === 'entity' && entityType(ctx, np.ref.entity) === 'person');
    const says = quotes.some((q) => q.open > np.end || (q.open === np.end && !personSource)) || cues.some((c) => c.match.verb >= np.end);
    const subject = !trailingHere && says && isWord(ctx, k - 1) ? subjectBefore(ctx, k, a, lex, true) : undefined;
    if (subject && subject.ref.kind !== 'none' && subject.ref.kind !== 'coordinate') {
      const via: Relay[] = [{ ref: np.ref, token: k + phrase.length }, ...chainVia];
      midRelay = { ref: subject.ref, refToken: subject.start, via, cue: phrase.join(' '), at: k };
      k = np.end;
      continue;
    }
    let x: number;
    let y: number;
    if (trailingHere) {
      x = clauseFrom;
      y = k;
    } else {
      x = Math.max(np.end, reportFrom);
      if (ctx.tokens[x]?.text === ',') x++;
      y = clauseEnd(ctx, x, b, lex, { source: true });
    }
    // "Ifølge nyhedsbureauet har Maxar peget på, at ...": the agency relays Maxar's statement; so does an opening
    // source whose clause names its own speaker ("According to the BBC, citing PAP, the firm's chief, X, said ...").
    // Not a cue of a clause coordinated after the source's own ("Ifølge X var værkerne forsikret, men direktøren
    // understreger, at ...").
    const ownSpeaker = (c: CueInfo) => c.subjectStart >= x && (trailingHere || c.subjectStart < y) && c.ref.kind !== 'none' && c.ref.kind !== 'coordinate';
    const inner = cues.find((c) => !c.suppressed && !c.promise && c.comp && c.match.verb >= x && ((c.comp.explicit && c.match.verb < x + 6) || ownSpeaker(c)));
    if (inner && !trailingHere) {
      for (const d of drafts) {
        if (d.a < inner.comp!.start || d.a >= inner.comp!.end) continue;
        d.via.unshift({ ref: np.ref, token: k + phrase.length });
        addVia(d, chainVia);
      }
      relayedCues.set(inner, [{ ref: np.ref, token: k + phrase.length }, ...chainVia]);
      k = np.end;
      continue;
    }
    // "Ifølge dommen handlet han med overlegg, sier aktor X": a named speaker's closing attribution says who reports it.
    const closedBySpeaker = trailing !== undefined && trailing.comma >= y && trailing.ref.kind !== 'none' && !trailing.match.cue.relay;
    if (wordCount(ctx, x, y) >= WORD_MIN && !closedBySpeaker) {
      const source = citedSpeaker({ ref: np.ref, token: k + phrase.length }, chain, sourceEnd);
      const draft: Draft = { kind: 'indirect', a: x, b: y, ref: source.ref, refToken: source.refToken, via: source.via, cue: phrase.join(' '), sentence: s };
      addVia(draft, document?.seenBy ?? []);
      addVia(draft, np.via ?? []);
      addVia(draft, spokeTo);
      drafts.push(draft);
    }
    if (coordinated) clauseFrom = np.end + 2;
    k = np.end;
  }

  // 3. quotation marks
  for (const q of quotes) {
    if (drafts.some((d) => d.kind === 'direct' && d.a <= q.open && q.close <= d.b)) continue;
    const attr = quoteAttribution(ctx, q.open, q.close, a, cues, lex, drafts, relayedCues) ?? (midRelay && q.open > midRelay.at ? { ...midRelay, via: [] } : undefined);
    if (!attr) continue;
    drafts.push({ kind: 'direct', a: q.open + 1, b: q.close, ref: attr.ref, refToken: attr.refToken, via: attr.via, cue: attr.cue, sentence: s });
  }
  for (const r of closingRelays) for (const d of drafts) if (d.a < r.before) addVia(d, r.via);
  if (midRelay) for (const d of drafts) if (d.a > midRelay.at) addVia(d, midRelay.via);
  // "Ifølge Stortinget gjelder det «...»": a source's clause that carries a quotation is the quotation.
  const carriers = drafts.filter((d) => d.kind === 'indirect' && lex.accordingCues.has(d.cue) && drafts.some((q) => q.kind === 'direct' && q.a >= d.a && q.b <= d.b));
  for (const c of carriers) drafts.splice(drafts.indexOf(c), 1);

  // 4. a trailing attribution: closes a plain sentence, or relays the statements of a quoting one
  if (trailing) {
    const chain = parseRelay(ctx, trailing.npEnd, b, lex);
    const others = drafts.filter((d) => d.a < trailing.comma);
    if (others.length > 0 && trailing.match.cue.relay) {
      for (const d of others) addVia(d, [{ ref: trailing.ref, token: trailing.refToken }, ...named(chain.via, trailing.npEnd)]);
    } else if (others.length > 0 && oneSpeaker(others) && !contrastBetween(ctx, a, trailing.comma, lex) && trailing.ref.kind === 'entity' && entityType(ctx, trailing.ref.entity) === 'person' && spokespersonBetween(ctx, trailing.comma, trailing.npEnd, lex)) {
      // "Beijing urged Chile to "...", foreign ministry spokesperson Mao Ning said": one who holds a title of the
      // country or body and closes the sentence speaks the words it is said to have spoken there (not an analyst: "Tesla
      // said deliveries fell, Wedbush analyst Dan Ives said").
      for (const d of others) {
        if (d.ref.kind !== 'entity' || entityType(ctx, d.ref.entity) === 'person') continue;
        d.ref = trailing.ref;
        d.refToken = trailing.refToken;
        addVia(d, named(chain.via, trailing.npEnd));
      }
    } else if ((others.length === 0 || subordinateReports(ctx, others, a, trailing, lex)) && wordCount(ctx, a, trailing.comma) >= WORD_MIN && !sourcePhrases.some(([x, y]) => x <= firstWord(ctx, a, trailing.comma) && trailing.comma <= y)) {
      const source = trailing.match.cue.relay
        ? citedSpeaker({ ref: trailing.ref, token: trailing.refToken }, chain, trailing.npEnd)
        : { ref: trailing.ref, refToken: trailing.refToken, via: named(chain.via, trailing.npEnd) };
      const draft = { ...source, via: [...trailing.via, ...source.via], cue: trailing.match.cue.text, sentence: s };
      // "The country remained "fully committed" to its bid, she added": the quoted words, as in a reported clause; not a
      // name before its noun ("under their "one in, one out" pilot scheme, the Home Office said").
      const quoted = quotes.filter((q) => q.open >= a && q.close < trailing.comma && !label(q));
      if (quoted.length > 0) for (const q of quoted) drafts.push({ kind: 'direct', a: q.open + 1, b: q.close, ...draft });
      // "Politiet etterlyser to menn. – Dette bærer preg av planlegging, sier X.": dash speech inside a paragraph.
      else if (ctx.tokens[a]?.kind === 'dash') drafts.push({ kind: 'direct', a: a + 1, b: trailing.comma, ...draft });
      else drafts.push({ kind: 'indirect', a, b: trailing.comma, ...draft });
    }
  }
  return drafts;
}

/** The most words of a subject between a subordinator and its cue ("after | Italian authorities | said"). */
const SUBORDINATE_SUBJECT_WORDS = 3;

/**
 * Whether the reports before a trailing attribution that names its speaker are all clauses of a subordinate clause
 * inside the sentence it closes ("X withdrew the head after Italian authorities said it was looted, the company said"):
 * the sentence is the speaker's report, and the inner one stays.
 */
function subordinateReports(ctx: Ctx, others: readonly Draft[], a: number, trailing: { ref: SpeakerRef; match: CueMatch }, lex: SpeechLexicon): boolean {
  if (trailing.ref.kind === 'none' || trailing.match.cue.relay) return false;
  const first = firstWord(ctx, a, trailing.match.verb);
  return others.every((d) => d.kind === 'indirect' && d.refToken > first + 1 &&
    Array.from({ length: SUBORDINATE_SUBJECT_WORDS }, (_, n) => d.refToken - 1 - n).some((x) => x > first && lex.subordinators.has(lower(ctx, x))));
}

/** Whether a contrast or subordinator joins another clause in [a, b) ("..., while France welcomed it, X said"). */
function contrastBetween(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]!.text === ',' && (lex.contrast.has(lower(ctx, k + 1)) || lex.subordinators.has(lower(ctx, k + 1)))) return true;
  return false;
}

/** Whether drafts all name the same one speaker ("Beijing urged Chile to "..."": the quotation and the report). */
function oneSpeaker(drafts: readonly Draft[]): boolean {
  const first = drafts[0]!.ref;
  return first.kind === 'entity' && drafts.every((d) => d.ref.kind === 'entity' && d.ref.entity === first.entity);
}

/**
 * Whether [from, to) gives the person a title of the body's own ("foreign ministry spokesperson Mao Ning", "chief
 * executive Anders Opedal", "Defense Secretary Pete Hegseth"), not one of an outside observer ("Wedbush analyst Dan
 * Ives") nor of another body named there.
 */
function spokespersonBetween(ctx: Ctx, from: number, to: number, lex: SpeechLexicon): boolean {
  let titled = false;
  for (let k = from; k < to; k++) {
    const w = lower(ctx, k);
    if (lex.observers.has(w) || (entityAt(ctx, k) >= 0 && entityType(ctx, entityAt(ctx, k)) !== 'person')) return false;
    if (lex.spokespeople.has(w) || lex.roleOf(ctx.tokens[k]!.text)) titled = true;
  }
  return titled;
}

/**
 * The token of the first name in [a, b) that is no part of a prepositional phrase or a quotation: the subject a
 * coordinated cue continues. A person is preferred; a name after "ifølge"/"according to" is a source, not a subject.
 */
function sentenceSubject(ctx: Ctx, a: number, b: number, lex: SpeechLexicon): number {
  let fallback = -1;
  for (let k = a; k < b; k++) {
    const e = entityAt(ctx, k);
    if (e < 0 || ctx.quoteAt[k] >= 0 || ctx.mentionAt[k] === ctx.mentionAt[k - 1]) continue;
    const before = lower(ctx, k - 1);
    const beyond = lower(ctx, k - 2);
    if (k > a && (lex.prepositions.has(before) || lex.according.some((p) => p[p.length - 1] === before))) continue;
    // "på erhvervsskolen Mercantec": an article or a noun for the kind of organization may stand between.
    if (k - 1 > a && (lex.determiners.has(before) || lex.isOrgNoun(before)) && lex.prepositions.has(beyond)) continue;
    if (entityType(ctx, e) === 'person') return k;
    // "More than 40 Labour MPs have signed": the members speak, not the party.
    const after = ctx.mentions[ctx.mentionAt[k]].endToken;
    if (fallback < 0 && entityType(ctx, e) === 'organization' && !(isWord(ctx, after) && lex.isGroupNoun(ctx.tokens[after].text))) fallback = k;
    // "Emiraterne har afvist ... og fastholder": a country opening the sentence speaks as its government; not one in
    // the genitive before another name ("China's Tianqi Lithium has opposed ..., arguing"), nor before a noun other
    // than one for its government or a body of it ("Ireland's drinks industry has stepped up its campaign ..., warning";
    // not "Saudi Arabia's foreign ministry welcomed the talks and said").
    const mention = ctx.mentions[ctx.mentionAt[k]]!;
    const owner = mention.text !== mention.base && (entityAt(ctx, after) >= 0 || ownsNoun(ctx, after, lex));
    // Nor a dateline's place ("ACCRA - The Ghana Education Service has defended ..., saying").
    const dateline = ctx.tokens[after]?.kind === 'dash' || ctx.tokens[after]?.text === ':';
    if (fallback < 0 && k === a && entityType(ctx, e) === 'place' && !owner && !dateline) fallback = k;
  }
  return fallback;
}

/** The most lower-case words of a noun phrase a place's genitive owns ("Saudi Arabia's | foreign ministry"). */
const OWNED_WORDS = 3;

/** Whether lower-case words at k make a noun phrase that names neither a government nor a body ("drinks industry"). */
function ownsNoun(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  let j = k;
  while (j < k + OWNED_WORDS && isWord(ctx, j) && /^\p{Ll}/u.test(ctx.tokens[j]!.text)) {
    if (lex.governments.has(lower(ctx, j)) || lex.isOrgNoun(lower(ctx, j))) return false;
    j++;
  }
  return j > k;
}

/** The most words of a person's description between a quotation and the name ("Tourism and Wildlife Cabinet Secretary"). */
const DESCRIPTION_WORDS = 6;

/**
 * The person whose name ends right before the cue at `v`, when the words from `j` to the name only describe the person:
 * a few words, none of them a verb, pronoun or preposition (`"...," KNKT technician Ardi Prasetyo said`); else -1.
 */
function describedPerson(ctx: Ctx, j: number, v: number, lex: SpeechLexicon): number {
  const e = entityAt(ctx, v - 1);
  if (e < 0 || entityType(ctx, e) !== 'person') return -1;
  const start = ctx.mentions[ctx.mentionAt[v - 1]]!.firstToken;
  if (start <= j || start - j > DESCRIPTION_WORDS) return -1;
  for (let x = j; x < start; x++) {
    const w = lower(ctx, x);
    if (!isWord(ctx, x) || lex.cues.has(w) || lex.aux.has(w) || lex.pronouns.has(w) || lex.prepositions.has(w) || lex.subordinators.has(w)) return -1;
  }
  return e;
}

/** Whether a noun that names a body only by its name ("the board", "politiet") names none of the article's bodies. */
function namelessBody(ctx: Ctx, noun: string, lex: SpeechLexicon): boolean {
  if (!lex.orgNounsByName.has(noun)) return false;
  const stem = lex.definiteStem(noun);
  return !ctx.entities.some((e) => e.type === 'organization' && e.name.toLowerCase().includes(stem));
}

/** The most tokens of an opening source phrase before its comma. */
const OPENING_SOURCE_TOKENS = 9;
/**
 * The most where an English source's name is followed by a prepositional phrase ("According to data compiled by the
 * association from 42 member hospitals in the city,"); a Norwegian or Danish clause opens without a comma after it.
 */
const OPENING_SOURCE_TOKENS_PHRASE = 16;

/** The comma that closes an opening "According to X," phrase, or -1; `phrase`: a prepositional phrase follows X. */
function openingSourceEnd(ctx: Ctx, from: number, b: number, lex: SpeechLexicon, phrase: boolean): number {
  for (let k = from; k < Math.min(b, from + (phrase ? OPENING_SOURCE_TOKENS_PHRASE : OPENING_SOURCE_TOKENS)); k++) {
    const t = ctx.tokens[k];
    if (t.text === ',') return k;
    // A count inside the source's phrase ("from 42 member hospitals").
    if (t.kind !== 'word' && !(t.kind === 'punct' && t.glued) && !(phrase && t.kind === 'number')) return -1;
    if (lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k))) return -1;
  }
  return -1;
}

/** The end of a person's name within a few words after a title ("i Danske Bank Las Olsen"), or -1. */
function personAfter(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): number {
  // Lower-case words of a field since the last preposition ("i klinisk ernæring").
  let field = -1;
  for (let k = from; k < Math.min(b, from + 7); k++) {
    const e = entityAt(ctx, k);
    if (e >= 0 && entityType(ctx, e) === 'person') return ctx.mentions[ctx.mentionAt[k]].endToken;
    // "Ifølge landets energiminister, Jurabek Mirzamakhmudov, vil ...": the holder in apposition after the title.
    // Only one set off by commas on both sides ("Ifølge ministeren, Jonas Gahr Støre og ... er enige" has no holder).
    if (k === from && ctx.tokens[k]?.text === ',' && entityAt(ctx, k + 1) >= 0 && ctx.tokens[ctx.mentions[ctx.mentionAt[k + 1]]!.endToken]?.text === ',') continue;
    // Prepositions, determiners and names (tagged or not) may stand between the title and its holder, and a field of
    // up to three words after a preposition ("lektor i statskundskab ved Aarhus Universitet Mette Kjær Abildgaard",
    // "professor i klinisk ernæring Abdirahman Warsame").
    const preposition = lex.prepositions.has(lower(ctx, k));
    if (preposition) field = 0;
    else if (field >= 0 && isLowerWord(ctx, k) && field < MAX_FIELD_WORDS && !lex.cues.has(lower(ctx, k)) && !lex.aux.has(lower(ctx, k))) {
      field++;
      continue;
    }
    const between = preposition || lex.determiners.has(lower(ctx, k)) || /^\p{Lu}/u.test(ctx.tokens[k].text);
    if (e < 0 && !between) return -1;
  }
  return -1;
}

/** Norwegian and Danish prepositions after a person's name that tell where the person works ("X ved Københavns Universitet"). */
const WORKPLACE_LINKS = new Set(['ved', 'fra', 'hos', 'i', 'på']);

/**
 * Where the workplace after a person's name that ends at k ends ("X fra Københavns Universitet", "X i Odense Kommune"),
 * or -1: after "ifølge" it belongs to the source, not to the report (nb, da).
 */
function workplaceEnd(ctx: Ctx, k: number, lex: SpeechLexicon): number {
  if (lex.lang === 'en' || !WORKPLACE_LINKS.has(lower(ctx, k))) return -1;
  const e = entityAt(ctx, k + 1);
  return e >= 0 && entityType(ctx, e) !== 'person' ? ctx.mentions[ctx.mentionAt[k + 1]]!.endToken : -1;
}

const BY = new Set(['by', 'av', 'af', 'fra', 'from', 'of']);

/** The source's token after up to two lower-case words and "by" ("results | published by the | Election ..."), or -1. */
function sourceBy(ctx: Ctx, k: number, lex: SpeechLexicon): number {
  let at = afterBy(ctx, k, lex);
  if (at < 0) return -1;
  // "tall fra valgmyndigheten Tribunal Supremo Electoral": a noun for the source before its name.
  if (entityAt(ctx, at) < 0 && isWord(ctx, at) && lex.isOrgNoun(lower(ctx, at))) at++;
  return entityAt(ctx, at) >= 0 ? at : -1;
}

/**
 * "figures compiled by the union": the noun for a body, named nowhere in the phrase, that the source's participle and
 * "by" lead to; else -1.
 */
function sourceByNoun(ctx: Ctx, k: number, lex: SpeechLexicon): number {
  const at = afterBy(ctx, k, lex);
  const named = (x: number): boolean => entityAt(ctx, x) >= 0 || (ctx.tokens[x]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[x]!.text));
  return at >= 0 && isWord(ctx, at) && !named(at) && lex.isOrgNoun(lower(ctx, at)) && !named(at + 1) ? at : -1;
}

/**
 * Where the source begins after a noun's participle and "by" at token k ("published by the", "compiled by", "published
 * last year by"), or -1.
 */
function afterBy(ctx: Ctx, k: number, lex: SpeechLexicon): number {
  for (let j = k; j < k + BY_REACH && isLowerWord(ctx, j); j++) {
    if (!BY.has(lower(ctx, j + 1))) continue;
    return lex.determiners.has(lower(ctx, j + 2)) ? j + 3 : j + 2;
  }
  return -1;
}

/** The most words after a source document's participle that date it ("published last year", "released on Tuesday"). */
const DATING_WORDS = 4;
/** The most lower-case words from a noun's participle to its "by" ("published last year by"). */
const BY_REACH = 3;

/** Whether a comparison opens at token k ("up from", "well above"): a change that a report's figure is measured by. */
function comparisonAt(ctx: Ctx, k: number, lex: SpeechLexicon): boolean {
  return lex.comparisonOpeners.has(lower(ctx, k)) || (lex.comparisonModifiers.has(lower(ctx, k)) && lex.comparisonOpeners.has(lower(ctx, k + 1)));
}

/**
 * Whether [from, b) only describes a source that closes the sentence: words with no verb of a clause, perhaps with a
 * relative clause after a comma (", according to two diplomats | present in the room, who spoke on condition of
 * anonymity").
 */
function sourceTail(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): boolean {
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k];
    // "..., which cited Abdul Qani, a spokesman for the ministry.", "according to Gavi, the vaccine alliance that funds it":
    // an apposition describes the last source.
    if (t.text === ',' && lex.determiners.has(lower(ctx, k + 1))) continue;
    // "according to Naoko Fujimoto, chief economist at Mizuho", "a group based in Portland, Maine,", ", in a dispute
    // that ...": so does a title, a place's region and a prepositional phrase.
    if (t.text === ',' && isLowerWord(ctx, k + 1) && (lex.roleOf(lower(ctx, k + 1)) !== undefined || lex.prepositions.has(lower(ctx, k + 1)))) continue;
    if (t.text === ',' && entityAt(ctx, k + 1) >= 0 && entityType(ctx, entityAt(ctx, k + 1)) === 'place') continue;
    // "..., according to Colombia's Ministry of Finance, up from an initial estimate of ...": a comparison.
    if (t.text === ',' && comparisonAt(ctx, k + 1, lex)) continue;
    if (t.text === ',') return lex.relatives.has(lower(ctx, k + 1));
    if (t.kind === 'quote' || (t.kind === 'word' && (lex.aux.has(lower(ctx, k)) || cueAt(ctx, k, b, lex) !== undefined))) return false;
  }
  return true;
}

/**
 * The noun phrase after "ifølge": a name ("Putin", "Natos anslag", "Nato-generalsekretær Jens Stoltenberg"), or a
 * description ("de ukrainske representantene", "britisk etterretning", "a report by Daily Mail"). It ends before the
 * finite verb of a V2 clause, which is where the reported content starts.
 */
/** English numbers and quantifiers before the noun for an unnamed source ("two officials", "several diplomats"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'other', 'dozens', 'hundreds']);

/** Verbs for speaking to a medium, before "to"/"med" and its name ("who spoke to Reuters", "som har talt med NRK"). */
const SPOKE_TO = new Set(['spoke', 'talked', 'talt', 'snakket']);
/** Participles that say who made a poll, a study or a count ("som Epinion har lavet for DR", "conducted by"). */
const MADE = new Set(['lavet', 'laget', 'gjort', 'udført', 'utført', 'foretaget', 'foretatt', 'gennemført', 'gjennomført', 'conducted', 'carried']);

/** Whether a participle of making stands in tokens [a, b) before the clause's comma. */
function madeIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b && ctx.tokens[k]!.text !== ','; k++) if (MADE.has(lower(ctx, k))) return true;
  return false;
}

/**
 * Whether the words [from, end) after "snakket med" / "spoke to" name no one: unnamed sources ("kilder i flere klubber")
 * or people by a plural noun ("flere internationale bookingagenter"), and no person or organization.
 */
function spokeWithUnnamed(ctx: Ctx, from: number, end: number, lex: SpeechLexicon): boolean {
  let unnamed = false;
  for (let k = from; k < end; k++) {
    const e = entityAt(ctx, k);
    // "som har snakket med tidligere statsminister Erna Solberg": a person there is who spoke; a body may only be where
    // the unnamed sources are ("med kilder i Skatteministeriet").
    if (e >= 0 && (entityType(ctx, e) === 'person' || (entityType(ctx, e) === 'organization' && !unnamed))) return false;
    const w = lower(ctx, k);
    if (lex.unnamedSources.has(w) || lex.isGroupNoun(w) || (isWord(ctx, k) && /^\p{Ll}+(?:er|ere|ar)$/u.test(w) && lex.lang !== 'en')) unnamed = true;
  }
  return unnamed;
}

/** The most tokens of a relative clause after a source ("Ifølge X, som har fått tilgang til e-postene, ..."). */
const SOURCE_CLAUSE_TOKENS = 16;

/** Where a relative clause right after a source phrase ends, at its closing comma; `from` when none follows. */
function relativeAfterSource(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): number {
  // A clause right after the source needs no comma before it: "Ifølge en måling som Norstat har gjort for NRK, ...",
  // "citing a USDA official who asked not to be named, ...".
  const bare = lex.relatives.has(lower(ctx, from));
  const open = bare ? from - 1 : from;
  if (!bare && (ctx.tokens[from]?.text !== ',' || !lex.relatives.has(lower(ctx, from + 1)))) return from;
  for (let k = open + 2; k < b && k - open <= SOURCE_CLAUSE_TOKENS; k++) {
    if (ctx.quoteAt[k] >= 0) return from;
    if (ctx.tokens[k].text === ',') return k;
  }
  return from;
}

/** The most words before unnamed sources ("two senior government officials"). */
const UNNAMED_SOURCE_WORDS = 4;

/**
 * "according to officials quoted by El País": unnamed sources a medium quotes, where the source is no one named and the
 * medium relays.
 */
function unnamedQuotedBy(ctx: Ctx, i: number, b: number, lex: SpeechLexicon): { end: number; via: Relay[] } | undefined {
  for (let k = i; k < Math.min(b, i + UNNAMED_SOURCE_WORDS); k++) {
    const t = ctx.tokens[k]!;
    if (ctx.mentionAt[k] >= 0 || (t.kind !== 'word' && t.kind !== 'number')) return undefined;
    const w = lower(ctx, k);
    const seen = firstPhrase(ctx, k + 1, lex.seenBy, b);
    // "according to traders cited by Reuters": so are people by a plural noun right before the medium's phrase.
    const people = seen !== undefined && /^\p{Ll}+s$/u.test(ctx.tokens[k]!.text) && !lex.isOrgNoun(w) && !lex.documentNouns.has(w) && !lex.sourceDocuments.has(w);
    if (!lex.unnamedSources.has(w) && !lex.isGroupNoun(w) && !people) continue;
    if (!seen) return spokenToBy(ctx, k + 1, b, lex);
    let at = k + 1 + seen.length;
    if (lex.determiners.has(lower(ctx, at))) at++;
    const medium = entityAt(ctx, at);
    if (medium < 0 || entityType(ctx, medium) !== 'organization') return undefined;
    return { end: ctx.mentions[ctx.mentionAt[at]]!.endToken, via: named([medium], at) };
  }
  return undefined;
}

/**
 * "ifølge diplomater nyhetsbyrået AFP har snakket med", "according to sources Bloomberg spoke to": the medium after
 * unnamed sources that spoke to them, and where that clause ends.
 */
function spokenToBy(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): { end: number; via: Relay[] } | undefined {
  let at = from;
  if (lex.determiners.has(lower(ctx, at))) at++;
  if (entityAt(ctx, at) < 0 && lex.isOrgNoun(lower(ctx, at))) at++;
  const medium = entityAt(ctx, at);
  if (medium < 0 || entityType(ctx, medium) !== 'organization') return undefined;
  let k = ctx.mentions[ctx.mentionAt[at]]!.endToken;
  if (lex.aux.has(lower(ctx, k))) k++;
  if (!SPOKE_TO.has(lower(ctx, k)) || !SPOKEN_TO_LINKS.has(lower(ctx, k + 1))) return undefined;
  return k + 2 <= b ? { end: k + 2, via: named([medium], at) } : undefined;
}

/** The words that name whom a medium spoke to ("snakket med", "spoke to", "talked with"). */
const SPOKEN_TO_LINKS = new Set(['med', 'to', 'with']);

function accordingPhrase(ctx: Ctx, i: number, b: number, lex: SpeechLexicon): { end: number; ref: SpeakerRef; via?: Relay[] } {
  const quotedBy = unnamedQuotedBy(ctx, i, b, lex);
  if (quotedBy) return { end: quotedBy.end, ref: { kind: 'none' }, via: quotedBy.via };
  const entities: number[] = [];
  /** Which of the entities a head noun names ("flygtningeorganisation UNHCR"), or -1. */
  let named = -1;
  let role: { stem: string; compound?: string; gender?: 'm' | 'f'; definite?: boolean; after: number } | undefined;
  /** A second body the source names after "and", which says it together with the first. */
  let joint = -1;
  const object = lex.objectPronouns.get(lower(ctx, i));
  if (object) return { end: i + 1, ref: { kind: 'pronoun', gender: object } };
  let k = i;
  if (lex.determiners.has(lower(ctx, k)) && !lex.pronouns.has(lower(ctx, k)) || lower(ctx, k) === 'de' && /e$/u.test(lower(ctx, k + 1))) k++;
  // "According to Ms del Castillo": a form of address before the name; "according to the U.N. Office for the
  // Coordination of Humanitarian Affairs": so is a capitalised word no mention covers before a body's name, when it is
  // no title ("According to President Trump's lawyers").
  const qualifier = isCapitalised(ctx, k) && ctx.mentionAt[k] < 0 && lex.roleOf(lower(ctx, k)) === undefined && entityAt(ctx, k + 1) >= 0 && entityType(ctx, entityAt(ctx, k + 1)) === 'organization';
  if ((lex.honorific(ctx.tokens[k]?.text ?? '') && entityAt(ctx, k + 1) >= 0) || qualifier) k++;
  // "according to the UN’s Office for the Coordination of Humanitarian Affairs (Ocha)": so is an owner no mention
  // covers, in the genitive.
  else if (isCapitalised(ctx, k) && ctx.mentionAt[k] < 0 && /^['’]s$/u.test(ctx.tokens[k + 1]?.text ?? '') && entityAt(ctx, k + 2) >= 0 && entityType(ctx, entityAt(ctx, k + 2)) === 'organization') k += 2;
  while (k < b) {
    const e = entityAt(ctx, k);
    if (e >= 0) {
      const m = ctx.mentions[ctx.mentionAt[k]];
      entities.push(e);
      k = Math.max(k + 1, m.endToken);
      // "Tribunal Supremo Electoral (TSE)": its short form is part of the source.
      const short = ctx.tokens[k]?.text === '(' ? enclosedName(ctx, k) : undefined;
      if (short) k = short.close + 1;
      // "according to a report by the Council to Homeless Persons (CHP) and Launch Housing": a second body after "and"
      // that ends the phrase is a source too.
      const partner = entities.length === 1 && entityType(ctx, e) === 'organization' ? jointBodyAfter(ctx, k, b, e, lex) : undefined;
      if (partner) {
        joint = partner.entity;
        k = partner.end;
        break;
      }
      // "Ifølge Ola Nordmann i Oslo kommune er ...": with the word for the kind of place after it.
      const work = entityType(ctx, e) === 'person' ? workplaceEnd(ctx, k, lex) : -1;
      if (work >= 0) {
        k = lex.placeKinds.has(lower(ctx, work)) ? work + 1 : work;
        break;
      }
      let head = false;
      let possessive = false;
      if (ctx.tokens[k]?.compound === 'hyphen') {
        k += 2; // "Nato-generalsekretær"
        head = true;
      } else if (genitiveMarkAt(ctx, k)) {
        k++;
        possessive = true;
      }
      if (entityAt(ctx, k) >= 0) {
        // "according to Spain's State Meteorological Agency": the name after the possessive is the source.
        if (possessive || /['’]s?$/u.test(m.text)) named = entities.length;
        continue;
      }
      // "Ifølge Bergen kommune": the word for the kind of place belongs to the source.
      if (!head && !possessive && lex.placeKinds.has(lower(ctx, k)) && entityType(ctx, e) === 'place') k++;
      // A verb, not a noun, when a pronoun or an article follows it (V2: "Ifølge Det hvite hus mener de").
      const verbNext = lex.pronouns.has(lower(ctx, k + 1)) || lex.determiners.has(lower(ctx, k + 1));
      if (!head && (possessive || /(s|['’])$/u.test(m.text)) && isLowerWord(ctx, k) && !verbNext && !lex.aux.has(lower(ctx, k)) && !lex.cues.has(lower(ctx, k))) {
        // "Natos anslag", "Financial Times' korrespondent", "Lægemiddelstyrelsens egne opgørelser".
        if (lex.sourceAdjectives.has(lower(ctx, k)) && isLowerWord(ctx, k + 1) && !lex.aux.has(lower(ctx, k + 1)) && !lex.cues.has(lower(ctx, k + 1))) k++;
        k++;
        head = true;
      }
      if (head) {
        const r = lex.roleOf(ctx.tokens[k - 1].text);
        if (r) role = { ...r, after: entities.length };
        // "FN's flygtningeorganisation UNHCR": the name after the noun is the source; so is one in parentheses or in
        // apposition ("FNs matvareprogram (WFP)", "FN's flygtningeorganisation, UNHCR,").
        const aside = r ? undefined : enclosedName(ctx, k);
        if (aside && entityType(ctx, aside.entity) === 'organization') {
          named = entities.length;
          entities.push(aside.entity);
          k = aside.close + 1;
          break;
        }
        // "according to Google's chief executive Sundar Pichai": the rest of a title of several words.
        if (r) k = k - 1 + Math.max(1, lex.titleWords(ctx.lowered, k - 1));
        // "Ifølge DMI's vagthavende meteorolog, X,": a title of two words the list knows one by one.
        if (r && isLowerWord(ctx, k) && lex.roleOf(lower(ctx, k)) !== undefined) k++;
        // "according to Spain's weather agency AEMET": a noun of more words before the name.
        let noun = k;
        while (!r && noun < k + 2 && isLowerWord(ctx, noun) && !functionWord(lower(ctx, noun), lex) && entityAt(ctx, noun + 1) < 0) noun++;
        if (!r && isLowerWord(ctx, noun) && !functionWord(lower(ctx, noun), lex) && entityAt(ctx, noun + 1) >= 0) k = noun + 1;
        // "according to Colombia's tax and customs authority, DIAN,": a noun for a body, its name in apposition.
        if (!r && entityAt(ctx, k) < 0) {
          let x = k - 1;
          while (x < k + 3 && isLowerWord(ctx, x + 1) && (lex.conjunctions.has(lower(ctx, x + 1)) || !functionWord(lower(ctx, x + 1), lex))) x++;
          const body = ctx.tokens[x + 1]?.text === ',' ? entityAt(ctx, x + 2) : -1;
          if (lex.isOrgNoun(lower(ctx, x)) && body >= 0 && entityType(ctx, body) === 'organization') k = x + 2;
        }
        if (entityAt(ctx, k) >= 0) {
          if (!r) named = entities.length;
          continue;
        }
      }
      if (BY.has(lower(ctx, k)) && entityAt(ctx, k + 1) >= 0) {
        k++;
        continue;
      }
      // "according to HSE figures published last year,": the source's document and the words that date it are the
      // phrase's; not a relay's participle ("PRF figures cited by the newspaper Folha").
      const dated = /^\p{Ll}+ed$/u.test(ctx.tokens[k + 1]?.text ?? '') && !BY.has(lower(ctx, k + 2));
      if (lex.lang === 'en' && !head && !possessive && entityType(ctx, e) !== 'person' && lex.documentNouns.has(lower(ctx, k)) && dated) {
        let x = k + 2;
        while (x < b && x - k <= DATING_WORDS && isWord(ctx, x) && !lex.cues.has(lower(ctx, x)) && !lex.aux.has(lower(ctx, x))) x++;
        if (x === b || ctx.tokens[x]?.text === ',') {
          k = x;
          break;
        }
      }
      // "Ifølge en ny måling fra Voxmeter for Ritzau": the one a poll by the source was made for is part of the phrase.
      if (lower(ctx, k) === 'for' && entityAt(ctx, k + 1) >= 0 && entities.length === 1 && BY.has(lower(ctx, m.firstToken - 1))) {
        k++;
        continue;
      }
      // "according to the EU police agency", "the UN refugee agency": in English a name before a noun for an
      // organization only describes the body the noun stands for.
      if (lex.lang === 'en' && !head && !possessive && lex.determiners.has(lower(ctx, i)) && entityType(ctx, e) !== 'person') {
        // The noun is the head after another word ("police agency"); right after the name it is the name's own ("the
        // Liberal party").
        let noun = -1;
        for (let x = k + 1; x < k + 3 && x < b && isLowerWord(ctx, x - 1) && isLowerWord(ctx, x); x++) if (lex.isOrgNoun(lower(ctx, x))) noun = x;
        // A name after the noun, perhaps after its comma, is the source ("the EU border agency Frontex", "the EU's border
        // agency, Frontex"); an unknown capitalised word there leaves the phrase to the rules below ("the Faroese
        // public broadcaster KVF").
        const at = ctx.tokens[noun + 1]?.text === ',' ? noun + 2 : noun + 1;
        const after = noun >= 0 ? entityAt(ctx, at) : -1;
        if (after >= 0 && entityType(ctx, after) !== 'place') return { end: ctx.mentions[ctx.mentionAt[at]]!.endToken, ref: { kind: 'entity', entity: after } };
        const named = ctx.tokens[noun + 1]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[noun + 1]!.text);
        // "according to the Interfax news agency", "the Nikkei business daily": a body's name before a noun for a
        // medium is the medium's own.
        const medium = noun >= 0 && entityType(ctx, e) === 'organization' && lex.mediumNouns.some((p) => matchPhrase(ctx, noun + 1 - p.length, p, noun + 1));
        if (medium && !named) return { end: noun + 1, ref: { kind: 'entity', entity: e } };
        if (noun >= 0 && !named) return { end: noun + 1, ref: { kind: 'orgNoun', noun: lower(ctx, noun) } };
      }
      break;
    }
    // "According to Superintendent Siobhán Ní Bhriain": a capitalised title before its holder's name.
    // Only before a person's name that ends the source ("According to President Trump's lawyers" is the lawyers).
    const capitalTitle = entities.length === 0 && ctx.tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k]!.text) ? lex.roleOf(lower(ctx, k)) : undefined;
    const holder = capitalTitle && entityAt(ctx, k + 1) >= 0 ? ctx.mentions[ctx.mentionAt[k + 1]]! : undefined;
    if (capitalTitle && holder && entityType(ctx, entityAt(ctx, k + 1)) === 'person' && !/['’]s?$/u.test(holder.text) && !isWord(ctx, holder.endToken)) {
      role = { ...capitalTitle, after: 0 };
      k++;
      continue;
    }
    if (entities.length === 0 && k === i && ctx.tokens[k].kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k].text)) {
      // A source the tagger did not name ("according to AP, which cited ..."): still the whole source phrase.
      while (k < b && ctx.tokens[k].kind === 'word' && /^\p{Lu}/u.test(ctx.tokens[k].text) && entityAt(ctx, k) < 0) k++;
      return { end: k, ref: { kind: 'none' } };
    }
    if (!isLowerWord(ctx, k) || lex.cues.has(lower(ctx, k)) || lex.aux.has(lower(ctx, k)) || lex.boundaries.has(lower(ctx, k))) break;
    const w = lower(ctx, k);
    const body = entities.length === 0 ? memberOfBody(ctx, k, lex) ?? ownedByBodyNoun(ctx, k, lex) : undefined;
    if (body) return body;
    // "Ifølge spilleren skyldtes ...": one definite noun for a person points back to the person just spoken of.
    if (entities.length === 0 && k === i && lex.isPersonNoun(w) && lex.roleOf(w) === undefined) return { end: k + 1, ref: { kind: 'role', stem: w, hint: -1, noun: true } };
    const r = lex.roleOf(w);
    k++;
    if (r) {
      // "According to the minister,", "Ifølge den zoologiske chef er": a title is definite by the article that opens the
      // phrase, adjectives perhaps between.
      const article = lower(ctx, i);
      const definiteArticle = article === 'the' || (lex.lang !== 'en' && lex.determiners.has(article) && !lex.indefinites.has(article));
      role = { ...r, definite: r.definite || (definiteArticle && entities.length === 0), after: entities.length };
      // "cheføkonom i Danske Bank Las Olsen": the title, where it is held, and the person who holds it.
      const holder = personAfter(ctx, k, b, lex);
      if (holder >= 0) {
        entities.push(entityAt(ctx, holder - 1));
        k = holder;
        // "Ifølge professor X fra Københavns Universitet er ...".
        const work = workplaceEnd(ctx, k, lex);
        if (work >= 0) {
          k = work;
          break;
        }
      } else if (r.definite && entities.length === 0) break; // "ifølge eksperten avgjør ...": the verb follows
      continue;
    }
    // "Ifølge en pressemeddelelse fra selskabet": a document from a body named by its noun is that body's.
    if (lex.documentNouns.has(w) && entities.length === 0 && BY.has(lower(ctx, k)) && isLowerWord(ctx, k + 1) && lex.isOrgNoun(lower(ctx, k + 1)) && entityAt(ctx, k + 2) < 0) return { end: k + 2, ref: { kind: 'orgNoun', noun: lower(ctx, k + 1) } };
    // Adjectives run on ("ukrainske", "britisk"); the first other word is the head noun and ends the phrase.
    if (/(e|isk|sk)$/u.test(w) && !lex.isOrgNoun(w)) continue;
    // So do those that say what kind of document a source's is ("preliminary figures", "official data").
    if (lex.sourceAdjectives.has(w) && isLowerWord(ctx, k) && lex.documentNouns.has(lower(ctx, k))) continue;
    // So do a number and a noun before the head in English ("two policy advisers", "three senior officials").
    if (lex.lang === 'en' && isLowerWord(ctx, k) && (COUNT_WORDS.has(w) || lex.roleOf(lower(ctx, k).replace(/s$/u, '')) !== undefined || lex.unnamedSources.has(lower(ctx, k)))) continue;
    // "figures released on Wednesday by the Apiary Inspectors of America": a document's participle, and a time, before
    // its author.
    if (lex.documentNouns.has(w) && /^\p{Ll}+ed$/u.test(ctx.tokens[k]?.text ?? '')) {
      const by = k + 1 + (firstPhrase(ctx, k + 1, lex.timeWords, b)?.length ?? 0);
      if (BY.has(lower(ctx, by)) && entityAt(ctx, lex.determiners.has(lower(ctx, by + 1)) ? by + 2 : by + 1) >= 0) k = by;
    }
    if (BY.has(lower(ctx, k)) && entityAt(ctx, k + 1) >= 0) {
      k++;
      continue;
    }
    // "a report by the BBC", "tall fra valgmyndigheten TSE".
    if (BY.has(lower(ctx, k)) && (lex.determiners.has(lower(ctx, k + 1)) || lex.isOrgNoun(lower(ctx, k + 1))) && entityAt(ctx, k + 2) >= 0) {
      k += 2;
      continue;
    }
    // "a report from the free-expression group PEN America": a description of more words before the body's name; also
    // after an adjective ("a new report from").
    const from = lex.documentNouns.has(lower(ctx, k)) && BY.has(lower(ctx, k + 1)) ? k + 1 : k;
    if (BY.has(lower(ctx, from)) && lex.determiners.has(lower(ctx, from + 1))) {
      const named = describedBody(ctx, from + 2, b, lex);
      if (named > from + 2) {
        k = named;
        continue;
      }
    }
    // "nyhedsbureauet AFP", "det ukrainske netselskab Ukrenergo": the name after the noun is the source; a noun alone
    // before a name is no description of it ("sources Bloomberg spoke to").
    // So is a person's name after a word for what the person does, which the titles may not know ("ifølge overinspektør
    // Signe Fogh Lauritsen").
    const next = entityAt(ctx, k);
    if (next >= 0 && (lex.isOrgNoun(w) || (entities.length === 0 && (k - 1 > i || entityType(ctx, next) === 'person')))) continue;
    // "Ifølge tilsynets direktør X er ...": a body's genitive before a title describes the title's holder.
    if (/s$/u.test(w) && isLowerWord(ctx, k) && lex.roleOf(lower(ctx, k)) !== undefined) continue;
    // "Ifølge dommen har staten ...": a body's document speaks for the body (resolved as an organization noun is).
    if ((lex.isOrgNoun(w) || lex.sourceDocuments.has(w)) && entities.length === 0) {
      // "Ifølge rederiet, Kolatral i Murmansk, består": the body the noun's apposition names, perhaps with its seat.
      const apposed = ctx.tokens[k]?.text === ',' && lex.isOrgNoun(w) ? entityAt(ctx, k + 1) : -1;
      if (apposed >= 0 && entityType(ctx, apposed) === 'organization') {
        const named = ctx.mentions[ctx.mentionAt[k + 1]]!.endToken;
        const seat = lex.prepositions.has(lower(ctx, named)) && entityAt(ctx, named + 1) >= 0 && entityType(ctx, entityAt(ctx, named + 1)) === 'place' ? ctx.mentions[ctx.mentionAt[named + 1]]!.endToken : named;
        if (ctx.tokens[seat]?.text === ',') return { end: seat, ref: { kind: 'entity', entity: apposed } };
      }
      return { end: k, ref: { kind: 'orgNoun', noun: w } };
    }
    // "results published by the Election Commission": a noun's participle and "by" before the source.
    const by = sourceBy(ctx, k, lex);
    if (by >= 0) {
      k = by;
      continue;
    }
    const byNoun = entities.length === 0 ? sourceByNoun(ctx, k, lex) : -1;
    if (byNoun >= 0) return { end: byNoun + 1, ref: { kind: 'orgNoun', noun: lower(ctx, byNoun) } };
    // "ifølge det estiske public service-medie ERR": a description of more words before an organization's name.
    if (entities.length === 0) {
      const named = describedBody(ctx, k, b, lex);
      if (named > k) {
        k = named;
        continue;
      }
    }
    break;
  }
  // "Ifølge EU's udenrigschef, Kaja Kallas, vil ...", "According to Haugnes' lawyer, X, the ...": the person an
  // apposition to the phrase's noun names.
  if (k > i && isLowerWord(ctx, k - 1) && ctx.tokens[k]?.text === ',') {
    // "Ifølge selskabets kurator, advokat Mette Sølvsten Kirk fra Kromann Reumert, rammer": perhaps after a title of
    // the holder's own, and before where the holder works.
    const at = isLowerWord(ctx, k + 1) && lex.roleOf(lower(ctx, k + 1)) !== undefined ? k + 2 : k + 1;
    const holder = entityAt(ctx, at);
    const m = holder >= 0 ? ctx.mentions[ctx.mentionAt[at]] : undefined;
    const close = m ? Math.max(m.endToken, workplaceEnd(ctx, m.endToken, lex)) : -1;
    if (m && entityType(ctx, holder) === 'person' && ctx.tokens[close]?.text === ',') return { end: close, ref: { kind: 'entity', entity: holder } };
  }
  const person = entities.find((x) => entityType(ctx, x) === 'person');
  if (person !== undefined) return { end: k, ref: { kind: 'entity', entity: person } };
  if (named >= 0 && named < entities.length) return { end: k, ref: { kind: 'entity', entity: entities[named]! } };
  if (role && role.after === entities.length && entities.length > 0) return { end: k, ref: { kind: 'role', stem: role.stem, compound: role.compound, gender: role.gender, hint: entities[entities.length - 1] } };
  // "ifølge eksperten": a title in the definite form points back to its holder.
  if (role && entities.length === 0 && role.definite) return { end: k, ref: { kind: 'role', stem: role.stem, compound: role.compound, gender: role.gender, hint: -1 } };
  if (joint >= 0) return { end: k, ref: { kind: 'joint', entities: [entities[0]!, joint] } };
  if (entities.length > 0) return { end: k, ref: { kind: 'entity', entity: entities[0] } };
  return { end: k, ref: { kind: 'none' } };
}

/**
 * The organization named after "and" (and perhaps an article) at k, other than `first`, when its name (with its short
 * form in parentheses) ends the source phrase at a comma, a period or b; else undefined.
 */
function jointBodyAfter(ctx: Ctx, k: number, b: number, first: number, lex: SpeechLexicon): { entity: number; end: number } | undefined {
  if (!lex.conjunctions.has(lower(ctx, k))) return undefined;
  const at = lex.determiners.has(lower(ctx, k + 1)) && !lex.pronouns.has(lower(ctx, k + 1)) ? k + 2 : k + 1;
  const other = entityAt(ctx, at);
  if (other < 0 || other === first || entityType(ctx, other) !== 'organization' || ctx.mentions[ctx.mentionAt[at]]!.firstToken !== at) return undefined;
  let end = ctx.mentions[ctx.mentionAt[at]]!.endToken;
  const short = ctx.tokens[end]?.text === '(' ? enclosedName(ctx, end) : undefined;
  if (short) end = short.close + 1;
  return end >= b || ctx.tokens[end]?.text === ',' || ctx.tokens[end]?.text === '.' ? { entity: other, end } : undefined;
}

/**
 * "according to officials at the Directorate General of Civil Aviation (DGCA)", "according to a spokesperson for the
 * ministry": unnamed members of a body, or one who speaks for it, speak as the body. The phrase and the body it names
 * from token k (the member's noun), or undefined.
 */
function memberOfBody(ctx: Ctx, k: number, lex: SpeechLexicon): { end: number; ref: SpeakerRef } | undefined {
  const noun = lower(ctx, k).replace(/s$/u, '');
  // "according to analysts at Jefferies": so do those who study the field for a body, unnamed in the plural (one of
  // them is often named after the noun: "ifølge sjeføkonom i DNB, Kjersti Haugland,").
  const observers = lex.lang === 'en' && noun !== lower(ctx, k) && lex.observers.has(lower(ctx, k));
  // "ifølge forskere ved Aarhus Universitet": and a body's staff, as in a clause's subject.
  const member = lex.bodyMembers.has(noun) || lex.spokespeople.has(noun) || observers || lex.staffNouns.has(lower(ctx, k));
  if (!member || !lex.roleLinks.has(lower(ctx, k + 1))) return undefined;
  const at = lex.determiners.has(lower(ctx, k + 2)) && !lex.pronouns.has(lower(ctx, k + 2)) ? k + 3 : k + 2;
  const body = entityAt(ctx, at);
  if (body >= 0) {
    if (entityType(ctx, body) !== 'organization') return undefined;
    const end = ctx.mentions[ctx.mentionAt[at]]!.endToken;
    const short = ctx.tokens[end]?.text === '(' ? enclosedName(ctx, end) : undefined;
    return { end: short ? short.close + 1 : end, ref: { kind: 'entity', entity: body } };
  }
  const word = ctx.tokens[at];
  if (at === k + 3 && word?.kind === 'word' && /^\p{Ll}/u.test(word.text) && lex.isOrgNoun(lower(ctx, at)) && !isWord(ctx, at + 1)) return { end: at + 1, ref: { kind: 'orgNoun', noun: lower(ctx, at) } };
  return undefined;
}

/** The most words before a body's noun in its English genitive ("the | cartel office's own estimates"). */
const OWNER_MODIFIERS = 2;

/**
 * "Ifølge organisationens egne beregninger", "ifølge selskapets tall", "according to the cartel office's own
 * estimates": what a body named by its noun's genitive (from k) counts or writes is that body's; the phrase and the
 * body's noun as written alone, or undefined. Not one of its people ("ifølge selskapets direktør").
 */
function ownedByBodyNoun(ctx: Ctx, k: number, lex: SpeechLexicon): { end: number; ref: SpeakerRef } | undefined {
  let noun = lower(ctx, k).replace(/s$/u, '');
  let x = k + 1;
  if (lex.lang === 'en') {
    // The noun, after a word or two that qualify it, then its possessive.
    let n = k;
    while (n < k + OWNER_MODIFIERS && !ctx.tokens[n + 1]?.glued && isLowerWord(ctx, n + 1)) n++;
    if (!ctx.tokens[n + 1]?.glued || !/^['’]s?$/u.test(ctx.tokens[n + 1]!.text) || !lex.isOrgNoun(lower(ctx, n))) return undefined;
    // The words that qualify the noun name the body with it ("the cartel office": the Federal Cartel Office, no other).
    noun = ctx.lowered.slice(k, n + 1).join(' ');
    x = n + 2;
  } else if (noun === lower(ctx, k) || !lex.isOrgNoun(noun)) return undefined;
  if (lex.sourceAdjectives.has(lower(ctx, x))) x++;
  const w = lower(ctx, x);
  // After the genitive a cue's word is a noun ("the cartel office's own estimates").
  const thing = ctx.tokens[x]?.kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[x]!.text) && entityAt(ctx, x) < 0 && (lex.cues.has(w) || !functionWord(w, lex)) &&
    !lex.aux.has(w) && !lex.adverbs.has(w) && lex.roleOf(w) === undefined && lex.titleWords(ctx.lowered, x) === 0;
  return thing ? { end: x + 1, ref: { kind: 'orgNoun', noun } } : undefined;
}

/** The most tokens of a description between a source phrase's first noun and the organization it names. */
const SOURCE_DESCRIPTION_TOKENS = 4;

/**
 * Where the organization's name starts after a description of a few words from `from` ("det estiske public
 * service-medie | ERR"), else `from`.
 */
function describedBody(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): number {
  let x = from;
  while (x < Math.min(b, from + SOURCE_DESCRIPTION_TOKENS) && entityAt(ctx, x) < 0 && (isLowerWord(ctx, x) || ctx.tokens[x]?.compound === 'hyphen' || ctx.tokens[x]?.compound === 'tail') &&
    !functionWord(lower(ctx, x), lex)) x++;
  return x > from && entityAt(ctx, x) >= 0 && entityType(ctx, entityAt(ctx, x)) === 'organization' ? x : from;
}

/** How many words may name a source's document after its name ("a WHO situation report"). */
const MAX_DOCUMENT_WORDS = 3;

/**
 * The document that an English source's name qualifies, closing the sentence or passed on by a medium: "according to
 * a WHO situation report", "... seen by Reuters" (Reuters relays).
 */
function documentAfter(ctx: Ctx, from: number, b: number, lex: SpeechLexicon): { end: number; seenBy: Relay[] } | undefined {
  if (lex.lang !== 'en') return undefined;
  let k = from;
  let seen: string[] | undefined;
  while (k < b && k - from < MAX_DOCUMENT_WORDS && !(seen = firstPhrase(ctx, k, lex.seenBy, b)) && ctx.tokens[k].kind === 'word' && /^\p{Ll}/u.test(ctx.tokens[k].text) && !functionWord(lower(ctx, k), lex)) k++;
  if (k === from) return undefined;
  seen ??= firstPhrase(ctx, k, lex.seenBy, b);
  if (seen) {
    let at = k + seen.length;
    if (lex.determiners.has(lower(ctx, at))) at++;
    // "cited by the newspaper Folha de S.Paulo": the noun for the medium's kind before its name.
    if (entityAt(ctx, at) < 0 && lex.isOrgNoun(lower(ctx, at))) at++;
    const medium = entityAt(ctx, at);
    if (medium < 0) return undefined;
    return { end: ctx.mentions[ctx.mentionAt[at]].endToken, seenBy: named([medium], at) };
  }
  return k >= b || ctx.tokens[k].kind === 'punct' ? { end: k, seenBy: [] } : undefined;
}

/** The first token of kind word in [a, end), or `end`: numbers and punctuation before it are passed. */
function openingWord(ctx: Ctx, a: number, end: number): number {
  let k = a;
  while (k < end && ctx.tokens[k].kind !== 'word') k++;
  return k;
}

/**
 * The subject that opens the clause [a, end): a pronoun or a person, named before its verb ("She put it bluntly"), or
 * whose words they are ("Her message to Ruto was blunt").
 */
function clauseSubject(ctx: Ctx, a: number, end: number, lex: SpeechLexicon): { ref: SpeakerRef; refToken: number } | undefined {
  const k = openingWord(ctx, a, end);
  const pronoun = lex.pronouns.get(lower(ctx, k)) ?? lex.possessivePronouns.get(lower(ctx, k));
  if (pronoun && !lex.determiners.has(lower(ctx, k))) return { ref: { kind: 'pronoun', gender: pronoun }, refToken: k };
  const e = entityAt(ctx, k);
  if (e >= 0 && entityType(ctx, e) === 'person') return { ref: { kind: 'entity', entity: e }, refToken: k };
  return undefined;
}

/** "Styrelsen undersøgte ...", "The commission examined ...": a body's definite noun opening the clause at a, as its subject. */
function clauseBodyNoun(ctx: Ctx, a: number, end: number, lex: SpeechLexicon): { ref: SpeakerRef; refToken: number } | undefined {
  const k = openingWord(ctx, a, end);
  const noun = lex.lang === 'en' && lower(ctx, k) === 'the' ? k + 1 : k;
  if ((noun === k && lex.lang === 'en') || entityAt(ctx, noun) >= 0 || !isWord(ctx, noun) || !lex.orgNouns.has(lower(ctx, noun))) return undefined;
  return isWord(ctx, noun + 1) && !lex.isOrgNoun(lower(ctx, noun + 1)) ? { ref: { kind: 'orgNoun', noun: lower(ctx, noun) }, refToken: noun } : undefined;
}

/** The most words before a title that opens a clause ("The | foreign | minister defended"). */
const CLAUSE_TITLE_WORDS = 2;

/**
 * "The minister defended ...", "Ministeren forsvarte ...": a definite title opening the clause [a, end), right before
 * its verb, as its subject.
 */
function clauseRole(ctx: Ctx, a: number, end: number, lex: SpeechLexicon): { ref: SpeakerRef; refToken: number } | undefined {
  const k = openingWord(ctx, a, end);
  let title = k;
  if (lex.determiners.has(lower(ctx, k)) && !lex.indefinites.has(lower(ctx, k))) {
    title = k + 1;
    while (title < end && title - k <= CLAUSE_TITLE_WORDS && isLowerWord(ctx, title) && lex.roleOf(lower(ctx, title)) === undefined) title++;
    if (!isLowerWord(ctx, title) || lex.roleOf(lower(ctx, title)) === undefined) return undefined;
  } else if (lex.roleOf(lower(ctx, k))?.definite !== true) return undefined;
  if (!isLowerWord(ctx, title + 1)) return undefined;
  const subject = subjectBefore(ctx, title + 1, k, lex, false);
  return subject?.ref.kind === 'role' ? { ref: subject.ref, refToken: subject.start } : undefined;
}

/**
 * Whether a person who writes is the speaker, whom a source relays after ("«...», skriver Stav i en e-post, ifølge
 * Aftenposten", `"...," Jensen wrote in an email, according to the Guardian`), not a medium passing on whom it cites.
 */
function writtenByPerson(ctx: Ctx, relay: { according: boolean }, ref: SpeakerRef): boolean {
  return relay.according && ref.kind === 'entity' && entityType(ctx, ref.entity) === 'person';
}

/** A quotation the cue before it attributes, passed on by a medium and the chain after it ("«...», skriver DN"). */
function relayedBy(before: CueInfo, medium: Relay, chain: number[], chainToken: number): { ref: SpeakerRef; refToken: number; via: Relay[]; cue: string } {
  return { ref: before.ref, refToken: before.refToken, via: [medium, ...named(chain, chainToken)], cue: before.match.cue.text };
}

/** Who a quotation belongs to: an attribution right after it, a cue right before it, or the cue of its sentence. */
function quoteAttribution(
  ctx: Ctx,
  open: number,
  close: number,
  a: number,
  cues: CueInfo[],
  lex: SpeechLexicon,
  drafts: Draft[],
  relayedCues: Map<CueInfo, Relay[]>,
): { ref: SpeakerRef; refToken: number; via: Relay[]; cue: string } | undefined {
  const sentenceEnd = ctx.sentences[ctx.tokens[close].sentence].endToken;
  // `"...," said X` / `», sier X` / `," he added` / `" X said`
  let j = close + 1;
  if (ctx.tokens[j]?.text === ',') j++;
  const next = cueAt(ctx, j, sentenceEnd, lex);
  // A cue whose subject stands before the quotation says something of its own ("Vucic, who called them "...",
  // insisted that ...").
  const own = next && cues.some((c) => c.match.verb === next.verb && !c.suppressed && c.refToken < open);
  const after = own ? undefined : next;
  let before = cues.filter((c) => c.match.verb < open && c.match.verb >= a).pop();
  // "talsmannen sa at Moskva forventer at kapteinen «...»", "X said Beijing had asked them to "..."": a cue inside
  // another's report is part of what that speaker said.
  const outer = before && cues.find((c) => c !== before && c.comp && !c.suppressed && c.ref.kind !== 'none' && c.match.verb < before!.match.verb && c.comp.start <= before!.match.verb && close <= c.comp.end);
  if (outer) before = outer;
  if (after && after.cue.relay && before) {
    // "Også Sverige sier de «...», skriver DN": the cue before the quote names the speaker, the medium relays.
    const np = parseSpeakerNP(ctx, after.verb + 1, sentenceEnd, lex);
    return relayedBy(before, { ref: np.ref, token: after.verb + 1 }, parseRelay(ctx, np.end, sentenceEnd, lex).via, np.end);
  }
  if (after) {
    const span = speakerSpan(after, sentenceEnd);
    const np = parseSpeakerNP(ctx, span.from, span.limit, lex);
    const relay = parseRelay(ctx, np.end, sentenceEnd, lex);
    if (after.cue.relay && !writtenByPerson(ctx, relay, np.ref)) return { ...citedSpeaker({ ref: np.ref, token: after.verb + 1 }, relay, np.end), cue: after.cue.text };
    return { ref: np.ref, refToken: after.verb + 1, via: named(relay.via, np.end), cue: after.cue.text };
  }
  for (let v = j + 1; v < Math.min(sentenceEnd, j + 18); v++) {
    const m = cueAt(ctx, v, sentenceEnd, lex);
    if (!m) continue;
    const np = parseSpeakerNP(ctx, j, v, lex);
    // `"...," he was quoted as saying`: an auxiliary between the subject and the cue.
    while (np.end < v && np.end > j && lex.aux.has(lower(ctx, np.end))) np.end++;
    const described = np.end < v ? describedPerson(ctx, j, v, lex) : -1;
    if (described >= 0) Object.assign(np, { ref: { kind: 'entity', entity: described }, end: v });
    // `" Mykhailo Podolyak, an adviser to President Zelensky, told`: a name and its apposition before the cue.
    const apposition = ctx.tokens[np.end]?.text === ',' && ctx.tokens[v - 1]?.text === ',' && np.end < v - 1;
    // `"...," the ministry said`: an unnamed subject right before the cue still attributes (to nobody named).
    // `"...," a commuter waiting at the central station told Reuters`: or a phrase of place after the subject.
    const placed = np.end > j && np.end < v && (prepositionalTail(ctx, np.end, v, lex) || participleTail(ctx, np.end, v, lex));
    if ((np.end === v && np.end > j) || placed || (apposition && np.ref.kind !== 'none')) {
      const relay = parseRelay(ctx, m.particleEnd, sentenceEnd, lex);
      if (m.cue.objectSpeaker) {
        const object = objectSpeaker(ctx, m, { ref: np.ref, start: j }, lex);
        return { ...object, via: [...object.via, ...named(relay.via, m.particleEnd)], cue: m.cue.text };
      }
      // `X called it "...", Reuters reported`: the cue before the quote names the speaker, the medium relays.
      if (m.cue.relay && before) return relayedBy(before, { ref: np.ref, token: j }, relay.via, m.particleEnd);
      if (m.cue.relay && !writtenByPerson(ctx, relay, np.ref)) return { ...citedSpeaker({ ref: np.ref, token: j }, relay, m.particleEnd), cue: m.cue.text };
      return { ref: np.ref, refToken: j, via: named(relay.via, m.particleEnd), cue: m.cue.text };
    }
    break;
  }
  const according = drafts.find((d) => d.kind === 'indirect' && d.a <= open && close < d.b && lex.accordingCues.has(d.cue));
  // "Ifølge avisen X, som siterer generalkonsul Y, kaller russerne beslutningen «...»": a cue whose subject names no one
  // leaves the quotation to the one the source cites.
  const cited = according !== undefined && according.ref.kind === 'entity' && according.via.length > 0 && before?.ref.kind === 'none';
  // `X said, "..."` / `X sier: «...»` / any cue earlier in the sentence
  if (before && !cited) {
    const via = relayedCues.get(before) ?? drafts.find((d) => d.ref === before.ref && d.via.length > 0)?.via ?? before.via ?? [];
    return { ref: before.ref, refToken: before.refToken, via: [...via], cue: before.match.cue.text };
  }
  if (cited) return { ref: according.ref, refToken: according.refToken, via: [...according.via], cue: according.cue };
  if (according) return { ref: according.ref, refToken: according.refToken, via: [], cue: according.cue };
  // `Moody's cut the rating, citing "heightened liquidity risks"`: the words the sentence's subject cites.
  if (lex.lang === 'en' && lex.quoting.some((p) => p.length === 1 && lower(ctx, open - 1) === p[0])) {
    const subject = sentenceSubject(ctx, a, open - 1, lex);
    if (subject >= 0) return { ref: { kind: 'entity', entity: entityAt(ctx, subject) }, refToken: subject, via: [], cue: lower(ctx, open - 1) };
  }
  // `She put it bluntly: "..."`, `X var klar: «...»`: a quotation after a colon is the words of the clause's subject.
  if (ctx.tokens[open - 1]?.text === ':') {
    const colonSubject = clauseSubject(ctx, a, open - 1, lex);
    if (colonSubject) return { ...colonSubject, via: [], cue: 'colon' };
  }
  // A quotation that is a whole sentence (or paragraph) continues the speaker before it.
  const sentence = ctx.sentences[ctx.tokens[open].sentence];
  const last = ctx.sentences[ctx.tokens[close].sentence].endToken - 1;
  if (open === sentence.firstToken && (close === last || (close === last - 1 && ctx.tokens[last].kind === 'punct'))) {
    return { ref: { kind: 'coordinate' }, refToken: open, via: [], cue: 'continuation' };
  }
  return undefined;
}
