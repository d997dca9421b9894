/** Titles and offices around a name: 'Prime Minister Vargas', 'Minister for Africa', 'a Home Office spokesman'. */
import { NAME_PARTICLES } from '../grammar';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { capitalisedRun } from './names';
import { HYPHEN, isCapitalised } from './tokens';

/** Length in tokens of the title or honorific starting at i ('Prime Minister' → 2, 'Secretary - General' → 3), or 0. */
export function cueLength(keys: readonly string[], i: number, limit: number, lexicon: Lexicon): number {
  let phrase = '';
  let found = 0;
  for (let n = 0; n < lexicon.titleLength && i + n <= limit; n++) {
    phrase = n === 0 ? keys[i] : `${phrase} ${keys[i + n]}`;
    // Most words open no title: stop at the first phrase that no longer can.
    if (!lexicon.cueOpenings.has(phrase)) break;
    if (lexicon.titles.has(phrase) || lexicon.honorifics.has(phrase)) found = n + 1;
  }
  return found;
}

/** True when a title or an honorific stands right before token `first` ('Mr Vargas', 'Prime Minister Vargas'). */
export function hasCueBefore(keys: readonly string[], first: number, limit: number, lexicon: Lexicon): boolean {
  if (first <= limit) return false;
  const previous = keys[first - 1];
  return lexicon.titles.has(previous) || lexicon.honorifics.has(previous) || isTitleEnd(keys, first - 1, lexicon);
}

/** True when token j ends a multi-word title ('Prime Minister'). */
function isTitleEnd(keys: readonly string[], j: number, lexicon: Lexicon): boolean {
  let phrase = keys[j];
  for (let n = 1; n < lexicon.titleLength && j - n >= 0; n++) {
    // Most words end no title: stop at the first phrase that no longer can.
    if (!lexicon.titleEndings.has(phrase)) return false;
    phrase = `${keys[j - n]} ${phrase}`;
    if (lexicon.titles.has(phrase)) return true;
  }
  return false;
}

/** 'ministers', 'secretaries': the plural of a one-word title. */
export function isPluralTitle(word: string, lexicon: Lexicon): boolean {
  if (!word.endsWith('s')) return false;
  return lexicon.titles.has(word.slice(0, -1)) || (word.endsWith('ies') && lexicon.titles.has(`${word.slice(0, -3)}y`));
}

/** End of a title followed by its portfolio ('Minister for Africa', 'Secretary of State for Health'), or -1. */
export function titlePhraseEnd(analysis: Analysis, keys: readonly string[], i: number, limit: number, lexicon: Lexicon): number {
  const cue = cueLength(keys, i, limit, lexicon);
  if (cue === 0 || !lexicon.titles.has(keys.slice(i, i + cue).join(' '))) return -1;
  let j = i + cue;
  if (j > limit || (keys[j] !== 'for' && keys[j] !== 'of')) return -1;
  j++;
  if (j <= limit && keys[j] === 'the') j++;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  // The portfolio ends where the holder's name begins ('Minister for Africa Helen Marsh').
  // 'Minister of Health of Chile': the portfolio may go on with 'of' or 'and'.
  while (
    j + 1 <= limit &&
    !lexicon.givenNames.has(keys[j + 1]) &&
    (isCapitalised(analysis, j + 1) || ((keys[j + 1] === 'and' || keys[j + 1] === 'of') && j + 2 <= limit && isCapitalised(analysis, j + 2)))
  )
    j++;
  return j;
}

/** A title at `from` followed by a name ('Foreign Minister Rosa Ibarra'): where the name starts and ends. */
export function titledName(
  analysis: Analysis,
  keys: readonly string[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): { nameFirst: number; last: number } | undefined {
  const cue = cueLength(keys, from, limit, lexicon);
  if (cue === 0 || !isCapitalised(analysis, from)) return undefined;
  const nameFirst = from + cue;
  // 'Special Envoy de Vries': the name may open with a lower-case particle.
  const capital = NAME_PARTICLES.has(analysis.tokens.value[nameFirst] ?? '') ? nameFirst + 1 : nameFirst;
  if (capital > limit || !isCapitalised(analysis, capital) || lexicon.lookup(keys[capital])) return undefined;
  const run = capitalisedRun(analysis, keys, capital, limit, lexicon);
  return run ? { nameFirst, last: run.last } : undefined;
}

/**
 * End of an office after an organisation or a country when no name follows: a title with its
 * portfolio ('Special Representative for the Sahel', 'Secretary of State') or a singular role noun
 * ('spokesman', 'deputy director'); -1 otherwise.
 */
export function officeEnd(analysis: Analysis, keys: readonly string[], from: number, limit: number, lexicon: Lexicon): number {
  if (from > limit) return -1;
  let end = -1;
  const portfolio = isCapitalised(analysis, from) ? titlePhraseEnd(analysis, keys, from, limit, lexicon) : -1;
  if (portfolio >= 0) end = portfolio;
  else {
    const cue = cueLength(keys, from, limit, lexicon);
    if (cue > 0 && lexicon.titles.has(keys.slice(from, from + cue).join(' '))) end = from + cue - 1;
    else if (lexicon.roles.has(keys[from]) && !isCapitalised(analysis, from)) end = from;
  }
  if (end < 0) return -1;
  // A name after the office makes it a titled name instead ('… Minister Helen Marsh').
  if (end + 1 <= limit && isCapitalised(analysis, end + 1)) return -1;
  return end;
}

/** A capitalised title at `from`, then a comma and a name: the title's end and the holder's name. */
export function officeHolder(
  analysis: Analysis,
  keys: readonly string[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): { officeLast: number; name: string } | undefined {
  const cue = cueLength(keys, from, limit, lexicon);
  if (cue === 0 || !isCapitalised(analysis, from) || !lexicon.titles.has(keys.slice(from, from + cue).join(' '))) return undefined;
  const officeLast = from + cue - 1;
  const comma = officeLast + 1;
  if (comma + 1 > limit || analysis.tokens.value[comma] !== ',') return undefined;
  const start = HYPHEN.has(analysis.tokens.value[comma + 2] ?? '') || !isCapitalised(analysis, comma + 1) ? -1 : comma + 1;
  if (start < 0) return undefined;
  const run = capitalisedRun(analysis, keys, start, limit, lexicon);
  if (!run || run.last === start || lexicon.lookup(keys[start])) return undefined;
  return { officeLast, name: analysis.text.slice(analysis.tokens.begin[start], analysis.tokens.end[run.last]) };
}
