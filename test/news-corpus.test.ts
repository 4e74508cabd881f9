import { newsArticles, newsEvalDir, goldSentences, type GoldArticle } from '../stages/ner/news-corpus.js';
import { res } from './helpers.js';

/** The training sentences of an article as "tokens | entity/type ...". */
function sentences(text: string, gold: Omit<GoldArticle, 'file'>): string[] {
  return goldSentences(Buffer.from(text), { file: 't.txt', ...gold }, res).map(({ lang, sentence }) =>
    `${lang}: ${sentence.tokens.join(' ')} | ${sentence.entities.map((e) => `${e.text}/${e.type}`).join(' ')}`,
  );
}

describe('news training sentences from annotated articles', () => {
  it('labels every written form in the tagger\'s view: compounds split, genitives whole, longer forms first', () => {
    const text =
      'Kreml avviser kravet\n\n' +
      'Kreml-talsmannen Dmitrij Peskov sa at Putins regjering ikke vil svare, ifølge NTB.\n\n' +
      'Peskov la til at Oslo tingrett ikke har noe med Oslo å gjøre.\n';
    expect(sentences(text, {
      entities: [
        { type: 'organization', mentions: ['Kreml'] },
        { type: 'person', mentions: ['Dmitrij Peskov', 'Peskov'] },
        { type: 'person', mentions: ['Putins'] },
        { type: 'organization', mentions: ['NTB'] },
        { type: 'organization', mentions: ['Oslo tingrett'] },
        { type: 'place', mentions: ['Oslo'] },
      ],
    })).toEqual([
      'nb: Kreml avviser kravet | Kreml/organization',
      'nb: Kreml talsmannen Dmitrij Peskov sa at Putins regjering ikke vil svare , ifølge NTB . | Kreml/organization Dmitrij Peskov/person Putins/person NTB/organization',
      'nb: Peskov la til at Oslo tingrett ikke har noe med Oslo å gjøre . | Peskov/person Oslo tingrett/organization Oslo/place',
    ]);
  });

  it('leaves an English possessive out of the name, and drops a run where an ignored name is written', () => {
    const text = 'Smith\'s plan fails\n\n"It will not work," said Jane Smith, the minister. Smith\'s office declined to comment.\n\n' +
      'The report was written by Ola Hansen for the ministry.\n';
    expect(sentences(text, {
      entities: [{ type: 'person', mentions: ['Jane Smith', "Smith's"] }],
      ignore: ['Ola Hansen'],
    })).toEqual([
      "en: Smith 's plan fails | Smith/person",
      'en: " It will not work , " said Jane Smith , the minister . | Jane Smith/person',
      "en: Smith 's office declined to comment . | Smith/person",
    ]);
  });

  it('reads every article the training list names from eval/dev', () => {
    const articles = newsArticles(newsEvalDir());
    expect(articles.length).toBe(1239);
    expect(articles.every(({ article, bytes }) => article.entities.length > 0 && bytes.length > 0)).toBe(true);
  });
});
