/** 'al-Qaeda in the Arabian Peninsula': a known name opened by a lower-case particle. */
import { NAME_PARTICLES } from '../grammar';
import { HYPHEN, isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

export const knownNameAfterParticle: Rule = ({ analysis, keys, sentence, lexicon }, i) => {
  const { value } = analysis.tokens;
  if (!NAME_PARTICLES.has(value[i])) return undefined;
  const afterParticle = HYPHEN.has(value[i + 1] ?? '') ? i + 2 : i + 1;
  if (afterParticle > sentence.last || !isCapitalised(analysis, afterParticle)) return undefined;
  const particle = lexicon.match(keys, i, sentence.last);
  if (!particle || particle.last < afterParticle) return undefined;
  const found = { first: i, last: particle.last, type: particle.entry.type, evidence: Evidence.Lexicon, entry: particle.entry, sentence: sentence.index };
  return { found, next: particle.last + 1 };
};
