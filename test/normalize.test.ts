import { entities } from '../stages/entities.js';
import { normalize } from '../stages/normalize.js';
import type { ArticleDoc, Mention } from '../stages/types.js';
import { prepared, res } from './helpers.js';
import { normalized } from './names/marked.js';

const entitiesOf = (text: string): ArticleDoc => entities(prepared(text), res);

/** The organizations of a text, each as "name (alias | alias)". */
const organizations = (text: string): string[] =>
  normalize(entitiesOf(text), res).entities!.filter((e) => e.type === 'organization').map((e) => `${e.name} (${e.aliases.join(' | ')})`);
const organizationNames = (text: string): string[] =>
  normalize(entitiesOf(text), res).entities!.filter((e) => e.type === 'organization').map((e) => e.name);

const summary = (doc: ArticleDoc) => doc.entities!.map((e) => [e.type, e.name, e.aliases.join(' | '), e.known]);

describe('normalize', () => {
  it('names Norwegian and Danish ministries and agencies by their official English names, genitives and suspended compounds too', () => {
    const name = (text: string) => normalize(entitiesOf(text), res).entities!.map((e) => `${e.name} (${e.aliases.join(' | ')})`);
    expect(name('Kommunestyret vil be Helse- og omsorgsdepartementet overprøve vedtaket, skriver Helsedirektoratet.')).toEqual([
      'Ministry of Health and Care Services (Helse- og omsorgsdepartementet)',
      'Norwegian Directorate of Health (Helsedirektoratet)',
    ]);
    expect(name('Ifølge Rigspolitiets opgørelse er 40 anholdt, oplyser Søfartsstyrelsen.')).toEqual([
      'Danish National Police (Rigspolitiets)',
      'Danish Maritime Authority (Søfartsstyrelsen)',
    ]);
  });

  it('takes "Regjeringen" opening a sentence for the common noun it is, no body of its own', () => {
    expect(organizationNames('Stavkirken forfaller.\n\n– Regjeringen har i flere år skrytt av programmet, sier Kari-Anne Sand i Høyre.')).toEqual(['Conservative Party (Norway)']);
  });

  it('names national bodies of English-speaking countries by their English Wikipedia titles', () => {
    expect(organizationNames('The U.S. Department of Labor said on Thursday it had recovered $1.2 million. The Labor Department added that it would appeal.')).toEqual([
      'United States Department of Labor',
    ]);
    expect(organizationNames('The U.S. Coast Guard and the National Transportation Safety Board (NTSB) said the NTSB would lead.')).toEqual([
      'United States Coast Guard',
      'National Transportation Safety Board',
    ]);
    expect(organizationNames("Lloyd's List reported that Lloyd's had raised its rates.")).toEqual(["Lloyd's List", "Lloyd's of London"]);
    expect(organizationNames('The Union Home Ministry said the Indian Army had been deployed, and the Kenya Wildlife Service agreed.')).toEqual([
      'Ministry of Home Affairs (India)',
      'Indian Army',
      'Kenya Wildlife Service',
    ]);
  });

  it("names a body many countries' bodies are named alike after the country the article is about", () => {
    const bodies = organizations;
    const india = 'The Supreme Court in New Delhi ruled that the law stands. The government in Mumbai said the Senate would debate it.';
    expect(bodies(india)).toEqual(['Supreme Court (India) (Supreme Court)', 'Senate (India) (Senate)']);
    const australia = 'The Senate in Canberra voted on Tuesday, said a spokesman in Sydney. The Treasury agreed.';
    expect(bodies(australia)).toEqual(['Senate (Australia) (Senate)', 'Treasury (Australia) (Treasury)']);
    // Its own country's news, or news that names that country half as often as its own, keep the gazetteer's body.
    expect(bodies('The Senate in Washington voted on Tuesday, said a spokesman in Texas.')).toEqual(['United States Senate (Senate)']);
    expect(bodies('The Senate in Canberra voted on Tuesday, said a spokesman in Sydney, after talks in Washington.')).toEqual(['United States Senate (Senate)']);
    expect(bodies('The Senate in Canberra voted on Tuesday, said a spokesman in Sydney, after talks in Perth and Washington.')).toEqual(['Senate (Australia) (Senate)']);
    expect(bodies('Conservative MP Jane Smith said in London that Leeds and Manchester agreed.')).toEqual(['Conservative Party (UK) (Conservative)']);
    expect(bodies('Conservative MP Jane Smith said in Ottawa that Toronto and Calgary agreed.')).toEqual(['Conservative (Canada) (Conservative)']);
    expect(bodies('FF and FG councillors in Cork and Dublin voted against it.')).toEqual(['Fianna Fáil (FF)', 'Fine Gael (FG)']);
    expect(bodies('The Department of Education said schools in Cork and Dublin would open.')).toEqual(['Department of Education (Ireland) (Department of Education)']);
    expect(bodies('The Department of Education said schools in Boston and Chicago would open.')).toEqual(['United States Department of Education (Department of Education)']);
    // The gazetteer's body of that name, where it has one.
    const danish = normalize(entitiesOf('The Social Democrats in Copenhagen lost seats in Aarhus and Odense, the party said.'), res).entities!;
    expect(danish.filter((e) => e.type === 'organization').map((e) => [e.name, e.key, e.known])).toEqual([['Social Democrats (Denmark)', 'org:social-democrats-denmark', true]]);
    // Without a country named at least twice, and more often than any other, a shared name stays as written.
    expect(bodies('The Supreme Court ruled on Monday, said a lawyer in Delhi.')).toEqual(['Supreme Court (Supreme Court)']);
    expect(bodies('The Supreme Court in Delhi ruled after talks in Paris and Mumbai with officials from Lyon.')).toEqual(['Supreme Court (Supreme Court)']);
  });

  it('joins a one-word name to the one longer name of the article that puts a place or nationality before it, named by the longer', () => {
    expect(organizations('The European Commission said on Monday that the rules would change. The Commission added that talks would go on.')).toEqual([
      'European Commission (Commission | European Commission)',
    ]);
    expect(organizations('The Berlin Senate met in Berlin on Monday, and in Munich and Hamburg people waited. The Senate agreed.')).toEqual([
      'Berlin Senate (Berlin Senate | Senate)',
    ]);
    // Two owners: neither.
    expect(organizations('The European Commission and the Kenyan Commission met. The Commission said no.')).toEqual([
      'European Commission (European Commission)', 'Kenyan Commission (Kenyan Commission)', 'Commission (Commission)',
    ]);
  });

  it('never takes a sea for a town of its name that the article\'s other places lie around, and knows seas, bodies and media by their other names', () => {
    const names = (text: string) => normalize(entitiesOf(text), res).entities!.map((e) => e.name);
    expect(names('Storms over the Atlantic hit New York on Monday, officials in New York said.')).toEqual(['Atlantic Ocean', 'New York City']);
    expect(names('Fiskerne i Esbjerg siger, at Vesterhavet er koldt.')).toEqual(['Esbjerg', 'North Sea']);
    expect(names('TOI reported that the Dáil debated it.')).toEqual(['The Times of India', 'Dáil Éireann']);
  });

  it("takes TV 2 in Danish news for Denmark's channel, in Norwegian news for Norway's", () => {
    const names = (text: string) => normalize(entitiesOf(text), res).entities!.map((e) => e.name);
    expect(names('Det siger direktøren til TV 2 i aften.')).toEqual(['TV 2 (Denmark)']);
    expect(names('Det sier direktøren til TV 2 i kveld.')).toEqual(['TV 2']);
  });

  it('takes SF in English news for Sinn Féin, in Danish news for Green Left', () => {
    const names = organizationNames;
    expect(names('SF leader Mary Lou McDonald said in Dublin that the party would vote against it.')).toEqual(['Sinn Féin']);
    expect(names("SF's formand Pia Olsen Dyhr siger, at partiet stemmer imod.")).toEqual(['Green Left (Denmark)']);
  });

  it("names a ministry by its field alone after the country that owns it: the one before it, else the article's", () => {
    const bodies = organizationNames;
    expect(bodies('The Ministry of Health said 40 people died in Nairobi. Clinics in Mombasa are full.')).toEqual(['Ministry of Health (Kenya)']);
    expect(bodies("Officials in Bishkek met in Osh on Monday, and Russia's Foreign Ministry said so.")).toEqual(['Foreign Ministry (Russia)']);
    expect(bodies("Officials in Bishkek met in Osh on Monday, and Kenya's Foreign Ministry said so.")).toEqual(['Foreign Ministry (Kenya)']);
    // A name that says whose it is, or names something beside its field, is no shared name.
    expect(bodies('The Ministry of Health of Ukraine said 40 people died in Nairobi. Clinics in Mombasa are full.')).toEqual(['Ministry of Health of Ukraine']);
    expect(bodies('The Ministry of Mombasa said 40 people died in Nairobi. Clinics in Mombasa are full.')).toEqual(['Ministry of Mombasa']);
  });

  it('groups a Norwegian article into entities named in English', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb',
      '[Russlands/Russland|place] viseforsvarsminister [Alexandr Fomin|person] sier at styrkene rundt [Kijev|place] og [Tsjernihiv|place] ' +
      'trekkes tilbake. [Fomin|person] sa det etter møtet i [Tyrkia|place]. [Putins/Putin|person] talsmann [Dmitrij Peskov|person] ' +
      'sier at [Kreml|organization] er fornøyd. [Russland|organization] har sagt noe annet før, skriver [Reuters|organization].');
    expect(summary(doc)).toEqual([
      ['place', 'Russia', 'Russland | Russlands', true],
      ['person', 'Alexander Fomin', 'Alexandr Fomin | Fomin', false],
      ['place', 'Kyiv', 'Kijev', true],
      ['place', 'Chernihiv', 'Tsjernihiv', true],
      ['place', 'Turkey', 'Tyrkia', true],
      ['person', 'Vladimir Putin', 'Putins', true],
      ['person', 'Dmitry Peskov', 'Dmitrij Peskov', false],
      ['organization', 'Kremlin', 'Kreml', true],
      ['organization', 'Reuters', 'Reuters', true],
    ]);
    const [russia, fomin, kyiv] = doc.entities!;
    expect(russia!.mentions).toEqual([0, 9]);
    expect(russia!.key).toBe('country:RU');
    expect(russia!.place).toEqual({ kind: 'country', country: 'RU' });
    expect(russia!.evidence).toEqual([
      { rule: 'gazetteer', alias: 'Russland', detail: 'country:RU' },
      { rule: 'gazetteer', alias: 'Russlands', detail: 'country:RU' },
      { rule: 'genitive', alias: 'Russlands', detail: 'Russland' },
    ]);
    expect(fomin!.key).toBe('person:fomin/a:aleksander');
    expect(fomin!.mentions).toEqual([1, 4]);
    expect(fomin!.evidence).toEqual([
      { rule: 'transliteration', alias: 'Alexandr Fomin', detail: 'Alexander Fomin' },
      { rule: 'short-form', alias: 'Fomin', detail: 'Alexander Fomin' },
    ]);
    expect(kyiv!.place).toEqual({ kind: 'city', country: 'UA', lat: 50.455, lon: 30.524, geonameId: 703448 });
  });

  it('joins a lone surname to the full name of the article, and a genitive to its name', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', '[Putins/Putin|person] ambisjoner. President [Vladimir Putin|person] sier. [Putin|person] smilte.');
    expect(summary(doc)).toEqual([['person', 'Vladimir Putin', 'Putin | Putins | Vladimir Putin', true]]);
    expect(doc.entities![0]!.mentions).toEqual([0, 1, 2]);
  });

  it('names a person without the Malaysian honorifics before the name ("Datuk Seri", "Tan Sri")', () => {
    expect(summary(normalized(res, 'en.txt', 'en', 'Health Minister [Datuk Seri Dzulkefly Ahmad|person] spoke. [Tan Sri Muhyiddin Yassin|person] spoke too.').doc)).toEqual([
      ['person', 'Dzulkefly Ahmad', 'Datuk Seri Dzulkefly Ahmad', false],
      ['person', 'Muhyiddin Yassin', 'Tan Sri Muhyiddin Yassin', false],
    ]);
  });

  it("names a well-known person by the surname alone, unless the article names someone else of that surname in full", () => {
    expect(summary(normalized(res, 'nb.txt', 'nb', 'Det er [Putins/Putin|person] krig, sier [Sjojgu|person].').doc)).toEqual([
      ['person', 'Vladimir Putin', 'Putins', true],
      ['person', 'Sergei Shoigu', 'Sjojgu', true],
    ]);
    expect(summary(normalized(res, 'en.txt', 'en', '[Anna Putin|person] runs a bakery. [Putin|person] said it went well.').doc)).toEqual([
      ['person', 'Anna Putin', 'Anna Putin | Putin', false],
    ]);
  });

  it('takes a middle name alone for the person named in full, not for a town of that name', () => {
    const { doc } = normalized(res, 'en.txt', 'en', "[Brazil's/Brazil|place] president, [Luiz Inácio Lula da Silva|person], came. [Lula|person] told reporters.");
    expect(summary(doc)).toEqual([
      ['place', 'Brazil', "Brazil's", true],
      ['person', 'Luiz Inácio Lula da Silva', 'Luiz Inácio Lula da Silva | Lula', false],
    ]);
  });

  it('writes a Ukrainian -skyj as -skyi and a Russian -skij as -sky, as English news does', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', 'Talsmann [Ivan Zjuravskyj|person] og [Vladimir Medinskij|person] møttes.');
    expect(summary(doc).map((e) => e[1])).toEqual(['Ivan Zhuravskyi', 'Vladimir Medinsky']);
    const women = normalized(res, 'da.txt', 'da', '[Marija Zakharova|person] og [Natalja Kovaljova|person] svarede.').doc;
    expect(summary(women).map((e) => e[1])).toEqual(['Maria Zakharova', 'Natalya Kovalyova']);
    const english = normalized(res, 'en.txt', 'en', '[Oleksandr Syrskyy|person] and [Vladimir Medinskiy|person] met.').doc;
    expect(summary(english).map((e) => e[1])).toEqual(['Oleksandr Syrskyi', 'Vladimir Medinsky']);
  });

  it('transliterates East Slavic names only', () => {
    const { doc } = normalized(res, 'da.txt', 'da',
      'Talsmand [Igor Konasjenkov|person] siger, og [Sjur Kjeldsen|person] og [Volodymyr Zelenskyj|person] svarer fra [Lysytsjansk|place].');
    expect(summary(doc)).toEqual([
      ['person', 'Igor Konashenkov', 'Igor Konasjenkov', false],
      ['person', 'Sjur Kjeldsen', 'Sjur Kjeldsen', false],
      ['person', 'Volodymyr Zelensky', 'Volodymyr Zelenskyj', true],
      ['place', 'Lysychansk', 'Lysytsjansk', true],
    ]);
    // A surname ending in -ei is no sign of one ("Milei", "Osei"), nor a Slavic given name or ending beside Nordic letters
    // or a patronymic surname.
    const other = normalized(res, 'nb.txt', 'nb', '[Javier Milei|person] og [Marius Kjellevold Osei|person] svarer.').doc;
    expect(summary(other).map((e) => e[1])).toEqual(['Javier Milei', 'Marius Kjellevold Osei']);
    const danes = normalized(res, 'da.txt', 'da', '[Nikolaj Jacobsen|person] og [Jesper Dalgaard Nørskov|person] svarer.').doc;
    expect(summary(danes).map((e) => e[1])).toEqual(['Nikolaj Jacobsen', 'Jesper Dalgaard Nørskov']);
    // Nor a surname's ending after a given name borne elsewhere; after one borne where Cyrillic is written it still is.
    const given = normalized(res, 'da.txt', 'da', '[Rasmus Jarlov|person], [Juan Carlos Medina|person], [Jakub Nowak|person], [Dimitar Betsjev|person] og [Natalija Kovaltjuk|person] svarer.').doc;
    expect(summary(given).map((e) => e[1])).toEqual(['Rasmus Jarlov', 'Juan Carlos Medina', 'Jakub Nowak', 'Dimitar Bechev', 'Nataliya Kovalchuk']);
  });

  it('finds an East Slavic town by the skeleton of its spelling when no table lists that spelling', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', 'Kampene rundt [Sjevjerodonetsk|place], [Kostjantynivka|place] og [Izjum|place] fortsetter.');
    expect(doc.entities!.map((e) => [e.name, e.known, e.place?.country])).toEqual([
      ['Sievierodonetsk', true, 'UA'],
      ['Kostiantynivka', true, 'UA'],
      ['Izium', true, 'UA'],
    ]);
    expect(doc.entities![0]!.evidence).toEqual([{ rule: 'transliteration', alias: 'Sjevjerodonetsk', detail: 'Sievierodonetsk' }]);
    expect(doc.entities![1]!.evidence).toEqual([
      { rule: 'gazetteer', alias: 'Kostjantynivka', detail: doc.entities![1]!.key },
      { rule: 'transliteration', alias: 'Kostjantynivka', detail: 'Kostyantynivka' },
    ]);
  });

  it('keeps two people of one surname apart, and gives the lone surname to the one the article named first', () => {
    const { doc } = normalized(res, 'en.txt', 'en', '[Boris Johnson|person] met [Dustin Johnson|person]. [Johnson|person] said it went well.');
    expect(summary(doc)).toEqual([
      ['person', 'Boris Johnson', 'Boris Johnson | Johnson', false],
      ['person', 'Dustin Johnson', 'Dustin Johnson', false],
    ]);
  });

  it('joins a short form past a generational suffix ("Tiu Laurel" of "Francisco Tiu Laurel Jr.") and past an Arabic article ("Burhan" of "al-Burhan")', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'Secretary [Francisco Tiu Laurel Jr.|person] spoke. [Tiu Laurel|person] said more. [Robert F. Kennedy Jr.|person] came, and [Kennedy|person] left.');
    expect(summary(doc)).toEqual([
      ['person', 'Francisco Tiu Laurel Jr.', 'Francisco Tiu Laurel Jr. | Tiu Laurel', false],
      ['person', 'Robert F. Kennedy Jr.', 'Kennedy | Robert F. Kennedy Jr.', false],
    ]);
    const nb = normalized(res, 'nb.txt', 'nb', 'Hærsjef [Abdel Fattah al-Burhan|person] talte. [Burhan|person] skal ha sagt nei.').doc;
    expect(summary(nb)).toEqual([['person', 'Abdel Fattah al-Burhan', 'Abdel Fattah al-Burhan | Burhan', false]]);
  });

  it('takes a family name written first in a name of three words as a surname: "Dang" after "Dang Van Khoa" and his son "Peter Dang" is the father', () => {
    const { doc } = normalized(res, 'en.txt', 'en', '[Dang Van Khoa|person] was arrested. His son, [Peter Dang|person], spoke. "We will keep advocating for Mr [Dang|person]," a senator said.');
    expect(summary(doc)).toEqual([
      ['person', 'Dang Van Khoa', 'Dang | Dang Van Khoa', false],
      ['person', 'Peter Dang', 'Peter Dang', false],
    ]);
    // A son named first takes it.
    const son = normalized(res, 'en.txt', 'en', '[Peter Dang|person] spoke for his father, [Dang Van Khoa|person]. [Dang|person] is 71.').doc;
    expect(summary(son)[0]).toEqual(['person', 'Peter Dang', 'Dang | Peter Dang', false]);
  });

  it('reads "Paris, Texas" and a US state among US places', () => {
    const texas = normalized(res, 'en.txt', 'en', 'He grew up in [Paris|place], Texas.').doc.entities![0]!;
    expect(texas.place).toMatchObject({ country: 'US', geonameId: 4717560 });
    const paris = normalized(res, 'en.txt', 'en', 'He grew up in [Paris|place].').doc.entities![0]!;
    expect(paris.place).toMatchObject({ country: 'FR', geonameId: 2988507 });
    const state = normalized(res, 'en.txt', 'en', 'Voters in [Atlanta|place], [Georgia|place] went to the polls.').doc.entities![1]!;
    expect([state.key, state.place?.country]).toEqual(['us-state:ga', 'US']);
    const country = normalized(res, 'en.txt', 'en', 'Voters in [Tbilisi|place], [Georgia|place] went to the polls.').doc.entities![1]!;
    expect([country.key, country.place?.kind]).toEqual(['country:GE', 'country']);
    const france = normalized(res, 'en.txt', 'en', 'From [Paris|place] in [France|place] to [Texas|place].').doc.entities![0]!;
    expect(france.place).toMatchObject({ country: 'FR' });
    const texasToo = normalized(res, 'en.txt', 'en', 'From [Paris|place] to [Dallas|place] in [Texas|place].').doc.entities![0]!;
    expect(texasToo.place).toMatchObject({ country: 'US' });
  });

  it('records a name inside a compound, with the compound it came from', () => {
    const doc = prepared('Kreml-talsmannen sier at Kreml er fornøyd.');
    const tokens = doc.tokens!;
    const mention = (i: number): Mention => ({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, base: tokens[i]!.text, type: 'organization', firstToken: i, endToken: i + 1, source: 'tagger' });
    const heads = tokens.flatMap((t, i) => (t.text === 'Kreml' ? [i] : []));
    const out = normalize({ ...doc, mentions: heads.map(mention) }, res);
    expect(out.entities).toHaveLength(1);
    expect(out.entities![0]!.evidence).toContainEqual({ rule: 'compound', alias: 'Kreml', detail: 'Kreml' });
    expect(out.entities![0]!.mentions).toEqual([0, 1]);
  });

  it('takes a country or a large city for a place even where the tagger said organization', () => {
    const { doc } = normalized(res, 'da.txt', 'da', 'Anerkendelse af regionerne [Lugansk|organization] og [Donetsk|organization]. [Rusland|organization] siger nej, og [Reuters|organization] skriver.');
    expect(doc.entities!.map((e) => [e.type, e.name, e.key])).toEqual([
      ['place', 'Luhansk', 'geonames:702658'],
      ['place', 'Donetsk', 'geonames:709717'],
      ['place', 'Russia', 'country:RU'],
      ['organization', 'Reuters', 'org:reuters'],
    ]);
  });

  it('takes a lone word for a town, not a person, when it names one and no person of the article', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', 'Styrker trekkes ut av [Irpin|person] og [Butsja|person]. [George Washington|person] og [Washington|person] var der.');
    expect(doc.entities!.map((e) => [e.type, e.name])).toEqual([
      ['place', 'Irpin'],
      ['place', 'Bucha'],
      ['person', 'George Washington'],
    ]);
  });

  it('takes a lone word for a small town too, by its own name, unless a title stands before it or a longer name of the article holds it ("Ribe"; not "Monash" of "Monash University", "Lord Justice Whitfield", "Johnson")', () => {
    const { doc } = normalized(res, 'da.txt', 'da', 'Runestenen blev fundet nær [Ribe|person]. Forskere fra [Aarhus Universitet|organization] undersøger den.');
    expect(doc.entities!.map((e) => [e.type, e.name])).toEqual([
      ['place', 'Ribe'],
      ['organization', 'Aarhus University'],
    ]);
    const en = normalized(res, 'en.txt', 'en', 'Researchers at [Monash University|organization] said so. [Monash|person] published the study.').doc;
    expect(en.entities!.map((e) => [e.type, e.name])).toEqual([['organization', 'Monash University']]);
    // Read as a genitive, "Mads" is "Mad", a Hungarian town; as written it is the first name of the rider.
    const da = normalized(res, 'da.txt', 'da', 'Rytteren [Mads Kjærgaard|person] er suspenderet. – [Mads/Mad|person] nægter alt, siger advokaten.').doc;
    expect(da.entities!.map((e) => [e.type, e.name])).toEqual([['person', 'Mads Kjærgaard']]);
    // A title before the name makes it a person's ("Whitfield", Pennsylvania, has 4,700 people).
    const judge = normalized(res, 'en.txt', 'en', 'In London, Lord Justice [Whitfield|person] said the evidence was new.').doc;
    expect(judge.entities!.map((e) => [e.type, e.name])).toEqual([['person', 'Whitfield']]);
    // So does a town's other name: "Johnson" is another name of Sturtevant, Wisconsin.
    const other = normalized(res, 'en.txt', 'en', '[Johnson|person] said the evidence was new.').doc;
    expect(other.entities!.map((e) => [e.type, e.name])).toEqual([['person', 'Johnson']]);
  });

  it('takes a name with a particle for a surname, and keeps the spelling of English text', () => {
    const { doc } = normalized(res, 'en.txt', 'en', '[Ursula von der Leyen|person] spoke. [von der Leyen|person] and [Yuriy Ushakov|person] agreed.');
    expect(summary(doc)).toEqual([
      ['person', 'Ursula von der Leyen', 'Ursula von der Leyen | von der Leyen', false],
      ['person', 'Yuriy Ushakov', 'Yuriy Ushakov', false],
    ]);
    const nb = normalized(res, 'nb.txt', 'nb', 'Rådgiver [Jurij Usjakov|person] sier.').doc.entities![0]!;
    expect([nb.name, nb.key]).toEqual(['Yuri Ushakov', doc.entities![1]!.key]);
  });

  it('takes a known organization for one whatever the tagger said, and no acronym for a town', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', '[EU|place] og [Nato|organization] møttes i [Oslo|place].');
    expect(doc.entities!.map((e) => [e.type, e.name, e.key])).toEqual([
      ['organization', 'European Union', 'org:eu'],
      ['organization', 'NATO', 'org:nato'],
      ['place', 'Oslo', 'geonames:3143244'],
    ]);
  });

  it('joins an acronym to the organization it abbreviates', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [Centre for Baltic Defence Studies|organization] ([CBDS|organization]) said so. [CBDS|organization] added that [Nordic Shipping Partners|organization] and [NSP|organization] agree.');
    expect(summary(doc)).toEqual([
      ['organization', 'Centre for Baltic Defence Studies', 'CBDS | Centre for Baltic Defence Studies', false],
      ['organization', 'Nordic Shipping Partners', 'NSP | Nordic Shipping Partners', false],
    ]);
  });

  it('joins a one-word name to the compound of the article that ends in it after a hyphen (da)', () => {
    const { doc } = normalized(res, 'da.txt', 'da', '[EU-Kommissionen|organization] har tilbageholdt midlerne. En talsperson for [Kommissionen|organization] siger det.');
    expect(summary(doc).map((e) => [e[0], e[1], e[2]])).toEqual([['organization', 'European Commission', 'EU-Kommissionen | Kommissionen']]);
  });

  it("joins a one-word name to the longer name of the article whose last word it is in the definite (nb, da; not en)", () => {
    const nb = normalized(res, 'nb.txt', 'nb', '[Norges Småkvalfangerlag|organization] krever mer. [Småkvalfangerlaget|organization] opplyser det. [Norsk Tindeklatrerforbund|organization] og [Tindeklatrerforbundet|organization] er enige.').doc;
    expect(summary(nb).map((e) => [e[0], e[1], e[2]])).toEqual([
      ['organization', 'Norges Småkvalfangerlag', 'Norges Småkvalfangerlag | Småkvalfangerlaget'],
      ['organization', 'Norsk Tindeklatrerforbund', 'Norsk Tindeklatrerforbund | Tindeklatrerforbundet'],
    ]);
    const da = normalized(res, 'da.txt', 'da', '[Vestjyllands Sejlertjeneste|organization] siger nej. [Sejlertjenesten|organization] oplyser det.').doc;
    expect(summary(da).map((e) => [e[0], e[1], e[2]])).toEqual([['organization', 'Vestjyllands Sejlertjeneste', 'Sejlertjenesten | Vestjyllands Sejlertjeneste']]);
    const en = normalized(res, 'en.txt', 'en', 'The [Bergen Sailing Lag|organization] met. [Laget|organization] agreed.').doc;
    expect(summary(en).map((e) => e[1])).toEqual(['Bergen Sailing Lag', 'Laget']);
  });

  it('takes a surname opened by a capitalised particle for the person named in full with it', () => {
    const { doc } = normalized(res, 'en.txt', 'en', '[Alexander van der Merwe|person] founded it. [Van der Merwe|person] said so.');
    expect(summary(doc).map((e) => [e[0], e[1], e[2]])).toEqual([['person', 'Alexander van der Merwe', 'Alexander van der Merwe | Van der Merwe']]);
  });

  it('takes an Irish surname opened by "Ó" or "Ní" for the person named in full with it', () => {
    const { doc } = normalized(res, 'en.txt', 'en', '[Conall Ó Briain|person] spoke. [Ó Briain|person] said so.');
    expect(summary(doc).map((e) => [e[0], e[1], e[2]])).toEqual([['person', 'Conall Ó Briain', 'Conall Ó Briain | Ó Briain']]);
  });

  it('names roads by their number as English writes them', () => {
    const { doc } = normalized(res, 'en.txt', 'en', 'The [A66|place], the [M62|place] and the [E6|place] were closed.');
    expect(summary(doc).map((e) => e[1])).toEqual(['A66 road', 'M62 motorway', 'European route E6']);
  });

  it('joins a name written "known as" right after another to it', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [Ghana Cocoa Board|organization], known as [Cocobod|organization], said so. [Cocobod|organization] added that [Lagos|place] agreed.');
    expect(summary(doc).map((e) => [e[0], e[1], e[2]])).toEqual([
      ['organization', 'Ghana Cocoa Board', 'Cocobod | Ghana Cocoa Board'],
      ['place', 'Lagos', 'Lagos'],
    ]);
    const widely = normalized(res, 'en.txt', 'en', '[Mohamed Hamdan Dagalo|person], widely known as [Hemedti|person], spoke. [Hemedti|person] said so.').doc;
    expect(summary(widely).map((e) => [e[0], e[1], e[2]])).toEqual([['person', 'Mohamed Hamdan Dagalo', 'Hemedti | Mohamed Hamdan Dagalo']]);
    const other = normalized(res, 'en.txt', 'en', "[Tom Homan|person], known as [Trump's|person] border czar, said so.").doc;
    expect(summary(other).map((e) => e[1])).toEqual(['Tom Homan', "Trump's"]);
  });

  it('joins an acronym with an ampersand to the name before it in parentheses (da)', () => {
    const { doc } = normalized(res, 'da.txt', 'da',
      '[Bryggeri & Mølle|organization] ([B&M|organization]) anslår, at tolden stiger. Hos [B&M|organization] frygter man det.');
    expect(summary(doc)).toEqual([['organization', 'Bryggeri & Mølle', 'B&M | Bryggeri & Mølle', false]]);
  });

  it('joins a name to the one longer organization name that puts a place or nationality before it', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [Finnish Border Guard|organization] said so. The [Border Guard|organization] added that the [Latvian Coast Guard|organization], the [Estonian Coast Guard|organization] and the [Coast Guard|organization] agree.');
    expect(summary(doc)).toEqual([
      ['organization', 'Finnish Border Guard', 'Border Guard | Finnish Border Guard', false],
      ['organization', 'Latvian Coast Guard', 'Latvian Coast Guard', false],
      ['organization', 'Estonian Coast Guard', 'Estonian Coast Guard', false],
      ['organization', 'Coast Guard', 'Coast Guard', false],
    ]);
    // A name the gazetteer gives one country's body at home ("Department of Agriculture", the US one) is the other's.
    const irish = normalized(res, 'en.txt', 'en', 'The [Irish Department of Agriculture|organization] said so. The [Department of Agriculture|organization] added it.').doc;
    expect(summary(irish)).toEqual([['organization', 'Irish Department of Agriculture', 'Department of Agriculture | Irish Department of Agriculture', false]]);
    // So does a body of a place ("Church of England").
    const church = normalized(res, 'en.txt', 'en', 'The [Church of England Pensions Board|organization] sold its shares. The [Pensions Board|organization] said so.').doc;
    expect(summary(church)).toEqual([['organization', 'Church of England Pensions Board', 'Church of England Pensions Board | Pensions Board', false]]);
  });

  it('names an institution named by its seat in English, and keeps its acronym with it', () => {
    const da = normalized(res, 'da.txt', 'da', 'Ifølge [Retten i Glostrup|organization] og [Retten i København|organization] er sagen slut.').doc;
    expect(summary(da)).toEqual([
      ['organization', 'Glostrup District Court', 'Retten i Glostrup', false],
      ['organization', 'Copenhagen District Court', 'Retten i København', false],
    ]);
    const prosecutor = normalized(res, 'da.txt', 'da', 'Ifølge [Statsadvokaten i Viborg|organization] og [Universitetet i Gent|organization] er sagen slut.').doc;
    expect(summary(prosecutor)).toEqual([
      ['organization', 'State Prosecutor of Viborg', 'Statsadvokaten i Viborg', false],
      ['organization', 'University of Ghent', 'Universitetet i Gent', false],
    ]);
    const nb = normalized(res, 'nb.txt', 'nb', 'Forskere ved [Universitetet i Agder|organization] ([UiA|organization]) og [Statsforvalteren i Vestland|organization] er enige.').doc;
    expect(summary(nb)).toEqual([
      ['organization', 'University of Agder', 'UiA | Universitetet i Agder', false],
      ['organization', 'County Governor of Vestland', 'Statsforvalteren i Vestland', false],
    ]);
  });

  it('names a place\'s institution written in lower case with its kind capitalised, and joins it to the name so written (en)', () => {
    const { doc } = normalized(res, 'en.txt', 'en', 'The [Bombay high court|organization] stayed it. The [Bombay High Court|organization] later ruled.');
    expect(summary(doc)).toEqual([['organization', 'Bombay High Court', 'Bombay High Court | Bombay high court', false]]);
  });

  it('names a municipality, a county and their bodies in English (nb, da)', () => {
    const nb = normalized(res, 'nb.txt', 'nb', 'Det mener [Tromsø kommune|organization], [Vestland fylkeskommune|organization] og [Innlandet politidistrikt|organization].').doc;
    expect(summary(nb).map((e) => [e[0], e[1]])).toEqual([
      ['organization', 'Tromsø Municipality'], ['organization', 'Vestland County Municipality'], ['organization', 'Innlandet Police District'],
    ]);
    const da = normalized(res, 'da.txt', 'da', 'Det siger [Københavns Kommune|organization], og det sker i [Aabenraa Kommune|place] og [Vejle Kommune|place].').doc;
    expect(summary(da).map((e) => [e[0], e[1]])).toEqual([['organization', 'Copenhagen Municipality'], ['place', 'Aabenraa Municipality'], ['place', 'Vejle Municipality']]);
  });

  it('names the body of two places joined by "og" in English with both (nb)', () => {
    const nb = normalized(res, 'nb.txt', 'nb', 'Det mener [Troms og Finnmark fylkeskommune|organization] og [Romerike og Glåmdal tingrett|organization].').doc;
    expect(summary(nb).map((e) => [e[0], e[1]])).toEqual([['organization', 'Troms and Finnmark County Municipality'], ['organization', 'Romerike and Glåmdal District Court']]);
  });

  it('takes an organization named like another name of a mid-sized city for the organization, a very large one for the city', () => {
    const { doc } = normalized(res, 'da.txt', 'da', 'Det oplyser [Provas|organization], mens [Moskva|organization] afviser det.');
    expect(summary(doc).map((e) => [e[0], e[1]])).toEqual([['organization', 'Provas'], ['place', 'Moscow']]);
  });

  it('joins no name to a longer one when a genitive names another owner of it', () => {
    const { doc } = normalized(res, 'en.txt', 'en', "[Norway|place]'s [Supreme Court|organization] ruled. Unlike the [US Supreme Court|organization], it rarely acts. The [Supreme Court|organization] said so.");
    expect(summary(doc).map((e) => e[1])).toEqual(['Norway', 'Supreme Court (Norway)', 'Supreme Court of the United States']);
  });

  it("names a country's ministry in English, as the gazetteer knows it where it does", () => {
    const { doc } = normalized(res, 'nb.txt', 'nb', '[Thailands handelsdepartement|organization], [USAs forsvarsdepartement|organization] og [Pentagon|organization] er enige.');
    expect(summary(doc)).toEqual([
      ['organization', 'Ministry of Commerce (Thailand)', 'Thailands handelsdepartement', false],
      ['organization', 'United States Department of Defense', 'Pentagon | USAs forsvarsdepartement', true],
    ]);
  });

  it('reads a party abbreviation in parentheses after a name', () => {
    const da = normalized(res, 'da.txt', 'da', 'Statsminister [Mette Frederiksen|person] ([S|organization]) og [Jakob Ellemann-Jensen|person] ([V|organization]) er enige.').doc;
    expect(da.entities!.map((e) => [e.type, e.name, e.aliases.join(' | ')])).toEqual([
      ['person', 'Mette Frederiksen', 'Mette Frederiksen'],
      ['organization', 'Social Democrats (Denmark)', 'S'],
      ['person', 'Jakob Ellemann-Jensen', 'Jakob Ellemann-Jensen'],
      ['organization', 'Venstre (Denmark)', 'V'],
    ]);
    expect(da.entities![1]!.evidence).toContainEqual({ rule: 'alias-table', alias: 'S', detail: 'party abbreviation: Socialdemokratiet' });
    const nb = normalized(res, 'nb.txt', 'nb', '[Jonas Gahr Støre|person] ([Ap|organization]) og [V|organization] i teksten.').doc;
    expect(nb.entities!.map((e) => [e.name, e.known])).toEqual([['Jonas Gahr Støre', false], ['Labour Party (Norway)', true], ['V', false]]);
  });

  it('joins a later multi-word surname to the full name it ends, keeps two people of one surname apart, and gives the lone surname to the first', () => {
    const { doc } = normalized(res, 'da.txt', 'da',
      'Udenrigsminister [Lars Løkke Rasmussen|person] mødte [Anders Fogh Rasmussen|person]. [Løkke Rasmussen|person] talte først, ' +
      'og [Fogh Rasmussen|person] svarede. [Rasmussen|person] smilede.');
    expect(summary(doc)).toEqual([
      ['person', 'Lars Løkke Rasmussen', 'Lars Løkke Rasmussen | Løkke Rasmussen | Rasmussen', false],
      ['person', 'Anders Fogh Rasmussen', 'Anders Fogh Rasmussen | Fogh Rasmussen', false],
    ]);
    expect(doc.entities![0]!.mentions).toEqual([0, 2, 4]);
    expect(doc.entities![0]!.evidence).toContainEqual({ rule: 'short-form', alias: 'Løkke Rasmussen', detail: 'Lars Løkke Rasmussen' });
  });

  it('joins a name without its middle name, its surname and a middle name alone to the fullest form', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb',
      '[Erling Braut Haaland|person] scoret. [Erling Haaland|person] jublet, og [Haaland|person] takket. [Pedro Álvares Cabral|person] kom, og [Álvares|person] gikk.');
    expect(summary(doc)).toEqual([
      ['person', 'Erling Braut Haaland', 'Erling Braut Haaland | Erling Haaland | Haaland', false],
      ['person', 'Pedro Álvares Cabral', 'Pedro Álvares Cabral | Álvares', false],
    ]);
  });

  it('reads a name the tagger cut at a particle as one name, but not two names around a conjunction', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'President [João Carlos|person] dos [Santos|person] arrived. [Carlos|person] said so.');
    expect(summary(doc)).toEqual([['person', 'João Carlos dos Santos', 'Carlos | João Carlos | Santos', false]]);
    expect(doc.entities![0]!.mentions).toEqual([0, 1, 2]);
    expect(doc.entities![0]!.key).toBe('person:santos/j:oao');
    const nb = normalized(res, 'nb.txt', 'nb', 'Det sa [Jonas Gahr Støre|person] da [Mette|person] kom, og [Støre|person] da [Frederiksen|person] gikk.').doc;
    expect(nb.entities!.map((e) => e.name)).toEqual(['Jonas Gahr Støre', 'Mette', 'Frederiksen']);
  });

  it('takes initials for a given name, and a name tagged as an organization for the person its surname names', () => {
    const { doc } = normalized(res, 'da.txt', 'da', 'Vicepræsident [JD Vance|organization] kom. [Vance|person] sagde nej, og [DR Nyheder|organization] skrev det.');
    expect(summary(doc)).toEqual([
      ['person', 'JD Vance', 'JD Vance | Vance', false],
      ['organization', 'DR Nyheder', 'DR Nyheder', false],
    ]);
    expect(doc.entities![0]!.key).toBe('person:vance/j:');
  });

  it('joins a first name alone to the one full name it starts', () => {
    const { doc } = normalized(res, 'da.txt', 'da', '[Jonas Vingegaard|person] vandt. «Det var hårdt for [Jonas|person]», sagde [Simon Yates|person].');
    expect(summary(doc)).toEqual([
      ['person', 'Jonas Vingegaard', 'Jonas | Jonas Vingegaard', false],
      ['person', 'Simon Yates', 'Simon Yates', false],
    ]);
  });

  it('joins an acronym written as a word, and completes a name from the acronym after it', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [Union of Baltic Ferry Operators|organization] met. [Ubfo|organization] agreed. The Council for [Arctic Research|organization] ([CAR|organization]) said no.');
    expect(summary(doc)).toEqual([
      ['organization', 'Union of Baltic Ferry Operators', 'Ubfo | Union of Baltic Ferry Operators', false],
      ['organization', 'Council for Arctic Research', 'Arctic Research | CAR', false],
    ]);
    expect(doc.entities![1]!.evidence).toContainEqual({ rule: 'short-form', alias: 'Arctic Research', detail: 'spelled by CAR: Council for Arctic Research' });
  });

  it("joins a known acronym to the one unknown name of the article that its initials spell, in the article's language", () => {
    const { doc } = normalized(res, 'da.txt', 'da',
      'Forskere fra [Dansk Institut for Internationale Studier|organization] ([DIIS|organization]) siger nej. [DIIS|organization] har undersøgt det.');
    expect(summary(doc)).toEqual([
      ['organization', 'Danish Institute for International Studies', 'DIIS | Dansk Institut for Internationale Studier', true],
    ]);
  });

  it('gives a known acronym written after a name whose initials begin it that name, unless the known name translates it', () => {
    const { doc } = normalized(res, 'nb.txt', 'nb',
      'Generalsekretær i [Norges Sjakkforbund|organization] ([NSF|organization]) er glad. [NSF|organization] vokser.');
    expect(summary(doc)).toEqual([['organization', 'Norges Sjakkforbund', 'NSF | Norges Sjakkforbund', false]]);
    const known = normalized(res, 'da.txt', 'da', '[Danmarks Naturfredningsforening|organization] ([DN|organization]) mener. [DN|organization] kritiserer.').doc;
    expect(summary(known)).toEqual([['organization', 'Danish Society for Nature Conservation', 'DN | Danmarks Naturfredningsforening', true]]);
  });

  it('gives a name written out before an acronym known by itself alone, whose letters it holds, that acronym\'s body', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [Office of Gas and Electricity Markets|organization] ([Ofgem|organization]) said prices would rise. The [United Nations Children\'s Fund|organization] ([UNICEF|organization]) warned.');
    expect(summary(doc)).toEqual([
      ['organization', 'Ofgem', 'Office of Gas and Electricity Markets | Ofgem', true],
      ['organization', 'UNICEF', "UNICEF | United Nations Children's Fund", true],
    ]);
    // An unknown acronym written like a word is the name's too; a known acronym of another body's long name is not.
    const word = normalized(res, 'en.txt', 'en', 'The forestry agency, [Corporación Nacional Forestal|organization] ([Conaf|organization]), said 23 fires burned.').doc;
    expect(summary(word)).toEqual([['organization', 'Corporación Nacional Forestal', 'Conaf | Corporación Nacional Forestal', false]]);
    const other = normalized(res, 'en.txt', 'en', 'The [England and Wales Cricket Board|organization] ([ECB|organization]) said he could return.').doc;
    expect(summary(other).map((x) => x[1])).toEqual(['England and Wales Cricket Board', 'European Central Bank']);
  });

  it('gives a known acronym that an English article spells otherwise the article\'s name, not the known one', () => {
    const { doc } = normalized(res, 'en.txt', 'en',
      'The [International Cricket Council|organization] banned him. The [ICC|organization] said the ban was final.');
    expect(summary(doc)).toEqual([
      ['organization', 'International Cricket Council', 'ICC | International Cricket Council', false],
    ]);
  });

  it('joins one word to the one longer place or organization name it starts, the shortest of nested ones', () => {
    const { doc } = normalized(res, 'da.txt', 'da',
      'Kampen på [Brann stadion|place] endte. [Brann|place] var fuld. [Vestas Wind|organization] og [Vestas Wind Fonden|organization] ejer aktier, ' +
      'og [Vestas|person] steg. [Manchester|place] og [Manchester Utd|organization] vandt.');
    expect(summary(doc)).toEqual([
      ['place', 'Brann stadion', 'Brann | Brann stadion', false],
      ['organization', 'Vestas Wind', 'Vestas | Vestas Wind', false],
      ['organization', 'Vestas Wind Fonden', 'Vestas Wind Fonden', false],
      ['place', 'Manchester', 'Manchester', true],
      ['organization', 'Manchester Utd', 'Manchester Utd', false],
    ]);
  });

  it('takes a country the tagger called a person for the country, and keeps a country beside a neighbour', () => {
    const en = normalized(res, 'en.txt', 'en', 'Talks with [Saudi Arabia|person] and [Russia|place] stalled.').doc;
    expect(en.entities!.map((e) => [e.type, e.name, e.key])).toEqual([['place', 'Saudi Arabia', 'country:SA'], ['place', 'Russia', 'country:RU']]);
    const nb = normalized(res, 'nb.txt', 'nb', 'VM spilles i [USA|place], [Canada|place] og [Mexico|place].').doc;
    expect(nb.entities!.map((e) => [e.name, e.key])).toEqual([['United States', 'country:US'], ['Canada', 'country:CA'], ['Mexico', 'country:MX']]);
  });

  it('keeps a final -s of a name that no word follows, and strips a genitive that owns the next word', () => {
    const { doc } = normalized(res, 'da.txt', 'da', 'Topchefen, [David Ricks/David Rick|person], sagde det. [Ricks/Rick|person] plan virker.');
    expect(summary(doc)).toEqual([['person', 'David Ricks', 'David Ricks | Ricks', false]]);
    const list = normalized(res, 'da.txt', 'da', '[Lundbecks/Lundbeck|organization], [Genmabs/Genmab|organization] og [Ørsteds/Ørsted|organization] aktier faldt.').doc;
    expect(list.entities!.map((e) => e.name)).toEqual(['Lundbeck', 'Genmab', 'Ørsted']);
  });

  it('gives an empty list for an article without mentions', () => {
    const { doc } = normalized(res, 'x.txt', 'nb', 'Ingen navn her.');
    expect(doc.entities).toEqual([]);
  });
});

describe('normalize: a person\'s first name that a town has among its other names', () => {
  it('keeps "Dadan" after "Dadan Hindayana" the person, not Al-`Ula (once called Dadan)', () => {
    const doc = normalize(entitiesOf('Dadan Hindayana, the head of the agency, apologised. Dadan said the kitchens would close.'), res);
    expect(summary(doc)).toEqual([['person', 'Dadan Hindayana', 'Dadan | Dadan Hindayana', false]]);
  });

  it('keeps "Dr Farah" after "Dr Farah Zulkifli" the person, though a town is named Farah', () => {
    const doc = normalize(entitiesOf('Its director-general, Dr Farah Zulkifli, said imports rose. "We cannot depend on it," Dr Farah said.'), res);
    expect(summary(doc)).toEqual([['person', 'Farah Zulkifli', 'Farah | Farah Zulkifli', false]]);
  });
});

describe('normalize: a type the words around a name settled', () => {
  it('keeps an organization the article introduces so, though a town has its name ("the Spanish bank Santander")', () => {
    const doc = normalize(entitiesOf('Profits rose on Monday.\n\nThe Spanish bank Santander said profits rose. Santander said it would grow, and the left-wing group Bayan protested.'), res);
    expect(summary(doc).map(([type, name]) => `${name}/${type}`)).toEqual(['Santander/organization', 'Bayan/organization']);
    expect(summary(normalize(entitiesOf('Sales fell.\n\nThe German carmaker Mercedes said sales fell.'), res)).map(([type, name]) => `${name}/${type}`)).toEqual(['Mercedes/organization']);
    // Without such words the town it is.
    expect(summary(normalize(entitiesOf('Floods hit the north.\n\nSantander was flooded on Monday, and roads were closed.'), res)).map(([type, name]) => `${name}/${type}`)).toEqual(['Santander/place']);
  });
});

describe('normalize: a surname opening with a capitalised particle', () => {
  it('joins "Van Wijnen" at a sentence\'s start to "Harmen van Wijnen", and keeps "Al Gore" a given name and surname', () => {
    const doc = normalize(entitiesOf('Pension fund shake-up\n\nHarmen van Wijnen, the chairman of ABP, spoke on Monday. Van Wijnen said the fund was sound.'), res);
    expect(summary(doc).filter(([type]) => type === 'person').map(([, name, aliases]) => `${name}: ${aliases}`)).toEqual(['Harmen van Wijnen: Harmen van Wijnen | Van Wijnen']);
    const gore = normalize(entitiesOf('Climate talks\n\nAl Gore spoke on Monday. Gore said the talks had failed.'), res);
    expect(summary(gore).map(([, name, aliases]) => `${name}: ${aliases}`)).toEqual(['Al Gore: Al Gore | Gore']);
  });
});

describe('normalize: islands and island groups the gazetteer knows', () => {
  it('keeps Shetland a place beside the bodies named after it, which the article-wide typing took it for', () => {
    const text = 'Shetland spaceport cleared for launch\n\nThe licence puts Shetland in direct competition with Andøya Spaceport. ' +
      "Shetland Islands Council welcomed the decision, the Shetland Times reported. The Shetland Fishermen's Association was less happy.";
    const shetland = normalize(entitiesOf(text), res).entities!.filter((e) => e.name === 'Shetland');
    expect(shetland.map((e) => [e.type, e.name, e.known])).toEqual([['place', 'Shetland', true]]);
  });
});

describe('normalize: an acronym an airline shares with another body', () => {
  it('keeps "ANA" of Portugal\'s airport operator its own, not All Nippon Airways\'', () => {
    const names = organizationNames('"ANA is a monopoly owned by Vinci," he said. In a statement, ANA Aeroportos de Portugal said its fees were low.');
    expect(names).not.toContain('All Nippon Airways');
    expect(names).toContain('ANA Aeroportos de Portugal');
  });
});

describe('normalize: national oil companies, brewers, Canadian departments and legislatures', () => {
  it('names them by their English standard names', () => {
    expect(organizationNames('Environment and Climate Change Canada said NNPC had been told. Ringnes and Hansa Borg raised prices, the Rajya Sabha heard.')).toEqual([
      'Environment and Climate Change Canada', 'NNPC Limited', 'Ringnes', 'Hansa Borg Bryggerier', 'Rajya Sabha',
    ]);
  });
});

describe('normalize: Norwegian and Danish public bodies, and international ones by their Danish names', () => {
  it('names them by their English standard names, a police district and a district court as the others are', () => {
    expect(organizationNames('Riksantikvaren og Agder politidistrikt sier at saken er alvorlig.')).toEqual(['Norwegian Directorate for Cultural Heritage', 'Agder Police District']);
    expect(organizationNames('Verdens Sundhedsorganisation og Retten i Aarhus siger, at sagen er alvorlig.')).toEqual(['World Health Organization', 'Aarhus District Court']);
  });
});

describe('normalize: "the Amazon"', () => {
  it('keeps the place a place, though the gazetteer knows the name only as a company\'s', () => {
    const doc = normalize(entitiesOf('Petrobras is drilling near the mouth of the Amazon.'), res);
    expect(doc.entities!.map((e) => `${e.name}/${e.type}`)).toEqual(['Petrobras/organization', 'Amazon/place']);
  });
});

describe('normalize: native names of the OSCE, NAV and Arts Council Norway', () => {
  it('names them by their English standard names', () => {
    expect(organizationNames('Organisationen for Sikkerhed og Samarbejde i Europa kalder valget et reelt valg.')).toEqual(['Organization for Security and Co-operation in Europe']);
    expect(organizationNames('Arbeids- og velferdsdirektoratet og Norsk kulturråd sier at ordningen bør gjennomgås.')).toEqual([
      'Norwegian Labour and Welfare Administration', 'Arts Council Norway',
    ]);
  });
});

describe('normalize: a company by the long form of its name', () => {
  it('names "Adani Ports and SEZ" Adani Ports & SEZ', () => {
    expect(organizationNames('Adani Ports and SEZ said it was ready to handle more cargo.')).toEqual(['Adani Ports & SEZ']);
  });
});

describe('normalize: a US state by its abbreviation after a city ("Brooksville, Fla.")', () => {
  it('names the state by its English standard name', () => {
    const doc = normalize(entitiesOf('A sinkhole opened in Brooksville, Fla., on Tuesday. Florida has more sinkholes than any other state.'), res);
    expect(doc.entities!.map((e) => `${e.name}/${e.type}`)).toEqual(['Brooksville/place', 'Florida/place']);
  });
});
