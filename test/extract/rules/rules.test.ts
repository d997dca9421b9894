/**
 * Each extraction rule alone, at one token of a sentence written for the test: what it finds there,
 * what it refuses, or that it does not apply. The tables in ./tables.test.ts specify them together.
 */
import { analyse } from '../../../server/extract/nlp';
import { tokenKey } from '../../../server/extract/normalize';
import { DEFAULT_EXTRACT_OPTIONS } from '../../../server/extract/options';
import { RULES } from '../../../server/extract/rules';
import { ruleContext } from '../../../server/extract/rules/context';
import type { Rule } from '../../../server/extract/rules/types';
import { bodyOfPlace } from '../../../server/extract/rules/body-of-place';
import { capitalisedName } from '../../../server/extract/rules/capitalised-name';
import { functionWord } from '../../../server/extract/rules/function-word';
import { groupAdjective } from '../../../server/extract/rules/group-adjective';
import { knownName } from '../../../server/extract/rules/known-name';
import { knownNameAfterParticle } from '../../../server/extract/rules/known-name-after-particle';
import { lowerCaseWord } from '../../../server/extract/rules/lower-case-word';
import { nameAfterParticle } from '../../../server/extract/rules/name-after-particle';
import { namedAfterPlaces } from '../../../server/extract/rules/named-after-places';
import { namedBody } from '../../../server/extract/rules/named-body';
import { nationalityGroup } from '../../../server/extract/rules/nationality-group';
import { nationalityLeftOut } from '../../../server/extract/rules/nationality-left-out';
import { nationalityTerritory } from '../../../server/extract/rules/nationality-territory';
import { neverAName } from '../../../server/extract/rules/never-a-name';
import { officeAndHolder } from '../../../server/extract/rules/office-and-holder';
import { officeOfKnownName } from '../../../server/extract/rules/office-of-known-name';
import { officeWithPortfolio } from '../../../server/extract/rules/office-with-portfolio';
import { ownedOrganisation } from '../../../server/extract/rules/owned-organisation';
import { placeOfName } from '../../../server/extract/rules/place-of-name';
import { sentenceOpener } from '../../../server/extract/rules/sentence-opener';
import { sideTaken } from '../../../server/extract/rules/side-taken';
import { titleWithoutName } from '../../../server/extract/rules/title-without-name';
import { titledPerson } from '../../../server/extract/rules/titled-person';
import { realLexicon } from '../../helpers/fixtures';

/**
 * What `rule` makes of the token where `at` starts in `sentence`: 'TYPE: span' for a candidate,
 * 'refused: span', 'skip to: word' when it passes over words, or 'no' when it does not apply.
 */
function readAt(rule: Rule, sentence: string, at: string, options = DEFAULT_EXTRACT_OPTIONS): string {
  const analysis = analyse(sentence);
  const keys = analysis.tokens.value.map(tokenKey);
  const begin = sentence.indexOf(at);
  const i = analysis.tokens.begin.indexOf(begin);
  if (begin < 0 || i < 0) throw new Error(`no token starts at '${at}' in '${sentence}'`);
  const outcome = rule(ruleContext(analysis, keys, analysis.sentences[0], realLexicon(), options), i);
  if (outcome === undefined) return 'no';
  const span = (first: number, last: number) => sentence.slice(analysis.tokens.begin[first], analysis.tokens.end[last]);
  if (outcome.found) return `${outcome.found.type ?? 'untyped'}: ${span(outcome.found.first, outcome.found.last)}`;
  if (outcome.refused) return `refused: ${span(outcome.refused.first, outcome.refused.last)}`;
  return `skip to: ${analysis.tokens.value[outcome.next] ?? '(end)'}`;
}

type Row = [name: string, rule: Rule, sentence: string, at: string, expected: string];

const rows: Row[] = [
  [
    'knownNameAfterParticle',
    knownNameAfterParticle,
    'Fighters of al-Qaeda in the Arabian Peninsula fled.',
    'al-Qaeda',
    'ORGANIZATION: al-Qaeda in the Arabian Peninsula',
  ],
  ['nameAfterParticle', nameAfterParticle, 'The convoy stopped in al-Qasra at dawn.', 'al-Qasra', 'LOCATION: al-Qasra'],
  ['sideTaken', sideTaken, 'Then pro-Vargas forces attacked.', 'pro-Vargas', 'ORGANIZATION: pro-Vargas forces'],
  ['lowerCaseWord', lowerCaseWord, 'Then the forces attacked.', 'forces', 'skip to: attacked'],
  ['nationalityTerritory', nationalityTerritory, 'The jets crossed into Chilean airspace at noon.', 'Chilean', 'LOCATION: Chilean airspace'],
  ['nationalityGroup', nationalityGroup, 'Chilean forces left the harbour.', 'Chilean', 'ORGANIZATION: Chilean forces'],
  ['titledPerson', titledPerson, 'He met Chilean Foreign Minister Rosa Ibarra today.', 'Chilean', 'PERSON: Chilean Foreign Minister Rosa Ibarra'],
  ['officeAndHolder', officeAndHolder, 'He met the Omani Foreign Minister, Salma al-Harthy, today.', 'Omani', 'PERSON: Omani Foreign Minister'],
  ['officeOfKnownName', officeOfKnownName, 'The Home Office Minister declined to comment.', 'Home', 'PERSON: Home Office Minister'],
  ['ownedOrganisation', ownedOrganisation, "He praised Finland's Philharmonic Orchestra warmly.", 'Finland', "ORGANIZATION: Finland's Philharmonic Orchestra"],
  ['placeOfName', placeOfName, 'They reached the Ukrainian city of Kiev by train.', 'Ukrainian', 'LOCATION: Ukrainian city of Kiev'],
  ['bodyOfPlace', bodyOfPlace, 'Aid went to the people of Marseille at once.', 'Marseille', 'ORGANIZATION: people of Marseille'],
  ['namedAfterPlaces', namedAfterPlaces, 'He fought in the Falklands War as a boy.', 'Falklands', 'refused: Falklands War'],
  ['nationalityLeftOut', nationalityLeftOut, 'Russian analysts disagreed.', 'Russian', 'skip to: analysts'],
  ['knownName', knownName, 'The Daily Telegraph reported it first.', 'The', 'OUTLET: Daily Telegraph'],
  ['groupAdjective', groupAdjective, 'Then Druze militiamen guarded the pass.', 'Druze', 'ORGANIZATION: Druze militiamen'],
  ['functionWord', functionWord, 'However, the talks went on.', 'However', 'skip to: ,'],
  ['officeWithPortfolio', officeWithPortfolio, 'As Minister for Latin America, she travelled.', 'Minister', 'PERSON: Minister for Latin America'],
  ['titleWithoutName', titleWithoutName, 'The President spoke.', 'President', 'refused: President'],
  ['neverAName', neverAName, 'They met on Monday.', 'Monday', 'refused: Monday'],
  ['sentenceOpener', sentenceOpener, 'Persuading NATO was hard.', 'Persuading', 'skip to: NATO'],
  ['namedBody', namedBody, 'He fled the Vargas regime in May.', 'Vargas', 'ORGANIZATION: Vargas regime'],
  ['capitalisedName', capitalisedName, 'Then Velmor Holdings bought the port.', 'Velmor', 'ORGANIZATION: Velmor Holdings'],
];

describe('each rule alone', () => {
  it.each(rows)('%s', (_name, rule, sentence, at, expected) =>
    expect(readAt(rule, sentence, at, { nationalities: _name !== 'nationalityLeftOut' })).toBe(expected),
  );

  it.each(rows)('%s does not apply to a lower-case common word', (_name, rule) => {
    const expected = rule === lowerCaseWord ? 'skip to: was' : 'no';
    expect(readAt(rule, 'The weather was fine.', 'weather')).toBe(expected);
  });

  it('lists every rule once, in the order they are tried', () => {
    expect(RULES).toEqual(rows.map(([, rule]) => rule));
  });
});

describe('rules that give way', () => {
  it('titleWithoutName reads a title written with a hyphen whole', () => {
    expect(readAt(titleWithoutName, 'The Secretary-General spoke.', 'Secretary')).toBe('refused: Secretary-General');
  });

  it('titleWithoutName leaves a title that opens a name to the rules after it', () => {
    expect(readAt(titleWithoutName, 'President Vargas spoke.', 'President')).toBe('refused: President');
    expect(readAt(titleWithoutName, 'The Foreign Office spoke.', 'Foreign')).toBe('no');
  });

  it("titleWithoutName leaves a title that opens an organisation's name ('the Premier League') to the rules after it", () => {
    expect(readAt(titleWithoutName, 'Velmor lead the Premier League by two points.', 'Premier')).toBe('no');
    expect(readAt(capitalisedName, 'Velmor lead the Premier League by two points.', 'Premier')).toBe('ORGANIZATION: Premier League');
  });

  it('officeWithPortfolio refuses the office as a name of its own before its holder', () => {
    expect(readAt(officeWithPortfolio, 'Minister for the Middle East Tobias Harkmoor spoke.', 'Minister')).toBe('refused: Minister for the Middle East');
  });

  it('nationalityGroup leaves a nationality before one person to the country', () => {
    expect(readAt(nationalityGroup, 'A Turkish general resigned.', 'Turkish')).toBe('no');
  });

  it('capitalisedName refuses an event word and reads on from the next word', () => {
    expect(readAt(capitalisedName, 'They met at the Conference on Yemen.', 'Conference')).toBe('refused: Conference on Yemen');
  });

  it('capitalisedName reads office holders of a list of places as one body, up to the first word that is no place', () => {
    expect(readAt(capitalisedName, 'He met the Foreign Ministers of Chile, Peru, Tarnovia and Bolivia on Monday.', 'Foreign')).toBe(
      'ORGANIZATION: Foreign Ministers of Chile, Peru, Tarnovia and Bolivia',
    );
    expect(readAt(capitalisedName, 'He met the Foreign Ministers of Chile, Reuters said.', 'Foreign')).toBe('ORGANIZATION: Foreign Ministers of Chile');
    expect(readAt(capitalisedName, 'He met the Velmor Holdings of Chile, Peru and Bolivia.', 'Velmor')).toBe('ORGANIZATION: Velmor Holdings of Chile');
  });

  it('capitalisedName reads a name that ends in a building as a place, whatever words open it', () => {
    expect(readAt(capitalisedName, 'She was treated at Harkmoor University Hospital overnight.', 'Harkmoor')).toBe('LOCATION: Harkmoor University Hospital');
    expect(readAt(capitalisedName, 'The final was played at the Velmor Tennis Centre today.', 'Velmor')).toBe('LOCATION: Velmor Tennis Centre');
    expect(readAt(capitalisedName, 'He joined the Centre for Velmor Studies in May.', 'Centre')).toBe('ORGANIZATION: Centre for Velmor Studies');
  });

  it("ownedOrganisation leaves a building in a city to the city and the building ('Lisbon's Central Clinical Hospital')", () => {
    expect(readAt(ownedOrganisation, "She rests in Lisbon's Central Clinical Hospital today.", 'Lisbon')).toBe('no');
  });

  it("capitalisedName ends a name before a title or an honorific that opens a person's name, not an organisation's", () => {
    expect(readAt(capitalisedName, 'In Harkmoor Mr Brandt said the vote was lost.', 'Harkmoor')).toBe('LOCATION: Harkmoor');
    expect(readAt(capitalisedName, 'In Harkmoor Mr Brandt said the vote was lost.', 'Mr')).toBe('PERSON: Mr Brandt');
    expect(readAt(capitalisedName, 'Then the Harkmoor Justice Movement marched.', 'Harkmoor')).toBe('ORGANIZATION: Harkmoor Justice Movement');
  });

  it('capitalisedName refuses a law or a treaty, which is no entity, and leaves a given name that opens a name', () => {
    expect(readAt(capitalisedName, 'They debated the Gambling Bill on Monday.', 'Gambling')).toBe('refused: Gambling Bill');
    expect(readAt(capitalisedName, 'MPs said the Bill would pass.', 'Bill')).toBe('refused: Bill');
    expect(readAt(capitalisedName, 'Bill Brandt said the vote was lost.', 'Bill')).toBe('PERSON: Bill Brandt');
    expect(readAt(capitalisedName, 'They signed the Velmor Accords in May.', 'Velmor')).toBe('refused: Velmor Accords');
    expect(readAt(capitalisedName, 'The Harkmoor Council Resolution 12 was adopted.', 'Resolution')).toBe('refused: Resolution');
  });

  it('capitalisedName ends a name in a headline in capitals at a word that is no name by its part of speech', () => {
    expect(readAt(capitalisedName, 'SOCCER - VELMOR BEAT HARKMOOR.', 'VELMOR')).toBe('ORGANIZATION: VELMOR');
    expect(readAt(capitalisedName, 'SOCCER - VELMOR BEAT HARKMOOR.', 'BEAT')).toBe('no');
  });

  it('capitalisedName reads an organisation before a title and a name as that person, before a role as its office', () => {
    expect(readAt(capitalisedName, 'Then Velmor Holdings Chairman Ivo Brandt resigned.', 'Velmor')).toBe('PERSON: Velmor Holdings Chairman Ivo Brandt');
    expect(readAt(capitalisedName, 'Then a Velmor Holdings spokesman declined.', 'Velmor')).toBe('PERSON: Velmor Holdings spokesman');
  });
});
