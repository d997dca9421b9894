/**
 * Expected-result tables for the typing and span rules of the extractor, one table per rule.
 * The sentences are written for these tests; each row is [sentence, the mentions found in it].
 * They specify the rule layer alone (the tagger off): its output is also what the tagger reads.
 */
import { extractMentions, readByRules } from '../../../server/extract/mentions';
import { analyse } from '../../../server/extract/nlp';
import { tokenKey } from '../../../server/extract/normalize';
import { realLexicon } from '../../helpers/fixtures';

type Row = [string, [string, string][]];

const RULES_ONLY = { nationalities: true, tagger: 'off' } as const;

function table(text: string): [string, string][] {
  return extractMentions(text, realLexicon(), RULES_ONLY)
    .mentions.filter((m) => m.source === 'text')
    .map((m) => [m.text, m.type]);
}

describe('a nationality word that names a body of people is an organisation', () => {
  const rows: Row[] = [
    ['Chilean forces left the harbour.', [['Chilean forces', 'ORGANIZATION']]],
    ['The appeal was addressed to the Peruvian people.', [['Peruvian people', 'ORGANIZATION']]],
    ['Kenyan state television aired the debate.', [['Kenyan state television', 'ORGANIZATION']]],
    ['Nigerian security force personnel guarded the depot.', [['Nigerian security force personnel', 'ORGANIZATION']]],
    // A plural nationality alone names a kind of people, not a body: no entity (issue 24).
    ['Hundreds of Venezuelans walked into Colombia.', [['Colombia', 'LOCATION']]],
    ['Norwegians voted on Tuesday.', []],
    ['The Danish government would not say.', [['Danish government', 'ORGANIZATION']]],
    ['Sudanese government forces pulled back.', [['Sudanese government forces', 'ORGANIZATION']]],
    ['Observers met the divided Belarusian Opposition.', [['Belarusian Opposition', 'ORGANIZATION']]],
    ['Shia Arabs returned to the valley.', [['Shia Arabs', 'ORGANIZATION']]],
    [
      'Donors pledged help to the Government of Ghana and the Ghanaian people.',
      [
        ['Government of Ghana', 'ORGANIZATION'],
        ['Ghanaian people', 'ORGANIZATION'],
      ],
    ],
    ['Druze and Alawite militiamen guarded the pass.', [['Druze and Alawite militiamen', 'ORGANIZATION']]],
    ['Shia Arab tribesmen stayed neutral.', [['Shia Arab tribesmen', 'ORGANIZATION']]],
    [
      'Grants went to the Nepal people and to US organisations.',
      [
        ['Nepal people', 'ORGANIZATION'],
        ['US organisations', 'ORGANIZATION'],
      ],
    ],
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
    ['A French-led coalition patrolled the strait.', [['French-led coalition', 'ORGANIZATION']]],
    ['Turkish-backed forces advanced.', [['Turkish-backed forces', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('the people or the government of a place act as one body', () => {
  const rows: Row[] = [
    ['She thanked the people of Marseille.', [['people of Marseille', 'ORGANIZATION']]],
    ['Talks with the government of Portugal resumed.', [['government of Portugal', 'ORGANIZATION']]],
    ['He returned to the north of Portugal.', [['Portugal', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a title qualified by a nationality or an organisation belongs to the person it names', () => {
  const rows: Row[] = [
    ['Russian President Vladimir Putin met him.', [['Russian President Vladimir Putin', 'PERSON']]],
    ['UN Special Envoy Anna de Vries arrived.', [['UN Special Envoy Anna de Vries', 'PERSON']]],
    ['Minister for Africa Helen Marsh spoke.', [['Helen Marsh', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it("keeps the person's own name as the name the mention stands for", () => {
    const [ibarra] = extractMentions('Chilean Foreign Minister Rosa Ibarra spoke.', realLexicon(), RULES_ONLY).mentions;
    expect(ibarra).toMatchObject({ type: 'PERSON', name: 'Rosa Ibarra' });
  });
});

describe('a verb opening a sentence is not part of the name after it', () => {
  const rows: Row[] = [['Persuading NATO took months.', [['NATO', 'ORGANIZATION']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a group of people opening a sentence before "of" is not part of the name after it, nor is that name the speaker', () => {
  const rows: Row[] = [
    [
      'Fighting went on in Galestan. Residents of Galestan said the road was closed.',
      [
        ['Galestan', 'LOCATION'],
        ['Galestan', 'LOCATION'],
      ],
    ],
    // A body's name keeps its head word.
    ['Members of Parliament said the vote was close.', [['Members of Parliament', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('names that open with a particle or a kunya, and places named after places', () => {
  const rows: Row[] = [
    ['She wrote a book about al-Qaeda in the Arabian Peninsula last year.', [['al-Qaeda in the Arabian Peninsula', 'ORGANIZATION']]],
    ['His neighbours called him Abu Salim.', [['Abu Salim', 'PERSON']]],
    ['Boats waited below the Lahore Barrage.', [['Lahore Barrage', 'LOCATION']]],
    ['Gunmen killed members of the Al bu Harkan tribe.', [['Al bu Harkan tribe', 'ORGANIZATION']]],
    ['A bomb hit the al-Harkani mosque on Friday.', [['al-Harkani', 'LOCATION']]],
    ['Local hospital officials said the toll would rise.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('what the corpus knows of a name beats a preposition of place', () => {
  it('keeps a known surname a person after "of"', () => {
    const knownType = (name: string) => (name === 'assad' ? ('PERSON' as const) : undefined);
    const mentions = extractMentions('Sanctions hit the inner circle of Assad.', realLexicon(), { ...RULES_ONLY, knownType }).mentions;
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Assad', 'PERSON']]);
  });
});

describe('places by their neighbours: lists, place nouns, openers and particles', () => {
  const rows: Row[] = [
    [
      'Floods reached Lyon, Vernaz and Courbelle.',
      [
        ['Lyon', 'LOCATION'],
        ['Vernaz', 'LOCATION'],
        ['Courbelle', 'LOCATION'],
      ],
    ],
    ['Hikers reached the village of Kfar Nadim.', [['Kfar Nadim', 'LOCATION']]],
    ['Climbers camped near Mount Arvel.', [['Mount Arvel', 'LOCATION']]],
    ['A new market opened in al-Qasra.', [['al-Qasra', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('organisation names and head words', () => {
  const rows: Row[] = [
    [
      'Talks between the Government of Canada and the Ontario Provincial Government stalled.',
      [
        ['Government of Canada', 'ORGANIZATION'],
        ['Ontario Provincial Government', 'ORGANIZATION'],
      ],
    ],
    ['Nobody expected such a Government to last.', []],
    ['She quoted the UN Committee of Experts in her speech.', [['UN Committee of Experts', 'ORGANIZATION']]],
    // An outlet's name ('The National') opening an organisation's is no outlet.
    ['Members of The National Justice Movement marched on Friday.', [['National Justice Movement', 'ORGANIZATION']]],
    ['Nurses wheeled the TV past the MRI and CT machines.', []],
    ['Aid parcels were handed out at noon.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a nationality before "city of", "town of" belongs to the place it names', () => {
  const rows: Row[] = [
    ['Tourists filled the Italian town of Amalfi.', [['Italian town of Amalfi', 'LOCATION']]],
    ['She sailed to the Greek island of Hydra.', [['Greek island of Hydra', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('names the mention by the place, with its canonical name when the lexicon knows it', () => {
    const [kyiv] = extractMentions('The train left the Ukrainian city of Kiev.', realLexicon(), RULES_ONLY).mentions;
    expect(kyiv).toMatchObject({ type: 'LOCATION', name: 'Kyiv' });
  });
});

describe('events are not names, but the places in them are', () => {
  const rows: Row[] = [
    [
      'Delegates gathered for the Geneva Conference on Yemen.',
      [
        ['Geneva', 'LOCATION'],
        ['Yemen', 'LOCATION'],
      ],
    ],
    ['The UN Special Envoy de Vries will open the meeting.', [['UN Special Envoy de Vries', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe("an organisation named with its country's possessive is one organisation", () => {
  const rows: Row[] = [
    ["She plays with Finland's acclaimed Philharmonic Orchestra.", [["Finland's acclaimed Philharmonic Orchestra", 'ORGANIZATION']]],
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
    ['The lighthouse stands at 58°12′40″N 6°23′05″W on the cliff.', [['58°12′40″N 6°23′05″W', 'LOCATION']]],
    [
      'Position: 45.76°N 4.84°E, near Lyon.',
      [
        ['45.76°N 4.84°E', 'LOCATION'],
        ['Lyon', 'LOCATION'],
      ],
    ],
    ['It rose 12° in 30 minutes.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('an office named by an organisation or a country, without a name, is a person', () => {
  const rows: Row[] = [
    // An office without a holder is no entity (issue 24); the body that holds it is one.
    ['A Home Office spokesman declined to answer.', [['Home Office', 'ORGANIZATION']]],
    ['A Tory spokesman declined to answer.', [['Tory', 'ORGANIZATION']]],
    ['She wrote to the UK Secretary of State for Health.', [['UK Secretary of State for Health', 'PERSON']]],
    ['The Russian president said yes.', [['Russian', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a title with its portfolio and no name after it names the office holder', () => {
  const rows: Row[] = [
    [
      'As Minister for Latin America, she visited Lima.',
      [
        ['Minister for Latin America', 'PERSON'],
        ['Lima', 'LOCATION'],
      ],
    ],
    ['Minister for Africa Helen Marsh spoke.', [['Helen Marsh', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a lone given name or particle name takes the type of the full name before it', () => {
  const rows: Row[] = [
    [
      'Ingrid Halvorsen chaired the board. Later Ingrid resigned.',
      [
        ['Ingrid Halvorsen', 'PERSON'],
        ['Ingrid', 'PERSON'],
      ],
    ],
    [
      'Abu Salim al-Rashidi founded the cell. Its members still quote al-Rashidi.',
      [
        ['Abu Salim al-Rashidi', 'PERSON'],
        ['al-Rashidi', 'PERSON'],
      ],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('wars named after places, and birthplaces, are not mentions of the places', () => {
  const rows: Row[] = [
    ['Her grandfather served in the Ecuador-Peru War and the Falklands War.', []],
    ['The Chilean-born poet moved to Spain.', [['Spain', 'LOCATION']]],
    [
      'The war between Ecuador and Peru lasted weeks.',
      [
        ['Ecuador', 'LOCATION'],
        ['Peru', 'LOCATION'],
      ],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('offices and the people who hold them', () => {
  it('names "the Omani Foreign Minister, Salma al-Harthy" by its holder, twice', () => {
    const mentions = extractMentions('She greeted the Omani Foreign Minister, Salma al-Harthy, in Madrid.', realLexicon(), RULES_ONLY).mentions;
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Omani Foreign Minister', 'PERSON', 'Salma al-Harthy'],
      ['Salma al-Harthy', 'PERSON', 'Salma al-Harthy'],
      ['Madrid', 'LOCATION', 'Madrid'],
    ]);
  });

  const rows: Row[] = [
    ['He called the Minister of Health of Chile yesterday.', [['Minister of Health of Chile', 'PERSON']]],
    ['She praised several Dutch and US organisations.', [['Dutch and US organisations', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a group word that only qualifies the noun after it leaves the nationality a link', () => {
  const rows: Row[] = [
    [
      'Putin confirmed Russian military involvement.',
      [
        ['Putin', 'PERSON'],
        ['Russian', 'LOCATION'],
      ],
    ],
    ['Two Albanian police officers were injured.', [['Albanian police', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a name after the kind of organisation it is', () => {
  const rows: Row[] = [['The bridge was designed by the firm Kovarsk.', [['Kovarsk', 'ORGANIZATION']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('a name with a lower-case noun for a ruling group or a tribe is one organisation', () => {
  const rows: Row[] = [
    ['Sanctions hit the Vargas regime again.', [['Vargas regime', 'ORGANIZATION']]],
    ["Observers blamed Vargas's brutal regime for the raid.", [["Vargas's brutal regime", 'ORGANIZATION']]],
    ['Talks with the Oduya administration stalled.', [['Oduya administration', 'ORGANIZATION']]],
    [
      'Elders of the Al Harbi tribe met in Tarnova.',
      [
        ['Al Harbi tribe', 'ORGANIZATION'],
        ['Tarnova', 'LOCATION'],
      ],
    ],
    ['Attacks by pro-Vargas forces went on.', [['pro-Vargas forces', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('leaves the person when the document names the leader: the regime is then theirs', () => {
    const mentions = extractMentions('President Luis Vargas spoke. The Vargas regime denied it.', realLexicon(), RULES_ONLY).mentions;
    expect(mentions.map((m) => [m.text, m.type, m.name])).toEqual([
      ['Luis Vargas', 'PERSON', 'Luis Vargas'],
      ['Vargas', 'PERSON', 'Vargas'],
    ]);
  });

  it('names the body by the name and the noun, without possessive or adjective', () => {
    const mentions = extractMentions("Observers blamed Vargas's brutal regime.", realLexicon(), RULES_ONLY).mentions;
    expect(mentions.map((m) => m.name)).toEqual(['Vargas regime']);
  });

  it('leaves the person when a title or an honorific names them', () => {
    expect(table("President Vargas's regime lasted.")).toEqual([['Vargas', 'PERSON']]);
    expect(table("Mr Vargas's government fell.")).toEqual([['Vargas', 'PERSON']]);
  });

  it('does not take an ordinary word opening the sentence for a name', () => {
    expect(table('Military government was imposed in Lima.')).toEqual([['Lima', 'LOCATION']]);
  });

  it('does not take the noun when it only qualifies another noun', () => {
    expect(table('A Vargas government spokesman denied it.')).not.toContainEqual(['Vargas government', 'ORGANIZATION']);
  });
});

describe('context that makes an unknown name a place', () => {
  const rows: Row[] = [
    ['Troops entered rebel-held Tarnova at dawn.', [['Tarnova', 'LOCATION']]],
    [
      'The valley lies between Ostrava to the west and Kovel to the east.',
      [
        ['Ostrava', 'LOCATION'],
        ['Kovel', 'LOCATION'],
      ],
    ],
    ['Shells fell on Dubrava, a village near the border.', [['Dubrava', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('does not read a person sent to a point of the compass as a place', () => {
    expect(table('They sent Maria to the north of the country.')).not.toContainEqual(['Maria', 'LOCATION']);
    expect(table('They sent Oduya to the north of the country.')).not.toContainEqual(['Oduya', 'LOCATION']);
  });

  it('does not read an appositive about a person as a place', () => {
    expect(table('We met Dubrava, a town councillor, yesterday.')).not.toContainEqual(['Dubrava', 'LOCATION']);
  });
});

describe('context that makes an unknown name a person', () => {
  const rows: Row[] = [
    ['The commander, born Oranu Tessadi, fled.', [['Oranu Tessadi', 'PERSON']]],
    ['For 12-year-old Lina the school is a refuge.', [['Lina', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe("an unknown name that a newspaper's ends in is a news outlet", () => {
  const rows: Row[] = [
    ['The Hemburg Times reported the talks.', [['Hemburg Times', 'OUTLET']]],
    [
      'She wrote for the Velmor Herald and the Tarsk Gazette.',
      [
        ['Velmor Herald', 'OUTLET'],
        ['Tarsk Gazette', 'OUTLET'],
      ],
    ],
    // A known place that opens the name.
    ['The Manila Courier covered the vote.', [['Manila Courier', 'OUTLET']]],
    // A place, not a newspaper.
    ['Crowds gathered in Times Square.', [['Times Square', 'LOCATION']]],
    ['Rebels took the Nasib Border Post.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('an armed group named by the Arabic word that opens it', () => {
  const rows: Row[] = [
    ['Jaish al-Tahrir claimed the attack.', [['Jaish al-Tahrir', 'ORGANIZATION']]],
    ['The raid was led by Harakat al-Nour.', [['Harakat al-Nour', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('office holders named in the plural are one body', () => {
  const rows: Row[] = [
    [
      'The Foreign Ministers of Chile and Peru met in Lima.',
      [
        ['Foreign Ministers of Chile and Peru', 'ORGANIZATION'],
        ['Lima', 'LOCATION'],
      ],
    ],
    ['Both Defence Secretaries signed the pact.', [['Defence Secretaries', 'ORGANIZATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('does not make a body of a plural title alone', () => {
    expect(table('Ministers met on Tuesday.')).toEqual([]);
  });
});

describe('a meeting named after two places is an event, not a mention of them', () => {
  const rows: Row[] = [
    ['Both leaders spoke at the Chile-Peru Summit in Lima.', [['Lima', 'LOCATION']]],
    ['The Geneva Conference opened.', [['Geneva', 'LOCATION']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('titles listed before a plural title belong to the same body', () => {
  const rows: Row[] = [['The Interior, Health and Defence Ministers met.', [['Interior, Health and Defence Ministers', 'ORGANIZATION']]]];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe("'of the' inside an organisation's name, after its head word", () => {
  const rows: Row[] = [
    ['Officials at the Velmor Department of the Treasury declined to comment.', [['Velmor Department of the Treasury', 'ORGANIZATION']]],
    [
      'The Velmor Holdings Co of the United States will invest $ 10 million.',
      [
        ['Velmor Holdings Co', 'ORGANIZATION'],
        ['United States', 'LOCATION'],
      ],
    ],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});

describe('the object and the subject of a verb of meeting are people', () => {
  const rows: Row[] = [
    // Sure when nothing after the name makes it a modifier; a guess, which the tagger weighs, when a noun follows.
    ['The minister met Tovanek on Monday.', [['Tovanek', 'PERSON']]],
    ['The minister met Tovanek yesterday.', [['Tovanek', 'PERSON']]],
    ['The envoy thanked Ilsa Marrowby warmly.', [['Ilsa Marrowby', 'PERSON']]],
    // And so is who meets.
    ['Tovan Keleth met the envoy on Monday.', [['Tovan Keleth', 'PERSON']]],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));

  it('is only a guess before a noun it may qualify', () => {
    const analysis = analyse('The minister met Harkmoor executives in the capital.');
    const keys = analysis.tokens.value.map(tokenKey);
    const reading = readByRules(analysis, keys, realLexicon());
    expect(reading.mentions.map((m) => [m.text, m.type, reading.sure.has(m)])).toEqual([['Harkmoor', 'PERSON', false]]);
  });
});

describe('a preposition of place types the name after it', () => {
  const rows: Row[] = [
    ['The convoy stopped in Velmorsk on Monday.', [['Velmorsk', 'LOCATION']]],
    ['The convoy stopped in Velmorsk province on Monday.', [['Velmorsk', 'LOCATION']]],
    // Before a noun the name qualifies, the preposition speaks of the noun: 'Harkmoor' is no place.
    ['Workers marched outside Harkmoor headquarters on Monday.', []],
  ];
  it.each(rows)('%s', (sentence, expected) => expect(table(sentence)).toEqual(expected));
});
