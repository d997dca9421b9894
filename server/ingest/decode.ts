/**
 * Bytes → text: strict UTF-8 (a BOM removed) or UTF-16 with a BOM, line endings normalised to
 * \n, nothing else changed, because extraction computes character offsets into this text.
 * Binary data is refused rather than decoded into mojibake.
 */

import { InputError } from '#model/errors';
import { sniffBinaryFormat } from './sniff';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Above this share of control characters a file is taken for binary data. Text may hold a few
 * (a form feed, an escape sequence in a log), but not one in ten characters.
 */
const MAX_CONTROL_SHARE = 0.1;

/** C0 and C1 controls and DEL, except the ones text uses: \t \n \f \r. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g;

/** The text of a file; `name` starts every refusal message. Throws InputError for binary or malformed data. */
export function decodeText(bytes: Uint8Array, name: string): string {
  // By content, not by name: a PDF renamed .txt is still a PDF.
  const format = sniffBinaryFormat(bytes);
  if (format !== undefined) throw new InputError(`${name}: is ${format} (binary data), not text, whatever its name says`);
  const text = decodeBytes(bytes, name);
  checkIsText(text, name);
  return normaliseLineEndings(text);
}

/** Throws InputError when decoded text holds NUL characters or many control characters: it is binary data. */
export function checkIsText(text: string, name: string): void {
  if (text.includes('\u0000')) {
    throw new InputError(`${name}: looks like binary data, not text (it contains NUL characters)`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    throw new InputError(`${name}: looks like binary data, not text (${controls} of its ${text.length} characters are control characters)`);
  }
}

/** \r\n (Windows) and a lone \r (old Mac) become \n, so that a line break is one character everywhere. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(bytes: Uint8Array, name: string): string {
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(bytes.subarray(2), 'little', name);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(bytes.subarray(2), 'big', name);
  // Without a BOM a NUL byte is never UTF-8 text: it is binary data or BOM-less UTF-16.
  if (bytes.includes(0)) {
    throw new InputError(`${name}: looks like binary data, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)`);
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    // ignoreBOM keeps the decoder from eating a second BOM: only the one removed above is not text.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError(
      `${name}: is not valid UTF-8 text (the first bad byte is at offset ${firstInvalidUtf8(body)}; ` +
        'Latin-1 or Windows-1252 text looks like this: save it as UTF-8, or as UTF-16 with a byte-order mark)',
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // Halving finds the longest valid prefix; a cut inside a sequence fails like a bad byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle));
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

function decodeUtf16(body: Uint8Array, order: 'little' | 'big', name: string): string {
  // TextDecoder's 'utf-16be' needs full ICU; swapping each byte pair and decoding as LE does not.
  const littleEndian = order === 'little' ? body : swapBytePairs(body);
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(littleEndian);
  } catch {
    throw new InputError(`${name}: is not valid UTF-16 text (an odd number of bytes or a broken surrogate pair)`);
  }
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  // An odd trailing byte is copied as is, so that the decoder refuses it.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1];
  return swapped;
}

/** True when the bytes open with a UTF-8 or UTF-16 byte-order mark, which decides the encoding. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return [UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM].some((bom) => startsWith(bytes, bom));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}
