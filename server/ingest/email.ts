/**
 * E-mail (.eml) → DocumentInput with mailparser: the text opens with the sender, recipients, date
 * and subject as a reader sees them, then the body. Attachments are not read: their bytes are
 * counted as they stream past and dropped, so a large one costs no memory.
 */

import { MailParser, type AddressObject, type AttachmentStream, type EmailAddress, type HeaderLines, type Headers, type MessageText } from 'mailparser';
import type { DocumentInput } from '../model/types';
import { InputError } from '../model/errors';
import { normaliseDate } from './dates';
import { normaliseLineEndings } from './decode';
import { titleFromName, type Origin } from './origin';

/** What an e-mail holds that becomes its document. */
export interface Email {
  headers: Headers;
  headerLines: HeaderLines;
  body: string;
  /** File names and sizes of the attachments, which are not read. */
  attachments: { name: string; bytes: number }[];
}

/** A body in HTML only is read up to this length (mailparser's text of it, not the markup). */
const MAX_HTML_CHARS = 5_000_000;

export async function emailToDocument(bytes: Uint8Array, origin: Origin): Promise<DocumentInput> {
  const email = await parseEmail(bytes, origin.name);
  const subject = typeof email.headers.get('subject') === 'string' ? String(email.headers.get('subject')).trim() : '';
  const rawDate = email.headerLines.find((header) => header.key === 'date')?.line.replace(/^date:\s*/i, '');
  const date = normaliseDate(rawDate ?? '');
  const header = [
    addressLine('From', email.headers.get('from')),
    addressLine('To', email.headers.get('to')),
    addressLine('Cc', email.headers.get('cc')),
    rawDate ? `Date: ${rawDate.trim()}` : '',
    subject ? `Subject: ${subject}` : '',
  ].filter((line) => line !== '');
  if (email.body === '' && subject === '') throw new InputError(`${origin.name}: has neither a subject nor a body to read`);
  return {
    title: subject || titleFromName(origin.name),
    text: [header.join('\n'), email.body].filter((part) => part !== '').join('\n\n'),
    sourcePath: origin.sourcePath,
    ...(date ? { date, dateSource: 'header' as const } : {}),
  };
}

/** The addresses of a header ('from', 'to', 'cc') as the people and addresses they name, groups unfolded. */
export function addressesOf(value: unknown): EmailAddress[] {
  const objects = (Array.isArray(value) ? value : [value]).filter(isAddressObject);
  return objects.flatMap((object) => object.value.flatMap((address) => (address.group ? address.group : [address])));
}

function isAddressObject(value: unknown): value is AddressObject {
  return typeof value === 'object' && value !== null && 'value' in value && Array.isArray(value.value);
}

/** 'To: Jane Doe <jane@example.org>, John Smith <john@example.org>', or '' when the header is absent. */
function addressLine(label: string, value: unknown): string {
  const addresses = addressesOf(value).map(({ name, address }) => (name && address ? `${name} <${address}>` : name || address || ''));
  const shown = addresses.filter((address) => address !== '');
  return shown.length === 0 ? '' : `${label}: ${shown.join(', ')}`;
}

/** The headers, the body as text and the attachments' names of an e-mail, or an InputError when it is not one. */
function parseEmail(bytes: Uint8Array, name: string): Promise<Email> {
  return new Promise<Email>((resolve, reject) => {
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: MAX_HTML_CHARS });
    const email: Email = { headers: new Map(), headerLines: [], body: '', attachments: [] };
    parser.on('headers', (headers: Headers) => (email.headers = headers));
    parser.on('headerLines', (lines: HeaderLines) => (email.headerLines = lines));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        email.body = normaliseLineEndings(data.text ?? '').trim();
        return;
      }
      const attachment = { name: data.filename ?? 'unnamed', bytes: 0 };
      email.attachments.push(attachment);
      data.content.on('data', (chunk: Buffer) => (attachment.bytes += chunk.length));
      data.content.on('end', () => data.release?.());
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
