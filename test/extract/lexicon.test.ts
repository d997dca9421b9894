import { extractMentions } from '../../server/extract/mentions';
import { resolveDocument } from '../../server/resolve/document';
import { realLexicon } from '../helpers/fixtures';

function entities(text: string): [string, string][] {
  const { mentions } = extractMentions(text, realLexicon());
  return resolveDocument(text, mentions).map((e) => [e.type, e.label]);
}

describe('party member words', () => {
  it.each([
    ['A Tory said the plan would fail.', 'Conservative Party'],
    ['The Liberal Democrat said the plan would fail.', 'Liberal Democrats'],
    ['Lib Dems said the plan would fail.', 'Liberal Democrats'],
    ["Labour's plan would fail, Smith said.", 'Labour Party'],
    ['A Republican in Ohio said the plan would fail.', 'Republican Party'],
  ])('resolve "%s" to the party, not a person', (text, party) => {
    const found = entities(text);
    expect(found).toContainEqual(['ORGANIZATION', party]);
    expect(found.filter(([type, label]) => type === 'PERSON' && label !== 'Smith')).toEqual([]);
  });

  it('reads each word through the lexicon, with the party as the canonical name', () => {
    expect(realLexicon().lookup('Tories')).toMatchObject({ type: 'ORGANIZATION', canonical: 'Conservative Party' });
    expect(realLexicon().lookup('Lib Dem')).toMatchObject({ type: 'ORGANIZATION', canonical: 'Liberal Democrats' });
  });

  it('leaves a longer name that opens with a member word to its own entry', () => {
    expect(realLexicon().lookup('Liberal Democrats')).toMatchObject({ canonical: 'Liberal Democrats' });
    expect(realLexicon().lookup('Conservative Party')).toMatchObject({ canonical: 'Conservative Party' });
  });
});
