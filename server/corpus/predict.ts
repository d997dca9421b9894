/**
 * Runs the extraction pipeline over a set of documents the way the shared scorer expects it: one
 * prediction per mention found in the text, with the id its entity has once the whole run is over.
 * `plexus extract` prints these lines, and `npm run eval` (eval/) scores them.
 */
import fs from 'node:fs';
import { InputError } from '#model/errors';
import type { ExtractOptions } from '../extract/options';
import type { Lexicon } from '../extract/lexicon';
import { processDocument } from './pipeline';
import { EntityRegistry } from '../resolve/registry';
import type { EntityType, ResolvedMention } from '#model/types';

export interface EvalDocument {
  id: string;
  text: string;
}

export interface Prediction {
  doc: string;
  begin: number;
  end: number;
  text: string;
  /** A nationality word ('Russian') is NATIONALITY here, as the gold sets class it, though it resolves to its country. */
  type: EntityType | 'NATIONALITY';
  entity: string;
}

export interface PredictionRun {
  predictions: Prediction[];
  /** Words read (wink-nlp tokens that are not spaces), for speed figures. */
  words: number;
}

/** Documents from a JSONL file, one `{"id", "text", …}` per line; an unreadable file or line is an InputError. */
export function readDocuments(file: string): EvalDocument[] {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const docs: EvalDocument[] = [];
  for (const [n, line] of content.split('\n').entries()) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new InputError(`line ${n + 1} of ${file} is not JSON`);
    }
    if (typeof record !== 'object' || record === null || !('id' in record) || !('text' in record) || typeof record.text !== 'string') {
      throw new InputError(`line ${n + 1} needs "id" and a string "text" (${file})`);
    }
    docs.push({ id: String(record.id), text: record.text });
  }
  return docs;
}

/** Extracts and resolves every document with one registry, so that entity ids agree across documents. */
export function predict(docs: readonly EvalDocument[], lexicon: Lexicon, options: ExtractOptions): PredictionRun {
  const registry = new EntityRegistry();
  const results: { doc: string; mentions: ResolvedMention[] }[] = [];
  let words = 0;
  for (const doc of docs) {
    const processed = processDocument(doc.text, lexicon, registry, options);
    words += processed.words;
    results.push({ doc: doc.id, mentions: processed.mentions });
  }
  // Ids are read at the end: a later document may merge entities that earlier ones created.
  const predictions: Prediction[] = [];
  for (const { doc, mentions } of results) {
    for (const m of mentions) {
      if (m.source !== 'text') continue;
      predictions.push({ doc, begin: m.begin, end: m.end, text: m.text, type: m.refersTo ? 'NATIONALITY' : m.type, entity: registry.canonicalId(m.entity) });
    }
  }
  return { predictions, words };
}
