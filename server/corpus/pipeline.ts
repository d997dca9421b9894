/**
 * The pipeline for one document, without I/O: text → mentions (extract) → local entities
 * (resolve within the document) → corpus entities (registry). The store and the `extract` command
 * both run documents through here, so that they agree on every mention and entity.
 */
import type { Correspondent, EntityType, ResolvedMention, Sentence } from '#model/types';
import { withCorrespondents } from '../extract/correspondents';
import { extractMentions, type Extraction } from '../extract/mentions';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../extract/options';
import type { Lexicon } from '../extract/lexicon';
import { resolveDocument, type LocalEntity } from '../resolve/document';
import { countNames } from '../resolve/labels';
import type { EntityRegistry, LinkResult } from '../resolve/registry';

export interface ProcessedDocument {
  sentences: Sentence[];
  mentions: ResolvedMention[];
  words: number;
  link: LinkResult;
}

/**
 * An extraction made elsewhere (a worker thread) with what the corpus knew there: each name it
 * asked the corpus about, with the answer it got. It holds here when the registry answers the same.
 */
export interface PriorExtraction {
  extraction: Extraction;
  asked: [name: string, type: EntityType | undefined][];
  /** The document's entities, resolved from this extraction where it was made. */
  locals: LocalEntity[];
  /** The text's content hash (contentHash), also taken off the writer's hands. */
  hash: string;
}

/** Whether an extraction made elsewhere holds here: the registry answers each of its questions as it was answered. */
export function priorHolds(prior: PriorExtraction, registry: EntityRegistry): boolean {
  return prior.asked.every(([name, type]) => registry.knownType(name) === type);
}

export function processDocument(
  text: string,
  lexicon: Lexicon,
  registry: EntityRegistry,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
  prior?: PriorExtraction,
  correspondents: readonly Correspondent[] = [],
): ProcessedDocument {
  const knownType = (name: string) => registry.knownType(name);
  const holds = prior !== undefined && priorHolds(prior, registry);
  const extracted = holds ? prior.extraction : extractMentions(text, lexicon, { ...options, knownType });
  // An e-mail's correspondents change its mentions: what a worker resolved without them does not hold.
  const extraction = withCorrespondents(extracted, correspondents, text);
  const locals = holds && correspondents.length === 0 ? prior.locals : resolveDocument(text, extraction.mentions);
  const link = registry.link(
    locals,
    locals.map((local) => countNames(local.mentions.map((i) => extraction.mentions[i]))),
  );
  const entityOf = new Array<string>(extraction.mentions.length);
  locals.forEach((local, i) => {
    for (const m of local.mentions) entityOf[m] = link.ids[i];
  });
  // Object.assign rather than a spread ({ ...m, entity }): the same object, several times faster in V8.
  const mentions = extraction.mentions.map((m, i) => Object.assign({}, m, { entity: entityOf[i] }));
  return { sentences: extraction.sentences, mentions, words: extraction.words, link };
}
