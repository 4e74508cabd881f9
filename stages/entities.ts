import { genitiveLength, genitiveToken } from './genitive.js';
import { gazetteer } from './gazetteer.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { commonWordsAtStart, completeNames, majorPlaceAfterPreposition } from './names/in-article.js';
import { nameRules } from './names/rules.js';
import { spanRules, type RuleView, type SpanRules } from './ner/span-rules.js';
import { isAmount } from './ner/span-rules/non-entities.js';
import { knowledgeSources, loadTagger } from './ner/tagger.js';
import { contentRuns, sentenceLang, type View } from './ner/view.js';
import type { ArticleDoc, EntityType, Lang, Mention, Resources, Sentence } from './types.js';

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

/** "Jr", "Sr.", "III" after a person's surname. */
const GENERATIONAL_SUFFIX = /,? (?:Jr|Sr)\.?$|,? (?:II|III|IV)$/u;

/**
 * One sense per article: every mention of a name gets the type most of its mentions were tagged with (the first
 * mention's type on a tie), and the end of a person's name named in full is that person: a lone surname ("Kirby" after
 * "John Kirby") or a double one ("Ifølge Vestergaard Riis" after "Peder Vestergaard Riis"), but where `placed` says it
 * names a place ("travels to Montenegro" after "Luís Montenegro"), whatever the tagger typed it.
 */
export function oneTypePerName(
  mentions: Mention[],
  decided: ReadonlyMap<string, EntityType> = new Map(),
  familyFirst: (word: string) => boolean = () => false,
  placed: (m: Mention) => boolean = () => false,
): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    // "Chris Eubank Jr": the surname is before the generational suffix.
    const base = m.base.replace(GENERATIONAL_SUFFIX, '');
    for (let space = base.indexOf(' '); space >= 0; space = base.indexOf(' ', space + 1)) surnames.add(base.slice(space + 1));
    // "Fu said" after "Fu Linghui": a Chinese, Korean or Vietnamese family name comes first.
    const first = base.slice(0, base.indexOf(' '));
    if (first && familyFirst(first)) surnames.add(first);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const tally = votes.get(m.base) ?? new Map<EntityType, number>();
    tally.set(m.type, (tally.get(m.type) ?? 0) + 1);
    votes.set(m.base, tally);
  }
  return mentions.map((m) => {
    const settled = decided.get(m.base);
    // A rule sure of a place or an organization ("Montenegro's Democratic Alliance", the company Sandvik) does not undo
    // a lone surname the article's reading made its person's ("Montenegro told lawmakers" after "Luís Montenegro").
    const surname = settled !== undefined && m.type === 'person' && surnames.has(m.base);
    if (settled && !surname) return { ...m, type: settled, sure: true };
    if (surnames.has(m.base)) return placed(m) ? { ...m, type: 'place' } : { ...m, type: 'person' };
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

/** Whether the gazetteer knows an organization by the name. */
function knownBody(name: string, res: Resources): boolean {
  return gazetteer(res).lookup(name, 'en').some((e) => e.type === 'organization');
}

/** Whether the gazetteer knows an organization by the name with its possessive ("Moody's") and none by the name without. */
function knownWithPossessive(name: string, base: string, res: Resources): boolean {
  const gaz = gazetteer(res);
  const entries = gaz.lookup(name, 'en');
  return entries.length > 0 && entries.every((e) => e.type === 'organization') && !gaz.lookup(base, 'en').some((e) => e.type === 'organization');
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
  const diagnostics = [...doc.diagnostics];
  for (const sentence of doc.sentences ?? []) {
    const lang = sentenceLang(doc, sentence);
    if (!lang) continue;
    const tagger = loadTagger(res, lang);
    const rules = spanRules(res, lang);
    for (const run of contentRuns(doc, sentence)) {
      // A peer's style at k, not the end of a longer title ("First Lady Melania").
      const styled = (k: number): boolean => k >= 0 && rules.peerage(run.words[k]!) && !/^\p{Lu}/u.test(run.words[k - 1] ?? '');
      const tagged = tagger.tag(run.words);
      let ruled: ReturnType<SpanRules['apply']>;
      try {
        ruled = rules.apply(ruleView(doc, run, sentence), tagged);
      } catch (error) {
        // A fault in a correction costs the sentence its corrections, never the article its names: the tagger's stand.
        const reason = error instanceof Error ? error.message : String(error);
        diagnostics.push({ stage: 'entities', level: 'warning', message: `span rules failed on a sentence, the tagger's names kept: ${reason}`, start: sentence.start, end: sentence.end });
        ruled = { spans: tagged.map((s) => ({ ...s })), products: [] };
      }
      for (const p of ruled.products) products.add(p);
      for (const span of ruled.spans) {
        if (span.type === 'person') span.start = afterTitles(lexicon(res, lang), run.words, span.start, span.end);
        // "Lord Reed", "Lady Gregory": a peer goes by the style and the surname together; not a name the gazetteer knows
        // as a firm's.
        if (span.type === 'person' && span.end - span.start === 1 && styled(span.start - 1)) span.start--;
        else if (span.type !== 'person' && span.end - span.start === 2 && styled(span.start) && !knownBody(run.words.slice(span.start, span.end).join(' '), res)) span.type = 'person';
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
        const ending = genitiveLength(tokens, nameEnd, lang);
        const genitive = ending > 0;
        const endToken = nameEnd + 1 + ending;
        const end = tokens[endToken - 1].end;
        const start = tokens[first].start;
        const text = doc.text.slice(start, end);
        // "Moody's", "McDonald's": an English company named with its possessive keeps it; not a person addressed so
        // ("Lord Sainsbury's donation").
        const addressed = lexicon(res, lang).title(tokens[first - 1]?.text ?? '')?.honorific === true;
        const possessed = genitive && lang === 'en' && !addressed && knownWithPossessive(text, base, res);
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
  // An amount with its currency's sign is no name, however a rule or the completion of names took it up ("between
  // Sh38,000 and Sh45,000 in Kitengela").
  const kept = completed.filter((m) => !products.has(m.base) && !common.has(m) && !isAmount(m.base));
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const placed = (m: Mention): boolean => majorPlaceAfterPreposition(doc, m, res);
  return { ...doc, mentions: oneTypePerName(kept, decided, (word) => nameRules(res).familyFirst(word), placed), diagnostics };
}
