/**
 * The words the span rules decide by, read once per language and cached so that every rule consults the same lists
 * (data/lang/<lang>/entity-rules.json, name particles, common words, month and weekday names), and the tests on a
 * single word that the rules share.
 */
import { remember } from '../../memo.js';
import { readDataJson, readDataLines } from '../../resources.js';
import type { EntityType, Gazetteer, Lang, Resources } from '../../types.js';

export interface RuleWords {
  orgIntroducers: Set<string>;
  /** Whether a lower-case word is an introducer or a compound ending in one ("sportsavis"); see `isIntroducer`. */
  introducer(word: string): boolean;
  /** How compounds naming a national institution, one of its kind, open ("nasjonal", "riks"), in lower case. */
  nationalPrefixes: string[];
  /** The introducers themselves, in lower case ("selskapet", "avisen"), not the compounds ending in them. */
  introducers: ReadonlySet<string>;
  productCues: Set<string>;
  /** Words for a storm before its name, or opening it in English ("Typhoon Dalisay", "ekstremværet Ingunn"). */
  eventHeads: Set<string>;
  /** Lower-case words after a name that make it a disease's ("Nipah virus", "Lassa fever"): no entity. */
  diseaseHeads: Set<string>;
  possessives: Set<string>;
  companySuffixes: Set<string>;
  institutionHeads: Set<string>;
  /** Titles only a company's or a body's leaders hold ("administrerende direktør", "koncernchef"). */
  executiveTitles: Set<string>;
  /** Norwegian and Danish adjectives of a nation or region that open bodies' names ("Danske Filminstruktører"). */
  nationalAdjectives: Set<string>;
  /** Words that join an institution's head to the capitalised rest of its name ("of", and in English "for", "on"). */
  institutionLinks: Set<string>;
  /** Capitalised words that end a place's name after capitalised words ("Norwegian Sea", "Gulf of" aside). */
  placeHeads: Set<string>;
  /** Capitalised words that end the name of a natural or built feature or a territory ("Kanlaon Volcano", "Vaal Dam"). */
  naturalHeads: Set<string>;
  /** Prepositions of place before a town's name ("i", "på", "mot", "ved"; nb, da). */
  locativePrepositions: Set<string>;
  /** Names a company has alone that are a place's after an article ("the Amazon"; en). */
  articledPlaces: Set<string>;
  /** Words before a platform named as the channel of a statement ("på Telegram", "on X"). */
  channelLinks: Set<string>;
  /** Social platforms, as written: never entities. */
  channels: Set<string>;
  /** Platforms whose names are also common words or letters ("X", "Signal"): no entity after a channel link only. */
  linkedChannels: Set<string>;
  /** Words a unit's name follows ("degrees Celsius"). */
  measureWords: Set<string>;
  /** Capitalised words that end a name of an event, a prize, a law or a product ("Winter Olympics", "Civil Code"). */
  nonEntityHeads: Set<string>;
  /**
   * Heads of a law's, a treaty's, a prize's, a cup's or a dynasty's name ("Aarhus Convention", "Nobel Prize"), which the
   * gold counts as no entity even when the tagger takes it for one; not a body's ("World Food Programme"). Each is
   * also among `nonEntityHeads`, so that no rule adds such a name either.
   */
  documentHeads: Set<string>;
  /** Lower-case words that end a known organization's name as English writes it ("the Scottish government"). */
  lowerCaseOrgHeads: Set<string>;
  /** Lower-case nouns after a name, the article before, that make it a body's ("the ruling Morena party"). */
  bodyKindsAfter: Set<string>;
  /** Capitalised words that end a numbered unit's name, which its ordinal opens ("45th Panzer Brigade"). */
  numberedUnits: Set<string>;
  /** Letters after a person's name for an office or honour ("KC", "MP"), as written: no part of the name. */
  postNominals: Set<string>;
  /** A peer's style before a surname alone, which is the name the peer goes by ("Lord Reed", "Lady Gregory"). */
  peerageTitles: Set<string>;
  /** Capitalised words that head a broadcaster's name before a capitalised word or a number ("TV Syd", "TV 2 Øst"). */
  mediaHeads: Set<string>;
  /** Last words of a newspaper's or journal's name, which English writes with its "The" ("The Korea Herald"). */
  newspaperHeads: Set<string>;
  /** Endings of one-word Norwegian and Danish newspaper names ("Folketidende", "Aftenposten"), in lower case. */
  newspaperEndings: string[];
  /** Phrases before a source, as lower-case word lists ("ifølge", "according to"). */
  sourceLinks: string[][];
  /** Capitalised words ending the name of a war, a day or a sports event named by its place ("the Ukraine War"). */
  happeningHeads: Set<string>;
  /**
   * Names that the national bodies of many countries bear alike ("Supreme Court", "Senate"), as written: such a name
   * that is known under no other is the body of the country the article is about (normalize).
   */
  sharedBodyNames: Set<string>;
  /** Words that open a campaign's or charity's name, as word lists ("Save the"); the name after them is its. */
  campaignOpeners: string[][];
  /** Words for a kind of place before its name, as lower-case word lists ("town of", "byen"). */
  placeIntroducers: string[][];
  /** Phrases after which a name the tagger took for a place is a company's ("a stake in", "en eierandel i"). */
  companyIntroducers: string[][];
  /** The last words of `placeIntroducers` ("of", "byen"). */
  placeIntroducerEnds: Set<string>;
  /** Lower-case words after a place's name that say what kind of place it is ("kommune", "province"). */
  placeKinds: Set<string>;
  /** Lower-case nouns that name a part of a place before its name, no body of it ("Mainland China", "Downtown Manhattan"). */
  placeParts: Set<string>;
  /**
   * Definite nouns that, capitalised before "i" and a place, name an institution with its seat ("Retten i Glostrup"), each
   * with the English name of such an institution, `{seat}` standing for its seat's ("{seat} District Court").
   */
  seatedInstitutions: Map<string, string>;
  /** Lower-case words after a place's name that make the two an organization's name ("Innlandet politidistrikt"). */
  placeBodies: Set<string>;
  /**
   * Lower-case words for a military or civil airfield, a base or a stadium that, after a place's name, make the two one
   * place ("Ørland flystasjon", "Bislett stadion"), and capitalised open one ("Flyvestation Skrydstrup").
   */
  placeFacilities: Set<string>;
  /** Lower-case words for a street or a square that make one place with a capitalised name before ("Karl Johans gate"). */
  streetWords: Set<string>;
  /** Definite forms that end a one-word name of a street or a square ("Rådhusplassen"). */
  streetEndings: string[];
  /** Capitalised words that close an English street's or square's name ("Street", "Avenue", "Square"). */
  streetHeads: Set<string>;
  /** English names of the bodies a place's name and a lower-case word name ("kommune" → "{place} Municipality"). */
  bodyNames: Map<string, string>;
  /** Like `placeBodies`, except after "i", where they say what kind of place it is ("Tromsø kommune innfører", "i Vinje kommune"). */
  localBodies: Set<string>;
  /**
   * A ministry's English name by the lower-case word that names it (the stem "forsvars" with an ending "departement",
   * "ministeriet", ...): "forsvarsdepartement" → "Ministry of Defence".
   */
  ministry(word: string): string | undefined;
  /** What a relative pronoun after a name tells of its type ("which": an organization). */
  relativeTypes: Map<string, EntityType>;
  /** Words that open a subordinate clause, "at" and "that" among them (data/lang/<lang>/speech.json). */
  subordinators: Set<string>;
  /** Nouns that stand for an organization (data/lang/<lang>/speech.json orgNouns: "operator", "regulator"). */
  orgNouns: Set<string>;
  /** Prepositions (speech.json), which no name opens with at a sentence start ("Hos | Danske Rederier"). */
  prepositions: Set<string>;
  /** One-word times a statement may carry ("today", "monday"), lower case. */
  timeWords: Set<string>;
  /** The first words of the speech verbs (data/lang/<lang>/speech.json), lower case. */
  speechVerbs: Set<string>;
  /** Words for one who speaks for an organization (speech.json spokespeople: "spokesperson", "talsmann"). */
  spokespeople: Set<string>;
  /** Lower-case titles of one who heads or speaks for a body, written between its name and theirs (entity-rules bodyTitles: "chief executive"). */
  bodyTitles: Set<string>;
  /** Titles abbreviated in capitals, as written before a holder's name (entity-rules abbreviatedTitles: "MLA", "DCP"). */
  abbreviatedTitles: Set<string>;
  /** Lower-case kinds of a place's institution written after its name, as words (entity-rules lowerCaseInstitutions: "high court"). */
  lowerCaseInstitutions: string[][];
  /** Names of diseases, substances and systems, as written, that are no entity (gazetteer/non-entities.txt: "ADHD"). */
  nonEntities: Set<string>;
  /**
   * First words of Romance institutions' names, lower case and without accents, or with them where they alone tell the
   * word from an English one (gazetteer/foreign-institution-heads.txt).
   */
  foreignInstitutionHeads: Set<string>;
  /** One-word names of languages in the language ("Gujarati", "Hausa"), from the runtime's ICU data; none for nb/da. */
  languages: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  particles: Set<string>;
  common: Set<string>;
}

/** Lower-case words inside foreign organization names besides personal-name particles ("Gazzetta dello Sport"). */
const NAME_INNER_WORDS = ['dello', 'degli', 'dei', 'delle', 'des', 'de la', 'y', 'e', 'für', 'und'];

/** Month names, and in English their short forms too ("Dec 3" in a dateline; Norwegian and Danish ones end in a dot). */
function monthNames(lang: Lang): string[] {
  const names = (month: 'long' | 'short'): string[] => {
    const format = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2020, m, 1))).toLowerCase());
  };
  return lang === 'en' ? [...names('long'), ...names('short'), 'sept'] : names('long');
}

/** English one-word names of the languages with ISO 639-1 codes ("Gujarati", "Sinhala"). */
function languageNames(): Set<string> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) for (const b of letters) {
    const name = names.of(a + b);
    if (name && !name.includes(' ')) out.add(name);
  }
  return out;
}

function weekdayNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, d) => format.format(new Date(Date.UTC(2020, 5, 1 + d))).toLowerCase());
}

/** The shortest introducer that may end a compound ("sportsavis" ends in "avis"). */
const MIN_INTRODUCER_HEAD = 4;
/** Words remembered per language before the memo starts over (as the lexicon's). */
const MEMO_LIMIT = 100_000;

export function isIntroducer(words: RuleWords, word: string | undefined): boolean {
  return word !== undefined && words.introducer(word);
}

/** `RuleWords.introducer`, remembered per word: the rules ask it of most words, and every ending is tried. */
function introducerTest(introducers: ReadonlySet<string>): (word: string) => boolean {
  const heads = [...introducers].filter((cue) => cue.length >= MIN_INTRODUCER_HEAD);
  const memo = new Map<string, boolean>();
  const test = (word: string): boolean => {
    if (!/^\p{Ll}/u.test(word)) return false;
    if (introducers.has(word)) return true;
    return heads.some((cue) => word.length > cue.length + 1 && word.endsWith(cue));
  };
  return (word) => memo.get(word) ?? remember(memo, word, test(word), MEMO_LIMIT);
}

/** `RuleWords.ministry` over stems and endings: every compound of the two, looked up whole. */
function ministryNames(stems: Record<string, string>, endings: readonly string[]): (word: string) => string | undefined {
  const names = new Map<string, string>();
  for (const [stem, name] of Object.entries(stems)) for (const ending of endings) names.set(stem + ending, name);
  return (word) => names.get(word);
}

export function ruleWords(res: Resources, lang: Lang): RuleWords {
  return res.get(`entity-rules:${lang}`, () => {
    const rules = readDataJson<{
      orgIntroducers: string[]; productCues: string[]; eventHeads?: string[]; diseaseHeads?: string[]; possessives: string[]; companySuffixes: string[]; executiveTitles?: string[]; nationalAdjectives?: string[]; institutionHeads?: string[];
      institutionLinks?: string[]; placeHeads?: string[]; naturalHeads?: string[]; channelLinks?: string[]; channels?: string[]; linkedChannels?: string[];
      measureWords?: string[]; postNominals?: string[]; peerageTitles?: string[]; nonEntityHeads?: string[]; documentHeads?: string[]; lowerCaseOrgHeads?: string[]; bodyKindsAfter?: string[]; numberedUnits?: string[]; mediaHeads?: string[]; newspaperHeads?: string[]; newspaperEndings?: string[]; sourceLinks?: string[]; nationalPrefixes?: string[]; happeningHeads?: string[]; sharedBodyNames?: string[]; campaignOpeners?: string[]; placeIntroducers?: string[]; companyIntroducers?: string[]; locativePrepositions?: string[]; articledPlaces?: string[]; placeKinds?: string[]; placeParts?: string[]; seatedInstitutions?: Record<string, string>; placeBodies?: string[]; placeFacilities?: string[]; streetWords?: string[]; streetEndings?: string[]; streetHeads?: string[]; localBodies?: string[]; bodyNames?: Record<string, string>; ministries?: Record<string, string>; ministryEndings?: string[]; relativeTypes?: Record<string, EntityType>; bodyTitles?: string[]; lowerCaseInstitutions?: string[]; abbreviatedTitles?: string[];
    }>('lang', lang, 'entity-rules.json');
    const particles = readDataJson<{ particles: string[] }>('translit', 'name-particles.json');
    const common = readDataLines('gazetteer', `common-${lang}.txt`);
    const speech = readDataJson<{ verbs: string[]; orgNouns: string[]; timeWords: string[]; prepositions: string[]; spokespeople?: string[]; subordinators?: string[]; complementizers?: string[] }>('lang', lang, 'speech.json');
    const introducers: ReadonlySet<string> = new Set(rules.orgIntroducers);
    return {
      orgIntroducers: new Set(rules.orgIntroducers),
      introducer: introducerTest(introducers),
      introducers,
      nationalPrefixes: rules.nationalPrefixes ?? [],
      productCues: new Set(rules.productCues),
      eventHeads: new Set(rules.eventHeads ?? []),
      diseaseHeads: new Set(rules.diseaseHeads ?? []),
      possessives: new Set(rules.possessives),
      companySuffixes: new Set(rules.companySuffixes),
      executiveTitles: new Set(rules.executiveTitles ?? []),
      nationalAdjectives: new Set(rules.nationalAdjectives ?? []),
      institutionHeads: new Set(rules.institutionHeads ?? []),
      institutionLinks: new Set(rules.institutionLinks ?? ['of']),
      placeHeads: new Set(rules.placeHeads ?? []),
      naturalHeads: new Set(rules.naturalHeads ?? []),
      locativePrepositions: new Set(rules.locativePrepositions ?? []),
      articledPlaces: new Set(rules.articledPlaces ?? []),
      channelLinks: new Set(rules.channelLinks ?? []),
      channels: new Set(rules.channels ?? []),
      linkedChannels: new Set(rules.linkedChannels ?? []),
      measureWords: new Set(rules.measureWords ?? []),
      postNominals: new Set(rules.postNominals ?? []),
      peerageTitles: new Set(rules.peerageTitles ?? []),
      nonEntityHeads: new Set(rules.nonEntityHeads ?? []),
      documentHeads: new Set(rules.documentHeads ?? []),
      lowerCaseOrgHeads: new Set(rules.lowerCaseOrgHeads ?? []),
      bodyKindsAfter: new Set(rules.bodyKindsAfter ?? []),
      numberedUnits: new Set(rules.numberedUnits ?? []),
      mediaHeads: new Set(rules.mediaHeads ?? []),
      newspaperHeads: new Set(rules.newspaperHeads ?? []),
      newspaperEndings: rules.newspaperEndings ?? [],
      sourceLinks: (rules.sourceLinks ?? []).map((phrase) => phrase.split(' ')),
      happeningHeads: new Set(rules.happeningHeads ?? []),
      sharedBodyNames: new Set(rules.sharedBodyNames ?? []),
      campaignOpeners: (rules.campaignOpeners ?? []).map((phrase) => phrase.split(' ')),
      placeIntroducers: (rules.placeIntroducers ?? []).map((phrase) => phrase.split(' ')),
      companyIntroducers: (rules.companyIntroducers ?? []).map((phrase) => phrase.split(' ')),
      placeIntroducerEnds: new Set((rules.placeIntroducers ?? []).map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1))),
      placeKinds: new Set(rules.placeKinds ?? []),
      placeParts: new Set(rules.placeParts ?? []),
      seatedInstitutions: new Map(Object.entries(rules.seatedInstitutions ?? {})),
      placeBodies: new Set(rules.placeBodies ?? []),
      placeFacilities: new Set(rules.placeFacilities ?? []),
      streetWords: new Set(rules.streetWords ?? []),
      streetEndings: rules.streetEndings ?? [],
      streetHeads: new Set(rules.streetHeads ?? []),
      localBodies: new Set(rules.localBodies ?? []),
      bodyNames: new Map(Object.entries(rules.bodyNames ?? {})),
      ministry: ministryNames(rules.ministries ?? {}, rules.ministryEndings ?? []),
      relativeTypes: new Map(Object.entries(rules.relativeTypes ?? {})),
      orgNouns: new Set(speech.orgNouns),
      prepositions: new Set(speech.prepositions),
      subordinators: new Set([...(speech.subordinators ?? []), ...(speech.complementizers ?? []).filter((c) => !c.includes(' '))]),
      timeWords: new Set(speech.timeWords.filter((t) => !t.includes(' '))),
      speechVerbs: new Set(speech.verbs.map((v) => v.split(' ')[0]!)),
      spokespeople: new Set(speech.spokespeople ?? []),
      bodyTitles: new Set(rules.bodyTitles ?? []),
      abbreviatedTitles: new Set(rules.abbreviatedTitles ?? []),
      lowerCaseInstitutions: (rules.lowerCaseInstitutions ?? []).map((phrase) => phrase.split(' ')),
      nonEntities: new Set(readDataLines('gazetteer', 'non-entities.txt')),
      foreignInstitutionHeads: new Set(readDataLines('gazetteer', 'foreign-institution-heads.txt')),
      languages: lang === 'en' ? languageNames() : new Set(),
      months: new Set(monthNames(lang)),
      weekdays: new Set(weekdayNames(lang)),
      particles: new Set([...particles.particles, ...NAME_INNER_WORDS]),
      common: new Set(common),
    };
  });
}

/** Whether a word begins with a capital; ASCII, most words, without a regex. */
export function capitalised(w: string | undefined): boolean {
  if (w === undefined || w.length === 0) return false;
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(w);
}

export function isDateWord(words: RuleWords, word: string): boolean {
  const lower = word.toLowerCase();
  return words.months.has(lower) || words.weekdays.has(lower);
}

/** English numbers written as capitalised words ("World War Two", "One MEP"). */
export const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/u;

/** English articles and demonstratives, which open a sentence before a name without being part of it. */
export const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Marks after which a capitalised word may be the first of a quotation or a dash line. */
export const OPENING_MARKS = new Set(['"', '«', '»', '“', '„', '–', '—', '-', '(']);

/** A possessive ending written as its own word ("Commissioner 's Office"). */
export const POSSESSIVE_WORDS = new Set(["'s", '’s', "'", '’']);

export const PHRASE_CONJUNCTIONS = new Set(['and', 'og', '&']);

/** A word in capitals only: an acronym ("NNF", "ADHD"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** An acronym long enough to be an organization's short name ("CPRE", "ARECOMS"). */
export const NAME_ACRONYM = /^\p{Lu}{3,8}$/u;

/**
 * A company's name written in camel case ("EuroChem", "ArcelorMittal"): capitalised parts run together, each of more
 * than one letter; not a surname's prefix before its capital ("McCarthy", "DeSantis", "LaGuardia").
 */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|St)\p{Lu}/u;

/**
 * Whether a word the gazetteer does not know is a name in camel case that only a company's is: not a surname's prefix
 * before its capital, nor a given name written so ("LeeAnn", "MaryAnn"). Its shape is tested first, before any look-up.
 */
export function camelCaseCompany(word: string, gaz: Gazetteer, lang: Lang): boolean {
  if (!CAMEL_CASE.test(word) || SURNAME_PREFIX.test(word)) return false;
  const firstPart = word.slice(0, word.slice(1).search(/\p{Lu}/u) + 1);
  return !gaz.givenName(firstPart) && gaz.lookup(word, lang).length === 0;
}

/** Roads named by their number: European routes ("E6", "E18"), and in Britain A roads and motorways ("A66", "M62"). */
export const EUROPEAN_ROUTE = /^E\d{1,3}$/u;
export const BRITISH_A_ROAD = /^A\d{1,4}$/u;
export const BRITISH_MOTORWAY = /^M\d{1,3}$/u;

/** First words of a place's name ("East Kalimantan", "Mount Etna", "Outer Hebrides"). */
export const PLACE_OPENERS = new Set(['North', 'South', 'East', 'West', 'Central', 'Upper', 'Lower', 'Outer', 'Inner', 'Greater', 'Mount', 'Lake', 'Cape', 'County', 'Isle', 'Ilha', 'Salar', 'Near', 'Far', 'River']);
