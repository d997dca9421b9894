import { extractMentions } from '../../server/extract/mentions';
import { realLexicon } from '../helpers/fixtures';

/** Each pronoun of the text with the name it was given. */
function pronouns(text: string): [string, string][] {
  return extractMentions(text, realLexicon())
    .mentions.filter((m) => m.source === 'pronoun')
    .map((m) => [m.text, m.name]);
}

describe('he and she', () => {
  it('give "she" to the last woman who spoke, known by her title, past a man who spoke after her', () => {
    const text = 'Mrs Thornbury said the talks had failed. Mr Oakridge said they had not. "We will try again," she said.';
    expect(pronouns(text)).toEqual([['she', 'Thornbury']]);
  });

  it('give "he" to the last man who spoke, known by his given name', () => {
    const text = 'Michael Pellow said the plan was sound. Margaret Ashdown said it was not. "It will work," he said.';
    expect(pronouns(text)).toEqual([['he', 'Michael Pellow']]);
  });

  it('remember a gender told once for the surname used later', () => {
    const text = 'Ms Vanstone arrived on Monday. Dr Kettering said the vote was close. Vanstone said she had won. "It is over," she said.';
    expect(pronouns(text).at(-1)).toEqual(['she', 'Vanstone']);
  });

  it('give a pronoun to the last speaker when no gender is known, as before', () => {
    const text = 'Dr Kettering said the vote was close. "It is over," she said.';
    expect(pronouns(text)).toEqual([['she', 'Kettering']]);
  });

  it('never give "she" to a man', () => {
    const text = 'Mr Oakridge said they had not. "We will try again," she said.';
    expect(pronouns(text)).toEqual([]);
  });
});
