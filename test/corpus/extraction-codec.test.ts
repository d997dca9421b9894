/**
 * An extraction packed by a worker thread and unpacked by the writer is the extraction that was
 * made: every sentence, mention (nationalities with their country included), local entity, and
 * question asked of the corpus with its answer.
 */
import { benchCorpus } from '../../bench/corpus';
import { packExtraction, transferables, unpackExtraction } from '../../server/corpus/extraction-codec';
import { extractAhead } from '../../server/corpus/prior-extraction';
import type { EntityType } from '#model/types';
import { demoArticles, realLexicon } from '../helpers/fixtures';

const lexicon = realLexicon();
const demo = demoArticles().map((a) => a.text);
const known = (name: string): EntityType | undefined => (name.length % 3 === 0 ? 'PERSON' : name.length % 3 === 1 ? undefined : 'LOCATION');

/** A copy as it arrives in another thread, the typed arrays' memory handed over. */
function acrossThreads<T>(value: T, transfer: ArrayBuffer[]): T {
  return structuredClone(value, { transfer });
}

describe('extraction codec', () => {
  it.each([
    ['the demo articles', demo],
    ['bench documents', [...benchCorpus(20, { seed: 5 })].map((d) => d.text)],
  ])('gives back the extraction of %s as it was made', (_name, texts) => {
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      const made = extractAhead(text, lexicon, { nationalities: true }, known);
      const packed = packExtraction(text, made);
      expect(unpackExtraction(text, acrossThreads(packed, transferables(packed)))).toEqual(made);
    }
  });

  it('carries the rarer parts: countries of nationalities, names that differ from the text, unknown answers', () => {
    const text = demo[0];
    const made = extractAhead(text, lexicon, { nationalities: true }, known);
    expect(made.extraction.mentions.some((m) => m.refersTo !== undefined)).toBe(true);
    expect(made.extraction.mentions.some((m) => m.name !== m.text)).toBe(true);
    expect(made.asked.some(([, type]) => type === undefined)).toBe(true);
    expect(made.locals.some((l) => l.reasons.length > 0)).toBe(true);
  });

  it('keeps a mention whose text is not the text between its offsets', () => {
    const text = 'Mr Putin met Mr Assad.';
    const made = extractAhead(text, lexicon, { nationalities: false }, () => undefined);
    made.extraction.mentions[0] = { ...made.extraction.mentions[0], text: 'Vladimir Putin' };
    expect(unpackExtraction(text, packExtraction(text, made))).toEqual(made);
  });

  it('keeps the title written with a mention', () => {
    const text = 'Tory leader Michael Howard spoke.';
    const made = extractAhead(text, lexicon, { nationalities: false }, () => undefined);
    const at = made.extraction.mentions.findIndex((m) => m.name.endsWith('Howard'));
    made.extraction.mentions[at] = { ...made.extraction.mentions[at], title: 'Tory leader' };
    expect(unpackExtraction(text, packExtraction(text, made)).extraction.mentions[at].title).toBe('Tory leader');
  });
});
