/** Spelling variants across the corpus: which pairs of names count as one name written two ways. */
import { isSpellingVariant } from '../../server/resolve/variants';
import { EntityRegistry } from '../../server/resolve/registry';
import type { LocalEntity } from '../../server/resolve/document';
import { nameKey } from '../../server/extract/normalize';
import { extractMentions } from '../../server/extract/mentions';
import { resolveDocument } from '../../server/resolve/document';
import { realLexicon } from '../helpers/fixtures';

describe('isSpellingVariant', () => {
  const rows: [string, string, boolean][] = [
    ['Pavel Felgenhauer', 'Pavel Felgenhaeur', true],
    ['Abu Salim al-Rashidi', 'Abu Salim al-Rasheedi', true],
    ['Sergei Shoigu', 'Sergey Shoigu', true],
    ['Jose Nunez', 'José Núñez', false], // the same name after accents are folded, not a variant
    ['Ali Hassan', 'Alia Hassan', false], // a short word: one letter makes another name
    ['Pavel Felgenhauer', 'Pavel Fedorov', false], // too far apart
    ['Pavel Felgenhauer', 'Petr Felgenhaeur', false], // two words differ: no shared given name
    ['Felgenhauer', 'Felgenhaeur', false], // a lone word shares nothing to agree on
    ['Pavel Felgenhauer', 'Pavel Felgenhauer Jr', false], // different number of words
    ['Omar Barakat', 'Omar Darakat', false], // the first letter differs
  ];
  it.each(rows)('%s / %s → %s', (a, b, expected) => {
    expect(isSpellingVariant(a, b)).toBe(expected);
    expect(isSpellingVariant(b, a)).toBe(expected);
  });
});

function local(type: LocalEntity['type'], name: string): LocalEntity {
  return { type, label: name, keys: new Set([nameKey(name)]), mentions: [0], reasons: [], canonical: false };
}

describe('EntityRegistry and spelling variants', () => {
  it('links a second spelling of a person to the first, recording why', () => {
    const registry = new EntityRegistry();
    const [first] = registry.link([local('PERSON', 'Pavel Felgenhauer')]).ids;
    const later = registry.link([local('PERSON', 'Pavel Felgenhaeur')]);
    expect(later.ids).toEqual([first]);
    expect(later.created).toEqual([]);
    expect(later.keys).toEqual([{ key: 'PERSON|pavel felgenhaeur', entity: first, reason: 'transliteration' }]);
    expect(registry.find('PERSON', 'Pavel Felgenhaeur')).toBe(first);
  });

  it('keeps a variant of another type apart', () => {
    const registry = new EntityRegistry();
    const [person] = registry.link([local('PERSON', 'Pavel Felgenhauer')]).ids;
    const [other] = registry.link([local('ORGANIZATION', 'Pavel Felgenhaeur')]).ids;
    expect(other).not.toBe(person);
  });

  it('does not choose when two known names are equally close', () => {
    const registry = new EntityRegistry();
    registry.link([local('PERSON', 'Omar Hamdani'), local('PERSON', 'Omar Hamdouna')]);
    expect(registry.size).toBe(2);
    const { created } = registry.link([local('PERSON', 'Omar Hamdouni')]);
    expect(created).toHaveLength(1);
  });
});

describe('a lone surname spelled another way', () => {
  it('joins the full name of the same document, recording why', () => {
    const text = 'Pavel Felgenhaeur, a commentator, spoke. “It is so,” Felgenhauer said.';
    const mentions = extractMentions(text, realLexicon()).mentions;
    const people = resolveDocument(text, mentions).filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0].reasons).toContainEqual({ name: 'Felgenhauer', reason: 'transliteration' });
  });

  it('joins the one person of the corpus whose surname it is close to', () => {
    const registry = new EntityRegistry();
    const [pavel] = registry.link([local('PERSON', 'Pavel Felgenhaeur')]).ids;
    const later = registry.link([local('PERSON', 'Felgenhauer')]);
    expect(later.ids).toEqual([pavel]);
    expect(later.keys).toEqual([{ key: 'PERSON|felgenhauer', entity: pavel, reason: 'transliteration' }]);
  });

  it('does not join a short surname one letter away', () => {
    const registry = new EntityRegistry();
    registry.link([local('PERSON', 'Omar Ali')]);
    expect(registry.link([local('PERSON', 'Alia')]).created).toHaveLength(1);
  });
});
