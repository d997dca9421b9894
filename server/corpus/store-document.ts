/**
 * One document into the caller's open transaction, as every writer stores it (an ingest, an upload,
 * the queue's committer): refused when empty or holding a NUL character, a duplicate when its text is stored already, else
 * resolved and stored, with the curation rules applied to it.
 */
import type { Lexicon } from '../extract/lexicon';
import type { ExtractOptions } from '../extract/options';
import type { DocumentInput, DocumentSummary, IngestOutcome } from '#model/types';
import { holdsNul } from '../ingest/limits';
import type { Store } from '../store/store';
import { contentHash } from './content-hash';
import { processDocument, type PriorExtraction, type ProcessedDocument } from './pipeline';
import type { Resolution } from './resolution';

export type StoredDocument =
  | { outcome: IngestOutcome; stored?: undefined }
  | { outcome: IngestOutcome; stored: { document: DocumentSummary; processed: ProcessedDocument; curated: boolean } };

export function storeDocument(
  store: Store,
  resolution: Resolution,
  extraction: { lexicon: Lexicon; options: ExtractOptions },
  input: DocumentInput,
  prior?: PriorExtraction,
): StoredDocument {
  const source = input.sourcePath || input.title;
  if (!/\S/.test(input.text)) return { outcome: { status: 'refused', source, reason: `${source}: the document is empty` } };
  if (holdsNul(input)) return { outcome: { status: 'refused', source, reason: `${source}: holds a NUL character (is it binary data?)` } };
  const hash = prior?.hash ?? contentHash(input.text);
  const existing = store.documents.findByHash(hash);
  if (existing) return { outcome: { status: 'duplicate', source, document: existing } };
  const processed = processDocument(input.text, extraction.lexicon, resolution.registry, extraction.options, prior, input.correspondents);
  store.registry.applyLink(processed.link);
  const document = store.documents.insert(input, hash, processed.words, processed.sentences, processed.mentions);
  // The curation rules hold for this document too; a merge by the resolver may move older
  // mentions. Without rules there is nothing to apply: a mention's entity is the resolver's.
  const rules = store.curation.rules();
  if (rules.length > 0) store.curation.apply(resolution.plan(rules), processed.link.merged.length > 0 ? undefined : document.id);
  return { outcome: { status: 'added', source, document }, stored: { document, processed, curated: rules.length > 0 } };
}
