/** Where a name written in capitals starts and ends: the run of tokens that make one name. */
import { NAME_CONNECTORS, NAME_PARTICLES, NAME_PARTS_OF_SPEECH } from '../grammar';
import type { Lexicon } from '../lexicon';
import { isSentenceInCapitals, type Analysis } from '../nlp';
import { adjacent, HYPHEN, isCapitalised } from './tokens';
import type { TokenRange } from './types';

/** In a headline in capitals, a word that is no name's word by its part of speech: only that tells 'BEAT' from 'LEEDS'. */
function shoutedNonName(analysis: Analysis, i: number): boolean {
  return !NAME_PARTS_OF_SPEECH.has(analysis.tokens.pos[i]) && isSentenceInCapitals(analysis, analysis.tokens.sentence[i]);
}

/** A title or an honorific: it opens a person's name, and ends a name written before it. */
function opensName(key: string, lexicon: Lexicon): boolean {
  return lexicon.titles.has(key) || lexicon.honorifics.has(key);
}

/**
 * The run of name tokens starting at i: capitalised tokens, joined by hyphens written without
 * spaces, name particles ('al-', 'bin') and, inside organisation names, 'of', 'for' and 'and the'.
 */
export function capitalisedRun(analysis: Analysis, keys: readonly string[], i: number, limit: number, lexicon: Lexicon): TokenRange | undefined {
  const { value, pos } = analysis.tokens;
  if (!isCapitalised(analysis, i) || pos[i] === 'PRON' || shoutedNonName(analysis, i)) return undefined;
  let last = i;
  let hasOf = false;
  let j = i + 1;
  while (j <= limit) {
    // A title or an honorific inside a run ends it when a person's name follows ('Syria President Assad', 'In Harrogate Mr
    // Kennedy'), not an organisation's ('the National Justice Movement').
    if (
      isCapitalised(analysis, j) &&
      pos[j] !== 'PRON' &&
      !(opensName(keys[j], lexicon) && j + 1 <= limit && isCapitalised(analysis, j + 1) && !endsInOrgWord(analysis, keys, j + 1, limit, lexicon)) &&
      !shoutedNonName(analysis, j)
    ) {
      last = j;
      j++;
      continue;
    }
    // 'al-Assad', 'Al-Nusra': a hyphen or a particle inside the name.
    if (HYPHEN.has(value[j]) && adjacent(analysis, j - 1, j) && j + 1 <= limit && adjacent(analysis, j, j + 1) && isCapitalised(analysis, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (NAME_PARTICLES.has(value[j]) && j + 1 <= limit) {
      const next = HYPHEN.has(value[j + 1]) && adjacent(analysis, j, j + 1) ? j + 2 : j + 1;
      if (next <= limit && isCapitalised(analysis, next)) {
        last = next;
        j = next + 1;
        continue;
      }
    }
    // 'Hundreds of Venezuelans': a nationality word after 'of' is not part of a name, nor is a word
    // that never is one ('the Idlib Governorate on Thursday', 'the Ministry of Defence on Monday').
    if (
      NAME_CONNECTORS.has(value[j]) &&
      j + 1 <= limit &&
      isCapitalised(analysis, j + 1) &&
      keys[j + 1] !== 'the' &&
      !lexicon.notNames.has(keys[j + 1]) &&
      lexicon.match(keys, j + 1, limit)?.entry.kind !== 'demonym'
    ) {
      hasOf = hasOf || value[j] === 'of';
      last = j + 1;
      j += 2;
      continue;
    }
    // 'Department of the Treasury', 'Office of the High Commissioner': 'of the' after an organisation's head word,
    // but not before a place ('Dow Chemical Co of the United States').
    if (
      value[j] === 'of' &&
      keys[j + 1] === 'the' &&
      lexicon.orgWords.has(keys[last]) &&
      j + 2 <= limit &&
      isCapitalised(analysis, j + 2) &&
      lexicon.match(keys, j + 2, limit)?.entry.type !== 'LOCATION'
    ) {
      hasOf = true;
      last = j + 2;
      j += 3;
      continue;
    }
    // 'Islamic State of Iraq and the Levant': 'and (the)' continues a name that already has 'of'.
    // But 'the Government of Canada and the Ontario Provincial Government' are two organisations, and
    // 'the Government of Ghana and the Ghanaian people' an organisation and a group.
    const nextWord = keys[j + 1] === 'the' ? j + 2 : j + 1;
    const separate =
      (lexicon.orgWords.has(keys[i]) && endsInOrgWord(analysis, keys, j + 1, limit, lexicon)) || lexicon.match(keys, nextWord, limit)?.entry.kind === 'demonym';
    if (hasOf && value[j] === 'and' && !separate) {
      const next = value[j + 1] === 'the' ? j + 2 : j + 1;
      if (next <= limit && isCapitalised(analysis, next)) {
        last = next;
        j = next + 1;
        continue;
      }
    }
    break;
  }
  return { first: i, last };
}

/** True when the capitalised words from `from` (after an optional 'the') end in an organisation's head word. */
function endsInOrgWord(analysis: Analysis, keys: readonly string[], from: number, limit: number, lexicon: Lexicon): boolean {
  let j = keys[from] === 'the' ? from + 1 : from;
  let last = -1;
  while (j <= limit && isCapitalised(analysis, j)) last = j++;
  return last >= 0 && lexicon.orgWords.has(keys[last]);
}
