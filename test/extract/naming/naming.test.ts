import { processDocument } from '../../../server/corpus/pipeline';
import { extractMentions } from '../../../server/extract/mentions';
import { dropCommonNouns } from '../../../server/extract/naming/common-nouns';
import { EntityRegistry } from '../../../server/resolve/registry';
import type { Mention } from '#model/types';
import { realLexicon } from '../../helpers/fixtures';

function found(text: string): Mention[] {
  return extractMentions(text, realLexicon()).mentions.filter((m) => m.source === 'text');
}

describe('roles and titles are not part of a name', () => {
  it.each([
    ['Tory leader Michael Howard attacked the plan.', 'Michael Howard', 'Tory leader'],
    ['Ex-Labour MP George Galloway was expelled.', 'George Galloway', 'Ex-Labour MP'],
    ['Margaret Moran MP resigned on Monday.', 'Margaret Moran', 'MP'],
  ])('%s', (sentence, name, title) => {
    const people = found(sentence).filter((m) => m.type === 'PERSON');
    expect(people.map((m) => [m.text, m.name, m.title])).toEqual([[name, name, title]]);
  });

  it.each(['Blairite Alan Milburn defended the plan.', "Labour's Blairite Alan Milburn defended the plan."])(
    "takes a follower's word off the name after it: %s",
    (sentence) => {
      const people = found(sentence).filter((m) => m.type === 'PERSON');
      expect(people.map((m) => [m.name, m.title])).toEqual([['Alan Milburn', 'Blairite']]);
    },
  );

  it('takes the role off each of two people named together', () => {
    const sentences = [
      'Ex-Labour MP George Galloway and Margaret Moran MP were also in Harrogate.',
      'Tory MP Boris Johnson and Labour MP Diane Abbott wrote to the paper.',
    ];
    const people = sentences.flatMap((s) => found(s).filter((m) => m.type === 'PERSON'));
    expect(people.map((m) => [m.text, m.title])).toEqual([
      ['George Galloway', 'Ex-Labour MP'],
      ['Margaret Moran', 'MP'],
      // 'Tory' and 'Labour' stay mentions of their parties.
      ['Boris Johnson', 'MP'],
      ['Diane Abbott', 'MP'],
    ]);
  });
});

describe('common nouns, plurals and offices without a holder are not entities', () => {
  it.each([
    'MPs voted against the bill.',
    'Ministers met on Tuesday.',
    'Britons are sceptical.',
    'Critics said the plan failed.',
    'Officials and Diplomats met in the hall.',
  ])('%s', (sentence) => {
    const names = found(sentence).filter((m) => m.type === 'PERSON' || m.type === 'ORGANIZATION');
    expect(names.map((m) => m.text)).toEqual([]);
  });

  it.each([
    ['The United States ambassador arrived late.', 'LOCATION United States'],
    ['The UN special envoy met them.', 'ORGANIZATION UN'],
    ['Ross Perot, the Reform Party candidate, was not invited.', 'ORGANIZATION Reform Party'],
  ])('%s: the office is no person, and what it names is a mention', (sentence, named) => {
    const mentions = found(sentence);
    expect(mentions.map((m) => `${m.type} ${m.text}`)).toContain(named);
    expect(mentions.filter((m) => m.type === 'PERSON' && m.text !== 'Ross Perot')).toEqual([]);
  });

  it('drops an all-capital topic word that opens a headline, not the names after it', () => {
    const texts = found('SOCCER - ROMANIA BEAT LITHUANIA IN FRIENDLY.\nCRICKET - LEICESTERSHIRE TAKE OVER AT TOP.').map((m) => m.text);
    expect(texts).not.toContain('SOCCER');
    expect(texts).not.toContain('CRICKET');
    expect(texts).toEqual(expect.arrayContaining(['ROMANIA', 'LEICESTERSHIRE']));
  });
});

describe('single letters', () => {
  it("are no entity ('N' of 'N / A' in a table)", () => {
    const letter: Mention = { begin: 6, end: 7, text: 'N', type: 'ORGANIZATION', sentence: 0, role: 'subject', source: 'text', name: 'N' };
    const word: Mention = { ...letter, begin: 12, end: 17, text: 'Varga', name: 'Varga' };
    expect(dropCommonNouns([letter, word], realLexicon()).map((m) => m.text)).toEqual(['Varga']);
  });

  it("nor is a currency by its country's letters ('C$ 0.45')", () => {
    const currency: Mention = { begin: 9, end: 11, text: 'C$', type: 'LOCATION', sentence: 0, role: 'subject', source: 'text', name: 'C$' };
    expect(dropCommonNouns([currency], realLexicon())).toEqual([]);
  });
});

describe('datelines', () => {
  it('gives the place and the outlet reporting from it, apart', () => {
    const mentions = found('NEW YORK (Reuters) - Shares of the bank fell on Friday.');
    expect(mentions.slice(0, 2).map((m) => [m.text, m.type, m.role])).toEqual([
      ['NEW YORK', 'LOCATION', 'subject'],
      ['Reuters', 'OUTLET', 'reporting'],
    ]);
  });

  it.each([
    ['Harlow Mills opens a plant.\nSTONEBRIDGE 1996-08-30\nHarlow Mills said on Friday it would open a plant.', 'STONEBRIDGE'],
    ['Harlow Mills opens a plant.\nPORT VELLA, Corvania 1996-08-30\nHarlow Mills said on Friday it would open a plant.', 'PORT VELLA'],
    ['Harlow Mills opens a plant.\nST. ANSELM, Aug 30\nHarlow Mills said on Friday it would open a plant.', 'ST. ANSELM'],
  ])('gives the place of a dateline before its date: %s', (text, place) => {
    const named = found(text).filter((m) => m.text === place);
    expect(named.map((m) => m.type)).toEqual(['LOCATION']);
  });

  it('leaves a name in capitals that opens a line without a date', () => {
    const names = found('BRAXTON MILLS - results of the year.\nBraxton Mills said profits rose.').filter((m) => m.text === 'BRAXTON MILLS');
    expect(names.map((m) => m.type)).not.toContain('LOCATION');
  });
});

describe('an office in apposition to its holder', () => {
  const text = 'The International Development Secretary, Priti Patel, announced new funding.';

  it('is a mention of the holder, whose title it is', () => {
    const people = found(text).filter((m) => m.type === 'PERSON');
    expect(people.map((m) => [m.text, m.name])).toEqual([
      ['International Development Secretary', 'Priti Patel'],
      ['Priti Patel', 'Priti Patel'],
    ]);
    expect(people[1].title).toBe('International Development Secretary');
  });

  it('adds no entity of its own, and gives its next holder none of the last', () => {
    const registry = new EntityRegistry();
    const { mentions } = processDocument(text, realLexicon(), registry);
    expect(new Set(mentions.filter((m) => m.source === 'text').map((m) => m.entity))).toEqual(new Set(['priti-patel']));
    const next = processDocument('The International Development Secretary, Andrew Mitchell, visited Jordan.', realLexicon(), registry);
    expect(next.mentions.filter((m) => m.type === 'PERSON').map((m) => m.entity)).not.toContain('priti-patel');
  });
});

describe('an office in apposition after its holder', () => {
  const text = 'Tomas Varga, President of the Velmor Region, opened the bridge. Mr Varga thanked the builders.';

  it('is a mention of the holder, and the holder has it as a title', () => {
    const people = found(text).filter((m) => m.type === 'PERSON');
    expect(people.map((m) => [m.text, m.name, m.title])).toEqual([
      ['Tomas Varga', 'Tomas Varga', 'President of the Velmor Region'],
      ['President of the Velmor Region', 'Tomas Varga', 'President of the Velmor Region'],
      ['Varga', 'Varga', undefined],
    ]);
  });

  it('adds no entity of its own', () => {
    const { mentions } = processDocument(text, realLexicon(), new EntityRegistry());
    expect(new Set(mentions.filter((m) => m.type === 'PERSON').map((m) => m.entity)).size).toBe(1);
  });

  it('leaves a list of people as it is', () => {
    const people = found('Tomas Varga, President Ana Soto and Li Wei met.').filter((m) => m.type === 'PERSON');
    expect(people.map((m) => m.name)).toEqual(['Tomas Varga', 'Ana Soto', 'Li Wei']);
  });
});

describe('a name in apposition', () => {
  const text = 'The UN special envoy for Syria, Geir Pedersen, said the talks would resume. Pedersen met officials in Geneva.';

  it('is a person, and the office before it is none', () => {
    const people = found(text).filter((m) => m.type === 'PERSON');
    expect(people.map((m) => m.text)).toEqual(['Geir Pedersen', 'Pedersen']);
  });

  it('is one entity with the surname after it', () => {
    const { mentions } = processDocument(text, realLexicon(), new EntityRegistry());
    const ids = new Set(mentions.filter((m) => m.source === 'text' && m.type === 'PERSON').map((m) => m.entity));
    expect(ids.size).toBe(1);
  });
});

describe('sports events', () => {
  it.each([
    ['Varga won the Lisbon Open on Sunday.', 'Lisbon'],
    ['Chile beat Peru in the Fed Cup final.', 'Fed Cup'],
    ['TENNIS - VARGA WINS IN LISBON OPEN QUARTER-FINAL.', 'LISBON'],
    ['She ran in the Atlanta Games in July.', 'Atlanta'],
  ])('are no entity, nor the place they are named after: %s', (text, name) => {
    expect(found(text).filter((m) => m.text.startsWith(name) && m.refersTo === undefined)).toEqual([]);
  });

  it('leave a body whose name goes on after the word', () => {
    expect(found('The Federal Open Market Committee met on Tuesday.').map((m) => m.text)).toContain('Federal Open Market Committee');
  });
});
