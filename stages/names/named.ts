/**
 * A mention as the normalize stage reads it: the name it suggests and the keys that group it with the other mentions
 * of its article.
 */
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
