/**
 * Rules that make one name of pieces the tagger cut apart: over particles and institution links, around a possessive,
 * a suspended compound, an organization and its branch or seat, names joined by an ampersand. Telling that the pieces
 * are one name needs the words between and around the spans, more context than the tagger's features see.
 */
import type { Lexicon } from '../../lexicon.js';
import type { EntityType, Gazetteer, Lang } from '../../types.js';
import { placeCompound } from './bounds.js';
import { knownOrganization, knownPlace } from './known.js';
import { isDemonymWord } from './non-entities.js';
import { covers, dropOverlaps, withJoined, type RuleView, type RuledSpan } from './spans.js';
import type { TokenSpan } from '../tags.js';
import { ACRONYM, ARTICLES, NAME_ACRONYM, POSSESSIVE_WORDS, capitalised, isDateWord, isIntroducer, type RuleWords } from './words.js';

/** A surname with an elided particle or the Arabic article ("d'Entremont", "O'Keefe", "D'Souza", "al-Sudani"). */
const ELIDED_SURNAME = /^(?:(?:[dD]|O)['’]|[aAeE]l-)\p{Lu}\p{Ll}+$/u;

/**
 * "Chloe | de la Mare", "Chris | d'Entremont", "Mohammed Shia | al-Sudani": a person's name that opens with a given
 * name and that the tagger ended before its particles goes on over one or two of them and the capitalised word after,
 * or over a surname with an elided particle, when no span has that word ("Quai d'Orsay" is no person's name).
 */
function extendOverParticles(view: RuleView, spans: RuledSpan[], words: RuleWords, gaz: Gazetteer): void {
  const w = view.words;
  spans.forEach((span, i) => {
    if (span.type !== 'person' || !gaz.givenName(w[span.start]!)) return;
    const next = spans[i + 1]?.start ?? w.length;
    if (ELIDED_SURNAME.test(w[span.end] ?? '') && span.end < next && !view.tail[span.end]) {
      span.end++;
      return;
    }
    let k = span.end;
    while (k < next && k - span.end < 2 && words.particles.has(w[k]!)) k++;
    if (k > span.end && k < next && capitalised(w[k]) && !view.tail[k]) span.end = k + 1;
  });
}

/** Particles of Spanish and Portuguese surnames ("Rebelo de Sousa", "Lula da Silva"). */
const ROMANCE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del']);
/** A town this large after such a particle is where something happens, not a surname. */
const PARTICLE_TOWN_LIMIT = 50_000;

/** Words for a place's administration that open a body's name after the place ("San Diego | County Water Authority"). */
const PLACE_BODY_OPENERS = new Set(['County', 'City', 'State', 'Municipal', 'Regional', 'Provincial', 'District']);

/** How many capitalised words after a place may make it an organization's name ("Johannesburg | Stock Exchange"). */
const MAX_PLACE_QUALIFIED = 3;

/** Spans that touch through one particle and can be one name: the same type, or an organization with anything. */
export function joinOverParticles(view: RuleView, spans: RuledSpan[], words: RuleWords, lex: Lexicon, gaz: Gazetteer, plain?: PlainWord): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    // One particle, or two ("Ursula von der Leyen", "Pedro de la Cruz").
    const gap = prev ? span.start - prev.end : 0;
    const particles = prev !== undefined && (gap === 1 || gap === 2) && view.words.slice(prev.end, span.start).every((w) => words.particles.has(w));
    // "María Fernanda Ruiz de la Vega", "Hendrik van | der | Veen": a person's name goes on over two particles, one of
    // them perhaps the tagger's, whatever it took the last word for.
    // A Belgian or Dutch particle may be capitalised ("Karel Van | der | Meulen").
    const own = prev !== undefined && prev.end - prev.start > 1 && words.particles.has(view.words[prev.end - 1]!.toLowerCase()) ? 1 : 0;
    // "Marcelo Rebelo | de | Sousa": so does a name of two words over one Romance particle, whatever the tagger took the
    // last word for, unless the name of a country, a large city or an organization ("sa Uwe Rösler da Aarhus": Norwegian
    // and Danish "da" is "when").
    const known = gap === 1 ? gaz.lookup(view.words[span.start]!, 'en')[0] : undefined;
    // (By its own name: "Sousa" is Sousse's other name.)
    const wellKnown = known !== undefined && (known.type === 'organization' || known.place?.kind === 'country' || (known.name === view.words[span.start] && (known.population ?? 0) >= PARTICLE_TOWN_LIMIT));
    const romanceTail = gap === 1 && ROMANCE_PARTICLES.has(view.words[prev!.end]!) && prev!.end - prev!.start >= 2 && !wellKnown;
    // "Ifølge Dagens Næringsliv la | Frankrike": a particle that is a word of the article's language ("la", "laid"),
    // before a country, is a verb between a subject and its object; not a Romance one ("Radio Programas del | Perú").
    const link = gap === 1 ? view.words[prev!.end]! : '';
    const verbBetween = words.common.has(link) && !ROMANCE_PARTICLES.has(link) && known?.place?.kind === 'country' && span.end - span.start === 1;
    // The tagger may take a given name and a capitalised particle for a place ("Karel Van"); a capitalised particle alone
    // opens the surname written without the given name ("skriver Van der Meulen").
    const person = prev?.type === 'person' || (own === 1 && prev !== undefined && gaz.givenName(view.words[prev.start]!) !== undefined);
    const particleOpens = prev !== undefined && prev.end - prev.start === 1 && gap === 1 && capitalised(view.words[prev.start]) && words.particles.has(view.words[prev.start]!.toLowerCase());
    const personTail = ((gap + own === 2 || romanceTail) && particles && person && span.end - span.start === 1) || (particleOpens && particles && span.end - span.start === 1);
    // "Ilse Van | den | Broeck of KU Leuven": the surname the tagger put before "of" and an organization ends the person.
    if (prev && particles && prev.type === 'person' && span.type === 'organization' && span.end - span.start >= 3 && view.words[span.start + 1] === 'of') {
      out[out.length - 1] = { start: prev.start, end: span.start + 1, type: 'person', strong: prev.strong };
      out.push({ start: span.start + 2, end: span.end, type: 'organization', strong: span.strong });
      continue;
    }
    if (prev && particles && !verbBetween && (prev.type === span.type || prev.type === 'organization' || span.type === 'organization' || personTail)) {
      const type: EntityType = personTail ? 'person' : prev.type === 'organization' || span.type === 'organization' ? 'organization' : prev.type;
      out[out.length - 1] = { start: prev.start, end: span.end, type, strong: prev.strong || span.strong };
      continue;
    }
    out.push({ ...span });
  }
  extendOverParticles(view, out, words, gaz);
  // "London School of Economics": a name ending in an organization word takes in "of" and the capitalised words after.
  for (const span of out) {
    const w = view.words;
    const head = w[span.end - 1];
    if (plain && w[span.end] === 'and') {
      // "Ministry of Lands | and Natural Resources": the tagger's institution name cut at its "and".
      const end = institutionInside(w, span, words, lex) ? plainRunEnd(w, span.end + 1, plain, -1) : -1;
      if (end > 0) Object.assign(span, { end, type: 'organization', strong: true });
      continue;
    }
    // The link first: the organization-word test is slow and rarely needed.
    if (!words.institutionLinks.has(w[span.end]?.toLowerCase() ?? '') || !capitalised(head)) continue;
    const end = complementEnd(w, span.end, words, (i) => covers(out, i, span), plain);
    // "Council of Chiefs | of the Indigenous Peoples": the head may be the span's first word, before its own link, but
    // a known organization after the second link is another ("Ministry of Interior | of the Taliban").
    const headed = lex.orgCue(head) || words.institutionHeads.has(head.toLowerCase());
    const another = plain !== undefined && end > 0 && plain.name([w[end - 1]!]);
    if (end < 0 || !(headed || (institutionInside(w, span, words, lex) && !another))) continue;
    span.end = end;
    span.type = 'organization';
    span.strong = true;
  }
  // "University of Leeds", "Institute for Fiscal Studies": a name after a link whose institution word the tagger left
  // out is the end of the institution's name.
  for (const span of out) {
    const w = view.words;
    const link = span.start - 1;
    if (link < 1 || !words.institutionLinks.has(w[link]) || !capitalised(w[link - 1])) continue;
    const head = w[link - 1].toLowerCase();
    if (!lex.orgCue(head) && !words.institutionHeads.has(head)) continue;
    if (covers(out, link - 1, span)) continue;
    let start = link - 1;
    while (start > 0 && capitalised(w[start - 1]) && !covers(out, start - 1)) start--;
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start = 1;
    if (start >= link) continue;
    span.start = start;
    span.type = 'organization';
    span.strong = true;
  }
  for (const span of out) {
    const w = view.words;
    // "the Johannesburg Stock Exchange": a place before capitalised words that end in an organization word names it.
    if (span.type === 'place') {
      let end = span.end;
      while (end < w.length && end - span.end < MAX_PLACE_QUALIFIED && capitalised(w[end]) && !covers(out, end, span)) end++;
      const head = w[end - 1]?.toLowerCase() ?? '';
      if (end > span.end && (lex.orgCue(head) || words.institutionHeads.has(head))) Object.assign(span, { end, type: 'organization', strong: true });
    }
  }
  // "San Diego | County Water Authority": a place right before a body whose name opens with a word for the place's
  // administration is that body's name.
  for (let i = out.length - 2; i >= 0; i--) {
    const place = out[i]!;
    const body = out[i + 1]!;
    if (place.type === 'place' && body.type === 'organization' && body.start === place.end && PLACE_BODY_OPENERS.has(view.words[body.start]!)) {
      out.splice(i, 2, { start: place.start, end: body.end, type: 'organization', strong: true });
    }
  }
  for (const span of out) {
    if (span.type !== 'organization') continue;
    const w = view.words;
    // "Manchester Evening News": an organization's name goes on over capitalised organization words after it.
    while (capitalised(w[span.end]) && lex.orgCue(w[span.end].toLowerCase())) span.end++;
    // "Department for Science, Innovation and Technology": a list closes an institution's name whose link the tagger
    // took in, unless its items are names of their own ("the Ministry of Defence, Google and Apple").
    if (!w.slice(span.start + 1, span.end - 1).some((word) => words.institutionLinks.has(word))) continue;
    span.end = listEnd(w, span.end, (i) => covers(out, i));
  }
  return dropOverlaps(out);
}

/**
 * Where an institution's name ends after the link word at `at`: the capitalised words after it ("of Economics"), an
 * article before them where the language links more than "of" ("for the Exploration of the Sea"), further links
 * inside, and a list of capitalised words closed by "and" ("for Science, Innovation and Technology"); -1 if no
 * capitalised word follows. `taken`: whether a word belongs to another name, which a list never takes in.
 */
export function complementEnd(w: readonly string[], at: number, words: RuleWords, taken: (i: number) => boolean, plain?: PlainWord): number {
  const article = words.institutionLinks.size > 1;
  const start = (link: number): number => (article && w[link + 1]?.toLowerCase() === 'the' ? link + 2 : link + 1);
  // "the British Museum on Tuesday": a weekday or month after the link is a date, no part of a name.
  const nameWord = (word: string | undefined): boolean => capitalised(word) && !isDateWord(words, word as string);
  let end = start(at);
  if (!nameWord(w[end])) return -1;
  // "the Ministry of Interior of the Taliban government": a further link before another organization ends the name.
  const other = (k: number): boolean => plain !== undefined && plain.name([w[k]]);
  for (;;) {
    while (end < w.length && capitalised(w[end])) end++;
    if (words.institutionLinks.has(w[end]?.toLowerCase() ?? '') && nameWord(w[start(end)]) && !other(start(end))) {
      end = start(end);
      continue;
    }
    const list = listEnd(w, end, taken, plain);
    if (list === end) return end;
    end = list;
  }
}

/** Whether a span holds an institution's head and its link ("Ministry of Lands"). */
function institutionInside(w: readonly string[], span: TokenSpan, words: RuleWords, lex: Lexicon): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (!words.institutionLinks.has(w[k])) continue;
    const head = w[k - 1].toLowerCase();
    if (words.institutionHeads.has(head) || lex.orgCue(head)) return true;
  }
  return false;
}

/** What the English institution rules ask of the capitalised words after an "and" or a further link. */
export interface PlainWord {
  /** A common noun or adjective written with a capital in a name: no name, no demonym ("Natural", "Resources"). */
  word(word: string): boolean;
  /** Whether the words are an organization's name of their own: a known one, or one ending in an organization word. */
  name(run: readonly string[]): boolean;
}

/** The most capitalised common words that may close an institution's name after its "and". */
const MAX_PLAIN_WORDS = 3;

/**
 * The end of the capitalised common words from `from` ("Natural Resources"), or `otherwise` if there are none or any
 * word is another kind. Words the tagger took as a name of their own ("Renewable Natural Resources") are taken in too:
 * the caller drops that name.
 */
function plainRunEnd(w: readonly string[], from: number, plain: PlainWord, otherwise: number): number {
  let end = from;
  while (end < w.length && capitalised(w[end])) {
    if (end - from === MAX_PLAIN_WORDS || !plain.word(w[end])) return otherwise;
    end++;
  }
  // "the Ministry of Health and World Health Organization": another body.
  return end === from || plain.name(w.slice(from, end)) ? otherwise : end;
}

/**
 * The end of ", Innovation and Technology" from `at`: capitalised items after commas, closed by "and" and one more;
 * `at` itself when there is no such list or a word of it is `taken` by another name ("..., Google and Apple").
 */
function listEnd(w: readonly string[], at: number, taken: (i: number) => boolean, plain?: PlainWord): number {
  let end = at;
  let items = 0;
  while (w[end] === ',' && capitalised(w[end + 1])) {
    end++;
    while (end < w.length && capitalised(w[end])) end++;
    items++;
  }
  if (w[end] !== 'and' || !capitalised(w[end + 1])) return at;
  // Without a list before it, "and" more often joins two names ("the Ministry of Health and Israeli officials", "the
  // Ministry of Defence and Nato"), unless what follows is capitalised common words ("of Lands and Natural Resources").
  if (items === 0) return plain ? plainRunEnd(w, end + 1, plain, at) : at;
  end++;
  while (end < w.length && capitalised(w[end])) end++;
  for (let i = at; i < end; i++) if (taken(i)) return at;
  return end;
}

/** Last words of a place's name with a possessive inside ("Arthur's Quay", "King's Island", "St Mary's Park"). */
const POSSESSIVE_PLACE_ENDINGS = new Set(['Quay', 'Island', 'Park', 'Square', 'Street', 'Road', 'Green', 'Cross', 'Bay', 'Hill', 'Wood', 'Lane', 'Gate']);
/** How a saint's name opens a place's ("St Mary's Park"). */
const SAINTS = new Set(['St', 'St.', 'Saint']);

/** Capitalised plural nouns whose possessive opens a name ("People's Daily", "Women's Institute", "Workers' Party"). */
const COLLECTIVE_OWNERS = new Set(['People', 'Women', 'Children', 'Workers', 'Farmers', 'Veterans', 'Citizens']);

/**
 * An English institution named with a possessive inside ("Information Commissioner's Office", "King's College London",
 * "Children's Hospital"): capitalised words, the possessive, and capitalised words opening with an institution word.
 * The words before the possessive must be no place or organization of their own ("Britain's Foreign Office" is two).
 * After a saint's name or one plain word, the capitalised words may instead end in such a word or a kind of place
 * ("St Oswald's Primary School", "Arthur's Quay").
 */
export function joinPossessiveInstitutions(view: RuleView, spans: readonly RuledSpan[], words: RuleWords, lex: Lexicon, gaz: Gazetteer): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 1; i + 1 < w.length; i++) {
    if (!POSSESSIVE_WORDS.has(w[i]) || !capitalised(w[i - 1]) || !capitalised(w[i + 1])) continue;
    const head = w[i + 1].toLowerCase();
    // "People's Liberation Army", "People's Daily": a group's possessive opens a name whatever its next word (but a
    // country's: "People's Republic of China").
    let institution = lex.orgCue(head) || words.institutionHeads.has(head);
    // "Women's World Cup", "Women's Euro": an event.
    let last = i + 1;
    while (last + 1 < w.length && capitalised(w[last + 1])) last++;
    if (words.nonEntityHeads.has(w[last]!)) continue;
    // "St Oswald's Primary School", "Arthur's Quay", "King's Island": a name that ends in a word for an institution or a
    // kind of place, unless what follows the possessive is a name of its own ("Trump's White House").
    const ending = w[last]!;
    const place = last > i && (words.placeHeads.has(ending) || POSSESSIVE_PLACE_ENDINGS.has(ending));
    const ownName = last > i + 1 && gaz.lookup(w.slice(i + 1, last + 1).join(' '), 'en').length > 0;
    let endsInKind = false;
    if (!institution && (place || lex.orgCue(ending.toLowerCase()) || words.institutionHeads.has(ending.toLowerCase())) && !ownName) {
      const owner = spans.find((s) => s.end === i && s.start < i);
      // The owner is a saint ("St Oswald's") or one word no rule took for a place's or a body's name ("Arthur's"), not a
      // person of several words ("Keir Starmer's Downing Street") nor a body ("Cardiff University's Wales Governance
      // Centre"); nor does the tagger read a name of several words after the possessive ("Rama's Socialist Party").
      const saint = SAINTS.has(w[i - 2] ?? '') || (owner !== undefined && SAINTS.has(w[owner.start]!));
      const named = spans.some((s) => s.start === i + 1 && s.end - s.start >= 2);
      if (saint || ((!owner || (owner.type === 'person' && owner.end - owner.start === 1)) && !named)) {
        if (place) {
          let start = owner?.start ?? i - 1;
          if (start > 0 && SAINTS.has(w[start - 1]!)) start--;
          joined.push({ start, end: last + 1, type: 'place', strong: true });
          i = last;
          continue;
        }
        institution = endsInKind = true;
      }
    }
    if (!institution && !(COLLECTIVE_OWNERS.has(w[i - 1]!) && head !== 'republic')) continue;
    let start = i - 1;
    while (start > 0 && capitalised(w[start - 1])) start--;
    if (start === 0 && view.sentenceStart && ARTICLES.has(w[0].toLowerCase())) start++;
    if (start >= i) continue;
    // "the Seoul Central District | Prosecutors' Office": an organization the tagger cut before the possessive's word
    // is the start of the name; a name the possessive belongs to is one of its own ("Britain's Foreign Office").
    const cut = spans.filter((s) => s.type !== 'person' && s.start < i && start < s.end);
    // A plural's bare apostrophe is no owner's ("Prosecutors' Office", "Workers' Party"): the name runs on over it; so
    // is a group's possessive, which the tagger may take for a name of its own ("People | 's Daily").
    const plural = w[i] === "'" || w[i] === '’' || COLLECTIVE_OWNERS.has(w[i - 1]!);
    if (!endsInKind && cut.some((s) => s.type !== 'organization' || (s.end >= i && !plural))) continue;
    if (cut.length) start = Math.min(start, ...cut.map((s) => s.start));
    let end = i + 2;
    while (end < w.length && capitalised(w[end])) end++;
    // Nor one shorter than the name it joins ("People's Party for Freedom and Democracy").
    end = Math.max(end, ...cut.map((s) => s.end));
    // A group's possessive takes no name from a longer one the tagger read ("People's Party for Freedom and Democracy").
    if (!institution && spans.some((s) => s.start <= i + 1 && s.end > end)) continue;
    joined.push({ start, end, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * Norwegian and Danish capitalise only a name's first word, and a list's words after it: an institution's name the
 * tagger cut inside the list of its fields goes on over it ("Ministeriet for Ligestilling | og Familie", "Ministeriet for
 * Fødevarer, | Landbrug og Fiskeri"), whatever it took the list's words for.
 */
export function joinInstitutionFields(view: RuleView, spans: RuledSpan[], lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (const span of spans) {
    // "Cicero Senter for | klimaforskning": the tagger stopped at the link; the field is written in lower case.
    if (span.type !== 'person' && span.end - span.start >= 2 && FIELD_LINKS.has(w[span.end - 1]!) && /^\p{Ll}{3,}$/u.test(w[span.end] ?? '') && !covers(spans, span.end)) {
      span.end++;
      if (w[span.end] === 'og' && /^\p{Ll}{3,}$/u.test(w[span.end + 1] ?? '')) span.end += 2;
      span.type = 'organization';
    }
    // "Budsjettnemnda for | jordbruket": one compound word for a body in its definite form, whatever the tagger took it
    // for, and its field; not a phrase of time or manner ("Regjeringen for øvrig", "for tre år siden").
    const body = span.end - span.start === 1 && /^\p{Lu}\p{Ll}+(?:en|et|a)$/u.test(w[span.start]!) && lex.orgCue(w[span.start]!.toLowerCase());
    const field = w[span.end + 1] ?? '';
    if (body && FIELD_LINKS.has(w[span.end] ?? '') && /^\p{Ll}{5,}$/u.test(field) && !NO_FIELDS.has(field) && !covers(spans, span.end + 1)) {
      span.end += 2;
      if (w[span.end] === 'og' && /^\p{Ll}{3,}$/u.test(w[span.end + 1] ?? '')) span.end += 2;
      span.type = 'organization';
      span.strong = true;
    }
    let headed = false;
    for (let k = span.start + 1; k < span.end - 1; k++) if (FIELD_LINKS.has(w[k]!) && lex.orgCue(w[k - 1]!.toLowerCase())) headed = true;
    if (span.type !== 'organization' || !headed) continue;
    let end = span.end;
    while (w[end] === ',' && capitalised(w[end + 1]) && !capitalised(w[end + 2])) end += 2;
    if (w[end] !== 'og' || !capitalised(w[end + 1]) || capitalised(w[end + 2])) continue;
    joined.push({ start: span.start, end: end + 2, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * "Vestfold og Telemark fylkeskommune", "Romerike og Glåmdal tingrett": an institution of two places joined by "og" is
 * one organization, which the tagger reads as a place and an organization of the second (nb, da). Only bodies that two
 * regions share (a county, a court); police districts and municipalities are each one's own ("Øst og Vest
 * politidistrikt", "Bergen og Oslo kommune").
 */
export function joinPlacePairInstitutions(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (const span of spans) {
    const head = w[span.end - 1]!;
    if (span.type === 'person' || span.end - span.start !== 2 || !PAIRED_BODIES.has(head) || !capitalised(w[span.start])) continue;
    if (!NORDIC_JOINS.has(w[span.start - 1] ?? '') || !capitalised(w[span.start - 2]) || view.tail[span.start - 2]) continue;
    // Not two towns, each with its own ("både Bergen og Oslo kommune"): regions share one.
    if (gaz.lookup(w[span.start - 2]!, lang)[0]?.place?.kind === 'city') continue;
    // The first place as a name of its own, or a word the tagger left out.
    const first = spans.find((x) => x.end === span.start - 1);
    if (first !== undefined && (first.type === 'person' || first.end - first.start !== 1)) continue;
    // Nor a body of its own before it ("Nav og Østfold fylkeskommune").
    if (gaz.lookup(w[span.start - 2]!, lang).some((e) => e.type === 'organization')) continue;
    joined.push({ start: span.start - 2, end: span.end, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/** Bodies that two regions joined by "og" may share. */
const PAIRED_BODIES = new Set(['fylkeskommune', 'fylke', 'tingrett', 'lagmannsrett', 'bispedømme']);

/** Words between a Norwegian or Danish institution's head and its field ("Ministeriet for", "Senter for"). */
const FIELD_LINKS = new Set(['for', 'af', 'av']);

/** Words after "for" that open a phrase of time, degree or manner, no field of a body ("for øvrig", "for eksempel"). */
const NO_FIELDS = new Set(['øvrig', 'eksempel', 'tiden', 'alvor', 'lengst', 'længst', 'første', 'fremtiden', 'framtiden', 'resten', 'øyeblikket', 'øjeblikket', 'nylig', 'nyligt', 'sikkerhets', 'sikkerheds', 'hvert', 'eksempelvis', 'andre', 'nærværende', 'tredje', 'fjerde', 'femte', 'siste', 'sidste', 'ganske']);

/** Words that join the parts of a suspended compound ("Helse- og omsorgsdepartementet"). */
const SUSPENDED_JOINS = new Set(['og', 'eller', 'and', 'or']);
const NORDIC_JOINS = new Set(['og', 'eller']);

/** The fewest letters of one compound word that names a body after a suspended part ("Fødevareklagenævnet"). */
const MIN_SUSPENDED_BODY = 8;

/**
 * A suspended compound whose last word names an institution ("Helse- og omsorgsdepartementet", "Justits- og
 * Beredskabsministeriet") is one organization, whatever the tagger made of its first part; so is one whose second
 * part opens an organization's name ("Midt- og Vestjyllands Politi").
 */
export function joinSuspendedCompounds(view: RuleView, spans: readonly RuledSpan[], lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 0; i + 3 < w.length; i++) {
    if (w[i + 1] !== '-' || !SUSPENDED_JOINS.has(w[i + 2]) || !capitalised(w[i])) continue;
    // "Midt- og Vestjyllands Politi": so is one whose second part opens an organization's name.
    // So is one compound word the tagger took for an organization alone ("Miljø- og Fødevareklagenævnet").
    const named = spans.find((s) => s.start === i + 3 && (s.end - s.start > 1 || w[i + 3]!.length >= MIN_SUSPENDED_BODY) && s.type === 'organization');
    // "Danmarks Medie- og Journalisthøjskole": a Norwegian or Danish genitive before it opens the name.
    let start = NORDIC_JOINS.has(w[i + 2]!) && /^\p{Lu}\p{L}+s$/u.test(w[i - 1] ?? '') ? i - 1 : i;
    // "Klima-, Energi- og Forsyningsministeriet": more suspended parts before, each with its comma.
    while (w[start - 1] === ',' && w[start - 2] === '-' && capitalised(w[start - 3]) && !view.tail[start - 3]) start -= 3;
    // "Norsk Bonde- og Småbrukarlag": an organization's name the tagger cut at the suspended part, whatever it took the
    // second part for.
    const opened = spans.find((s) => s.end === i + 1 && s.start < i && s.type === 'organization');
    const second = opened && capitalised(w[i + 3]) ? spans.find((s) => s.start === i + 3) : undefined;
    if (named) joined.push({ start, end: named.end, type: 'organization', strong: true });
    else if (opened && second) joined.push({ start: opened.start, end: second.end, type: 'organization', strong: true });
    else if (lex.orgCue(w[i + 3].toLowerCase())) joined.push({ start, end: i + 4, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * A person's name followed at once by a name that ends in an organization word (the tagger may take it for a place)
 * is an institution named after the person ("Chris Hani | Baragwanath Hospital", "Nelson Mandela | Foundation").
 */
export function joinNamedInstitutions(spans: RuledSpan[], view: RuleView, lex: Lexicon, lang: Lang): RuledSpan[] {
  // Norwegian and Danish put an inverted subject right before its object ("besøker Lars Løkke Rasmussen Danmarks
  // Tekniske Universitet"): English only.
  if (lang !== 'en') return spans;
  const out: RuledSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'person' && span.type !== 'person' && span.start === prev.end && !view.tail[span.start] && lex.orgCue(view.words[span.end - 1]!.toLowerCase())) {
      out[out.length - 1] = { start: prev.start, end: span.end, type: 'organization', strong: true };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** An organization followed at once by a place is its regional branch ("Sky Sport Italia", "Google Norge"). */
export function joinBranch(spans: RuledSpan[], view: RuleView): RuledSpan[] {
  const out: RuledSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'organization' && span.type === 'place' && span.start === prev.end && span.end - span.start === 1 && !view.tail[span.start]) {
      prev.end = span.end;
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The word that links a Norwegian or Danish institution to its seat ("Statsforvalteren i Trøndelag"). */
const SEAT_LINK = 'i';
/** The other, for a word of `seatedInstitutions` only: Danish courts named "på" an island or a district ("Retten på Frederiksberg"). */
const SEAT_LINK_ON = 'på';

/** Whether the word at `k` links the institution word before it to its seat. */
function seatLink(w: readonly string[], k: number, words: RuleWords, lang: Lang): boolean {
  return w[k] === SEAT_LINK || (lang === 'da' && w[k] === SEAT_LINK_ON && words.seatedInstitutions.has(w[k - 1]?.toLowerCase() ?? ''));
}

/**
 * "Statsforvalteren i Trøndelag", "Retten i Hillerød": an institution named by one capitalised definite noun, then "i"
 * and a place, is one organization.
 */
export function joinSeats(view: RuleView, tagged: RuledSpan[], gaz: Gazetteer, lang: Lang, words: RuleWords): RuledSpan[] {
  if (lang === 'en') return tagged;
  const w = view.words;
  const spans = withSeatedInstitutions(view, tagged, words, lang);
  const out: RuledSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const x = spans[n];
    const seat = spans[n + 1];
    // The tagger may take the noun for a person's name; a name ending like a definite noun (Hansen) is no noun.
    // So is a compound on an organization word ("Næringsforeningen").
    // A known organization's own name is none ("Adresseavisen i Trondheim" is the paper and its city).
    // Nor one whose compound names its place already ("Finnmarkssykehuset i Hammerfest" is the trust and its site), nor
    // a national institution, one of its kind, where it stands ("Nationalmuseet i København", "Rikshospitalet i Oslo").
    const national = (): boolean => words.nationalPrefixes.some((p) => w[x.start]!.toLowerCase().startsWith(p));
    const institution = x.type !== 'place' && x.end - x.start === 1 && (/^\p{Lu}\p{Ll}{3,}(?:eren|aren|ten|tet|et|mannen)$/u.test(w[x.start]) || isIntroducer(words, w[x.start].toLowerCase()) || words.seatedInstitutions.has(w[x.start].toLowerCase())) &&
      !national() && !knownOrganization(gaz, w[x.start], lang) && !placeCompound(w[x.start]!, words, gaz, lang);
    // A seat that runs on into a person's name ("Oslo Tone Myhre") is the tagger's error, no seat.
    // Nor a country, where no such institution has its seat ("Aix-Marseille-universitetet i Frankrike").
    const seated = seat?.type === 'place' && seatLink(w, x.end, words, lang) && seat.start === x.end + 1 && !w.slice(seat.start, seat.end).some((word) => gaz.givenName(word)) &&
      !gaz.lookup(w.slice(seat.start, seat.end).join(' '), lang).some((e) => e.place?.kind === 'country');
    if (institution && seated) {
      // "i Stavanger-regionen": the seat's compound is part of it.
      const compound = view.tail[seat.end] === true;
      // "Statsforvalteren i Vestfold og Telemark": a seat whose one name joins two regions.
      const pair = spans[n + 2];
      const paired = !compound && pair?.type === 'place' && NORDIC_JOINS.has(w[seat.end] ?? '') && pair.start === seat.end + 1 && knownPlace(gaz, w.slice(seat.start, pair.end).join(' '), lang);
      out.push({ start: x.start, end: compound ? seat.end + 1 : paired ? pair.end : seat.end, type: 'organization', strong: true, ...(compound ? { compound } : {}) });
      n += paired ? 2 : 1;
      continue;
    }
    out.push(x);
  }
  return out;
}

/**
 * The spans with a one-word span added for each word of `seatedInstitutions` that the tagger left out before "i" and a
 * place: at a sentence's start, where the tagger reads a capitalised noun as a common word ("Retten i Glostrup idømte").
 */
function withSeatedInstitutions(view: RuleView, spans: RuledSpan[], words: RuleWords, lang: Lang): RuledSpan[] {
  if (words.seatedInstitutions.size === 0) return spans;
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (const seat of spans) {
    const at = seat.start - 2;
    if (seat.type !== 'place' || at < 0 || !seatLink(w, at + 1, words, lang) || !capitalised(w[at]) || view.tail[at] || covers(spans, at)) continue;
    if (!words.seatedInstitutions.has(w[at]!.toLowerCase())) continue;
    (out ??= [...spans]).push({ start: at, end: at + 1, type: 'organization' });
  }
  return out ? out.sort((a, b) => a.start - b.start) : spans;
}

/**
 * "Janata Dal (United)", "JD(U)": a name and a word in parentheses that the gazetteer knows as one organization's name
 * are that organization, whatever the tagger made of the parts.
 */
export function joinParenthesizedNames(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  let out = spans;
  for (const span of spans) {
    const k = span.end;
    if (w[k] !== '(' || w[k + 2] !== ')' || !/^\p{L}+$/u.test(w[k + 1] ?? '')) continue;
    const name = w.slice(span.start, k).join(' ');
    const known = [`${name} (${w[k + 1]})`, `${name}(${w[k + 1]})`].some((x) => gaz.lookup(x, lang).some((e) => e.type === 'organization'));
    if (known) out = withJoined(out, [{ start: span.start, end: k + 3, type: 'organization', strong: true }]);
  }
  return out;
}

/** "Marks & Spencer", "the Mail & Guardian": capitalised words joined by an ampersand are one organization. */
export function joinAmpersands(view: RuleView, spans: RuledSpan[]): RuledSpan[] {
  const w = view.words;
  const free = (i: number, self: RuledSpan) => capitalised(w[i]) && !view.tail[i] && !covers(spans, i, self);
  for (const span of spans) {
    let { start, end } = span;
    if (w[end] === '&' && free(end + 1, span)) for (end += 2; end < w.length && free(end, span); ) end++;
    if (w[start - 1] === '&' && free(start - 2, span)) {
      start -= 2;
      while (start > 0 && free(start - 1, span) && !(start - 1 === 0 && view.sentenceStart && w[0] === 'The')) start--;
    }
    if (start !== span.start || end !== span.end) Object.assign(span, { start, end, type: 'organization', strong: true });
  }
  return dropOverlaps(spans);
}

/**
 * "Nkana Water Supply and Sanitation Company", "England and Wales Cricket Board": an English name the tagger cut at its
 * "and", whose second half ends in an organization word and neither half is a known organization ("Google and
 * Microsoft Corporation", "Kenya and World Bank officials" stay two).
 */
export function joinAndInstitutions(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lex: Lexicon): RuledSpan[] {
  const w = view.words;
  const known = (s: RuledSpan): boolean => knownOrganization(gaz, w.slice(s.start, s.end).join(' '), 'en');
  const out: RuledSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const x = spans[n];
    const y = spans[n + 1];
    // Nor one whose first half is a whole institution's name already ("University of Oxford and Aga Khan University",
    // "Karolinska Institute and Harvard University").
    const whole = (x.end - x.start >= 3 && lex.orgCue(w[x.start].toLowerCase()) && w[x.start + 1] === 'of') || (x.end - x.start >= 2 && lex.orgCue(w[x.end - 1].toLowerCase()));
    // Nor a place where something else is ("Columbia University in New York and Brown University").
    const located = x.type === 'place' && (w[x.start - 1] === 'in' || w[x.start - 1] === 'at');
    // Nor a second name opened by a nation's adjective or a country ("RwandAir and Ethiopian Airlines"), a name of its own.
    const national = y !== undefined && y.end - y.start >= 2 && (isDemonymWord(w[y.start]!, gaz) || gaz.lookup(w[y.start]!, 'en').some((e) => e.place?.kind === 'country'));
    const joined = y !== undefined && w[x.end] === 'and' && y.start === x.end + 1 && x.type !== 'person' && y.type === 'organization' &&
      lex.orgCue(w[y.end - 1].toLowerCase()) && !known(x) && !known(y) && !whole && !located && !national;
    if (joined) {
      out.push({ start: x.start, end: y.end, type: 'organization', strong: true });
      n++;
      continue;
    }
    out.push(x);
  }
  return out;
}

/** The words between an institution's head and its field ("Ministry of", "Department for", "Council on"). */
const ENGLISH_FIELD_LINKS = new Set(['of', 'for', 'on']);

/**
 * "Ministry of Health, Labour and Welfare", "Department for Energy Security and Net Zero", "Council on Energy,
 * Environment and Water": an English institution's field of several parts, listed with commas and "and", is one name,
 * whatever the tagger cut of it.
 */
export function joinFieldLists(view: RuleView, spans: RuledSpan[], lex: Lexicon, gaz: Gazetteer, commonNoun: (word: string) => boolean): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  // Each part is a field's common noun written as a name ("Labour", "Rural Affairs"), no word for a body ("Treasury and
  // Cabinet Office", "Navy and Air Force"); the last part is no name the gazetteer knows ("Ministry of Defence, Google
  // and Apple" lists three bodies), and the first field no place ("Bank of England, Treasury and ...").
  const field = (k: number): boolean => capitalised(w[k]) && !view.tail[k] && commonNoun(w[k]!) && !lex.orgCue(w[k]!.toLowerCase()) && !isDemonymWord(w[k]!, gaz);
  for (const x of spans) {
    if (x.type === 'person' || x.end - x.start < 3 || !lex.orgCue(w[x.start]!.toLowerCase()) || !ENGLISH_FIELD_LINKS.has(w[x.start + 1]!)) continue;
    if (knownPlace(gaz, w.slice(x.start + 2, x.end).join(' '), 'en')) continue;
    let k = x.end;
    // A middle field may take an article too ("Department of Water, Energy, the Environment and Climate").
    for (;;) {
      if (w[k] === ',' && field(k + 1)) k += 2;
      else if (w[k] === ',' && w[k + 1] === 'the' && field(k + 2)) k += 3;
      else break;
    }
    // Two fields may stand without a comma ("Department for Energy Security and Net Zero"); the last may take an article
    // ("Department of Agriculture, Food and the Marine").
    if (w[k] === 'and' && w[k + 1] === 'the' && field(k + 2)) k++;
    if ((w[k] !== 'and' && w[k] !== 'the') || !field(k + 1)) continue;
    // The last field's second word may be any capitalised word ("Net Zero"); the field ends the name, which no
    // capitalised word goes on after ("Ministry of Health and World Health Organization" is two).
    // Not a body the tagger found there ("the Department for Transport and Transport Focus"), nor a title's plural
    // ("Labour MPs").
    if (spans.some((s) => s.start === k + 1 && s.end > k + 2 && s.type === 'organization')) continue;
    let end = k + 2;
    while (end < w.length && end - k <= 2 && (field(end) || (capitalised(w[end]) && !view.tail[end] && !lex.orgCue(w[end]!.toLowerCase()) && !lex.title(w[end]!.replace(/s$/u, ''))))) end++;
    if (capitalised(w[end]) || lex.title(w[end - 1]!.replace(/s$/u, '')) || gaz.lookup(w.slice(k + 1, end).join(' '), 'en').length > 0) continue;
    joined.push({ start: x.start, end, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * "the Textile, Apparel, Footwear and Travel Goods Association": the fields before a list-named body that the tagger
 * left out, each a capitalised common noun and its comma, after a lower-case word (en).
 */
export function withFieldListOpeners(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, commonNoun: (word: string) => boolean): void {
  const w = view.words;
  const field = (k: number): boolean => k >= 0 && capitalised(w[k]) && !view.tail[k] && commonNoun(w[k]!) && !isDemonymWord(w[k]!, gaz) && !covers(spans, k);
  for (const x of spans) {
    if (x.type !== 'organization' || !w.slice(x.start, x.end).includes('and')) continue;
    let start = x.start;
    while (w[start - 1] === ',' && field(start - 2)) start -= 2;
    // Or after the article that opens the sentence ("The Meteorology, Climatology and Geophysical Agency said"), or an
    // owner's genitive ("Indonesia's Meteorology, Climatology and Geophysics Agency").
    if (start === x.start) continue;
    const opening = (start === 1 && view.sentenceStart && w[0] === 'The') || /['’]s?$/u.test(w[start - 1] ?? '');
    if (/^\p{Ll}/u.test(w[start - 1] ?? '') || opening) x.start = start;
  }
}

/** How many words after a broadcaster's head word may belong to its name ("TV 2 Øst", "Radio Free Europe"). */
const MAX_MEDIA_WORDS = 3;

/**
 * "TV Syd", "TV 2 Øst", "Radio Free Europe": a broadcaster's head word before capitalised words or a channel number
 * names an organization, also where the tagger took only part of it; an organization right before it owns it ("BBC
 * Radio 4").
 */
export function joinBroadcasters(view: RuleView, spans: RuledSpan[], words: RuleWords): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    if (!words.mediaHeads.has(w[i]) || view.tail[i]) continue;
    let end = i + 1;
    // A channel's number is one digit, right after the head ("TV 2 Øst"; not "TV 20 hours a week").
    if (/^\p{N}$/u.test(w[end] ?? '')) end++;
    while (end < w.length && end - i <= MAX_MEDIA_WORDS && !view.tail[end] && capitalised(w[end]) && !isDateWord(words, w[end])) end++;
    // Not a headline's capitalised words ("TV Ratings Fall Sharply"), a person the tagger found after the head ("state
    // TV Putin said"; one that takes the head in is the broadcaster, "Radio Lancashire"), or an acronym that names the
    // broadcaster alone ("state TV KCTV").
    const headline = w[end] === undefined && end - i > 2;
    if (end === i + 1 || capitalised(w[end]) || headline || (end === i + 2 && ACRONYM.test(w[i + 1]!))) continue;
    if (spans.some((s) => s.type === 'person' && s.start > i && s.start < end)) continue;
    const owner = spans.find((s) => s.start < i && i <= s.end && s.type === 'organization');
    const start = owner ? owner.start : i;
    joined.push({ start, end: Math.max(end, owner?.end ?? end), type: 'organization', strong: true });
    i = end - 1;
  }
  return withJoined(spans, joined);
}

/** An English ordinal ("45th", "101st"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

/** "the 45th Panzer Brigade", "the 2nd Circuit": a numbered unit's ordinal is the first word of its name. */
export function joinOrdinals(view: RuleView, spans: RuledSpan[], words: RuleWords): RuledSpan[] {
  const w = view.words;
  for (const s of spans) {
    if (!words.numberedUnits.has(w[s.end - 1]!)) continue;
    // Whatever the tagger took it for ("Panzer Brigade" as a person's name).
    s.type = 'organization';
    if (s.start > 0 && ORDINAL.test(w[s.start - 1]!) && !covers(spans, s.start - 1)) s.start--;
  }
  return spans;
}

/** Small words a name may hold that its acronym leaves out ("Campaign to Protect Rural England (CPRE)"). */
const ACRONYM_SKIPPED = new Set(['of', 'to', 'for', 'the', 'and', 'on', 'in', '&']);

/**
 * "The Campaign to Protect Rural England (CPRE) said", "the Catholic Bishops' Conference of the Philippines (CBCP)",
 * "the University of California, Los Angeles (UCLA)": the capitalised words before an acronym in parentheses whose
 * initials spell it are one organization's name, whatever the tagger cut of them (en).
 */
export function joinAcronymNames(view: RuleView, spans: RuledSpan[]): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (let i = 1; i + 2 < w.length; i++) {
    if (w[i] !== '(' || w[i + 2] !== ')' || !NAME_ACRONYM.test(w[i + 1]!)) continue;
    const acronym = w[i + 1]!.toLowerCase();
    let letters = '';
    let k = i - 1;
    for (; k >= 0 && letters.length < acronym.length; k--) {
      const word = w[k]!.replace(/['’]s?$/u, '');
      if (/^\p{Lu}/u.test(word) && !view.tail[k]) letters = word[0]!.toLowerCase() + letters;
      // A possessive's mark inside the name ("Bishops' Conference") spells nothing either, nor a comma before a place
      // or a field of it ("University of California, Los Angeles").
      else if ((!ACRONYM_SKIPPED.has(word) && !/^['’]s?$/u.test(w[k]!) && word !== ',') || letters.length === 0) break;
    }
    const start = k + 1;
    if (letters !== acronym || !/^\p{Lu}/u.test(w[start]!) || i - start < 2) continue;
    // Already one span of the whole name: nothing to join.
    if (spans.some((s) => s.start === start && s.end === i)) continue;
    joined.push({ start, end: i, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/** Words that open an institution's field ("Court on Human Rights", "Ministry of Labour", "Fund for Animals"). */
const FIELD_OPENERS = new Set(['on', 'of', 'for']);

/**
 * "the African Court on Human and Peoples' Rights": an organization's field that holds a plural possessive goes on
 * over it to the capitalised words it owns, which the tagger cut off (en).
 */
export function joinPossessiveFields(view: RuleView, spans: RuledSpan[]): RuledSpan[] {
  const w = view.words;
  const joined: RuledSpan[] = [];
  for (const x of spans) {
    const mark = x.end;
    if (x.type !== 'organization' || !/['’]$/u.test(w[mark] ?? '') || !/\p{Ll}s$/u.test(w[mark - 1]!) || !w.slice(x.start + 1, mark - 1).some((word) => FIELD_OPENERS.has(word))) continue;
    // One plural noun ("Rights", "Affairs"), not a document ("Council of Ministers' Decision").
    const owned = w[mark + 1] ?? '';
    if (/^\p{Lu}\p{Ll}+s$/u.test(owned) && !view.tail[mark + 1] && !capitalised(w[mark + 2])) joined.push({ start: x.start, end: mark + 2, type: 'organization', strong: true });
  }
  return withJoined(spans, joined);
}

/**
 * "Jordan Henderson visited", "Georgia Harrison said": two words side by side that the tagger took for two places are a
 * person's given name and surname (places named one after the other are parted by a comma or a word); not a pair the
 * gazetteer knows as a name of its own, nor one that ends in a country.
 */
export function joinGivenNamePlaces(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, lang: Lang): RuledSpan[] {
  const w = view.words;
  let out: RuledSpan[] | undefined;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.end !== b.start || a.end - a.start !== 1 || b.end - b.start !== 1 || a.type === 'person' || b.type === 'person' || view.tail[b.start]) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w[a.start]!) || !/^\p{Lu}\p{Ll}+$/u.test(w[b.start]!)) continue;
    if (gaz.lookup(w.slice(a.start, b.end).join(' '), lang).length > 0 || gaz.lookup(w[b.start]!, lang).some((e) => e.place?.kind === 'country')) continue;
    out ??= spans.map((s) => ({ ...s }));
    out[i] = { start: a.start, end: b.end, type: 'person', strong: true };
    out[i + 1] = { ...b, end: b.start };
    i++;
  }
  return out ? out.filter((s) => s.end > s.start) : spans;
}

/**
 * "Region of Peel Police", "City of London Police": a body named after a place's formal name ("Region of Peel") opens
 * with the place's kind and "of", which the tagger may leave out of an organization's name of two or more words (en).
 */
export function withFormalPlaceNames(view: RuleView, spans: RuledSpan[], words: RuleWords): void {
  const w = view.words;
  for (const s of spans) {
    if (s.type !== 'organization' || s.end - s.start < 2 || s.start < 2 || !capitalised(w[s.start - 2]) || covers(spans, s.start - 2)) continue;
    const opening = [w[s.start - 2]!.toLowerCase(), w[s.start - 1]];
    if (words.placeIntroducers.some((phrase) => phrase.length === 2 && phrase[0] === opening[0] && phrase[1] === opening[1])) s.start -= 2;
  }
}

/**
 * "Save the Elephants", "Stop the War Coalition", "Save Bantry Bay": a name after the words that open a campaign's or
 * charity's name is that organization's, those words included (en).
 */
export function withCampaignOpeners(view: RuleView, spans: RuledSpan[], words: RuleWords): RuledSpan[] {
  const w = view.words;
  const taken = new Set<RuledSpan>();
  for (const s of spans) {
    // "Save Bantry Bay": the tagger may take the opener in, and the name for a place's.
    const inside = words.campaignOpeners.find((p) => s.end - s.start > p.length && p.every((word, k) => w[s.start + k] === word));
    if (inside && (s.start > 0 || !view.sentenceStart)) {
      s.type = 'organization';
      s.strong = true;
      continue;
    }
    const opener = words.campaignOpeners.find((p) => s.start >= p.length && p.every((word, k) => w[s.start - p.length + k] === word));
    if (!opener) continue;
    // "Bevar | Tange Sø": the tagger may take the opener for a name of its own.
    const alone = spans.find((x) => x.start === s.start - opener.length && x.end === s.start);
    if (alone) taken.add(alone);
    else if (covers(spans, s.start - opener.length)) continue;
    s.start -= opener.length;
    s.type = 'organization';
    s.strong = true;
  }
  return taken.size ? spans.filter((x) => !taken.has(x)) : spans;
}

/**
 * "the candidacy of Mosharraf Hossain Talukder": a capitalised word that no dictionary, title list or gazetteer knows,
 * right before a person's name the tagger read without it, is that name's first word (en). Not a sentence's first word.
 */
export function joinUnknownFirstNames(view: RuleView, spans: RuledSpan[], gaz: Gazetteer, unknownWord: (word: string) => boolean): void {
  const w = view.words;
  for (const s of spans) {
    const k = s.start - 1;
    if (s.type !== 'person' || k < 0 || (k === 0 && view.sentenceStart) || view.tail[k] || view.tail[s.start] || !capitalised(w[k]) || covers(spans, k)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w[k]!) || !unknownWord(w[k]!) || gaz.lookup(w[k]!, 'en').length > 0) continue;
    s.start = k;
  }
}

