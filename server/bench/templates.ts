/**
 * The raw material of the bench corpus: sentence structures of news reports (modelled on the
 * demo articles and the development texts, written for this purpose) and the word parts from which
 * large pools of names are generated. Slots in a sentence: {P} a person named in full, {S} a person
 * named again ('Mr Karov'), {T} a title before a name, {O} an organisation, {L} a place, {N} an
 * outlet, {n} a number, {D} a weekday, {M} a month. A digit after a slot ({P2}, {L2}) asks for
 * another entity of the same kind.
 */

export const SENTENCES: readonly string[] = [
  '{P}, the foreign minister of {L}, said on {D} that talks with the {O} would resume next week.',
  '{S} told {N} that the agreement was "a first step" but warned that {n} people had been displaced.',
  'According to {N}, forces loyal to the {O} seized the town of {L} after two days of fighting.',
  'The {O} has repeatedly called for a ceasefire in {L}, where more than {n} civilians have been killed since {M}.',
  '"We will not accept any deal that ignores the people of {L}," {S} said.',
  '{P} met {P2} in {L} to discuss the reconstruction of {L2}.',
  'Officials at the {O} declined to comment on the report.',
  '{S} later added that the {O} had been informed of the decision.',
  'Speaking in {L}, {T} {P} accused the {O} of blocking humanitarian aid.',
  'Earlier this month, the {O} and the {O2} signed a memorandum on border security in {L}.',
  'Analysts said the move strengthens the position of {P} ahead of elections in {L}.',
  'The statement was published by {N} on {D} evening.',
  'Residents of {L} described long queues for bread and fuel as prices rose for a third month.',
  'The {O} said it had documented {n} violations in the {L} region since {M}.',
  '{S} has denied any involvement, {N} reported.',
  'A spokesman for the {O}, {P}, said the convoy had reached {L} safely on {D}.',
  'Diplomats in {L} expect {P} to visit {L2} before the end of the year.',
  'The talks, hosted by the {O}, brought together delegations from {L} and {L2}.',
  'It remains unclear whether the {O} will join the coalition or keep its distance.',
  'In an interview with {N}, {P} said the sanctions had cost the economy billions of dollars.',
  '{S} is expected to meet {P2} and {P3} in {L} on {D}.',
  'Thousands of people fled {L} after the {O} announced a new offensive in the north.',
  'The {T} described the attack on {L} as "a grave violation of international law".',
  'Critics, including {P}, have questioned the legality of the operation.',
  'Last year the {O} accused the {O2} of supplying weapons to fighters in {L}.',
  'The United Nations said aid deliveries to {L} had been suspended because of the fighting.',
  '{P} was appointed {T} in {M}, replacing {P2}, who had held the post for {n} years.',
  '{S} said the government was ready to talk but would not give up its claims over {L}.',
  'The report by the {O} was welcomed by {P}, who called it long overdue.',
  'Fighting near {L} continued overnight, according to local officials quoted by {N}.',
  'Russia and the United States have both said they support a political solution in {L}.',
  '{T} {P} arrived in {L} on {D} for two days of talks with the {O}.',
  'The {O} warned that the situation in {L} could deteriorate rapidly without more funding.',
  '"This is not the time for half measures," {P} told reporters in {L}.',
  'Some {n} families have returned to {L} since the ceasefire, the {O} said.',
  '{S} dismissed the claims as "propaganda" and said the {O} had no evidence.',
  'A senior official at the {O} said the decision would be reviewed in {M}.',
  'The visit by {P} to {L} was the first by a senior official in more than a decade.',
  'Troops from the {O} were deployed to {L} and {L2} on {D}, {N} reported.',
  'The {O} and the {O2} are expected to hold further talks in {L} later this month.',
];

/** Headlines: the first line of a document. */
export const HEADLINES: readonly string[] = [
  '{P} warns of new fighting in {L}',
  '{O} accuses {O2} of breaking ceasefire',
  'Talks in {L} end without agreement',
  '{P} meets {P2} as crisis in {L} deepens',
  'Aid convoy reaches {L} after weeks of delay',
  '{O} announces offensive near {L}',
];

export const TITLES: readonly string[] = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'General', 'Interior Minister', 'Ambassador'];
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Given names (a few dozen common ones; surnames bring the variety). */
export const GIVEN_NAMES: readonly string[] = [
  'Ahmed', 'Alexander', 'Ali', 'Anna', 'Boris', 'Carlos', 'Daniel', 'David', 'Elena', 'Fatima', 'George', 'Hassan', 'Ibrahim',
  'Irina', 'James', 'John', 'Khalid', 'Laura', 'Leila', 'Maria', 'Mark', 'Michael', 'Mohammed', 'Nadia', 'Nikolai', 'Omar',
  'Paul', 'Peter', 'Rami', 'Robert', 'Sarah', 'Sergei', 'Sofia', 'Thomas', 'Viktor', 'William', 'Yusuf', 'Zainab', 'Olga', 'Samir',
];

export const SURNAME_HEADS: readonly string[] = [
  'Al', 'Bar', 'Kar', 'Mor', 'Vel', 'Dan', 'Hal', 'Tor', 'Nad', 'Sel', 'Rab', 'Fen', 'Gor', 'Lum', 'Pav', 'Kos', 'Mir', 'Zar', 'Bel',
  'Dor', 'Har', 'Jor', 'Kal', 'Len', 'Mas', 'Nor', 'Ost', 'Per', 'Quin', 'Ros', 'Sab', 'Tal', 'Ul', 'Var', 'Wen', 'Yus', 'Zel', 'Ash',
  'Cam', 'Drag', 'Esk', 'Fal', 'Grim', 'Hov', 'Ilk', 'Jas', 'Kov', 'Lin',
];
export const SURNAME_MIDDLES: readonly string[] = ['', 'a', 'e', 'i', 'o', 'ar', 'en', 'el', 'im', 'un', 'is', 'ad'];
export const SURNAME_TAILS: readonly string[] = [
  'ov', 'ski', 'ez', 'ani', 'son', 'berg', 'ari', 'ton', 'ham', 'ko', 'adi', 'uk', 'ens', 'as', 'io', 'ley', 'ard', 'ik', 'man', 'ow',
];

export const PLACE_HEADS: readonly string[] = [
  'Ar', 'Bel', 'Cor', 'Dar', 'El', 'Far', 'Gal', 'Hem', 'Is', 'Jab', 'Kir', 'Lor', 'Mar', 'Nar', 'Or', 'Pol', 'Qas', 'Ras', 'Sar', 'Tar',
  'Ur', 'Val', 'Wad', 'Yar', 'Zan', 'Ab', 'Bir', 'Dun', 'Kel', 'Mon',
];
export const PLACE_MIDDLES: readonly string[] = ['', 'a', 'e', 'i', 'an', 'ol', 'um', 'ev', 'ir', 'as'];
export const PLACE_TAILS: readonly string[] = ['ia', 'stan', 'abad', 'grad', 'ville', 'burg', 'oni', 'ara', 'esh', 'ka', 'mir', 'dal', 'ova', 'ton', 'iya'];
/** Some places are written with a head word that marks them as places ('Karel Province'). */
export const PLACE_WORDS: readonly string[] = ['Province', 'District', 'Valley', 'City', 'Region', 'Governorate'];

export const ORG_ADJECTIVES: readonly string[] = [
  'National', 'United', 'Popular', 'Democratic', 'Independent', 'Free', 'Central', 'Southern', 'Northern', 'Eastern', 'Western',
  'Revolutionary', 'Islamic', 'Socialist', 'Liberal', 'Federal', 'Royal', 'Civic', 'Patriotic', 'Progressive',
];
export const ORG_NOUNS: readonly string[] = [
  'Reform', 'Liberation', 'Unity', 'Justice', 'Development', 'Resistance', 'Security', 'Defence', 'Renewal', 'Solidarity',
  'Salvation', 'Labour', 'Trade', 'Energy', 'Relief', 'Human Rights', 'Peace', 'Dignity', 'Freedom', 'Future',
];
export const ORG_HEADS: readonly string[] = [
  'Party', 'Front', 'Movement', 'Council', 'Alliance', 'Union', 'Brigade', 'Commission', 'Agency', 'Foundation', 'Bank',
  'Institute', 'League', 'Coalition', 'Committee',
];

export const OUTLET_TAILS: readonly string[] = ['Times', 'Herald', 'Post', 'Tribune', 'Gazette', 'Observer', 'Courier', 'Chronicle', 'Daily News', 'Telegraph'];
