import { ArticleReadError, decodeArticle } from '../stages/read.js';

function failure(bytes: Buffer): ArticleReadError {
  try {
    decodeArticle(bytes, 'a/b.txt');
  } catch (error) {
    if (error instanceof ArticleReadError) return error;
    throw error;
  }
  throw new Error('decodeArticle accepted the input');
}

describe('read', () => {
  it('decodes UTF-8 and keeps the text unchanged', () => {
    const doc = decodeArticle(Buffer.from('Støre møtte Zelenskyj i Kyiv.\r\n', 'utf8'), 'nb/one.txt');
    expect(doc.text).toBe('Støre møtte Zelenskyj i Kyiv.\r\n');
    expect(doc.source).toBe('nb/one.txt');
  });

  it('strips a UTF-8 byte-order mark, and only that', () => {
    const doc = decodeArticle(Buffer.from('\uFEFFKijev', 'utf8'), 'x.txt');
    expect(doc.text).toBe('Kijev');
  });

  it('decodes UTF-16 little- and big-endian with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hviderusland og Kijev', 'utf16le')]);
    expect(decodeArticle(le, 'le.txt').text).toBe('Hviderusland og Kijev');
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Æøå «sitat»', 'utf16le').swap16()]));
    expect(decodeArticle(be, 'be.txt').text).toBe('Æøå «sitat»');
  });

  it('hashes the bytes, not the text', () => {
    const plain = decodeArticle(Buffer.from('Kyiv', 'utf8'), 'x.txt');
    const withBom = decodeArticle(Buffer.from('\uFEFFKyiv', 'utf8'), 'x.txt');
    expect(plain.sha256).toBe('daccd738d5f7327d9e8837229f26b60cf3940b0438a215a3e629fa773f5f802a');
    expect(plain.text).toBe(withBom.text);
    expect(plain.sha256).not.toBe(withBom.sha256);
  });

  it('rejects an empty file and one of white space only', () => {
    expect(failure(Buffer.alloc(0))).toMatchObject({ reason: 'empty', source: 'a/b.txt' });
    expect(failure(Buffer.from(' \n\t\n'))).toMatchObject({ reason: 'empty' });
    expect(failure(Buffer.alloc(0)).message).toBe('a/b.txt: empty: the file is empty (0 bytes)');
  });

  it('rejects binary input, naming where it found a NUL byte or a control character', () => {
    const nul = failure(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10]));
    expect(nul.reason).toBe('binary');
    expect(nul.message).toBe('a/b.txt: binary: NUL byte at offset 4: not a text file');
    expect(failure(Buffer.from('tekst\u0007mer', 'utf8')).reason).toBe('binary');
  });

  it('rejects text that is not valid UTF-8, with the offset of the first bad byte', () => {
    const latin1 = Buffer.from('Tromsø', 'latin1');
    const error = failure(latin1);
    expect(error.reason).toBe('encoding');
    expect(error.message).toBe('a/b.txt: encoding: not valid UTF-8 (byte 5); save it as UTF-8');
    const truncated = Buffer.from('Kyiv ø', 'utf8').subarray(0, 6);
    expect(failure(truncated)).toMatchObject({ reason: 'encoding' });
  });

  it('rejects a UTF-16 file whose body is cut in half a character', () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ok', 'utf16le'), Buffer.from([0x00, 0xd8])]);
    expect(failure(odd).reason).toBe('encoding');
  });
});
