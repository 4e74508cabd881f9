/**
 * The one place for newsgraph's shared types: the article document that the stages grow layer by layer,
 * the extraction that is cached per article, and the graph of the `newsgraph.graph/1` contract.
 *
 * Offsets everywhere are JavaScript string indices (UTF-16 code units) into `ArticleDoc.text`.
 */

export type Lang = 'nb' | 'da' | 'en';
export type ArticleLang = Lang | 'und';
export type EntityType = 'person' | 'place' | 'organization';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization'];

export interface Span {
  start: number;
  end: number;
}

export type StageName = 'read' | 'clean' | 'language' | 'tokenize' | 'entities' | 'normalize' | 'statements';

/** A message tied to a place in the text, like a VFile message in unified. */
export interface Diagnostic {
  stage: StageName | 'pipeline';
  level: 'error' | 'warning' | 'info';
  message: string;
  start?: number;
  end?: number;
}

/** Text that is not article content; stages after `clean` neither tag nor quote inside it. */
export type NonContentKind = 'header' | 'navigation' | 'credit' | 'byline' | 'source' | 'label';
export interface NonContent extends Span {
  kind: NonContentKind;
}

export interface Meta {
  /** `YYYY-MM` or `YYYY-MM-DD` when the text gives one. */
  date: string | null;
  title: string | null;
  nonContent: NonContent[];
}

/** A paragraph: a run of text separated from the next by a blank line (or a line break in English web text). */
export interface Paragraph extends Span {
  lang: ArticleLang;
  /** A short line without final punctuation: a headline, subheading or caption label. */
  heading: boolean;
}

export interface LanguageLayer {
  article: ArticleLang;
  /** How sure the identification is, 0..1 (the margin between the best and the second language). */
  confidence: number;
  paragraphs: Paragraph[];
}

export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'dash' // – — and a lone - used as a speech or parenthetical dash
  | 'quote' // « » " " „ “ ” ' ‘ ’ and the like, when used as a quotation mark
  | 'symbol';

export interface Token extends Span {
  /** Always `doc.text.slice(start, end)`. */
  text: string;
  kind: TokenKind;
  /** No white space between this token and the previous one (compound parts, genitive apostrophes, punctuation). */
  glued: boolean;
  /** Index into `doc.sentences`. */
  sentence: number;
  /** Set on the parts of a hyphen compound such as "Kreml-talsmannen": 'head' (Kreml), 'hyphen', 'tail' (talsmannen). */
  compound?: 'head' | 'hyphen' | 'tail';
  /** Quote marks: whether the mark opens or closes a quotation (straight quotes are paired by position). */
  quote?: 'open' | 'close';
}

export interface Sentence extends Span {
  paragraph: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** A name in the text, as the entities stage finds it. */
export interface Mention extends Span {
  /** The surface form exactly as written: "Putins", "Financial Times'", "Kreml". */
  text: string;
  type: EntityType;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** The name without its genitive ending: "Putin" for "Putins", "Financial Times" for "Financial Times'". */
  base: string;
  /** What found it. */
  source: 'tagger' | 'gazetteer' | 'rule';
  /**
   * True when words around a mention of the name made a rule sure of its type ("the Spanish bank Santander"): a town
   * the gazetteer knows by the name does not make the organization a place.
   */
  sure?: true;
}

/** Why two surface forms were taken for one entity; kept so that a user can audit every merge. */
export interface Evidence {
  rule: 'identical' | 'genitive' | 'transliteration' | 'translation' | 'alias-table' | 'gazetteer' | 'short-form' | 'compound' | 'english-mention' | 'article' | 'context';
  /** The alias this evidence is about. */
  alias: string;
  detail?: string;
}

/** What the gazetteer knows about a place. */
export interface PlaceInfo {
  kind: 'country' | 'city' | 'region' | 'continent' | 'sea' | 'area';
  /** ISO 3166-1 alpha-2. */
  country?: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
}

/** One entity within one article: the mentions that name it, with its best canonical name. */
export interface DocEntity {
  type: EntityType;
  /** English standard spelling where known, else a transliteration to English conventions. */
  name: string;
  /** The resolution key: a normalized form of `name` that blocks candidate merges across articles. */
  key: string;
  /** Indices into `doc.mentions`. */
  mentions: number[];
  /** Distinct surface forms, sorted. */
  aliases: string[];
  evidence: Evidence[];
  place?: PlaceInfo;
  /** True when the name came from a gazetteer or alias table (a stronger anchor than a guess). */
  known: boolean;
  /**
   * A Norwegian or Danish person's name ending in -s whose every mention stands before a word it may possess ("Jonas
   * Gahr Støres regjering"): perhaps a genitive, which resolution joins to the name without the -s where the corpus
   * has it.
   */
  possessive?: true;
}

export interface Role {
  /** Index into `doc.entities`. */
  entity: number;
  text: string;
  lang: Lang;
  start: number;
  end: number;
}

export interface Statement extends Span {
  kind: 'direct' | 'indirect';
  /** The quoted or reported content only, `doc.text.slice(start, end)`. */
  text: string;
  lang: ArticleLang;
  /** Index into `doc.entities`, or null when the text names nobody. */
  speaker: number | null;
  /** Indices into `doc.entities`, outermost relay first ("ifølge BBC, som siterer TASS" → [BBC, TASS]). */
  via: number[];
  /** Indices into `doc.entities` of the others who say it with the speaker ("Danske Bank og Nordea siger": Nordea). */
  coSpeakers?: number[];
  /** Indices into `doc.entities` mentioned inside the statement. */
  about: number[];
  /** The attribution cue that was used ("sier", "ifølge", "said", "continuation"), for debugging and tests. */
  cue: string;
}

/**
 * The document every stage reads and grows. `text` never changes; each stage adds its layer and never rewrites an
 * earlier one.
 */
export interface ArticleDoc {
  /** Path relative to the input folder, with `/` separators. */
  source: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** The decoded text, with only a leading BOM removed. */
  text: string;
  meta?: Meta;
  language?: LanguageLayer;
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: DocEntity[];
  roles?: Role[];
  statements?: Statement[];
  diagnostics: Diagnostic[];
}

/** A memo of loaded, immutable resources (models, gazetteers, language data), created once per process or worker. */
export interface Resources {
  get<T>(key: string, load: () => T): T;
}

/** A known entity: a country, city, region, organization or person of general knowledge, with its English name. */
export interface GazetteerEntry {
  /** Stable identity of the entry, e.g. `geonames:524901`, `country:RU`, `org:nato`. */
  key: string;
  type: EntityType;
  /** English standard name: "Moscow", "Belarus", "NATO", "Kremlin". */
  name: string;
  /** Other types a fair reading may give (Kreml, Pentagon: organization or place). */
  altTypes?: EntityType[];
  place?: PlaceInfo;
  population?: number;
  /** First-order administrative division (GeoNames admin1 code; the USPS code for US states), to read "Paris, Texas". */
  admin1?: string;
  /** The country (ISO 3166-1 alpha-2) whose national body an organization is, when some of its aliases say no more. */
  country?: string;
  /**
   * Aliases that name the body only in news of its own country ("Senate", "Treasury", "Labour"): in an article about
   * another country's affairs they name that country's body.
   */
  domesticAliases?: readonly string[];
}

export interface Gazetteer {
  /** Entries a surface form may name, best first (case as written; "Moskva" → Moscow RU before Moscow US). */
  lookup(surface: string, lang: Lang): readonly GazetteerEntry[];
  /** A known given name, with its usual gender ('u' when used for both). */
  givenName(word: string): { gender: 'm' | 'f' | 'u' } | undefined;
  /** Whether a known name of several words begins with this word ("Statens" of "Statens vegvesen"). */
  opensName(word: string): boolean;
  /** A country's English name by its ISO 3166-1 alpha-2 code ("IE" → "Ireland"). */
  countryName(code: string): string | undefined;
}

/** What the graph records of an article itself. */
export interface ArticleFacts {
  /** Path relative to the input folder, with `/` separators. */
  source: string;
  sha256: string;
  lang: ArticleLang;
  date: string | null;
  title: string | null;
  chars: number;
}

/** The per-article result that is cached and merged across articles; everything but the intermediate layers. */
export interface Extraction extends ArticleFacts {
  mentions: Mention[];
  entities: DocEntity[];
  roles: Role[];
  statements: Statement[];
  diagnostics: Diagnostic[];
  /**
   * Milliseconds spent in each per-article stage (keyed by StageName), for the run report. Never cached, never in the
   * graph: the run strips it before writing the cache.
   */
  timings?: Record<string, number>;
}

/** What cross-article resolution reads of a per-article entity: everything but its mentions. */
export type EntityDescriptor = Omit<DocEntity, 'mentions'>;

/** An article as resolution sees it: its language and its entities, in the order of `Extraction.entities`. */
export interface ResolvableArticle {
  lang: ArticleLang;
  entities: readonly EntityDescriptor[];
}

/**
 * What a run keeps of each article until the graph is written: its facts and what resolution needs. Mentions and
 * statements, most of an extraction, are read again from the cache while the graph is written, so that memory does
 * not grow with the size of the corpus's text.
 */
export interface ArticleSummary extends ArticleFacts, ResolvableArticle {
  /** The article's warnings and errors for the run report (not its info diagnostics). */
  warnings: Diagnostic[];
}

/**
 * Of an article's extraction, what the graph takes beyond the summary, read once per article while the graph is
 * written: each entity's mentions as [start, end, text], the roles and the statements.
 */
export interface ArticleDetail {
  entityMentions: [start: number, end: number, text: string][][];
  roles: Pick<Role, 'entity' | 'text' | 'lang'>[];
  statements: Omit<Statement, 'cue'>[];
}

/** An entity node of a previous graph, given to `resolve` so that ids stay stable as the corpus grows. */
export interface PreviousEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  formerIds?: string[];
  /** A place node's GeoNames id and country, when it has them: two different gazetteer places never match. */
  geonameId?: number;
  country?: string;
}

/** One entity across all articles, as `resolve` decides it. */
export interface ResolvedEntity {
  /** `<type>:<slug>`, stable across runs and corpus growth. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  evidence: Evidence[];
  place?: PlaceInfo;
  formerIds: string[];
  /** The per-article entities it unites: index into the articles passed to `resolve`, index into their `entities`. */
  members: { article: number; entity: number }[];
}

// ---- the graph: newsgraph.graph/1 ----

export const GRAPH_SCHEMA_ID = 'newsgraph.graph/1';

export interface GraphMention {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleNode extends ArticleFacts {
  id: string;
  type: 'article';
}

export interface EntityNodeBase {
  id: string;
  name: string;
  aliases: string[];
  mentions: GraphMention[];
  /** Why each alias belongs to this node. */
  evidence: Evidence[];
  formerIds?: string[];
}

export interface PersonNode extends EntityNodeBase {
  type: 'person';
  roles: { text: string; lang: Lang }[];
}

export interface PlaceNode extends EntityNodeBase, Partial<Omit<PlaceInfo, 'geonameId'>> {
  type: 'place';
  geonameId?: number;
}

export interface OrganizationNode extends EntityNodeBase {
  type: 'organization';
}

export type EntityNode = PersonNode | PlaceNode | OrganizationNode;

export interface StatementNode {
  id: string;
  type: 'statement';
  article: string;
  lang: ArticleLang;
  kind: 'direct' | 'indirect';
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  via: string[];
  about: string[];
}

export type GraphNode = ArticleNode | EntityNode | StatementNode;

export type EdgeType = 'said' | 'via' | 'about' | 'mentions';
export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
  count?: number;
}

export interface Graph {
  schema: typeof GRAPH_SCHEMA_ID;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
