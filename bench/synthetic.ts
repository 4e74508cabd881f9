import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../stages/types.js';
import { seededRandom } from './random.js';

/**
 * Synthetic news articles in Norwegian Bokmål, Danish and English for benchmarks and stress tests. Each article is
 * recombined from sentence patterns, names, roles, places, organizations, quotes (speech dashes, «» »« "" '' marks)
 * and relay phrases, drawn by a seeded generator: article N is the same whatever the corpus size, so a corpus of
 * 10k articles is the first 10k of a corpus of 100k, and "1% new articles" are simply the next indices.
 * None of the seed articles' text is used.
 */


type Pick = <T>(list: readonly T[]) => T;

/** A place as each language writes it. */
interface Place {
  nb: string;
  da: string;
  en: string;
  /** Genitive forms differ only by language rules, applied below. */
  country: boolean;
}

const PLACES: readonly Place[] = [
  { nb: 'Norge', da: 'Norge', en: 'Norway', country: true },
  { nb: 'Danmark', da: 'Danmark', en: 'Denmark', country: true },
  { nb: 'Sverige', da: 'Sverige', en: 'Sweden', country: true },
  { nb: 'Finland', da: 'Finland', en: 'Finland', country: true },
  { nb: 'Tyskland', da: 'Tyskland', en: 'Germany', country: true },
  { nb: 'Frankrike', da: 'Frankrig', en: 'France', country: true },
  { nb: 'Storbritannia', da: 'Storbritannien', en: 'Britain', country: true },
  { nb: 'Polen', da: 'Polen', en: 'Poland', country: true },
  { nb: 'Spania', da: 'Spanien', en: 'Spain', country: true },
  { nb: 'Italia', da: 'Italien', en: 'Italy', country: true },
  { nb: 'Kina', da: 'Kina', en: 'China', country: true },
  { nb: 'Japan', da: 'Japan', en: 'Japan', country: true },
  { nb: 'USA', da: 'USA', en: 'the United States', country: true },
  { nb: 'Canada', da: 'Canada', en: 'Canada', country: true },
  { nb: 'Nederland', da: 'Holland', en: 'the Netherlands', country: true },
  { nb: 'Island', da: 'Island', en: 'Iceland', country: true },
  { nb: 'Estland', da: 'Estland', en: 'Estonia', country: true },
  { nb: 'Hellas', da: 'Grækenland', en: 'Greece', country: true },
  { nb: 'Oslo', da: 'Oslo', en: 'Oslo', country: false },
  { nb: 'Bergen', da: 'Bergen', en: 'Bergen', country: false },
  { nb: 'Trondheim', da: 'Trondheim', en: 'Trondheim', country: false },
  { nb: 'Stavanger', da: 'Stavanger', en: 'Stavanger', country: false },
  { nb: 'Tromsø', da: 'Tromsø', en: 'Tromsø', country: false },
  { nb: 'København', da: 'København', en: 'Copenhagen', country: false },
  { nb: 'Aarhus', da: 'Aarhus', en: 'Aarhus', country: false },
  { nb: 'Odense', da: 'Odense', en: 'Odense', country: false },
  { nb: 'Aalborg', da: 'Aalborg', en: 'Aalborg', country: false },
  { nb: 'Esbjerg', da: 'Esbjerg', en: 'Esbjerg', country: false },
  { nb: 'Stockholm', da: 'Stockholm', en: 'Stockholm', country: false },
  { nb: 'Göteborg', da: 'Göteborg', en: 'Gothenburg', country: false },
  { nb: 'Helsingfors', da: 'Helsinki', en: 'Helsinki', country: false },
  { nb: 'Berlin', da: 'Berlin', en: 'Berlin', country: false },
  { nb: 'Hamburg', da: 'Hamborg', en: 'Hamburg', country: false },
  { nb: 'Paris', da: 'Paris', en: 'Paris', country: false },
  { nb: 'London', da: 'London', en: 'London', country: false },
  { nb: 'Brussel', da: 'Bruxelles', en: 'Brussels', country: false },
  { nb: 'Warszawa', da: 'Warszawa', en: 'Warsaw', country: false },
  { nb: 'Roma', da: 'Rom', en: 'Rome', country: false },
  { nb: 'Madrid', da: 'Madrid', en: 'Madrid', country: false },
  { nb: 'Washington', da: 'Washington', en: 'Washington', country: false },
  { nb: 'Beijing', da: 'Beijing', en: 'Beijing', country: false },
  { nb: 'Tokyo', da: 'Tokyo', en: 'Tokyo', country: false },
  { nb: 'Genève', da: 'Genève', en: 'Geneva', country: false },
  { nb: 'Reykjavík', da: 'Reykjavik', en: 'Reykjavik', country: false },
];

const ORGS: Record<Lang, readonly string[]> = {
  nb: ['Nato', 'FN', 'EU', 'Equinor', 'Norsk Hydro', 'DNB', 'Telenor', 'Norges Bank', 'Statistisk sentralbyrå', 'Folkehelseinstituttet', 'Statens vegvesen', 'Mattilsynet', 'Verdens helseorganisasjon', 'Det internasjonale energibyrået', 'Forsvarets forskningsinstitutt', 'Universitetet i Oslo', 'NTNU', 'LO', 'NHO', 'Sjømatrådet'],
  da: ['Nato', 'FN', 'EU', 'Mærsk', 'Novo Nordisk', 'Carlsberg', 'Vestas', 'Danske Bank', 'Nationalbanken', 'Danmarks Statistik', 'Sundhedsstyrelsen', 'Statens Serum Institut', 'Verdenssundhedsorganisationen', 'Det Internationale Energiagentur', 'Københavns Universitet', 'Aarhus Universitet', 'Dansk Industri', 'Fagbevægelsens Hovedorganisation', 'Forsvarsakademiet', 'Energistyrelsen'],
  en: ['NATO', 'the UN', 'the EU', 'the World Health Organization', 'the International Energy Agency', 'the Federal Reserve', 'the International Monetary Fund', 'the Bank of England', 'Microsoft', 'Siemens', 'Unilever', 'Shell', 'Oxford University', 'the Office for National Statistics', 'the European Central Bank', 'Amnesty International', 'the Red Cross', 'Greenpeace', 'the World Bank', 'Airbus'],
};

const AGENCIES: Record<Lang, readonly string[]> = {
  nb: ['NTB', 'Reuters', 'AFP', 'AP', 'BBC', 'Bloomberg', 'CNN', 'Financial Times', 'DPA', 'Aftenposten'],
  da: ['Ritzau', 'Reuters', 'AFP', 'AP', 'BBC', 'Bloomberg', 'CNN', 'Financial Times', 'DPA', 'Politiken'],
  en: ['Reuters', 'the Associated Press', 'AFP', 'the BBC', 'Bloomberg', 'CNN', 'the Financial Times', 'the Guardian', 'DPA', 'Sky News'],
};

const GIVEN: Record<Lang, readonly string[]> = {
  nb: ['Ole', 'Kari', 'Ingrid', 'Lars', 'Marte', 'Jonas', 'Silje', 'Henrik', 'Astrid', 'Eirik', 'Nora', 'Sindre', 'Tone', 'Håkon', 'Sigrid', 'Øystein', 'Ragnhild', 'Torbjørn', 'Mari', 'Espen', 'Linn', 'Vegard'],
  da: ['Mette', 'Søren', 'Anders', 'Camilla', 'Mads', 'Pernille', 'Rasmus', 'Lone', 'Jesper', 'Signe', 'Frederik', 'Birgitte', 'Morten', 'Louise', 'Jakob', 'Karen', 'Henrik', 'Trine', 'Niels', 'Ida', 'Kasper', 'Sofie'],
  en: ['John', 'Sarah', 'Michael', 'Emily', 'David', 'Rachel', 'James', 'Laura', 'Thomas', 'Helen', 'Robert', 'Susan', 'Daniel', 'Claire', 'Mark', 'Julia', 'Peter', 'Anna', 'Richard', 'Kate', 'Andrew', 'Grace'],
};

const FAMILY: Record<Lang, readonly string[]> = {
  nb: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Karlsen', 'Haugen', 'Berg', 'Lie', 'Dahl', 'Strand', 'Solberg', 'Bakken', 'Moen', 'Eriksen', 'Halvorsen', 'Sæther', 'Aasen', 'Lunde', 'Myhre', 'Brekke'],
  da: ['Nielsen', 'Jensen', 'Madsen', 'Poulsen', 'Christensen', 'Rasmussen', 'Sørensen', 'Kristensen', 'Thomsen', 'Mortensen', 'Frederiksen', 'Holm', 'Schmidt', 'Mikkelsen', 'Jørgensen', 'Lund', 'Østergaard', 'Bech', 'Dam', 'Kjær', 'Vestergaard', 'Bruun', 'Lauridsen', 'Knudsen'],
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Walker', 'Harris', 'Clark', 'Lewis', 'Young', 'Allen', 'Wright', 'Scott', 'Green', 'Baker', 'Hughes', 'Edwards', 'Turner', 'Phillips', 'Campbell', 'Morgan', 'Cooper', 'Reed', 'Bennett'],
};

/** Foreign names that appear in every language's news. */
const FOREIGN: readonly string[] = ['Ursula Schneider', 'Pierre Martin', 'Marco Rossi', 'Anna Kowalska', 'Erik Lindqvist', 'Maria García', 'Hiroshi Tanaka', 'Li Wei', 'Jean Dubois', 'Katarzyna Nowak', 'Matti Virtanen', 'Jón Sigurðsson'];

const ROLES: Record<Lang, readonly string[]> = {
  nb: ['statsminister', 'utenriksminister', 'finansminister', 'forsvarsminister', 'helseminister', 'næringsminister', 'talsperson for {org}', 'professor ved {org}', 'seniorforsker ved {org}', 'direktør i {org}', 'sjeføkonom i {org}', 'ordfører i {place}', 'leder for {org}', 'kommunikasjonssjef i {org}'],
  da: ['statsminister', 'udenrigsminister', 'finansminister', 'forsvarsminister', 'sundhedsminister', 'erhvervsminister', 'talsmand for {org}', 'professor ved {org}', 'seniorforsker ved {org}', 'direktør i {org}', 'cheføkonom i {org}', 'borgmester i {place}', 'formand for {org}', 'pressechef i {org}'],
  en: ['Prime Minister', 'Foreign Minister', 'Finance Minister', 'Defence Secretary', 'Health Minister', 'spokesperson for {org}', 'professor at {org}', 'senior researcher at {org}', 'chief executive of {org}', 'chief economist at {org}', 'mayor of {place}', 'head of {org}', 'director of {org}'],
};

const DAYS: Record<Lang, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'i går', 'i dag', 'natt til torsdag'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'i går', 'i dag', 'natten til torsdag'],
  en: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'yesterday', 'today', 'late on Thursday'],
};

/** Clause parts that recombine into quotes and reported speech. */
const CLAUSE: Record<Lang, { subject: readonly string[]; modal: readonly string[]; verb: readonly string[]; object: readonly string[]; tail: readonly string[] }> = {
  nb: {
    subject: ['Vi', 'Regjeringen', 'Selskapet', 'Ingen', 'Kommunen', 'Markedet', 'Alle parter', 'Forskerne', 'Myndighetene', 'Styret'],
    modal: ['må', 'kommer til å', 'skal', 'kan', 'vil', 'bør', 'har ikke tenkt å'],
    verb: ['følge nøye med på', 'vurdere', 'styrke', 'redusere', 'øke', 'begrense', 'utrede', 'prioritere', 'gjennomgå', 'sikre'],
    object: ['utviklingen', 'kostnadene', 'innsatsen', 'samarbeidet', 'prisene', 'beredskapen', 'utslippene', 'ventetidene', 'investeringene', 'forsyningene', 'sikkerheten langs grensen'],
    tail: ['i årene som kommer', 'fram mot valget', 'så raskt som mulig', 'i tett dialog med partene', 'uten å vente på andre', 'før sommeren', 'i hele landet', 'etter det som skjedde i fjor'],
  },
  da: {
    subject: ['Vi', 'Regeringen', 'Selskabet', 'Ingen', 'Kommunen', 'Markedet', 'Alle parter', 'Forskerne', 'Myndighederne', 'Bestyrelsen'],
    modal: ['må', 'kommer til at', 'skal', 'kan', 'vil', 'bør', 'har ikke tænkt sig at'],
    verb: ['følge nøje', 'vurdere', 'styrke', 'reducere', 'øge', 'begrænse', 'undersøge', 'prioritere', 'gennemgå', 'sikre'],
    object: ['udviklingen', 'omkostningerne', 'indsatsen', 'samarbejdet', 'priserne', 'beredskabet', 'udledningerne', 'ventetiderne', 'investeringerne', 'forsyningerne', 'sikkerheden ved grænsen'],
    tail: ['i de kommende år', 'frem mod valget', 'så hurtigt som muligt', 'i tæt dialog med parterne', 'uden at vente på andre', 'inden sommeren', 'i hele landet', 'efter det, der skete sidste år'],
  },
  en: {
    subject: ['We', 'The government', 'The company', 'Nobody', 'The council', 'The market', 'All sides', 'Researchers', 'The authorities', 'The board'],
    modal: ['must', 'are going to', 'will', 'can', 'should', 'have no plans to', 'need to'],
    verb: ['monitor', 'review', 'strengthen', 'reduce', 'increase', 'limit', 'investigate', 'prioritise', 'reassess', 'secure'],
    object: ['the situation', 'the costs', 'the effort', 'the cooperation', 'prices', 'preparedness', 'emissions', 'waiting times', 'investment', 'supplies', 'security along the border'],
    tail: ['in the coming years', 'ahead of the election', 'as quickly as possible', 'in close dialogue with all parties', 'without waiting for others', 'before the summer', 'across the country', 'after what happened last year'],
  },
};

/** Narrative sentence patterns; slots in braces. */
const NARRATIVE: Record<Lang, readonly string[]> = {
  nb: [
    'Beslutningen ble tatt på et møte i {place} {day}.',
    '{org} har lenge advart mot utviklingen i {place}.',
    'Ifølge {agency} er det snakk om den største endringen på flere år.',
    'Saken skal behandles i {org} før jul.',
    'Tallene fra {org} viser en økning på {n} prosent siden i fjor.',
    'Mer enn {n} mennesker deltok på møtet i {place}.',
    '{person} møtte {person2} i {place} {day}.',
    'Det er ventet at {org} kommer med en ny vurdering i løpet av høsten.',
    'Kritikerne mener tiltakene kommer for sent.',
    'I {place} har reaksjonene vært blandede.',
    '{agency} melder at forhandlingene fortsetter {day}.',
    'Også {org} har uttalt seg om saken.',
  ],
  da: [
    'Beslutningen blev truffet på et møde i {place} {day}.',
    '{org} har længe advaret mod udviklingen i {place}.',
    'Ifølge {agency} er der tale om den største ændring i flere år.',
    'Sagen skal behandles i {org} inden jul.',
    'Tallene fra {org} viser en stigning på {n} procent siden sidste år.',
    'Mere end {n} mennesker deltog i mødet i {place}.',
    '{person} mødtes med {person2} i {place} {day}.',
    'Det ventes, at {org} kommer med en ny vurdering i løbet af efteråret.',
    'Kritikerne mener, at tiltagene kommer for sent.',
    'I {place} har reaktionerne været blandede.',
    'Det oplyser {agency}, som skriver, at forhandlingerne fortsætter {day}.',
    'Også {org} har udtalt sig om sagen.',
  ],
  en: [
    'The decision was taken at a meeting in {place} {day}.',
    '{org} has long warned about developments in {place}.',
    'According to {agency}, it is the biggest change in several years.',
    'The matter will be considered by {org} before Christmas.',
    'Figures from {org} show a rise of {n} percent since last year.',
    'More than {n} people attended the meeting in {place}.',
    '{person} met {person2} in {place} {day}.',
    '{org} is expected to publish a new assessment in the autumn.',
    'Critics say the measures come too late.',
    'In {place}, reactions have been mixed.',
    '{agency} reported that negotiations would continue {day}.',
    '{org} has also commented on the matter.',
  ],
};

/** Quote patterns: {q} a full quote, {r} a reported clause, {who} the speaker with role, {short} the surname. */
const QUOTES: Record<Lang, readonly string[]> = {
  nb: [
    '– {q}, sier {who}.',
    '– {q}, sa {short} til {agency} {day}.',
    '– {q}. {q2}, sier {short}.',
    '{who} sier at {r}.',
    '{short} mener at {r}, ifølge {agency}.',
    'Ifølge {agency}, som siterer {agency2}, sa {who} at {r}.',
    '{who} kaller situasjonen «{s}».',
    '– {q}, skriver {short} i en e-post til {agency}.',
    'Det sa {short} ifølge {agency}.',
    '{who} understreket at regjeringen vil «{s}».',
  ],
  da: [
    '- {q}, siger {who}.',
    '- {q}, sagde {short} til {agency} {day}.',
    '- {q}. {q2}, siger {short}.',
    '{who} siger, at {r}.',
    '{short} mener, at {r}, oplyser {agency}.',
    'Ifølge {agency}, der citerer {agency2}, sagde {who}, at {r}.',
    '{who} kalder situationen »{s}«.',
    '»{q}«, siger {short} til {agency}.',
    '{who} siger i en skriftlig kommentar, at \'{s}\'.',
    'Det oplyser {short} til {agency}.',
  ],
  en: [
    '"{q}," said {who}.',
    '"{q}," {short} told {agency} {day}.',
    '"{q}. {q2}," {short} said.',
    '{who} said that {r}.',
    '{short} believes {r}, according to {agency}.',
    'Speaking to {agency}, {who} said {r}, citing figures from {org}.',
    '{who} described the situation as "{s}".',
    '{short} said: "{q}."',
    '{who} told reporters the plan was \'{s}\'.',
    'That was the message from {short} {day}, according to {agency}.',
  ],
};

const HEADINGS: Record<Lang, readonly string[]> = {
  nb: ['Advarer mot økte kostnader', 'Uenige om veien videre', 'Vil ha svar', 'Kritikk fra opposisjonen', 'Venter på avklaring', 'Stor usikkerhet', 'Nye tall'],
  da: ['Advarer mod stigende omkostninger', 'Uenige om vejen frem', 'Vil have svar', 'Kritik fra oppositionen', 'Venter på afklaring', 'Stor usikkerhed', 'Nye tal'],
  en: ['Warning over rising costs', 'Divided over the way ahead', 'Calls for answers', 'Opposition criticism', 'Waiting for clarity', 'Great uncertainty', 'New figures'],
};

const TITLES: Record<Lang, readonly string[]> = {
  nb: ['{place} vil {verb} {object}', '{org} advarer {place}', 'Krever svar fra {org}', 'Strid om {object} i {place}'],
  da: ['{place} vil {verb} {object}', '{org} advarer {place}', 'Kræver svar fra {org}', 'Strid om {object} i {place}'],
  en: ['{place} to {verb} {object}', '{org} warns {place}', 'Demands for answers from {org}', 'Row over {object} in {place}'],
};

const CREDIT: Record<Lang, string> = { nb: 'Foto', da: 'Foto', en: 'Photo' };

interface Person {
  full: string;
  short: string;
  role: string;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

class ArticleWriter {
  private readonly pick: Pick;

  constructor(
    private readonly lang: Lang,
    private readonly random: () => number,
  ) {
    this.pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  }

  place(): string {
    return this.pick(PLACES)[this.lang];
  }

  person(): Person {
    const foreign = this.random() < 0.2;
    const full = foreign ? this.pick(FOREIGN) : `${this.pick(GIVEN[this.lang])} ${this.pick(FAMILY[this.lang])}`;
    const role = this.fill(this.pick(ROLES[this.lang]));
    return { full, short: full.slice(full.lastIndexOf(' ') + 1), role };
  }

  /** "statsminister Kari Berg", "talsperson for Nato Kari Berg", "Prime Minister Sarah Reed", "Sarah Reed, head of NATO,". */
  speaker(person: Person): string {
    if (this.lang === 'en' && !/^[A-Z]/.test(person.role)) return `${person.full}, ${person.role},`;
    return `${person.role} ${person.full}`;
  }

  clause(): string {
    const c = CLAUSE[this.lang];
    return `${this.pick(c.subject)} ${this.pick(c.modal)} ${this.pick(c.verb)} ${this.pick(c.object)} ${this.pick(c.tail)}`;
  }

  /** A reported clause, lower-cased for use after "that"/"at". */
  reported(): string {
    const clause = this.clause();
    return /^(We|Vi)\b/.test(clause) ? clause.replace(/^(We|Vi)\b/, this.lang === 'en' ? 'they' : 'de') : clause.charAt(0).toLowerCase() + clause.slice(1);
  }

  fill(pattern: string, person?: Person, person2?: Person): string {
    return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'place':
          return this.place();
        case 'org':
          return this.pick(ORGS[this.lang]);
        case 'agency':
        case 'agency2':
          return this.pick(AGENCIES[this.lang]);
        case 'day':
          return this.pick(DAYS[this.lang]);
        case 'n':
          return String(2 + Math.floor(this.random() * 980));
        case 'person':
          return (person ?? this.person()).full;
        case 'person2':
          return (person2 ?? this.person()).full;
        case 'who':
          return this.speaker(person ?? this.person());
        case 'short':
          return (person ?? this.person()).short;
        case 'q':
        case 'q2':
          return this.clause();
        case 'r':
          return this.reported();
        case 's':
          return `${this.pick(CLAUSE[this.lang].verb)} ${this.pick(CLAUSE[this.lang].object)}`;
        case 'verb':
          return this.pick(CLAUSE[this.lang].verb);
        case 'object':
          return this.pick(CLAUSE[this.lang].object);
        default:
          return slot;
      }
    });
  }

  article(): string {
    const lang = this.lang;
    const cast = [this.person(), this.person(), this.person(), this.person()].slice(0, 2 + Math.floor(this.random() * 3));
    const lines: string[] = [];
    if (this.random() < 0.15) lines.push(` date 20${20 + Math.floor(this.random() * 6)}-0${1 + Math.floor(this.random() * 9)}`);
    if (lang === 'en' && this.random() < 0.3) lines.push('Skip to main content', '');
    lines.push(capitalize(this.fill(this.pick(TITLES[lang]))), '');
    if (lang !== 'en' && this.random() < 0.4) lines.push(`${lang === 'nb' ? 'Av' : 'Af'} ${this.person().full}`, '');
    const paragraphs = 16 + Math.floor(this.random() * 18);
    const introduced = new Set<Person>();
    let heading = false;
    for (let p = 0; p < paragraphs; p++) {
      const roll = this.random();
      const person = this.pick(cast);
      const other = cast[(cast.indexOf(person) + 1) % cast.length];
      if (roll < 0.1 && p > 1 && !heading) {
        lines.push(this.pick(HEADINGS[lang]));
        heading = true;
      } else if (roll < 0.5) {
        const sentences = 1 + Math.floor(this.random() * 3);
        const parts: string[] = [];
        for (let s = 0; s < sentences; s++) parts.push(capitalize(this.fill(this.pick(NARRATIVE[lang]), person, other)));
        lines.push(parts.join(' '));
        heading = false;
      } else if (roll < 0.93) {
        // A person is named in full, with the role, before the surname alone refers to them.
        const pattern = introduced.has(person) ? this.pick(QUOTES[lang]) : this.pick(QUOTES[lang]).replace('{short}', '{who}');
        if (pattern.includes('{who}')) introduced.add(person);
        lines.push(capitalize(this.fill(pattern, person)).replace(/,([.,])/g, '$1'));
        heading = false;
      } else {
        lines.push(`${capitalize(this.fill('{place}'))}. ${CREDIT[lang]}: ${this.person().full} / ${this.pick(AGENCIES[lang])}`);
        heading = false;
      }
      lines.push('');
    }
    if (lang !== 'en' && this.random() < 0.3) lines.push(`Kilde: ${this.pick(AGENCIES[lang])}`);
    if (lang === 'en' && this.random() < 0.3) lines.push('Topics', 'International');
    return lines.join('\n').trimEnd() + '\n';
  }
}

const LANGS: readonly Lang[] = ['nb', 'da', 'en'];

/** Article `index` of the synthetic corpus `seed`: its language and text. */
export function syntheticArticle(index: number, seed = 1): { lang: Lang; text: string } {
  const random = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const lang = LANGS[Math.floor(random() * LANGS.length)];
  return { lang, text: new ArticleWriter(lang, random).article() };
}

/** Where article `index` lives: `<lang>/<thousand>/<index>.txt`, like a corpus sorted into folders by source. */
export function syntheticPath(index: number, lang: Lang): string {
  return join(lang, String(Math.floor(index / 1000)).padStart(3, '0'), `${String(index).padStart(6, '0')}.txt`);
}

export interface SyntheticStats {
  files: number;
  words: number;
  bytes: number;
  /** White-space separated words per language. */
  wordsByLang: Record<Lang, number>;
}

/** Writes articles [from, to) of the corpus `seed` under `dir`. */
export function writeSyntheticCorpus(dir: string, from: number, to: number, seed = 1): SyntheticStats {
  const stats: SyntheticStats = { files: 0, words: 0, bytes: 0, wordsByLang: { nb: 0, da: 0, en: 0 } };
  for (let index = from; index < to; index++) {
    const { lang, text } = syntheticArticle(index, seed);
    const path = join(dir, syntheticPath(index, lang));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    const words = text.split(/\s+/).filter(Boolean).length;
    stats.files++;
    stats.words += words;
    stats.wordsByLang[lang] += words;
    stats.bytes += Buffer.byteLength(text);
  }
  return stats;
}
