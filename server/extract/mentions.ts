/**
 * Finds the named-entity mentions of a text: people, organisations, places and news outlets. The
 * rules (./rules) propose typed spans and one type per name (./unify-types); the learned tagger
 * (./tagger) reads the text with them, the naming rules (./naming) clean the names, and
 * ./attribution adds the mentions a text implies (the speaker of a quote, 'he said').
 */
import type { EntityType, Mention, Sentence } from '#model/types';
import { attributeSpeakers } from './attribution';
import { cleanName, toMention } from './candidate-mention';
import { findCoordinates } from './coordinates';
import type { Lexicon } from './lexicon';
import { applyNamingRules } from './naming';
import { analyse, type Analysis } from './nlp';
import { tokenKey } from './normalize';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from './options';
import { Evidence, findCandidates, type Candidate, type TokenRange } from './rules';
import { defaultTagger, tagMentions, type RuleReading } from './tagger';
import { unifyTypes } from './unify-types';

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  words: number;
}

export function extractMentions(text: string, lexicon: Lexicon, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Extraction {
  const analysis = analyse(text);
  const keys = analysis.tokens.value.map(tokenKey);
  const reading = readByRules(analysis, keys, lexicon, options);
  const decoder = options.tagger ?? 'greedy';
  const tagged =
    decoder === 'off'
      ? reading.mentions
      : tagMentions(analysis, keys, lexicon, reading, defaultTagger(), decoder, (name, type) => cleanName(name, lexicon, type));
  const found = applyNamingRules(analysis, tagged, lexicon);
  const sentences: Sentence[] = analysis.sentences.map(({ index, paragraph, begin, end }) => ({ index, paragraph, begin, end }));
  return { sentences, mentions: attributeSpeakers(analysis, keys, found, lexicon.genders), words: analysis.words };
}

export function readByRules(analysis: Analysis, keys: readonly string[], lexicon: Lexicon, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): RuleReading {
  const candidates: Candidate[] = [];
  const refused: TokenRange[] = [];
  for (const sentence of analysis.sentences) {
    candidates.push(...findCandidates(analysis, keys, sentence, lexicon, options, refused));
  }
  unifyTypes(keys, candidates, options.knownType);
  const sure = new Set<Mention>();
  const fromLexicon = new Set<Mention>();
  const countries = new Set<Mention>();
  const byHeadWord = new Set<Mention>();
  const byGivenName = new Set<Mention>();
  const mentions = candidates
    .filter((c): c is Candidate & { type: EntityType } => c.type !== undefined)
    .map((c) => {
      const mention = toMention(analysis, keys, c, lexicon);
      if (c.evidence >= Evidence.Context) sure.add(mention);
      if (c.evidence === Evidence.Lexicon) fromLexicon.add(mention);
      if (c.evidence === Evidence.Lexicon && c.entry?.kind === 'country') countries.add(mention);
      if (c.evidence === Evidence.HeadWord && c.type !== 'PERSON') byHeadWord.add(mention);
      if (c.evidence === Evidence.HeadWord && c.type === 'PERSON') byGivenName.add(mention);
      return mention;
    });
  mentions.push(...coordinateMentions(analysis, mentions));
  return { mentions: mentions.sort((a, b) => a.begin - b.begin), sure, fromLexicon, countries, byHeadWord, byGivenName, refused };
}

/** Coordinates in the text that no name mention already covers, as place mentions. */
function coordinateMentions(analysis: Analysis, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const { begin, end } of findCoordinates(analysis.text)) {
    if (found.some((m) => m.begin < end && begin < m.end)) continue;
    const sentence = analysis.sentences.find((s) => s.begin <= begin && begin < s.end) ?? analysis.sentences[analysis.sentences.length - 1];
    if (!sentence) continue;
    const text = analysis.text.slice(begin, end);
    out.push({ begin, end, text, type: 'LOCATION', sentence: sentence.index, role: 'subject', source: 'text', name: text });
  }
  return out;
}
