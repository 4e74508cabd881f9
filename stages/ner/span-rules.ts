import { gazetteer } from '../gazetteer.js';
import { lexicon, organizationWord } from '../lexicon.js';
import { nameRules } from '../names/rules.js';
import type { Lang, Resources } from '../types.js';
import { splitKnownBeforeTitle, splitPersonAtOf, splitPersonTail, withNameBounds, withCompassOpeners, withPlaceHeadsBefore, withoutCommonOpener, withoutPlaceKind, withoutPlaceLists, withoutTitleFields, withoutAbbreviatedTitles, withNewspaperArticle, splitGenitiveBeforeCompound, splitOwnerGenitive, withFamilyNameFirst, withBalineseMarkers, withGivenNameAfterBody, withoutLowerCaseOpeners, withoutOpeningPreposition, withoutPossessedHead, splitAtPlacePrepositions, splitBodiesAtAnd, splitBodiesAtCommas, endAtCompanySuffix, withClosingParenthesis, retypeNamedAfterPersons, splitAtClauseLinks, withCompoundBodyWords } from './span-rules/bounds.js';
import { withFieldListOpeners, type PlainWord, joinAcronymNames, joinAmpersands, joinInstitutionFields, joinNamedInstitutions, joinAndInstitutions, joinOrdinals, joinBranch, joinBroadcasters, joinFieldLists, joinOverParticles, joinPlacePairInstitutions, joinPossessiveFields, joinPossessiveInstitutions, joinSeats, joinSuspendedCompounds, joinGivenNamePlaces, joinUnknownFirstNames, withCampaignOpeners, withFormalPlaceNames, joinParenthesizedNames } from './span-rules/joins.js';
import { addCamelCaseNames, addCapitalisedRuns, addForeignInstitutions, addMediaNames, addLowerCaseInstitutions, addSpokespersonBodies, addTitledBodies, addWorkplaces } from './span-rules/capitalised.js';
import { addDatelinePlace, addKnownLowerCaseNames, addKnownNames, joinKnownAcrossLinks, addPlaceNames, withDistrictSuffixes, withRoadNumbers, withPersonNameEnds, knownCompound, knownOrganization, knownPhrases, retypeKnownPlaces, retypeListedCompanies, retypeListedPlaces, retypeLocatedPlaces, retypeRoyals, withKnownHyphenTails, withStreetPlaces } from './span-rules/known.js';
import { addAcronymCompounds, addAppositionBodies, addNationalNames, addMarkedAcronyms, addMarkedNames, addNationalMinistries, addIntroducedPlaces, addPlaceBodies, addPlaceFacilities, addSpelledNames, typeFromContext } from './span-rules/marked.js';
import { DEMONYM_SHAPE, isDemonym, isEventsPlace, isDemonymWord, isLanguageName, isNamedStorm, isNonEntityName, isPluralDemonym, withPlaceOfPartyMember, isTitleAdjectives, isMonth, isDocumentName, isPlatform, isUnit, isProduct, isWordAlias, tailOfUnknownName, withoutProducts } from './span-rules/non-entities.js';
import { dropOverlaps, type RuleView, type RuledSpan } from './span-rules/spans.js';
import { isDateWord, ruleWords } from './span-rules/words.js';
import type { TokenSpan } from './tags.js';
import { compiledWinkWordTags } from './knowledge.js';
import { knowledgeSources } from './tagger.js';

/**
 * Corrections to the tagger's spans that need more context than its features see: names joined over particles
 * ("Folha de S.Paulo"), foreign articles ("La Gazzetta dello Sport"), company suffixes and cue words that make a name an
 * organization, product names, and well-known places the tagger left out. Word lists are data
 * (data/lang/<lang>/entity-rules.json); the tagger's own scores on NER data do not depend on these rules.
 */

export type { RuleView, RuledSpan };

/** Capitalised foreign articles that begin a name ("La Repubblica", "Le Monde", "Die Zeit", "El País"). */
const FOREIGN_ARTICLES = new Set(['La', 'Le', 'Les', 'Il', 'Lo', 'El', 'Los', 'Las', 'Die', 'Der', 'Das']);

/** A word shaped like an abbreviation before its period ("Co", "Jr", "Alm", "Mont"). */
const ABBREVIATION_SHAPE = /^\p{Lu}\p{Ll}{1,3}$/u;

export interface SpanRules {
  apply(view: RuleView, spans: readonly TokenSpan[]): { spans: RuledSpan[]; products: string[] };
  /** Whether the language usually writes this word (lower case) in lower case. */
  common(word: string): boolean;
  /** Whether the word is a peer's style that goes with a surname alone ("Lord Reed"). */
  peerage(word: string): boolean;
}

/** Wink's word classes of the words a name is made of ("Focus Ireland", "Tenants Queensland", "Age Action"). */
const NAME_WORD_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** The span rules of a language. */
export function spanRules(res: Resources, lang: Lang): SpanRules {
  return res.get(`span-rules:${lang}`, () => {
    const words = ruleWords(res, lang);
    const lex = lexicon(res, lang);
    const gaz = gazetteer(res);
    const names = nameRules(res);
    const wordTags = lang === 'en' ? res.get('wink-word-tags', compiledWinkWordTags) : undefined;
    const orgWord = organizationWord(res, lang);
    // An English adjective, or a word compromise's lexicon knows as something other than a name ("tan", not "kiev").
    const englishLexicon = lang === 'en' ? knowledgeSources(res, 'en').sources.englishLexicon : undefined;
    const commonWord = wordTags && ((word: string): boolean => {
      const lower = word.toLowerCase();
      const known = englishLexicon?.[lower];
      return wordTags.get(lower) === 'ADJ' || (Array.isArray(known) && known.length === 0);
    });
    const isTitle = (word: string): boolean => lex.title(word) !== undefined;
    const titleOrBody = (word: string): boolean => isTitle(word) || lex.orgCue(word.toLowerCase());
    /** Whether wink tags the English word so (never, in Norwegian and Danish). */
    const taggedAs = (tag: string) => (word: string): boolean => wordTags?.get(word.toLowerCase()) === tag;
    const commonNoun = taggedAs('NOUN');
    /** A word that may stand in a name: none that opens a clause or links words ("Meanwhile", "But", "Both"). */
    const nameWord = (word: string): boolean => {
      const tag = wordTags?.get(word.toLowerCase());
      return tag === undefined || NAME_WORD_TAGS.has(tag);
    };
    const adjective = taggedAs('ADJ');
    const adverb = taggedAs('ADV');
    /** A verb's -ing form that names a field ("Ageing", "Policing"). */
    const verb = taggedAs('VERB');
    const gerund = (word: string): boolean => word.endsWith('ing') && verb(word);
    /** One English adjective shaped like a nation's ("Scottish") that names no place or body. */
    const loneNationalAdjective = (view: RuleView, s: RuledSpan): boolean => {
      const word = view.words[s.start]!;
      return s.end - s.start === 1 && adjective(word) && DEMONYM_SHAPE.test(word) && gaz.lookup(word, 'en').length === 0;
    };
    const plain: PlainWord | undefined = wordTags && {
      word(word) {
        const tag = wordTags.get(word.toLowerCase());
        return (tag === 'NOUN' || tag === 'ADJ') && gaz.lookup(word, 'en').length === 0 && !isDemonymWord(word, gaz);
      },
      name: (run) => knownOrganization(gaz, run.join(' '), 'en') || lex.orgCue(run[run.length - 1]!.toLowerCase()),
    };
    return {
      common: (word) => words.common.has(word),
      peerage: (word) => words.peerageTitles.has(word),
      apply(view, tagged) {
        const products: string[] = [];
        // A sentence's final period is no part of a name the tagger ran on to it ("Vestjysk Biogas A/S ."), unless it
        // closes an abbreviation ("Mitsui & Co.", "Robert F. Kennedy Jr.").
        const period = (s: TokenSpan): boolean => s.end - 1 > s.start && view.words[s.end - 1] === '.' && !ABBREVIATION_SHAPE.test(view.words[s.end - 2]!);
        const own = tagged.map((s) => ({ ...s, end: period(s) ? s.end - 1 : s.end }));
        let spans = joinGivenNamePlaces(view, joinBroadcasters(view, joinSuspendedCompounds(view, joinNamedInstitutions(joinBranch(joinOverParticles(view, own, words, lex, gaz, plain), view), view, lex, lang), lex), words), gaz, lang);
        spans = joinParenthesizedNames(view, spans, gaz, lang);
        if (lang === 'en') {
          spans = splitAtClauseLinks(view, spans, gaz);
          spans = joinPossessiveFields(view, joinAcronymNames(view, joinAndInstitutions(view, joinPossessiveInstitutions(view, spans, words, lex, gaz), gaz, lex)));
          withoutPossessedHead(view, spans, words);
          withFormalPlaceNames(view, spans, words);
        }
        else spans = joinPlacePairInstitutions(view, joinInstitutionFields(view, spans, lex), gaz, lang);
        spans = withCampaignOpeners(view, spans, words);
        for (const s of spans) {
          const article = view.words[s.start - 1];
          if (article !== undefined && FOREIGN_ARTICLES.has(article) && (s.type === 'organization' || s.end - s.start > 1)) s.start--;
        }
        spans = withoutProducts(
          view,
          spans.filter((s) => !isMonth(view, s, words) && !isUnit(view, s, words) && !isNonEntityName(view, s, words) && !isDocumentName(view, s, words, gaz, (word) => lex.orgCue(word)) && !tailOfUnknownName(view, s, spans, words)),
          (s) => isProduct(view, s, words, lang, gaz),
          products,
          words,
        );
        if (lang === 'en') withPlaceOfPartyMember(view, spans, gaz);
        if (lang === 'en') spans = spans.filter((s) => !isDemonym(view, s, gaz) && !isLanguageName(view, s, words, gaz) && !isTitleAdjectives(view, s, gaz, isTitle, orgWord) && !isEventsPlace(view, s, words));
        spans = withNameBounds(view, spans, words, gaz, lang, orgWord, isTitle);
        endAtCompanySuffix(view, spans, words);
        withClosingParenthesis(view, spans);
        // The bounds may leave a nation's adjective alone ("Scottish | independence").
        if (lang === 'en') spans = spans.filter((s) => !isDemonym(view, s, gaz) && !loneNationalAdjective(view, s));
        if (lang === 'en') {
          spans = splitPersonTail(view, splitBodiesAtCommas(view, splitBodiesAtAnd(view, splitAtPlacePrepositions(view, splitPersonAtOf(view, spans, gaz, isTitle), gaz), gaz, orgWord, words), gaz, words), words, gaz, orgWord, lang, isTitle);
          withoutCommonOpener(view, spans, gaz, (word) => words.common.has(word.toLowerCase()) || (plain?.word(word) ?? false), isTitle, (word) => orgWord(word) || words.companySuffixes.has(word));
          withoutLowerCaseOpeners(view, spans, words, gaz);
          withCompassOpeners(view, spans);
          withPlaceHeadsBefore(view, spans, words);
          spans = joinFieldLists(view, splitKnownBeforeTitle(view, spans, gaz, (k) => lex.titleAt(view.words, k)?.length ?? (lex.title(view.words[k]!) ? 1 : 0), words.abbreviatedTitles), lex, gaz, (word) => commonNoun(word) || adjective(word) || gerund(word));
          withFieldListOpeners(view, spans, gaz, commonNoun);
        }
        if (lang !== 'en') spans = splitOwnerGenitive(view, splitGenitiveBeforeCompound(view, withoutPlaceLists(view, splitPersonTail(view, spans, words, gaz, orgWord, lang, isTitle), gaz, lang), gaz, lang), gaz, lang, orgWord);
        withoutPlaceKind(view, spans, words);
        knownPhrases(view, spans, words, gaz, lang, isTitle);
        withKnownHyphenTails(view, spans, gaz, lang);
        spans = joinKnownAcrossLinks(view, spans, gaz, lang);
        retypeKnownPlaces(view, spans, gaz, lang);
        retypeListedPlaces(view, spans, gaz, lang);
        // Norwegian and Danish join places after prepositions to bodies ("i Gravdal og Universitetssykehuset").
        if (lang === 'en') retypeListedCompanies(view, spans, gaz, lang);
        if (lang !== 'en') retypeLocatedPlaces(view, spans, words, gaz, lang, (word) => names.knownSurname(word) !== undefined);
        for (const s of spans) typeFromContext(view, s, words, lex, gaz, wordTags);
        withFamilyNameFirst(view, spans, (word) => names.familyFirst(word));
        withBalineseMarkers(view, spans);
        withGivenNameAfterBody(view, spans, gaz, lang);
        let marked = addNationalMinistries(view, addSpelledNames(view, addMarkedNames(view, dropOverlaps(spans), words, lex, gaz, wordTags, plain), words, lang), words, gaz, lang);
        marked = addPlaceFacilities(view, addPlaceBodies(view, marked, words, gaz, lang), words, gaz, lang);
        marked = addDatelinePlace(view, addIntroducedPlaces(view, marked, words, gaz, lang, (word) => names.knownSurname(word) !== undefined, isTitle), gaz, lang);
        let named = addAcronymCompounds(view, joinSeats(view, joinAmpersands(view, addPlaceNames(view, addKnownNames(view, marked, words, gaz, names, lex, lang), words)), gaz, lang, words), words, gaz, lang);
        named = addKnownLowerCaseNames(view, withRoadNumbers(view, withDistrictSuffixes(view, addCamelCaseNames(view, addMarkedAcronyms(view, addForeignInstitutions(view, named, words, gaz, isTitle), words, lex, gaz, lang), words, gaz, lang)), words, gaz, lang), words, gaz, lang);
        if (lang !== 'en') named = addNationalNames(view, addWorkplaces(view, named, gaz, lang), words, gaz, lang);
        for (const x of named) {
          const whole = knownCompound(view, x, gaz, lang);
          if (whole) Object.assign(x, { end: whole, type: 'organization', strong: true, compound: true });
        }
        if (lang === 'en') {
          named = addCapitalisedRuns(view, addMediaNames(view, addSpokespersonBodies(view, named, words, gaz, (word) => plain?.word(word) ?? false), words, gaz, adjective), words, gaz, lex);
          named = addAppositionBodies(view, addLowerCaseInstitutions(view, addTitledBodies(view, named, words, gaz, nameWord), words), words, lex, nameWord);
          named = withoutTitleFields(view, joinOrdinals(view, named, words), gaz, isTitle, (word) => (commonNoun(word) || adjective(word)) && !lex.orgCue(word.toLowerCase()));
          named = withoutAbbreviatedTitles(view, named, words.abbreviatedTitles, gaz);
          joinUnknownFirstNames(view, named, gaz, (word) => wordTags?.get(word.toLowerCase()) === undefined && !isTitle(word) && !words.common.has(word.toLowerCase()) && !isDateWord(words, word) && !isDemonymWord(word, gaz));
          retypeRoyals(view, named, gaz);
          retypeNamedAfterPersons(view, named, words, orgWord);
          withNewspaperArticle(view, named, words, gaz);
        }
        withPersonNameEnds(view, named, words, gaz, lang, titleOrBody, commonNoun);
        withoutOpeningPreposition(view, named, words, lang, gaz, (word) => adverb(word) || words.timeWords.has(word.toLowerCase()));
        if (lang === 'en') {
          withCompoundBodyWords(view, named, words);
          named = withStreetPlaces(view, named, words, gaz);
        }
        // "Vice-chancellor Mark Scott": the head of a title written with a hyphen names no body (Vice).
        const titleHead = (x: RuledSpan): boolean => x.end - x.start === 1 && view.tail[x.end] === true && lex.titles.has(`${view.words[x.start]}-${view.words[x.end]}`.toLowerCase());
        // A people named by its plural demonym is none, however a rule took it up ("Albanese said Australians had").
        const kept = named.filter((x) => !(commonWord && isWordAlias(view, x, gaz, commonWord)) && !(x.end - x.start > 1 && isNonEntityName(view, x, words)) && !titleHead(x) && !(lang === 'en' && isPluralDemonym(view, x, gaz)));
        // A platform is a product: its other mentions in the article go too; so is a storm a rule took up for a name.
        return { spans: withoutProducts(view, kept, (x) => isPlatform(view, x, words) || isNamedStorm(view, x, words, lang), products, words), products };
      },
    };
  });
}
