/** Generated news-like texts for the concurrency and crash suites: many documents, shared names, no two alike. */

const PEOPLE = [
  'Angela Merkel',
  'Emmanuel Macron',
  'Vladimir Putin',
  'Joe Biden',
  'Olaf Scholz',
  'Rishi Sunak',
  'Narendra Modi',
  'Xi Jinping',
  'Recep Tayyip Erdogan',
  'Volodymyr Zelensky',
  'Giorgia Meloni',
  'Pedro Sanchez',
  'Justin Trudeau',
  'Fumio Kishida',
  'Lula da Silva',
  'Cyril Ramaphosa',
];
const PLACES = ['Berlin', 'Paris', 'Moscow', 'Washington', 'London', 'Delhi', 'Beijing', 'Ankara', 'Kyiv', 'Rome', 'Madrid', 'Ottawa', 'Tokyo'];
const ORGANISATIONS = ['the European Union', 'NATO', 'the United Nations', 'the World Bank', 'the International Monetary Fund'];

const pick = <T>(items: readonly T[], i: number): T => items[((i % items.length) + items.length) % items.length] as T;

/** Document `n` of a generated corpus, about `sentences` sentences long; every n gives a different text. */
export function generatedArticle(n: number, sentences = 12): string {
  const lines = [`Report ${n}: talks in ${pick(PLACES, n)}`, ''];
  for (let s = 0; s < sentences; s++) {
    const a = pick(PEOPLE, n + s);
    const b = pick(PEOPLE, n * 3 + s * 5 + 1);
    const place = pick(PLACES, n * 7 + s);
    const body = pick(ORGANISATIONS, n + s * 2);
    lines.push(`${a} met ${b} in ${place} on day ${n}.${s}, and both spoke about ${body}.`);
    if (s % 4 === 3) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
