import type { ArticleDetail, Extraction } from '../stages/types.js';

/**
 * The part of an extraction that the graph reads back per article while it is written (see ArticleDetail): the
 * cache keeps it beside the summary, leaving out what the graph does not show (cues, mention types and sources) or takes from the summary (entities).
 */
export function articleDetail(x: Pick<Extraction, 'mentions' | 'entities' | 'roles' | 'statements'>): ArticleDetail {
  return {
    entityMentions: x.entities.map((e) => e.mentions.map((i): [number, number, string] => [x.mentions[i].start, x.mentions[i].end, x.mentions[i].text])),
    roles: x.roles.map((r) => ({ entity: r.entity, text: r.text, lang: r.lang })),
    statements: x.statements.map((s) => ({ start: s.start, end: s.end, kind: s.kind, text: s.text, lang: s.lang, speaker: s.speaker, via: s.via, ...(s.coSpeakers ? { coSpeakers: s.coSpeakers } : {}), about: s.about })),
  };
}
