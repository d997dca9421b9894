/**
 * How the tagger's spans join the rules' mentions (server/extract/tagger/merge.ts): which of the
 * rules' mentions stand whatever the model says, and where the model's type wins.
 */
import type { TaggedType } from '../../../server/extract/tagger/bio';
import { mergeWithRules } from '../../../server/extract/tagger/merge';
import { readByRules } from '../../../server/extract/mentions';
import { analyse } from '../../../server/extract/nlp';
import { tokenKey } from '../../../server/extract/normalize';
import { realLexicon } from '../../helpers/fixtures';

/** The merged mentions of `text` when the model marks `word` (one token) as `type`. */
function merged(text: string, word: string, type: TaggedType): { text: string; type: string }[] {
  const analysis = analyse(text);
  const keys = analysis.tokens.value.map(tokenKey);
  const reading = readByRules(analysis, keys, realLexicon());
  const at = analysis.tokens.value.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  return mergeWithRules(analysis, [{ first: at, last: at, type }], reading, (name) => name).map((m) => ({ text: m.text, type: m.type }));
}

describe('mergeWithRules', () => {
  it("gives a place the lexicon knows the model's type when the model marks the same words", () => {
    // A city's name is a team's in a table of results.
    expect(merged('Houston beat Colorado 5-3 on Sunday.', 'Colorado', 'ORGANIZATION')).toContainEqual({ text: 'Colorado', type: 'ORGANIZATION' });
  });

  it("keeps the type of a place its context typed ('in Karrada'), whatever the model says", () => {
    expect(merged('A car bomb exploded in Karrada on Sunday.', 'Karrada', 'PERSON')).toContainEqual({ text: 'Karrada', type: 'LOCATION' });
  });

  it('keeps outlets and nationality words from the rules', () => {
    expect(merged('Russian jets struck the town, Reuters reported.', 'Reuters', 'ORGANIZATION')).toContainEqual({ text: 'Reuters', type: 'OUTLET' });
    expect(merged('Russian jets struck the town, Reuters reported.', 'Russian', 'ORGANIZATION')).toContainEqual({ text: 'Russian', type: 'LOCATION' });
  });
});
