import { nameKey } from '../../server/extract/normalize';
import type { Mention } from '#model/types';
import type { LocalEntity } from '../../server/resolve/document';
import { countNames, mostFrequentFullName } from '../../server/resolve/labels';
import { EntityRegistry } from '../../server/resolve/registry';

function local(label: string, ...otherNames: string[]): LocalEntity {
  return { type: 'PERSON', label, keys: new Set([label, ...otherNames].map(nameKey)), mentions: [0], reasons: [], canonical: false };
}

const counts = (...pairs: [string, number][]) => new Map(pairs);

describe('mostFrequentFullName', () => {
  it('takes the full name written most often, not the longest', () => {
    expect(mostFrequentFullName(counts(['Boris Johnson', 3], ['Tory MP Boris Johnson', 1], ['Johnson', 7]), 'Johnson')).toBe('Boris Johnson');
  });
  it('prefers the longer name on a tie, then the current label', () => {
    expect(mostFrequentFullName(counts(['Bashar Assad', 2], ['Bashar al-Assad', 2]), 'Bashar Assad')).toBe('Bashar al-Assad');
    expect(mostFrequentFullName(counts(['Pavel Felgenhaeur', 2], ['Pavel Felgenhauer', 2]), 'Pavel Felgenhauer')).toBe('Pavel Felgenhauer');
  });
  it('gives nothing when only one-word names were written', () => {
    expect(mostFrequentFullName(counts(['Putin', 4]), 'Putin')).toBeUndefined();
  });
});

describe('countNames', () => {
  it('counts the names written in the text, not the inferred mentions', () => {
    const m = (name: string, source: Mention['source']): Mention => ({
      begin: 0,
      end: 0,
      text: name,
      type: 'PERSON',
      sentence: 0,
      role: 'subject',
      source,
      name,
    });
    expect(countNames([m('Putin', 'text'), m('Putin', 'text'), m('Putin', 'pronoun'), m('Vladimir Putin', 'text')])).toEqual(
      counts(['Putin', 2], ['Vladimir Putin', 1]),
    );
  });
});

describe("an entity's label across the corpus", () => {
  it('stays the full name used most often when a longer name is written once ("Tory MP Boris Johnson")', () => {
    const registry = new EntityRegistry();
    const [johnson] = registry.link([local('Boris Johnson')], [counts(['Boris Johnson', 3])]).ids;
    const later = registry.link([local('Tory MP Boris Johnson', 'Boris Johnson')], [counts(['Tory MP Boris Johnson', 1])]);
    expect(later.ids[0]).toBe(johnson);
    expect(registry.get(johnson)?.label).toBe('Boris Johnson');
  });

  it('becomes the spelling the corpus uses most', () => {
    const registry = new EntityRegistry();
    const [pavel] = registry.link([local('Pavel Felgenhaeur')], [counts(['Pavel Felgenhaeur', 1])]).ids;
    const later = registry.link([local('Pavel Felgenhauer')], [counts(['Pavel Felgenhauer', 3])]);
    expect(later.ids[0]).toBe(pavel);
    expect(later.relabelled.map((e) => e.label)).toEqual(['Pavel Felgenhauer']);
  });

  it('is restored with the counts of a stored registry', () => {
    const registry = EntityRegistry.from(
      [{ id: 'boris-johnson', label: 'Boris Johnson', type: 'PERSON', canonical: false }],
      [{ key: 'PERSON|boris johnson', entity: 'boris-johnson', reason: 'same-name' }],
      [],
      [{ entity: 'boris-johnson', name: 'Boris Johnson', count: 5 }],
    );
    registry.link([local('Alexander Boris Johnson', 'Boris Johnson')], [counts(['Alexander Boris Johnson', 2])]);
    expect(registry.get('boris-johnson')?.label).toBe('Boris Johnson');
  });
});
