/**
 * Betweenness with a helper thread: the helper runs compiled JavaScript, so the graph modules are
 * compiled into test-artifacts/ first (as the parallel ingest's test does) and loaded from there.
 */
import fs from 'node:fs';
import path from 'node:path';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type * as Betweenness from '../../server/graph/betweenness';
import { compileServer } from '../helpers/compile';
import { REPO, turnsDuring } from '../helpers/fixtures';
import { randomGraph } from '../helpers/graphs';

const BUILD = path.join(REPO, 'test-artifacts', 'betweenness-build');
const COMPILED = path.join(BUILD, 'server', 'graph', 'betweenness.js');

let betweenness: typeof Betweenness.betweenness;
let startBetweenness: typeof Betweenness.startBetweenness;

beforeAll(() => {
  compileServer(
    BUILD,
    ['betweenness.ts', 'betweenness-helper.ts'].map((file) => path.join('server', 'graph', file)),
  );
  expect(fs.existsSync(COMPILED)).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled file, loaded at run time
  ({ betweenness, startBetweenness } = require(COMPILED) as typeof Betweenness);
}, 120_000);

describe('betweenness with a helper thread', () => {
  it('gives the same figures to the last bit as this thread alone, the helper searching from half of the sources', () => {
    const graph = randomGraph(3000, 12000, 7);
    const alone = betweenness(graph, 200, { threads: 'alone' });
    expect(betweenness(graph, 200, { threads: 'helper' })).toEqual(alone);
    // A graph this size has enough searches for the helper by default.
    expect(betweenness(graph, 200)).toEqual(alone);
    expect(Object.values(alone).filter((value) => value > 0).length).toBeGreaterThan(1000);
  });

  it('gives the same figures to the last bit when the helper takes three quarters of the searches, this thread working meanwhile', () => {
    const graph = randomGraph(3000, 12000, 7);
    const searches = startBetweenness(graph, 200, { threads: 'helper', helperShare: 0.75 });
    // What the thread does before it finishes its own part runs beside the helper.
    const alone = betweenness(graph, 200, { threads: 'alone', helperShare: 0.75 });
    expect(searches.finish()).toEqual(alone);
    // The parts are summed apart: another cut gives figures equal to within rounding, not to the bit.
    const halves = betweenness(graph, 200, { threads: 'alone' });
    for (const node of graph.nodes()) expect(halves[node]).toBeCloseTo(alone[node], 12);
  });

  it('gives the same figures to the last bit in steps, the helper awaited without holding this thread', async () => {
    const graph = randomGraph(3000, 12000, 7);
    const alone = betweenness(graph, 200, { threads: 'alone', helperShare: 0.75 });
    const searches = startBetweenness(graph, 200, { threads: 'helper', helperShare: 0.75 });
    const { result, turns } = await turnsDuring(() => searches.finishInSteps());
    expect(result).toEqual(alone);
    // This thread's 50 searches, 16 a step, and the wait for the helper.
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('is exact with every node a source, half of them searched by the helper', () => {
    const graph = randomGraph(400, 1600, 5);
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const helped = betweenness(graph, graph.order, { threads: 'helper' });
    for (const node of graph.nodes()) expect(helped[node]).toBeCloseTo(exact[node], 12);
  });

  it("searches the helper's half itself when the helper cannot run, with the same figures", () => {
    const graph = randomGraph(3000, 12000, 7);
    const alone = betweenness(graph, 200, { threads: 'alone' });
    fs.rmSync(path.join(BUILD, 'server', 'graph', 'betweenness-helper.js'));
    expect(betweenness(graph, 200)).toEqual(alone);
    expect(() => betweenness(graph, 200, { threads: 'helper' })).toThrow('no helper thread: the helper thread did not answer in time');
  });
});
