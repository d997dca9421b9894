/**
 * A dateline 'NEW YORK (Reuters) -' gives the place and the outlet that reports from it: the
 * outlet in brackets after the place that opens a sentence is reporting, and stays a mention of its own.
 * A dateline 'ST. LOUIS 1996-08-30' or 'LA CORUNA, Spain, Aug 31' names the place the story is filed from.
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

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
/** After the place: a region or country on the same line, then the date ('1996-08-30', 'Aug 31'). */
const DATE_AFTER = new RegExp(`^(?:,[^\\n,]{1,30}){0,2},?[ \\t]+(?:\\d{4}-\\d\\d-\\d\\d|${MONTH})\\b`, 'u');
const LINE_START = /(?:^|\n)[ \t]*$/u;

/** A name in capitals that opens a line before a date is the place of a dateline. */
function isDatelinePlace(analysis: Analysis, m: Mention): boolean {
  const { text } = analysis;
  if (/\p{Ll}/u.test(m.text) || !LINE_START.test(text.slice(Math.max(0, m.begin - 40), m.begin))) return false;
  return DATE_AFTER.test(text.slice(m.end, m.end + 80));
}

export function markDatelineOutlets(analysis: Analysis, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.source !== 'text') return m;
    if (m.type === 'OUTLET') return inDateline(analysis, m) ? { ...m, role: 'reporting' } : m;
    return m.type !== 'LOCATION' && isDatelinePlace(analysis, m) ? { ...m, type: 'LOCATION' } : m;
  });
}
