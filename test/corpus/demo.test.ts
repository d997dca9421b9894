/**
 * The demo corpus as an analyst first sees it: the two built-in articles ingested into a real
 * SQLite store. These are the product's promises for a fresh start.
 */
import { execFileSync } from 'node:child_process';
import { openCorpus, type Corpus } from '../../server/corpus';
import type { DocumentInput } from '#model/types';
import { demoArticles, demoDocuments } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

function demoInputs(): DocumentInput[] {
  return demoDocuments();
}

describe('the demo corpus', () => {
  let corpus: Corpus;
  const nodeIds = (label: string) =>
    corpus
      .graph()
      .nodes.filter((n) => n.attributes.label === label)
      .map((n) => n.key);

  beforeAll(() => {
    corpus = openCorpus({ dbPath: freshStore() });
    const outcomes = corpus.ingest(demoInputs());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);
  });
  afterAll(() => corpus.close());

  it.each(['Vladimir Putin', 'Bashar al-Assad', 'Barack Obama'])('has exactly one node for %s, a person', (label) => {
    const ids = nodeIds(label);
    expect(ids).toHaveLength(1);
    expect(corpus.entity(ids[0]).type).toBe('PERSON');
  });

  it('has no separate node for a surname of those people', () => {
    for (const surname of ['Putin', 'Assad', 'Obama']) expect(nodeIds(surname)).toEqual([]);
  });

  it('has one node for Isil whose aliases include ISIS, Isis, Isil and its full name', () => {
    const isil = corpus.graph().nodes.filter((n) => corpus.entity(n.key).aliases.some((a) => a.name === 'Isil'));
    expect(isil).toHaveLength(1);
    const aliases = corpus.entity(isil[0].key).aliases.map((a) => a.name);
    expect(aliases).toEqual(expect.arrayContaining(['ISIS', 'Isis', 'Isil', 'Islamic State of Iraq and the Levant']));
    expect(isil[0].attributes.type).toBe('ORGANIZATION');
  });

  it.each(['Reuters', 'RIA Novosti', 'The Daily Telegraph', 'The Guardian', 'Yedioth Ahronoth'])('types %s as an OUTLET', (label) => {
    const outlet = corpus.graph().nodes.find((n) => n.attributes.label === label);
    expect(outlet?.attributes.type).toBe('OUTLET');
  });

  it('shows the Putin–Obama link with evidence sentences from both articles', () => {
    const [putin] = nodeIds('Vladimir Putin');
    const [obama] = nodeIds('Barack Obama');
    const evidence = corpus.evidence(putin, obama);
    expect(new Set(evidence.map((e) => e.document.id)).size).toBe(2);
    for (const item of evidence) expect(item.sentence.text).toMatch(/Obama/);
  });

  it('does not make a hub of an outlet that is only cited as a source', () => {
    const reuters = corpus.graph().nodes.find((n) => n.attributes.label === 'Reuters');
    expect(reuters?.attributes.degree).toBe(0);
    expect(reuters?.attributes.reports).toBeGreaterThan(0);
  });

  it('reports the same content ingested again as already present, and stores nothing new', () => {
    const before = corpus.stats();
    const outcomes = corpus.ingest(demoInputs());
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(corpus.stats()).toEqual(before);
  });

  it('serves a document with its text and mention offsets', () => {
    const [first] = corpus.documents();
    const detail = corpus.document(first.id);
    for (const m of detail.mentions) expect(detail.text.slice(m.begin, m.end)).toBe(m.text);
    expect(detail.document.mentions).toBeGreaterThan(10);
  });

  it('stores each article without its front matter, with the outlet and the date the front matter gives', () => {
    const articles = demoArticles();
    const documents = corpus.documents().map((summary) => corpus.document(summary.id));
    expect(documents.map((detail) => detail.text)).toEqual(articles.map((article) => article.text));
    expect(documents.map((detail) => [detail.document.outlet, detail.document.date, detail.document.url])).toEqual([
      ['IBTimes', '2015-09-04', null],
      ['The Daily Telegraph', '2015-09-04', null],
    ]);
  });

  it('counts the words of each article as wc -w counts its stored text', () => {
    for (const summary of corpus.documents()) {
      const { text } = corpus.document(summary.id);
      const wc = Number(
        execFileSync('wc', ['-w'], { input: text, env: { ...process.env, LC_ALL: 'C.UTF-8' } })
          .toString()
          .trim(),
      );
      expect(summary.words).toBe(wc);
    }
    expect(corpus.documents().map((summary) => summary.words)).toEqual([419, 940]);
  });
});
