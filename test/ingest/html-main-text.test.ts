/**
 * A page's main text, scored on saved news pages (test/ingest/pages: each page and the text a
 * reader sees as its story): the longest `<article>`, Readability, and the two combined as
 * htmlToDocument uses them. Scores are F1 over words against that text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { contentRoot, mainText, textBy, wordsOf, wraps, type MainTextMethod } from '../../server/ingest/html-main-text';

const PAGES = path.join(__dirname, 'pages');
const pages = fs
  .readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({
    name,
    html: fs.readFileSync(path.join(PAGES, name), 'utf8'),
    story: fs.readFileSync(path.join(PAGES, name.replace(/\.html$/, '.txt')), 'utf8'),
  }));

/** F1 of the words of `text` against those of `story`, each word counted as often as it occurs. */
function f1(text: string, story: string): number {
  const wanted = new Map<string, number>();
  for (const word of wordsOf(story)) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const words = wordsOf(text);
  let found = 0;
  for (const word of words) {
    const left = wanted.get(word) ?? 0;
    if (left === 0) continue;
    found += 1;
    wanted.set(word, left - 1);
  }
  if (found === 0) return 0;
  const precision = found / words.length;
  const recall = found / wordsOf(story).length;
  return (2 * precision * recall) / (precision + recall);
}

type Method = MainTextMethod | 'combined';

function textOf(method: Method, html: string): string {
  const dom = parseDocument(html, { decodeEntities: true }).children;
  return method === 'combined' ? mainText(html, dom, contentRoot(dom), { depth: 20, elements: 100 }) : textBy(method, html, dom);
}

const scores = new Map<Method, number[]>(
  (['article', 'readability', 'combined'] as const).map((method) => [method, pages.map(({ html, story }) => f1(textOf(method, html), story))]),
);
const mean = (method: Method): number => (scores.get(method) ?? []).reduce((sum, score) => sum + score, 0) / pages.length;

describe('main text on saved news pages', () => {
  it('has pages with and without <article>, related boxes and comment threads to score on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(pages.filter(({ html }) => html.includes('<article')).length).toBeGreaterThanOrEqual(4);
    expect(pages.filter(({ html }) => !html.includes('<article')).length).toBeGreaterThanOrEqual(3);
  });

  it('scores the combined method above either alone (mean word F1: article 0.76, Readability 0.93, combined 0.98)', () => {
    expect(mean('article')).toBeCloseTo(0.76, 2);
    expect(mean('readability')).toBeCloseTo(0.934, 2);
    expect(mean('combined')).toBeCloseTo(0.975, 2);
  });

  it.each(pages.map(({ name }, index) => [name, index] as const))('takes on %s the better of the two methods', (_name, index) => {
    const [article, readability, combined] = (['article', 'readability', 'combined'] as const).map((method) => scores.get(method)?.[index] ?? 0);
    expect(combined).toBeGreaterThanOrEqual(Math.max(article, readability) - 0.005);
  });

  it('leaves out related-article boxes, comment threads and promotions', () => {
    const texts = pages.map(({ html }) => textOf('combined', html)).join('\n');
    for (const chrome of [
      'More from World',
      'jsmith1962',
      'Reply to pete_w',
      'You might also like',
      'Get unlimited access',
      'Recommended for you',
      'Most read',
      'Advertisement',
    ]) {
      expect(texts).not.toContain(chrome);
    }
  });

  it('keeps, as both methods do, a newsletter box set between the paragraphs of an article', () => {
    const page = pages.find(({ name }) => name === 'article-inline-boxes.html');
    expect(textOf('combined', page?.html ?? '')).toContain('Sign up for our daily newsletter');
  });

  it('opens with the headline, which Readability leaves out', () => {
    const page = pages.find(({ name }) => name === 'div-soup-comments.html');
    expect(textOf('combined', page?.html ?? '')).toMatch(/^Putin says Russia will keep arming Assad\n\nRussian President Vladimir Putin said/);
  });
});

describe('mainText', () => {
  it('gives a page nested deeper, or larger, than news pages are to the article method alone', () => {
    const page = pages.find(({ name }) => name === 'div-soup-comments.html')?.html ?? '';
    const dom = parseDocument(page, { decodeEntities: true }).children;
    for (const shape of [
      { depth: 101, elements: 100 },
      { depth: 20, elements: 10_001 },
    ]) {
      expect(mainText(page, dom, contentRoot(dom), shape)).toContain('jsmith1962');
    }
    expect(mainText(page, dom, contentRoot(dom), { depth: 100, elements: 10_000 })).not.toContain('jsmith1962');
  });
});

describe('wraps', () => {
  it('is true of a longer text that holds nearly every word of the shorter, as often', () => {
    expect(wraps('Corbyn won the vote. Subscribe now for one pound.', 'Corbyn won the vote.')).toBe(true);
    expect(wraps('Corbyn won.', 'Corbyn won the vote.')).toBe(false);
    expect(wraps('Corbyn won the day and the night.', 'Corbyn won the vote.')).toBe(false);
  });
});
