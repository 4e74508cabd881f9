import { gazetteer, taggerGazetteer } from '../stages/gazetteer.js';
import { lexicon } from '../stages/lexicon.js';
import { createResources } from '../stages/resources.js';
import type { Lang } from '../stages/types.js';

const res = createResources();
const gaz = gazetteer(res);
const top = (surface: string, lang: Lang) => gaz.lookup(surface, lang)[0];

describe('gazetteer lookup', () => {
  it('finds exonyms and local names of cities, largest first', () => {
    expect(gaz.lookup('Moskva', 'nb').slice(0, 2).map((e) => [e.key, e.name, e.place?.country])).toEqual([
      ['geonames:524901', 'Moscow', 'RU'],
      ['geonames:5601538', 'Moscow', 'US'],
    ]);
    expect(top('Moscow', 'en')).toMatchObject({ key: 'geonames:524901', type: 'place', place: { kind: 'city', country: 'RU', geonameId: 524901 } });
    expect(top('Kijev', 'nb')?.name).toBe('Kyiv');
    expect(top('Tsjernihiv', 'nb')?.name).toBe('Chernihiv');
    expect(top('Butsja', 'nb')?.name).toBe('Bucha');
    expect(top('Lugansk', 'nb')?.name).toBe('Luhansk');
    const moscow = top('Moskva', 'da')!.place!;
    expect(moscow.lat).toBeCloseTo(55.75, 1);
    expect(moscow.lon).toBeCloseTo(37.62, 1);
  });

  it('finds a name after an Arabic article written in lower case, but no other lower-case word; the tagger\'s gazetteer does not', () => {
    expect(top('al-Qaida', 'nb')?.name).toBe('al-Qaeda');
    expect(top('al-Shabaab', 'en')?.name).toBe('Al-Shabaab (militant group)');
    expect(gaz.lookup('han', 'nb')).toEqual([]);
    expect(taggerGazetteer(res).lookup('al-Qaida', 'nb')).toEqual([]);
  });

  it('finds a body after a country\'s dotted short form as after the undotted one; the tagger\'s gazetteer does not', () => {
    expect(top('U.S. State Department', 'en')?.name).toBe('United States Department of State');
    expect(top('U.S. Treasury Department', 'en')?.name).toBe(top('US Treasury Department', 'en')?.name);
    expect(top('U.S.', 'en')?.name).toBe('United States');
    expect(taggerGazetteer(res).lookup('U.S. State Department', 'en')).toEqual([]);
  });

  it('finds a body\'s acronym written with one capital ("Ecowas"), not a common word; the tagger\'s gazetteer does not', () => {
    expect(top('Ecowas', 'en')?.name).toBe('Economic Community of West African States');
    expect(top('Unhcr', 'en')?.name).toBe('UNHCR');
    expect(gaz.lookup('Care', 'en')).toEqual([]);
    expect(taggerGazetteer(res).lookup('Ecowas', 'en')).toEqual([]);
  });

  it('means a Danish or Norwegian town by its own name in that language\'s news, not a foreign town named so otherwise', () => {
    expect(top('Viborg', 'da')?.place?.country).toBe('DK');
    expect(top('Fredericia', 'da')?.name).toBe('Fredericia');
    expect(top('Viborg', 'en')?.name).toBe('Vyborg');
    expect(top('Kijev', 'da')?.name).toBe('Kyiv');
  });

  it('knows Japan\'s parties and British and Irish network companies by their names', () => {
    expect(top('Nippon Ishin no Kai', 'en')?.name).toBe('Japan Innovation Party');
    expect(top('Komeito', 'en')?.name).toBe('Komeito');
    expect(top('Openreach', 'en')?.name).toBe('Openreach');
    expect(top('Eir', 'en')?.name).toBe('Eir');
    expect(top('NHS 24', 'en')?.name).toBe('NHS 24');
  });

  it('knows regional blocs by name and short form', () => {
    expect(top('East African Community', 'en')?.name).toBe('East African Community');
    expect(top('EAC', 'en')?.name).toBe('East African Community');
    expect(top('Caricom', 'en')?.name).toBe('Caribbean Community');
  });

  it('knows Nordic national bodies and parts of countries by their own names, named in English', () => {
    expect(top('Kystvakten', 'nb')?.name).toBe('Norwegian Coast Guard');
    expect(top('Sysselmesteren på Svalbard', 'nb')?.name).toBe('Governor of Svalbard');
    expect(top('Arbejdsretten', 'da')?.name).toBe('Labour Court (Denmark)');
    expect(top('Forbrugerrådet Tænk', 'da')?.name).toBe('Danish Consumer Council');
    expect(top('Sør-Sverige', 'nb')?.name).toBe('Southern Sweden');
    expect(top('Vestlandet', 'nb')?.name).toBe('Western Norway');
  });

  it('tells Latin America from South America, and knows countries by their codes', () => {
    expect([top('Latinamerika', 'da')?.name, top('Latin-Amerika', 'nb')?.name, top('Latin America', 'en')?.name]).toEqual(['Latin America', 'Latin America', 'Latin America']);
    expect([top('Sydamerika', 'da')?.name, top('Sør-Amerika', 'nb')?.name]).toEqual(['South America', 'South America']);
    expect([gaz.countryName('IE'), gaz.countryName('US'), gaz.countryName('XX')]).toEqual(['Ireland', 'United States', undefined]);
  });

  it("knows international bodies and agencies by their Norwegian and Danish names and the short forms of news", () => {
    const names = (pairs: [string, Lang][]) => pairs.map(([surface, lang]) => top(surface, lang)?.name);
    expect(names([['Kommissionen', 'da'], ['FNs barnefond', 'nb'], ["FN's Børnefond", 'da'], ['Afrikanske Union', 'da'], ['Irna', 'nb'], ['Ansa', 'da']])).toEqual([
      'European Commission', 'UNICEF', 'UNICEF', 'African Union', 'Islamic Republic News Agency', 'ANSA',
    ]);
  });

  it('names a city in English where GeoNames names it otherwise, by either name', () => {
    expect(['Århus', 'Aarhus', 'Göteborg', 'Köln', 'Zaporizhzhia'].map((n) => top(n, 'da')?.name)).toEqual(['Aarhus', 'Aarhus', 'Gothenburg', 'Cologne', 'Zaporizhzhia']);
    expect(top('Timisoara', 'en')?.name).toBe('Timișoara');
  });

  it('knows parties, media and pollsters of English-speaking countries and Nordic charities', () => {
    expect(['Lib Dems', 'Bloc Quebecois', 'CBC News', 'YouGov', 'Kirkens Bymisjon'].map((n) => top(n, 'en')?.name)).toEqual([
      'Liberal Democrats (UK)', 'Bloc Québécois', 'Canadian Broadcasting Corporation', 'YouGov', 'Church City Mission',
    ]);
  });

  it("knows countries' first-level regions by their English and Scandinavian names, before towns of those names", () => {
    expect([['Bayern', 'nb'], ['Slesvig-Holsten', 'da'], ['Ontario', 'en'], ['Kreta', 'nb'], ['Buskerud', 'nb']].map(([n, l]) => top(n!, l as Lang)?.name)).toEqual([
      'Bavaria', 'Schleswig-Holstein', 'Ontario', 'Crete', 'Buskerud',
    ]);
    expect(top('Uttar Pradesh', 'en')?.place).toMatchObject({ kind: 'region', country: 'IN' });
    // Also by the short forms of their own country's news, and in French, Dutch and Flemish.
    expect([['NSW', 'en'], ['WA', 'en'], ['Qld', 'en'], ['Occitanie', 'da'], ['Vlaanderen', 'nb'], ['Haryana', 'en'], ['KwaZulu-Natal', 'nb']].map(([n, l]) => top(n!, l as Lang)?.name)).toEqual([
      'New South Wales', 'Western Australia', 'Queensland', 'Occitania', 'Flanders', 'Haryana', 'KwaZulu-Natal',
    ]);
  });

  it('knows countries in nb, nn, da and en, by their English name', () => {
    const cases: [string, Lang, string][] = [
      ['Hviterussland', 'nb', 'Belarus'], ['Hviderusland', 'da', 'Belarus'], ['Tyrkia', 'nb', 'Turkey'], ['Tyrkiet', 'da', 'Turkey'],
      ['Storbritannia', 'nb', 'United Kingdom'], ['Storbritannien', 'da', 'United Kingdom'], ['USA', 'nb', 'United States'],
      ['Russland', 'nb', 'Russia'], ['Rusland', 'da', 'Russia'], ['Kina', 'nb', 'China'], ['Kviterussland', 'nb', 'Belarus'],
    ];
    for (const [surface, lang, name] of cases) expect([surface, top(surface, lang)?.name, top(surface, lang)?.place?.kind]).toEqual([surface, name, 'country']);
  });

  it('strips a genitive when the name itself is not known', () => {
    expect(top('Russlands', 'nb')?.key).toBe('country:RU');
    expect(top('Natos', 'nb')?.key).toBe('org:nato');
    expect(top("Russia's", 'en')?.key).toBe('country:RU');
    expect(top('Paris', 'nb')?.key).toBe('geonames:2988507');
  });

  it('knows curated regions and organizations, with building names that may be places', () => {
    expect(top('Krim', 'nb')).toMatchObject({ key: 'area:crimea', name: 'Crimea', place: { kind: 'region', country: 'UA' } });
    expect(top('Donbas', 'nb')?.name).toBe('Donbas');
    expect(top('Europa', 'da')).toMatchObject({ name: 'Europe', place: { kind: 'continent' } });
    expect(top('Vesten', 'nb')?.name).toBe('the West');
    expect(top('Kreml', 'nb')).toMatchObject({ key: 'org:kremlin', name: 'Kremlin', type: 'organization', altTypes: ['place'] });
    expect(top('Det hvite hus', 'nb')?.name).toBe('White House');
    expect(top('Det Hvide Hus', 'da')?.name).toBe('White House');
    expect(top('FN', 'nb')?.name).toBe('United Nations');
    expect(top('FNs sikkerhetsråd', 'nb')?.name).toBe('United Nations Security Council');
    expect(top('Nato', 'nb')?.name).toBe('NATO');
    expect(top('TASS', 'nb')?.name).toBe('TASS');
  });

  it('tells party names apart by language', () => {
    expect(top('Venstre', 'nb')?.key).toBe('org:liberal-party-norway');
    expect(top('Venstre', 'da')?.key).toBe('org:venstre-denmark');
  });

  it('puts the country Georgia before the US state, and the state before nothing', () => {
    expect(gaz.lookup('Georgia', 'en').slice(0, 2).map((e) => e.key)).toEqual(['country:GE', 'us-state:ga']);
    expect(top('Texas', 'en')).toMatchObject({ key: 'us-state:tx', admin1: 'TX', place: { country: 'US' } });
  });

  it('puts a listed region named as written before a city that has the name only as an alternate, unless a metropolis', () => {
    expect(top('Florida', 'en')?.key).toBe('us-state:fl');
    expect(top('Victoria', 'en')?.key).toBe('area:victoria-australia');
    expect(top('New York', 'en')?.name).toBe('New York City');
    // The capital is named as English writes it, and still comes first by the name it goes by.
    expect(gaz.lookup('Washington', 'en').slice(0, 3).map((e) => e.name)).toEqual(['Washington, D.C.', 'Washington', 'Washington']);
    expect(gaz.lookup('Washington', 'en').slice(0, 3).map((e) => e.key)).toEqual(['geonames:4140963', 'us-state:wa', 'geonames:2634715']);
  });

  it('takes neither lower-case words nor capitalised common words for towns', () => {
    expect(gaz.lookup('Han', 'nb')).toEqual([]);
    expect(gaz.lookup('Will', 'en')).toEqual([]);
    expect(gaz.lookup('moskva', 'nb')).toEqual([]);
    expect(gaz.lookup('Who', 'en')).toEqual([]);
    expect(top('WHO', 'en')?.name).toBe('World Health Organization');
  });

  it('knows given names with their gender', () => {
    expect(gaz.givenName('Vladimir')).toEqual({ gender: 'm' });
    expect(gaz.givenName('Mette')).toEqual({ gender: 'f' });
    expect(gaz.givenName('Kim')).toEqual({ gender: 'u' });
    expect(gaz.givenName('Fomin')).toBeUndefined();
  });
});

describe('lexicon', () => {
  it('recognises titles inflected and in compounds, with inherent gender', () => {
    const nb = lexicon(res, 'nb');
    expect(nb.title('talsmannen')).toEqual({ title: 'talsmann', gender: 'm', honorific: false });
    expect(nb.title('talskvinnen')).toEqual({ title: 'talskvinne', gender: 'f', honorific: false });
    expect(nb.title('viseforsvarsminister')?.title).toBe('viseforsvarsminister');
    expect(nb.title('Pentagon-talsmann')?.title).toBe('talsmann');
    expect(nb.title('generalsekretæren')?.title).toBe('generalsekretær');
    expect(nb.title('Putin')).toBeUndefined();
    const da = lexicon(res, 'da');
    expect(da.title('talsmanden')).toEqual({ title: 'talsmand', gender: 'm', honorific: false });
    expect(da.title('Nato-generalsekretær')?.title).toBe('generalsekretær');
    const en = lexicon(res, 'en');
    expect(en.titleAt(['said', 'Deputy', 'Defence', 'Minister', 'Alexander'], 1)).toEqual({ info: { title: 'deputy defence minister', honorific: false }, length: 3 });
    expect(en.title('Sir')).toEqual({ title: 'sir', gender: 'm', honorific: true });
    expect(en.title('overhead')).toBeUndefined();
  });

  it('recognises organization cue words, also as the end of a compound', () => {
    expect(lexicon(res, 'nb').orgCue('forsvarsdepartementet')).toBe(true);
    expect(lexicon(res, 'nb').orgCue('nyhetsbyrået')).toBe(true);
    expect(lexicon(res, 'da').orgCue('Forsvarsministeriet')).toBe(true);
    expect(lexicon(res, 'en').orgCue('Agency')).toBe(true);
    expect(lexicon(res, 'nb').orgCue('Tomas')).toBe(false);
  });
});

describe('gazetteer lookup: a city by its own name', () => {
  it('means a sizeable city named so before a metropolis with the name only as an unlike alternate', () => {
    const first = (surface: string) => `${top(surface, 'en')!.name}, ${top(surface, 'en')!.place?.country}`;
    expect(['New Delhi', 'NEW DELHI', 'Islamabad', 'Zaragoza'].map(first)).toEqual(['New Delhi, IN', 'New Delhi, IN', 'Islamabad, PK', 'Zaragoza, ES']);
    // An alternate that spells the metropolis's name, or opens it, keeps the metropolis first.
    expect(['Odessa', 'St. Petersburg', 'Santa Cruz', 'Bombay', 'Delhi'].map(first)).toEqual([
      'Odesa, UA', 'Saint Petersburg, RU', 'Santa Cruz de la Sierra, BO', 'Mumbai, IN', 'Delhi, IN',
    ]);
  });
});
