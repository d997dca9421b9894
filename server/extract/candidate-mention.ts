/** A typed candidate span as the Mention the rest of the pipeline reads: offsets, text, name and role. */
import type { EntityType, Mention } from '#model/types';
import { REPORT_CUES } from './grammar';
import type { Lexicon } from './lexicon';
import type { Analysis } from './nlp';
import { nameKey } from './normalize';
import type { Candidate } from './rules';

export function toMention(analysis: Analysis, keys: readonly string[], c: Candidate & { type: EntityType }, lexicon: Lexicon): Mention {
  const begin = analysis.tokens.begin[c.first];
  const end = analysis.tokens.end[c.last];
  const text = analysis.text.slice(begin, end);
  const mention: Mention = {
    begin,
    end,
    text,
    type: c.type,
    sentence: c.sentence,
    role: c.type === 'OUTLET' && isReporting(analysis, keys, c) ? 'reporting' : 'subject',
    source: 'text',
    name: mentionName(analysis, c, text, lexicon),
  };
  if (c.entry?.refersTo) mention.refersTo = c.entry.refersTo;
  return mention;
}

/**
 * The name a mention stands for: the one given with it (an office's holder), the lexicon's
 * canonical name, the words from nameFirst on (a titled name, an office), or the span's text
 * without a leading title.
 */
function mentionName(analysis: Analysis, c: Candidate, text: string, lexicon: Lexicon): string {
  if (c.name) return c.name;
  if (c.entry) return c.entry.canonical;
  if (c.nameFirst !== undefined) return analysis.text.slice(analysis.tokens.begin[c.nameFirst], analysis.tokens.end[c.last]);
  return cleanName(text, lexicon, c.type);
}

/** A name without the honorific, or a person's without the title, a tokenizer may have left inside it ('the Premier League' keeps its first word). */
export function cleanName(text: string, lexicon: Lexicon, type: EntityType | undefined): string {
  const words = text.split(/\s+/);
  const opensName = (word: string) => lexicon.honorifics.has(nameKey(word)) || (type === 'PERSON' && lexicon.titles.has(nameKey(word)));
  while (words.length > 1 && opensName(words[0])) words.shift();
  return words.join(' ');
}

/**
 * An outlet is reporting when the words around it attribute something to it ('Reuters reported',
 * 'according to the Telegraph', 'as quoted by RIA Novosti news agency', a photo credit 'Reuters/…').
 */
function isReporting(analysis: Analysis, keys: readonly string[], c: Candidate): boolean {
  const sentence = analysis.sentences[c.sentence];
  const from = Math.max(sentence.first, c.first - 4);
  const to = Math.min(sentence.last, c.last + 4);
  for (let j = from; j <= to; j++) {
    if (j >= c.first && j <= c.last) continue;
    if (REPORT_CUES.has(keys[j])) return true;
  }
  // A photo credit: 'Reuters/Sergei Karpukhin'.
  return c.last + 1 <= sentence.last && analysis.tokens.value[c.last + 1] === '/';
}
