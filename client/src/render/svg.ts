/**
 * The map as an SVG file: links, entities and the labels where the map placed them, then the
 * colours' key and a caption under it. A vector file opens in a drawing program for a report's
 * figure, where a PNG could only be scaled.
 */

import type { KeyEntry } from '../state/caption';

export interface MapScene {
  width: number;
  height: number;
  edges: { x1: number; y1: number; x2: number; y2: number; colour: string; thickness: number }[];
  nodes: { x: number; y: number; radius: number; colour: string }[];
  /** Text at its box's left edge, centred on its height. */
  labels: { text: string; x: number; y: number; height: number }[];
  key: KeyEntry[];
  caption: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const KEY_ROW = 20;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

/** Key entries laid out in rows under the map: a swatch and a label each, wrapped at the width. */
export function keyLayout(key: readonly KeyEntry[], width: number, measure: (text: string) => number): { entry: KeyEntry; x: number; row: number }[] {
  const out: { entry: KeyEntry; x: number; row: number }[] = [];
  let x = 12;
  let row = 0;
  for (const entry of key) {
    const w = 18 + measure(entry.label) + 16;
    if (x + w > width && x > 12) {
      row++;
      x = 12;
    }
    out.push({ entry, x, row });
    x += w;
  }
  return out;
}

export function mapSvg(scene: MapScene, measure: (text: string) => number): string {
  const placed = keyLayout(scene.key, scene.width, measure);
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  const footer = rows * KEY_ROW + 28;
  const height = scene.height + footer;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(height)}" viewBox="0 0 ${n(scene.width)} ${n(height)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="links" stroke-linecap="round">`,
    ...scene.edges.map(
      (e) => `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escapeXml(e.colour)}" stroke-width="${n(e.thickness)}"/>`,
    ),
    `</g>`,
    `<g class="entities">`,
    ...scene.nodes.map((v) => `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.radius)}" fill="${escapeXml(v.colour)}"/>`),
    `</g>`,
    `<g class="labels" font-family='${FONT}' font-size="13" font-weight="600" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke" dominant-baseline="central">`,
    ...scene.labels.map((l) => `<text x="${n(l.x)}" y="${n(l.y + l.height / 2)}">${escapeXml(l.text)}</text>`),
    `</g>`,
    `<g class="key" font-family='${FONT}' font-size="12" fill="#1f2328" dominant-baseline="central">`,
    ...placed.flatMap(({ entry, x, row }) => {
      const y = scene.height + 14 + row * KEY_ROW;
      return [
        `<circle cx="${n(x + 5)}" cy="${n(y)}" r="5" fill="${escapeXml(entry.colour)}"/>`,
        `<text x="${n(x + 16)}" y="${n(y)}">${escapeXml(entry.label)}</text>`,
      ];
    }),
    `</g>`,
    `<text class="caption" x="12" y="${n(height - 10)}" font-family='${FONT}' font-size="11" fill="#5f6b76">${escapeXml(scene.caption)}</text>`,
    `</svg>`,
  ];
  return parts.join('\n');
}
