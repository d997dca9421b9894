import type { EntityType, Mention } from '#model/types';
import { resolveDocument } from '../../server/resolve/document';
import { personHead } from '../../server/resolve/head';
import { EntityRegistry } from '../../server/resolve/registry';
import { nameKey } from '../../server/extract/normalize';

/** Mentions of `names` (with their types) as they occur in `text`, in order. */
function mentionsIn(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const begin = text.indexOf(name, from);
    if (begin < 0) throw new Error(`"${name}" is not in the text after ${from}`);
    from = begin + name.length;
    return { begin, end: from, text: name, type, sentence: 0, role: 'subject', source: 'text', name };
  });
}

function labels(text: string, names: [string, EntityType][]): string[][] {
  const mentions = mentionsIn(text, names);
  return resolveDocument(text, mentions).map((e) => [e.type, e.label, ...e.mentions.map((i) => mentions[i].name).filter((n) => n !== e.label)]);
}

describe('personHead', () => {
  it('is the surname of a person written in full', () => {
    expect(personHead('Vladimir Putin')).toBe('putin');
    expect(personHead('Bashar al-Assad')).toBe('assad');
  });
  it("is nothing for a name built with connectives, which is no person's name", () => {
    expect(personHead('Prevention of Terrorism Bill')).toBeUndefined();
    expect(personHead('East End of London')).toBeUndefined();
  });
  it('is nothing for a single word', () => {
    expect(personHead('Putin')).toBeUndefined();
  });
});

describe('a one-word mention joins a longer entity only as its head', () => {
  it('joins "Putin" to "Vladimir Putin"', () => {
    expect(
      labels('Vladimir Putin spoke. Putin left.', [
        ['Vladimir Putin', 'PERSON'],
        ['Putin', 'PERSON'],
      ]),
    ).toEqual([['PERSON', 'Vladimir Putin', 'Putin']]);
  });

  it('never joins "Bill" to "Prevention of Terrorism Bill", even when both are taken for people', () => {
    const text = 'The Prevention of Terrorism Bill passed. Bill said so.';
    expect(
      labels(text, [
        ['Prevention of Terrorism Bill', 'PERSON'],
        ['Bill', 'PERSON'],
      ]),
    ).toHaveLength(2);
  });

  it('never joins "London" to "East End of London"', () => {
    const text = 'He grew up in the East End of London. London voted.';
    expect(
      labels(text, [
        ['East End of London', 'LOCATION'],
        ['London', 'LOCATION'],
      ]),
    ).toHaveLength(2);
  });

  it("never joins a one-word name of another type to a person's surname", () => {
    const text = 'Jack London wrote it. London voted.';
    expect(
      labels(text, [
        ['Jack London', 'PERSON'],
        ['London', 'LOCATION'],
      ]),
    ).toEqual([
      ['PERSON', 'Jack London'],
      ['LOCATION', 'London'],
    ]);
  });

  it('across documents, links a lone "Bill" to no bill', () => {
    const registry = new EntityRegistry();
    const local = (type: EntityType, label: string) => ({ type, label, keys: new Set([nameKey(label)]), mentions: [0], reasons: [], canonical: false });
    const [bill] = registry.link([local('PERSON', 'Prevention of Terrorism Bill')]).ids;
    const later = registry.link([local('PERSON', 'Bill')]);
    expect(later.ids[0]).not.toBe(bill);
  });
});
