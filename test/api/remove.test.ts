/** `DELETE /api/documents/:id`: a write like any other (under the token), with clear refusals. */
import type { CorpusStats, DocumentSummary, SerializedGraph } from '#model/types';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';

const TOKEN = 'a-long-enough-test-token-0123456789';
let api: TestServer;

beforeEach(async () => {
  api = await startTestServer({ token: TOKEN });
  api.corpus.ingest(demoDocuments());
});
afterEach(() => api.close());

const remove = (id: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  api.fetch(`/api/documents/${id}`, { method: 'DELETE', headers });

it('removes the document and answers with what it was; the graph and counts follow', async () => {
  const before = await body<SerializedGraph>(await api.fetch('/api/graph'));
  const { removed } = await body<{ removed: DocumentSummary }>(await remove('1'));
  expect(removed.id).toBe(1);
  const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
  expect(stats.documents).toBe(1);
  const after = await body<SerializedGraph>(await api.fetch('/api/graph'));
  expect(after.nodes.length).toBeLessThan(before.nodes.length);
  expect(await errorOf(await api.fetch('/api/documents/1'), 404)).toMatch(/no document with id 1/);
});

it('refuses without the token (401), and keeps the document', async () => {
  expect(await errorOf(await remove('1', {}), 401)).toMatch(/token/);
  expect((await api.fetch('/api/documents/1')).status).toBe(200);
});

it('answers 404 for an unknown id and 400 for one that is no id', async () => {
  expect(await errorOf(await remove('99'), 404)).toMatch(/no document with id 99/);
  expect(await errorOf(await remove('abc'), 400)).toMatch(/id/);
  const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
  expect(stats.documents).toBe(2);
});
