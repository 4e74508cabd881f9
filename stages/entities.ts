import { inNonContent } from './clean.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { nameRules } from './names/rules.js';
import { spanRules, type RuleView } from './ner/span-rules.js';
import { knowledgeSources, loadTagger } from './ner/tagger.js';
import type { ArticleDoc, EntityType, Lang, Mention, Resources, Sentence, Token } from './types.js';

/**
 * The tagger's view of a run of content tokens: a compound "Kreml-talsmannen" is shown as "Kreml" "talsmannen" (its
 * hyphen left out), so that the head is tagged on its own, as a name, and never joined to the words after it.
 */
interface View {
  words: string[];
  /** Index into doc.tokens of each word. */
  tokens: number[];
}

function sentenceLang(doc: ArticleDoc, sentence: Sentence): Lang | undefined {
  const lang = doc.language?.paragraphs[sentence.paragraph]?.lang;
  if (lang && lang !== 'und') return lang;
  const article = doc.language?.article;
  return article && article !== 'und' ? article : undefined;
}

/** Runs of consecutive tokens of the sentence that are article content (not credits, bylines or page furniture). */
function contentRuns(doc: ArticleDoc, sentence: Sentence): View[] {
  const tokens = doc.tokens!;
  const runs: View[] = [];
  let run: View = { words: [], tokens: [] };
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i];
    if (doc.meta && inNonContent(doc.meta, token.start, token.end)) {
      if (run.words.length) runs.push(run);
      run = { words: [], tokens: [] };
      continue;
    }
    if (token.compound === 'hyphen') continue;
    // A name never runs over a line break (a headline without final punctuation may share a sentence with the next line).
    if (run.words.length && doc.text.slice(tokens[i - 1].end, token.start).includes('\n')) {
      runs.push(run);
      run = { words: [], tokens: [] };
    }
    run.words.push(token.text);
    run.tokens.push(i);
  }
  if (run.words.length) runs.push(run);
  return runs;
}

const APOSTROPHES = new Set(["'", '’']);
const ENGLISH_POSSESSIVES = new Set(["'s", '’s', "'S", '’S', "'", '’']);

/**
 * How far a mention ending at token `last` extends over a genitive ending written as its own token: English "'s" and
 * "'" ("Financial Times'"), Norwegian and Danish "'" after s/x/z ("Paris'").
 */
function genitiveToken(tokens: readonly Token[], last: number, lang: Lang): Token | undefined {
  if (tokens[last].compound === 'head') return undefined;
  const next = tokens[last + 1];
  if (!next || !next.glued || next.sentence !== tokens[last].sentence) return undefined;
  if (lang === 'en') return ENGLISH_POSSESSIVES.has(next.text) ? next : undefined;
  return APOSTROPHES.has(next.text) && /[sxz]$/iu.test(tokens[last].text) ? next : undefined;
}

/**
 * The name without a Norwegian or Danish genitive -s ("Putins" → "Putin", "Natos" → "Nato"), when the text, the
 * gazetteer or the well-known persons know the stem, or when an organization's name ends in the definite form of a word that names
 * institutions ("Søfartsstyrelsens" → "Søfartsstyrelsen", "Helsedirektoratets"); names that merely end in s ("Paris",
 * "Hans", "Siemens") keep it.
 */
function stripGenitiveS(text: string, type: EntityType, lang: Lang, knownWords: () => ReadonlySet<string>, res: Resources): string {
  if (lang === 'en' || !/\p{L}[^sxz\s]s$/u.test(text)) return text;
  const stem = text.slice(0, -1);
  const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  if (knownWords().has(lastWord(stem))) return stem;
  if (type === 'person' && !stem.includes(' ') && nameRules(res).knownSurname(stem)) return stem;
  if (type === 'organization' && /\p{Ll}(?:et|en)$/u.test(stem) && lexicon(res, lang).orgCue(lastWord(stem).toLowerCase())) return stem;
  const gazetteer = knowledgeSources(res, lang).sources.gazetteer;
  if (gazetteer && !gazetteer.givenName(lastWord(text))) {
    if (gazetteer.lookup(stem, lang).length > 0 || gazetteer.givenName(lastWord(stem))) return stem;
  }
  return text;
}

/**
 * One sense per article: every mention of a name gets the type most of its mentions were tagged with (the first
 * mention's type on a tie), and the end of a person's name named in full is that person: a lone surname ("Kirby" after
 * "John Kirby") or a double one ("Ifølge Vestergaard Riis" after "Peder Vestergaard Riis").
 */
export function oneTypePerName(mentions: Mention[], decided: ReadonlyMap<string, EntityType> = new Map()): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    for (let space = m.base.indexOf(' '); space >= 0; space = m.base.indexOf(' ', space + 1)) surnames.add(m.base.slice(space + 1));
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const tally = votes.get(m.base) ?? new Map<EntityType, number>();
    tally.set(m.type, (tally.get(m.type) ?? 0) + 1);
    votes.set(m.base, tally);
  }
  return mentions.map((m) => {
    const settled = decided.get(m.base);
    if (settled) return settled === m.type ? m : { ...m, type: settled };
    if (surnames.has(m.base)) return { ...m, type: 'person' };
    let best = m.type;
    let bestCount = 0;
    for (const [type, count] of votes.get(m.base)!) if (count > bestCount) [best, bestCount] = [type, count];
    return best === m.type ? m : { ...m, type: best };
  });
}

/**
 * Where a person's name starts once titles and roles are left out ("Deputy Defence Minister Alexander Fomin" →
 * "Alexander Fomin"); `end` when the span is nothing but a title. A title may begin just before the span.
 */
function afterTitles(words: Lexicon, run: readonly string[], start: number, end: number): number {
  let at = start;
  for (let from = Math.max(0, start - 2); from <= at && at < end; from++) {
    const title = words.titleAt(run, from);
    if (title && from + title.length > at) at = Math.min(end, from + title.length);
    else if (from === at && words.title(run[at])) at++;
  }
  return at;
}

/** The tagger's run as the span rules see it. */
function ruleView(doc: ArticleDoc, run: View, sentence: Sentence): RuleView {
  const tokens = doc.tokens!;
  return { words: run.words, tail: run.tokens.map((t) => tokens[t].compound === 'tail'), sentenceStart: run.tokens[0] === sentence.firstToken };
}

/** wink's parts of speech of a common word. */
const COMMON_TAGS = new Set(['NOUN', 'ADJ', 'VERB', 'ADV']);

/**
 * A lone capitalised word opening a sentence that the article writes in lower case elsewhere is a common word
 * ("Negotiators ... the negotiators", "Streik i Widerøe: ... ut i streik"), as is one opening an English headline that
 * the English word lists know as a common word and not as a name; unless the gazetteer knows it as a name.
 */
function commonWordsAtStart(doc: ArticleDoc, mentions: readonly Mention[], res: Resources): Set<Mention> {
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
  // An English headline's first word that is a common word, and no name, by the word lists ("Campaigners cautious").
  const commonInHeading = (m: Mention, lower: string): boolean => {
    if (!englishWordTags || !paragraphs[sentences[tokens[m.firstToken]!.sentence]?.paragraph ?? -1]?.heading) return false;
    const tag = englishWordTags.get(lower) ?? (lower.endsWith('s') ? englishWordTags.get(lower.slice(0, -1)) : undefined);
    return tag !== undefined && COMMON_TAGS.has(tag) && englishLexicon?.[lower] === undefined;
  };
  for (const m of mentions) {
    if (m.endToken - m.firstToken !== 1 || !sentenceStarts.has(m.firstToken)) continue;
    const lower = m.base.toLowerCase();
    if (lower === m.base) continue;
    // A surname may be a word too ("Berg"): a "person" is the word ("Streik i Widerøe: ...") only when it is no given
    // name and the article names no one else so, nor anyone in full with it.
    if (m.type === 'person' && (gazetteer?.givenName(m.base) || mentions.some((o) => o !== m && (o.base === m.base || o.base.endsWith(` ${m.base}`))))) continue;
    lowerWords ??= new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    if ((!lowerWords.has(lower) && !commonInHeading(m, lower)) || gazetteer?.lookup(m.base, lang).length) continue;
    out.add(m);
  }
  return out;
}

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
  const cues = [lexicon(res, lang), lexicon(res, 'en')];
  // A person's full name inside ("Statistisk sentralbyrå Hiroshi Tanaka", a tagger's run-on) is no part of a longer
  // name; "Marine Services" of "Ekpan Marine Services" ends in an organization word and is.
  const fullPerson = (m: Mention): boolean => {
    const words = m.base.split(' ');
    return m.type === 'person' && words.length > 1 && gazetteer?.givenName(words[0]!) !== undefined && !words.some((w) => cues.some((l) => l.orgCue(w.toLowerCase())));
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
function completeNames(doc: ArticleDoc, mentions: Mention[], res: Resources): Mention[] {
  const tokens = doc.tokens ?? [];
  const lang = doc.language?.article;
  const longer = new Map<string, EntityType>();
  for (const m of mentions) if (m.base.includes(' ') && m.text === m.base) longer.set(m.base, m.type);
  if (!lang || lang === 'und') return mentions;
  const out = wholeNames(doc, mentions, longer, res, lang);
  const covered = new Uint8Array(tokens.length);
  for (const m of out) covered.fill(1, m.firstToken, m.endToken);
  const rules = spanRules(res, lang);
  const gazetteer = knowledgeSources(res, lang).sources.gazetteer;
  const surnames = new Set<string>();
  /**
   * "Tianqi" of "Tianqi Lithium": the first word of an organization's name, by itself, where nothing else claims it and
   * no English word list knows it ("British" of "British Museum" is a word).
   */
  const shortForms = new Set<string>();
  const english = knowledgeSources(res, 'en').sources;
  for (const [name, type] of longer) {
    const head = name.slice(0, name.indexOf(' '));
    const lower = head.toLowerCase();
    const word = english.englishLexicon?.[lower] !== undefined || english.englishWordTags?.get(lower) !== undefined || rules.common(lower);
    if (type === 'organization' && head.length >= MIN_SHORT_FORM && /^\p{Lu}\p{Ll}+$/u.test(head) && !word && !gazetteer?.givenName(head) && !gazetteer?.lookup(head, lang).length) shortForms.add(head);
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
    const surname = words.length === 2 && /-\p{Ll}+$/u.test(words[1]!) ? words[0]! : words[words.length - 1]!;
    if (surname.length >= MIN_SURNAME && /^\p{Lu}\p{Ll}/u.test(surname) && !rules.common(surname.toLowerCase()) && !gazetteer?.givenName(surname)) surnames.add(surname);
    // Of two words, the first may be the family name even where it is a given name too ("Lin Jian", "Kim Larsen").
    const first = words[0]!;
    if (words.length === 2 && names.familyFirst(first) && first.length >= MIN_SURNAME && !rules.common(first.toLowerCase())) surnames.add(first);
  }
  // A lone surname of a person the article names in full is that person whatever the tagger typed it ("sa Lin" after
  // "Lin Jian"), unless it names a country or a large city.
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.type === 'person' || !surnames.has(m.base)) continue;
    const place = gazetteer?.lookup(m.base, lang)[0];
    if (place?.type === 'place' && (place.place?.kind === 'country' || (place.population ?? 0) >= LARGE_CITY)) continue;
    out[i] = { ...m, type: 'person' };
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
    out.push(shortForm ? ruleMention(k, t.text, 'organization') : ruleMention(k, stem, 'person'));
  }
  return out;
}

/** Whether the gazetteer knows an organization by the name with its possessive ("Moody's") and none by the name without. */
function knownWithPossessive(name: string, base: string, res: Resources): boolean {
  const gazetteer = knowledgeSources(res, 'en').sources.gazetteer;
  const entries = gazetteer?.lookup(name, 'en') ?? [];
  return entries.length > 0 && entries.every((e) => e.type === 'organization') && !gazetteer?.lookup(base, 'en').some((e) => e.type === 'organization');
}

/** The entities stage: adds `doc.mentions`, the person, place and organization names the tagger finds, by start. */
export function entities(doc: ArticleDoc, res: Resources): ArticleDoc {
  const tokens = doc.tokens ?? [];
  let words: Set<string> | undefined;
  /** The article's words, made when a name first needs them. */
  const knownWords = (): ReadonlySet<string> => (words ??= new Set(tokens.map((t) => t.text)));
  const mentions: Mention[] = [];
  const products = new Set<string>();
  const decided = new Map<string, EntityType>();
  const strongStarts = new Map<number, EntityType>();
  for (const sentence of doc.sentences ?? []) {
    const lang = sentenceLang(doc, sentence);
    if (!lang) continue;
    const tagger = loadTagger(res, lang);
    const rules = spanRules(res, lang);
    for (const run of contentRuns(doc, sentence)) {
      const ruled = rules.apply(ruleView(doc, run, sentence), tagger.tag(run.words));
      for (const p of ruled.products) products.add(p);
      for (const span of ruled.spans) {
        if (span.type === 'person') span.start = afterTitles(lexicon(res, lang), run.words, span.start, span.end);
        if (span.start >= span.end) continue;
        const first = run.tokens[span.start];
        let last = run.tokens[span.end - 1];
        // A compound head ends its name: "Nato-generalsekretær Jens" is Nato, then (maybe) Jens.
        for (let k = span.start; k < span.end - 1 && !span.compound; k++)
          if (tokens[run.tokens[k]].compound === 'head') {
            last = run.tokens[k];
            break;
          }
        if (tokens[first].compound === 'tail') continue;
        // The tagger may take in a genitive ending itself ("Hackney 's" in web text); either way it stays out of the base.
        const inside = last > first && genitiveToken(tokens, last - 1, lang) === tokens[last];
        const nameEnd = inside ? last - 1 : last;
        const base = doc.text.slice(tokens[first].start, tokens[nameEnd].end);
        const genitive = inside || genitiveToken(tokens, last, lang) !== undefined;
        const endToken = genitive ? nameEnd + 2 : nameEnd + 1;
        const end = tokens[endToken - 1].end;
        const start = tokens[first].start;
        const text = doc.text.slice(start, end);
        // "Moody's", "McDonald's": an English company named with its possessive keeps it.
        const possessed = genitive && lang === 'en' && knownWithPossessive(text, base, res);
        const type = possessed ? 'organization' : span.type;
        if (span.strong || possessed) strongStarts.set(start, type);
        mentions.push({
          start,
          end,
          text,
          type,
          firstToken: first,
          endToken,
          base: possessed ? text : genitive ? base : stripGenitiveS(base, span.type, lang, knownWords, res),
          source: 'tagger',
        });
      }
    }
  }
  for (const m of mentions) {
    const type = strongStarts.get(m.start);
    if (type && !decided.has(m.base)) decided.set(m.base, type);
  }
  const completed = completeNames(doc, mentions, res);
  const common = commonWordsAtStart(doc, completed, res);
  const kept = completed.filter((m) => !products.has(m.base) && !common.has(m));
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...doc, mentions: oneTypePerName(kept, decided) };
}
