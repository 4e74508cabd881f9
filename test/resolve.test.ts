import { resolve, slug } from '../stages/resolve.js';
import { createResources } from '../stages/resources.js';
import type { EntityDescriptor, Extraction, Lang, ResolvableArticle, ResolvedEntity } from '../stages/types.js';
import { extraction, normalized } from './names/marked.js';
import { seededRandom } from '../bench/random.js';

const res = createResources();
const corpus = (...articles: [Lang, string][]): Extraction[] =>
  articles.map(([lang, text], i) => extraction(normalized(res, `${String(i).padStart(3, '0')}.txt`, lang, text).doc));
const names = (out: ResolvedEntity[]) => out.map((e) => [e.id, e.name]);

describe('resolve', () => {
  it('makes one node of one person across nb, da and en, named in English', () => {
    const out = resolve(corpus(
      ['nb', 'Viseforsvarsminister [Alexandr Fomin|person] sier at [Russland|place] trapper ned.'],
      ['en', 'Deputy Defence Minister [Alexander Fomin|person] said [Russia|place] would scale back.'],
      ['da', '[Fomin|person] siger, at [Rusland|place] trækker sig.'],
    ));
    expect(names(out)).toEqual([['person:alexander-fomin', 'Alexander Fomin'], ['place:russia', 'Russia']]);
    const fomin = out[0]!;
    expect(fomin.members.map(({ article, entity }) => ({ article, entity }))).toEqual([{ article: 0, entity: 0 }, { article: 1, entity: 0 }, { article: 2, entity: 0 }]);
    expect(fomin.aliases).toEqual(['Alexander Fomin', 'Alexandr Fomin', 'Fomin']);
    expect(fomin.evidence).toContainEqual({ rule: 'article', alias: 'Fomin', detail: 'Fomin → Alexander Fomin' });
    expect(fomin.evidence).toContainEqual({ rule: 'transliteration', alias: 'Alexandr Fomin', detail: 'Alexander Fomin' });
    expect(out[1]!.place).toEqual({ kind: 'country', country: 'RU' });
    expect(out[1]!.aliases).toEqual(['Rusland', 'Russia', 'Russland']);
  });

  it('joins a lone surname only when one person of the corpus has it', () => {
    const two = resolve(corpus(['en', '[Boris Johnson|person] spoke.'], ['en', '[Dustin Johnson|person] played.'], ['en', '[Johnson|person] said.']));
    expect(names(two)).toEqual([['person:boris-johnson', 'Boris Johnson'], ['person:dustin-johnson', 'Dustin Johnson'], ['person:johnson', 'Johnson']]);
    const one = resolve(corpus(['en', '[Boris Johnson|person] spoke.'], ['en', '[Johnson|person] said.'], ['nb', '[Johnson|person] sier.']));
    expect(names(one)).toEqual([['person:boris-johnson', 'Boris Johnson']]);
    expect(one[0]!.members).toHaveLength(3);
  });

  it('joins a lone surname to the one of its persons the corpus names ten times more often than any other, and ten times at least', () => {
    const often = (n: number): [Lang, string][] => Array.from({ length: n }, () => ['en', '[Donald Trump|person] spoke.'] as [Lang, string]);
    const dominant = resolve(corpus(...often(10), ['en', '[Judd Trump|person] played.'], ['nb', '[Trump|person] sier nei.']));
    expect(names(dominant)).toEqual([['person:donald-trump', 'Donald Trump'], ['person:judd-trump', 'Judd Trump']]);
    expect(dominant[0]!.members).toHaveLength(11);
    expect(names(resolve(corpus(...often(9), ['en', '[Judd Trump|person] played.'], ['nb', '[Trump|person] sier nei.'])))).toEqual([
      ['person:donald-trump', 'Donald Trump'], ['person:judd-trump', 'Judd Trump'], ['person:trump', 'Trump'],
    ]);
  });

  it('joins a name with the suffix Jr. to the same name with Jr, named with the period', () => {
    const out = resolve(corpus(['en', 'President [Ferdinand Marcos Jr|person] spoke.'], ['en', 'President [Ferdinand Marcos Jr.|person] spoke.'], ['en', '[Ferdinand Marcos|person] ruled.']));
    expect(names(out)).toEqual([['person:ferdinand-marcos', 'Ferdinand Marcos'], ['person:ferdinand-marcos-jr', 'Ferdinand Marcos Jr.']]);
  });

  it('keeps persons of one given name and surname apart when their middle names differ', () => {
    const two = resolve(corpus(['nb', '[Ingrid Sørhaug Lie|person] sier nei.'], ['nb', '[Ingrid Hagen Lie|person] sier ja.'], ['nb', '[Ingrid Lie|person] sier kanskje.']));
    expect(names(two)).toEqual([['person:ingrid-hagen-lie', 'Ingrid Hagen Lie'], ['person:ingrid-lie', 'Ingrid Lie'], ['person:ingrid-sorhaug-lie', 'Ingrid Sørhaug Lie']]);
    const one = resolve(corpus(['nb', '[Ingrid Hagen Lie|person] sier ja.'], ['nb', '[Ingrid Lie|person] sier kanskje.']));
    expect(names(one)).toEqual([['person:ingrid-hagen-lie', 'Ingrid Hagen Lie']]);
    const initial = resolve(corpus(['en', '[John F. Kennedy|person] spoke.'], ['en', '[John Fitzgerald Kennedy|person] spoke.'], ['en', '[John Kennedy|person] spoke.']));
    expect(initial.map((e) => e.members.length)).toEqual([3]);
  });

  it("joins a Norwegian or Danish full name in the genitive to the person the corpus names without the -s, and no other name ending in -s", () => {
    const out = resolve(corpus(
      ['nb', '[Jonas Gahr Støre|person] sier at regjeringen vil bruke mer.'],
      ['nb', '[Jonas Gahr Støres|person] regjering sier nei. [Jonas Gahr Støres|person] parti sier ja.'],
      ['da', '[Peter Sands|person] siger, at fonden mangler penge.'],
      ['nb', '[Peter Sand|person] sier at kommunen må spare.'],
    ));
    expect(names(out)).toEqual([['person:jonas-gahr-store', 'Jonas Gahr Støre'], ['person:peter-sand', 'Peter Sand'], ['person:peter-sands', 'Peter Sands']]);
    expect(out[0]!.evidence).toContainEqual({ rule: 'genitive', alias: 'Jonas Gahr Støres', detail: 'Jonas Gahr Støre' });
    // Without the base form in the corpus, the name stays as written.
    expect(names(resolve(corpus(['nb', '[Jonas Gahr Støres|person] regjering sier nei.'])))).toEqual([['person:jonas-gahr-stores', 'Jonas Gahr Støres']]);
  });

  it('joins a multi-word surname in one article to the one full name that ends with it in another', () => {
    const out = resolve(corpus(
      ['da', 'Udenrigsminister [Lars Løkke Rasmussen|person] rejser.'],
      ['nb', '[Løkke Rasmussen|person] sier nei.'],
      ['en', '[Anders Fogh Rasmussen|person] and [Lars Rasmussen|person] met.'],
    ));
    expect(out.map((e) => [e.id, e.name, e.aliases])).toEqual([
      ['person:anders-fogh-rasmussen', 'Anders Fogh Rasmussen', ['Anders Fogh Rasmussen']],
      ['person:lars-lokke-rasmussen', 'Lars Løkke Rasmussen', ['Lars Løkke Rasmussen', 'Lars Rasmussen', 'Løkke Rasmussen']],
    ]);
    const two = resolve(corpus(['da', '[Lars Løkke Rasmussen|person] rejser.'], ['da', '[Jens Løkke Rasmussen|person] bliver.'], ['nb', '[Løkke Rasmussen|person] sier nei.']));
    expect(names(two)).toEqual([
      ['person:jens-lokke-rasmussen', 'Jens Løkke Rasmussen'],
      ['person:lars-lokke-rasmussen', 'Lars Løkke Rasmussen'],
      ['person:lokke-rasmussen', 'Løkke Rasmussen'],
    ]);
  });

  it('joins a word that only stands alone to the one person who has it inside a full name, not to a given name', () => {
    const out = resolve(corpus(
      ['en', 'President [João Carlos|person] dos [Santos|person] arrived.'],
      ['nb', '[Carlos|person] kom i går.'],
      ['en', '[Mark Jonas Berg|person] and [Jonas Lie|person] met.'],
      ['da', '[Jonas|person] svarede.'],
    ));
    expect(out.map((e) => [e.id, e.name, e.aliases])).toEqual([
      ['person:joao-carlos-dos-santos', 'João Carlos dos Santos', ['Carlos', 'João Carlos', 'Santos']],
      ['person:jonas', 'Jonas', ['Jonas']],
      ['person:jonas-lie', 'Jonas Lie', ['Jonas Lie']],
      ['person:mark-jonas-berg', 'Mark Jonas Berg', ['Mark Jonas Berg']],
    ]);
  });

  it('prefers the spelling of an English article where no table knows the name', () => {
    const out = resolve(corpus(['nb', 'FN-ambassadør [Vasilij Nebenzja|person] sier.'], ['en', 'UN envoy [Vassily Nebenzia|person] said.']));
    expect(names(out)).toEqual([['person:vassily-nebenzia', 'Vassily Nebenzia']]);
    expect(out[0]!.evidence).toContainEqual({ rule: 'english-mention', alias: 'Vassily Nebenzia', detail: 'the spelling of English text' });
    expect(out[0]!.evidence).toContainEqual({ rule: 'article', alias: 'Vasilij Nebenzja', detail: 'Vasily Nebenzha → Vassily Nebenzia' });
  });

  it('keeps the letters of a name that English text wrote without them', () => {
    const out = resolve(corpus(['nb', 'Statsminister [Jonas Gahr Støre|person] sier.'], ['en', 'Prime Minister [Jonas Gahr Store|person] said.'], ['nb', '[Støre|person] sier.']));
    expect(out.map((e) => [e.id, e.name, e.aliases])).toEqual([['person:jonas-gahr-store', 'Jonas Gahr Støre', ['Jonas Gahr Store', 'Jonas Gahr Støre', 'Støre']]]);
  });

  it('keeps homonymous places apart, with ids that tell them apart', () => {
    const out = resolve(corpus(['en', 'Protests in [Paris|place] today.'], ['en', 'A fair in [Paris|place], Texas.'], ['nb', 'Protester i [Paris|place].']));
    expect(out.map((e) => [e.id, e.place?.country, e.members.length])).toEqual([
      ['place:paris', 'FR', 2],
      ['place:paris-geonames-4717560', 'US', 1],
    ]);
  });

  it('gives one type to a building that stands for an institution', () => {
    const out = resolve(corpus(['nb', 'Møtet i [Kreml|place].'], ['en', 'The [Kremlin|organization] said.'], ['da', '[Kreml|organization] siger.']));
    expect(out.map((e) => [e.id, e.type, e.aliases])).toEqual([['organization:kremlin', 'organization', ['Kreml', 'Kremlin']]]);
  });

  it('gives the same ids whatever the order of the articles', () => {
    const articles: [Lang, string][] = [
      ['nb', '[Vladimir Putin|person] møtte [Olaf Scholz|person] i [Moskva|place].'],
      ['en', '[Putin|person] told [Scholz|person] in [Moscow|place] that [NATO|organization] must listen.'],
      ['da', '[Natos/Nato|organization] generalsekretær [Jens Stoltenberg|person] siger.'],
    ];
    const forward = resolve(corpus(...articles));
    const backward = resolve(corpus(...[...articles].reverse()));
    expect(backward.map((e) => [e.id, e.name, e.aliases])).toEqual(forward.map((e) => [e.id, e.name, e.aliases]));
    expect(names(forward)).toEqual([
      ['organization:nato', 'NATO'], ['person:jens-stoltenberg', 'Jens Stoltenberg'], ['person:olaf-scholz', 'Olaf Scholz'],
      ['person:vladimir-putin', 'Vladimir Putin'], ['place:moscow', 'Moscow'],
    ]);
  });

  it('keeps a previous id when the canonical name changes', () => {
    const previous = [{ id: 'person:vasily-nebenzha', type: 'person' as const, name: 'Vasily Nebenzha', aliases: ['Vasilij Nebenzja'] }];
    const out = resolve(corpus(['nb', '[Vasilij Nebenzja|person] sier.'], ['en', '[Vassily Nebenzia|person] said.']), previous);
    expect(out.map((e) => [e.id, e.name, e.formerIds])).toEqual([['person:vasily-nebenzha', 'Vassily Nebenzia', []]]);
  });

  it('lists a retired id in formerIds when a run merges two previous entities', () => {
    const previous = [
      { id: 'place:kiev', type: 'place' as const, name: 'Kiev', aliases: ['Kiev'] },
      { id: 'place:kyiv', type: 'place' as const, name: 'Kyiv', aliases: ['Kyiv'], formerIds: ['place:kyjiv'] },
    ];
    const out = resolve(corpus(['en', 'Talks in [Kiev|place].'], ['en', 'Talks in [Kyiv|place].']), previous);
    expect(out.map((e) => [e.id, e.formerIds])).toEqual([['place:kyiv', ['place:kiev', 'place:kyjiv']]]);
  });

  it('does not hand a previous id to a different entity', () => {
    const previous = [{ id: 'person:johnson', type: 'person' as const, name: 'Johnson', aliases: ['Johnson'] }];
    const out = resolve(corpus(['en', '[Dustin Johnson|person] played.']), previous);
    expect(out.map((e) => e.id)).toEqual(['person:dustin-johnson']);
  });

  it('keeps the ids of two homonymous places that share an alias', () => {
    const previous = [
      { id: 'place:paris', type: 'place' as const, name: 'Paris', aliases: ['Paris'], geonameId: 2988507, country: 'FR' },
      { id: 'place:paris-geonames-4717560', type: 'place' as const, name: 'Paris', aliases: ['Paris'], geonameId: 4717560, country: 'US' },
    ];
    const both = resolve(corpus(['en', 'A fair in [Paris|place], Texas.'], ['nb', 'Protester i [Paris|place].']), previous);
    expect(both.map((e) => [e.id, e.place?.country, e.formerIds])).toEqual([
      ['place:paris', 'FR', []],
      ['place:paris-geonames-4717560', 'US', []],
    ]);
    const france = resolve(corpus(['nb', 'Protester i [Paris|place].']), previous);
    expect(france.map((e) => [e.id, e.formerIds])).toEqual([['place:paris', []]]);
    const texas = resolve(corpus(['en', 'A fair in [Paris|place], Texas.']), previous);
    expect(texas.map((e) => [e.id, e.formerIds])).toEqual([['place:paris-geonames-4717560', []]]);
  });

  it('never gives a new entity an id that a previous entity had', () => {
    const previous = [{ id: 'person:john-smith', type: 'person' as const, name: 'John Smith', aliases: ['John Smith'], formerIds: ['person:alex-smith'] }];
    const out = resolve(corpus(['en', '[Alex Smith|person] said.']), previous);
    expect(out.map((e) => e.id)).toEqual(['person:alex-smith-person-smith-a-aleks']);
  });

  it('makes ASCII slugs', () => {
    expect(slug('Palle Ydstebø')).toBe('palle-ydstebo');
    expect(slug('Trøndelag')).toBe('trondelag');
    expect(slug("People's Republic of China")).toBe('peoples-republic-of-china');
    expect(slug('Zürich')).toBe('zurich');
  });
});

describe('resolve over shared descriptions', () => {
  /** The articles as a run hands them over: one object per distinct description, shared by the articles that have it. */
  const pooled = (articles: Extraction[]) => {
    const pool = new Map<string, object>();
    return articles.map((x) => ({
      lang: x.lang,
      entities: x.entities.map(({ mentions: _mentions, ...d }) => {
        const json = JSON.stringify(d);
        if (!pool.has(json)) pool.set(json, JSON.parse(json) as object);
        return pool.get(json) as typeof d;
      }),
    }));
  };
  const copied = (articles: Extraction[]) => articles.map((x) => ({ lang: x.lang, entities: x.entities.map(({ mentions: _mentions, ...d }) => structuredClone(d)) }));
  /** The resolution of shared descriptions, checked to be that of one copy per article. */
  const resolveShared = (articles: Extraction[]) => {
    const shared = resolve(pooled(articles));
    expect(shared).toEqual(resolve(copied(articles)));
    return shared;
  };
  /** Articles whose every entity has a description of its own, as the per-article resolution had them. */
  const ownCopies = (articles: readonly ResolvableArticle[]) => articles.map((x) => ({ lang: x.lang, entities: x.entities.map((d) => structuredClone(d)) }));
  /** A person's description with a key as normalize makes it: `person:<surname>/<initial>:<given name>`. */
  const person = (name: string): EntityDescriptor => {
    const words = name.split(' ');
    const last = words.at(-1)!.toLowerCase();
    const first = words.length > 1 ? words[0]!.toLowerCase().replace('.', '') : '';
    const key = first ? `person:${last}/${first[0]}:${first.length > 1 ? first : ''}` : `person:${last}`;
    return { type: 'person', name, key, aliases: [name], evidence: [], known: false };
  };

  it('gives what one copy per article gives, each shared description counting once per article that has it', () => {
    const articles = corpus(
      ['nb', '[Olena Kovalenko|person] sier at [Kyiv|place] holder.'],
      ['nb', '[Olena Kovalenko|person] sier at [Kijev|place] holder.'],
      ['nb', 'Det sier [Olena Kovalenko|person] til [NRK|organization].'],
      ['da', '[Olena Kovalenko|person] siger, at [Kijev|place] holder.'],
      ['da', '[Olena Kovalenko|person] fra [Kharkiv|place].'],
      ['en', '[Kovalenko|person] said [Kyiv|place] would hold.'],
      ['nb', '[Kovalenko|person] sier nei.'],
    );
    const shared = resolveShared(articles);
    expect(shared.map((e) => [e.id, e.members.length])).toEqual([
      ['organization:nrk', 1], ['person:olena-kovalenko', 7], ['place:kharkiv', 1], ['place:kyiv', 4],
    ]);
    // The English article names her by surname alone: the fullest spelling, from the other languages, is her name, and
    // no English spelling overrode it.
    expect(shared[1]!.evidence.some((e) => e.rule === 'english-mention')).toBe(false);
  });

  it('weighs a shared description by its articles: three call the Kremlin a place, one an organization', () => {
    const articles = corpus(['nb', 'Møtet i [Kreml|place].'], ['nb', 'Møtet i [Kreml|place].'], ['nb', 'Møtet i [Kreml|place].'], ['da', '[Kreml|organization] siger.']);
    const shared = resolveShared(articles);
    expect(shared.map((e) => [e.id, e.type, e.members.length])).toEqual([['place:kremlin', 'place', 4]]);
  });

  it('checks a repeated surname again after the unions of the names before it, as once per article', () => {
    const articles = corpus(
      ['en', '[Anna Quinn Reed Zane|person] spoke.'],
      ['en', '[Bob Anna Reed Zane|person] spoke.'],
      ['en', '[Reed Zane|person] spoke.'],
      ['en', '[Anna Reed Zane|person] spoke.'],
      ['en', '[Reed Zane|person] spoke.'],
    );
    const shared = resolveShared(articles);
    expect(shared.map((e) => [e.name, e.members.length])).toEqual([['Anna Quinn Reed Zane', 5]]);
  });

  it('gives what one copy per article gives on random corpora of names that end in one another', () => {
    const pool = ['Zane', 'Reed Zane', 'Anna Zane', 'A. Zane', 'Anna Reed Zane', 'Bob Anna Reed Zane', 'Anna Quinn Reed Zane', 'Carl Zane', 'Quinn Reed Zane', 'Lund', 'Quinn Lund', 'Bob Quinn Lund', 'Anna Bob Quinn Lund'].map(person);
    // Places and organizations that share a key and differ in type or spelling, so that majorities are weighed.
    pool.push(
      { type: 'place', name: 'Lund', key: 'geonames:2693678', aliases: ['Lund'], evidence: [{ rule: 'gazetteer', alias: 'Lund', detail: 'geonames:2693678' }], known: true },
      { type: 'organization', name: 'Lund', key: 'geonames:2693678', aliases: ['Lund'], evidence: [], known: false },
      { type: 'organization', name: 'Zane Group', key: 'organization:zane-group', aliases: ['Zane Group'], evidence: [], known: false },
      { type: 'organization', name: 'Zane group', key: 'organization:zane-group', aliases: ['Zane group'], evidence: [], known: false },
    );
    const rnd = seededRandom(7);
    const sizes = new Set<string>();
    for (let round = 0; round < 300; round++) {
      const articles = Array.from({ length: 2 + Math.floor(rnd() * 10) }, () => ({
        lang: (['nb', 'da', 'en'] as const)[Math.floor(rnd() * 3)]!,
        entities: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pool[Math.floor(rnd() * pool.length)]!),
      }));
      const shared = resolve(articles);
      expect(shared).toEqual(resolve(ownCopies(articles)));
      sizes.add(shared.map((e) => e.members.length).join(','));
    }
    // The corpora resolve in many different ways, merges included.
    expect(sizes.size).toBeGreaterThan(100);
  });

  it('gives what one copy per article gives for every order of five articles over names that end in one another', () => {
    const names = ['Reed Zane', 'Anna Reed Zane', 'Bob Anna Reed Zane', 'Anna Quinn Reed Zane', 'Quinn Reed Zane'];
    const pool = names.map(person);
    let differ = 0;
    for (let code = 0; code < names.length ** 5; code++) {
      const picks = [0, 1, 2, 3, 4].map((k) => Math.floor(code / names.length ** k) % names.length);
      const articles = picks.map((p) => ({ lang: 'en' as const, entities: [pool[p]!] }));
      const shared = resolve(articles).map((e) => e.members.map((m) => m.article).join(','));
      const copies = resolve(ownCopies(articles)).map((e) => e.members.map((m) => m.article).join(','));
      if (shared.join(' | ') !== copies.join(' | ')) differ++;
    }
    expect(differ).toBe(0);
  });
});

