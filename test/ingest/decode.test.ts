import { decodeText } from '../../server/ingest/decode';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** Catches the error `act` throws, so that a test can assert both its name and its message. */
function refusal(act: () => unknown): Error {
  try {
    act();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected a refusal, but the input was accepted');
}

describe('decodeText', () => {
  it('decodes UTF-8 text, keeping every character and space as it is', () => {
    const text = '  Russia’s “serious” support –  Владимир Путин 🇷🇺\n\n\tindented  twice\n';
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
  });

  it('removes a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Putin')]);
    expect(decodeText(bytes, 'a.txt')).toBe('Putin');
  });

  it('decodes UTF-16 little-endian text with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Путин and Assad', 'utf16le')]);
    expect(decodeText(bytes, 'a.txt')).toBe('Путин and Assad');
  });

  it('decodes UTF-16 big-endian text with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Путин and Assad 🇷🇺', 'utf16le').swap16()]);
    expect(decodeText(bytes, 'a.txt')).toBe('Путин and Assad 🇷🇺');
  });

  it('normalises Windows (CRLF) and old Mac (CR) line endings to \\n', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\n\r\nfour'), 'a.txt')).toBe('one\ntwo\nthree\n\nfour');
  });

  it('normalises line endings in UTF-16 text too', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('one\r\ntwo', 'utf16le')]);
    expect(decodeText(bytes, 'a.txt')).toBe('one\ntwo');
  });

  it('keeps tabs and form feeds, which text uses', () => {
    expect(decodeText(utf8('a\tb\fc'), 'a.txt')).toBe('a\tb\fc');
  });

  it('refuses a PNG as what it is, naming the file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = refusal(() => decodeText(png, 'photo.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toBe('photo.txt: is a PNG image (binary data), not text, whatever its name says');
  });

  it('refuses bytes with NULs even when the rest is readable', () => {
    const error = refusal(() => decodeText(utf8('Putin\u0000said'), 'a.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toContain('NUL');
  });

  it('refuses UTF-16 text without a byte-order mark, saying that it needs one', () => {
    const error = refusal(() => decodeText(Buffer.from('Putin', 'utf16le'), 'a.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toContain('UTF-16 text needs a byte-order mark');
  });

  it('refuses invalid UTF-8, such as Latin-1 text', () => {
    const latin1 = Buffer.from('Café Müller', 'latin1');
    const error = refusal(() => decodeText(latin1, 'notes.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(/^notes\.txt: is not valid UTF-8 text \(the first bad byte is at offset 3; Latin-1/);
  });

  it('refuses a truncated UTF-8 sequence', () => {
    const truncated = utf8('Путин').subarray(0, 3);
    expect(refusal(() => decodeText(truncated, 'a.txt')).name).toBe('InputError');
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]);
    const error = refusal(() => decodeText(bytes, 'a.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toContain('is not valid UTF-16 text');
  });

  it('refuses text in which more than one character in ten is a control character', () => {
    const noisy = utf8('ab\u0001cd\u0002ef\u0003gh\u0004');
    const error = refusal(() => decodeText(noisy, 'a.txt'));
    expect(error.name).toBe('InputError');
    expect(error.message).toBe('a.txt: looks like binary data, not text (4 of its 12 characters are control characters)');
  });

  it('accepts the odd control character in otherwise ordinary text', () => {
    const text = `A log line with an escape \u001b[0m sequence and plenty of ordinary words around it.`;
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
  });
});
