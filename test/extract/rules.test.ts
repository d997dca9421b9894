/**
 * Expected-result tables for the typing and span rules of the extractor, one table per rule.
 * The sentences are written for these tests; each row is [sentence, the mentions found in it].
 */
import { extractMentions } from '../../server/extract/mentions';
import { realLexicon } from '../helpers/fixtures';

type Row = [string, [string, string][]];

function table(text: string): [string, string][] {
  return extractMentions(text, realLexicon())
    .mentions.filter((m) => m.source === 'text')
    .map((m) => [m.text, m.type]);
}

describe('a nationality word that names a body of people is an organisation', () => {
  const rows: Row[] = [
    ['Iraqi forces entered the town.', [['Iraqi forces', 'ORGANIZATION']]],
    ['The convoy reached the Syrian people.', [['Syrian people', 'ORGANIZATION']]],
    ['Iraqi state television showed the ruins.', [['Iraqi state television', 'ORGANIZATION']]],
    ['Lebanese security force personnel stood by.', [['Lebanese security force personnel', 'ORGANIZATION']]],
    ['Thousands of Syrians crossed into Jordan.', [['Syrians', 'ORGANIZATION'], ['Jordan', 'LOCATION']]],
    ['Egyptians voted on Sunday.', [['Egyptians', 'ORGANIZATION']]],
    ['The Israeli government declined to comment.', [['Israeli government', 'ORGANIZATION']]],
    ['Iraqi government forces closed in.', [['Iraqi government forces', 'ORGANIZATION']]],
    ['They back the moderate Syrian Opposition.', [['Syrian Opposition', 'ORGANIZATION']]],
    ['Sunni Arabs fled the town.', [['Sunni Arabs', 'ORGANIZATION']]],
    ['We support the Government of Iraq and the Iraqi people.', [['Government of Iraq', 'ORGANIZATION'], ['Iraqi people', 'ORGANIZATION']]],
    ['Kurdish and Yezidi fighters held the ridge.', [['Kurdish and Yezidi fighters', 'ORGANIZATION']]],
    ['Sunni Arab tribesmen joined them.', [['Sunni Arab tribesmen', 'ORGANIZATION']]],
    ['Aid went to the Iraq people and to UK organisations.', [['Iraq people', 'ORGANIZATION'], ['UK organisations', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a nationality word before a single person or a thing stays a link to the country', () => {
  const rows: Row[] = [
    ['Russian analysts disagreed.', [['Russian', 'LOCATION']]],
    ['A Turkish general resigned.', [['Turkish', 'LOCATION']]],
    ['Russian combat troops arrived.', [['Russian', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a coalition led or backed by a country is an organisation', () => {
  const rows: Row[] = [
    ['The US-led coalition denied it.', [['US-led coalition', 'ORGANIZATION']]],
    ['Turkish-backed forces advanced.', [['Turkish-backed forces', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('the people or the government of a place act as one body', () => {
  const rows: Row[] = [
    ['She thanked the people of Aleppo.', [['people of Aleppo', 'ORGANIZATION']]],
    ['Talks with the government of Lebanon resumed.', [['government of Lebanon', 'ORGANIZATION']]],
    ['He returned to the north of Lebanon.', [['Lebanon', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a title qualified by a nationality or an organisation belongs to the person it names', () => {
  const rows: Row[] = [
    ['Russian President Vladimir Putin met him.', [['Russian President Vladimir Putin', 'PERSON']]],
    ['UN Special Envoy Staffan de Mistura arrived.', [['UN Special Envoy Staffan de Mistura', 'PERSON']]],
    ['Minister for Asia Tobias Ellwood spoke.', [['Tobias Ellwood', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it("keeps the person's own name as the name the mention stands for", () => {
    const [cavusoglu] = extractMentions('Turkish Foreign Minister Mevlut Cavusoglu spoke.', realLexicon()).mentions;
    expect(cavusoglu).toMatchObject({ type: 'PERSON', name: 'Mevlut Cavusoglu' });
  });
});

describe('a verb opening a sentence is not part of the name after it', () => {
  const rows: Row[] = [['Defeating Hezbollah will take time.', [['Hezbollah', 'ORGANIZATION']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('names that open with a particle or a kunya, and places named after places', () => {
  const rows: Row[] = [
    ['He fought with al-Qaeda in Iraq for years.', [['al-Qaeda in Iraq', 'ORGANIZATION']]],
    ['He was also known as Abu Haidar.', [['Abu Haidar', 'PERSON']]],
    ['Water rose behind the Mosul Barrage.', [['Mosul Barrage', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('what the corpus knows of a name beats a preposition of place', () => {
  it('keeps a known surname a person after "of"', () => {
    const knownType = (name: string) => (name === 'assad' ? ('PERSON' as const) : undefined);
    const mentions = extractMentions('Thousands died at the hands of Assad.', realLexicon(), { nationalities: true, knownType }).mentions;
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Assad', 'PERSON']]);
  });
});

describe('places by their neighbours: lists, place nouns, openers and particles', () => {
  const rows: Row[] = [
    ['Shelling hit Aleppo, Sarmin and Talamenes.', [['Aleppo', 'LOCATION'], ['Sarmin', 'LOCATION'], ['Talamenes', 'LOCATION']]],
    ['Troops reached the village of Tal Safin.', [['Tal Safin', 'LOCATION']]],
    ['Refugees camped near Mount Hermon.', [['Mount Hermon', 'LOCATION']]],
    ['A car bomb exploded in al-Hilla.', [['al-Hilla', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('organisation names and head words', () => {
  const rows: Row[] = [
    [
      'Talks between the Government of Iraq and the Kurdistan Regional Government resumed.',
      [['Government of Iraq', 'ORGANIZATION'], ['Kurdistan Regional Government', 'ORGANIZATION']],
    ],
    ['They hope to form such a Government soon.', []],
    ['He welcomed the UN Board of Inquiry report.', [['UN Board of Inquiry', 'ORGANIZATION']]],
    ['The clinic has MRI and CT scanners and a TV room.', []],
    ['Aid convoys arrived at dawn.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a nationality before "city of", "town of" belongs to the place it names', () => {
  const rows: Row[] = [
    ['Fighting reached the Syrian town of Azaz.', [['Syrian town of Azaz', 'LOCATION']]],
    ['He landed on the Kuwaiti island of Failaka.', [['Kuwaiti island of Failaka', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('names the mention by the place, with its canonical name when the lexicon knows it', () => {
    const [raqqa] = extractMentions('They fled the Syrian city of Raqqa.', realLexicon()).mentions;
    expect(raqqa).toMatchObject({ type: 'LOCATION', name: 'Raqqa' });
  });
});

describe('events are not names, but the places in them are', () => {
  const rows: Row[] = [
    ['Ministers met at the Brussels Conference on Syria.', [['Brussels', 'LOCATION'], ['Syria', 'LOCATION']]],
    ['The UN Special Envoy de Mistura will chair the talks.', [['UN Special Envoy de Mistura', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe("an organisation named with its country's possessive is one organisation", () => {
  const rows: Row[] = [
    ["He conducts Iraq's famed National Symphony Orchestra.", [["Iraq's famed National Symphony Orchestra", 'ORGANIZATION']]],
    ["Lebanon's Internal Security Forces made arrests.", [["Lebanon's Internal Security Forces", 'ORGANIZATION']]],
    ["Lebanon's economy shrank.", [['Lebanon', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a word that is never a name does not join the name after it', () => {
  const rows: Row[] = [['Listen on Radio 4 tonight.', [['Radio 4', 'OUTLET']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('geographic coordinates are places', () => {
  const rows: Row[] = [
    ['The dam lies at 35°01′57″N 43°38′47″E on the river.', [['35°01′57″N 43°38′47″E', 'LOCATION']]],
    ['Position: 36.2°N 37.15°E, near Aleppo.', [['36.2°N 37.15°E', 'LOCATION'], ['Aleppo', 'LOCATION']]],
    ['It rose 12° in 30 minutes.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('an office named by an organisation or a country, without a name, is a person', () => {
  const rows: Row[] = [
    ['A Foreign Office spokesman said no.', [['Foreign Office spokesman', 'PERSON']]],
    ['He met the US Secretary of State.', [['US Secretary of State', 'PERSON']]],
    ['The Russian president said yes.', [['Russian', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a title with its portfolio and no name after it names the office holder', () => {
  const rows: Row[] = [
    ['As Minister for Central Asia, he visited Tashkent.', [['Minister for Central Asia', 'PERSON'], ['Tashkent', 'LOCATION']]],
    ['Minister for Asia Tobias Ellwood spoke.', [['Tobias Ellwood', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a lone given name or particle name takes the type of the full name before it', () => {
  const rows: Row[] = [
    ['Saddam Hussein ruled for years. Later Saddam fled.', [['Saddam Hussein', 'PERSON'], ['Saddam', 'PERSON']]],
    ['Abu Musab al-Zarqawi led them; their leader, al-Zarqawi, agreed.', [['Abu Musab al-Zarqawi', 'PERSON'], ['al-Zarqawi', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('wars named after places, and birthplaces, are not mentions of the places', () => {
  const rows: Row[] = [
    ['He fought in the Iran-Iraq War and the Gulf War.', []],
    ['The Jordanian-born militant fled to Iraq.', [['Iraq', 'LOCATION']]],
    ['The war between Iran and Iraq lasted eight years.', [['Iran', 'LOCATION'], ['Iraq', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('offices and the people who hold them', () => {
  it('names "the Iraqi Foreign Minister, Ibrahim al-Jaafari" by its holder, twice', () => {
    const mentions = extractMentions('He met the Iraqi Foreign Minister, Ibrahim al-Jaafari, in London.', realLexicon()).mentions;
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Iraqi Foreign Minister', 'PERSON', 'Ibrahim al-Jaafari'],
      ['Ibrahim al-Jaafari', 'PERSON', 'Ibrahim al-Jaafari'],
      ['London', 'LOCATION', 'London'],
    ]);
  });

  const rows: Row[] = [
    ['She met the Minister of Foreign Affairs of Iraq today.', [['Minister of Foreign Affairs of Iraq', 'PERSON']]],
    ['They thanked local Turkish and UK organisations.', [['Turkish and UK organisations', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a group word that only qualifies the noun after it leaves the nationality a link', () => {
  const rows: Row[] = [
    ['Putin confirmed Russian military involvement.', [['Putin', 'PERSON'], ['Russian', 'LOCATION']]],
    ['Former Iraqi police officers were killed.', [['Iraqi police', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a name after the kind of organisation it is', () => {
  const rows: Row[] = [['The dam was built by the company Zublin.', [['Zublin', 'ORGANIZATION']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});
