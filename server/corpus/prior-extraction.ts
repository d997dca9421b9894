/**
 * An extraction made ahead of the writer (by a worker thread, or by the writer while it waits for
 * one), with the document's entities resolved from it and each question it asked the corpus
 * (knownType) with the answer it got: the writer uses it when its registry still answers the same,
 * and extracts again otherwise (pipeline.ts).
 */
import type { Lexicon } from '../extract/lexicon';
import { extractMentions } from '../extract/mentions';
import type { ExtractOptions } from '../extract/options';
import type { EntityType } from '#model/types';
import { resolveDocument } from '../resolve/document';
import { contentHash } from './content-hash';
import type { PriorExtraction } from './pipeline';

export function extractAhead(text: string, lexicon: Lexicon, options: ExtractOptions, known: (name: string) => EntityType | undefined): PriorExtraction {
  const asked: PriorExtraction['asked'] = [];
  const knownType = (name: string) => {
    const type = known(name);
    asked.push([name, type]);
    return type;
  };
  const extraction = extractMentions(text, lexicon, { ...options, knownType });
  // Resolution within the document needs nothing of the corpus: it is done here too.
  return { extraction, asked, locals: resolveDocument(text, extraction.mentions), hash: contentHash(text) };
}
