/**
 * What the extraction rules share: the candidate span a rule proposes, how sure its type is, and
 * the context every rule reads (the analysed text, the lexicon, the sentence it is in).
 */
import type { EntityType } from '#model/types';
import type { Lexicon, LexiconEntry } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import type { ExtractOptions } from '../options';

/** How sure the typing of a candidate is: lexicon and cues beat shape, shape beats a guess. */
export const enum Evidence {
  Guess = 0,
  Shape = 1,
  /** The name's own head word: 'Ministry', 'Municipality', 'Mount'; for a person, a given name opening it. */
  HeadWord = 2,
  Context = 3,
  Lexicon = 4,
}

export interface TokenRange {
  first: number;
  last: number;
}

export interface Candidate extends TokenRange {
  type: EntityType | undefined;
  evidence: Evidence;
  entry?: LexiconEntry;
  sentence: number;
  /**
   * Where the name starts when the span opens with words that are not part of it ('Russian Foreign
   * Minister Rosa Ibarra'); for an office ('Minister for Latin America') the span's first token.
   */
  nameFirst?: number;
  /** The name the mention stands for when it is not in the span ('the Omani Foreign Minister, Salma al-Harthy'). */
  name?: string;
  /** Typed a place only because a preposition of place stands before it ('from Assad'). */
  byPreposition?: boolean;
  /** A name with the common noun after it ('the Vargas regime'): its type says nothing of the name alone. */
  namedBody?: boolean;
  /** For a body named after a person, the last token of the person's name ('Vargas' of "Vargas's regime"). */
  nameLast?: number;
}

/** A lexicon name found at a token: its entry and its last token. */
export interface LexiconMatch {
  entry: LexiconEntry;
  last: number;
}

/** What a rule reads: the text, its token keys, the sentence being read, the lexicon and the options. */
export interface RuleContext {
  readonly analysis: Analysis;
  /** Each token's lookup key (./normalize tokenKey), '' for punctuation. */
  readonly keys: readonly string[];
  readonly sentence: SentenceRange;
  readonly lexicon: Lexicon;
  readonly options: ExtractOptions;
  /** The run of name tokens starting at i (./names capitalisedRun), worked out once per token. */
  runAt(i: number): TokenRange | undefined;
  /** The lexicon name at i when it is written as one and opens no longer name ('Syrian Arab Army'), once per token. */
  knownNameAt(i: number): LexiconMatch | undefined;
}

/** What a rule decided at a token: a candidate, or a span refused as a name, and where reading goes on. */
export interface RuleOutcome {
  found?: Candidate;
  /** Words read as no name (a title without its holder, 'Monday'): the tagger may not call them one. */
  refused?: TokenRange;
  /** The token the next reading starts at; always after the one read. */
  next: number;
  /** Candidates already found from this token on are part of `found` and give way to it. */
  replacesFrom?: number;
}

/** One rule: what it makes of token i, or undefined when it does not apply there. */
export type Rule = (context: RuleContext, i: number) => RuleOutcome | undefined;
