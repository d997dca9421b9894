/** A worker's extraction as the queue holds it: read back as the extraction it was, or refused with the reason. */
import { extractAhead } from '../../server/corpus/prior-extraction';
import { DEFAULT_EXTRACT_OPTIONS } from '../../server/extract/options';
import { extractionToJson, readExtraction } from '../../server/queue/extraction-json';
import { demoArticles, realLexicon } from '../helpers/fixtures';

const TEXT = demoArticles()[0].text;
const prior = () => extractAhead(TEXT, realLexicon(), DEFAULT_EXTRACT_OPTIONS, () => undefined);
/** The JSON as the queue gives it back: parsed from text, typed arrays become plain arrays. */
const stored = () => JSON.parse(JSON.stringify(extractionToJson(TEXT, prior())));

describe('extractionToJson and readExtraction', () => {
  it('give back the extraction a worker made: mentions, sentences, entities and questions', () => {
    const made = prior();
    expect(made.extraction.mentions.length).toBeGreaterThan(20);
    expect(readExtraction(TEXT, stored())).toEqual(made);
  });

  it('refuse the extraction of another text', () => {
    expect(() => readExtraction(`${TEXT} And more.`, stored())).toThrow('the extraction was made of another text (its content hash differs)');
  });

  it.each([
    ['a field missing', (json: Record<string, unknown>) => delete json.locals, /^malformed extraction: locals/],
    [
      'a mention past the end of the text',
      (json: { mentions: number[] }) => (json.mentions[1] = TEXT.length + 5),
      /^malformed extraction: mention .* out of bounds$/,
    ],
    ['an unknown entity type', (json: { mentions: number[] }) => (json.mentions[3] = 9), /^malformed extraction: mention .* out of bounds$/],
    ['a sentence that does not exist', (json: { mentions: number[] }) => (json.mentions[2] = 10_000), /^malformed extraction: mention .* out of bounds$/],
    ['a cut mention list', (json: { mentions: number[] }) => json.mentions.pop(), /^malformed extraction: /],
    [
      'an unknown merge reason',
      (json: { locals: { reasons: [string, string][] }[] }) => json.locals.find((l) => l.reasons.length > 0)?.reasons.push(['X', 'guess']),
      /^malformed extraction: locals\.\d+\.reasons/,
    ],
  ])('refuse an extraction with %s, saying what is wrong', (_what, spoil, message) => {
    const json = stored();
    spoil(json);
    expect(() => readExtraction(TEXT, json)).toThrow(expect.objectContaining({ name: 'QueueError', message: expect.stringMatching(message) }));
  });
});
