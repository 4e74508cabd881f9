/**
 * One name, one reading per article: what the article's other mentions tell of a name the tagger cut, left out or
 * mistyped in one place (a longer name written again, a lone surname, a one-word name echoed, an organization's first
 * word alone), and a capitalised word opening a sentence that the article writes as a common word elsewhere.
 */
import { inNonContent } from '../clean.js';
import { gazetteer as gazetteerOf } from '../gazetteer.js';
import { genitiveToken } from '../genitive.js';
import { organizationWord } from '../lexicon.js';
import { spanRules } from '../ner/span-rules.js';
import { writtenInLowerCase } from '../ner/features.js';
import { ruleWords } from '../ner/span-rules/words.js';
import { knowledgeSources, loadModel } from '../ner/tagger.js';
import type { ArticleDoc, EntityType, Lang, Mention, Resources, Token } from '../types.js';
import { nameRules } from './rules.js';

/** wink's parts of speech of a common word. */
const COMMON_TAGS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

/**
 * Endings of a Norwegian or Danish noun's definite, plural and genitive forms, longest first, each with what its stem
 * may have lost ("klagen" of "klage", "leira" of "leire", "præsters" of "præst"); a definite form is also known by its
 * plural ("aksjen" of "aksjer").
 */
const NOUN_ENDINGS: readonly { ending: string; restore: readonly string[] }[] = [
  { ending: 'enes', restore: ['', 'e'] },
  { ending: 'ernes', restore: ['', 'e'] },
  { ending: 'erne', restore: ['', 'e'] },
  { ending: 'ene', restore: ['', 'e', 'er'] },
  { ending: 'ers', restore: ['', 'e'] },
  { ending: 'ens', restore: ['', 'e'] },
  { ending: 'ets', restore: ['', 'e'] },
  { ending: 'en', restore: ['', 'e', 'er'] },
  { ending: 'et', restore: ['', 'e', 'er'] },
  { ending: 'a', restore: ['', 'e', 'er'] },
];
/** The shortest common noun that heads a compound read as one ("politik" of "Lokalpolitik"; not "strøm" of the surname "Lindstrøm"). */
const MIN_COMPOUND_HEAD = 6;
/** The shortest stem an inflected form is read from ("sol" of "Sola"). */
const MIN_NOUN_STEM = 3;

/**
 * Whether a Norwegian or Danish word is an inflected form of a word that the word lists or the tagger's training text
 * write in lower case: "Striden" of "strid", "Klagen" of "klage", "Præsters" of "præst".
 */
function inflectedCommonWord(lower: string, isCommon: (word: string) => boolean): boolean {
  for (const { ending, restore } of NOUN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < MIN_NOUN_STEM) continue;
    if (restore.some((r) => isCommon(stem + r))) return true;
  }
  return false;
}

/**
 * A lone capitalised word opening a sentence that the article writes in lower case elsewhere is a common word
 * ("Negotiators ... the negotiators", "Streik i Widerøe: ... ut i streik"), as is one opening an English headline that
 * the English word lists know as a common word and not as a name; unless the gazetteer knows it as a name.
 */
export function commonWordsAtStart(doc: ArticleDoc, mentions: readonly Mention[], res: Resources): Set<Mention> {
  const tokens = doc.tokens ?? [];
  // Made only for an article with a candidate: most have none.
  let lowerWords: Set<string> | undefined;
  // A sentence's first word, also after the speech dash or quotation mark that opens it ("– Fondet skal ...").
  const sentenceStarts = new Set<number>();
  for (const s of doc.sentences ?? []) {
    sentenceStarts.add(s.firstToken);
    const opener = tokens[s.firstToken]?.kind;
    if (opener === 'dash' || opener === 'quote') sentenceStarts.add(s.firstToken + 1);
  }
  const out = new Set<Mention>();
  const lang = doc.language?.article;
  if (!lang || lang === 'und') return out;
  const { gazetteer, englishWordTags, englishLexicon } = knowledgeSources(res, lang).sources;
  const paragraphs = doc.language?.paragraphs ?? [];
  const sentences = doc.sentences ?? [];
  const speechVerbs = ruleWords(res, lang).speechVerbs;
  // A Norwegian or Danish "person" that is a noun's inflected form ("Striden har ...", "– Leira er ..."); not a
  // patronymic surname ("Hansen" is no form of "hans").
  const inflectedAtStart = (word: string): boolean => {
    if (lang === 'en' || /sen$/u.test(word)) return false;
    const vocabulary = loadModel(res, lang).vocabulary;
    const rules = spanRules(res, lang);
    const isCommon = (w: string): boolean => writtenInLowerCase(vocabulary, w) || rules.common(w);
    // The word itself, too ("Logning"), or a compound on such a word ("Lokalpolitik"), where it is no surname the name
    // lists know.
    const lower = word.toLowerCase();
    const compound = (): boolean => {
      for (let k = 2; k <= lower.length - MIN_COMPOUND_HEAD; k++) if (isCommon(lower.slice(k))) return true;
      return false;
    };
    return inflectedCommonWord(lower, isCommon) || ((isCommon(lower) || compound()) && !nameRules(res).knownSurname(word));
  };
  // An English headline's first word that is a common word, and no name, by the word lists ("Campaigners cautious").
  const commonInHeading = (m: Mention, lower: string): boolean => {
    if (!englishWordTags || !paragraphs[sentences[tokens[m.firstToken]!.sentence]?.paragraph ?? -1]?.heading) return false;
    const tag = englishWordTags.get(lower) ?? (lower.endsWith('s') ? englishWordTags.get(lower.slice(0, -1)) : undefined);
    return tag !== undefined && COMMON_TAGS.has(tag) && englishLexicon?.[lower] === undefined;
  };
  // "Exporters said", "Anglers say": an English noun's plural opening a sentence, which no word list knows as a name;
  // not an adjective's ("Nationals", "Greens": parties), nor a word of a name the article writes ("Manuel Robles Ortega").
  const pluralNounAtStart = (m: Mention, lower: string): boolean => {
    if (!englishWordTags || !/^\p{Ll}{4,}s$/u.test(lower) || englishLexicon?.[lower] !== undefined) return false;
    if (englishWordTags.get(lower.slice(0, -1)) !== 'NOUN') return false;
    return !mentions.some((o) => o !== m && o.base.split(' ').includes(m.base) && o.base !== m.base);
  };
  for (const m of mentions) {
    if (m.endToken - m.firstToken !== 1 || !sentenceStarts.has(m.firstToken)) continue;
    const lower = m.base.toLowerCase();
    if (lower === m.base) continue;
    // A surname may be a word too ("Berg"): a "person" is the word ("Streik i Widerøe: ...") only when it is no given
    // name and the article names no one else so, nor anyone in full with it.
    // Another mention so written counts where it does not open a sentence too ("Signalkreps funnet i ... Signalkreps ble
    // satt ut ...": the word twice).
    if (m.type === 'person' && (gazetteer?.givenName(m.base) || mentions.some((o) => o !== m && !(o.base === m.base && sentenceStarts.has(o.firstToken)) && (o.base === m.base || o.base.endsWith(` ${m.base}`))))) continue;
    lowerWords ??= new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    // A surname that is a noun's form ("Haugen", "Bakken") is still a name before a speech verb ("Haugen mener ...").
    const speaks = speechVerbs.has(tokens[m.endToken]?.text.toLowerCase() ?? '');
    const common = lowerWords.has(lower) || commonInHeading(m, lower) || (m.type === 'person' && !speaks && inflectedAtStart(tokens[m.firstToken]!.text)) || pluralNounAtStart(m, lower);
    if (!common) continue;
    // A small town the gazetteer knows by the word does not keep it ("Gypsum dissolves ... the gypsum beneath").
    const known = gazetteer?.lookup(m.base, lang) ?? [];
    const smallTown = known.every((e) => e.type === 'place' && e.place?.kind === 'city' && (e.population ?? 0) < LARGE_CITY) && lowerWords.has(lower);
    if (known.length > 0 && !smallTown) continue;
    out.add(m);
  }
  return out;
}

/** Whether the mention names a country or a large city right after a preposition ("travels to Montenegro"). */
export function majorPlaceAfterPreposition(doc: ArticleDoc, m: Mention, res: Resources): boolean {
  const lang = doc.language?.article;
  if (!lang || lang === 'und' || !ruleWords(res, lang).prepositions.has(doc.tokens?.[m.firstToken - 1]?.text.toLowerCase() ?? '')) return false;
  const place = knowledgeSources(res, lang).sources.gazetteer?.lookup(m.base, lang)[0];
  return place?.type === 'place' && (place.place?.kind === 'country' || (place.population ?? 0) >= LARGE_CITY);
}

/** Prepositions that say where something is ("i Årdal", "på Herøya", "in Mosul"). */
const LOCATIVES = new Set(['i', 'på', 'in', 'at']);

/** A city this large named like a person's surname is still the city. */
const LARGE_CITY = 100_000;
/** A word in capitals only. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** The shortest surname taken up where the tagger left it out. */
const MIN_SURNAME = 3;
/** The shortest first word of an organization's name taken up alone as its short form. */
const MIN_SHORT_FORM = 4;

/** The index of the token that starts (or, with `end`, ends) at a character offset, or -1. */
function tokenAt(tokens: readonly Token[], offset: number, end = false): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = end ? tokens[mid]!.end : tokens[mid]!.start;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * Each place the article writes one of its names of several words again, where the tagger read only part of it or
 * read it as something else ("NHO" of "NHO Luftfart" at a sentence start; "Ekpan Marine Services oplyser" read as
 * "Marine Services", a person): the name, as the article names it elsewhere. A mention that runs past it is left.
 */
function wholeNames(doc: ArticleDoc, mentions: readonly Mention[], longer: ReadonlyMap<string, EntityType>, res: Resources, lang: Lang): Mention[] {
  const tokens = doc.tokens ?? [];
  let out = mentions as Mention[];
  const gazetteer = knowledgeSources(res, lang).sources.gazetteer;
  const orgWord = organizationWord(res, lang);
  const localBodies = ruleWords(res, lang).localBodies;
  // A person's full name inside ("Statistisk sentralbyrå Hiroshi Tanaka", a tagger's run-on) is no part of a longer
  // name; "Marine Services" of "Ekpan Marine Services" ends in an organization word and is.
  const fullPerson = (m: Mention): boolean => {
    const words = m.base.split(' ');
    return m.type === 'person' && words.length > 1 && gazetteer?.givenName(words[0]!) !== undefined && !words.some((w) => orgWord(w.toLowerCase()));
  };
  for (const [name, type] of longer) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const inside = out.filter((m) => m.start < end && m.end > at);
      if (inside.length === 0 || inside.some((m) => m.start < at || m.end > end || (m.start === at && m.base === name) || (type !== 'person' && fullPerson(m)))) continue;
      // Two names joined into one of another kind are only an institution's ("Universitetet i Oslo"); a place or a
      // person so made is more often a tagger's run-on ("Paris Li Wei").
      if (inside.length > 1 && type !== 'organization') continue;
      const first = tokenAt(tokens, at);
      const last = tokenAt(tokens, end, true);
      if (first < 0 || last < 0 || tokens[first]!.compound === 'tail' || /[\p{L}\p{N}]/u.test(doc.text[end] ?? '')) continue;
      // "veier i Bodø kommune" names the place where the article's "Bodø kommune" elsewhere is its body.
      if (localBodies.has(tokens[last]!.text.toLowerCase()) && tokens[first - 1]?.text === 'i') continue;
      out = [...out.filter((m) => !inside.includes(m)), { start: at, end, text: name, type, firstToken: first, endToken: last + 1, base: name, source: 'rule' }];
    }
  }
  return out;
}

/**
 * One name, one reading per article: a mention the tagger cut short where the article writes a longer name of the same
 * words is that name ("NHO" of "NHO Luftfart" at a sentence start), and a lone surname of a person the article names in
 * full is that person where the tagger left it out ("Tjikovani, der var kandidat ..."), unless it is a common word.
 */
export function completeNames(doc: ArticleDoc, mentions: Mention[], res: Resources): Mention[] {
  const tokens = doc.tokens ?? [];
  const lang = doc.language?.article;
  const longer = new Map<string, EntityType>();
  // Also one written only in the genitive ("Prime Minister Sanae Takaichi's government ... Takaichi, who").
  for (const m of mentions) if (m.base.includes(' ') && m.text.startsWith(m.base)) longer.set(m.base, m.type);
  if (!lang || lang === 'und') return mentions;
  const out = wholeNames(doc, mentions, longer, res, lang);
  const covered = new Uint8Array(tokens.length);
  for (const m of out) covered.fill(1, m.firstToken, m.endToken);
  const rules = spanRules(res, lang);
  const gazetteer = knowledgeSources(res, lang).sources.gazetteer;
  const surnames = new Set<string>();
  /**
   * "Tianqi" of "Tianqi Lithium": the first word of an organization's name, by itself, where nothing else claims it and
   * no English word list knows it ("British" of "British Museum" is a word); not a place's before its body's lower-case
   * noun ("Kåfjord" of "Kåfjord kommune").
   */
  const shortForms = new Set<string>();
  const acronyms = new Set<string>();
  const known = (name: string): boolean => gazetteerOf(res).lookup(name, lang).length > 0;
  const english = knowledgeSources(res, 'en').sources;
  for (const [name, type] of longer) {
    const head = name.slice(0, name.indexOf(' '));
    const lower = head.toLowerCase();
    const word = english.englishLexicon?.[lower] !== undefined || english.englishWordTags?.get(lower) !== undefined || rules.common(lower);
    const body = /^\p{Ll}/u.test(name.slice(head.length + 1));
    // The rules' gazetteer, which knows more than the tagger's copy ("Algarve" of "Algarve Tourism Board" is a region).
    if (type === 'organization' && head.length >= MIN_SHORT_FORM && /^\p{Lu}\p{Ll}+$/u.test(head) && !word && !body && !gazetteer?.givenName(head) && !known(head)) shortForms.add(head);
    // "ANA" of "ANA Aeroportos de Portugal": an acronym that opens an organization's name is its short form, whatever
    // given name it spells.
    else if (type === 'organization' && ACRONYM.test(head) && !body && !known(head)) acronyms.add(head);
  }
  /**
   * A one-word organization or place the article names elsewhere, where the tagger left it out here ("Parats leder"
   * ... "Parat har varslet"): one name, one reading per article.
   */
  const echoes = new Map<string, EntityType | null>();
  const paragraphs = doc.language?.paragraphs ?? [];
  const sentences = doc.sentences ?? [];
  const inHeading = (k: number): boolean => paragraphs[sentences[tokens[k]!.sentence]?.paragraph ?? -1]?.heading === true;
  for (const m of mentions) {
    // A headline's names are the tagger's least sure: they are echoed from the body only.
    if (m.endToken - m.firstToken > 2 || !/^\p{Lu}[\p{L}\p{N}]+$/u.test(m.base) || inHeading(m.firstToken)) continue;
    // Only a name the article reads one way, and not the head of a compound, which may stand for something else
    // ("ADHD-foreningen" is an organization, ADHD alone a diagnosis).
    const seen = echoes.get(m.base);
    const clear = m.type !== 'person' && (seen === undefined || seen === m.type) && tokens[m.firstToken]?.compound !== 'head';
    echoes.set(m.base, clear && !gazetteer?.givenName(m.base) ? m.type : null);
  }
  // Nor a word of a person's name ("Matti Virtanen ... Virtanen mener").
  for (const m of mentions) if (m.type === 'person') for (const word of m.base.split(' ')) if (echoes.has(word)) echoes.set(word, null);
  const names = nameRules(res);
  for (const [name, type] of longer) {
    // An East Asian family name comes first ("Lai Ching-te", "Lin Jian" are Lai, Lin).
    const words = name.split(' ');
    if (type !== 'person') continue;
    const eastAsian = words.length === 2 && /-\p{Ll}+$/u.test(words[1]!);
    const surname = eastAsian ? words[0]! : words[words.length - 1]!;
    // "d'Entremont", "al-Sudani", also as they open a sentence: "D'Entremont", "Al-Sudani".
    const elided = /^(?:d['’]|al-|el-)\p{Lu}\p{Ll}/u.test(surname);
    // An East Asian family name is one even where it is a word too ("Park Ji-hoon ... Park said", "Moon Jae-in").
    if (surname.length >= MIN_SURNAME && (elided || /^\p{Lu}\p{Ll}/u.test(surname)) && (eastAsian || !rules.common(surname.toLowerCase())) && !gazetteer?.givenName(surname)) {
      surnames.add(surname);
      if (elided) surnames.add(surname[0]!.toUpperCase() + surname.slice(1));
    }
    // Of two words, the first may be the family name even where it is a given name too ("Lin Jian", "Kim Larsen").
    const first = words[0]!;
    if (words.length === 2 && names.familyFirst(first) && first.length >= MIN_SURNAME && !rules.common(first.toLowerCase())) surnames.add(first);
    // "Debretsion sa ...": a given name alone names the person too, where no word list or gazetteer knows it (a common
    // given name alone may be anyone's, and a known word is more often that word), nor any other word of the name (a
    // name of words is more likely an organization's the tagger took for a person's: "Calder Invest", "Georgisk Drøm").
    const word = (w: string): boolean => rules.common(w.toLowerCase()) || english.englishLexicon?.[w.toLowerCase()] !== undefined || english.englishWordTags?.get(w.toLowerCase()) !== undefined;
    // A town that has the word only among its other names leaves it free ("Dadan", once a name of Al-`Ula).
    const named = gazetteer?.lookup(first, lang).some((e) => e.type !== 'place' || e.name === first || (e.population ?? 0) >= LARGE_CITY);
    const unknown = !gazetteer?.givenName(first) && !word(first) && !named;
    const personal = words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !word(w));
    if (words.length >= 2 && first.length >= MIN_SURNAME && /^\p{Lu}\p{Ll}+$/u.test(first) && !names.familyFirst(first) && unknown && personal) surnames.add(first);
  }
  // A lone surname of a person the article names in full is that person whatever the tagger typed it ("sa Lin" after
  // "Lin Jian"); one ending in s is no genitive of another name ("sier Tverås" after "Anne Berit Tverås", not Tver).
  // One that names a country or a large city is the place after a preposition ("in Montenegro"), the person elsewhere
  // ("Montenegro told lawmakers" after "Prime Minister Luís Montenegro").
  const orgWord = organizationWord(res, lang);
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.base !== m.text && surnames.has(m.text)) {
      out[i] = { ...m, base: m.text, type: 'person' };
      continue;
    }
    if (m.type === 'person' || !surnames.has(m.base)) continue;
    // Not a name a noun for an organization introduces ("industriselskapet Sandvik", "the company Adani").
    const before = tokens[m.firstToken - 1]?.text ?? '';
    if (m.type === 'organization' && /^\p{Ll}/u.test(before) && orgWord(before)) continue;
    if (majorPlaceAfterPreposition(doc, m, res)) continue;
    out[i] = { ...m, type: 'person' };
  }
  // "Boligbygg" after "Boligbygg Oslo KF": the first word of an organization's name, alone, is that organization
  // whatever the tagger typed it (no gazetteer knows the word, see `shortForms`).
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    // After "i", "på" or "in" it is the place the organization is named after ("lokalsamfunnet i Årdal").
    const placed = LOCATIVES.has(tokens[m.firstToken - 1]?.text.toLowerCase() ?? '');
    if (m.type !== 'organization' && m.type !== 'person' && shortForms.has(m.base) && !surnames.has(m.base) && !placed) out[i] = { ...m, type: 'organization' };
    else if (m.type !== 'organization' && acronyms.has(m.base) && !placed) out[i] = { ...m, type: 'organization' };
  }
  // A sentence's first word, also after the speech dash or quotation mark that opens it.
  const opensSentence = (k: number): boolean => {
    const first = sentences[tokens[k]!.sentence]?.firstToken ?? -1;
    return k === first || (k === first + 1 && (tokens[first]?.kind === 'dash' || tokens[first]?.kind === 'quote'));
  };
  const ruleMention = (k: number, base: string, type: EntityType): Mention => {
    const t = tokens[k]!;
    const genitive = base === t.text ? genitiveToken(tokens, k, lang) : undefined;
    const endToken = genitive ? k + 2 : k + 1;
    const end = tokens[endToken - 1].end;
    return { start: t.start, end, text: doc.text.slice(t.start, end), type, firstToken: k, endToken, base, source: 'rule' };
  };
  // "Onsdag møter Carlsen Nakamura": two surnames side by side, each of another person the article names in full, are
  // those two persons, not one.
  const surnameOf = (word: string, except: string): boolean => [...longer].some(([name, type]) => type === 'person' && name !== except && name.endsWith(` ${word}`));
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    const words = m.base.split(' ');
    if (m.type !== 'person' || words.length !== 2 || m.endToken - m.firstToken !== 2 || m.text !== m.base) continue;
    // "Lund Poulsen" after "Troels Lund Poulsen" is his double surname.
    if ([...longer.keys()].some((name) => name !== m.base && name.endsWith(` ${m.base}`))) continue;
    if (!words.every((w) => surnames.has(w) && surnameOf(w, m.base))) continue;
    out.splice(i, 1, ruleMention(m.firstToken, words[0]!, 'person'), ruleMention(m.firstToken + 1, words[1]!, 'person'));
  }
  for (let k = 0; k < tokens.length && (surnames.size || shortForms.size || echoes.size); k++) {
    const t = tokens[k];
    if (covered[k] || t.kind !== 'word' || t.compound === 'tail') continue;
    if (echoes.size > 0 && /^\p{Lu}/u.test(t.text)) {
      // The word itself, or the stem of a Norwegian or Danish genitive when the word is no name of the article's.
      let base = t.text;
      let echo = echoes.get(base);
      if (echo === undefined && lang !== 'en' && base.endsWith('s')) echo = echoes.get((base = base.slice(0, -1)));
      // A word a sentence opens with may be the common word ("Labour costs", "Vejen mellem", "Apple juice").
      const lower = base.toLowerCase();
      // An acronym in capitals is none ("WHO").
      const common = () => !ACRONYM.test(base) && (rules.common(lower) || english.englishLexicon?.[lower] !== undefined || english.englishWordTags?.get(lower) !== undefined);
      if (echo && !(doc.meta && inNonContent(doc.meta, t.start, t.end)) && !(opensSentence(k) && common())) {
        out.push(ruleMention(k, base, echo));
        continue;
      }
    }
    const shortForm = shortForms.has(t.text) && !surnames.has(t.text);
    const stem = lang !== 'en' && t.text.endsWith('s') && surnames.has(t.text.slice(0, -1)) ? t.text.slice(0, -1) : t.text;
    if ((!shortForm && !surnames.has(stem)) || (doc.meta && inNonContent(doc.meta, t.start, t.end))) continue;
    // A family name that is a word too opening a sentence before another noun is the word ("Park rangers found").
    const next = tokens[k + 1]?.text ?? '';
    if (!shortForm && opensSentence(k) && rules.common(stem.toLowerCase()) && /^\p{Ll}/u.test(next) && !ruleWords(res, lang).speechVerbs.has(next)) continue;
    out.push(shortForm ? ruleMention(k, t.text, 'organization') : ruleMention(k, stem, 'person'));
  }
  return out;
}
