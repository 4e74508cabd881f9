import { lexicon, type Lexicon } from '../lexicon.js';
import { readDataJson } from '../resources.js';
import type { Lang, Resources } from '../types.js';
import { remember } from '../memo.js';

type Gender = 'm' | 'f';

/** The keys of `data/lang/<lang>/speech.json`: word lists, lower case, multi-word entries with single spaces. */
interface SpeechFile {
  /** Speech and opinion verbs in the forms news use; particle verbs as "la til", "peget på". */
  verbs: string[];
  /** Participles among them ("sagt", "udtalt"): the subject stands before the auxiliary. */
  participles: string[];
  /** Cues that take a clause without "at"/"that" ("mener uttalelsen ..."). */
  bareComplement: string[];
  /** Cues that take a clause without "that" only when an auxiliary follows soon ("insisted the setback was"), since
   * they also take a plain object ("announced a new package"). */
  bareWithAuxiliary?: string[];
  /** Cues that attribute quotes but report no clause ("kalte den «...»", "spør"). */
  quoteOnly: string[];
  /** Verbs of media passing a report on ("skriver CNN"). */
  relayVerbs: string[];
  /** Cues whose speaker is the object, passed on by the subject ("quoted as saying": "TASS quoted X as saying"). */
  objectSpeakerCues?: string[];
  /** Cues whose speaker follows the particle ("lyder det fra FN-chefen"). */
  speakerAfterParticle?: string[];
  /** Cues whose object is the one spoken to, before a clause without "that" ("told Reuters she would"). */
  addressedCues?: string[];
  /** Cues that tell the one spoken to to act, whose object an infinitive follows ("urged the ministry to review"). */
  directiveCues?: string[];
  namedSubjectCues?: string[];
  /** "..., adding that": participles that continue the subject of the cue before. */
  coordinateCues: string[];
  /** Cues that also take an amount as their object ("adds more solar power to its grid"). */
  amountCues?: string[];
  complementizers: string[];
  /** Subject words that open a reported clause after any cue, without "that" ("confirmed it had ..."). */
  clauseSubjects?: string[];
  /** Words before "at" that make it no complementizer ("etter at"). */
  notComplementAfter: string[];
  /** Words right after a cue that make it no speech ("sier seg selv", "legger til grunn"). */
  notSpeechAfter: string[];
  /** A decision a cue announces, not speech ("sa mandag nei til", "said yes to"). */
  decisions?: string[];
  /** Cues that propose an act when an infinitive follows ("foreslår derfor å øke skatten"), no statement. */
  proposals?: { verbs: string[]; infinitive: string };
  /** Nouns for a company, and the endings of names of other kinds of body a company noun never stands for ("selskapet" is no "Fellesforbundet"). */
  companyNouns?: { nouns: string[]; otherBodies: string[] };
  /** Cues that report only after an organization's name, a medium's ("RTÉ understands that"), not a person's thought. */
  organizationCues?: string[];
  /** The English words for the kind of body a Norwegian or Danish noun's stem names ("parti": party), as in a known body's English name. */
  englishKinds?: Record<string, string[]>;
  /** "ifølge", "according to". */
  according: string[];
  /** "som siterer", "quoting": the next link of a relay chain. */
  quoting: string[];
  /**
   * "kilder", "sources": nouns for people a relay cites without naming them ("citing two sources at the ministry"); not
   * "officials", who speak for the body they are at.
   */
  unnamedSources?: string[];
  /** Words of a time relative to an event ("days after", "kort tid etter"): the units or quantities, and the links. */
  relativeTimes?: { units: string[]; links: string[] };
  /** "seen by": after a source's document, the medium that passes it on ("a WHO report seen by Reuters"). */
  seenBy?: string[];
  /** Nouns for a medium, which a medium's name may stand before ("the Interfax news agency", "the Nikkei business daily"). */
  mediumNouns?: string[];
  aux: string[];
  /** Adverbs that may stand between a subject and its verb, or a verb and its clause. */
  adverbs: string[];
  /** Prepositions that, before a number, say about how many ("About 500 people took part"): no phrase of their own. */
  approximators?: string[];
  /** Titles of those who comment on a body from outside ("analyst", "økonom"): none speaks for it. */
  observers?: string[];
  /** Prepositions that, opening a sentence before a body's name, put its people's view ("Hos Landbrug & Fødevarer ser man"). */
  amongLinks?: string[];
  /** Times that may stand between a cue and its clause ("said Tuesday the ..."). */
  timeWords: string[];
  /** Nouns by which a place's government speaks for the place ("the regional government said", "Jordans regering"). */
  governments: string[];
  /**
   * Nouns for a government proper (not "authorities", which the annotators leave unnamed), and the prepositions between
   * one and its place ("the regional government in Sakha", "regjeringen på Island").
   */
  placeGovernments?: { nouns: string[]; links: string[] };
  /** Nouns by which a person's own staff speaks for the person ("Polis' office said"). */
  personOffices?: string[];
  /** Plural nouns for a body's staff, who speak as the body after its genitive ("Pagasa's forecasters warned"). */
  staffNouns?: string[];
  /** The months, and the prepositions that date by them or by a year ("i november 2020", "in 2019"). */
  months: string[];
  dateLinks: string[];
  /** Words that end a speaker's noun phrase ("sier Ydstebø til TV 2"). */
  boundaries: string[];
  prepositions: string[];
  /** Prepositions that tie a title to the organization after it ("vicedirektør i Søfartsstyrelsen", "chief executive at Acme"). */
  roleLinks: string[];
  determiners: string[];
  /** Indefinite articles: "en talsperson", "a spokesman" point to no one in particular. */
  indefinites: string[];
  /** "den såkalte «Carlsen-effekten»", "so-called "peace dividend"": words before a quoted term, which nobody says. */
  termMarkers?: string[];
  /** "A spokesperson for X said": titles of those who speak for an organization, and so as it. */
  spokespeople?: string[];
  /** "Nordfôr-sjefen": words for the head of a body, any of which a title of the body's head holds ("daglig leder"). */
  heads?: string[];
  /** "An Irdai official said": words for an unnamed member who, after an indefinite article and a body's name, speaks as it. */
  bodyMembers?: string[];
  conjunctions: string[];
  contrast: string[];
  /** Words that open a subordinate clause ("Mens Rusland oplyser, at ..., viser ..."). */
  subordinators: string[];
  /** "X, som sa at": relative pronouns that stand for the name before them. */
  relatives: string[];
  /** "ifølge politiets egne tall": adjectives between a source's genitive and the noun it owns. */
  sourceAdjectives?: string[];
  /** "A statement from the hospital said": documents whose author, named after "from", speaks through them. */
  documentNouns?: string[];
  /** Documents a body issues, which speak for it after "ifølge"/"according to" ("ifølge dommen": the court). */
  sourceDocuments?: string[];
  /** Of those, a court's ("dommen", "the ruling"). */
  judgments?: string[];
  /** Words in the names of courts ("court", "tingrett", "landsret"), lower case. */
  courtWords?: string[];
  /** The prepositions that name a document's author ("a statement from", "en uttalelse fra"). */
  documentLinks?: string[];
  /** "..., the statement said": a phrase for the statement just reported, which speaks for its speaker. */
  statementNouns?: string[];
  /** "Hos Coop forventer man": a pronoun for the people of the organization the sentence opens at. */
  impersonals?: string[];
  /** Participles that report only as an impersonal passive ("It is understood that"). */
  impersonalPassives?: string[];
  /** The prepositions that open such a sentence ("hos"). */
  impersonalLinks?: string[];
  /**
   * Verbs that mostly take "at" and an infinitive ("har lovet at behandle"): their "at" opens a clause only after a
   * comma ("lovede, at regeringen ..."). Danish only: Norwegian writes the infinitive with "å".
   */
  infinitiveVerbs?: string[];
  /** Words after which "at" marks an infinitive, not a clause ("opfordrer regeringen til at stille krav"). Danish only. */
  infinitiveLinks?: string[];
  /**
   * Words of quantity shaped like an infinitive, which open a clause after "at" ("mener at flere skoler ..."). Danish
   * only: there "at" without a comma before an infinitive marks it ("forventer at åbne").
   */
  quantifiers?: string[];
  /** "Det sa X": words that point back to what was just said. */
  anaphors: string[];
  /** Subject pronouns with gender (or pl). */
  pronouns: Record<string, Gender | 'pl'>;
  /** "jeg", "vi", "I", "we": the speaker's own words, never who is attributed. */
  firstPersonPronouns?: string[];
  /** Danish "hvis" ("whose") before a noun, which is also "if": a relative only after a name and its comma. */
  possessiveRelatives?: string[];
  /** "up", "opp": words that open a comparison after a source's comma (", up from 13 trillion"), no clause of its own. */
  comparisonOpeners?: string[];
  comparisonModifiers?: string[];
  /** Cues that are nouns too ("estimate", "claim"): nouns after a determiner and an adjective ("an initial estimate"). */
  nounCues?: string[];
  /** English -ing cues that report only after a comma (", ruling that"), else a noun or an adjective ("the ruling party"). */
  commaParticiples?: string[];
  /** Titles that stand for others, by stem: "statsråden" is any "minister", "topchefen" ("chef") the "direktør". */
  roleSynonyms?: Record<string, string[]>;
  /** "it": the pronoun an organization is spoken of by. */
  organizationPronouns?: string[];
  /** Object pronouns after "ifølge" ("ifølge ham"). */
  objectPronouns: Record<string, Gender | 'pl'>;
  /** Possessive pronouns ("Her message to Ruto was blunt: "..."") with gender (or pl). */
  possessivePronouns?: Record<string, Gender | 'pl'>;
  /** Role nouns that can stand for a person ("talsmannen"), with an inherent gender where they have one. */
  roles: { stem: string; gender?: Gender }[];
  /** Endings of the definite singular ("talsmann-en"): a title that points back to someone named. */
  definiteSuffixes: string[];
  /** Plural endings ("forhandler-ne", "negotiator-s"): a group, which names no one. */
  pluralSuffixes: string[];
  /** Nouns that stand for the organization last named ("nyhetsbyrået", "the agency"). */
  orgNouns: string[];
  /** Nouns for an organization that name one only when its name holds them or they describe it ("retten" of
   * "Borgarting lagmannsrett"); else an unnamed one ("politiet"). */
  orgNounsByName?: string[];
  /** Words that extend a title backwards ("Deputy Defence Minister", "chief negotiator"). */
  modifiers: string[];
  /** Endings of definite nouns for a person ("svensker-en", "nordmann-en"): they point back to someone named. */
  personEndings: string[];
  /** Nouns for a person an article meets without naming ("a local angler", "en pensjonist"); compounds end in one. */
  unnamedPersonNouns?: string[];
  /** Phrases by which one who speaks stays unnamed ("asked not to be named", "ikke ønsker å stå fram med navn"). */
  anonymity?: string[];
}

/** A speech or opinion cue: the verb form first, then particle words that must follow it ("la til", "peget på"). */
export interface Cue {
  words: string[];
  /** The words after the verb, and all words joined by spaces: precomputed, cues are matched at nearly every token. */
  particle: string[];
  text: string;
  participle: boolean;
  /** May take a clause without "at"/"that" ("Han mener uttalelsen ..."). */
  bare: boolean;
  /** `bare` only before a clause with an auxiliary within a few words. */
  bareNeedsAuxiliary: boolean;
  /** Attributes quotes but introduces no reported clause ("kalte den «...»"). */
  quoteOnly: boolean;
  /** The verb of a medium passing on a report ("skriver CNN"): its subject relays. */
  relay: boolean;
  /** "..., adding that": a participle whose subject is that of the cue before it. */
  coordinate: boolean;
  /** "TASS quoted Peskov as saying": the speaker stands between the verb and its particle, and the subject relays. */
  objectSpeaker: boolean;
  /** "lyder det fra X": the speaker follows the particle. */
  speakerAfterParticle: boolean;
  /** "told Reuters she would": a named addressee may stand before the clause. */
  addressed: boolean;
  /** "urged the ministry to review every permit that expires": after the infinitive, "that" opens no report. */
  directive: boolean;
  /** "X minner om at": a report only when its subject names someone ("Saken minner om at" is a likeness). */
  namedSubject: boolean;
}

/** The marks of a word in SpeechLexicon.markWords. */
export const CUE_WORD = 1;
export const SOURCE_WORD = 2;

export interface RoleWord {
  stem: string;
  /** The whole compound without its definite ending, where the title is its head ("europaminister" of "europaministeren"). */
  compound?: string;
  gender?: Gender;
  /** "talsmannen", "forhandlingslederen": a definite form, which points back to someone already named. */
  definite: boolean;
}

export interface SpeechLexicon {
  lang: Lang;
  /** Cues by their first word, longest first. */
  cues: Map<string, Cue[]>;
  complementizers: string[][];
  /** "confirmed it had ...": subject words that open a clause after any cue. */
  clauseSubjects: Set<string>;
  notComplementAfter: Set<string>;
  according: string[][];
  /** The `according` phrases joined by spaces, as a draft's cue names them. */
  accordingCues: Set<string>;
  /** The first words of the `according` phrases. */
  accordingStarts: Set<string>;
  /** Cue words (CUE_WORD) and the first words of the `according` phrases (SOURCE_WORD) in one map, for the look-up of
   * every token of every sentence whether it is worth the finders' look. */
  markWords: Map<string, number>;
  quoting: string[][];
  unnamedSources: Set<string>;
  seenBy: string[][];
  mediumNouns: string[][];
  relativeTimes: { units: Set<string>; links: Set<string> };
  aux: Set<string>;
  adverbs: Set<string>;
  approximators: Set<string>;
  observers: Set<string>;
  amongLinks: Set<string>;
  amountCues: Set<string>;
  boundaries: Set<string>;
  determiners: Set<string>;
  indefinites: Set<string>;
  termMarkers: Set<string>;
  conjunctions: Set<string>;
  contrast: Set<string>;
  subordinators: Set<string>;
  /** "X, som sa at": the relative pronoun stands for the name before it. */
  relatives: Set<string>;
  /** "ifølge politiets egne tall": adjectives between a source's genitive and the noun it owns. */
  sourceAdjectives: Set<string>;
  /** "A statement from the hospital said": documents whose author, named after "from", speaks through them. */
  documentNouns: Set<string>;
  sourceDocuments: Set<string>;
  judgments: Set<string>;
  courtWords: string[];
  /** The prepositions that name a document's author ("a statement from", "en uttalelse fra"). */
  documentLinks: Set<string>;
  /** "..., the statement said": phrases for the statement just reported, as word lists. */
  statementNouns: string[][];
  /** "Hos Coop forventer man": a pronoun for the people of the organization the sentence opens at. */
  impersonals: Set<string>;
  /** Participles that report only as an impersonal passive ("It is understood that"). */
  impersonalPassives: Set<string>;
  /** The prepositions that open such a sentence ("hos"). */
  impersonalLinks: Set<string>;
  /** Verbs whose "at" opens a clause only after a comma (see the file's field). */
  infinitiveVerbs: Set<string>;
  /** Words after which "at" marks an infinitive (see the file's field). */
  infinitiveLinks: Set<string>;
  /** Words of quantity that open a clause after "at" (see the file's field). */
  quantifiers: Set<string>;
  /** Words for a kind of place after its name, which the name's mention leaves out ("Bergen kommune"; entity-rules.json). */
  placeKinds: Set<string>;
  /** Words for a kind of place before "of" and its name ("the city of Barre"; entity-rules.json's placeIntroducers). */
  placeOfNouns: Set<string>;
  /** Letters of an office or honour after a person's name, which its mention leaves out ("Jane Smith MP"; entity-rules.json). */
  postNominals: Set<string>;
  /** Particles of personal names ("von der Leyen"), which a surname's mention may leave out (translit/name-particles.json). */
  nameParticles: Set<string>;
  prepositions: Set<string>;
  /** See the file's `roleLinks`. */
  roleLinks: Set<string>;
  spokespeople: Set<string>;
  heads: Set<string>;
  bodyMembers: Set<string>;
  /** Whether a word is the plural of one for a body's members ("officials"). */
  bodyMembersPlural(word: string): boolean;
  /** "Det sier seg selv", "legger til grunn", "sier noe om": a word, or two, after the verb that make it no speech. */
  notSpeechAfter: Set<string>;
  /** The first words of the two-word entries of `notSpeechAfter`, which alone are asked for their second word. */
  notSpeechPairStarts: Set<string>;
  decisions: string[][];
  proposals: { verbs: Set<string>; infinitive: string };
  companyNouns: { nouns: Set<string>; otherBodies: string[] };
  englishKinds: Map<string, string[]>;
  organizationCues: Set<string>;
  /** "said Tuesday the troops ...": times between a cue and its clause. */
  timeWords: string[][];
  governments: Set<string>;
  placeGovernments: { nouns: Set<string>; links: Set<string> };
  /** A government's noun, or a Norwegian or Danish compound ending in one ("regionalregeringen"). */
  isPlaceGovernment(word: string): boolean;
  personOffices: Set<string>;
  staffNouns: Set<string>;
  months: Set<string>;
  dateLinks: Set<string>;
  anaphors: Set<string>;
  pronouns: Map<string, Gender | 'pl'>;
  firstPersonPronouns: Set<string>;
  possessiveRelatives: Set<string>;
  comparisonOpeners: Set<string>;
  /** Words that grade a comparison before its opener ("well above", "far below"). */
  comparisonModifiers: Set<string>;
  nounCues: Set<string>;
  commaParticiples: Set<string>;
  /** Whether a title's text holds the title of the stem or one it stands for. */
  holdsTitle(text: string, stem: string): boolean;
  organizationPronouns: Set<string>;
  /** "ifølge ham", "according to her". */
  objectPronouns: Map<string, Gender | 'pl'>;
  /** "his", "hennes": whose words a colon introduces after "Her message was blunt:". */
  possessivePronouns: Map<string, Gender | 'pl'>;
  /** Both lists of organization nouns. */
  orgNouns: Set<string>;
  /** Whether a word is an organization noun, also at the end of a Norwegian or Danish compound ("barnefondet"). */
  isOrgNoun(word: string): boolean;
  orgNounsByName: Set<string>;
  modifiers: Set<string>;
  /** "svenskeren", "treneren": a definite noun for a person, named nowhere else. */
  isPersonNoun(word: string): boolean;
  /** "angler", "pensjonist", "småbarnsmor": a noun for a person met unnamed (lower case). */
  isUnnamedPersonNoun(word: string): boolean;
  /** "asked not to be named", "ikke ønsker å stå fram med navn": phrases by which one who speaks stays unnamed. */
  anonymity: string[][];
  roleOf(word: string): RoleWord | undefined;
  /** A form of address before a name ("Ms", "Dr.", "fru"). */
  honorific(word: string): boolean;
  /** How many words from `start` a title of several words takes ("chief executive", "chief of staff"), else 0. */
  titleWords(words: readonly string[], start: number): number;
  /** The most words a listed title has ("chief of the general staff"). */
  maxTitleWords: number;
  /** Whether a title of several words may start with this word: only the first word of a listed one does. */
  opensTitleOfWords(word: string): boolean;
  /** "MPs", "officials", "forhandlerne": the plural of a title or role, a group that names no one. */
  isGroupNoun(word: string): boolean;
  /** A noun without its definite ending ("forbundet" → "forbund"); English nouns as they are. */
  definiteStem(word: string): string;
}

/** A stem that ends in a doubled consonant ("landsrett" of "landsretten"). */
const DOUBLED_END = /([bdfgklmnprstv])\1$/u;

/** The shortest first part of a compound whose head is an organization noun ("barne|fondet"). */
const MIN_COMPOUND_HEAD = 3;
/** Bounds the memo of role look-ups over a long run (distinct words keep coming). */
const ROLE_MEMO_LIMIT = 50_000;

const words = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/u).filter((w) => w !== '');
const byLengthDesc = (a: string[], b: string[]): number => b.length - a.length;

/** A suspended compound's first part and the word it shares its head with: "helse- og omsorgsminister". */
const SUSPENDED = /(\p{L}+)-\s+(?:og|and|eller|or)\s+(\p{L}+)/gu;

/**
 * Whether a title's text (lower case) names a title: as written, or as a suspended compound's first part with the head
 * of the word after it ("helse- og omsorgsminister" names "helseminister").
 */
function namesTitle(text: string, title: string): boolean {
  if (text.includes(title)) return true;
  if (!text.includes('-')) return false;
  for (const [, part, whole] of text.matchAll(SUSPENDED)) {
    if (title.length > part!.length && title.startsWith(part!) && whole!.endsWith(title.slice(part!.length))) return true;
  }
  return false;
}

/** English nouns for a person of a trade or field ("pharmacist", "technician"), at least so long. */
const TRADE_NOUN_ENDING = /(?:ist|ian)$/u;
const MIN_TRADE_NOUN = 7;

function build(lang: Lang, file: SpeechFile, titles: Lexicon): SpeechLexicon {
  const participles = new Set(file.participles);
  const bare = new Set(file.bareComplement);
  const bareWithAuxiliary = new Set(file.bareWithAuxiliary ?? []);
  const quoteOnly = new Set(file.quoteOnly);
  const relay = new Set(file.relayVerbs);
  const coordinate = new Set(file.coordinateCues);
  const objectSpeaker = new Set(file.objectSpeakerCues ?? []);
  const speakerAfter = new Set(file.speakerAfterParticle ?? []);
  const addressed = new Set(file.addressedCues ?? []);
  const directive = new Set(file.directiveCues ?? []);
  const namedSubject = new Set(file.namedSubjectCues ?? []);
  const cues = new Map<string, Cue[]>();
  for (const phrase of file.verbs) {
    const w = words(phrase);
    const cue: Cue = {
      words: w,
      particle: w.slice(1),
      text: w.join(' '),
      participle: participles.has(w[0]),
      bare: bare.has(phrase) || bare.has(w[0]) || bareWithAuxiliary.has(phrase),
      bareNeedsAuxiliary: !(bare.has(phrase) || bare.has(w[0])) && bareWithAuxiliary.has(phrase),
      quoteOnly: quoteOnly.has(phrase),
      relay: relay.has(phrase),
      coordinate: coordinate.has(phrase),
      objectSpeaker: objectSpeaker.has(phrase),
      speakerAfterParticle: speakerAfter.has(phrase),
      addressed: addressed.has(phrase) || addressed.has(w[0]),
      directive: directive.has(phrase),
      namedSubject: namedSubject.has(phrase),
    };
    const list = cues.get(w[0]) ?? [];
    list.push(cue);
    list.sort((a, b) => byLengthDesc(a.words, b.words));
    cues.set(w[0], list);
  }
  const roles = [...file.roles].sort((a, b) => b.stem.length - a.stem.length);
  const suffixes = ['', ...file.definiteSuffixes];
  const longestSuffixFirst = [...file.definiteSuffixes].sort((a, b) => b.length - a.length);
  // Norwegian and Danish write titles as compounds ("viseforsvarsminister", "forhandlingslederen"); English does not.
  const compounds = lang !== 'en';
  // "biskoppen": the stem's last consonant may be doubled before the ending.
  const endsWithForm = (w: string, stem: string, x: string): boolean => w.endsWith(stem + x) || (compounds && x !== '' && w.endsWith(stem + stem.slice(-1) + x));
  const definite = (w: string, stem: string): boolean => file.definiteSuffixes.some((x) => endsWithForm(w, stem, x));
  const compoundOf = (w: string, stem: string): { compound?: string } => {
    if (!compounds) return {};
    const suffix = [...longestSuffixFirst, ''].find((x) => endsWithForm(w, stem, x));
    const bare = suffix === undefined ? w : w.slice(0, w.length - suffix.length - (w.endsWith(stem + suffix) ? 0 : 1));
    return bare.length > stem.length ? { compound: bare } : {};
  };
  // The speech file's own role words first (they carry the forms that point back), then the shared title list.
  const findRole = (word: string): RoleWord | undefined => {
    const w = word.toLowerCase();
    for (const r of roles) {
      for (const suffix of suffixes) {
        const form = r.stem + suffix;
        const hit = w === form || (compounds ? w.endsWith(form) && w.length - form.length >= 3 : w.endsWith('-' + form));
        if (hit) return { stem: r.stem, ...compoundOf(w, r.stem), gender: r.gender, definite: suffix !== '' };
      }
    }
    const title = titles.title(word);
    if (!title || title.honorific) return undefined;
    const stem = title.title.split(' ').pop()!;
    // "the negotiators", "forhandlerne": a group, which names no one.
    if (file.pluralSuffixes.some((x) => w.endsWith(stem + x)) && !definite(w, stem)) return undefined;
    return { stem, ...compoundOf(w, stem), gender: title.gender, definite: w !== stem && definite(w, stem) };
  };
  // Compound splitting is the costly part and the same words recur: remember each word's answer.
  const known = new Map<string, RoleWord | undefined>();
  const allOrgNouns = new Set([...file.orgNouns, ...(file.orgNounsByName ?? [])]);
  const placeGovernmentList = file.placeGovernments?.nouns ?? [];
  const placeGovernmentNouns = new Set(placeGovernmentList);
  const bodyMembers = new Set(file.bodyMembers ?? []);
  const unnamedPersonNouns = new Set(file.unnamedPersonNouns ?? []);
  const orgNounMemo = new Map<string, boolean>();
  const roleOf = (word: string): RoleWord | undefined => {
    return known.has(word) ? known.get(word) : remember(known, word, findRole(word), ROLE_MEMO_LIMIT);
  };
  // As the shared lexicon's titleAt rules out a title of several words, before any words are gathered to ask it.
  const titleStarts = new Set([...titles.titles.keys()].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]!));
  const accordingStarts = new Set(file.according.map((p) => words(p)[0]!));
  const markWords = new Map<string, number>();
  for (const word of cues.keys()) markWords.set(word, CUE_WORD);
  for (const word of accordingStarts) markWords.set(word, (markWords.get(word) ?? 0) | SOURCE_WORD);
  const entityRules = readDataJson<{ placeKinds?: string[]; postNominals?: string[]; placeIntroducers?: string[] }>('lang', lang, 'entity-rules.json');
  return {
    lang,
    cues,
    complementizers: file.complementizers.map(words).sort(byLengthDesc),
    clauseSubjects: new Set(file.clauseSubjects ?? []),
    notComplementAfter: new Set(file.notComplementAfter),
    according: file.according.map(words).sort(byLengthDesc),
    anonymity: (file.anonymity ?? []).map(words),
    accordingCues: new Set(file.according.map((p) => words(p).join(' '))),
    accordingStarts,
    markWords,
    quoting: file.quoting.map(words).sort(byLengthDesc),
    unnamedSources: new Set(file.unnamedSources ?? []),
    seenBy: (file.seenBy ?? []).map(words).sort(byLengthDesc),
    mediumNouns: (file.mediumNouns ?? []).map(words),
    relativeTimes: { units: new Set(file.relativeTimes?.units ?? []), links: new Set(file.relativeTimes?.links ?? []) },
    aux: new Set(file.aux),
    adverbs: new Set(file.adverbs),
    approximators: new Set(file.approximators ?? []),
    observers: new Set(file.observers ?? []),
    amongLinks: new Set(file.amongLinks ?? []),
    amountCues: new Set(file.amountCues ?? []),
    boundaries: new Set(file.boundaries),
    determiners: new Set(file.determiners),
    indefinites: new Set(file.indefinites),
    termMarkers: new Set(file.termMarkers ?? []),
    conjunctions: new Set(file.conjunctions),
    contrast: new Set(file.contrast),
    subordinators: new Set(file.subordinators),
    relatives: new Set(file.relatives),
    sourceAdjectives: new Set(file.sourceAdjectives ?? []),
    documentNouns: new Set(file.documentNouns ?? []),
    sourceDocuments: new Set(file.sourceDocuments ?? []),
    judgments: new Set(file.judgments ?? []),
    courtWords: file.courtWords ?? [],
    documentLinks: new Set(file.documentLinks ?? []),
    statementNouns: (file.statementNouns ?? []).map(words),
    impersonals: new Set(file.impersonals ?? []),
    impersonalPassives: new Set(file.impersonalPassives ?? []),
    impersonalLinks: new Set(file.impersonalLinks ?? []),
    infinitiveVerbs: new Set(file.infinitiveVerbs ?? []),
    infinitiveLinks: new Set(file.infinitiveLinks ?? []),
    quantifiers: new Set(file.quantifiers ?? []),
    placeKinds: new Set(entityRules.placeKinds ?? []),
    placeOfNouns: new Set((entityRules.placeIntroducers ?? []).map((p) => p.split(' ')).filter((p) => p.length === 2 && p[1] === 'of').map((p) => p[0]!)),
    postNominals: new Set(entityRules.postNominals ?? []),
    nameParticles: new Set(readDataJson<{ particles: string[] }>('translit', 'name-particles.json').particles),
    prepositions: new Set(file.prepositions),
    roleLinks: new Set(file.roleLinks),
    spokespeople: new Set(file.spokespeople ?? []),
    heads: new Set(file.heads ?? []),
    bodyMembers,
    notSpeechAfter: new Set(file.notSpeechAfter),
    notSpeechPairStarts: new Set(file.notSpeechAfter.filter((x) => x.includes(' ')).map((x) => x.split(' ')[0]!)),
    decisions: (file.decisions ?? []).map(words),
    proposals: { verbs: new Set(file.proposals?.verbs ?? []), infinitive: file.proposals?.infinitive ?? '' },
    companyNouns: { nouns: new Set(file.companyNouns?.nouns ?? []), otherBodies: file.companyNouns?.otherBodies ?? [] },
    englishKinds: new Map(Object.entries(file.englishKinds ?? {})),
    organizationCues: new Set(file.organizationCues ?? []),
    timeWords: file.timeWords.map(words).sort(byLengthDesc),
    governments: new Set(file.governments),
    placeGovernments: { nouns: placeGovernmentNouns, links: new Set(file.placeGovernments?.links ?? []) },
    isPlaceGovernment: (word) => placeGovernmentNouns.has(word) || (compounds && placeGovernmentList.some((g) => word.length > g.length + 2 && word.endsWith(g))),
    personOffices: new Set(file.personOffices ?? []),
    staffNouns: new Set(file.staffNouns ?? []),
    months: new Set(file.months),
    dateLinks: new Set(file.dateLinks),
    anaphors: new Set(file.anaphors),
    pronouns: new Map(Object.entries(file.pronouns)),
    firstPersonPronouns: new Set(file.firstPersonPronouns ?? []),
    possessiveRelatives: new Set(file.possessiveRelatives ?? []),
    comparisonOpeners: new Set(file.comparisonOpeners ?? []),
    comparisonModifiers: new Set(file.comparisonModifiers ?? []),
    nounCues: new Set(file.nounCues ?? []),
    commaParticiples: new Set(file.commaParticiples ?? []),
    holdsTitle: (text, stem) => {
      const lower = text.toLowerCase();
      return namesTitle(lower, stem) || (file.roleSynonyms?.[stem] ?? []).some((other) => namesTitle(lower, other));
    },
    organizationPronouns: new Set(file.organizationPronouns ?? []),
    objectPronouns: new Map(Object.entries(file.objectPronouns)),
    possessivePronouns: new Map(Object.entries(file.possessivePronouns ?? {})),
    orgNouns: allOrgNouns,
    isOrgNoun: (word) => {
      if (allOrgNouns.has(word)) return true;
      if (!compounds) return false;
      if (!orgNounMemo.has(word)) remember(orgNounMemo, word, file.orgNouns.some((n) => word.length - n.length >= MIN_COMPOUND_HEAD && word.endsWith(n)), ROLE_MEMO_LIMIT);
      return orgNounMemo.get(word) === true;
    },
    orgNounsByName: new Set(file.orgNounsByName ?? []),
    bodyMembersPlural: (word) => word.endsWith('s') && bodyMembers.has(word.slice(0, -1)),
    modifiers: new Set(file.modifiers),
    definiteStem: (word) => {
      const w = word.toLowerCase();
      const suffix = longestSuffixFirst.find((x) => w.length > x.length + 2 && w.endsWith(x));
      const stem = suffix ? w.slice(0, -suffix.length) : w;
      // Danish doubles a short vowel's consonant before the ending: "landsretten" is "landsret".
      return suffix && lang === 'da' && DOUBLED_END.test(stem) ? stem.slice(0, -1) : stem;
    },
    isGroupNoun: (word) => {
      const w = word.toLowerCase();
      return roleOf(word) === undefined && file.pluralSuffixes.some((x) => w.length > x.length + 1 && w.endsWith(x) && roleOf(w.slice(0, -x.length)) !== undefined);
    },
    isPersonNoun: (word) => /^\p{Ll}+$/u.test(word) && file.personEndings.some((x) => word.length > x.length + 2 && word.endsWith(x)),
    // Norwegian and Danish compounds end in the noun ("småbarnsmor"); English ones are written apart, and an English
    // noun of a trade or a field is one too ("pharmacist", "librarian"), if long enough to be no "list" or "twist".
    isUnnamedPersonNoun: (word) =>
      unnamedPersonNouns.has(word) || (lang === 'en' ? word.length >= MIN_TRADE_NOUN && TRADE_NOUN_ENDING.test(word) : (file.unnamedPersonNouns ?? []).some((x) => word.length > x.length + 2 && word.endsWith(x))),
    roleOf,
    honorific: (word) => titles.title(word)?.honorific === true,
    titleWords: (words, start) => {
      const title = titles.titleAt(words, start);
      return title && title.length > 1 ? title.length : 0;
    },
    maxTitleWords: Math.max(...[...titles.titles.keys()].map((t) => t.split(' ').length)),
    opensTitleOfWords: (word) => {
      const w = word.toLowerCase();
      return titleStarts.has(w) || w.includes(' ');
    },
  };
}

/** The speech cues of one language, from `data/lang/<lang>/speech.json`, loaded once per Resources. */
export function speechLexicon(res: Resources, lang: Lang): SpeechLexicon {
  return res.get(`statements-speech-${lang}`, () => {
    const file = readDataJson<SpeechFile>('lang', lang, 'speech.json');
    return build(lang, file, lexicon(res, lang));
  });
}
