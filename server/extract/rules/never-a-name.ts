/** A lone word that is never a name ('Monday', 'However'), refused as one. */
import type { Rule } from './types';

export const neverAName: Rule = (context, i) => {
  const run = context.runAt(i);
  if (!run || run.first !== run.last || !context.lexicon.notNames.has(context.keys[i])) return undefined;
  return { refused: run, next: run.last + 1 };
};
