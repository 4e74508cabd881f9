import type { Role } from '../types.js';
import { entityAt, entityType, isCapitalised, isWord, matchPhrase, pastParenthesis, type Ctx } from './context.js';
import type { SpeechLexicon } from './lexicon.js';
import { parseSpeakerNP, type SpeakerRef } from './phrases.js';

/** The most characters between a body's name and the title it owns ("VVD leader", "VVD's leader"). */
const TITLE_OWNER_GAP = 3;
/** What may stand between them: a space, after a genitive's ending perhaps. */
const TITLE_OWNER_LINK = /^(?:['’]s?)? $/u;
/** The most tokens from a quotation's close to the noun that attributes it (`," the Danish drugmaker`). */
const ATTRIBUTION_GAP = 5;
/** The most words of a verb and its auxiliaries and adverbs between a subject and "what" ("has long criticized"). */
const VERB_BEFORE_WHAT = 4;

/** How far back (in sentences) a pronoun or a title may reach for the last speaker. */
const PRONOUN_REACH = 8;
const ROLE_REACH = 4;
/** The most words of an apposition that says what a body is ("the state news agency"). */
const MAX_DESCRIPTION_WORDS = 4;
/** How many sentences back the organization an "it" stands for may have spoken. */
const ORGANIZATION_PRONOUN_REACH = 2;
const PLURAL_REACH = 2;
/** The most words from an indefinite article to the noun for a person it introduces ("a 29-year-old care home manager"). */
const UNNAMED_PERSON_WORDS = 4;
/** Words before the one a statement is made to ("oplyser til Ritzau", "she told the BBC"). */
const SPOKEN_TO = new Set(['til', 'overfor', 'to', 'told', 'tells']);
/** Parts of nouns for a medium ("avisen", "nyhedsbureauet", "the newspaper", "the broadcaster"). */
const MEDIA_WORDS = ['avis', 'kanal', 'byrå', 'bureau', 'paper', 'broadcaster', 'agency', 'daily', 'tabloid', 'outlet', 'channel', 'network'];
/** Those that name nothing but a medium ("the agency" is as often a public one). */
const MEDIUM_ONLY_WORDS = ['avis', 'kanal', 'nyhetsbyrå', 'nyhedsbureau', 'paper', 'broadcaster', 'daily', 'tabloid', 'outlet', 'channel'];

interface SpeakerEvent {
  entity: number | null;
  sentence: number;
  /** Whether an unnamed spokesperson spoke for the entity ("A spokesman for the CPT told the BBC"). */
  spokesperson: boolean;
}

/** The most words of an apposition that may describe an organization by a noun ("the city-owned company overseeing"). */
const APPOSITION_WORDS = 4;

const compatible = (want: 'm' | 'f' | undefined, have: 'm' | 'f' | 'u'): boolean => !want || have === 'u' || have === want;

/**
 * Resolves pronouns ("han", "she"), titles ("talsmannen", "Natos generalsekretær") and nouns for organizations
 * ("nyhetsbyrået") to the entity meant: the most recent compatible speaker, else the most recent compatible person
 * named nearby. Nobody compatible → null, never a guess.
 */
export class SpeakerResolver {
  private readonly history: SpeakerEvent[] = [];
  /** Media that passed statements on: a word for nothing but a medium ("avisen", "the paper") stands for one first. */
  private readonly media = new Set<number>();

  constructor(
    private readonly ctx: Ctx,
    private readonly roles: Role[],
  ) {
    this.titled = new Set(roles.map((r) => r.entity));
  }

  /** Token ranges of quoted words: names inside them are what someone said, not who is speaking. */
  private readonly quotedSpans: [number, number][] = [];

  quoted(a: number, b: number): void {
    this.quotedSpans.push([a, b]);
  }

  private isQuoted(t: number): boolean {
    return this.ctx.quoteAt[t] >= 0 || this.quotedSpans.some(([a, b]) => t >= a && t < b);
  }

  private startsQuoted(sentence: number): boolean {
    const s = this.ctx.sentences[sentence];
    return s !== undefined && (this.isQuoted(s.firstToken) || this.isQuoted(s.firstToken + 1));
  }

  /** Records who spoke, in text order; `refToken`: where the speaker phrase stands, if written. */
  note(entity: number | null, sentence: number, refToken?: number): void {
    this.history.push({ entity, sentence, spokesperson: refToken !== undefined && this.unnamedSpokesperson(refToken, sentence) });
  }

  /** Records the media that passed a statement on, in text order. */
  relayed(entities: readonly number[]): void {
    for (const e of entities) this.media.add(e);
  }

  /**
   * "A spokesman for ...", "en talsperson i ...": an indefinite spokesperson opens the speaker phrase; "A DfE
   * spokesperson": or the name of the body after the article.
   */
  private unnamedSpokesperson(token: number, sentence: number): boolean {
    const lex = this.ctx.lexFor(sentence);
    const w = (k: number): string => this.ctx.tokens[k]?.text.toLowerCase() ?? '';
    const mention = this.ctx.mentionAt[token] >= 0 ? this.ctx.mentions[this.ctx.mentionAt[token]] : undefined;
    if (mention && mention.firstToken === token && lex.indefinites.has(w(token - 1)) && lex.spokespeople.has(w(mention.endToken))) return true;
    const at = lex.spokespeople.has(w(token)) ? token : token + 1;
    return lex.indefinites.has(w(at - 1)) && lex.spokespeople.has(w(at));
  }

  /**
   * The entity a reference names. `said`: the sentence of what it says, when another than the reference's own ("Det
   * oplyser mejerikoncernen" says the sentence before), whose organizations a compound noun may name too.
   */
  resolve(ref: SpeakerRef, token: number, said?: number): number | null {
    const sentence = this.ctx.tokens[token]?.sentence ?? 0;
    switch (ref.kind) {
      case 'entity':
        return ref.entity;
      case 'joint':
        return ref.entities[0]!;
      case 'pronoun':
        return ref.gender === 'pl' ? this.plural(sentence) : this.sentenceSubject(ref.gender, token, sentence) ?? this.person(ref.gender, sentence);
      case 'role':
        // A noun for a person is named nowhere as a title: it points back like a pronoun.
        if (ref.noun) return this.person(undefined, sentence);
        // "Bonden, som ikke ønsker å stå fram med navn, sier": a title of one who stays unnamed points back to no one.
        if (this.unnamedPersonIn(sentence, true) !== null) return null;
        // "One CBP officer ... "...," the officer said": the noun of one met unnamed just before, as a title.
        if (this.unnamedPersonIn(this.sentenceBefore(sentence)) === ref.stem) return null;
        // "nærings- og fiskeriministeren": the holder of either title named whole.
        return this.role([ref.compound, ref.suspended].find((title) => title && this.titleNamed(title, token)) ?? ref.stem, ref.gender, token, sentence, ref.hint);
      case 'organizationPronoun': {
        // "Amnesty International condemned what it called ...": the subject of the verb that "what" follows.
        const subject = this.subjectBeforeWhat(token);
        if (subject !== null) return subject;
        // "TotalEnergies said it expected that ...": the organization the pronoun's sentence opens with as its subject;
        // not after a comma, where the pronoun attributes what the sentence says ("Tesco, Sainsbury's and Asda were among
        // the retailers affected, it said").
        const own = this.ctx.tokens[token - 1]?.text === ',' ? null : this.openingOrganization(sentence, token);
        if (own !== null) return own;
        // The body or place that spoke in the sentence before goes on ("La Libertad's regional government said ... It said").
        const last = this.history[this.history.length - 1];
        if (last && last.sentence >= sentence - 1 && last.entity !== null && entityType(this.ctx, last.entity) !== 'person') return last.entity;
        // Else the body or place the sentence before opens with ("Russia's defence ministry published a statement. It
        // said"); none where that sentence opens with a person.
        const opener = this.openingEntity(sentence - 1);
        if (opener >= 0) return entityType(this.ctx, opener) === 'person' ? null : opener;
        // "The diocese rejected the claims. In a statement, it said": the body that a noun for it after an article, opening
        // that sentence, points back to.
        const opening = this.openingToken(sentence - 1);
        const noun = opening >= 0 && this.ctx.tokens[opening]?.kind === 'word' ? this.ctx.tokens[opening]!.text : '';
        const articled = opening > (this.ctx.sentences[sentence - 1]?.firstToken ?? opening);
        if (articled && /^\p{Ll}/u.test(noun) && this.ctx.lexFor(sentence).isOrgNoun(noun)) return this.lastOrganization(opening, noun, sentence - 1);
        return this.lastSpeaker(sentence, ORGANIZATION_PRONOUN_REACH, (e) => entityType(this.ctx, e) === 'organization');
      }
      case 'orgNoun': {
        const lex = this.ctx.lexFor(sentence);
        if (ref.ahead) return this.organizationAhead(token, lex.definiteStem(ref.noun), sentence);
        // An unnamed spokesperson speaks for the organization that opens the sentence ("The European Commission is
        // "following the case", a spokesperson said"), or else the one before.
        if (lex.spokespeople.has(ref.noun)) return this.openingOrganization(sentence) ?? this.openingOrganization(sentence - 1);
        // "Hanbit is offering ... for Daesung, the Seoul-based firm said": a company's noun after the report it
        // attributes stands for the company the sentence opens with as its subject.
        const opener = lex.companyNouns.nouns.has(ref.noun) && (said ?? sentence) === sentence ? this.openingOrganization(sentence) : null;
        return opener ?? this.lastOrganization(token, ref.noun, said ?? sentence);
      }
      default:
        return null;
    }
  }

  /**
   * "Chakwera had conceded ..., in which he said he had ...": a pronoun later in a sentence that opens with a person's
   * name as its subject is that person (not one named elsewhere in it: "Etter møtet med Putin sa han").
   */
  private sentenceSubject(gender: 'm' | 'f' | undefined, token: number, sentence: number): number | null {
    const first = this.ctx.sentences[sentence]?.firstToken ?? -1;
    const e = first >= 0 ? entityAt(this.ctx, first) : -1;
    // "Venstres formand, X, siger ...", "Samferdselsminister X (Ap) sa ... at han": a title's holder opens the sentence.
    if ((e < 0 || !this.isPerson(e)) && gender !== undefined) return this.appositionSubject(gender, token, sentence);
    if (e < 0 || !this.isPerson(e) || gender === undefined || this.ctx.gender(e) !== gender) return null;
    const m = this.ctx.mentions[this.ctx.mentionAt[first]]!;
    // The name is the subject: a verb, not another name or a comma, follows it; the pronoun comes after that.
    const next = this.ctx.tokens[m.endToken];
    if (!next || next.kind !== 'word' || entityAt(this.ctx, m.endToken) >= 0 || token <= m.endToken) return null;
    return e;
  }

  /**
   * The person a sentence opens with as a title's holder, after the title ("Samferdselsminister Jon-Ivar Nygård (Ap) sa
   * ... at han"), also in apposition after a body's genitive and its title ("Venstres formand, Troels Lund Poulsen,
   * siger til Ritzau, at han ..."), when a verb follows and the pronoun after.
   */
  private appositionSubject(gender: 'm' | 'f', token: number, sentence: number): number | null {
    const first = this.ctx.sentences[sentence]!.firstToken;
    const lex = this.ctx.lexFor(sentence);
    // The sentence opens with the title or the body's genitive, not with a clause ("Hvis Wolt vinder, ..., siger han").
    // So may a modifier of the title ("Vice President JD Vance visited ..., where he said").
    // So may a demonym before the title ("Pakistani Prime Minister Shehbaz Sharif condemned what he called ...").
    const opener = this.ctx.tokens[first]!.text.toLowerCase();
    const next = this.ctx.tokens[first + 1]?.text.toLowerCase() ?? '';
    const demonym = isCapitalised(this.ctx, first) && this.ctx.mentionAt[first] < 0 && (lex.roleOf(next) !== undefined || lex.modifiers.has(next));
    if (entityAt(this.ctx, first) < 0 && lex.roleOf(opener) === undefined && !lex.modifiers.has(opener) && !demonym) return null;
    const np = parseSpeakerNP(this.ctx, first, token, lex);
    // A given name the lists do not know ("Jon-Ivar") leaves the gender open, which the title's holder may then have.
    const known = np.ref.kind === 'entity' ? this.ctx.gender(np.ref.entity) : undefined;
    if (np.ref.kind !== 'entity' || !this.isPerson(np.ref.entity) || (known !== undefined && known !== 'u' && known !== gender)) return null;
    const verb = this.ctx.tokens[np.end]?.text === ',' ? np.end + 1 : np.end;
    return isWord(this.ctx, verb) && entityAt(this.ctx, verb) < 0 && verb < token ? np.ref.entity : null;
  }

  /**
   * Whether the name ending at `end` stands before an apposition headed by the noun ("According to Antara, the state news
   * agency, ... the agency reported").
   */
  private describedAfter(end: number, stem: string, lex: SpeechLexicon): boolean {
    if (stem.length === 0 || this.ctx.tokens[end]?.text !== ',' || !lex.determiners.has(this.ctx.tokens[end + 1]?.text.toLowerCase() ?? '')) return false;
    for (let k = end + 2; k <= end + 1 + MAX_DESCRIPTION_WORDS; k++) {
      const t = this.ctx.tokens[k];
      if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
      const after = this.ctx.tokens[k + 1]?.text;
      if (after === ',' || after === '.') return t.text.includes(stem);
    }
    return false;
  }

  /** The sentence in which an entity last spoke, or -1. */
  private lastSpeech(entity: number): number {
    for (let k = this.history.length - 1; k >= 0; k--) if (this.history[k]!.entity === entity) return this.history[k]!.sentence;
    return -1;
  }

  private lastSpeaker(sentence: number, reach: number, accept: (e: number, ev: SpeakerEvent) => boolean): number | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const ev = this.history[k];
      if (sentence - ev.sentence > reach) break;
      if (ev.entity !== null && accept(ev.entity, ev)) return ev.entity;
    }
    return null;
  }

  /** A person, or a name with a title before it that the tagger typed otherwise. */
  private isPerson = (e: number): boolean => entityType(this.ctx, e) === 'person' || this.titled.has(e);
  private readonly titled: Set<number>;

  private personsIn(sentence: number, before: number, gender: 'm' | 'f' | undefined): number[] {
    const s = this.ctx.sentences[sentence];
    const out: number[] = [];
    // "Kims søster, Kim Yo-jong, avviste ...": one named in the genitive is whose the subject is, after the others.
    const owners: number[] = [];
    for (let t = s.firstToken; t < Math.min(s.endToken, before); t++) {
      const e = entityAt(this.ctx, t);
      if (e < 0 || this.isQuoted(t) || !this.isPerson(e) || !compatible(gender, this.ctx.gender(e))) continue;
      const m = this.ctx.mentions[this.ctx.mentionAt[t]]!;
      (m.text !== m.base && isWord(this.ctx, m.endToken) ? owners : out).push(e);
    }
    return [...out, ...owners];
  }

  /** The sentence before the quotation a reference at sentence attributes ("– A. B, siger han": before "– A"). */
  private sentenceBefore(sentence: number): number {
    let p = sentence;
    while (p >= 0 && this.startsQuoted(p)) p--;
    return p === sentence ? sentence - 1 : p;
  }

  /**
   * A person named earlier in the same sentence is left out: "Etter møtet med Putin sa han" is rarely Putin, who
   * would have been named again.
   */
  private person(gender: 'm' | 'f' | undefined, sentence: number): number | null {
    const last = this.history[this.history.length - 1];
    const before = this.sentenceBefore(sentence);
    // "A local angler was more blunt. "...," he said": one met unnamed in the sentence before, where no one named has
    // spoken since.
    if (!(last && last.sentence >= before && last.entity !== null) && this.unnamedPersonIn(before) !== null) return null;
    // Who spoke in the sentence just before goes on speaking ("Brekke mener at ... Hun krever at ..."); so does the body
    // an unnamed spokesperson spoke for ("A spokesman for the CPT told the BBC ... "...," he said").
    if (last && last.sentence === before && last.entity !== null && (this.isPerson(last.entity) ? compatible(gender, this.ctx.gender(last.entity)) : last.spokesperson)) {
      return last.entity;
    }
    const prev = this.ctx.sentences[before];
    const samePara = prev && prev.paragraph === this.ctx.sentences[sentence].paragraph;
    // A person introduced after the last speaker ("I Voss er ordfører X rolig.\n\n– ..., sier han").
    const newer = prev && !this.ctx.headings[prev.paragraph] && (!last || last.sentence < before);
    if (samePara || newer) {
      const subject = this.personsIn(before, Number.MAX_SAFE_INTEGER, gender);
      // A person of the right gender before a name whose gender is unknown (perhaps no person at all).
      const sure = subject.find((e) => this.ctx.gender(e) === gender);
      if (sure !== undefined) return sure;
      if (subject.length > 0) return subject[0];
      // "For Warholm er det kort tid. Søndag løper han ... – ..., sier han": a pronoun before, in a sentence that names no
      // one, continues the person its paragraph named before it.
      const chained = this.chainedPerson(before, gender);
      if (chained !== null) return chained;
    }
    const spoke = this.lastSpeaker(sentence, PRONOUN_REACH, (e) => this.isPerson(e) && compatible(gender, this.ctx.gender(e)));
    if (spoke !== null) return spoke;
    for (let s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
      const found = this.personsIn(s, Number.MAX_SAFE_INTEGER, gender);
      if (found.length > 0) return found[0];
    }
    return null;
  }

  /**
   * Whether sentence s names no person but meets one unnamed: an indefinite article, at most a few lower-case words or
   * an age, and a noun for a person ("In Glasgow, a 29-year-old nurse who ...", "One caller in Leeds told the BBC",
   * "I Åbo møter NRK en pensjonist som ..."), or one who stays unnamed ("Bonden, som ikke ønsker å stå fram med navn,");
   * `staysUnnamed`: only the latter. The noun for the person ("" for one who stays unnamed), or null.
   */
  private unnamedPersonIn(s: number, staysUnnamed = false): string | null {
    const sentence = this.ctx.sentences[s];
    if (!sentence || this.personsIn(s, Number.MAX_SAFE_INTEGER, undefined).length > 0) return null;
    const lex = this.ctx.lexFor(s);
    const tokens = this.ctx.tokens;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      if (lex.anonymity.some((p) => matchPhrase(this.ctx, t, p, sentence.endToken))) return '';
      const article = this.ctx.lowered[t]!;
      if (staysUnnamed || this.isQuoted(t) || !(lex.indefinites.has(article) || (lex.lang === 'en' && article === 'one'))) continue;
      for (let k = t + 1; k < sentence.endToken && k - t <= UNNAMED_PERSON_WORDS; k++) {
        const token = tokens[k]!;
        // Words before the noun, an age among them ("29-year-old", "67-årige"), capitalised ones too where no name covers
        // them ("One Year 12 student").
        if (token.kind !== 'word' && token.kind !== 'number') break;
        // "one CBP officer": the body they work for may stand among them, not a person.
        const e = entityAt(this.ctx, k);
        if (e >= 0 && entityType(this.ctx, e) !== 'person') {
          k = this.ctx.mentions[this.ctx.mentionAt[k]]!.endToken - 1;
          continue;
        }
        if (e >= 0) break;
        if (lex.isUnnamedPersonNoun(this.ctx.lowered[k]!)) return this.ctx.lowered[k]!;
      }
    }
    return null;
  }

  /**
   * The person named earlier in the paragraph of sentence s when s names no one but refers to a person by a pronoun or
   * its possessive ("For Kowalczyk, the wait goes on. ... Her own engineer reached ...").
   */
  private chainedPerson(s: number, gender: 'm' | 'f' | undefined): number | null {
    const sentence = this.ctx.sentences[s];
    if (!sentence || gender === undefined) return null;
    const lex = this.ctx.lexFor(s);
    let pronoun = false;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const word = this.ctx.tokens[t]!.text.toLowerCase();
      if (lex.pronouns.get(word) === gender || lex.possessivePronouns.get(word) === gender) pronoun = true;
    }
    if (!pronoun) return null;
    for (let p = s - 1; p >= 0 && this.ctx.sentences[p]!.paragraph === sentence.paragraph; p--) {
      const found = this.personsIn(p, Number.MAX_SAFE_INTEGER, gender);
      if (found.length > 0) return found[0]!;
    }
    return null;
  }

  /** "De"/"they": the organization or country that spoke just before, or that opened a recent sentence. */
  private plural(sentence: number): number | null {
    const last = this.history[this.history.length - 1];
    if (last && sentence - last.sentence <= PLURAL_REACH) {
      if (last.entity === null) return null;
      if (!this.isPerson(last.entity)) return last.entity;
    }
    for (let s = sentence - 1; s >= Math.max(0, sentence - PLURAL_REACH - 1); s--) {
      const prev = this.ctx.sentences[s];
      let words = 0;
      for (let t = prev.firstToken; t < prev.endToken && words < 3; t++) {
        const e = entityAt(this.ctx, t);
        if (e >= 0) {
          if (!this.isPerson(e)) return e;
          break;
        }
        if (this.ctx.tokens[t].kind === 'word') words++;
      }
    }
    return null;
  }

  /**
   * Whether a title as a whole compound is written before `token` ("europaminister"): then "europaministeren" is its
   * holder, not any minister ("statsminister").
   */
  private titleNamed(compound: string, token: number): boolean {
    const start = this.ctx.tokens[token]?.start ?? 0;
    const lex = this.ctx.lexFor(this.ctx.tokens[token]?.sentence ?? 0);
    return this.roles.some((r) => r.start < start && lex.holdsTitle(r.text, compound));
  }

  private role(stem: string, gender: 'm' | 'f' | undefined, token: number, sentence: number, hint = -1): number | null {
    const start = this.ctx.tokens[token]?.start ?? 0;
    const lex = this.ctx.lexFor(sentence);
    // "the CDA leader": not one who holds the title of another body ("VVD leader X").
    const body = hint >= 0 && entityType(this.ctx, hint) === 'organization' ? hint : -1;
    const ofOtherBody = (r: Role): boolean => body >= 0 && this.bodiesIn(r).some((e) => e !== body);
    const held = this.roles.filter((r) => r.start < start && lex.holdsTitle(r.text, stem) && !ofOtherBody(r));
    // "Nordfôr-sjefen": where no one holds the title in that body, its head by another word for one ("Daglig leder i
    // Nordfôr, Håvard Tollefsen"), not another body's "seksjonssjef".
    if (body >= 0 && lex.heads.has(stem) && !held.some((r) => this.bodiesIn(r).includes(body))) {
      const heads = [...lex.heads];
      const head = this.roles.filter((r) => r.start < start && heads.some((h) => r.text.toLowerCase().includes(h)) && this.bodiesIn(r).includes(body)).pop();
      if (head) return head.entity;
    }
    let best: Role | undefined;
    for (const r of held) if (!best || r.start > best.start) best = r;
    // "Finansministeren fortalte": a recent speaker with that title before the last holder named.
    const holders = new Set(held.map((r) => r.entity));
    const holderSpoke = this.lastSpeaker(sentence, ROLE_REACH * 2, (e) => holders.has(e));
    // Unless another holder was named after that one last spoke ("Helseminister X ... Statsråden sier ... Finansminister Y
    // ... Statsråden sier").
    if (holderSpoke !== null && best && best.entity !== holderSpoke) {
      const spokeAt = this.lastSpeech(holderSpoke);
      if (spokeAt >= 0 && best.start >= this.ctx.tokens[this.ctx.sentences[spokeAt]!.endToken - 1]!.end) return best.entity;
    }
    if (holderSpoke !== null) return holderSpoke;
    if (best) return best.entity;
    // "A spokeswoman for Hartcliffe Living said ... "...," the spokeswoman said": the body an unnamed spokesperson
    // spoke for, when no one holds the title by name.
    if (lex.spokespeople.has(stem) || lex.spokespeople.has(this.ctx.tokens[token]?.text.toLowerCase() ?? '')) {
      const written = this.lastNamedSpokesperson(token, sentence);
      const body = written === undefined ? this.lastSpeaker(sentence, ROLE_REACH, (e, ev) => ev.spokesperson && !this.isPerson(e)) : written;
      if (body !== null) return body;
    }
    const spoke = this.lastSpeaker(sentence, ROLE_REACH, (e) => this.isPerson(e) && compatible(gender, this.ctx.gender(e)));
    if (spoke !== null) return spoke;
    // "Professor Hallvard Nesje ved NTNU har studert ... Forskeren mener at": the one person the sentence before (its
    // quotation) in the paragraph names, under another title, where no one holds this one.
    const before = this.sentenceBefore(sentence);
    const samePara = before >= 0 && this.ctx.sentences[before]!.paragraph === this.ctx.sentences[sentence]!.paragraph;
    const named = new Set(samePara ? this.personsIn(before, Number.MAX_SAFE_INTEGER, gender) : []);
    // Not the one whose title it is ("Lomtadzes advokat").
    return named.size === 1 && !named.has(hint) ? [...named][0]! : null;
  }

  /**
   * Whether the body named at token `first` is one a spokesperson speaks for ("a spokeswoman for Cal-Maine Foods"), and
   * someone spoke in its sentence.
   */
  private spokenFor(first: number, sentence: number, lex: SpeechLexicon): boolean {
    const k = this.ctx.tokens[first - 1]?.text.toLowerCase() === 'the' ? first - 2 : first - 1;
    const w = (x: number): string => this.ctx.tokens[x]?.text.toLowerCase() ?? '';
    return lex.roleLinks.has(w(k)) && lex.spokespeople.has(w(k - 1)) && this.history.some((ev) => ev.sentence === sentence && ev.entity !== null);
  }

  /**
   * The organizations named inside a title's text or right before it ("VVD" of "VVD leader", "the VVD's leader"), also
   * one whose name of several words the title's compound begins inside ("Norsk Tipping-sjef").
   */
  private bodiesIn(r: Role): number[] {
    const out: number[] = [];
    this.ctx.mentions.forEach((m, k) => {
      const e = this.ctx.entityOf[k]!;
      const before = m.end <= r.start && r.start - m.end <= TITLE_OWNER_GAP && TITLE_OWNER_LINK.test(this.ctx.text.slice(m.end, r.start));
      if ((before || (m.end > r.start && m.end <= r.end)) && e >= 0 && entityType(this.ctx, e) === 'organization') out.push(e);
    });
    return out;
  }

  /**
   * The body the last unnamed spokesperson written before `token` spoke for, whether or not what they said was a
   * report ("A Microsoft spokesperson said ... An Apple spokesperson confirmed the outage. The spokesperson added"):
   * "A <body> spokesperson" or "a spokesperson for <body>", or for a body's noun ("a spokesperson for the department");
   * null when the last one written is named, undefined when none is written.
   */
  private lastNamedSpokesperson(token: number, sentence: number): number | null | undefined {
    const lex = this.ctx.lexFor(sentence);
    const w = (k: number): string => this.ctx.tokens[k]?.text.toLowerCase() ?? '';
    const organization = (k: number): number => {
      const e = entityAt(this.ctx, k);
      return e >= 0 && entityType(this.ctx, e) === 'organization' ? e : -1;
    };
    // Not one in apposition to the person who holds the title ("Peter Ochieng, a spokesman for the authority").
    const unnamed = (article: number): boolean => lex.indefinites.has(w(article)) && this.ctx.tokens[article - 1]?.text !== ',';
    for (let t = token - 1; t >= 0 && sentence - this.ctx.tokens[t]!.sentence <= ROLE_REACH; t--) {
      if (!lex.spokespeople.has(w(t))) continue;
      // The last spokesperson written is named ("Frank Shaw, a spokesman for Google"): the title's holder, found otherwise.
      if (lex.indefinites.has(w(t - 1)) && !unnamed(t - 1)) return null;
      const before = organization(t - 1);
      if (before >= 0 && unnamed(this.ctx.mentions[this.ctx.mentionAt[t - 1]]!.firstToken - 1)) return before;
      const at = lex.determiners.has(w(t + 2)) ? t + 3 : t + 2;
      if (unnamed(t - 1) && lex.roleLinks.has(w(t + 1)) && organization(at) >= 0) return organization(at);
      // "A spokesperson for the department said": the body its noun pointed to, as the speaker of that sentence.
      if (unnamed(t - 1) && lex.roleLinks.has(w(t + 1)) && lex.isOrgNoun(w(at))) {
        const spoke = this.lastSpeaker(this.ctx.tokens[t]!.sentence, 0, (e) => !this.isPerson(e));
        if (spoke !== null) return spoke;
      }
    }
    return undefined;
  }

  /** The last court named before `token`, within a few sentences: an organization whose name or mention has a word for one. */
  private lastCourt(token: number): number | null {
    const sentence = this.ctx.tokens[token]?.sentence ?? 0;
    const lex = this.ctx.lexFor(sentence);
    for (let t = token - 1; t >= 0 && sentence - this.ctx.tokens[t]!.sentence <= ROLE_REACH; t--) {
      const e = entityAt(this.ctx, t);
      if (e < 0 || entityType(this.ctx, e) !== 'organization') continue;
      const m = this.ctx.mentions[this.ctx.mentionAt[t]]!;
      const names = `${this.ctx.entities[e]!.name} ${m.text}`.toLowerCase();
      if (lex.courtWords.some((w) => names.includes(w))) return e;
      t = m.firstToken;
    }
    return null;
  }

  /**
   * Whose a document is, given the last body named before it: the body that opens that body's sentence as the subject
   * of its verb, where one does ("Ofsted rated Manningham Park Academy inadequate. The report, published on Thursday,
   * said" is Ofsted's, not the school's).
   */
  private documentAuthor(last: number | null, sentence: number): number | null {
    if (last === null) return null;
    const t = this.openingToken(sentence);
    const e = t < 0 ? -1 : entityAt(this.ctx, t);
    if (e < 0 || e === last || entityType(this.ctx, e) !== 'organization') return last;
    const lex = this.ctx.lexFor(sentence);
    const verb = this.ctx.tokens[this.ctx.mentions[this.ctx.mentionAt[t]]!.endToken];
    const word = verb?.kind === 'word' ? verb.text : '';
    const verbal = /^\p{Ll}/u.test(word) && !lex.prepositions.has(word) && !lex.conjunctions.has(word) && !lex.determiners.has(word) && !lex.relatives.has(word);
    return verbal ? e : last;
  }

  /** The first organization named within a few sentences after `token` whose name holds `stem`. */
  private organizationAhead(token: number, stem: string, sentence: number): number | null {
    for (let t = token + 1; t < this.ctx.tokens.length && this.ctx.tokens[t]!.sentence - sentence <= ROLE_REACH; t++) {
      const e = entityAt(this.ctx, t);
      if (e < 0 || entityType(this.ctx, e) !== 'organization') continue;
      // By its English name or as the article writes it ("politiet ... Øst politidistrikt": Øst Police District).
      const written = this.ctx.mentions[this.ctx.mentionAt[t]!]!.text.toLowerCase();
      if (this.ctx.entities[e]!.name.toLowerCase().includes(stem) || written.includes(stem) || this.describedAs(this.ctx.mentionAt[t]!, stem)) return e;
    }
    // "..., the government's spending watchdog has warned. The National Audit Office (NAO) said ...": else, in the
    // article's lede, the institution the next sentence opens with as the subject of a speech verb (not a company that
    // happens to follow: "..., the commission said. Microsoft said it would appeal").
    return this.isLede(sentence) ? this.speakingInstitution(sentence + 1) : null;
  }

  /** Whether a sentence is the first of the article's body (after its headline and any byline). */
  private isLede(sentence: number): boolean {
    for (let s = 0; s < sentence; s++) if (!this.ctx.headings[this.ctx.sentences[s]!.paragraph] && this.ctx.isContent(this.ctx.sentences[s]!.start, this.ctx.sentences[s]!.end)) return false;
    return true;
  }

  /** The institution that opens a sentence as the subject of its speech verb ("The National Audit Office (NAO) said"), or null. */
  private speakingInstitution(sentence: number): number | null {
    const t = this.openingToken(sentence);
    const e = t < 0 ? -1 : entityAt(this.ctx, t);
    if (e < 0 || entityType(this.ctx, e) !== 'organization') return null;
    const lex = this.ctx.lexFor(sentence);
    const m = this.ctx.mentions[this.ctx.mentionAt[t]]!;
    const name = m.base.toLowerCase();
    if (!lex.isOrgNoun(name.slice(name.lastIndexOf(' ') + 1))) return null;
    const k = pastParenthesis(this.ctx, m.endToken);
    return lex.cues.has(this.ctx.tokens[k]?.text.toLowerCase() ?? '') ? e : null;
  }

  /**
   * Whether the apposition after a mention holds the noun: "Empresa Metro de Bogota (EMB), the city-owned company
   * overseeing the project, said" is the company.
   */
  private describedAs(mention: number, stem: string): boolean {
    const k = pastParenthesis(this.ctx, this.ctx.mentions[mention]!.endToken);
    if (this.ctx.tokens[k]?.text !== ',') return false;
    for (let j = k + 1; j < k + 1 + APPOSITION_WORDS && this.ctx.tokens[j]?.kind === 'word'; j++) if (this.ctx.tokens[j]!.text.toLowerCase().startsWith(stem)) return true;
    return false;
  }

  /** Whether a mention is a dateline's medium ("BOGOTA, March 12 (Reuters) -"), which no noun points back to. */
  private datelineMedium(m: { firstToken: number; endToken: number }): boolean {
    return this.ctx.tokens[m.firstToken - 1]?.text === '(' && this.ctx.tokens[m.endToken]?.text === ')' && this.ctx.tokens[m.endToken + 1]?.kind === 'dash';
  }

  /** The token of a sentence's first word (after an article), or -1 for no sentence. */
  private openingToken(sentence: number): number {
    const s = this.ctx.sentences[sentence];
    if (!s) return -1;
    let t = s.firstToken;
    while (t < s.endToken && this.ctx.tokens[t]!.kind !== 'word') t++;
    if (this.ctx.lexFor(sentence).determiners.has(this.ctx.tokens[t]?.text.toLowerCase() ?? '')) t++;
    return t;
  }

  /** The body a sentence opens with after a preposition that puts its people's view ("Hos L&F ser man"), or -1. */
  private viewOf(sentence: number): number {
    const first = this.ctx.sentences[sentence]?.firstToken ?? -1;
    const e = first >= 0 && this.ctx.lexFor(sentence).amongLinks.has(this.ctx.lowered[first]!) ? entityAt(this.ctx, first + 1) : -1;
    return e >= 0 && entityType(this.ctx, e) === 'organization' ? e : -1;
  }

  /** The entity a sentence's first word (after an article) names, or -1. */
  private openingEntity(sentence: number): number {
    const t = this.openingToken(sentence);
    return t < 0 ? -1 : entityAt(this.ctx, t);
  }

  /**
   * "Ofwat, which ..., confirmed it ... A spokesperson said": the organization that opens the sentence before an
   * unnamed spokesperson's, which they speak for (not a medium named later in it: "Tesla plans ..., Bloomberg reported").
   * `before`: a token its name must end by.
   */
  private openingOrganization(sentence: number, before = Infinity): number | null {
    const t = this.openingToken(sentence);
    if (t < 0) return null;
    const lex = this.ctx.lexFor(sentence);
    const e = entityAt(this.ctx, t);
    if (e < 0 || entityType(this.ctx, e) !== 'organization' || this.ctx.mentions[this.ctx.mentionAt[t]]!.endToken > before) return null;
    // The organization is the sentence's subject, not a word describing another ("Amazon workers voted ..."): a comma,
    // an auxiliary, a speech verb or a verb before "to" follows it.
    // "The Trade Remedies Authority (TRA) confirmed": past its short form.
    const after = pastParenthesis(this.ctx, this.ctx.mentions[this.ctx.mentionAt[t]]!.endToken);
    const next = this.ctx.tokens[after]?.text.toLowerCase() ?? '';
    const subject = next === ',' || lex.aux.has(next) || lex.cues.has(next) || this.ctx.tokens[after + 1]?.text === 'to';
    return subject ? e : null;
  }

  /**
   * The body or place named as the subject right before the verb whose object "what" opens, when the pronoun at `token`
   * follows "what" ("Human Rights Watch has criticized what it called"); else null.
   */
  private subjectBeforeWhat(token: number): number | null {
    const what = token - 1;
    if (this.ctx.tokens[what]?.text.toLowerCase() !== 'what') return null;
    const first = this.ctx.sentences[this.ctx.tokens[token]!.sentence]!.firstToken;
    let k = what - 1;
    while (k >= first && what - k <= VERB_BEFORE_WHAT && this.ctx.mentionAt[k] < 0 && this.ctx.tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(this.ctx.tokens[k]!.text)) k--;
    const e = k < what - 1 && k >= first ? entityAt(this.ctx, k) : -1;
    return e >= 0 && entityType(this.ctx, e) !== 'person' ? e : null;
  }

  /**
   * Whether token t stands in a quotation that closes right before the attribution at `token`, a few lower-case words
   * between (", the company said", ", the Danish drugmaker said").
   */
  private attributedQuote(t: number, token: number): boolean {
    const q = this.ctx.quoteAt[t]!;
    if (q < 0) return false;
    const close = this.ctx.quotes[q]!.close;
    return close < token && token - close <= ATTRIBUTION_GAP && this.ctx.tokens.slice(close + 1, token).every((x) => x.kind !== 'word' || /^\p{Ll}/u.test(x.text));
  }

  /**
   * Whether a mention is a party's short name in parentheses right after a person's name ("Cecilie Myrseth (Ap)", "Ida
   * Auken (S)"), not a body's own short name after its full one ("Sør-Norge Aluminium (Søral)").
   */
  private partyLabel(m: { firstToken: number; endToken: number; text: string }): boolean {
    if (m.text.length > PARTY_LABEL_CHARS || this.ctx.tokens[m.firstToken - 1]?.text !== '(' || this.ctx.tokens[m.endToken]?.text !== ')') return false;
    const before = entityAt(this.ctx, m.firstToken - 2);
    return before >= 0 && entityType(this.ctx, before) === 'person';
  }

  /**
   * Whether the name at token k is the source of an "ifølge"/"according to" phrase: right after it, after a noun for
   * its kind ("Ifølge lokalavisen Finnmarken"), or as its short name in parentheses ("Ifølge Dagens Næringsliv (DN)").
   */
  private sourceName(k: number, lex: SpeechLexicon): boolean {
    if (this.afterAccording(k, lex)) return true;
    const before = this.ctx.tokens[k - 1];
    if (before?.kind === 'word' && this.ctx.mentionAt[k - 1] < 0 && lex.isOrgNoun(before.text)) return this.afterAccording(k - 1, lex);
    if (before?.text !== '(' || this.ctx.mentionAt[k - 2] < 0) return false;
    return this.sourceName(this.ctx.mentions[this.ctx.mentionAt[k - 2]]!.firstToken, lex);
  }

  /**
   * Whether a relaying verb follows a mention ("the AFR reported"), in English, where a body writing its own statement
   * does not take it (Norwegian "skriver Snap Inc." does).
   */
  private reporting(m: { endToken: number }, lex: SpeechLexicon): boolean {
    if (lex.lang !== 'en') return false;
    const verb = this.ctx.tokens[pastParenthesis(this.ctx, m.endToken)]?.text.toLowerCase() ?? '';
    return lex.cues.get(verb)?.some((c) => c.relay) === true;
  }

  /** Whether an "ifølge"/"according to" phrase ends right before token k. */
  private afterAccording(k: number, lex: SpeechLexicon): boolean {
    return lex.according.some((p) => matchPhrase(this.ctx, k - p.length, p, k));
  }

  /**
   * The organization an organization noun points back to: the last named whose name holds the noun ("the council" of
   * the International Council for ..., "forbundet" of Norges Fotballforbund), else the last to speak, else the last
   * named, one named earlier in the same sentence first; a noun that names only by name ("politiet") nothing else, and
   * a compound ending in such a noun only one named in the same sentence.
   */
  private lastOrganization(token: number, noun: string, said: number): number | null {
    const sentence = this.ctx.tokens[token]?.sentence ?? 0;
    const lex = this.ctx.lexFor(sentence);
    const stem = lex.definiteStem(noun);
    const media = MEDIA_WORDS.some((w) => noun.includes(w));
    const mediumOnly = MEDIUM_ONLY_WORDS.some((w) => noun.includes(w));
    const english = lex.englishKinds.get(stem);
    let last: number | null = null;
    let englishHit: number | null = null;
    let lastSentence = -1;
    let lastFirst = -1;
    for (let t = token - 1; t >= 0; t--) {
      const e = entityAt(this.ctx, t);
      if (e < 0) continue;
      // "Ringkøbing-Skjern Kommune har regnet på det. Ifølge kommunen ...": a municipality the article names as a place
      // by a name that holds the noun.
      if (entityType(this.ctx, e) === 'place') {
        const place = this.ctx.mentions[this.ctx.mentionAt[t]]!;
        if (stem.length > 0 && place.text.toLowerCase().includes(stem)) return e;
        // "in the London Borough of Hillingdon ... The council said": by the English head of its name too.
        if (english !== undefined && english.includes(englishHead(this.ctx.entities[e]!.name.toLowerCase()))) return e;
        t = place.firstToken;
        continue;
      }
      if (entityType(this.ctx, e) !== 'organization') continue;
      // The English name or the article's own ("retten" of "Borgarting lagmannsrett"), or the description the name
      // stands in apposition to ("Det islandske sivilforsvaret, Almannavarnir", "instituttet (Veðurstofa Íslands)").
      const m = this.ctx.mentions[this.ctx.mentionAt[t]]!;
      t = m.firstToken; // one look per mention, not per word of it
      // The medium spoken to is none of them ("DAO oplyser til Ritzau, at selskabet ..."), but for a word for a medium
      // ("..., sier han til Fyens Stiftstidende. ..., skriver avisen").
      // Also after its article ("In a statement to the London Stock Exchange, the company said"); not the source of
      // "according to".
      const article = this.ctx.tokens[m.firstToken - 1]?.text.toLowerCase() === 'the' ? 1 : 0;
      const to = m.firstToken - 1 - article;
      if (!media && SPOKEN_TO.has(this.ctx.tokens[to]?.text.toLowerCase() ?? '') && !this.afterAccording(to + 1, lex)) continue;
      // Nor a photo credit's agency ("Photograph: Tom Whitfield/EPA").
      if (this.datelineMedium(m) || !this.ctx.isContent(this.ctx.tokens[m.firstToken]!.start, this.ctx.tokens[m.endToken - 1]!.end)) continue;
      // Nor one the quotation it attributes names ("We will continue to work with CMS," the company said).
      if (this.attributedQuote(t, token)) continue;
      // Nor, for a company's noun, a person's party in parentheses ("Næringsminister Cecilie Myrseth (Ap) ... Ifølge
      // Reuters, som viser til en uttalelse fra selskapet").
      // Nor a medium reporting the story ("Bakers Delight will raise ..., the Australian Financial Review reported").
      if (lex.companyNouns.nouns.has(noun) && (this.partyLabel(m) || this.reporting(m, lex))) continue;
      // "the EU police agency": a name before a compound of organization nouns only describes another body (not "the
      // Liberal party said", where the noun is its own).
      const next = this.ctx.tokens[m.endToken], after = this.ctx.tokens[m.endToken + 1];
      if (next && after && /^\p{Ll}/u.test(next.text) && lex.orgNouns.has(next.text) && lex.orgNouns.has(after.text)) continue;
      // Nor does a name that only qualifies a compound's head ("nye EU-tollsatser ..., ifølge selskapet"), but for a word
      // for a body ("Orkla-konsernet").
      if (next?.compound === 'hyphen' && after !== undefined && !lex.isOrgNoun(after.text.toLowerCase())) continue;
      const link = this.ctx.tokens[m.firstToken - 1]?.text;
      // "Selskapet Norsk Kjernekraft ... Ifølge selskapet": also a body the noun introduced right before its name.
      const described = ((link === ',' || link === '(') && this.ctx.tokens[m.firstToken - 2]?.text.toLowerCase().includes(stem) === true) ||
        (lex.lang !== 'en' && link?.toLowerCase() === noun) ||
        // Only the last body named: an earlier one's description does not outrank it ('Eskom, the state power company').
        (last === null && this.describedAfter(m.endToken, stem, lex));
      // A known body's English name says its kind too, by its head ("partiet": Socialist Left Party; not "foreningen":
      // Court of Justice of the European Union).
      const name = this.ctx.entities[e]!.name.toLowerCase();
      if (name.includes(stem) || m.text.toLowerCase().includes(stem) || described) return e;
      // "..., skriver Dagens Næringsliv. Ifølge avisen har Tullverket ...": a medium that passed a statement on, past
      // bodies named since.
      if (mediumOnly && this.media.has(e)) return e;
      // Only where no body further back is named with the noun itself ("Forsvarsdepartementet ... Pentagon ...
      // Departementet").
      if (english !== undefined && englishHit === null && english.includes(englishHead(name))) englishHit = e;
      // A company's noun stands for no other kind of body ("selskapet" is not "Fellesforbundet");
      // nor, unless the noun is for a medium, is a source a medium passes on ("Ifølge Reuters, som siterer kilder i
      // selskapet").
      const source = (): boolean => !media && this.sourceName(m.firstToken, lex);
      // A government is no body named otherwise ("SAS flew to Moscow. The government believes that ...").
      if (last === null && !source() && !otherBody(m.text.toLowerCase(), noun, lex) && !lex.governments.has(noun)) {
        last = e;
        lastSentence = this.ctx.tokens[t]!.sentence;
        lastFirst = m.firstToken;
      }
    }
    if (englishHit !== null) return englishHit;
    // "..., the country's electoral commission said. ... The Malawi Electoral Commission ...": a lede's body named only
    // after it, by a name that holds the noun, where none is named before it.
    const ahead = last === null ? this.organizationAhead(token, stem, sentence) : null;
    if (ahead !== null) return ahead;
    if (lex.orgNounsByName.has(noun)) return null;
    // "Også Unicef slår alarm: Ifølge barnefondet ...": one named in the same sentence; a compound also one named in
    // the sentence it attributes ("Arla Foods lukker ... Det oplyser mejerikoncernen"). A compound names a kind
    // ("forsvarsdepartementet"), which an organization further back is too seldom; a body's document is no compound.
    const compound = !lex.orgNouns.has(noun) && !lex.sourceDocuments.has(noun);
    if (lastSentence === sentence || (compound && lastSentence === said)) return last;
    // "Ifølge Finans Norge sendte bankene ... Interesseorganisasjonen mener at": a compound whose head says only that
    // it is an association is the body that spoke just before (not "forsvarsdepartementet", a kind of its own).
    if (compound) {
      const association = ASSOCIATION_HEADS.some((head) => noun.endsWith(head));
      if (!association) return null;
      // Or the one the sentence before opens with as its subject ("Dansk Industri (DI) kalder udskydelsen et dårligt
      // signal. Ifølge erhvervsorganisationen ...").
      const opened = last !== null && lastSentence === sentence - 1 && this.openingEntity(lastSentence) === last ? last : null;
      return this.lastSpeaker(sentence, 1, (e) => entityType(this.ctx, e) === 'organization') ?? opened;
    }
    // "X la fram rapporten. Ifølge rapporten ...": a document is the last named body's; a judgment a court's, where one
    // is named ("Østre Landsret afsagde dom i sagen mod Danske Bank. Ifølge dommen ...").
    if (lex.sourceDocuments.has(noun)) return (lex.judgments.has(noun) ? this.lastCourt(token) : null) ?? this.documentAuthor(last, lastSentence);
    // An organization that just spoke before one merely named ("The Border Guard said ... at the Vaalimaa crossing.
    // According to the agency, ..."); not before one that opens its sentence as its subject ("Transnet said ... The ANC
    // did not respond ... The party has said").
    // "Hos Landbrug & Fødevarer ser man anderledes på det. Organisationen siger": so does one whose people's view the
    // sentence before opens with.
    if (last !== null && lastSentence === sentence - 1 && (this.openingEntity(lastSentence) === last || this.viewOf(lastSentence) === last)) return last;
    // "..., said Laura Benton, a spokeswoman for Cal-Maine Foods. ... The company reported": a body whose spokesperson
    // spoke in the sentence that names it spoke itself, after any other.
    if (last !== null && this.spokenFor(lastFirst, lastSentence, lex)) return last;
    const spoke = this.lastSpeaker(sentence, ROLE_REACH, (e) => entityType(this.ctx, e) === 'organization');
    return spoke ?? last;
  }
}

/** The longest short name of a party after a person's name ("Frp", "KrF", "ALT"). */
const PARTY_LABEL_CHARS = 3;

/** The heads of Norwegian and Danish compounds that name an association of any kind ("interesseorganisasjonen"). */
const ASSOCIATION_HEADS = ['organisasjonen', 'organisationen', 'foreningen', 'forbundet'];

/** Whether a company's noun cannot stand for a name as written: one of another kind of body ("Fellesforbundets"). */
function otherBody(name: string, noun: string, lex: SpeechLexicon): boolean {
  if (!lex.companyNouns.nouns.has(noun)) return false;
  const own = name.replace(/['’]?s$/u, '');
  return lex.companyNouns.otherBodies.some((ending) => own.endsWith(ending));
}

/** The head noun of an English name: the word before its first "of", else its last word before any parenthesis. */
function englishHead(name: string): string {
  const words = name.replace(/\s*\(.*$/u, '').split(' ');
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}
