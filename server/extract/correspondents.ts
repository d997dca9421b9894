/**
 * An e-mail's correspondents in its extraction: each name in its From, To or Cc line becomes a
 * PERSON mention with the role `correspondent`, and each sentence of the body that names a person
 * gains an inferred mention of every correspondent, as a quotation gains its speaker
 * (./attribution), so that the correspondents are linked to the people the e-mail names.
 */
import type { Correspondent, Mention } from '#model/types';
import type { Extraction } from './mentions';

export function withCorrespondents(extraction: Extraction, correspondents: readonly Correspondent[], text: string): Extraction {
  if (correspondents.length === 0) return extraction;
  const overlaps = (m: Mention): boolean => correspondents.some((c) => m.begin < c.end && c.begin < m.end);
  const sentenceAt = (offset: number): number => extraction.sentences.find((s) => s.begin <= offset && offset < s.end)?.index ?? 0;
  const kept = extraction.mentions.filter((m) => !overlaps(m));
  const written: Mention[] = correspondents.map((c) => ({
    begin: c.begin,
    end: c.end,
    text: text.slice(c.begin, c.end),
    type: 'PERSON',
    sentence: sentenceAt(c.begin),
    role: 'correspondent',
    source: 'text',
    name: c.name,
  }));
  const headerSentences = new Set(written.map((m) => m.sentence));
  const names = [...new Set(correspondents.map((c) => c.name))];
  const naming = new Set(kept.filter((m) => m.type === 'PERSON' && m.role === 'subject' && !headerSentences.has(m.sentence)).map((m) => m.sentence));
  const inferred: Mention[] = extraction.sentences
    .filter((s) => naming.has(s.index))
    .flatMap((s) =>
      names.map((name): Mention => ({
        begin: s.begin,
        end: s.begin,
        text: '',
        type: 'PERSON',
        sentence: s.index,
        role: 'subject',
        source: 'correspondent',
        name,
      })),
    );
  const mentions = [...kept, ...written, ...inferred].sort((a, b) => a.begin - b.begin || a.end - b.end);
  return { ...extraction, mentions };
}
