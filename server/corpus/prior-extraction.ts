/**
 * An extraction made ahead of the writer (by a worker thread, or by the writer while it waits for
 * one), recording each question it asked the corpus (knownType) with the answer it got: the writer
 * uses it when its registry still answers the same, and extracts again otherwise (pipeline.ts).
 */
import type { Lexicon } from '../extract/lexicon';
import { extractMentions, type ExtractOptions } from '../extract/mentions';
import type { EntityType } from '../model/types';
import type { PriorExtraction } from './pipeline';

export function extractAhead(text: string, lexicon: Lexicon, options: ExtractOptions, known: (name: string) => EntityType | undefined): PriorExtraction {
  const asked: PriorExtraction['asked'] = [];
  const knownType = (name: string) => {
    const type = known(name);
    asked.push([name, type]);
    return type;
  };
  return { extraction: extractMentions(text, lexicon, { ...options, knownType }), asked };
}
