/**
 * GEXF by graphology-gexf, version 1.3 or 1.2draft: colour, size and position in `viz` (colours
 * as r, g, b, which networkx reads), every other attribute declared and typed. The 1.2draft `viz`
 * namespace graphology-gexf writes is malformed, so the root's declaration is rewritten.
 */
import { write } from 'graphology-gexf';
import type { EdgeAttributes } from '#model/types';
import type { ExportGraph, ExportNodeAttributes } from './export-graph';

/** '#4e79a7' → 'rgb(78,121,167)', which graphology-gexf writes as r, g, b; anything else as it is. */
function rgb(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return hex
    ? `rgb(${hex
        .slice(1)
        .map((part) => parseInt(part, 16))
        .join(',')})`
    : colour;
}

/** The `viz` namespace of each version, as GEXF's viz.xsd for that version declares it. */
export const GEXF_VIZ_NAMESPACES = {
  '1.2': 'http://www.gexf.net/1.2draft/viz',
  '1.3': 'http://gexf.net/1.3/viz',
} as const;

/** The file with its root element's `xmlns:viz` declaring `namespace`; throws if it has no root to fix. */
export function withVizNamespace(gexf: string, namespace: string): string {
  const root = /<gexf\b[^>]*>/.exec(gexf);
  if (!root) throw new Error('GEXF writer: no <gexf> root element');
  const declaration = /\sxmlns:viz="[^"]*"/;
  const fixed = declaration.test(root[0])
    ? root[0].replace(declaration, ` xmlns:viz="${namespace}"`)
    : root[0].replace(/^<gexf\b/, `<gexf xmlns:viz="${namespace}"`);
  return gexf.slice(0, root.index) + fixed + gexf.slice(root.index + root[0].length);
}

type GexfNodeAttributes = Omit<ExportNodeAttributes, 'label' | 'color' | 'size' | 'x' | 'y'>;
type GexfEdgeAttributes = Omit<EdgeAttributes, 'weight'>;

export function writeGexf(graph: ExportGraph, options: { version: '1.2' | '1.3' }): string {
  const written = write<ExportNodeAttributes, EdgeAttributes, GexfNodeAttributes, GexfEdgeAttributes>(graph, {
    version: options.version,
    pretty: true,
    formatNode: (_key, { label, color, size, x, y, ...attributes }) => ({
      label,
      viz: { color: rgb(color), size, x, y },
      attributes,
    }),
    formatEdge: (_key, { weight, ...attributes }) => ({ weight, attributes }),
  });
  return withVizNamespace(written, GEXF_VIZ_NAMESPACES[options.version]);
}
