/** The shortest chain of links between two entities, and what the entity panel says of it. */

import { pathReport, shortestPath } from '../../client/src/state/path';
import { DEFAULT_VIEW } from '../../client/src/state/types';
import { demoLikeGraph } from './fixtures';

const graph = demoLikeGraph();

describe('shortestPath', () => {
  it('finds the chain of links between two entities', () => {
    expect(shortestPath(graph, 'barack-obama', 'isil')).toEqual({
      nodes: ['barack-obama', 'vladimir-putin', 'syria', 'isil'],
      edges: ['vladimir-putin~barack-obama', 'vladimir-putin~syria', 'syria~isil'],
    });
  });
  it('answers null when nothing joins them, or an id is unknown', () => {
    expect(shortestPath(graph, 'reuters', 'isil')).toBeNull();
    expect(shortestPath(graph, 'nobody', 'isil')).toBeNull();
  });
});

describe('pathReport', () => {
  it('names the entities of the path found, in order', () => {
    const view = { ...DEFAULT_VIEW, selected: 'barack-obama', path: ['barack-obama', 'isil'] as [string, string] };
    expect(pathReport(graph, view, shortestPath(graph, 'barack-obama', 'isil'))).toEqual({
      found: true,
      labels: ['Barack Obama', 'Vladimir Putin', 'Syria', 'Islamic State of Iraq and the Levant'],
    });
  });

  it('says that no chain joins them, naming the far end by its label', () => {
    const view = { ...DEFAULT_VIEW, selected: 'reuters', path: ['reuters', 'isil'] as [string, string] };
    expect(pathReport(graph, view, shortestPath(graph, 'reuters', 'isil'))).toEqual({ found: false, to: 'Islamic State of Iraq and the Levant' });
  });

  it('names a far end the graph no longer holds by its id, and reports nothing when no path is asked for', () => {
    const view = { ...DEFAULT_VIEW, selected: 'reuters', path: ['reuters', 'gone'] as [string, string] };
    expect(pathReport(graph, view, null)).toEqual({ found: false, to: 'gone' });
    expect(pathReport(graph, DEFAULT_VIEW, null)).toBeNull();
  });
});
