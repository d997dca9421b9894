/**
 * Word documents (.docx) → DocumentInput: the text of the paragraphs by mammoth, the title,
 * author and date from the document's properties (docProps/core.xml). The archive is held to the zip
 * limits before mammoth unpacks it.
 */

import { parseDocument as parseXml } from 'htmlparser2';
import { getElementsByTagName, textContent } from 'domutils';
import mammoth from 'mammoth';
import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { unzipBounded } from './archive';
import { normaliseDate } from './dates';
import { authorNames, readDateline } from './metadata';
import { titleFromName, type Origin } from './origin';

const PROPERTIES = 'docProps/core.xml';

export async function docxToDocument(bytes: Uint8Array, origin: Origin): Promise<DocumentInput> {
  const parts = unzipBounded(bytes, origin.name, (entry) => entry === PROPERTIES, 'a Word document (.docx)');
  const properties = coreProperties(parts.get(PROPERTIES));
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new InputError(`${origin.name}: is not a Word document that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = raw
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  if (text === '') throw new InputError(`${origin.name}: contains no readable text`);
  const date = normaliseDate(properties.get('created') ?? '');
  const { outlet } = readDateline(text);
  const author = authorNames([properties.get('creator')]);
  return {
    title: properties.get('title') || text.split('\n')[0].slice(0, 200) || titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date, dateSource: 'meta' as const } : {}),
    ...(author ? { author } : {}),
  };
}

/** dc:title, dc:creator and dcterms:created, by their local names; empty ones are left out. */
function coreProperties(xml: Uint8Array | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (xml === undefined) return properties;
  const dom = parseXml(new TextDecoder().decode(xml), { xmlMode: true });
  for (const [key, tag] of [
    ['title', 'dc:title'],
    ['creator', 'dc:creator'],
    ['created', 'dcterms:created'],
  ]) {
    const value = getElementsByTagName(tag, dom.children, true, 1)[0];
    const text = value ? textContent(value).trim() : '';
    if (text !== '') properties.set(key, text);
  }
  return properties;
}
