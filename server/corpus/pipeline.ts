/**
 * The pipeline for one document, without I/O: text → mentions (extract) → local entities
 * (resolve within the document) → corpus entities (registry). The store and the `extract` command
 * both run documents through here, so that they agree on every mention and entity.
 */
import type { ResolvedMention, Sentence } from '../model/types';
import { extractMentions, type ExtractOptions, DEFAULT_EXTRACT_OPTIONS } from '../extract/mentions';
import type { Lexicon } from '../extract/lexicon';
import { resolveDocument } from '../resolve/document';
import type { EntityRegistry, LinkResult } from '../resolve/registry';

export interface ProcessedDocument {
  sentences: Sentence[];
  mentions: ResolvedMention[];
  words: number;
  link: LinkResult;
}

export function processDocument(
  text: string,
  lexicon: Lexicon,
  registry: EntityRegistry,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
): ProcessedDocument {
  const extraction = extractMentions(text, lexicon, { ...options, knownType: (name) => registry.knownType(name) });
  const locals = resolveDocument(text, extraction.mentions);
  const link = registry.link(locals);
  const entityOf = new Array<string>(extraction.mentions.length);
  locals.forEach((local, i) => {
    for (const m of local.mentions) entityOf[m] = link.ids[i];
  });
  const mentions = extraction.mentions.map((m, i) => ({ ...m, entity: entityOf[i] }));
  return { sentences: extraction.sentences, mentions, words: extraction.words, link };
}
