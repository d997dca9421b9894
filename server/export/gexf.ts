/**
 * GEXF, Gephi's format, written by graphology-gexf: version 1.3 (Gephi 0.9 and later) or 1.2draft
 * (what networkx before 3.6 and older tools read). Colour, size and position go to GEXF's `viz`
 * elements; every other attribute is a declared, typed GEXF attribute; the edge weight is GEXF's own.
 * Colours are written as r, g, b in both versions: 1.3 also allows `hex`, but networkx (3.6) reads
 * only r, g, b.
 */
import { write } from 'graphology-gexf';
import type { EdgeAttributes } from '../model/types';
import type { ExportGraph, ExportNodeAttributes } from './export-graph';

/** '#4e79a7' → 'rgb(78,121,167)', which graphology-gexf writes as r, g, b; anything else as it is. */
function rgb(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return hex ? `rgb(${hex.slice(1).map((part) => parseInt(part, 16)).join(',')})` : colour;
}

type GexfNodeAttributes = Omit<ExportNodeAttributes, 'label' | 'color' | 'size' | 'x' | 'y'>;
type GexfEdgeAttributes = Omit<EdgeAttributes, 'weight'>;

export function writeGexf(graph: ExportGraph, options: { version: '1.2' | '1.3' }): string {
  return write<ExportNodeAttributes, EdgeAttributes, GexfNodeAttributes, GexfEdgeAttributes>(graph, {
    version: options.version,
    pretty: true,
    formatNode: (_key, { label, color, size, x, y, ...attributes }) => ({
      label,
      viz: { color: rgb(color), size, ...(x !== undefined && y !== undefined ? { x, y } : {}) },
      attributes,
    }),
    formatEdge: (_key, { weight, ...attributes }) => ({ weight, attributes }),
  });
}
