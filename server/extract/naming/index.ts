/**
 * Naming rules applied to the mentions once the tagger and the rules have found them, in order:
 * each is a small rule of its own file with its own tests.
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { dropCommonNouns } from './common-nouns';
import { markDatelineOutlets } from './datelines';
import { dropEventNames } from './events';
import { dropHeadlineSlugs } from './headlines';
import { dropHolderlessOffices, foldOfficesIntoHolders } from './offices';
import { separateTitles } from './titles';

export function applyNamingRules(analysis: Analysis, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  // Offices go first: taking the role off 'the United States ambassador' would leave a name.
  let out = dropHolderlessOffices(mentions, lexicon);
  out = foldOfficesIntoHolders(analysis, out, lexicon);
  out = separateTitles(analysis, out, lexicon);
  out = dropCommonNouns(out, lexicon);
  out = dropHeadlineSlugs(analysis, out);
  out = dropEventNames(analysis, out);
  return markDatelineOutlets(analysis, out);
}
