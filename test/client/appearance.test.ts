/** The reducers' decisions: colour, size, and what hover, selection and paths light up or dim. */

import {
  COMMUNITY_COLOURS,
  communityColour,
  DIMMED_EDGE,
  EDGE_COLOUR,
  FRESH_EDGE,
  NO_COMMUNITY_COLOUR,
  nodeColour,
  sizeValue,
  DIMMED_NODE,
  edgeLook,
  edgeSize,
  HIGHLIGHT_EDGE,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeLook,
  nodeSize,
  PATH_COLOUR,
  TYPE_COLOURS,
  typeColour,
  type Highlight,
} from '../../client/src/render/appearance';
import { shortestPath } from '../../client/src/state/path';
import { DEFAULT_VIEW } from '../../client/src/state/types';
import { computeVisibility } from '../../client/src/state/visibility';
import { ENTITY_TYPES } from '#model/types';
import { demoLikeGraph } from './fixtures';

const graph = demoLikeGraph();
const all = computeVisibility(graph, DEFAULT_VIEW, null);
const none: Highlight = {
  hovered: null,
  hoveredNeighbours: new Set(),
  selected: null,
  selectedNeighbours: new Set(),
  edge: null,
  edgeEnds: [],
  path: null,
  fresh: new Set(),
  freshEdges: new Set(),
};
const scale = { sizeBy: 'mentions' as const, max: 20 };
const look = (node: string, highlight: Highlight = none) => nodeLook(node, graph.getNodeAttributes(node), all, highlight, scale);
const edge = (key: string, highlight: Highlight = none) => {
  const [source, target] = graph.extremities(key);
  return edgeLook(key, graph.getEdgeAttributes(key), source, target, all, highlight);
};

describe('appearance', () => {
  it('has a distinct colour for every entity type the server knows', () => {
    expect(Object.keys(TYPE_COLOURS).sort()).toEqual([...ENTITY_TYPES].sort());
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(ENTITY_TYPES.length);
    expect(typeColour('PERSON')).toBe(TYPE_COLOURS.PERSON);
  });

  it('sizes by area, from the smallest to the largest', () => {
    expect(nodeSize(0, 20)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(20, 20)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(5, 20)).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
  });

  it('sizes by degree when asked', () => {
    const byDegree = nodeLook('syria', graph.getNodeAttributes('syria'), all, none, { sizeBy: 'degree', max: 4 });
    expect(byDegree.size).toBe(MAX_NODE_SIZE);
  });

  it('sizes by PageRank or betweenness when asked, and a missing metric counts as 0', () => {
    const attributes = { ...graph.getNodeAttributes('syria'), pagerank: 0.3, betweenness: 0.5 };
    expect(sizeValue(attributes, 'pagerank')).toBe(0.3);
    expect(sizeValue(attributes, 'betweenness')).toBe(0.5);
    expect(sizeValue(attributes, 'mentions')).toBe(15);
    expect(sizeValue(attributes, 'degree')).toBe(4);
    expect(sizeValue(graph.getNodeAttributes('syria'), 'pagerank')).toBe(0);
    expect(nodeLook('syria', attributes, all, none, { sizeBy: 'pagerank', max: 0.3 }).size).toBe(MAX_NODE_SIZE);
    expect(nodeLook('syria', attributes, all, none, { sizeBy: 'betweenness', max: 2 }).size).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
    expect(nodeLook('syria', graph.getNodeAttributes('syria'), all, none, { sizeBy: 'betweenness', max: 0 }).size).toBe(MIN_NODE_SIZE);
  });

  it('colours by community from a fixed palette, cycling, and by type by default', () => {
    expect(COMMUNITY_COLOURS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(COMMUNITY_COLOURS).size).toBe(COMMUNITY_COLOURS.length);
    expect(COMMUNITY_COLOURS).not.toContain(DIMMED_NODE);
    expect(communityColour(0)).toBe(COMMUNITY_COLOURS[0]);
    expect(communityColour(3)).toBe(COMMUNITY_COLOURS[3]);
    expect(communityColour(COMMUNITY_COLOURS.length + 1)).toBe(COMMUNITY_COLOURS[1]);
    expect(communityColour(undefined)).toBe(NO_COMMUNITY_COLOUR);
    expect(communityColour(-1)).toBe(NO_COMMUNITY_COLOUR);

    const putin = { ...graph.getNodeAttributes('vladimir-putin'), community: 2 };
    expect(nodeColour(putin)).toBe(TYPE_COLOURS.PERSON);
    expect(nodeColour(putin, 'type')).toBe(TYPE_COLOURS.PERSON);
    expect(nodeColour(putin, 'community')).toBe(COMMUNITY_COLOURS[2]);
    expect(nodeLook('vladimir-putin', putin, all, none, { ...scale, colourBy: 'community' }).color).toBe(COMMUNITY_COLOURS[2]);
    expect(nodeLook('vladimir-putin', putin, all, none, scale).color).toBe(TYPE_COLOURS.PERSON);
  });

  it('dims by community colour as by type colour when hovering elsewhere', () => {
    const russia = { ...graph.getNodeAttributes('russia'), community: 1 };
    const hover: Highlight = { ...none, hovered: 'barack-obama', hoveredNeighbours: new Set(['vladimir-putin']) };
    expect(nodeLook('russia', russia, all, hover, { ...scale, colourBy: 'community' }).color).toBe(DIMMED_NODE);
  });

  it('hides what the filters hide', () => {
    const withoutPersons = computeVisibility(graph, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenTypes: ['PERSON'] } }, null);
    expect(nodeLook('barack-obama', graph.getNodeAttributes('barack-obama'), withoutPersons, none, scale).hidden).toBe(true);
    expect(nodeLook('russia', graph.getNodeAttributes('russia'), withoutPersons, none, scale).hidden).toBe(false);
  });

  it('keeps the hovered entity and its neighbours lit and dims the rest', () => {
    const hover: Highlight = { ...none, hovered: 'barack-obama', hoveredNeighbours: new Set(['vladimir-putin']) };
    expect(look('barack-obama', hover)).toMatchObject({ color: TYPE_COLOURS.PERSON, forceLabel: true });
    expect(look('vladimir-putin', hover)).toMatchObject({ color: TYPE_COLOURS.PERSON, forceLabel: true });
    expect(look('syria', hover)).toMatchObject({ color: DIMMED_NODE, label: '' });
    expect(edge('vladimir-putin~barack-obama', hover).color).toBe(HIGHLIGHT_EDGE);
    expect(edge('russia~syria', hover).color).toBe(DIMMED_EDGE);
  });

  it('labels the selection, its neighbours and the ends of the open link', () => {
    const selection: Highlight = { ...none, selected: 'russia', selectedNeighbours: new Set(['syria']) };
    expect(look('russia', selection)).toMatchObject({ forceLabel: true, highlighted: true });
    expect(look('syria', selection)).toMatchObject({ forceLabel: true, highlighted: false });
    expect(look('barack-obama', selection).forceLabel).toBe(false);
    const open: Highlight = { ...none, edge: 'vladimir-putin~barack-obama', edgeEnds: ['vladimir-putin', 'barack-obama'] };
    expect(look('barack-obama', open).forceLabel).toBe(true);
    expect(edge('vladimir-putin~barack-obama', open)).toMatchObject({ hidden: false, color: PATH_COLOUR });
  });

  it('marks and labels what is new since the last upload', () => {
    const fresh: Highlight = { ...none, fresh: new Set(['barack-obama']), freshEdges: new Set(['vladimir-putin~barack-obama']) };
    expect(look('barack-obama', fresh)).toMatchObject({ forceLabel: true, highlighted: true });
    expect(look('russia', fresh)).toMatchObject({ forceLabel: false, highlighted: false });
    expect(edge('vladimir-putin~barack-obama', fresh).color).toBe(FRESH_EDGE);
    expect(edge('russia~syria', fresh).color).toBe(EDGE_COLOUR);
  });

  it('draws a path in its own colour and dims what is off it', () => {
    const path = shortestPath(graph, 'barack-obama', 'isil');
    const highlight: Highlight = { ...none, path };
    expect(look('syria', highlight).color).toBe(TYPE_COLOURS.LOCATION);
    expect(look('russia', highlight).color).toBe(DIMMED_NODE);
    expect(edge('syria~isil', highlight).color).toBe(PATH_COLOUR);
    expect(edge('russia~syria', highlight).color).toBe(DIMMED_EDGE);
  });

  it('thickens links by count on a log scale, and by PMI or NPMI relative to the strongest', () => {
    expect(edgeSize(1)).toBeLessThan(edgeSize(4));
    expect(edgeSize(1000)).toBe(6);
    const npmi = { weighting: 'npmi' as const, max: 0.8 };
    expect(edgeSize(0.8, npmi)).toBe(6);
    expect(edgeSize(0.4, npmi)).toBeCloseTo(3.4);
    // Links no likelier than chance (PMI ≤ 0) are the thinnest, not invisible.
    expect(edgeSize(-0.5, npmi)).toBe(0.8);
    expect(edgeSize(0, { weighting: 'pmi', max: 0 })).toBe(0.8);
  });
});
