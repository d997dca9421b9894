/** The bench corpus: the same documents for the same seed, news-sized, with a large variety of names. */
import { benchCorpus, benchDocument, namePools, POOL_SIZES, wordCount } from '../../bench/corpus';

describe('the bench corpus', () => {
  const pools = namePools(1);

  it('gives the same documents for the same seed, and other documents for another seed', () => {
    const a = [...benchCorpus(20, { seed: 1 })];
    const b = [...benchCorpus(20, { seed: 1 })];
    const c = [...benchCorpus(20, { seed: 2 })];
    expect(a).toEqual(b);
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
  });

  it('generates document i alone as it is generated in sequence', () => {
    const sequence = [...benchCorpus(12, { seed: 3 })];
    expect(benchDocument(11, namePools(3), { seed: 3 })).toEqual(sequence[11]);
    expect([...benchCorpus(12, { seed: 3 }, 10)]).toEqual(sequence.slice(10));
  });

  it('writes documents of about the asked number of words, in paragraphs under a headline', () => {
    const docs = [...benchCorpus(200, { seed: 1 })];
    const words = docs.map((d) => wordCount(d.text));
    const mean = words.reduce((a, b) => a + b, 0) / docs.length;
    expect(mean).toBeGreaterThan(450);
    expect(mean).toBeLessThan(550);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(0.8 * 500);
    for (const doc of docs.slice(0, 10)) {
      expect(doc.text.startsWith(`${doc.title}\n\n`)).toBe(true);
      expect(doc.text.split('\n\n').length).toBeGreaterThan(5);
      expect(doc.text).not.toMatch(/\{[A-Za-z]\d?\}/);
    }
    expect([...benchCorpus(5, { seed: 1, words: 100 })].every((d) => wordCount(d.text) < 200)).toBe(true);
  });

  it('draws names from pools of tens of thousands of distinct names', () => {
    const all = [...pools.persons, ...pools.organisations, ...pools.places, ...pools.outlets];
    expect(new Set(all).size).toBe(all.length);
    expect(pools.persons).toHaveLength(POOL_SIZES.persons);
    expect(all.length).toBeGreaterThan(40_000);
  });

  it('reuses a few names often and many names rarely', () => {
    const text = [...benchCorpus(300, { seed: 1 }, 0, pools)].map((d) => d.text).join('\n');
    const used = pools.persons.filter((name) => text.includes(name));
    expect(used.length).toBeGreaterThan(2000);
    const counts = used.map((name) => text.split(name).length - 1).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]);
  });
});
