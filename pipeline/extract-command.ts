import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createResources } from '../stages/resources.js';
import { ArticleReadError } from '../stages/read.js';
import type { Extraction } from '../stages/types.js';
import { extractArticle } from './extract.js';

/** One article's extraction in a form a person can read: entities and speakers by name rather than by index. */
export function describeExtraction(x: Extraction): object {
  const name = (i: number): string => x.entities[i].name;
  return {
    source: x.source,
    lang: x.lang,
    date: x.date,
    title: x.title,
    entities: x.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.place ? { place: e.place } : {}),
      mentions: e.mentions.map((m) => ({ text: x.mentions[m].text, start: x.mentions[m].start, end: x.mentions[m].end })),
    })),
    roles: x.roles.map((r) => ({ person: name(r.entity), text: r.text, lang: r.lang })),
    statements: x.statements.map((s) => ({
      kind: s.kind,
      text: s.text,
      start: s.start,
      end: s.end,
      speaker: s.speaker === null ? null : name(s.speaker),
      via: s.via.map(name),
      ...(s.coSpeakers ? { coSpeakers: s.coSpeakers.map(name) } : {}),
      about: s.about.map(name),
    })),
    diagnostics: x.diagnostics,
  };
}

/** `newsgraph extract FILE`: the extraction as JSON on stdout; returns the exit code. */
export function extractCommand(file: string): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`newsgraph: ${file}: unreadable: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const extraction = extractArticle(bytes, basename(file), createResources());
    process.stdout.write(JSON.stringify(describeExtraction(extraction), null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof ArticleReadError) {
      process.stderr.write(`newsgraph: ${file}: ${error.reason}: ${error.detail}\n`);
      return 1;
    }
    throw error;
  }
}
