/**
 * The learned entity tagger: features (./features), model and its file (./model), decoders
 * (./decoder), training (./train) and how its entities join the rules' mentions (./merge).
 */
import path from 'node:path';
import type { EntityType, Mention } from '#model/types';
import { findRepoRoot } from '../../config';
import type { Lexicon } from '../lexicon';
import { dropHolderlessOffices } from '../naming/offices';
import type { Analysis } from '../nlp';
import { spansOfTags } from './bio';
import { decode, type Decoder } from './decoder';
import { featureContext } from './features';
import { mergeWithRules, type RuleReading } from './merge';
import { loadModel, TAGGER_FORMAT, type TaggerModel } from './model';

export type { Decoder } from './decoder';
export type { RuleReading } from './merge';

/** Where the trained model is kept, named by its format so that an old file is never read as a new one. */
export function defaultModelFile(root: string = findRepoRoot()): string {
  return path.join(root, 'data', 'models', `tagger-v${TAGGER_FORMAT}.json`);
}

let shared: TaggerModel | undefined;

/** The committed model, read once per process. */
export function defaultTagger(): TaggerModel {
  shared ??= loadModel(defaultModelFile());
  return shared;
}

/** The mentions of an analysed text: the model's entities joined with the rules' mentions. */
export function tagMentions(
  analysis: Analysis,
  keys: readonly string[],
  lexicon: Lexicon,
  rules: RuleReading,
  model: TaggerModel,
  decoder: Decoder,
  nameOf: (text: string, type: EntityType) => string,
): Mention[] {
  const tags = decode(model, featureContext(analysis, keys, lexicon, rules, model.classes), decoder);
  return mergeWithRules(analysis, spansOfTags(tags), withoutOffices(rules, lexicon), nameOf);
}

/**
 * The rules' reading without the offices that have no holder ('the Reform Party candidate'): the
 * naming rules drop them, and what they name ('Reform Party') is the tagger's to find, not to lose.
 */
function withoutOffices(reading: RuleReading, lexicon: Lexicon): RuleReading {
  const kept = dropHolderlessOffices(reading.mentions, lexicon);
  return kept.length === reading.mentions.length ? reading : { ...reading, mentions: kept };
}
