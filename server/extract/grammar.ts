/**
 * Closed classes of English words that the extractor reads as context. These are grammar, not
 * world knowledge, so they live in code; names and cues that users extend live in data/lexicons.
 */

/** Verbs that attribute speech or a report to their subject ('Mr Putin said', 'Reuters reported'). */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'replied',
  'asked',
  'stated',
  'insisted',
  'argued',
  'claimed',
  'warned',
  'explained',
  'noted',
  'wrote',
  'writes',
  'declared',
  'announced',
  'confirmed',
  'denied',
  'admitted',
  'suggested',
  'urged',
  'stressed',
  'recalled',
  'continued',
  'acknowledged',
  'commented',
  'remarked',
  'quoted',
  'reported',
  'reports',
  'cited',
  'according',
]);

/** Verbs whose object is most often a person ('met Putin', 'thanked Merkel'): a weak cue, which the tagger learns to weigh. */
export const PERSON_OBJECT_VERBS = new Set([
  'met',
  'meets',
  'meeting',
  'thanked',
  'praised',
  'criticised',
  'criticized',
  'accused',
  'congratulated',
  'telephoned',
  'phoned',
  'interviewed',
  'sacked',
  'appointed',
  'succeeded',
  'replaced',
]);

/** Words near an outlet that mark it as the source of a report rather than a participant. */
export const REPORT_CUES = new Set([
  'reported',
  'reports',
  'report',
  'reporting',
  'said',
  'says',
  'quoted',
  'quoting',
  'quotes',
  'cited',
  'citing',
  'according',
  'told',
  'wrote',
  'writes',
  'published',
  'broadcast',
  'aired',
  'interview',
  'agency',
  'newspaper',
  'daily',
  'channel',
  'correspondent',
  'photo',
  'credit',
  'via',
  'source',
  'sources',
]);

/** Prepositions after which a bare name is most often a place ('in Ufa', 'from Lyon'). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'into',
  'towards',
  'toward',
  'through',
  'throughout',
  'around',
  'to',
  'via',
  'within',
]);

/** Nouns for settlements and areas: 'the village of Borrowdene' names a place. */
export const PLACE_NOUNS = new Set([
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'cities',
  'district',
  'province',
  'governorate',
  'region',
  'suburb',
  'neighbourhood',
  'neighborhood',
  'island',
  'port',
  'camp',
  'area',
]);

/** Capitalised words that open the name of a place ('Mount Kenya', 'Lake Victoria'). */
export const PLACE_OPENERS = new Set(['mount', 'mt', 'lake', 'cape', 'wadi', 'jebel', 'jabal']);

/** Lower-case particles that may sit inside a name ('Bashar al-Assad', 'Ministry of Defence'). */
export const NAME_PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'as',
  'ash',
  'ar',
  'bin',
  'ibn',
  'bint',
  'abu',
  // 'Al bu Nimr', the Iraqi tribes' short form of 'abu'.
  'bu',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'y',
  'ez',
  'es',
  'al-',
]);

/** Connectors inside organisation and place names; 'and' only where a name already has 'of'. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on']);

/** Words that join the parts of a titled or descriptive name ('East End of London'), never the parts of a person's. */
export const DESCRIPTIVE_CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'against']);

/** Personal pronouns that can stand for a person in an attribution ('he said'). */
export const PERSON_PRONOUNS = new Set(['he', 'she']);

/** Quotation marks, straight and typographic. */
export const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

/** Capitalised words that open the names of events and campaigns rather than of entities. */
export const EVENT_WORDS = new Set(['operation', 'battle', 'siege', 'campaign', 'war', 'conference', 'summit', 'day', 'year']);

/** The last word of a law's name ('the Prevention of Terrorism Bill', 'the Human Rights Act'): a law is no entity, nor is 'the Bill'. */
export const LAW_HEADS = new Set([
  'bill',
  'act',
  'resolution',
  'resolutions',
  'treaty',
  'accord',
  'accords',
  'protocol',
  'convention',
  'conventions',
  'constitution',
]);

/** Parts of speech a word of a name may have: in a headline in capitals, a verb or a preposition ends the name ('CHELSEA BEAT LEEDS'). */
export const NAME_PARTS_OF_SPEECH = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

/** Nouns for a country's ground, air and sea: after its adjective they name the country as a place ('Syrian territory', 'the Turkish border'). */
export const TERRITORY_NOUNS = new Set(['territory', 'airspace', 'border', 'frontier', 'soil', 'waters', 'coastline', 'mainland']);

/**
 * Buildings and grounds people go to: a name that ends in one is a place ('the National Tennis
 * Centre', 'Al Assad University Hospital'), though most of them are also organisation head words
 * when they open a name ('Centre for Strategic Studies').
 */
export const BUILDING_HEADS = new Set(['hospital', 'clinic', 'centre', 'center', 'hotel', 'motel', 'mosque', 'church', 'cathedral', 'stadium']);

/**
 * Lower-case nouns that, after a name, make one organisation of the name and the noun: a ruling
 * group named after its leader ('the Vargas regime', 'the Oduya administration') or a tribe or clan
 * named after its ancestor ('the Al Harb tribe').
 */
export const NAMED_BODY_NOUNS = new Set(['regime', 'administration', 'government', 'tribe', 'clan']);

/**
 * Words that end the names of newspapers ('the Hemburg Times', 'the Kathmandu Post'): a name of two
 * words or more that ends in one is a news outlet's, when the outlet lexicon does not know it.
 * Words that end other names as often are left out: 'News', 'Star', 'Sun', 'Mirror', and titles
 * ('Permanent Observer', 'Medical Examiner').
 */
export const OUTLET_HEADS = new Set(['times', 'post', 'herald', 'gazette', 'tribune', 'journal', 'chronicle', 'courier', 'inquirer', 'telegraph']);

/** Words for an outlet's arms ('Reuters Television', 'BBC Radio'): an outlet's name before them is still the outlet's. */
export const MEDIUM_WORDS = new Set(['television', 'tv', 'radio', 'news', 'network', 'channel', 'service', 'agency', 'press', 'wire', 'online', 'magazine']);

/** Words before 'Post' that make it a place or a unit's, not a newspaper ('the Nasib Border Post'). */
export const NOT_OUTLET_POSTS = new Set(['border', 'frontier', 'observation', 'command', 'police', 'army', 'military', 'guard', 'trading', 'customs']);

/** Arabic words that open the names of armed groups and movements ('Jaish al-Islam', 'Harakat Hazm'). */
export const ORGANISATION_OPENERS = new Set(['jaish', 'jaysh', 'jabhat', 'harakat', 'liwa', 'kataib', 'katibat', 'saraya', 'hizb', 'jamaat', 'ansar']);

/** Participles that, after a hyphen, say who holds a place ('rebel-held Tarnova', 'army-controlled'). */
export const HOLDING_PARTICIPLES = new Set(['held', 'controlled', 'occupied', 'besieged']);

/** Points of the compass: 'Tarnova to the north' names a place. */
export const COMPASS_POINTS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);
