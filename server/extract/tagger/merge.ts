/**
 * Puts the tagger's entities and the rules' mentions together. The model decides where people,
 * organisations and places are; the rules keep what the model does not learn: outlets (with their
 * reporting role), nationality words, and the canonical names their lexicons give.
 */
import type { Mention } from '../../model/types';
import type { Analysis } from '../nlp';
import type { TaggedType } from './bio';

export interface TaggedSpan {
  first: number;
  last: number;
  type: TaggedType;
}

function overlaps(a: { begin: number; end: number }, b: { begin: number; end: number }): boolean {
  return a.begin < b.end && b.begin < a.end;
}

/** Mentions kept from the rules whatever the model says: outlets and nationality words. */
function rulesOnly(m: Mention): boolean {
  return m.type === 'OUTLET' || m.refersTo !== undefined;
}

/**
 * One mention list from the model's spans and the rules' mentions: a span the rules found with the
 * same bounds keeps the rules' name, with the model's type; an outlet or nationality word found by
 * the rules wins over a span that overlaps it.
 */
export function mergeWithRules(analysis: Analysis, spans: readonly TaggedSpan[], rules: readonly Mention[], nameOf: (text: string) => string): Mention[] {
  const kept = rules.filter(rulesOnly);
  const out: Mention[] = [...kept];
  for (const span of spans) {
    const begin = analysis.tokens.begin[span.first];
    const end = analysis.tokens.end[span.last];
    const at = { begin, end };
    if (kept.some((m) => overlaps(m, at))) continue;
    const same = rules.find((m) => m.begin === begin && m.end === end && m.source === 'text');
    if (same) {
      out.push({ ...same, type: span.type });
      continue;
    }
    const text = analysis.text.slice(begin, end);
    out.push({ begin, end, text, type: span.type, sentence: analysis.tokens.sentence[span.first], role: 'subject', source: 'text', name: nameOf(text) });
  }
  return out.sort((a, b) => a.begin - b.begin);
}
