/** The options of an extraction, and their defaults. */
import type { EntityType } from '#model/types';
import type { Decoder } from './tagger/decoder';

export interface ExtractOptions {
  /** Nationality words ('Russian') become mentions of their country. Default true. */
  nationalities: boolean;
  /**
   * What the corpus already knows a name as ('Assad' → PERSON once 'Bashar al-Assad' was seen in
   * another document); used for a name that nothing in its own document types.
   */
  knownType?: (name: string) => EntityType | undefined;
  /** How the learned tagger decodes ('off': the rules alone). Default greedy. */
  tagger?: Decoder | 'off';
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { nationalities: true };
