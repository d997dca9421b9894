/** A name the lexicon knows, typed as the lexicon says; a leading 'The' of 'The Daily Telegraph' belongs to the sentence. */
import { Evidence, type Rule } from './types';

export const knownName: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known) return undefined;
  const { entry, last } = known;
  const first = context.keys[i] === 'the' ? i + 1 : i;
  return { found: { first, last, type: entry.type, evidence: Evidence.Lexicon, entry, sentence: context.sentence.index }, next: last + 1 };
};
