/** Spelling variants across the corpus: which pairs of names count as one name written two ways. */
import fc from 'fast-check';
import { isSpellingVariant, MAX_LENGTH_CHANGE, variantKeys } from '../../server/resolve/variants';
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

describe('variantKeys: where a registry looks for the other spellings of a name', () => {
  /** Names of two or three words from few letters, and a copy with one word changed by up to two edits: many pairs are variants. */
  const word = fc.stringMatching(/^[abe]{1,9}$/);
  const edit = fc.tuple(fc.nat(), fc.constantFrom('', 'a', 'e'), fc.integer({ min: 0, max: 2 }));
  const pair = fc.tuple(fc.array(word, { minLength: 2, maxLength: 3 }), fc.nat(), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([words, at, edits]) => {
    const changed = [...words];
    const i = at % words.length;
    for (const [position, letter, remove] of edits) {
      const p = 1 + (position % changed[i].length);
      changed[i] = changed[i].slice(0, p) + letter + changed[i].slice(p + remove);
    }
    return [words.join(' '), changed.filter(Boolean).join(' ')] as const;
  });

  it('gives every two spellings of one name a key in common, at word lengths at most MAX_LENGTH_CHANGE apart', () => {
    let variants = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (!isSpellingVariant(a, b)) return;
        variants++;
        const shared = variantKeys('PERSON', a).some(([key, length]) =>
          variantKeys('PERSON', b).some(([other, otherLength]) => other === key && Math.abs(length - otherLength) <= MAX_LENGTH_CHANGE),
        );
        expect(shared).toBe(true);
      }),
      { numRuns: 2000, seed: 6 },
    );
    // The property says something only if variants came up.
    expect(variants).toBeGreaterThan(50);
  });

  it('files a name under its type, and a one-word name under nothing', () => {
    expect(variantKeys('PERSON', 'Pavel Felgenhauer')).toEqual([
      ['PERSON|p* felgenhauer', 5],
      ['PERSON|pavel f*', 11],
    ]);
    expect(variantKeys('PERSON', 'Felgenhauer')).toEqual([]);
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

  it('finds the one variant among many names of the same shape', () => {
    const registry = new EntityRegistry();
    const [pavel] = registry.link([local('PERSON', 'Pavel Felgenhauer')]).ids;
    const crowd = ['Fedorov', 'Felshtinsky', 'Filatov', 'Fomin', 'Frolov', 'Fursenko', 'Felgenbaum', 'Feldman'];
    registry.link(crowd.map((surname) => local('PERSON', `Pavel ${surname}`)));
    expect(registry.link([local('PERSON', 'Pavel Felgenhaeur')]).ids).toEqual([pavel]);
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

  it('finds that person among many surnames with the same first letter', () => {
    const registry = new EntityRegistry();
    const [salim] = registry.link([local('PERSON', 'Salim Rasheedi')]).ids;
    registry.link(['Rahimov', 'Rashkin', 'Rastorguev', 'Rodionov', 'Rudenko'].map((surname) => local('PERSON', `Ivan ${surname}`)));
    // One letter shorter: found among the surnames of other lengths too.
    expect(registry.link([local('PERSON', 'Rashidi')]).ids).toEqual([salim]);
  });

  it('does not join a short surname one letter away', () => {
    const registry = new EntityRegistry();
    registry.link([local('PERSON', 'Omar Ali')]);
    expect(registry.link([local('PERSON', 'Alia')]).created).toHaveLength(1);
  });
});
