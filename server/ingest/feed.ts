/**
 * RSS 2.0 and Atom feeds (files, never fetched) → one document per item, with its link and date,
 * the feed's title as its outlet, parsed by @rowanmanning/feed-parser. A feed's item
 * count is checked before it is parsed, and XML entity declarations are refused.
 */

import { parseFeed } from '@rowanmanning/feed-parser';
import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { decodeMarkup } from './charset';
import { finishedResult } from './finish';
import { htmlFragmentText } from './html';
import { MAX_DOCUMENTS_PER_FILE, MAX_OUTLET_CHARS } from './limits';
import { authorNames, webAddress } from './metadata';
import type { FileDocuments, FileInput, ReadResult } from './results';

/** An item's opening tag in RSS (item) or Atom (entry). */
const ITEM_TAG = /<(?:item|entry)[\s>/]/g;

export async function readFeed(file: FileInput): Promise<FileDocuments> {
  const xml = decodeMarkup(file.bytes, file.name);
  // An entity declared in the document can expand to gigabytes (the 'billion laughs'); feeds need none.
  if (/<!ENTITY/i.test(xml)) throw new InputError(`${file.name}: declares XML entities, which are not read (a feed has no need of them)`);
  checkItemCount(xml, file.name);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new InputError(`${file.name}: is not an RSS or Atom feed (${error instanceof Error ? error.message : String(error)})`);
  }
  const outlet = feed.title?.trim();
  const items = feed.items;
  if (items.length === 0) throw new InputError(`${file.name}: is a feed without items`);
  const results = items.map((item, index): ReadResult => {
    const name = `${file.name} item ${index + 1}`;
    const title = item.title?.trim() ?? '';
    const text = htmlFragmentText(item.content ?? item.description ?? '', name) || title;
    if (text === '') return { source: name, error: `${name}: has no title or text` };
    const published = item.published ?? item.updated;
    const url = webAddress(item.url ?? undefined);
    const author = authorNames(item.authors.map((person) => person.name ?? undefined));
    const document: DocumentInput = {
      title: title || text.slice(0, 200),
      text,
      sourcePath: `${file.sourcePath}#${index + 1}`,
      ...(outlet && outlet.length <= MAX_OUTLET_CHARS ? { outlet } : {}),
      ...(published && !Number.isNaN(published.getTime()) ? { date: published.toISOString().slice(0, 10), dateSource: 'meta' as const } : {}),
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
    };
    return finishedResult(document, name, file.limits);
  });
  return { results, notes: [] };
}

/** Refuses a feed of more items than a file may hold, counting tags without parsing and stopping at the limit. */
function checkItemCount(xml: string, name: string): void {
  ITEM_TAG.lastIndex = 0;
  let count = 0;
  while (ITEM_TAG.exec(xml) !== null) {
    count += 1;
    if (count > MAX_DOCUMENTS_PER_FILE) {
      throw new InputError(`${name}: holds more than ${MAX_DOCUMENTS_PER_FILE} items, more than a file may; split it`);
    }
  }
}
