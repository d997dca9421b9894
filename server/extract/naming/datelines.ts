/**
 * A dateline 'NEW YORK (Reuters) -' gives the place and the outlet that reports from it: the
 * outlet in brackets after the place that opens a sentence is reporting, and stays a mention of its own.
 */
import type { Mention } from '#model/types';
import type { Analysis } from '../nlp';

function inDateline(analysis: Analysis, m: Mention): boolean {
  const { begin, end, value } = analysis.tokens;
  const at = begin.indexOf(m.begin);
  const last = end.indexOf(m.end);
  const sentence = analysis.sentences[m.sentence];
  if (at <= sentence.first || last < 0 || value[at - 1] !== '(' || value[last + 1] !== ')') return false;
  // Only a place may stand before the bracket: the dateline opens the sentence.
  return at - 1 > sentence.first && value.slice(sentence.first, at - 1).every((v) => v === v.toUpperCase() || v === ',');
}

export function markDatelineOutlets(analysis: Analysis, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => (m.type === 'OUTLET' && m.source === 'text' && inDateline(analysis, m) ? { ...m, role: 'reporting' } : m));
}
