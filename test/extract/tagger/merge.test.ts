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

/** The merged mentions of `text` when the model marks `words` (its first occurrence, whole tokens) as `type`. */
function merged(text: string, words: string, type: TaggedType): { text: string; type: string }[] {
  const analysis = analyse(text);
  const keys = analysis.tokens.value.map(tokenKey);
  const reading = readByRules(analysis, keys, realLexicon());
  const begin = text.indexOf(words);
  const first = analysis.tokens.begin.indexOf(begin);
  const last = analysis.tokens.end.indexOf(begin + words.length);
  expect(first).toBeGreaterThanOrEqual(0);
  expect(last).toBeGreaterThanOrEqual(first);
  return mergeWithRules(analysis, [{ first, last, type }], reading, (name) => name).map((m) => ({ text: m.text, type: m.type }));
}

describe('mergeWithRules', () => {
  it("gives a place the lexicon knows the model's type when the model marks the same words", () => {
    // A city's name is a team's in a table of results.
    expect(merged('Houston beat Colorado 5-3 on Sunday.', 'Colorado', 'ORGANIZATION')).toContainEqual({ text: 'Colorado', type: 'ORGANIZATION' });
  });

  it("splits a span of two single names joined by 'and' into two names of its type", () => {
    expect(merged('Fans from Velmor and Tessik cheered.', 'Velmor and Tessik', 'LOCATION')).toEqual([
      { text: 'Velmor', type: 'LOCATION' },
      { text: 'Tessik', type: 'LOCATION' },
    ]);
  });

  it("keeps a name the lexicon writes with 'and' whole", () => {
    expect(merged('He flew to Trinidad and Tobago.', 'Trinidad and Tobago', 'LOCATION')).toEqual([{ text: 'Trinidad and Tobago', type: 'LOCATION' }]);
  });

  it('takes no name from a span that opens with the verb opening its sentence', () => {
    const out = merged('Declaring Mosul district a closed area follows the attacks.', 'Declaring Mosul', 'ORGANIZATION');
    expect(out).toEqual([{ text: 'Mosul', type: 'LOCATION' }]);
    const quoted = merged('"Declaring Mosul district a closed area was right," he said.', 'Declaring Mosul', 'ORGANIZATION');
    expect(quoted).toContainEqual({ text: 'Mosul', type: 'LOCATION' });
    expect(quoted.map((m) => m.text)).not.toContain('Declaring Mosul');
  });

  it('keeps a country a place when the model marks it as an organisation', () => {
    expect(merged('A spokesman said the US would welcome the move.', 'US', 'ORGANIZATION')).toContainEqual({ text: 'US', type: 'LOCATION' });
  });

  it('keeps a name the lexicon knows when the model reads it on into words the rules refused', () => {
    const out = merged('The town fell to Islamic State in June 2014.', 'Islamic State in June', 'ORGANIZATION');
    expect(out).toContainEqual({ text: 'Islamic State', type: 'ORGANIZATION' });
    expect(out.map((m) => m.text)).not.toContain('Islamic State in June');
  });

  it('keeps an organisation the lexicon knows, when the model calls it a place', () => {
    expect(merged('Fighters from Hayat Tahrir al-Sham were killed.', 'Hayat Tahrir al-Sham', 'LOCATION')).toContainEqual({
      text: 'Hayat Tahrir al-Sham',
      type: 'ORGANIZATION',
    });
  });

  it('keeps a body of people the rules named from a country and a plural, when the model calls it a place', () => {
    expect(merged('The town was taken by Peruvian Marines on Monday.', 'Peruvian Marines', 'LOCATION')).toContainEqual({
      text: 'Peruvian Marines',
      type: 'ORGANIZATION',
    });
  });

  it('keeps a place named by the building it ends in, when the model calls it an organisation', () => {
    expect(merged('The final was played at the Velmor Tennis Centre on Friday.', 'Velmor Tennis Centre', 'ORGANIZATION')).toContainEqual({
      text: 'Velmor Tennis Centre',
      type: 'LOCATION',
    });
  });

  it("gives an office no surname: 'State' after 'the US Secretary of State' is no person", () => {
    const analysis = analyse('The Foreign Secretary joined the US Secretary of State for talks. Then he joined US Secretary of State Ana Soto in Lima.');
    const keys = analysis.tokens.value.map(tokenKey);
    const out = mergeWithRules(analysis, [], readByRules(analysis, keys, realLexicon()), (name) => name);
    expect(out.filter((m) => m.type === 'PERSON').map((m) => m.text)).not.toContain('State');
  });

  it("keeps the type of a place its context typed ('in Karrada'), whatever the model says", () => {
    expect(merged('A car bomb exploded in Karrada on Sunday.', 'Karrada', 'PERSON')).toContainEqual({ text: 'Karrada', type: 'LOCATION' });
  });

  it('keeps outlets and nationality words from the rules', () => {
    expect(merged('Russian jets struck the town, Reuters reported.', 'Reuters', 'ORGANIZATION')).toContainEqual({ text: 'Reuters', type: 'OUTLET' });
    expect(merged('Russian jets struck the town, Reuters reported.', 'Russian', 'ORGANIZATION')).toContainEqual({ text: 'Russian', type: 'LOCATION' });
  });

  it("keeps the rules' type of an organisation named by its head word when the model marks the same words", () => {
    expect(merged('Officials at the Kovarsk Ministry denied the report.', 'Kovarsk Ministry', 'PERSON')).toContainEqual({
      text: 'Kovarsk Ministry',
      type: 'ORGANIZATION',
    });
  });

  it('drops a name the model finds inside words the rules refused: a title, an operation, a word that is never a name', () => {
    expect(merged('His Chief of Staff is Major General Hassan.', 'Staff', 'LOCATION')).not.toContainEqual({ text: 'Staff', type: 'LOCATION' });
    expect(merged('The assault ended Operation Steel Curtain on Friday.', 'Curtain', 'PERSON')).not.toContainEqual({ text: 'Curtain', type: 'PERSON' });
    expect(merged('Minister for the Middle East Tobias Harkmoor spoke.', 'Middle East', 'LOCATION')).not.toContainEqual({
      text: 'Middle East',
      type: 'LOCATION',
    });
  });

  it('keeps a name the model finds where the rules refused nothing', () => {
    expect(merged('Officials said Harkmoor would reply.', 'Harkmoor', 'ORGANIZATION')).toContainEqual({ text: 'Harkmoor', type: 'ORGANIZATION' });
  });

  it('keeps an organisation the rules named by its head word where the model found nothing, except in a headline', () => {
    const analysis = analyse('Members of the Harkmoor Computer Society met on Friday.');
    const keys = analysis.tokens.value.map(tokenKey);
    const none = mergeWithRules(analysis, [], readByRules(analysis, keys, realLexicon()), (name) => name);
    expect(none.map((m) => [m.text, m.type])).toContainEqual(['Harkmoor Computer Society', 'ORGANIZATION']);
    const headline = analyse('HARKMOOR COMPUTER SOCIETY RESULTS');
    const headlineKeys = headline.tokens.value.map(tokenKey);
    expect(mergeWithRules(headline, [], readByRules(headline, headlineKeys, realLexicon()), (name) => name)).toEqual([]);
  });

  it('lets a longer name the model found hold a place the lexicon knows: a person, a club', () => {
    const sofia = merged('Sofia Tarrant met the minister on Friday.', 'Sofia Tarrant', 'PERSON');
    expect(sofia).toContainEqual({ text: 'Sofia Tarrant', type: 'PERSON' });
    expect(sofia).not.toContainEqual({ text: 'Sofia', type: 'LOCATION' });
    expect(merged('Dynamo Moscow beat Spartak on Sunday.', 'Dynamo Moscow', 'ORGANIZATION')).toContainEqual({ text: 'Dynamo Moscow', type: 'ORGANIZATION' });
  });

  it('keeps an outlet whole when the model reads it into a longer name', () => {
    expect(merged('Reuters Television showed the talks.', 'Reuters Television', 'ORGANIZATION')).toContainEqual({ text: 'Reuters', type: 'OUTLET' });
  });

  it('drops a span of one letter', () => {
    expect(merged('Revenue N 4,100 3,900', 'N', 'ORGANIZATION')).not.toContainEqual({ text: 'N', type: 'ORGANIZATION' });
  });

  it('splits a place the model runs into a person the rules named by a given name', () => {
    const found = merged('Minister for the Middle East Tobias Ellwood calls the attack a crime.', 'Middle East Tobias Ellwood', 'LOCATION');
    expect(found).toContainEqual({ text: 'Tobias Ellwood', type: 'PERSON' });
    expect(found).not.toContainEqual({ text: 'Middle East Tobias Ellwood', type: 'LOCATION' });
  });

  it('keeps a place named by its head word from becoming a person', () => {
    expect(merged('Haninge Municipality lies south of the city.', 'Haninge Municipality', 'PERSON')).toContainEqual({
      text: 'Haninge Municipality',
      type: 'LOCATION',
    });
  });

  it('takes the article off a name the model opens with it', () => {
    const found = merged('The Pentagon said the strikes would go on.', 'The Pentagon', 'ORGANIZATION');
    expect(found).toContainEqual({ text: 'Pentagon', type: 'ORGANIZATION' });
    expect(found.map((m) => m.text)).not.toContain('The Pentagon');
  });

  it("lets the model type a lone word that speaks ('Pirelli said'), not a full name that does", () => {
    expect(merged('Pirelli said on Tuesday it would sell its cables unit.', 'Pirelli', 'ORGANIZATION')).toContainEqual({
      text: 'Pirelli',
      type: 'ORGANIZATION',
    });
    expect(merged('Tronchetti Provera said on Tuesday he would stay.', 'Tronchetti Provera', 'ORGANIZATION')).toContainEqual({
      text: 'Tronchetti Provera',
      type: 'PERSON',
    });
  });

  it("keeps no run of capitals of the rules around the model's names in an all-capital headline", () => {
    // Every word of a headline is capitalised: the rules' run holds the verb and the prepositions.
    const found = merged('GOLF - VARNHOLT TAKES LEAD IN MILWAUKEE. Varnholt shot a 65 on Thursday.', 'VARNHOLT', 'PERSON');
    expect(found).toContainEqual({ text: 'VARNHOLT', type: 'PERSON' });
    expect(found.map((m) => m.text)).not.toContain('VARNHOLT TAKES LEAD IN MILWAUKEE');
  });

  it("takes the possessive of the word before off a name the model opens with it ('the agency’s Andes Ministry')", () => {
    const found = merged('A report by the agency’s Andes Ministry was published.', '’s Andes Ministry', 'ORGANIZATION');
    expect(found).toContainEqual({ text: 'Andes Ministry', type: 'ORGANIZATION' });
    expect(found.map((m) => m.text)).not.toContain('’s Andes Ministry');
  });

  it('makes a lone place word that is the surname of a person named in full that person', () => {
    const found = merged('Andre Lisbon reached the final. Lisbon beat Varga in four sets.', 'Andre Lisbon', 'PERSON');
    expect(found.filter((m) => m.text === 'Lisbon')).toEqual([{ text: 'Lisbon', type: 'PERSON' }]);
  });

  it('takes no surname from a person span built with a function word', () => {
    const found = merged('The Commission of Inquiry on Chile met. Chile agreed to the talks.', 'Inquiry on Chile', 'PERSON');
    expect(found.filter((m) => m.text === 'Chile')).toEqual([{ text: 'Chile', type: 'LOCATION' }]);
  });

  it("keeps no place or body the model finds inside a meeting named after places ('the Chile-Peru Summit')", () => {
    const found = merged('The leaders spoke at the Chile-Peru Summit 2016 in Lima.', 'Peru Summit', 'ORGANIZATION');
    expect(found.map((m) => m.text)).not.toContain('Peru Summit');
    expect(found).toContainEqual({ text: 'Lima', type: 'LOCATION' });
  });
});
