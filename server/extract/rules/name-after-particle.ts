/** 'in al-Qasra', 'author al-Marwani': an unknown name opened by a lower-case particle and a hyphen. */
import { NAME_PARTICLES } from '../grammar';
import { classify } from './classify';
import { capitalisedRun } from './names';
import { adjacent, HYPHEN, isCapitalised } from './tokens';
import type { Rule } from './types';

export const nameAfterParticle: Rule = ({ analysis, keys, sentence, lexicon }, i) => {
  const { value } = analysis.tokens;
  const name = i + 2;
  if (!NAME_PARTICLES.has(value[i]) || !HYPHEN.has(value[i + 1] ?? '') || name > sentence.last) return undefined;
  if (!isCapitalised(analysis, name) || !adjacent(analysis, i + 1, name)) return undefined;
  const run = capitalisedRun(analysis, keys, name, sentence.last, lexicon);
  if (!run || lexicon.match(keys, name, sentence.last)) return undefined;
  return { found: classify(analysis, keys, i, run.last, sentence, lexicon), next: run.last + 1 };
};
