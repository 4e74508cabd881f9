/**
 * Builds small documents for the statements stage: the lead's clean/language/tokenize stages, with the language
 * fixed by the test, and mentions and entities written by hand (so the tests do not depend on the tagger).
 */
import { clean } from '../stages/clean.js';
import { language } from '../stages/language.js';
import { decodeArticle } from '../stages/read.js';
import { createResources } from '../stages/resources.js';
import { statements } from '../stages/statements.js';
import { tokenize } from '../stages/tokenize.js';
import type { ArticleDoc, DocEntity, EntityType, Lang, Mention, Statement } from '../stages/types.js';

export const res = createResources();

/** An entity of the test document: its display name and every surface form to find in the text. */
export interface NamedEntity {
  name: string;
  type: EntityType;
  forms?: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function docOf(text: string, lang: Lang, named: NamedEntity[]): ArticleDoc {
  let doc = language(clean(decodeArticle(Buffer.from(text, 'utf8'), `test/${lang}.txt`), res), res);
  doc = {
    ...doc,
    language: { ...doc.language!, article: lang, paragraphs: doc.language!.paragraphs.map((p) => ({ ...p, lang })) },
  };
  doc = tokenize(doc, res);
  const tokens = doc.tokens!;
  const found: { start: number; end: number; entity: number; text: string }[] = [];
  named.forEach((e, entity) => {
    for (const form of e.forms ?? [e.name]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) found.push({ start: m.index!, end: m.index! + form.length, entity, text: form });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  const entities: DocEntity[] = named.map((e) => ({
    type: e.type,
    name: e.name,
    key: e.name.toLowerCase(),
    mentions: [],
    aliases: [],
    evidence: [],
    known: false,
  }));
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue;
    const firstToken = tokens.findIndex((t) => t.start === f.start);
    if (firstToken < 0) throw new Error(`no token starts at "${f.text}"`);
    let endToken = tokens.findIndex((t) => t.start >= f.end);
    if (endToken < 0) endToken = tokens.length;
    covered = f.end;
    entities[f.entity].mentions.push(mentions.length);
    mentions.push({
      start: f.start,
      end: f.end,
      text: f.text,
      type: named[f.entity].type,
      firstToken,
      endToken,
      base: f.text.replace(/('s|s'|'|s)$/u, ''),
      source: 'rule',
    });
  }
  for (const e of entities) e.aliases = [...new Set(e.mentions.map((m) => mentions[m].text))].sort();
  return { ...doc, mentions, entities };
}

/** The statements of a text in a compact form: "kind | speaker | via,via | text". */
export function said(text: string, lang: Lang, named: NamedEntity[]): string[] {
  const doc = statements(docOf(text, lang, named), res);
  const name = (i: number | null): string => (i === null ? '-' : doc.entities![i].name);
  // Those who say it with the speaker follow the speaker's name ("Danske Bank + Nordea").
  const speakers = (s: Statement): string => [s.speaker, ...(s.coSpeakers ?? [])].map(name).join(' + ');
  return doc.statements!.map((s) => `${s.kind} | ${speakers(s)} | ${s.via.map(name).join(',')} | ${s.text}`);
}

export function rolesOf(text: string, lang: Lang, named: NamedEntity[]): string[] {
  const doc = statements(docOf(text, lang, named), res);
  return doc.roles!.map((r) => `${doc.entities![r.entity].name}: ${r.text} (${r.lang})`);
}

export const person = (name: string, ...forms: string[]): NamedEntity => ({ name, type: 'person', forms: [name, ...forms] });
export const org = (name: string, ...forms: string[]): NamedEntity => ({ name, type: 'organization', forms: [name, ...forms] });
export const place = (name: string, ...forms: string[]): NamedEntity => ({ name, type: 'place', forms: [name, ...forms] });
