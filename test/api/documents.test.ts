/**
 * A document's metadata over the API: the outlet, date and address its file gives come back in the
 * document list and detail, and each evidence sentence carries its document's outlet and date.
 */

import type { DocumentDetail, DocumentSummary, EvidenceItem, IngestOutcome, SerializedGraph } from '#model/types';
import { body, startTestServer, type TestServer } from './harness';

const HEADER = 'Title: Leaders meet in Berlin\nSource: Reuters\nDate: March 5, 2024\nURL: https://example.com/leaders-meet\n\n';
const ARTICLE =
  'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.\n\n' +
  'Merkel said that Macron had asked about the budget of the European Union.\n';

let api: TestServer;
let added: DocumentSummary;

beforeAll(async () => {
  api = await startTestServer();
  const data = new FormData();
  data.append('files', new Blob([HEADER + ARTICLE]), 'leaders.txt');
  const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(await api.fetch('/api/documents', { method: 'POST', body: data }));
  const [outcome] = outcomes;
  if (outcome?.status !== 'added') throw new Error(`the upload was not added: ${JSON.stringify(outcome)}`);
  added = outcome.document;
});

afterAll(() => api.close());

describe('a document with a header block', () => {
  const metadata = { title: 'Leaders meet in Berlin', outlet: 'Reuters', date: '2024-03-05', dateSource: 'header', url: 'https://example.com/leaders-meet' };

  it('is listed with its title, outlet, date and URL', async () => {
    expect(added).toMatchObject(metadata);
    const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
    expect(documents).toEqual([expect.objectContaining(metadata)]);
  });

  it('is served without its header lines, mention offsets counted in the text served', async () => {
    const detail = await body<DocumentDetail>(await api.fetch(`/api/documents/${added.id}`));
    expect(detail.document).toMatchObject(metadata);
    expect(detail.text).toBe(ARTICLE);
    expect(detail.mentions.length).toBeGreaterThan(0);
    for (const mention of detail.mentions) expect(detail.text.slice(mention.begin, mention.end)).toBe(mention.text);
    expect(detail.mentions.map((mention) => mention.text)).not.toContain('Reuters');
  });

  it('counts the words of the text served, not of the header', () => {
    expect(added.words).toBe(ARTICLE.split(/\s+/).filter(Boolean).length);
  });

  it("gives each evidence sentence its document's outlet and date", async () => {
    const graph = await body<SerializedGraph>(await api.fetch('/api/graph'));
    const id = (label: string): string => graph.nodes.find((node) => node.attributes.label === label)?.key ?? label;
    const items = await body<EvidenceItem[]>(await api.fetch(`/api/evidence?source=${id('Angela Merkel')}&target=${id('Emmanuel Macron')}`));
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.document).toEqual({ id: added.id, title: 'Leaders meet in Berlin', outlet: 'Reuters', date: '2024-03-05', dateSource: 'header' });
    }
  });
});
