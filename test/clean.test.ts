import { clean } from '../stages/clean.js';
import { decodeArticle } from '../stages/read.js';
import { nonContent, res } from './helpers.js';

const cleaned = (text: string) => clean(decodeArticle(Buffer.from(text, 'utf8'), 'a.txt'), res);

describe('clean', () => {
  it('reads the header line into the date and marks it as non-content, keeping the rest of the line', () => {
    const doc = cleaned(' date 2022-02 Rusland oplyser tirsdag, at styrker trækkes tilbage.\n');
    expect(doc.meta?.date).toBe('2022-02');
    expect(nonContent(doc)).toEqual(['header:  date 2022-02 ']);
    expect(doc.text).toBe(' date 2022-02 Rusland oplyser tirsdag, at styrker trækkes tilbage.\n');
  });

  it('marks page furniture and the topic list at the end', () => {
    const doc = cleaned('Skip to main content\n\nTalks Resume In Geneva\n\nThe talks resumed on Monday, officials said.\nImage\n\nTopics\nInternational\nPolitics');
    expect(nonContent(doc)).toEqual(['navigation: Skip to main content', 'navigation: Image', 'navigation: Topics\nInternational\nPolitics']);
    expect(doc.meta?.title).toBe('Talks Resume In Geneva');
  });

  it('marks photo credits, caption labels and source lines, even glued to a sentence', () => {
    const doc = cleaned(
      'PÅ VEI: Statsministeren reiser til Brussel. Foto: Kari Nordmann / NTB\n\nSamtalene fortsetter i morgen.Kilde: NTB\n\nBrødrene ble sett i Bergen sammen med venner.',
    );
    expect(nonContent(doc)).toEqual(['label: PÅ VEI:', 'credit: Foto: Kari Nordmann / NTB', 'source: Kilde: NTB']);
    expect(doc.meta?.title).toBeNull();
  });

  it('keeps a caption between a photo label and its credit as content, but not a list of names between two labels', () => {
    const doc = cleaned(
      'Ruling\n\nPhoto: Google\'s headquarters in Mountain View, California. Credit: Justin Sullivan/Getty Images\n\nFoto: Ola Nordmann og Kari Hansen. Grafikk: Per Olsen / NRK',
    );
    expect(nonContent(doc)).toEqual(['label: Photo:', 'credit: Credit: Justin Sullivan/Getty Images', 'credit: Foto: Ola Nordmann og Kari Hansen. Grafikk: Per Olsen / NRK']);
  });

  it('marks a "Photograph:" credit after a caption', () => {
    const doc = cleaned('UK Sport cuts funding\n\nRunners at a meeting in Birmingham. Photograph: Tom Whitfield/EPA\n\nUK Sport said it had to prioritise.');
    expect(nonContent(doc)).toEqual(['credit: Photograph: Tom Whitfield/EPA']);
  });

  it('marks bylines and graphic credits in capitals', () => {
    const doc = cleaned('Af Mette Hansen og Lars Jensen\n\nRegeringen vil sænke skatten.\n\nINSTITUTE FOR DEFENCE STUDIES / DR (Opdateret 02.04.2023)');
    expect(nonContent(doc)).toEqual(['byline: Af Mette Hansen og Lars Jensen', 'credit: INSTITUTE FOR DEFENCE STUDIES / DR (Opdateret 02.04.2023)']);
    expect(doc.meta?.date).toBe('2023-04-02');
  });

  it('leaves ordinary sentences alone', () => {
    const doc = cleaned('Av alle landene i Europa er Norge det rikeste, sier han.\n\nAv og til regner det.');
    expect(nonContent(doc)).toEqual([]);
    expect(doc.meta).toEqual({ date: null, title: null, nonContent: [] });
  });
});

describe('clean: datelines', () => {
  it('keeps a place\'s name in capitals before a colon as content, and a label as none', () => {
    const doc = cleaned('Protest\n\nNEW DELHI: Hundreds of students staged a sit-in.\n\nLES OGSÅ: Dette skjedde i går.');
    expect((doc.meta?.nonContent ?? []).map((n) => `${doc.text.slice(n.start, n.end)}/${n.kind}`)).toEqual(['LES OGSÅ:/label']);
  });
});
