/**
 * Markup (HTML, XML feeds) → text in the charset it declares: a byte-order mark first, else the
 * XML declaration, else a `<meta charset>` or http-equiv Content-Type in the first 1024 bytes,
 * as browsers look. Undeclared or UTF-8 markup is decoded as strictly as any text file.
 */

import iconv from 'iconv-lite';
import { InputError } from '#model/errors';
import { checkIsText, decodeText, hasByteOrderMark, normaliseLineEndings } from './decode';
import { sniffBinaryFormat } from './sniff';

/** How far browsers look for a `<meta charset>` (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

/**
 * Labels that mean Windows-1252, as browsers read them: pages labelled ISO-8859-1 or ASCII were
 * nearly always written in Windows-1252, whose curly quotes and dashes Latin-1 lacks.
 */
const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'windows-1252',
  'x-cp1252',
]);

export function decodeMarkup(bytes: Uint8Array, name: string): string {
  const declared = hasByteOrderMark(bytes) ? undefined : declaredCharset(bytes);
  if (declared === undefined || /^(?:utf-?8|unicode-1-1-utf-8)$/.test(declared)) return decodeText(bytes, name);
  // UTF-16 declared inside markup that reads as ASCII is a mistake browsers ignore: the bytes are UTF-8.
  if (/^utf-?16/.test(declared)) return decodeText(bytes, name);
  const charset = WINDOWS_1252_LABELS.has(declared) ? 'windows-1252' : declared;
  if (!iconv.encodingExists(charset)) throw new InputError(`${name}: declares the charset '${declared}', which Plexus cannot decode`);
  const format = sniffBinaryFormat(bytes);
  if (format !== undefined) throw new InputError(`${name}: is ${format} (binary data), not text, whatever its name says`);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  checkIsText(text, name);
  return normaliseLineEndings(text);
}

/** The charset the markup declares, lower case, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(meta);
    if (charset) return charset[1].toLowerCase();
  }
  return undefined;
}
