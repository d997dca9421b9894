/**
 * Puts the tagger's entities and the rules' mentions together. The model decides where people,
 * organisations and places are; the rules keep what the model does not learn: outlets (with their
 * reporting role), nationality words, and the canonical names their lexicons give.
 */
import type { Mention } from '../../model/types';
import type { Analysis } from '../nlp';
import type { TaggedType } from './bio';

/** What the rules found: their mentions, and the ones a lexicon or the words around them typed (not shape alone). */
export interface RuleReading {
  mentions: Mention[];
  sure: ReadonlySet<Mention>;
}

export interface TaggedSpan {
  first: number;
  last: number;
  type: TaggedType;
}

function overlaps(a: { begin: number; end: number }, b: { begin: number; end: number }): boolean {
  return a.begin < b.end && b.begin < a.end;
}

/** Mentions kept from the rules whatever the model says: outlets, nationality words and coordinates. */
function rulesOnly(m: Mention): boolean {
  return m.type === 'OUTLET' || m.refersTo !== undefined || COORDINATE.test(m.text);
}

const COORDINATE = /\d\s*[°′″]/u;
/** A word in lower case inside a mention: a description the rules read ('the Syrian people', 'Iraqi forces'), not a bare name. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/** A description the rules found that no model span touches: the model, trained on bare names, does not mark these. */
function describes(m: Mention, spans: readonly { begin: number; end: number }[]): boolean {
  return m.source === 'text' && LOWER_WORD.test(m.text) && !spans.some((s) => overlaps(s, m));
}

/** A span with no capitalised token is no name ('°', 'm3'). */
function hasCapital(analysis: Analysis, span: TaggedSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (analysis.tokens.capital[i]) return true;
  return false;
}

/**
 * One mention list from the model's spans and the rules' mentions: a span the rules found with the
 * same bounds keeps the rules' name, with the model's type; an outlet, a nationality word or a
 * mention the rules typed by a lexicon or by its context wins over a span that overlaps it.
 */
export function mergeWithRules(analysis: Analysis, spans: readonly TaggedSpan[], reading: RuleReading, nameOf: (text: string) => string): Mention[] {
  const rules = reading.mentions;
  const kept = rules.filter((m) => rulesOnly(m) || reading.sure.has(m));
  const named = spans.filter((span) => hasCapital(analysis, span));
  const bounds = named.map((span) => ({ begin: analysis.tokens.begin[span.first], end: analysis.tokens.end[span.last] }));
  // A longer mention of the rules that holds the model's names keeps its reading ('Minister for the Middle East Tobias Ellwood').
  const wider = rules.filter((m) => !kept.includes(m) && m.source === 'text' && bounds.some((b) => overlaps(b, m)) && bounds.every((b) => !overlaps(b, m) || (m.begin <= b.begin && b.end <= m.end && m.end - m.begin > b.end - b.begin)));
  kept.push(...wider);
  const out: Mention[] = [...kept, ...rules.filter((m) => !kept.includes(m) && describes(m, bounds))];
  named.forEach((span, k) => {
    const at = bounds[k];
    const { begin, end } = at;
    if (kept.some((m) => overlaps(m, at))) return;
    const same = rules.find((m) => m.begin === begin && m.end === end && m.source === 'text');
    if (same) {
      // A name the rules read apart from its span (a title before it, a lexicon's canonical name) keeps their type.
      out.push(same.name === same.text ? { ...same, type: span.type } : same);
      return;
    }
    const text = analysis.text.slice(begin, end);
    out.push({ begin, end, text, type: span.type, sentence: analysis.tokens.sentence[span.first], role: 'subject', source: 'text', name: nameOf(text) });
  });
  return [...out, ...laterSurnames(analysis, out)].sort((a, b) => a.begin - b.begin);
}

/** Words that repeat the last word of a person named before them ('Pedersen' after 'Geir Pedersen'): the model, reading a sentence at a time, may miss them. */
function laterSurnames(analysis: Analysis, found: readonly Mention[]): Mention[] {
  const { value, begin, end, capital, sentence } = analysis.tokens;
  const people = found.filter((m) => m.type === 'PERSON' && m.source === 'text' && m.text.includes(' '));
  const out: Mention[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!capital[i]) continue;
    const at = { begin: begin[i], end: end[i] };
    if (found.some((f) => overlaps(f, at)) || !people.some((p) => p.end <= at.begin && p.text.endsWith(` ${value[i]}`))) continue;
    out.push({ ...at, text: value[i], type: 'PERSON', sentence: sentence[i], role: 'subject', source: 'text', name: value[i] });
  }
  return out;
}
