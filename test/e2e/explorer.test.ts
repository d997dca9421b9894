/**
 * The explorer on the demo corpus, in a real headless chromium against the real server: the graph
 * is drawn, filters hide what they say, search selects and shows aliases, a link shows its
 * sentences, the URL carries the view, and the view exports as PNG.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { EntityDetail, SerializedGraph } from '#model/types';
import { storeName } from '../helpers/store';
import { ARTIFACTS, eventually, inkOf, openExplorer, README_SCREENSHOT, renderedNodes, screenshot, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession('explorer');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

let page: Page;
let errors: string[];
beforeEach(async () => {
  ({ page, errors } = await openExplorer(session));
}, 30_000);
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

interface RenderedEdge {
  source: string;
  target: string;
  weight: number;
  size: number;
}

function isRenderedEdge(value: unknown): value is RenderedEdge {
  return (
    typeof value === 'object' &&
    value !== null &&
    'source' in value &&
    typeof value.source === 'string' &&
    'target' in value &&
    typeof value.target === 'string' &&
    'weight' in value &&
    typeof value.weight === 'number' &&
    'size' in value &&
    typeof value.size === 'number'
  );
}

/** The links sigma draws, with their weights and thicknesses, read through the page's inspector. */
async function renderedEdges(): Promise<RenderedEdge[]> {
  const value: unknown = await page.evaluate('window.plexusExplorer.renderedEdges()');
  if (!Array.isArray(value) || !value.every(isRenderedEdge)) throw new Error(`unexpected inspector answer: ${JSON.stringify(value)}`);
  return value;
}

async function entity(id: string): Promise<EntityDetail> {
  return (await (await fetch(`${session.url}api/entities/${id}`)).json()) as EntityDetail;
}

describe('the explorer on the demo corpus', () => {
  it('draws the graph on the canvas, coloured by type', async () => {
    const nodes = await renderedNodes(page);
    expect(nodes.length).toBeGreaterThan(10);
    // A frame is drawn once its labels are placed; then the pixels themselves are looked at.
    await eventually(
      async () => ((await page.evaluate('window.plexusExplorer.labels()')) as unknown[]).length,
      (placed) => placed > 0,
      'a frame drawn',
    );
    const { ink, colours, total } = await inkOf(page, '#graph');
    expect(ink / total).toBeGreaterThan(0.005);
    expect(colours).toBeGreaterThan(8);
    await screenshot(page, 'explorer-demo');
  });
});

describe('filters', () => {
  it('unticking PERSON removes every person from the rendered graph, and back brings them again', async () => {
    const before = await renderedNodes(page);
    expect(before.some((node) => node.type === 'PERSON')).toBe(true);
    const entries = Number(await page.evaluate('window.history.length'));
    await page.locator('#type-PERSON').uncheck();
    const after = await eventually(
      () => renderedNodes(page),
      (nodes) => nodes.every((node) => node.type !== 'PERSON'),
      'no PERSON drawn',
    );
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBe(before.filter((node) => node.type !== 'PERSON').length);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('PERSON');
    // A step of its own, however soon after the page opened: back undoes it rather than leaving.
    expect(Number(await page.evaluate('window.history.length'))).toBe(entries + 1);
    await screenshot(page, 'filter-no-person');

    await page.goBack();
    await eventually(
      () => renderedNodes(page),
      (nodes) => nodes.some((node) => node.type === 'PERSON'),
      'persons drawn again',
    );
    expect(await page.locator('#type-PERSON').isChecked()).toBe(true);
  });

  it('a link with filters reproduces the view', async () => {
    await page.goto(`${session.url}?hide=LOCATION,OUTLET&minMentions=2`);
    await page.waitForSelector('body[data-explorer="ready"]');
    const nodes = await renderedNodes(page);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.type === 'PERSON' || node.type === 'ORGANIZATION')).toBe(true);
    expect(await page.locator('#type-LOCATION').isChecked()).toBe(false);
    expect(await page.locator('#min-mentions').inputValue()).toBe('2');
  });
});

describe('edge weighting', () => {
  it('weighs links by NPMI with a minimum count: the drawn weights, thicknesses and the export link follow', async () => {
    const counted = await renderedEdges();
    expect(counted.every((edge) => Number.isInteger(edge.weight) && edge.weight >= 1)).toBe(true);
    expect(counted.some((edge) => edge.weight === 1)).toBe(true);

    await page.locator('#weighting').selectOption('npmi');
    await page.locator('#min-count').fill('2');
    await page.locator('#min-count').dispatchEvent('change');
    const server = (await (await fetch(`${session.url}api/graph?weight=npmi&minCount=2`)).json()) as SerializedGraph;
    const weighted = await eventually(
      () => renderedEdges(),
      (edges) => edges.length === server.edges.length && edges.every((edge) => edge.weight <= 1),
      'the NPMI links drawn',
    );
    // Pairs seen once are gone; each drawn weight is the server's NPMI of that pair.
    expect(weighted.length).toBeLessThan(counted.length);
    const npmiOf = new Map(server.edges.map((edge) => [pairOf(edge.source, edge.target), edge.attributes.weight]));
    for (const edge of weighted) expect(edge.weight).toBeCloseTo(npmiOf.get(pairOf(edge.source, edge.target)) ?? NaN, 6);
    // The strongest association is drawn thickest, the weakest thinner.
    const strongest = weighted.reduce((a, b) => (b.weight > a.weight ? b : a));
    const weakest = weighted.reduce((a, b) => (b.weight < a.weight ? b : a));
    expect(strongest.size).toBe(6);
    expect(weakest.size).toBeLessThan(strongest.size);

    const url = new URL(page.url()).searchParams;
    expect([url.get('weight'), url.get('minCount')]).toEqual(['npmi', '2']);
    const href = (await page.locator('#export-graphml').getAttribute('href')) ?? '';
    const params = new URL(href, session.url).searchParams;
    expect([params.get('weight'), params.get('minCount')]).toEqual(['npmi', '2']);
    await screenshot(page, 'weighting-npmi');

    // Back returns to counted links.
    await page.goBack();
    await eventually(
      () => renderedEdges(),
      (edges) => edges.length === counted.length,
      'the counted links again',
    );
    expect(await page.locator('#weighting').inputValue()).toBe('count');
  });
});

function pairOf(a: string, b: string): string {
  return [a, b].sort().join('|');
}

describe('search, entity panel and evidence', () => {
  it("searching 'Putin' selects Vladimir Putin and the panel lists his aliases", async () => {
    const putin = await entity('vladimir-putin');
    await page.keyboard.press('/');
    await page.keyboard.type('Putin');
    const option = page.locator('#search-suggestions [role=option][data-entity="vladimir-putin"]');
    await option.waitFor();
    await option.click();
    const panel = page.locator('#panel section.entity[data-entity="vladimir-putin"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toContain('Vladimir Putin');
    const aliases = await panel.locator('ul.aliases .alias').allTextContents();
    expect(aliases).toEqual(putin.aliases.map((alias) => alias.name));
    expect(new URL(page.url()).searchParams.get('entity')).toBe('vladimir-putin');
    await screenshot(page, 'search-putin');

    await page.keyboard.press('Escape');
    await page.locator('#panel section.overview').waitFor();
    expect(new URL(page.url()).searchParams.get('entity')).toBeNull();
  });

  it("'Isis' finds Isil (Islamic State of Iraq and the Levant)", async () => {
    await page.locator('#search').fill('Isis');
    const options = page.locator('#search-suggestions [role=option]');
    await options.first().waitFor();
    expect((await options.allTextContents()).join('\n')).toMatch(/Islamic State of Iraq and the Levant|Isil/);
  });

  it('the Putin–Obama link shows its evidence sentences with both names highlighted', async () => {
    await page.goto(`${session.url}?entity=vladimir-putin`);
    await page.waitForSelector('body[data-explorer="ready"]');
    await page.locator('#panel button[data-evidence="barack-obama"]').click();
    const sentences = page.locator('#panel ol.evidence > li');
    await sentences.first().waitFor();
    expect(await sentences.count()).toBeGreaterThan(0);
    // Each sentence marks both entities: by name, or (a quotation's speaker) with a note saying so.
    for (const item of await sentences.all()) {
      for (const id of ['vladimir-putin', 'barack-obama']) {
        expect(await item.locator(`mark[data-entity="${id}"], .inferred-note[data-entity="${id}"]`).count()).toBeGreaterThan(0);
      }
    }
    const marked = await page.locator('#panel ol.evidence mark').allTextContents();
    expect(marked.some((text) => /Obama/.test(text))).toBe(true);
    expect(await page.locator('#panel ol.evidence .doc-link').first().textContent()).not.toBe('');
    // Beside each sentence, its document's outlet (the demo articles state no date).
    const outlets = await page.locator('#panel ol.evidence .source .outlet-date').allTextContents();
    expect(outlets).toHaveLength(await sentences.count());
    expect(new Set(outlets)).toEqual(new Set(['IBTimes · 2015-09-04', 'The Daily Telegraph · 2015-09-04']));
    expect(new URL(page.url()).searchParams.get('link')).toBe('vladimir-putin,barack-obama');
    fs.copyFileSync(await screenshot(page, 'evidence-putin-obama'), README_SCREENSHOT);

    // Into the document: the reader opens with the mentions highlighted.
    await page.locator('#panel ol.evidence .doc-link').first().click();
    await page.locator('#reader-slot article.reader mark.mention').first().waitFor();
    await screenshot(page, 'reader');

    // Esc closes the reader first, as it closes any window on top; a second Esc clears the selection.
    await page.keyboard.press('Escape');
    await page.locator('#reader-slot').waitFor({ state: 'hidden' });
    expect(new URL(page.url()).searchParams.get('entity')).toBe('vladimir-putin');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('entity'));
  });

  it('clicking the Putin–Obama link on the canvas shows its evidence', async () => {
    // Only the two of them drawn, so that nothing else lies on the link.
    await page.goto(`${session.url}?entity=vladimir-putin&focus=1&hide=LOCATION,ORGANIZATION,OUTLET`);
    await page.waitForSelector('body[data-explorer="ready"]');
    const position = async (id: string): Promise<{ x: number; y: number }> => {
      const value: unknown = await page.evaluate(`window.plexusExplorer.viewportPosition(${JSON.stringify(id)})`);
      if (typeof value !== 'object' || value === null || !('x' in value) || !('y' in value)) throw new Error(`${id} is not drawn`);
      return { x: Number(value.x), y: Number(value.y) };
    };
    // Both drawn, and still: two reads a tenth of a second apart give the same place.
    const both = async () => JSON.stringify([await position('vladimir-putin').catch(() => null), await position('barack-obama').catch(() => null)]);
    let last = '';
    await eventually(
      async () => {
        const before = last;
        last = await both();
        return before === last && !last.includes('null');
      },
      (still) => still,
      'both entities drawn and still',
    );
    const a = await position('vladimir-putin');
    const b = await position('barack-obama');
    const box = await page.locator('#graph').boundingBox();
    if (box === null) throw new Error('no graph box');
    // Points on the link, away from both nodes; a thin link may fall between pixels at one of them.
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6]) {
      await page.mouse.click(box.x + a.x + (b.x - a.x) * t, box.y + a.y + (b.y - a.y) * t);
      const shown = await page
        .locator('#panel ol.evidence > li')
        .first()
        .waitFor({ timeout: 1000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
    }
    await page.locator('#panel ol.evidence > li').first().waitFor({ timeout: 5000 });
    await screenshot(page, 'evidence-canvas-click');
  });
});

describe('camera', () => {
  async function ratio(): Promise<number> {
    return ((await page.evaluate('window.plexusExplorer.camera()')) as { ratio: number }).ratio;
  }

  it('the wheel zooms by the same factor for every notch, however fast it turns', async () => {
    const map = await page.locator('#graph').boundingBox();
    await page.mouse.move((map?.x ?? 0) + (map?.width ?? 0) / 2, (map?.y ?? 0) + (map?.height ?? 0) / 2);
    const start = await ratio();
    await page.mouse.wheel(0, -100);
    const once = await eventually(ratio, (r) => r !== start, 'a zoom');
    expect(start / once).toBeCloseTo(1.25, 5);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    const thrice = await eventually(ratio, (r) => Math.abs(once / r - 1.25 ** 3) < 1e-6, 'three more notches of zoom');
    expect(once / thrice).toBeCloseTo(1.25 ** 3, 5);
  });
});

describe('export', () => {
  /** The bytes of the download that clicking `selector` (in the image export menu) starts. */
  async function imageDownload(selector: string): Promise<{ name: string; bytes: Buffer }> {
    if ((await page.locator('#image-exports').getAttribute('open')) === null) await page.locator('#image-exports > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  }

  /** Width and height from a PNG's header. */
  function pngSize(bytes: Buffer): { width: number; height: number } {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  it('downloads the current view as a PNG, 2× larger when asked, with its key under the map', async () => {
    const map = await page.locator('#graph').boundingBox();
    const once = await imageDownload('#export-png');
    expect(once.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(once.name).toMatch(/^plexus-map_\d{4}-\d{2}-\d{2}\.png$/);
    const one = pngSize(once.bytes);
    expect(one.width).toBe(Math.round(map?.width ?? 0));
    // The key and the caption take a strip under the map.
    expect(one.height).toBeGreaterThan(Math.round(map?.height ?? 0));
    const twice = await imageDownload('#export-png-2');
    expect(twice.name).toMatch(/_2x\.png$/);
    expect(pngSize(twice.bytes)).toEqual({ width: 2 * one.width, height: 2 * one.height });
    fs.writeFileSync(path.join(ARTIFACTS, 'export-map-2x.png'), twice.bytes);
  });

  it('downloads the view as SVG, with every entity, its labels, the key and a caption', async () => {
    const svg = (await imageDownload('#export-svg')).bytes.toString('utf8');
    fs.writeFileSync(path.join(ARTIFACTS, 'export-map.svg'), svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const drawn = await renderedNodes(page);
    // One circle per entity, and one per entry of the key (the four types).
    expect(svg.match(/<circle /g)?.length).toBe(drawn.length + 4);
    expect(svg).toContain('>Vladimir Putin</text>');
    expect(svg).toContain('>Person</text>');
    expect(svg).toMatch(/>Plexus · 2 documents · 39 of 39 entities, 95 links · links weighed by sentences together · \d{4}-\d{2}-\d{2}<\/text>/);
  });

  it('the GEXF link carries the filters applied and downloads GEXF', async () => {
    await page.locator('#type-PERSON').uncheck();
    await page.locator('#data-exports summary').click();
    const link = page.locator('#export-gexf');
    await eventually(
      () => link.getAttribute('href'),
      (href) => href?.includes('types=') ?? false,
      'types in the export link',
    );
    const href = (await link.getAttribute('href')) ?? '';
    const params = new URL(href, session.url).searchParams;
    expect(params.get('format')).toBe('gexf');
    expect(params.get('types')?.split(',').sort()).toEqual(['LOCATION', 'ORGANIZATION', 'OUTLET']);
    expect(await link.getAttribute('download')).not.toBeNull();
    const body = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(body.startsWith('<?xml')).toBe(true);
    expect(body).not.toContain('PERSON');
  });

  it('a click on the GraphML link downloads it with the map positions, under the server name', async () => {
    await page.locator('#type-PERSON').uncheck();
    await page.locator('#data-exports summary').click();
    const link = page.locator('#export-graphml');
    await eventually(
      () => link.getAttribute('href'),
      (href) => href?.includes('types=') ?? false,
      'types in the export link',
    );
    const [request, download] = await Promise.all([page.waitForRequest((r) => r.url().includes('/api/export?')), page.waitForEvent('download'), link.click()]);
    expect(request.method()).toBe('POST');
    const sent = (request.postDataJSON() as { positions: Record<string, [number, number]> }).positions;
    expect(download.suggestedFilename()).toBe(
      `${storeName(session.location)}_types-ORGANIZATION+LOCATION+OUTLET_${new Date().toISOString().slice(0, 10)}.graphml`,
    );
    const text = fs.readFileSync(await download.path(), 'utf8');
    const nodes = text.match(/<node /g) ?? [];
    expect(nodes.length).toBeGreaterThan(3);
    expect(text).not.toContain('PERSON');
    expect(text.match(/<data key="n_x">-?\d/g)).toHaveLength(nodes.length);
    expect(text.match(/<data key="n_y">-?\d/g)).toHaveLength(nodes.length);
    // Each node is where the page said it was.
    let checked = 0;
    for (const [, id, x, y] of text.matchAll(/<node id="([^"]+)">(?:(?!<\/node>)[\s\S])*?<data key="n_x">([^<]+)<\/data>\s*<data key="n_y">([^<]+)<\/data>/g)) {
      expect([id, Number(x), Number(y)]).toEqual([id, ...sent[id]]);
      checked++;
    }
    expect(checked).toBe(nodes.length);
    expect(await page.locator('.export-status').textContent()).toBe('');
  });
});
