/**
 * Curation through the API, on the demo corpus in a real SQLite file: merge, split, rename, retype
 * and hide change what the graph and entity endpoints answer; undo goes back one rule at a time;
 * bad requests say why and change nothing; the rules survive re-ingesting the corpus and hold for
 * documents ingested after them.
 */

import type { CurationRule, EntityDetail, SerializedGraph } from '#model/types';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;

beforeEach(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
});

afterEach(() => api.close());

interface RulesAnswer {
  rules: CurationRule[];
}

async function curate(request: object, status = 201): Promise<CurationRule> {
  const response = await api.fetch('/api/curation', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  expect(response.status).toBe(status);
  return (await body<{ rule: CurationRule }>(response)).rule;
}

async function undo(): Promise<Response> {
  return api.fetch('/api/curation/undo', { method: 'POST' });
}

async function graph(query = ''): Promise<SerializedGraph> {
  const response = await api.fetch(`/api/graph${query}`);
  expect(response.status).toBe(200);
  return body<SerializedGraph>(response);
}

async function entity(id: string): Promise<EntityDetail> {
  const response = await api.fetch(`/api/entities/${encodeURIComponent(id)}`);
  expect(response.status).toBe(200);
  return body<EntityDetail>(response);
}

const node = (g: SerializedGraph, id: string) => g.nodes.find((n) => n.key === id);
const neighbours = (g: SerializedGraph, id: string) => g.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])).sort();

describe('merge', () => {
  it("merges the Pentagon into the United States: one node with every name, its links and the user's reason", async () => {
    const before = await graph();
    const pentagon = node(before, 'pentagon');
    const us = node(before, 'united-states');
    const usAliases = (await entity('united-states')).aliases.map((a) => a.name);

    const rule = await curate({ action: 'merge', entity: 'pentagon', into: 'united-states' });
    expect(rule).toMatchObject({ action: 'merge', entity: 'pentagon', into: 'united-states' });

    const after = await graph();
    expect(node(after, 'pentagon')).toBeUndefined();
    expect(node(after, 'united-states')?.attributes.mentions).toBe((pentagon?.attributes.mentions ?? NaN) + (us?.attributes.mentions ?? NaN));
    expect(after.nodes.length).toBe(before.nodes.length - 1);
    const linked = new Set([...neighbours(before, 'pentagon'), ...neighbours(before, 'united-states')]);
    linked.delete('pentagon');
    linked.delete('united-states');
    expect(neighbours(after, 'united-states')).toEqual([...linked].sort());
    const merged = await entity('united-states');
    expect(merged.aliases.map((a) => a.name).sort()).toEqual([...usAliases, 'Pentagon'].sort());
    expect(merged.merges.filter((m) => m.by === 'user')).toEqual([{ name: 'Pentagon', from: 'pentagon', by: 'user', reason: 'curated', at: rule.at }]);
    // The old id still leads to the entity it became part of.
    expect((await entity('pentagon')).id).toBe('united-states');
  });

  it("shows why the resolver took each name: 'Putin' by surname, 'Isis' as a known variant", async () => {
    const putin = await entity('vladimir-putin');
    expect(putin.merges).toContainEqual({ name: 'putin', from: null, reason: 'surname', by: 'resolver', at: null });
    const isil = await entity('islamic-state-of-iraq-and-the-levant');
    expect(isil.merges).toContainEqual({ name: 'isis', from: null, reason: 'known-variant', by: 'resolver', at: null });
  });
});

describe('split', () => {
  it("splits the alias 'Putin' off Vladimir Putin into an entity of its own", async () => {
    const before = await entity('vladimir-putin');
    const lone = before.aliases.find((a) => a.name === 'Putin');
    expect(lone).toBeDefined();

    const rule = await curate({ action: 'split', entity: 'vladimir-putin', alias: 'Putin' });
    expect(rule.created).toBe(`putin.${rule.id}`);

    const after = await graph();
    const made = node(after, rule.created ?? '');
    expect(made?.attributes).toMatchObject({ label: 'Putin', type: 'PERSON', mentions: lone?.count });
    expect(node(after, 'vladimir-putin')?.attributes.mentions).toBe(before.mentions - (lone?.count ?? 0));
    const left = (await entity('vladimir-putin')).aliases.map((a) => a.name);
    expect(left).not.toContain('Putin');
    expect(left.length).toBe(before.aliases.length - 1);
    expect((await entity(rule.created ?? '')).aliases).toEqual([{ name: 'Putin', count: lone?.count }]);
  });
});

describe('rename, retype and hide', () => {
  it('renames an entity: the graph and search show the new label', async () => {
    const search = async (q: string) =>
      (await body<{ results: { id: string }[] }>(await api.fetch(`/api/search?q=${encodeURIComponent(q)}`))).results.map((r) => r.id);
    expect(await search('russian federation')).not.toContain('russia');
    await curate({ action: 'rename', entity: 'russia', label: '  Russian Federation ' });
    expect(node(await graph(), 'russia')?.attributes.label).toBe('Russian Federation');
    expect(await search('russian federation')).toContain('russia');
  });

  it('changes the type of an entity: the type filter follows', async () => {
    await curate({ action: 'retype', entity: 'moscow', type: 'ORGANIZATION' });
    expect(node(await graph(), 'moscow')?.attributes.type).toBe('ORGANIZATION');
    expect(node(await graph('?types=LOCATION'), 'moscow')).toBeUndefined();
    expect(node(await graph('?types=ORGANIZATION'), 'moscow')).toBeDefined();
  });

  it('hides an entity: gone from the graph with its links, and from the entities endpoint', async () => {
    const before = await graph();
    const links = neighbours(before, 'russia').length;
    expect(links).toBeGreaterThan(0);
    await curate({ action: 'hide', entity: 'russia' });
    const after = await graph();
    expect(node(after, 'russia')).toBeUndefined();
    expect(after.edges.length).toBe(before.edges.length - links);
    expect(await errorOf(await api.fetch('/api/entities/russia'), 404)).toMatch(/russia/);
  });
});

describe('undo', () => {
  it('undoes the newest rule, and each further undo goes one step back, until the graph is as it was', async () => {
    const original = await graph();
    await curate({ action: 'merge', entity: 'pentagon', into: 'united-states' });
    await curate({ action: 'rename', entity: 'united-states', label: 'USA' });

    const rules = await body<RulesAnswer>(await api.fetch('/api/curation'));
    expect(rules.rules.map((r) => r.action)).toEqual(['rename', 'merge']);

    const first = await undo();
    expect(first.status).toBe(200);
    expect((await body<{ undone: CurationRule }>(first)).undone.action).toBe('rename');
    const once = await graph();
    expect(node(once, 'united-states')?.attributes.label).toBe(node(original, 'united-states')?.attributes.label);
    expect(node(once, 'pentagon')).toBeUndefined();

    expect((await undo()).status).toBe(200);
    expect(await graph()).toEqual(original);
    expect(await errorOf(await undo(), 404)).toMatch(/no curation to undo/);
  });

  it('removes one rule by id with DELETE', async () => {
    const original = await graph();
    const hide = await curate({ action: 'hide', entity: 'reuters' });
    await curate({ action: 'retype', entity: 'moscow', type: 'ORGANIZATION' });
    const response = await api.fetch(`/api/curation/${hide.id}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    const now = await graph();
    expect(node(now, 'reuters')).toEqual(node(original, 'reuters'));
    expect(node(now, 'moscow')?.attributes.type).toBe('ORGANIZATION');
    expect(await errorOf(await api.fetch(`/api/curation/${hide.id}`, { method: 'DELETE' }), 404)).toMatch(/no curation rule/);
  });
});

describe('bad requests change nothing', () => {
  it.each([
    [{ action: 'merge', entity: 'no-such-entity', into: 'russia' }, 404, /no entity with id 'no-such-entity'/],
    [{ action: 'merge', entity: 'russia', into: 'nobody' }, 404, /no entity with id 'nobody'/],
    [{ action: 'merge', entity: 'russia', into: 'russia' }, 400, /cannot merge 'russia' into itself/],
    [{ action: 'rename', entity: 'russia', label: '   ' }, 400, /label: must not be empty/],
    [{ action: 'rename', entity: 'russia', label: 'Russia \ud800' }, 400, /label: must be well-formed Unicode/],
    [{ action: 'retype', entity: 'russia', type: 'PLANET' }, 400, /unknown entity type "PLANET"/],
    [{ action: 'split', entity: 'vladimir-putin', alias: 'Mr Obama' }, 400, /'Mr Obama' is not an alias of Vladimir Putin/],
    [{ action: 'split', entity: 'moscow', alias: 'Moscow' }, 400, /only alias/],
    [{ action: 'explode', entity: 'russia' }, 400, /action must be one of merge, split, rename, retype, hide/],
    [{ action: 'hide', entity: 'russia', reason: 'noise' }, 400, /unknown field "reason"/],
  ])('%j → %i', async (request, status, message) => {
    const before = await graph();
    expect(
      await errorOf(
        await api.fetch('/api/curation', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) }),
        status,
      ),
    ).toMatch(message);
    expect((await body<RulesAnswer>(await api.fetch('/api/curation'))).rules).toEqual([]);
    expect(await graph()).toEqual(before);
  });
});

describe('rules that last', () => {
  async function curateAll(): Promise<void> {
    await curate({ action: 'merge', entity: 'pentagon', into: 'united-states' });
    await curate({ action: 'split', entity: 'vladimir-putin', alias: 'Putin' });
    await curate({ action: 'rename', entity: 'islamic-state-of-iraq-and-the-levant', label: 'Islamic State' });
    await curate({ action: 'retype', entity: 'moscow', type: 'ORGANIZATION' });
    await curate({ action: 'hide', entity: 'reuters' });
  }

  it('after re-ingesting the corpus the curated graph, its export and its rules are unchanged', async () => {
    await curateAll();
    const rules = await body<RulesAnswer>(await api.fetch('/api/curation'));
    const exported = async () => (await api.fetch('/api/export?format=json')).text();
    const before = { graph: await graph('?metrics=true'), file: await exported(), putin: await entity('vladimir-putin') };

    const outcomes = api.corpus.reingest();
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added']);

    expect(await graph('?metrics=true')).toEqual(before.graph);
    expect(await exported()).toBe(before.file);
    expect(await entity('vladimir-putin')).toEqual(before.putin);
    expect(await body<RulesAnswer>(await api.fetch('/api/curation'))).toEqual(rules);
  });

  it('a rule made before a document arrives holds for that document', async () => {
    const split = await curate({ action: 'split', entity: 'vladimir-putin', alias: 'Putin' });
    await curate({ action: 'rename', entity: 'russia', label: 'Russian Federation' });
    await curate({ action: 'hide', entity: 'reuters' });
    const before = await graph();
    const posted = await api.fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Later', text: 'Putin spoke in Moscow on Tuesday. Russia will stay, Reuters reported.' }),
    });
    expect(posted.status).toBe(201);
    const after = await graph();
    const mentions = (g: SerializedGraph, id: string) => node(g, id)?.attributes.mentions ?? 0;
    expect(mentions(after, split.created ?? '')).toBe(mentions(before, split.created ?? '') + 1);
    expect(mentions(after, 'vladimir-putin')).toBe(mentions(before, 'vladimir-putin'));
    expect(node(after, 'russia')?.attributes).toMatchObject({ label: 'Russian Federation', mentions: mentions(before, 'russia') + 1 });
    expect(node(after, 'reuters')).toBeUndefined();
  });

  it("follows the resolver's own merges: a rule on a lone surname holds for the full name it is later merged into", async () => {
    api.corpus.ingest([{ title: 'Geneva', text: 'Mr Lavrov met reporters in Geneva on Monday.', sourcePath: '' }]);
    await curate({ action: 'rename', entity: 'lavrov', label: 'Foreign Minister Lavrov' });
    api.corpus.ingest([{ title: 'Moscow', text: 'Sergei Lavrov spoke in Moscow on Tuesday.', sourcePath: '' }]);
    const after = await graph();
    expect(node(after, 'lavrov')).toBeUndefined();
    expect(node(after, 'sergei-lavrov')?.attributes).toMatchObject({ label: 'Foreign Minister Lavrov', mentions: 2 });
    const lavrov = await entity('lavrov');
    expect(lavrov.id).toBe('sergei-lavrov');
    expect(lavrov.merges).toContainEqual({ name: 'lavrov', from: 'lavrov', reason: 'surname', by: 'resolver', at: expect.any(String) });
  });
});
