/**
 * E-mail (.eml) → DocumentInput with mailparser: the text opens with the sender, recipients, date
 * and subject as a reader sees them, then the body; the people in the address lines are its
 * correspondents. Attachments are not read: their bytes stream past and are dropped.
 */

import { MailParser, type AddressObject, type AttachmentStream, type EmailAddress, type HeaderLines, type Headers, type MessageText } from 'mailparser';
import type { Correspondent, DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { normaliseDate } from './dates';
import { normaliseLineEndings } from './decode';
import { authorNames } from './metadata';
import { titleFromName, type Origin } from './origin';

/** What an e-mail holds that becomes its document. */
export interface Email {
  headers: Headers;
  headerLines: HeaderLines;
  body: string;
}

/** A body in HTML only is read up to this length (mailparser's text of it, not the markup). */
const MAX_HTML_CHARS = 5_000_000;

export async function emailToDocument(bytes: Uint8Array, origin: Origin): Promise<DocumentInput> {
  const email = await parseEmail(bytes, origin.name);
  const subject = typeof email.headers.get('subject') === 'string' ? String(email.headers.get('subject')).trim() : '';
  const rawDate = email.headerLines.find((header) => header.key === 'date')?.line.replace(/^date:\s*/i, '');
  const date = normaliseDate(rawDate ?? '');
  if (email.body === '' && subject === '') throw new InputError(`${origin.name}: has neither a subject nor a body to read`);
  // The address lines open the text, so that the correspondents' offsets count from its start.
  const { lines, correspondents } = addressLines(email.headers);
  // The sender wrote it: their name, never their address alone.
  const sender = addressesOf(email.headers.get('from'))[0]?.name;
  const author = authorNames([sender ? personName(sender) : undefined]);
  const header = [...lines, rawDate ? `Date: ${rawDate.trim()}` : '', subject ? `Subject: ${subject}` : ''].filter((line) => line !== '');
  return {
    title: subject || titleFromName(origin.name),
    text: [header.join('\n'), email.body].filter((part) => part !== '').join('\n\n'),
    sourcePath: origin.sourcePath,
    ...(correspondents.length > 0 ? { correspondents } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date, dateSource: 'header' as const } : {}),
  };
}

/**
 * 'From: Jane Doe <jane@example.org>', 'To: …', 'Cc: …' for the headers present, and each person
 * they name with the offsets of the name in those lines (an address alone names nobody).
 */
export function addressLines(headers: Headers): { lines: string[]; correspondents: Correspondent[] } {
  const lines: string[] = [];
  const correspondents: Correspondent[] = [];
  let offset = 0;
  for (const [label, key] of [
    ['From', 'from'],
    ['To', 'to'],
    ['Cc', 'cc'],
  ]) {
    const addresses = addressesOf(headers.get(key)).filter(({ name, address }) => name || address);
    if (addresses.length === 0) continue;
    let line = `${label}: `;
    for (const [index, { name, address }] of addresses.entries()) {
      if (index > 0) line += ', ';
      const person = name && !name.includes('@') ? personName(name) : undefined;
      if (person) correspondents.push({ name: person, begin: offset + line.length, end: offset + line.length + name.length });
      line += name && address ? `${name} <${address}>` : name || address;
    }
    lines.push(line);
    offset += line.length + 1;
  }
  return { lines, correspondents };
}

/** 'Lavrov, Sergei' → 'Sergei Lavrov', as directories write a name; any other name as it is. */
function personName(name: string): string {
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return inverted ? `${inverted[2].trim()} ${inverted[1].trim()}` : name.trim();
}

/** The addresses of a header ('from', 'to', 'cc') as the people and addresses they name, groups unfolded. */
export function addressesOf(value: unknown): EmailAddress[] {
  const objects = (Array.isArray(value) ? value : [value]).filter(isAddressObject);
  return objects.flatMap((object) => object.value.flatMap((address) => (address.group ? address.group : [address])));
}

function isAddressObject(value: unknown): value is AddressObject {
  return typeof value === 'object' && value !== null && 'value' in value && Array.isArray(value.value);
}

/** The headers and the body as text of an e-mail, or an InputError when it is not one. */
function parseEmail(bytes: Uint8Array, name: string): Promise<Email> {
  return new Promise<Email>((resolve, reject) => {
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: MAX_HTML_CHARS });
    const email: Email = { headers: new Map(), headerLines: [], body: '' };
    parser.on('headers', (headers: Headers) => (email.headers = headers));
    parser.on('headerLines', (lines: HeaderLines) => (email.headerLines = lines));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        email.body = normaliseLineEndings(data.text ?? '').trim();
        return;
      }
      // An attachment is drained unread; the parser goes on once it is released.
      data.content.on('end', () => data.release?.());
      data.content.resume();
    });
    parser.on('end', () => {
      if (!['from', 'to', 'date', 'subject'].some((key) => email.headers.has(key))) {
        reject(new InputError(`${name}: is not an e-mail (it has no From, To, Date or Subject header)`));
      } else resolve(email);
    });
    parser.on('error', (error: Error) => reject(new InputError(`${name}: is not an e-mail that can be read (${error.message})`)));
    parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
