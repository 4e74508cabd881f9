/** Character classes asked of every character of every article: ASCII, most of any text, is answered without a regex. */

const SPACE = /\s/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether one character is white space (as /\s/u). */
export function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Whether one UTF-16 unit is a letter or a number (as /[\p{L}\p{N}]/u). */
export function isLetterOrNumber(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_NUMBER.test(ch);
}
