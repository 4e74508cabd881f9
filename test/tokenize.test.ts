import type { ArticleDoc } from '../stages/types.js';
import { prepared } from './helpers.js';

const texts = (doc: ArticleDoc): string[] => (doc.tokens ?? []).map((t) => t.text);
const sentences = (doc: ArticleDoc): string[] => (doc.sentences ?? []).map((s) => doc.text.slice(s.start, s.end));

describe('tokenize', () => {
  it('is lossless: every non-space character is in exactly one token, at its offset', () => {
    const text = '– Vi er klare, sa Putin.\n\n«Ikke naive» – Kreml-talsmannen svarte 29. mars: 50–60 soldater, ca. 130.000 i alt…';
    const doc = prepared(text);
    let covered = '';
    for (const t of doc.tokens ?? []) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      covered += t.text;
    }
    expect(covered).toBe(text.replace(/\s/g, ''));
  });

  it('marks speech dashes, splits name compounds and keeps Norwegian genitives whole', () => {
    const doc = prepared('– Det sa Kreml-talsmannen om Putins plan og FN-møtet i Odd-Roger Enoksens hjemby.');
    expect(texts(doc)).toEqual(['–', 'Det', 'sa', 'Kreml', '-', 'talsmannen', 'om', 'Putins', 'plan', 'og', 'FN', '-', 'møtet', 'i', 'Odd-Roger', 'Enoksens', 'hjemby', '.']);
    const tokens = doc.tokens ?? [];
    expect(tokens[0].kind).toBe('dash');
    expect(tokens.slice(3, 6).map((t) => [t.compound, t.glued])).toEqual([['head', false], ['hyphen', true], ['tail', true]]);
    expect(tokens[14].compound).toBeUndefined();
  });

  it('ends a sentence after an acronym that is spelled like an abbreviation ("til DR."), but not after "Dr."', () => {
    const doc = prepared('Det siger hun til DR. Senere talte hun med Dr. Hansen.');
    expect(texts(doc)).toEqual(['Det', 'siger', 'hun', 'til', 'DR', '.', 'Senere', 'talte', 'hun', 'med', 'Dr.', 'Hansen', '.']);
    expect(sentences(doc)).toEqual(['Det siger hun til DR.', 'Senere talte hun med Dr. Hansen.']);
  });

  it('keeps hyphenated given names whole', () => {
    expect(texts(prepared('Cho Tae-yul møtte Hyun-woo Baek i EU-landet.'))).toEqual(['Cho', 'Tae-yul', 'møtte', 'Hyun-woo', 'Baek', 'i', 'EU', '-', 'landet', '.']);
  });

  it('keeps a hyphenated given name after a family name whole ("Huang Mei-ling"), and splits a compound after a lower-case word', () => {
    expect(texts(prepared('Huang Mei-ling møtte Nato-landene.'))).toEqual(['Huang', 'Mei-ling', 'møtte', 'Nato', '-', 'landene', '.']);
  });

  it('keeps a place name of several hyphenated parts ending in a capital whole ("Port-au-Prince")', () => {
    expect(texts(prepared('Fra Port-au-Prince til Croix-des-Bouquets.'))).toEqual(['Fra', 'Port-au-Prince', 'til', 'Croix-des-Bouquets', '.']);
  });

  it('splits a short compound tail after an acronym ("NATO-led"), not after a capitalised name ("Tae-yul")', () => {
    expect(texts(prepared('The NATO-led force met Tae-yul.'))).toEqual(['The', 'NATO', '-', 'led', 'force', 'met', 'Tae-yul', '.']);
  });

  it('reads a Danish hyphen at the start of a paragraph as a speech dash, and a suspended hyphen as punctuation', () => {
    const doc = prepared('- Vi trækker kamp- og bombefly tilbage, siger han.');
    const kinds = (doc.tokens ?? []).map((t) => `${t.text}/${t.kind}`);
    expect(kinds.slice(0, 5)).toEqual(['-/dash', 'Vi/word', 'trækker/word', 'kamp/word', '-/punct']);
  });

  it('tells opening from closing quote marks for «», »« and straight quotes', () => {
    const marks = (text: string) => (prepared(text).tokens ?? []).filter((t) => t.kind === 'quote').map((t) => `${t.text}${t.quote}`);
    expect(marks('Han kalte det «et godt tegn» i går.')).toEqual(['«open', '»close']);
    expect(marks('Han kaldte det »et godt tegn« i går.')).toEqual(['»open', '«close']);
    expect(marks('He said, "We will go." Then he left.')).toEqual(['"open', '"close']);
    expect(marks("Lavrov said 'there is always a chance' for a deal.")).toEqual(["'open", "'close"]);
  });

  it("splits English genitives and reads a trailing apostrophe after a name as a genitive, not a quote", () => {
    const doc = prepared("Russia's envoy quoted the Financial Times' report on Putin's plan.");
    expect(texts(doc)).toEqual(['Russia', "'s", 'envoy', 'quoted', 'the', 'Financial', 'Times', "'", 'report', 'on', 'Putin', "'s", 'plan', '.']);
    const apostrophe = (doc.tokens ?? [])[7];
    expect([apostrophe.kind, apostrophe.glued, apostrophe.quote]).toEqual(['punct', true, undefined]);
  });

  it("reads \"'s\" after a name's question mark as its genitive, in the same sentence", () => {
    const doc = prepared("Rocio Concha, Which?'s director, agreed. Why? Nobody knows.");
    expect(texts(doc)).toEqual(['Rocio', 'Concha', ',', 'Which', '?', "'s", 'director', ',', 'agreed', '.', 'Why', '?', 'Nobody', 'knows', '.']);
    expect((doc.sentences ?? []).length).toBe(3);
  });

  it('ends a sentence, and no abbreviation, at a period that ends its paragraph ("leader Hun Sen.")', () => {
    const doc = prepared('She deferred to the former leader Hun Sen.\n\nSen. Warren said no.');
    expect(texts(doc)).toEqual(['She', 'deferred', 'to', 'the', 'former', 'leader', 'Hun', 'Sen', '.', 'Sen.', 'Warren', 'said', 'no', '.']);
  });

  it('keeps a Korean given name of a longer syllable whole, but splits a name before an English compound tail', () => {
    const doc = prepared('President Lee Jae-myung met Chung Dong-young and the Delhi-based group.');
    expect(texts(doc)).toEqual(['President', 'Lee', 'Jae-myung', 'met', 'Chung', 'Dong-young', 'and', 'the', 'Delhi', '-', 'based', 'group', '.']);
  });

  it('keeps a company form with a slash as one token (A/S)', () => {
    const doc = prepared('Selskabet Femern A/S oplyser, at Nordhavn Bolig A/S har tabt.');
    expect(texts(doc)).toEqual(['Selskabet', 'Femern', 'A/S', 'oplyser', ',', 'at', 'Nordhavn', 'Bolig', 'A/S', 'har', 'tabt', '.']);
  });

  it("reads an abbreviation only in its own language, and a number sign's period as no sentence end", () => {
    expect(sentences(prepared('Landbruget er under pres. Ifølge foreningen falder antallet af køer.'))).toEqual([
      'Landbruget er under pres.', 'Ifølge foreningen falder antallet af køer.',
    ]);
    expect(sentences(prepared('The vote was called by Pres. Ruiz in March. She is the world No. 5 and won.'))).toEqual([
      'The vote was called by Pres. Ruiz in March.', 'She is the world No. 5 and won.',
    ]);
    expect(sentences(prepared('He said no. 2024 was a hard year.'))).toEqual(['He said no.', '2024 was a hard year.']);
  });

  it('splits sentences at final punctuation, not after abbreviations, ordinal dates or initials', () => {
    const doc = prepared('Møtet var 29. mars i Istanbul. Bl.a. deltok J. Smith fra USA. Han sa: «Det gikk bra.» Så dro han hjem!');
    expect(sentences(doc)).toEqual(['Møtet var 29. mars i Istanbul.', 'Bl.a. deltok J. Smith fra USA.', 'Han sa: «Det gikk bra.»', 'Så dro han hjem!']);
    // A capital before a quotation ends the sentence; before a quoted nickname it stays an initial of a name.
    expect(sentences(prepared('He said there was no plan B. "We are ready," she said. They met J. "Jack" Smith.'))).toEqual([
      'He said there was no plan B.', '"We are ready," she said.', 'They met J. "Jack" Smith.',
    ]);
  });

  it('keeps paragraphs apart: a sentence never spans a blank line', () => {
    const doc = prepared('Kaller det omgruppering\n\n– Vi ser et lite antall styrker, sa Kirby.');
    expect(sentences(doc)).toEqual(['Kaller det omgruppering', '– Vi ser et lite antall styrker, sa Kirby.']);
    expect((doc.sentences ?? []).map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe('tokenize: datelines', () => {
  it('ends a dateline that opens a paragraph as a sentence of its own, but not a body\'s name and its long form', () => {
    const doc = prepared('Cuts ahead\n\nPITTSBURGH (AP) — The University of Pittsburgh said it will freeze hiring.\n\nSTONE TOWN, Zanzibar - One festival will not take place.\n\nLUCKNOW: The Editors Guild of India condemned the case.');
    expect(sentences(doc)).toEqual([
      'Cuts ahead', 'PITTSBURGH (AP) —', 'The University of Pittsburgh said it will freeze hiring.', 'STONE TOWN, Zanzibar -', 'One festival will not take place.', 'LUCKNOW:', 'The Editors Guild of India condemned the case.',
    ]);
    expect(sentences(prepared('SIND – Landsforeningen for psykisk sundhed kalder udmeldingen et skridt i den rigtige retning.'))).toHaveLength(1);
  });
});

describe('tokenize: compounds after a capitalised word', () => {
  it('splits a name\'s compound on a Nordic noun, and keeps an East Asian given name whole after the family name', () => {
    expect(texts(prepared('Ifølge Mowi-sjef Ivan Vindheim vil kuttet koste.')).slice(0, 4)).toEqual(['Ifølge', 'Mowi', '-', 'sjef']);
    expect(texts(prepared('Curlingspilleren Kim Su-jins karriere er slut.')).slice(1, 3)).toEqual(['Kim', 'Su-jins']);
    expect(texts(prepared('Lee Jae-myung said so.')).slice(0, 2)).toEqual(['Lee', 'Jae-myung']);
  });
});
