/**
 * One sentence that names thousands of people (a hostile upload, or a list of signatories) used to
 * make a link for every pair of them: millions of links, and a server that died on its next graph.
 */

import { crowdedNames, crowdedSentence } from '../../bench/hostile';
import { LIST_REACH } from '../../server/graph/window-pairs';
import type { SerializedGraph } from '#model/types';
import { body, demoDocuments, startTestServer, type TestServer } from '../api/harness';
import { form, upload } from './helpers';

const NAMES = 8000;
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
});
afterAll(() => api.close());

describe(`a sentence naming ${NAMES} people`, () => {
  let before: SerializedGraph;
  let after: SerializedGraph;

  beforeAll(async () => {
    before = await body<SerializedGraph>(await api.fetch('/api/graph'));
    const response = await upload(api, form(['signatories.txt', crowdedSentence(NAMES)]));
    expect(response.status).toBe(201);
    after = await body<SerializedGraph>(await api.fetch('/api/graph'));
  });

  it('is stored, with every name as an entity', () => {
    expect(after.nodes.length - before.nodes.length).toBeGreaterThanOrEqual(NAMES);
  });

  it(`links each name only to the ${LIST_REACH} on either side of it`, () => {
    const added = after.edges.length - before.edges.length;
    expect(added).toBeLessThanOrEqual((NAMES + 1) * LIST_REACH);
    expect(added).toBeGreaterThan(NAMES * LIST_REACH * 0.9);
  });

  it('leaves the links of the other documents as they were', () => {
    const key = (e: { source: string; target: string }) => `${e.source}~${e.target}`;
    const kept = new Map(after.edges.map((e) => [key(e), e.attributes]));
    for (const edge of before.edges) expect(kept.get(key(edge))).toEqual(edge.attributes);
  });

  it('gives as evidence of a link the sentence that made it, and no link to names far apart', async () => {
    const names = crowdedNames(NAMES - 1);
    const idOf = (label: string) => after.nodes.find((n) => n.attributes.label === label)?.key;
    const middle = idOf(names[NAMES / 2]);
    const far = idOf(names[NAMES / 2 + 3 * LIST_REACH]);
    expect(middle).toBeDefined();
    expect(far).toBeDefined();
    const partners = after.edges.filter((e) => e.source === middle || e.target === middle);
    expect(partners.length).toBeLessThanOrEqual(2 * LIST_REACH);
    expect(partners.some((e) => e.source === far || e.target === far)).toBe(false);
    const [edge] = partners;
    const evidence = await body<unknown[]>(await api.fetch(`/api/evidence?source=${edge.source}&target=${edge.target}`));
    expect(evidence).toHaveLength(1);
  });

  it('still answers the stats', async () => {
    const response = await api.fetch('/api/stats');
    expect(response.status).toBe(200);
  });
});
