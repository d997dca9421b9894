/** SQLite's placeholders as PostgreSQL takes them, and the values bound to them. */
import { bindValues, translatePlaceholders } from '../../server/store/postgres-sql';

describe('translatePlaceholders', () => {
  it('numbers ? in order', () => {
    expect(translatePlaceholders('SELECT * FROM m WHERE a = ? AND b IN (?, ?)')).toEqual({
      text: 'SELECT * FROM m WHERE a = $1 AND b IN ($2, $3)',
      names: [],
      count: 3,
    });
  });

  it('numbers @name once per name, however often it occurs', () => {
    const translated = translatePlaceholders('SELECT 1 WHERE entity_id = @id OR resolved_id = @id AND doc = @doc');
    expect(translated).toEqual({ text: 'SELECT 1 WHERE entity_id = $1 OR resolved_id = $1 AND doc = $2', names: ['id', 'doc'], count: 2 });
    expect(bindValues(translated, [{ doc: 7, id: 'putin' }])).toEqual(['putin', '7']);
  });

  it('leaves quoted strings and identifiers alone', () => {
    expect(translatePlaceholders(`SELECT '?@x' AS "a?b", ? FROM t WHERE s = 'it''s?'`).text).toBe(`SELECT '?@x' AS "a?b", $1 FROM t WHERE s = 'it''s?'`);
  });

  it('binds null for null, refuses a missing name or a wrong count', () => {
    expect(bindValues(translatePlaceholders('SELECT ?, ?'), [null, 1.5])).toEqual([null, '1.5']);
    expect(() => bindValues(translatePlaceholders('SELECT @a'), [{}])).toThrow(/missing named parameter 'a'/);
    expect(() => bindValues(translatePlaceholders('SELECT ?'), [])).toThrow(/expected 1 parameters/);
    expect(() => translatePlaceholders('SELECT ?, @a')).toThrow(/mixes/);
  });
});
