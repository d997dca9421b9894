/** The eval report: one plain-text table of the scorer's figures and the speed line. */
import { formatTable } from '../../eval/table';

describe('formatTable', () => {
  it('prints a row per set with P, R and F1, B³ for the seeds, and the two speeds', () => {
    const table = formatTable({
      rows: [
        { label: 'seeds', figures: { precision: 0.975, recall: 1, f1: 0.987 }, bcubed: { precision: 1, recall: 0.99, f1: 0.997 } },
        { label: 're3d pooled', figures: { precision: 0.8, recall: 0.7, f1: 0.747 } },
      ],
      speed: { words: 1000, extractWordsPerSecond: 50000, readDocWordsPerSecond: 100000 },
    });
    expect(table).toMatch(/seeds\s+97\.5\s+100\.0\s+98\.7\s+99\.7/);
    expect(table).toMatch(/re3d pooled\s+80\.0\s+70\.0\s+74\.7\s*$/m);
    expect(table).toContain('extract 50000 words/s, wink-nlp readDoc 100000 words/s (extract at 0.50× readDoc)');
  });
});
