import { createHash } from 'node:crypto';
import type { ArticleDoc } from './types.js';

export type ReadFailure = 'binary' | 'empty' | 'encoding' | 'too-large' | 'unreadable';

/** A file that cannot become an article; the message names the file and the reason. */
export class ArticleReadError extends Error {
  readonly source: string;
  readonly reason: ReadFailure;
  /** The reason in words, without the file name. */
  readonly detail: string;

  constructor(source: string, reason: ReadFailure, detail: string) {
    super(`${source}: ${reason}: ${detail}`);
    this.name = 'ArticleReadError';
    this.source = source;
    this.reason = reason;
    this.detail = detail;
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, line feed, form feed and carriage return never occur in news text. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

function decode(bytes: Buffer, source: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new ArticleReadError(source, 'binary', `NUL byte at offset ${nul}: not a text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new ArticleReadError(source, 'encoding', `not valid UTF-8 (byte ${firstInvalidUtf8(body)}); save it as UTF-8`);
  }
}

/** Offset of the first byte that breaks UTF-8, for an error message a user can act on. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/**
 * The `read` stage: bytes → an article document. UTF-8 (BOM stripped) and UTF-16 with a BOM are accepted; binary,
 * undecodable and empty input raise an ArticleReadError naming the file and the reason.
 */
export function decodeArticle(bytes: Buffer, source: string): ArticleDoc {
  if (bytes.length === 0) throw new ArticleReadError(source, 'empty', 'the file is empty (0 bytes)');
  let text: string;
  try {
    text = decode(bytes, source);
  } catch (error) {
    if (error instanceof ArticleReadError) throw error;
    throw new ArticleReadError(source, 'encoding', 'not valid UTF-16 after its byte-order mark');
  }
  const control = firstControlCharacter(text);
  if (control >= 0) {
    throw new ArticleReadError(source, 'binary', `control character U+${text.charCodeAt(control).toString(16).padStart(4, '0')} at character ${control}: not a text file`);
  }
  if (text.trim() === '') throw new ArticleReadError(source, 'empty', 'the file has no text (only white space)');
  return {
    source,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text,
    diagnostics: [],
  };
}
