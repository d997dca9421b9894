/** An e-mail's correspondents: PERSON mentions with the role `correspondent`, linked to the people its body names. */
import { openCorpus } from '../../server/corpus';
import { withCorrespondents } from '../../server/extract/correspondents';
import { extractMentions } from '../../server/extract/mentions';
import type { DocumentInput } from '#model/types';
import { makeEmail, onlyDocument } from '../helpers/documents';
import { realLexicon } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

const EMAIL = makeEmail({
  headers: ['From: Anna Petrova <anna@example.org>', 'To: "Lavrov, Sergei" <press@example.ru>, desk@example.org', 'Subject: Dushanbe'],
  body: 'Sergei,\r\n\r\nVladimir Putin spoke in Dushanbe on Tuesday.\r\n\r\nThe weather was fine.\r\n\r\nBashar al-Assad was not there.',
});

let email: DocumentInput;
beforeAll(async () => {
  email = await onlyDocument('dushanbe.eml', EMAIL);
});

describe('an e-mail’s correspondents', () => {
  it('are the people its address lines name, with their offsets in the text; an address alone names nobody', () => {
    expect(email.correspondents?.map(({ name, begin, end }) => [name, email.text.slice(begin, end)])).toEqual([
      ['Anna Petrova', 'Anna Petrova'],
      ['Sergei Lavrov', 'Lavrov, Sergei'],
    ]);
  });
});

describe('withCorrespondents', () => {
  const extraction = () => withCorrespondents(extractMentions(email.text, realLexicon()), email.correspondents ?? [], email.text);

  it('makes each a PERSON mention with the role correspondent, in place of what extraction found there', () => {
    const header = extraction().mentions.filter((m) => m.begin < email.text.indexOf('Subject:'));
    expect(header.map(({ text, name, type, role, source }) => ({ text, name, type, role, source }))).toEqual([
      { text: 'Anna Petrova', name: 'Anna Petrova', type: 'PERSON', role: 'correspondent', source: 'text' },
      { text: 'Lavrov, Sergei', name: 'Sergei Lavrov', type: 'PERSON', role: 'correspondent', source: 'text' },
    ]);
  });

  it('adds every correspondent, inferred, to each sentence of the body that names a person, and to no other', () => {
    const { mentions, sentences } = extraction();
    const sentenceOf = (words: string): number => sentences.findIndex((s) => email.text.slice(s.begin, s.end).includes(words));
    const inferredIn = (index: number): string[] => mentions.filter((m) => m.source === 'correspondent' && m.sentence === index).map((m) => m.name);
    expect(inferredIn(sentenceOf('Vladimir Putin spoke'))).toEqual(['Anna Petrova', 'Sergei Lavrov']);
    expect(inferredIn(sentenceOf('Bashar al-Assad was'))).toEqual(['Anna Petrova', 'Sergei Lavrov']);
    expect(inferredIn(sentenceOf('The weather'))).toEqual([]);
    expect(mentions.filter((m) => m.source === 'correspondent').every((m) => m.role === 'subject' && m.begin === m.end)).toBe(true);
  });

  it('leaves an extraction without correspondents as it is', () => {
    const plain = extractMentions('Vladimir Putin spoke.', realLexicon());
    expect(withCorrespondents(plain, [], 'Vladimir Putin spoke.')).toBe(plain);
  });
});

describe('an e-mail in the corpus', () => {
  it('links its correspondents to the people it names, stores them as correspondents, and keeps them through a reingest', () => {
    const corpus = openCorpus({ dbPath: freshStore('mail') });
    try {
      const [outcome] = corpus.ingest([email]);
      expect(outcome?.status).toBe('added');
      const graph = corpus.graph();
      const idOf = (label: string): string | undefined => graph.nodes.find((node) => node.attributes.label === label)?.key;
      const linked = (a: string, b: string): boolean =>
        graph.edges.some((edge) => (edge.source === idOf(a) && edge.target === idOf(b)) || (edge.source === idOf(b) && edge.target === idOf(a)));
      expect(linked('Anna Petrova', 'Vladimir Putin')).toBe(true);
      expect(linked('Sergei Lavrov', 'Bashar al-Assad')).toBe(true);
      expect(linked('Anna Petrova', 'Dushanbe')).toBe(true);
      const stored = corpus.document(outcome?.status === 'added' ? outcome.document.id : -1);
      expect(stored.mentions.filter((m) => m.role === 'correspondent').map((m) => m.name)).toEqual(['Anna Petrova', 'Sergei Lavrov']);
      expect(graph.nodes.find((node) => node.attributes.label === 'Anna Petrova')?.attributes.mentions).toBe(1);
      const edges = graph.edges.length;
      corpus.reingest();
      expect(corpus.graph().edges).toHaveLength(edges);
      const again = corpus.documents()[0];
      expect(
        corpus
          .document(again?.id ?? -1)
          .mentions.filter((m) => m.role === 'correspondent')
          .map((m) => m.name),
      ).toEqual(['Anna Petrova', 'Sergei Lavrov']);
    } finally {
      corpus.close();
    }
  });
});
