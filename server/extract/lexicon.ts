/**
 * Lexicons: the general knowledge the extractor relies on, read from data files that a user can
 * extend (data/lexicons/README.md). Phrases are tokenised with the same wink-nlp tokenizer as the
 * documents, so that a lexicon phrase and the text agree on what a token is ('People's', 'U.S.').
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityType } from '#model/types';
import { nlp } from './nlp';
import { nameKey, tokenKey } from './normalize';

/** What a lexicon phrase stands for. */
export interface LexiconEntry {
  type: EntityType;
  /** The canonical name of the entity ('Islamic State of Iraq and the Levant' for 'Isis'). */
  canonical: string;
  /** For a nationality word, the country's canonical name. */
  refersTo?: string;
  kind: 'country' | 'demonym' | 'place' | 'outlet' | 'organization';
  /** Short all-capital forms (US, UN, IS) only match in capitals, so that 'us' or 'Is' never do. */
  capitalsOnly: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: LexiconEntry;
}

export interface Lexicon {
  /** Longest phrase starting at `from` in the token keys; skipped tokens (hyphens) are walked over. */
  match(keys: readonly string[], from: number, limit: number): { entry: LexiconEntry; last: number } | undefined;
  /** Whether a phrase opens with this token key: most words open none, and match finds nothing at them. */
  opensPhrase(key: string): boolean;
  /** The entry of a whole name, if the lexicon knows it. */
  lookup(name: string): LexiconEntry | undefined;
  honorifics: Set<string>;
  titles: Set<string>;
  /** The longest title in tokens, so that matching can stop early. */
  titleLength: number;
  /** Every title and honorific and each of their openings ('prime' of 'prime minister'), so that matching stops at a word that opens none. */
  cueOpenings: Set<string>;
  /** Every title and each of its endings ('minister' of 'prime minister'), so that a search backwards stops at a word that ends none. */
  titleEndings: Set<string>;
  roles: Set<string>;
  givenNames: Set<string>;
  orgWords: Set<string>;
  locationWords: Set<string>;
  notNames: Set<string>;
  /** Nouns that make a nationality word the start of a group's name ('Chilean forces'): heads and the modifiers before them. */
  groupHeads: Set<string>;
  groupModifiers: Set<string>;
  /** Religious and ethnic adjectives that open a group's name as a nationality word does ('Druze militiamen'). */
  groupAdjectives: Set<string>;
  /** Titles and given names that say a person is a woman or a man (name keys: 'mrs', 'theresa'). */
  genders: Map<string, Gender>;
}

export type Gender = 'female' | 'male';

function readLines(file: string): string[][] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((field) => field.trim()));
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Token keys of a phrase as wink-nlp tokenises it, without the tokens that normalise to nothing. */
export function phraseKeys(phrase: string): string[] {
  const engine = nlp();
  const values = engine.readDoc(phrase).tokens().out(engine.its.value) as string[];
  return values.map(tokenKey).filter(Boolean);
}

/**
 * A title's token keys as running text gives them: a hyphen keeps its token, which has no key
 * ('Secretary-General' → 'secretary', '', 'general'), so that the title is matched token by token.
 */
function cueKeys(cue: string, keysOf: (phrase: string) => string[]): string[] {
  if (!cue.includes('-')) return keysOf(cue);
  const engine = nlp();
  const values = engine.readDoc(cue).tokens().out(engine.its.value) as string[];
  return values.flatMap((v) => (v === '-' ? [''] : [tokenKey(v)].filter(Boolean)));
}

function isCapitalsOnly(phrase: string): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length <= 3 && letters === letters.toUpperCase();
}

/** Each phrase's openings or endings by whole words, itself included ('prime minister' → 'prime' or 'minister', and 'prime minister'). */
function wordRuns(phrases: Iterable<string>, at: 'start' | 'end'): Set<string> {
  const found = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let n = 1; n <= words.length; n++) found.add((at === 'start' ? words.slice(0, n) : words.slice(words.length - n)).join(' '));
  }
  return found;
}

/**
 * `tokenised`: the token keys of phrases, by phrase, as phraseKeys gives them; those missing are
 * worked out and added. Tokenising the phrases is most of the loading, and a worker thread given
 * the map its parent filled loads the same lexicon without it.
 */
export function loadLexicon(dir: string, tokenised = new Map<string, string[]>()): Lexicon {
  const keysOf = (phrase: string): string[] => {
    let keys = tokenised.get(phrase);
    if (!keys) tokenised.set(phrase, (keys = phraseKeys(phrase)));
    return keys;
  };
  const file = (name: string) => path.join(dir, name);
  const { root, byName } = readNames(file, keysOf);
  const words = (name: string, lower = true): Set<string> =>
    new Set(
      readLines(file(name))
        .map(([w]) => (lower ? nameKey(w) : w))
        .filter(Boolean),
    );
  const cues = readLines(file('person-cues.tsv'));
  const cueSet = (kind: string) => new Set(cues.filter(([, k]) => k === kind).map(([cue]) => cueKeys(cue, keysOf).join(' ')));
  const titles = cueSet('title');
  const honorifics = cueSet('honorific');
  const groups = readLines(file('group-nouns.tsv'));
  const groupSet = (kind: string) => new Set(groups.filter(([, k]) => k === kind).map(([noun]) => nameKey(noun)));

  return {
    match: (keys, from, limit) => longestMatch(root, keys, from, limit),
    opensPhrase: (key) => root.next.has(key),
    lookup: (name) => byName.get(tokenKey(name)),
    honorifics,
    titles,
    titleLength: Math.max(1, ...[...titles].map((t) => t.split(' ').length)),
    cueOpenings: wordRuns([...titles, ...honorifics], 'start'),
    titleEndings: wordRuns(titles, 'end'),
    roles: cueSet('role'),
    givenNames: words('given-names.txt'),
    orgWords: words('org-words.txt'),
    locationWords: words('location-words.txt'),
    notNames: words('not-names.txt'),
    groupHeads: groupSet('head'),
    groupModifiers: groupSet('modifier'),
    groupAdjectives: groupSet('adjective'),
    genders: new Map(
      readLines(file('genders.tsv')).flatMap(([word, gender]): [string, Gender][] =>
        gender === 'female' || gender === 'male' ? [[nameKey(word), gender]] : [],
      ),
    ),
  };
}

/** The names of the lexicon's files, in a trie of token keys and by name, each typed by the file it comes from. */
function readNames(file: (name: string) => string, keysOf: (phrase: string) => string[]): { root: TrieNode; byName: Map<string, LexiconEntry> } {
  const root: TrieNode = { next: new Map() };
  const byName = new Map<string, LexiconEntry>();
  const add = (phrase: string, entry: Omit<LexiconEntry, 'capitalsOnly'>): void => {
    const keys = keysOf(phrase);
    if (keys.length === 0) return;
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first file to claim a phrase keeps it: files are read in order of priority below.
    if (node.entry) return;
    node.entry = { ...entry, capitalsOnly: isCapitalsOnly(phrase) };
    if (!byName.has(nameKey(phrase))) byName.set(nameKey(phrase), node.entry);
  };
  for (const [name, aliases] of readLines(file('outlets.tsv'))) {
    for (const phrase of [name, ...list(aliases)]) add(phrase, { type: 'OUTLET', canonical: name, kind: 'outlet' });
  }
  for (const [name, aliases] of readLines(file('organizations.tsv'))) {
    for (const phrase of [name, ...list(aliases)]) add(phrase, { type: 'ORGANIZATION', canonical: name, kind: 'organization' });
  }
  // A party's member words ('Tory', 'Lib Dem') stand for the party: after the names so that these keep their own.
  for (const [word, party] of readLines(file('party-members.tsv'))) {
    if (party) add(word, { type: 'ORGANIZATION', canonical: party, kind: 'organization' });
  }
  const countries = readLines(file('countries.tsv'));
  for (const [name, aliases] of countries) {
    for (const phrase of [name, ...list(aliases)]) add(phrase, { type: 'LOCATION', canonical: name, kind: 'country' });
  }
  for (const [name, , demonyms] of countries) {
    for (const phrase of list(demonyms)) add(phrase, { type: 'LOCATION', canonical: name, refersTo: name, kind: 'demonym' });
  }
  for (const [, , , capital] of countries) {
    for (const phrase of list(capital)) add(phrase, { type: 'LOCATION', canonical: phrase, kind: 'place' });
  }
  for (const [name, aliases] of readLines(file('places.tsv'))) {
    for (const phrase of [name, ...list(aliases)]) add(phrase, { type: 'LOCATION', canonical: name, kind: 'place' });
  }
  return { root, byName };
}

/** The longest name in the trie that starts at token `from` and ends by `limit`; a space token may not open one. */
function longestMatch(root: TrieNode, keys: readonly string[], from: number, limit: number): { entry: LexiconEntry; last: number } | undefined {
  let node: TrieNode | undefined = root;
  let best: { entry: LexiconEntry; last: number } | undefined;
  for (let i = from; i <= limit && node; i++) {
    if (keys[i] === '') {
      if (i === from) return undefined;
      continue;
    }
    node = node.next.get(keys[i]);
    if (node?.entry) best = { entry: node.entry, last: i };
  }
  return best;
}
