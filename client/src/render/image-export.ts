/**
 * Pictures of the map as files: PNG at 1, 2 or 4 times the screen's size, or SVG, each with the
 * colours' key and a caption under the map (state/caption.ts), downloaded under a dated name.
 */

import type { KeyEntry } from '../state/caption';
import type { Renderer } from './renderer';
import { keyLayout, mapSvg } from './svg';

const KEY_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const CAPTION_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const KEY_ROW = 20;

/** Text widths at the key's font, in CSS pixels. */
function measurer(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return (text) => 7 * text.length;
  context.font = KEY_FONT;
  return (text) => context.measureText(text).width;
}

export async function mapPng(renderer: Renderer, scale: number, key: readonly KeyEntry[], caption: string): Promise<Blob> {
  const map = await renderer.canvasAt(scale);
  const width = map.width / scale;
  const placed = keyLayout(key, width, measurer());
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + (rows * KEY_ROW + 28) * scale;
  const context = out.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw on a canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(map, 0, 0);
  context.scale(scale, scale);
  const top = map.height / scale;
  context.font = KEY_FONT;
  context.textBaseline = 'middle';
  for (const { entry, x, row } of placed) {
    const y = top + 14 + row * KEY_ROW;
    context.fillStyle = entry.colour;
    context.beginPath();
    context.arc(x + 5, y, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#1f2328';
    context.fillText(entry.label, x + 16, y);
  }
  context.font = CAPTION_FONT;
  context.fillStyle = '#5f6b76';
  context.fillText(caption, 12, out.height / scale - 12);
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}

export function mapSvgBlob(renderer: Renderer, key: readonly KeyEntry[], caption: string): Blob {
  return new Blob([mapSvg({ ...renderer.scene(), key: [...key], caption }, measurer())], { type: 'image/svg+xml' });
}
