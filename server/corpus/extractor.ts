/**
 * What the corpus extracts with: the lexicons, the extraction options and the extractor's version,
 * and the worker threads that extract with the same.
 */
import { loadLexicon, type Lexicon } from '../extract/lexicon';
import type { ExtractOptions } from '../extract/options';
import { extractorDataDirs, extractorVersion } from '../extract/version';
import type { Store } from '../store/store';
import { ExtractPool } from './extract-pool';

export interface Extractor {
  lexiconDir: string;
  lexicon: Lexicon;
  /** The lexicon's phrases, tokenised once: the extraction workers load them as they are. */
  tokenised: Map<string, string[]>;
  options: ExtractOptions;
  /** The version that the extractor records in the store it writes (extract/version.ts). */
  version: string;
}

let sharedLexicon: { dir: string; lexicon: Lexicon; tokenised: Map<string, string[]> } | undefined;

/** Lexicons are read once per process and folder. */
function lexiconFrom(dir: string): { lexicon: Lexicon; tokenised: Map<string, string[]> } {
  if (sharedLexicon?.dir !== dir) {
    const tokenised = new Map<string, string[]>();
    sharedLexicon = { dir, lexicon: loadLexicon(dir, tokenised), tokenised };
  }
  return sharedLexicon;
}

export function extractorFor(lexiconDir: string, options: ExtractOptions): Extractor {
  const { lexicon, tokenised } = lexiconFrom(lexiconDir);
  return { lexiconDir, lexicon, tokenised, options, version: extractorVersion(extractorDataDirs(lexiconDir)) };
}

/** Extraction workers whose KnownTypes start from the stored entities and names; merges do not change them. */
export function extractPool(extractor: Extractor, store: Store, workers: number): ExtractPool {
  const { entities, keys } = store.registry.rows();
  return new ExtractPool(workers, {
    lexiconDir: extractor.lexiconDir,
    tokenised: extractor.tokenised,
    options: extractor.options,
    registry: { entities, keys },
  });
}
