import type { EntityType, Mention } from '#model/types';
import { resolveDocument } from '../../server/resolve/document';
import { loneSurname, personHead, personHeads } from '../../server/resolve/head';
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

describe('personHeads and loneSurname', () => {
  it('give a surname written with a hyphen whole, as well as its last part', () => {
    expect(personHeads('Robert Kilroy-Silk')).toEqual(['silk', 'kilroy silk']);
    expect(personHeads('Bashar al-Assad')).toEqual(['assad']);
    expect(personHeads('Recep Tayyip Erdogan')).toEqual(['erdogan']);
    expect(loneSurname('Kilroy-Silk')).toBe('kilroy silk');
    expect(loneSurname('al-Assad')).toBe('assad');
  });
  it('read two written words as no lone surname, and a lone name as no full one', () => {
    expect(loneSurname('Duncan Smith')).toBeUndefined();
    expect(personHeads('Kilroy-Silk')).toEqual([]);
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

  it('joins "Kilroy-Silk", one word written with a hyphen, to "Robert Kilroy-Silk"', () => {
    const text = 'Robert Kilroy-Silk left. Kilroy-Silk said so.';
    expect(
      labels(text, [
        ['Robert Kilroy-Silk', 'PERSON'],
        ['Kilroy-Silk', 'PERSON'],
      ]),
    ).toEqual([['PERSON', 'Robert Kilroy-Silk', 'Kilroy-Silk']]);
  });

  it('across documents, links a lone "Kilroy-Silk" to the one person of that surname, whichever comes first', () => {
    const local = (label: string) => ({ type: 'PERSON' as const, label, keys: new Set([nameKey(label)]), mentions: [0], reasons: [], canonical: false });
    const before = new EntityRegistry();
    const [full] = before.link([local('Robert Kilroy-Silk')]).ids;
    expect(before.link([local('Kilroy-Silk')]).ids).toEqual([full]);
    const after = new EntityRegistry();
    const [lone] = after.link([local('Kilroy-Silk')]).ids;
    const linked = after.link([local('Robert Kilroy-Silk')]);
    expect(linked.merged).toEqual([{ from: lone, into: linked.ids[0], reason: 'surname' }]);
  });

  it('joins "Tayyip Erdogan" to the one "Recep Tayyip Erdogan" of the document, and "Erdogan" with them', () => {
    const text = 'Recep Tayyip Erdogan spoke. Tayyip Erdogan left. Erdogan smiled.';
    expect(
      labels(text, [
        ['Recep Tayyip Erdogan', 'PERSON'],
        ['Tayyip Erdogan', 'PERSON'],
        ['Erdogan', 'PERSON'],
      ]),
    ).toEqual([['PERSON', 'Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Erdogan']]);
  });

  it('joins "Vladimir Putin" to the "Vladimir Vladimirovich Putin" of the document: a middle name may be left out', () => {
    const text = 'Vladimir Vladimirovich Putin signed the decree. Vladimir Putin said it would last.';
    expect(
      labels(text, [
        ['Vladimir Vladimirovich Putin', 'PERSON'],
        ['Vladimir Putin', 'PERSON'],
      ]),
    ).toEqual([['PERSON', 'Vladimir Vladimirovich Putin', 'Vladimir Putin']]);
  });

  it('never joins "George Bush" to "George W Bush": an initial tells one person from another', () => {
    const text = 'George W Bush met George Bush.';
    expect(
      labels(text, [
        ['George W Bush', 'PERSON'],
        ['George Bush', 'PERSON'],
      ]),
    ).toHaveLength(2);
  });

  it('across documents, keeps a shorter full name apart: "Ahmed Ali" may be the father of "Mohammed Ahmed Ali"', () => {
    const local = (label: string) => ({ type: 'PERSON' as const, label, keys: new Set([nameKey(label)]), mentions: [0], reasons: [], canonical: false });
    const registry = new EntityRegistry();
    const [son] = registry.link([local('Mohammed Ahmed Ali')]).ids;
    expect(registry.link([local('Ahmed Ali')]).ids).not.toEqual([son]);
  });

  it('across documents, still links a lone surname once a merge has made two names one person', () => {
    const local = (label: string) => ({ type: 'PERSON' as const, label, keys: new Set([nameKey(label)]), mentions: [0], reasons: [], canonical: false });
    const registry = new EntityRegistry();
    const [full] = registry.link([local('Robert Kilroy-Silk')]).ids;
    const [other] = registry.link([local('Bob Kilroy-Silk')]).ids;
    registry.merge(other, full);
    expect(registry.link([local('Kilroy-Silk')]).ids).toEqual([full]);
  });

  it('across documents, links a lone "Bill" to no bill', () => {
    const registry = new EntityRegistry();
    const local = (type: EntityType, label: string) => ({ type, label, keys: new Set([nameKey(label)]), mentions: [0], reasons: [], canonical: false });
    const [bill] = registry.link([local('PERSON', 'Prevention of Terrorism Bill')]).ids;
    const later = registry.link([local('PERSON', 'Bill')]);
    expect(later.ids[0]).not.toBe(bill);
  });
});
