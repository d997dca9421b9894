/** A nationality word ('Russian') is no mention when the options leave nationalities out. */
import type { Rule } from './types';

export const nationalityLeftOut: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  return known && known.entry.kind === 'demonym' && !context.options.nationalities ? { next: known.last + 1 } : undefined;
};
