/** Bodies of people named by a nationality, a country or a faith: 'Chilean forces', 'Shia Arab tribesmen', 'French-led coalition'. */
import type { Lexicon, LexiconEntry } from '../lexicon';
import type { Analysis } from '../nlp';
import { adjacent, HYPHEN } from './tokens';

/**
 * The last token of a group named by a nationality word (or a country, or a religious or ethnic
 * adjective) ending at `last`: the plural noun itself ('Venezuelans'), or a group noun after it with at
 * most two modifiers between ('Chilean forces', 'Nigerian security force personnel', 'Shia Arab
 * tribesmen', 'Druze and Alawite militiamen'); -1 when the word is a plain nationality ('Russian analysts').
 */
export function groupEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon, plural: boolean): number {
  const word = keys[last];
  if (plural && word.endsWith('s') && lexicon.lookup(word.slice(0, -1))?.kind === 'demonym') return last;
  let end = -1;
  let modifiers = 0;
  for (let j = last + 1; j <= limit && modifiers <= 2; j++) {
    const capitalised = analysis.tokens.capital[j];
    if (capitalised && (lexicon.groupAdjectives.has(keys[j]) || lexicon.lookup(keys[j])?.kind === 'demonym')) {
      modifiers++;
      continue;
    }
    // 'Druze and Alawite militiamen', 'Dutch and US organisations'; after a head, 'and' opens another group ('Syrian forces and Iraqi troops').
    if (
      end < 0 &&
      keys[j] === 'and' &&
      j + 1 <= limit &&
      (lexicon.groupAdjectives.has(keys[j + 1]) || isNationOrCountry(lexicon.match(keys, j + 1, j + 1)?.entry))
    )
      continue;
    if (capitalised && isNationOrCountry(lexicon.match(keys, j, j)?.entry) && keys[j - 1] === 'and') {
      modifiers++;
      continue;
    }
    // A head may itself modify a further head ('security force personnel'), and may be capitalised ('Belarusian Opposition').
    if (lexicon.groupHeads.has(keys[j])) end = j;
    else if (capitalised) break;
    else if (!lexicon.groupModifiers.has(keys[j])) break;
    modifiers++;
  }
  // 'Russian military involvement': a singular head only qualifies the noun after it, unless that
  // noun names its members ('Albanian police officers').
  if (end >= 0 && end + 1 <= limit && !keys[end].endsWith('s') && qualifiesNoun(analysis, keys, end + 1, lexicon)) return -1;
  return end;
}

/** True when token j is a lower-case noun other than a plural of a person's role ('involvement', not 'officers'). */
function qualifiesNoun(analysis: Analysis, keys: readonly string[], j: number, lexicon: Lexicon): boolean {
  if (analysis.tokens.pos[j] !== 'NOUN' || analysis.tokens.capital[j]) return false;
  const key = keys[j];
  return !(key.endsWith('s') && lexicon.roles.has(key.slice(0, -1)));
}

function isNationOrCountry(entry: LexiconEntry | undefined): boolean {
  return entry !== undefined && (entry.kind === 'demonym' || entry.kind === 'country');
}

/** 'French-led coalition', 'Turkish-backed forces': the group noun after '-led' or '-backed', or -1. */
export function ledEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon): number {
  const j = last + 1;
  if (j + 2 > limit || !HYPHEN.has(analysis.tokens.value[j]) || !adjacent(analysis, last, j)) return -1;
  if (keys[j + 1] !== 'led' && keys[j + 1] !== 'backed') return -1;
  return lexicon.groupHeads.has(keys[j + 2]) ? j + 2 : -1;
}
