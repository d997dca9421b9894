/** Statements: a sentence copied into several documents is one statement, and counts once. */
import type { EvidenceItem } from '#model/types';
import { countStatements, MIN_STATEMENT_WORDS, mergeCopies, statementKey, type StatementRow } from '../../server/graph/statements';

const COPIED = 'Vladimir Putin met Bashar al-Assad in Moscow on Tuesday.';

describe('statementKey', () => {
  it('is the same whatever the case, punctuation and spacing', () => {
    expect(statementKey(COPIED)).toBe(statementKey('vladimir putin met  Bashar al Assad in Moscow, on Tuesday'));
    expect(statementKey(COPIED)).toBe(statementKey(`“${COPIED}”`));
  });

  it('differs when a word differs', () => {
    expect(statementKey(COPIED)).not.toBe(statementKey(COPIED.replace('Tuesday', 'Monday')));
  });

  it(`is undefined for a sentence of fewer than ${MIN_STATEMENT_WORDS} words, which may well be written twice`, () => {
    expect(statementKey('Putin met Assad.')).toBeUndefined();
    expect(statementKey('Putin met Assad in Moscow today.')).toBeDefined();
  });
});

describe('countStatements', () => {
  const row = (doc: number, unit: number, entity: string, statement: string | null): StatementRow => ({ doc, unit, entity, statement });
  const all = () => true;

  it('counts a sentence repeated in three documents once, and a different sentence again', () => {
    const rows = [
      row(1, 0, 'putin', 'k1'),
      row(1, 0, 'assad', 'k1'),
      row(2, 4, 'putin', 'k1'),
      row(2, 4, 'assad', 'k1'),
      row(3, 2, 'assad', 'k1'),
      row(3, 2, 'putin', 'k1'),
      row(3, 5, 'putin', 'k2'),
      row(3, 5, 'assad', 'k2'),
    ];
    expect(countStatements(rows, new Set(['k1']), all)).toEqual(new Map([['assad~putin', 2]]));
  });

  it('counts each sentence of its own (no key, or a key not repeated) once per sentence', () => {
    const rows = [row(1, 0, 'a', null), row(1, 0, 'b', null), row(2, 0, 'a', null), row(2, 0, 'b', null), row(2, 1, 'a', 'k9'), row(2, 1, 'b', 'k9')];
    expect(countStatements(rows, new Set(), all).get('a~b')).toBe(3);
  });

  it('counts a pair that only one copy of a statement links', () => {
    const rows = [row(1, 0, 'a', 'k'), row(1, 0, 'b', 'k'), row(2, 0, 'a', 'k'), row(2, 0, 'b', 'k'), row(2, 0, 'c', 'k')];
    expect(countStatements(rows, new Set(['k']), all)).toEqual(
      new Map([
        ['a~b', 1],
        ['a~c', 1],
        ['b~c', 1],
      ]),
    );
  });

  it('leaves out entities that are not in the graph', () => {
    const rows = [row(1, 0, 'a', null), row(1, 0, 'hidden', null), row(1, 0, 'b', null)];
    expect([...countStatements(rows, new Set(), (id) => id !== 'hidden').keys()]).toEqual(['a~b']);
  });
});

describe('mergeCopies', () => {
  const item = (doc: number, begin: number, text: string): EvidenceItem => ({
    document: { id: doc, title: `Doc ${doc}`, outlet: null, date: null, dateSource: null },
    sentence: { index: 0, begin, end: begin + text.length, text },
    mentions: [],
  });

  it('lists a copied sentence once, with the other documents it appears in and where', () => {
    const merged = mergeCopies([
      item(3, 0, COPIED),
      item(2, 40, COPIED.toUpperCase()),
      item(2, 90, 'Another sentence that names them both at length.'),
      item(1, 7, COPIED),
    ]);
    expect(merged.map((m) => m.document.id)).toEqual([3, 2]);
    expect(merged[0].copies).toEqual([
      { id: 2, title: 'Doc 2', outlet: null, date: null, dateSource: null, begin: 40 },
      { id: 1, title: 'Doc 1', outlet: null, date: null, dateSource: null, begin: 7 },
    ]);
    expect(merged[1].copies).toBeUndefined();
  });

  it('keeps short sentences apart, and a sentence repeated within one document once', () => {
    const merged = mergeCopies([item(1, 0, 'Putin met Assad.'), item(2, 0, 'Putin met Assad.'), item(1, 50, COPIED), item(1, 80, COPIED)]);
    expect(merged.map((m) => [m.document.id, m.copies])).toEqual([
      [1, undefined],
      [2, undefined],
      [1, undefined],
    ]);
  });
});
