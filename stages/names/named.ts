/**
 * A mention as the normalize stage reads it: the name it suggests and the keys that group it with the other mentions
 * of its article.
 */
import { isSpace } from '../chars.js';
import type { EntityType, Evidence, GazetteerEntry, Lang } from '../types.js';

export interface Named {
  /** Index into doc.mentions. */
  mention: number;
  type: EntityType;
  lang: Lang;
  /** The canonical name this mention alone suggests. */
  name: string;
  /** Grouping key: a gazetteer key, or a type-prefixed spelling skeleton. */
  key: string;
  known: boolean;
  entry?: GazetteerEntry;
  evidence: Evidence[];
  /** Persons: whether the name is spelled as its key words (a given name already in its English news spelling). */
  spelled?: boolean;
  /** Persons: the given name as `<initial>:<skeleton>` ("j:on" for John, "j:" for "J." or "JD"), and the surname's
   * skeleton; a single word has only `last`. */
  first?: string;
  last?: string;
  /** Persons: the skeletons of the capitalised words of the name, in order ("lars", "lokke", "rasmussen"). */
  parts?: string[];
  /** Persons: the skeleton of a one-word name as written, when a genitive ending was taken off it ("ricks" for "Ricks"
   * read as Rick's): a name may end in -s itself. */
  writtenLast?: string;
  words: number;
}

/**
 * A mention's name with its white space collapsed to single spaces and trimmed. Asked for every mention many times:
 * names that already are so (nearly all) are returned without running a regex or making a string.
 */
export function nameSurface(m: { base: string; text: string }): string {
  const s = m.base || m.text;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return s.replace(/\s+/g, ' ').trim();
      space = true;
    } else if (isSpace(s[i]!)) return s.replace(/\s+/g, ' ').trim();
    else space = false;
  }
  return space && s.length > 0 ? s.replace(/\s+/g, ' ').trim() : s;
}
