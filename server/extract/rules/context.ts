/** The context the rules read a sentence in, with the two lookups most rules need worked out once per token. */
import type { Lexicon, LexiconEntry } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import type { ExtractOptions } from '../options';
import { isOutletName } from './classify';
import { capitalisedRun } from './names';
import { EVENT_WORDS, MEDIUM_WORDS } from '../grammar';
import type { LexiconMatch, RuleContext, TokenRange } from './types';

export function ruleContext(analysis: Analysis, keys: readonly string[], sentence: SentenceRange, lexicon: Lexicon, options: ExtractOptions): RuleContext {
  // The rules ask about the token being read, in order: one remembered answer per question is enough.
  let runToken = -1;
  let run: TokenRange | undefined;
  let knownToken = -1;
  let known: LexiconMatch | undefined;
  const context: RuleContext = {
    analysis,
    keys,
    sentence,
    lexicon,
    options,
    runAt(i) {
      if (i !== runToken) {
        runToken = i;
        run = capitalisedRun(analysis, keys, i, sentence.last, lexicon);
      }
      return run;
    },
    knownNameAt(i) {
      if (i !== knownToken) {
        knownToken = i;
        known = knownName(context, i);
      }
      return known;
    },
  };
  return context;
}

/** The lexicon's name at i, unless it is written otherwise ('us' is not the US) or opens a longer name. */
function knownName({ analysis, keys, sentence, lexicon, runAt }: RuleContext, i: number): LexiconMatch | undefined {
  const match = lexicon.match(keys, i, sentence.last);
  if (!match || !capitalsAgree(analysis.tokens.value[i], match.entry)) return undefined;
  const run = runAt(i);
  if (run && (extendsIntoOrganisation(keys, match, run, lexicon) || extendsIntoPlace(keys, match, run, lexicon) || extendsIntoOutlet(keys, match, run)))
    return undefined;
  return match;
}

/** A lexicon phrase only counts if written as a name: 'us' is not the US, 'Is' is not IS. */
function capitalsAgree(token: string, entry: LexiconEntry): boolean {
  if (!entry.capitalsOnly) return true;
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

/**
 * 'Syrian Arab Army', 'Iraqi Ministry of Defence', 'UN Committee of Experts', 'The National Justice
 * Movement': a place, an organisation or an outlet that opens the name of another organisation.
 * An outlet's arm ('Reuters Television') is still the outlet.
 */
function extendsIntoOrganisation(keys: readonly string[], match: LexiconMatch, run: TokenRange, lexicon: Lexicon): boolean {
  if (run.last <= match.last) return false;
  if (match.entry.type === 'OUTLET' && keys.slice(match.last + 1, run.last + 1).some((k) => MEDIUM_WORDS.has(k))) return false;
  for (let j = match.last + 1; j <= run.last; j++) {
    // 'Geneva Conference on Yemen' is an event held in a place, not an organisation.
    if (EVENT_WORDS.has(keys[j])) return false;
    if (lexicon.orgWords.has(keys[j])) return true;
  }
  return false;
}

/** 'the Manila Courier': a known place that opens the name of a newspaper. */
function extendsIntoOutlet(keys: readonly string[], match: LexiconMatch, run: TokenRange): boolean {
  return match.entry.type === 'LOCATION' && match.entry.kind !== 'demonym' && run.last > match.last && isOutletName(keys, run.first, run.last);
}

/** 'Lahore Barrage', 'Lisbon Airport': a known place that opens the name of another place. */
function extendsIntoPlace(keys: readonly string[], match: LexiconMatch, run: TokenRange, lexicon: Lexicon): boolean {
  return match.entry.type === 'LOCATION' && match.entry.kind !== 'demonym' && run.last > match.last && lexicon.locationWords.has(keys[run.last]);
}
