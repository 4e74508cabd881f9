import { statements } from '../stages/statements.js';
import { speechLexicon } from '../stages/statements/lexicon.js';
import { docOf, org, person, place, res } from './statements-support.js';

describe('statements: the layer it adds', () => {
  const text =
    'Støre besøker Kyiv\n\n' +
    '– Norge vil støtte Ukraina så lenge det trengs, sier statsminister Jonas Gahr Støre til NTB.\n\n' +
    'Ifølge Reuters har Russland flyttet styrker mot Kharkiv.';
  const named = [person('Jonas Gahr Støre', 'Støre'), place('Kyiv'), place('Norge'), place('Ukraina'), org('NTB'), org('Reuters'), place('Russland'), place('Kharkiv')];

  it('gives spans that are exactly the text, with the entities inside them as "about"', () => {
    const doc = statements(docOf(text, 'nb', named), res);
    expect(doc.statements!.length).toBe(2);
    for (const s of doc.statements!) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const [direct, reported] = doc.statements!;
    const names = (ids: number[]): string[] => ids.map((i) => doc.entities![i].name);
    expect(direct).toMatchObject({ kind: 'direct', lang: 'nb', cue: 'sier', text: 'Norge vil støtte Ukraina så lenge det trengs' });
    expect(names([direct.speaker!])).toEqual(['Jonas Gahr Støre']);
    expect(names(direct.about)).toEqual(['Norge', 'Ukraina']);
    expect(names(reported.about)).toEqual(['Russland', 'Kharkiv']);
    expect(names([reported.speaker!])).toEqual(['Reuters']);
  });

  it('records roles with their offsets and language, and keeps the earlier layers as they were', () => {
    const before = docOf(text, 'nb', named);
    const doc = statements(before, res);
    expect(doc.tokens).toBe(before.tokens);
    expect(doc.mentions).toBe(before.mentions);
    expect(doc.roles!.map((r) => ({ who: doc.entities![r.entity].name, text: doc.text.slice(r.start, r.end), lang: r.lang }))).toEqual([
      { who: 'Jonas Gahr Støre', text: 'statsminister', lang: 'nb' },
    ]);
  });

  it('stops a statement where page furniture starts', () => {
    const furniture = 'Ukraina foreslår at Krim blir drøftet senere.Kilde: NTB';
    const doc = statements(docOf(furniture, 'nb', [place('Ukraina'), place('Krim'), org('NTB')]), res);
    expect(doc.statements!.map((s) => s.text)).toEqual(['Krim blir drøftet senere']);
  });

  it('refuses a document without entities', () => {
    const doc = docOf('– Hei, sa han.', 'nb', []);
    expect(() => statements({ ...doc, entities: undefined }, res)).toThrow(/needs tokens, sentences, language, mentions and entities/);
  });
});

describe('statements: the speech data files', () => {
  it.each([
    ['nb', 'sa', 'talsmannen', 'ifølge'],
    ['da', 'sagde', 'talsmanden', 'ifølge'],
    ['en', 'said', 'spokesman', 'according to'],
  ] as const)('%s: loads cues, definite titles and relay words', (lang, said, title, according) => {
    const lex = speechLexicon(res, lang);
    expect(lex.cues.get(said)?.[0].words).toEqual([said]);
    expect(lex.roleOf(title)).toMatchObject({ definite: lang !== 'en' });
    expect(lex.according.map((p) => p.join(' '))).toContain(according);
    expect(lex.roleOf(lang === 'en' ? 'negotiators' : 'forhandlerne')).toBeUndefined();
  });
});
