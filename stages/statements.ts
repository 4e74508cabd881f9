import type { ArticleDoc, Resources, Role, Statement } from './types.js';
import { buildContext, entityAt, entityType, isWord, surnameAt, type Ctx } from './statements/context.js';
import { anaphoricAttribution, dashQuote, isDashParagraph, type Attribution } from './statements/dash.js';
import { cueAt, trimSpan, wordCount } from './statements/phrases.js';
import { findRoles } from './statements/roles.js';
import { analyzeSentence, type Draft, type Relay } from './statements/sentence.js';
import { SpeakerResolver } from './statements/speakers.js';

/** A statement whose speaker and relays are resolved to entities. */
interface Found {
  draft: Draft;
  speaker: number | null;
  via: number[];
  paragraph: number;
  /** The others of coordinated names who say it too ("Danske Bank og Nordea siger": Nordea). */
  coSpeakers: number[];
}

/** How many paragraphs back an unattributed dash paragraph or quote may continue a speaker. */
const CONTINUATION_REACH = 3;
/** How many paragraphs below a lede the person it introduces unnamed may first speak. */
const INTRODUCED_REACH = 3;

const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

class StatementFinder {
  readonly found: Found[] = [];
  private readonly resolver: SpeakerResolver;
  private readonly byParagraph: number[][];

  constructor(
    private readonly ctx: Ctx,
    private readonly roles: ReturnType<typeof findRoles>,
  ) {
    this.resolver = new SpeakerResolver(ctx, roles);
    this.byParagraph = ctx.paragraphs.map(() => []);
    ctx.sentences.forEach((s, i) => this.byParagraph[s.paragraph]?.push(i));
  }

  run(): void {
    this.ctx.paragraphs.forEach((para, p) => {
      const sentences = this.byParagraph[p];
      if (sentences.length === 0 || !this.ctx.isContent(para.start, para.end) && this.allNonContent(para)) return;
      if (this.headlineLike(p, sentences) && this.heading(p, sentences)) return;
      if (this.ctx.headings[p]) return this.headingQuotes(sentences);
      if (!isDashParagraph(this.ctx, sentences)) {
        for (const s of sentences) this.sentence(s, this.ctx.sentences[s].firstToken, undefined);
        return;
      }
      this.dashSpeech(sentences, p, undefined);
    });
  }

  /**
   * The dash quote that opens `sentences` and what follows it. After an attributed quote (`before`: its speaker and
   * relays, inside the same paragraph), each later dash opens a piece of its own, up to the next dash: a new speaker's
   * quote if it closes with its own attribution ("– A, sa X. – B. C, sier Y."), else more of the same speaker's words.
   */
  private dashSpeech(sentences: number[], p: number, before: { speaker: number | null; via: number[] } | undefined): void {
    let own = sentences.length;
    if (before) for (let j = 1; j < sentences.length && own === sentences.length; j++) if (this.ctx.tokens[this.ctx.sentences[sentences[j]!]!.firstToken]?.kind === 'dash') own = j;
    const dash = dashQuote(this.ctx, sentences.slice(0, own));
    if (!dash) return;
    const rest = (): void => {
      if (before && own < sentences.length) this.dashSpeech(sentences.slice(own), p, before);
    };
    // An unattributed question in dash speech is the interviewer's: nobody's statement.
    if (!dash.attribution && this.ctx.tokens[dash.b - 1]?.text === '?') return rest();
    if (before && !dash.attribution) {
      for (const s of sentences.slice(0, own)) if (!this.dashContinuation(s, before.speaker, before.via, p)) this.sentence(s, this.ctx.sentences[s].firstToken, undefined);
      return rest();
    }
    this.resolver.quoted(dash.a, dash.b);
    const speaker = dash.attribution ? this.resolver.resolve(dash.attribution.ref, dash.attribution.refToken) : this.continued(p);
    const via = dash.attribution ? dash.attribution.via : [];
    const draft: Draft = {
      kind: 'direct',
      a: dash.a,
      b: dash.b,
      ref: dash.attribution?.ref ?? { kind: 'none' },
      refToken: dash.a,
      speaker,
      via: [],
      cue: dash.attribution?.cue ?? 'continuation',
      sentence: this.ctx.tokens[dash.a].sentence,
    };
    this.add(draft, speaker, via, p);
    const attribution = dash.attribution;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const sent = this.ctx.sentences[s];
      if (sent.endToken <= dash.b) continue;
      if (attribution && s === attribution.sentence) {
        this.sentence(s, attribution.end, { ref: attribution.ref, token: attribution.refToken });
      } else if (sent.firstToken >= dash.b) {
        if (attribution && this.ctx.tokens[sent.firstToken]?.kind === 'dash') return this.dashSpeech(sentences.slice(i), p, { speaker, via });
        this.sentence(s, sent.firstToken, undefined);
      }
    }
  }

  /**
   * "– A, sier X. – B.": a sentence that opens with its own speech dash after the attributed one, and reports nothing
   * itself, goes on with the same speaker's words.
   */
  private dashContinuation(s: number, speaker: number | null, via: number[], p: number): boolean {
    const sent = this.ctx.sentences[s];
    if (this.ctx.tokens[sent.firstToken]?.kind !== 'dash') return false;
    if (analyzeSentence(this.ctx, s, sent.firstToken, sent.endToken, undefined).length > 0) return false;
    const a = sent.firstToken + 1;
    let b = sent.endToken;
    while (b > a && this.ctx.tokens[b - 1]!.kind === 'punct') b--;
    if (wordCount(this.ctx, a, b) < 2) return false;
    this.resolver.quoted(a, b);
    const draft: Draft = { kind: 'direct', a, b, ref: { kind: 'none' }, refToken: a, via: [], cue: 'continuation', sentence: s };
    this.add(draft, speaker, via, p);
    return true;
  }

  private allNonContent(para: { start: number; end: number }): boolean {
    return this.ctx.nonContent.some((n) => n.start <= para.start && para.end <= n.end);
  }

  /**
   * "Hansen efter løbet: »...«", "Hydro-sjefen om kuttet: – ...": a headline counts only when it names who says it, at
   * its start and before a colon, and marks what they say as a quotation.
   */
  private heading(p: number, sentences: number[]): boolean {
    const ctx = this.ctx;
    const first = ctx.sentences[sentences[0]].firstToken;
    let last = ctx.sentences[sentences[sentences.length - 1]].endToken;
    let colon = -1;
    for (let k = first + 1; k < Math.min(last, first + 9); k++) {
      if (ctx.quoteAt[k] >= 0) break;
      if (ctx.tokens[k].text === ':') {
        colon = k;
        break;
      }
    }
    if (colon < 0) return false;
    const ref = headlineSpeaker(ctx, first, colon);
    if (!ref) return false;
    let a = colon + 1;
    const dashed = ctx.tokens[a]?.kind === 'dash';
    if (dashed) a++;
    const q = ctx.quotes.find((x) => x.open === a);
    if (q && q.close >= last - 2) {
      a = q.open + 1;
      last = q.close;
    }
    // "Kripos: Svenske nettverk kjøper ...": without a dash or quotation marks, the headline reports, it quotes no one.
    if (!dashed && !(q && q.close >= last)) return false;
    if (wordCount(ctx, a, last) < 2) return false;
    const draft: Draft = { kind: 'direct', a, b: last, ref, refToken: first, via: [], cue: 'headline', sentence: sentences[0] };
    this.add(draft, ref.kind === 'entity' ? ref.entity : null, [], p);
    return true;
  }

  /** "Minister insists plan is "the fairest option"": a headline quoting someone with a speech verb. */
  private headingQuotes(sentences: number[]): void {
    for (const s of sentences) {
      const sent = this.ctx.sentences[s];
      for (const d of analyzeSentence(this.ctx, s, sent.firstToken, sent.endToken, undefined)) {
        if (d.kind !== 'direct' || d.ref.kind === 'none' || d.ref.kind === 'coordinate') continue;
        this.add(d, this.resolver.resolve(d.ref, d.refToken), this.resolveVia(d.via), sent.paragraph);
      }
    }
  }

  /** A short paragraph without final punctuation: a headline, a standfirst or a subheading. */
  private headlineLike(p: number, sentences: number[]): boolean {
    if (this.ctx.headings[p]) return true;
    if (sentences.length !== 1) return false;
    let k = this.ctx.sentences[sentences[0]].endToken - 1;
    while (k > 0 && this.ctx.tokens[k].kind === 'quote') k--;
    return !SENTENCE_ENDS.has(this.ctx.tokens[k].text);
  }

  /**
   * A headline speaker written by title only ("Minister insists ...", "Hydro-sjefen: ...") is named in the
   * article below it: the first holder of that title, else the first person who speaks in the body. So is a lede's,
   * by the first holder of the title.
   */
  resolveHeadlines(): void {
    const lede = this.ctx.paragraphs.findIndex((_, p) => this.byParagraph[p].length > 0 && !this.headlineLike(p, this.byParagraph[p]));
    for (const f of this.found) {
      // "A former nurse has told the inquiry that ...": the person a lede introduces unnamed is the first person named
      // after it who speaks in the paragraphs that follow.
      if (f.speaker === null && f.draft.ref.kind === 'none' && f.draft.ref.introduced && f.paragraph === lede) f.speaker = this.introducedBelow(f);
    }
    for (const f of this.found) {
      if (f.speaker !== null || f.draft.ref.kind !== 'role') continue;
      const headline = this.headlineLike(f.paragraph, this.byParagraph[f.paragraph]);
      // The lede, too, may name a speaker by title only ("– ..., sier politiinspektøren."), named in full below it.
      if (!headline && f.paragraph !== lede) continue;
      const stem = f.draft.ref.stem;
      const lex = this.ctx.lexFor(f.draft.sentence);
      // A lede's title is the first holder's below it, but one whose title names another country's ("Sveriges
      // statsminister X ... Statsminister Y": Y).
      const qualified = (r: Role): boolean => {
        const [own, before] = r.lang === 'en' ? [ENGLISH_GENITIVE_QUALIFIER, ENGLISH_GENITIVE_BEFORE] : [GENITIVE_QUALIFIER, GENITIVE_BEFORE];
        return own.test(r.text) || before.test(this.ctx.text.slice(Math.max(0, r.start - GENITIVE_WINDOW), r.start));
      };
      const below = this.roles.filter((r) => r.start > this.ctx.tokens[f.draft.b - 1].end && lex.holdsTitle(r.text, stem) && (headline || !qualified(r)));
      const holder = below[0];
      const next = headline ? this.found.find((g) => g.paragraph > f.paragraph && g.speaker !== null && entityType(this.ctx, g.speaker) === 'person' && !this.headlineLike(g.paragraph, this.byParagraph[g.paragraph])) : undefined;
      // "..., the Minister for Health has said.\n\nSpeaking at ..., Jennifer Carroll MacNeill said": with no holder named
      // below, a lede's title is the person who speaks in the paragraph after it, named nowhere before, and given no
      // other title ("Chief analyst Jane Doe at Jefferies said" after "..., its chief executive said").
      const introduced = !headline && holder === undefined ? this.introducedBelow(f, 1) : null;
      const titles = introduced === null ? [] : this.roles.filter((r) => r.entity === introduced);
      const untitled = titles.length === 0 || titles.some((r) => lex.holdsTitle(r.text, stem));
      f.speaker = holder?.entity ?? next?.speaker ?? (untitled ? introduced : null);
    }
  }

  /** The first person after a lede's statement who speaks within `reach` paragraphs, named nowhere before it; or null. */
  private introducedBelow(f: Found, reach = INTRODUCED_REACH): number | null {
    const end = this.ctx.tokens[f.draft.b - 1]!.end;
    const speaker = this.found.find((g) => g.paragraph > f.paragraph && g.paragraph - f.paragraph <= reach && g.speaker !== null && entityType(this.ctx, g.speaker) === 'person')?.speaker ?? null;
    return speaker === null || this.ctx.mentions.some((m) => m.start < end && entityAt(this.ctx, m.firstToken) === speaker) ? null : speaker;
  }

  /**
   * The speaker an unattributed dash paragraph continues: after dash speech, the speaker before; after narrative, the
   * attributed dash paragraph that follows ("– A.\n\n– B, sier X."), else the speaker before.
   */
  private continued(p: number): number | null {
    const last = this.found[this.found.length - 1];
    const afterDash = last !== undefined && last.paragraph === p - 1 && isDashParagraph(this.ctx, this.byParagraph[p - 1]);
    if (afterDash && last.speaker !== null) return last.speaker;
    for (let q = p + 1; q < this.ctx.paragraphs.length; q++) {
      const sentences = this.byParagraph[q];
      if (sentences.length === 0 || this.ctx.headings[q] || !isDashParagraph(this.ctx, sentences)) break;
      const next = dashQuote(this.ctx, sentences);
      if (next?.attribution) return this.resolver.resolve(next.attribution.ref, next.attribution.refToken);
      if (!next || this.ctx.tokens[next.b - 1]?.text === '?') break;
    }
    if (last && last.speaker !== null && p - last.paragraph <= CONTINUATION_REACH) return last.speaker;
    return null;
  }

  private sentence(s: number, from: number, prior: { ref: Draft['ref']; token: number } | undefined): void {
    const sent = this.ctx.sentences[s];
    const p = sent.paragraph;
    if (from === sent.firstToken) {
      const anaphoric = anaphoricAttribution(this.ctx, s);
      if (anaphoric) return this.attributeBack(anaphoric, p);
    }
    const drafts = analyzeSentence(this.ctx, s, from, sent.endToken, prior).sort((x, y) => x.a - y.a);
    // A quoted subheading ("'A long night'") continues no one.
    const headline = this.headlineLike(p, this.byParagraph[p]);
    for (const d of drafts) {
      if (headline && d.cue === 'continuation') continue;
      // A report that opens inside a quotation and runs past its close is the quotation's words and its attribution
      // ("... It would take a collapse," X, senior economist at ING, told Reuters), where the quotation is a statement.
      const inside = this.ctx.quoteAt[d.a] ?? -1;
      const quote = inside >= 0 ? this.ctx.quotes[inside]! : undefined;
      const quoted = (x: Draft): boolean => x.kind === 'direct' && quote !== undefined && x.a <= quote.close && x.b > quote.open;
      if (d.kind === 'indirect' && quote && d.b > quote.close && (this.found.some((f) => quoted(f.draft)) || drafts.some(quoted))) continue;
      let speaker: number | null;
      if (d.speaker !== undefined) speaker = d.speaker;
      else if (d.ref.kind === 'coordinate') {
        const last = this.found[this.found.length - 1];
        speaker = last && p - last.paragraph <= CONTINUATION_REACH ? last.speaker : null;
      } else speaker = this.resolver.resolve(d.ref, d.refToken);
      this.add(d, speaker, this.resolveVia(d.via), p);
    }
  }

  private resolveVia(via: Relay[]): number[] {
    const out: number[] = [];
    for (const r of via) {
      const e = this.resolver.resolve(r.ref, r.token);
      if (e !== null && !out.includes(e)) out.push(e);
    }
    return out;
  }

  /** "Det sa Fomin ifølge FT", "Det skriver Reuters": attributes, or relays, the statements of the sentence before. */
  private attributeBack(att: Attribution, p: number): void {
    // A photo credit between them is no sentence the attribution points back to.
    let prevSentence = att.sentence - 1;
    while (prevSentence > 0 && !this.ctx.isContent(this.ctx.sentences[prevSentence].start, this.ctx.sentences[prevSentence].end)) prevSentence--;
    const who = this.resolver.resolve(att.ref, att.refToken, prevSentence);
    if (prevSentence < 0 || this.ctx.headings[this.ctx.sentences[prevSentence].paragraph]) return;
    const targets = this.found.filter((f) => f.draft.sentence === prevSentence || (f.draft.b > this.ctx.sentences[prevSentence].firstToken && f.draft.a < this.ctx.sentences[prevSentence].endToken));
    for (const t of targets) {
      // The relay chain in its order: the source, then whom it cites ("Det skriver Reuters, der citerer TASS").
      let chain = att.via;
      if (att.relayCue && who !== null) chain = att.cited ? [...att.via, who] : [who, ...att.via];
      else if (t.draft.cue === 'continuation' || t.speaker === null) t.speaker = who;
      for (const v of chain) if (v !== t.speaker && !t.via.includes(v)) t.via.push(v);
      this.resolver.relayed(t.via);
    }
    const prev = this.ctx.sentences[prevSentence];
    let a = prev.firstToken;
    if (targets.length > 0) {
      // What the earlier statements leave uncovered of the sentence ("Imens Rusland oplyser, at ..., viser ..."); not the
      // rest of a clause a quotation stands inside ("at Europa »før eller siden« vil vende tilbage").
      const last = targets.reduce((x, y) => (y.draft.b > x.draft.b ? y : x));
      if (last.draft.kind === 'direct' && /^\p{Ll}/u.test(this.ctx.tokens[last.draft.b + 1]?.text ?? '')) return;
      a = last.draft.b;
      while (a < prev.endToken && !isWord(this.ctx, a)) a++;
      // Nor the attribution of a quotation ("«Vi er klare», sa forsvarsminister X. Det skrev NRK.").
      if (last.draft.kind === 'direct' && cueAt(this.ctx, a, prev.endToken, this.ctx.lexFor(prevSentence)) !== undefined) return;
      if (!att.relayCue || wordCount(this.ctx, a, prev.endToken) < 4) return;
    }
    if (this.ctx.tokens[a]?.kind === 'dash') a++;
    if (wordCount(this.ctx, a, prev.endToken) < 2) return;
    const draft: Draft = { kind: 'indirect', a, b: prev.endToken, ref: att.ref, refToken: att.refToken, via: [], cue: att.cue, sentence: prevSentence };
    this.add(draft, who, att.via.filter((v) => v !== who), p);
  }

  private add(draft: Draft, speaker: number | null, via: number[], paragraph: number): void {
    // "Danske Bank og Nordea siger, at ...": the others of coordinated names say it too.
    const coSpeakers = draft.ref.kind === 'joint' && speaker === draft.ref.entities[0] ? draft.ref.entities.slice(1).filter((e) => e !== speaker) : [];
    const relays = via.filter((v) => v !== speaker && !coSpeakers.includes(v));
    this.found.push({ draft, speaker, via: relays, paragraph, coSpeakers });
    this.resolver.note(speaker, draft.sentence, draft.ref.kind === 'entity' ? draft.refToken : undefined);
    this.resolver.relayed(relays);
  }
}

/** Who a headline names before its colon: a name ("Hansen efter løbet:") or a title ("Hydro-sjefen om kuttet:"). */
function headlineSpeaker(ctx: Ctx, first: number, colon: number): Draft['ref'] | undefined {
  const lex = ctx.lexFor(ctx.tokens[first].sentence);
  // The title opens the headline, alone or as the head of a compound ("Hydro-sjefen").
  let k = first;
  if (entityAt(ctx, k) >= 0 && ctx.tokens[k + 1]?.compound === 'hyphen') k += 2;
  const role = k < colon && (k + 1 === colon || lex.prepositions.has(ctx.lowered[k + 1])) ? lex.roleOf(ctx.tokens[k].text) : undefined;
  if (role) return { kind: 'role', stem: role.stem, compound: role.compound, gender: role.gender, hint: entityAt(ctx, first) };
  const e = entityAt(ctx, first) >= 0 ? entityAt(ctx, first) : surnameAt(ctx, first);
  if (e < 0 || entityType(ctx, e) === 'place') return undefined;
  // "Hansen: ..." or "Hansen efter løbet: ...", but not "Carlsberg skærer ned: ...", where the name is a topic.
  const after = ctx.mentionAt[first] >= 0 ? ctx.mentions[ctx.mentionAt[first]].endToken : first + 1;
  return after === colon || lex.prepositions.has(ctx.lowered[after]) ? { kind: 'entity', entity: e } : undefined;
}

/** The span of tokens [a, b) up to any page furniture inside it ("...status.Kilde: NTB"), trimmed. */
function contentSpan(ctx: Ctx, a: number, b: number): { start: number; end: number } | undefined {
  const span = trimSpan(ctx, a, b);
  if (!span) return undefined;
  // A wire story's dateline ("BOGOTA, March 12 (Reuters) - ") opens its first paragraph, not what is said.
  if (span.start === 0 || ctx.text[span.start - 1] === '\n') {
    const dateline = DATELINE.exec(ctx.text.slice(span.start, span.start + DATELINE_CHARS));
    if (dateline && dateline[0].length < span.end - span.start) span.start += dateline[0].length;
  }
  const cut = ctx.nonContent.filter((n) => n.start < span.end && span.start < n.end);
  if (cut.length === 0) return span;
  if (cut.some((n) => n.start <= span.start)) return undefined;
  let end = Math.min(...cut.map((n) => n.start));
  while (end > span.start && /[\s.,;:]/u.test(ctx.text[end - 1])) end--;
  return end > span.start ? { start: span.start, end } : undefined;
}

/** A dateline: a place in capitals, perhaps a date, the medium in parentheses and a dash ("LONDON (Reuters) - "). */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:, \p{Lu}\p{Ll}+\.? \d{1,2})? \([\p{L} .&-]+\) [-–—] /u;
/** The longest dateline looked for. */
const DATELINE_CHARS = 80;

/** A title qualified by a name's genitive ("Sveriges statsminister", "Russia's foreign minister"). */
const GENITIVE_QUALIFIER = /^\p{Lu}\p{L}*(?:s|['’]s?)\s/u;
/** The same genitive just before a title's text. */
const GENITIVE_BEFORE = /\p{Lu}\p{L}*(?:s|['’]s?)\s+$/u;
/** The two in English, which writes the genitive with an apostrophe only ("Mines Minister X" is no genitive's). */
const ENGLISH_GENITIVE_QUALIFIER = /^\p{Lu}\p{L}*['’]s?\s/u;
const ENGLISH_GENITIVE_BEFORE = /\p{Lu}\p{L}*['’]s?\s+$/u;
/** How many characters before a title its genitive may take. */
const GENITIVE_WINDOW = 40;

/** The closing quotation mark that an indirect statement's span may take in after a quotation's content. */
const CLOSING_MARK = 1;

/**
 * The entities named inside a span of the text, in the order of their mentions. The mentions come in the order of
 * their offsets (as the entities stage writes them): a binary search finds the first that may lie inside a span, and the
 * look ends past it; in any other order all are looked at.
 */
function entitiesInSpans(ctx: Ctx): (span: { start: number; end: number }) => number[] {
  const mentions = ctx.mentions;
  const ordered = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  return (span) => {
    let lo = 0;
    let hi = ordered ? mentions.length : 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const about: number[] = [];
    for (let mi = lo; mi < mentions.length; mi++) {
      const m = mentions[mi]!;
      if (ordered && m.start > span.end) break;
      const e = ctx.entityOf[mi];
      if (e >= 0 && m.start >= span.start && m.end <= span.end && !about.includes(e)) about.push(e);
    }
    return about;
  };
}

function toStatements(ctx: Ctx, found: Found[]): Statement[] {
  const out: Statement[] = [];
  // A span's offsets as one number (start * (text length + 1) + end): no key string to build and hash.
  const seenSpans = new Set<number>();
  const entitiesIn = entitiesInSpans(ctx);
  const seenTexts = new Map<number | null, Set<string>>();
  const sorted = [...found].sort((x, y) => x.draft.a - y.draft.a);
  const spans = sorted.map((f) => contentSpan(ctx, f.draft.a, f.draft.b));
  // A quotation of several sentences ("«A. B», sier X") is one direct statement; the attribution closing its last
  // sentence is no indirect one of that sentence as well.
  const quoted = spans.filter((q, i) => q !== undefined && sorted[i].draft.kind === 'direct') as { start: number; end: number }[];
  const insideQuote = (span: { start: number; end: number }): boolean => quoted.some((q) => q.start <= span.start && span.end <= q.end + CLOSING_MARK);
  for (const [i, f] of sorted.entries()) {
    const span = spans[i];
    if (!span || (f.draft.kind === 'indirect' && insideQuote(span))) continue;
    const text = ctx.text.slice(span.start, span.end);
    const spanKey = span.start * (ctx.text.length + 1) + span.end;
    // Web pages repeat a paragraph (teaser and body): one utterance, one statement.
    let texts = seenTexts.get(f.speaker);
    if (!texts) {
      texts = new Set();
      seenTexts.set(f.speaker, texts);
    }
    if (seenSpans.has(spanKey) || texts.has(text)) continue;
    seenSpans.add(spanKey);
    texts.add(text);
    const about = entitiesIn(span);
    out.push({
      start: span.start,
      end: span.end,
      kind: f.draft.kind,
      text,
      lang: ctx.langOf(f.draft.sentence),
      speaker: f.speaker,
      via: f.via.filter((v) => v !== f.speaker),
      ...(f.coSpeakers.length ? { coSpeakers: f.coSpeakers } : {}),
      about,
      cue: f.draft.cue,
    });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * The `statements` stage: who said what, via whom, about whom. Reads tokens, sentences, paragraphs, mentions and
 * entities; adds `statements` (direct and indirect, with speaker, relay chain and the entities they are about) and
 * `roles` (titles written next to a person's name).
 */
export function statements(doc: ArticleDoc, res: Resources): ArticleDoc {
  const ctx = buildContext(doc, res);
  const roles = findRoles(ctx, true);
  const finder = new StatementFinder(ctx, roles);
  finder.run();
  finder.resolveHeadlines();
  // The roles of persons are those found with the untyped ones left out (each is keyed by its entity).
  const personRoles = roles.filter((r) => entityType(ctx, r.entity) === 'person');
  return { ...doc, roles: personRoles, statements: toStatements(ctx, finder.found) };
}
