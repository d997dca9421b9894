/**
 * The extraction rules, in the order they are tried at each token of a sentence: the first that
 * applies says what the token opens (a candidate name, a refusal, or nothing) and where reading
 * goes on. Each rule is a file of this folder, tested alone in test/extract/rules.test.ts.
 */
import type { Lexicon } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import type { ExtractOptions } from '../options';
import { bodyOfPlace } from './body-of-place';
import { capitalisedName } from './capitalised-name';
import { ruleContext } from './context';
import { functionWord } from './function-word';
import { groupAdjective } from './group-adjective';
import { knownName } from './known-name';
import { knownNameAfterParticle } from './known-name-after-particle';
import { lowerCaseWord } from './lower-case-word';
import { nameAfterParticle } from './name-after-particle';
import { namedAfterPlaces } from './named-after-places';
import { namedBody } from './named-body';
import { nationalityGroup } from './nationality-group';
import { nationalityLeftOut } from './nationality-left-out';
import { nationalityTerritory } from './nationality-territory';
import { neverAName } from './never-a-name';
import { officeAndHolder } from './office-and-holder';
import { officeOfKnownName } from './office-of-known-name';
import { officeWithPortfolio } from './office-with-portfolio';
import { ownedOrganisation } from './owned-organisation';
import { placeOfName } from './place-of-name';
import { sentenceOpener } from './sentence-opener';
import { sideTaken } from './side-taken';
import { titleWithoutName } from './title-without-name';
import { titledPerson } from './titled-person';
import type { Candidate, Rule, TokenRange } from './types';

export { Evidence, type Candidate, type TokenRange } from './types';

/** Lower-case openings first, then the names the lexicon knows (what they open before what they are), then unknown capitalised words. */
export const RULES: readonly Rule[] = [
  knownNameAfterParticle,
  nameAfterParticle,
  sideTaken,
  lowerCaseWord,
  nationalityTerritory,
  nationalityGroup,
  titledPerson,
  officeAndHolder,
  officeOfKnownName,
  ownedOrganisation,
  placeOfName,
  bodyOfPlace,
  namedAfterPlaces,
  nationalityLeftOut,
  knownName,
  groupAdjective,
  functionWord,
  officeWithPortfolio,
  titleWithoutName,
  neverAName,
  sentenceOpener,
  namedBody,
  capitalisedName,
];

/** The candidate names of one sentence, in order; what the rules refused as names goes to `refused`. */
export function findCandidates(
  analysis: Analysis,
  keys: readonly string[],
  sentence: SentenceRange,
  lexicon: Lexicon,
  options: ExtractOptions,
  refused: TokenRange[],
): Candidate[] {
  const context = ruleContext(analysis, keys, sentence, lexicon, options);
  const found: Candidate[] = [];
  let i = sentence.first;
  while (i <= sentence.last) {
    let outcome = undefined;
    for (let r = 0; r < RULES.length && outcome === undefined; r++) outcome = RULES[r](context, i);
    if (outcome === undefined) {
      i++;
      continue;
    }
    const from = outcome.replacesFrom;
    if (from !== undefined) while (found.length > 0 && found[found.length - 1].first >= from) found.pop();
    if (outcome.found) found.push(outcome.found);
    if (outcome.refused) refused.push(outcome.refused);
    i = outcome.next;
  }
  return found;
}
