/** The map as SVG: every link, entity and label drawn, the key and caption under it, text escaped. */

import { keyLayout, mapSvg, type MapScene } from '../../client/src/render/svg';

const measure = (text: string) => 7 * text.length;

const scene: MapScene = {
  width: 400,
  height: 300,
  edges: [{ x1: 10, y1: 10, x2: 100, y2: 120, colour: '#c6c6c6', thickness: 1.5 }],
  nodes: [
    { x: 10, y: 10, radius: 6, colour: '#4e79a7' },
    { x: 100, y: 120, radius: 4, colour: '#59a14f' },
  ],
  labels: [{ text: 'Al-Qaeda <& "Co">', x: 20, y: 2, height: 17 }],
  key: [{ colour: '#4e79a7', label: 'Person' }],
  caption: 'Plexus · 2 documents',
};

describe('mapSvg', () => {
  it('draws each link, entity and label, then the key and caption below the map', () => {
    const svg = mapSvg(scene, measure);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('>Al-Qaeda &lt;&amp; &quot;Co&quot;&gt;</text>');
    expect(svg).toContain('>Person</text>');
    expect(svg).toContain('>Plexus · 2 documents</text>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="348"/);
  });
});

describe('keyLayout', () => {
  it('wraps the key into rows that fit the width', () => {
    const key = Array.from({ length: 6 }, (_, i) => ({ colour: '#000', label: `Community ${i}` }));
    const rows = keyLayout(key, 300, measure).map((p) => p.row);
    expect(rows).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
