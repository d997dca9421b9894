/**
 * All-capital headline words are not entities when they are a topic slug: 'SOCCER - ROMANIA BEAT
 * LITHUANIA' and 'CRICKET - LEICESTERSHIRE …' open with the desk's subject, then a dash.
 */
import type { Mention } from '#model/types';
import type { Analysis } from '../nlp';

const DASHES = new Set(['-', '–', '—']);

function isSlug(analysis: Analysis, m: Mention): boolean {
  const { begin, value } = analysis.tokens;
  const sentence = analysis.sentences[m.sentence];
  const first = sentence.first;
  if (begin[first] !== m.begin || m.text !== m.text.toUpperCase() || m.text.includes(' ')) return false;
  return first + 1 <= sentence.last && DASHES.has(value[first + 1]) && /\p{Lu}/u.test(m.text);
}

export function dropHeadlineSlugs(analysis: Analysis, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.source !== 'text' || m.type === 'OUTLET' || !isSlug(analysis, m));
}
