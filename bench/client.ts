/**
 * `bench client`: in headless chromium (Debian's, with WebGL in software, as the e2e tests run
 * it), the time to the first frame and the median frame time while panning and zooming for 3 s,
 * for the explorer on a large graph served by the real server, and for a bare sigma page that
 * draws the same graph (the same /api/graph answer, default sigma settings) in the same run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../server/cli/serve';
import { findRepoRoot, loadConfig } from '../server/config';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { clientStore } from './client-graph';
import { get } from './api';
import { BENCH_DIR, bar, barRows, figure, machine, median, printJson, printTable, type Row } from './report';

/** What the explorer asks for first; the bare page asks for the same. */
const GRAPH_URL = '/api/graph?metrics=true';

/** The bare page: sigma with its defaults on the same answer, positions seeded as the explorer seeds them. */
const BARE_SCRIPT = `
import Graph from 'graphology';
import Sigma from 'sigma';
import { seededPosition } from './client/src/state/layout';

const wire = await (await fetch('${GRAPH_URL}')).json();
const graph = new Graph({ type: 'undirected' });
graph.import(wire);
// Sigma reads 'type' as the name of a node program: the entity type is dropped, as the explorer's reducer does.
graph.updateEachNodeAttributes((node, attributes) => ({ label: attributes.label, size: 2 + Math.sqrt(attributes.mentions), color: '#5b7083', ...seededPosition(node) }));
new Sigma(graph, document.getElementById('graph'));
document.body.dataset.ready = 'true';
`;

const BARE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare sigma</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="bare.css">
<script type="module" src="bare.js"></script></head>
<body><div id="graph"></div></body></html>`;

/** The explorer as `npm run build` builds it, and the bare page beside it, in the bench folder. */
function buildPages(): string {
  const root = findRepoRoot();
  const dir = path.join(BENCH_DIR, 'client');
  const built = spawnSync(process.execPath, [path.join(root, 'client', 'build.mjs'), dir], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the client build failed: ${built.stderr}`);
  buildSync({
    stdin: { contents: BARE_SCRIPT, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    outfile: path.join(dir, 'bare.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(dir, 'bare.html'), BARE_HTML);
  // A file, not an inline style: the server's Content-Security-Policy allows styles from itself only.
  fs.writeFileSync(path.join(dir, 'bare.css'), 'html, body { margin: 0; height: 100%; } #graph { width: 100%; height: 100%; }\n');
  return dir;
}

interface PageFigures {
  page: string;
  firstFrameMs: number;
  frameMs: number;
  frames: number;
}

/**
 * From navigation to the frame after the page says it is ready, in the page's own clock: as the
 * explorer records it (`data-first-frame`, before it takes in the rest of a large graph, which
 * would hold up a frame asked for from here), else asked for once the page is ready.
 */
async function firstFrame(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(ready, { state: 'attached', timeout: 180_000 });
  const recorded = await page.locator('body').getAttribute('data-first-frame');
  if (recorded !== null) return Number(recorded);
  const value: unknown = await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))');
  return Number(value);
}

/**
 * Pans (dragging the stage) for the first half of `ms`, then zooms (the wheel, in and out) for the
 * second, one input event per animation frame, dispatched in the page to sigma's own mouse layer,
 * so that the pace is the page's and not that of the remote control; the median interval between
 * frames, in the page's clock.
 */
const DRIVE = `(ms) => new Promise((resolve) => {
  const rect = document.getElementById('graph').getBoundingClientRect();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  const layer = document.elementFromPoint(cx, cy);
  const at = (type, x, y, extra) => layer.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: 1, ...extra }));
  const stamps = [];
  const start = performance.now();
  at('mousedown', cx, cy);
  let step = 0;
  let dragging = true;
  const tick = (now) => {
    stamps.push(now);
    step++;
    const elapsed = now - start;
    if (elapsed < ms / 2) {
      const angle = step / 10;
      at('mousemove', cx + Math.cos(angle) * 150, cy + Math.sin(angle) * 100);
    } else if (elapsed < ms) {
      if (dragging) {
        at('mouseup', cx, cy, { buttons: 0 });
        dragging = false;
      }
      layer.dispatchEvent(new WheelEvent('wheel', { clientX: cx, clientY: cy, deltaY: step % 40 < 20 ? -60 : 60, bubbles: true, cancelable: true }));
    } else {
      resolve(stamps.slice(1).map((t, i) => t - stamps[i]));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

async function frameTimes(page: Page, ms: number): Promise<{ median: number; frames: number }> {
  const value: unknown = await page.evaluate(`(${DRIVE})(${ms})`);
  const intervals = Array.isArray(value) ? value.map(Number) : [];
  return { median: median(intervals), frames: intervals.length };
}

/**
 * `settled`: what the page shows once it is still (the explorer's layout stopped), before frames
 * are timed. Each page has a browser of its own, as a person opening it has: a page closed in a
 * shared browser left its GPU process drawing its last frames, which the next page waited for.
 */
async function measurePage(url: string, ready: string, name: string, settled?: string): Promise<PageFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    const first = await firstFrame(page, url, ready).catch((error: unknown) => {
      throw new Error(`${name} did not start (${errors.join('; ')}): ${String(error)}`);
    });
    // A person pans the map once it has settled: frames are timed from then.
    // The whole graph of the 10,000-document store (33,000 entities) settles in minutes on software WebGL.
    if (settled !== undefined) await page.waitForSelector(settled, { state: 'attached', timeout: 1_200_000 });
    const frames = await frameTimes(page, 3000);
    if (errors.length > 0) throw new Error(`${name}: ${errors.join('; ')}`);
    return { page: name, firstFrameMs: first, frameMs: frames.median, frames: frames.frames };
  } finally {
    await browser.close();
  }
}

export async function clientBench(options: { nodes: number; edges: number; seed: number; rounds?: number }): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium is missing (${CHROMIUM}): run ./test/setup-machine.sh`);
  const db = clientStore(options.nodes, options.edges, options.seed);
  const clientDir = buildPages();
  const config = loadConfig({}, { dbPath: db, port: 0, host: '127.0.0.1', clientDir });
  const server = await startServer(config, { log: () => undefined });
  try {
    const base = server.url.replace(/\/$/, '');
    // The server computes the graph and its metrics once; both pages then get the kept answer.
    const warm = await get(`${base}${GRAPH_URL}`);
    for (const api of ['/api/stats', '/api/documents']) await get(`${base}${api}`);
    const runs: PageFigures[] = [];
    // Turns alternate, so that a burst of load elsewhere falls on both pages alike.
    for (let round = 0; round < (options.rounds ?? 2); round++) {
      runs.push(await measurePage(`${base}/bare.html`, 'body[data-ready="true"]', 'bare sigma'));
      runs.push(
        await measurePage(
          `${base}/`,
          'body[data-explorer="ready"][data-first-frame]',
          'explorer',
          'body[data-graph="whole"] #layout-toggle[aria-pressed="false"]',
        ),
      );
    }
    const of = (name: string) => runs.filter((r) => r.page === name);
    const summary = (name: string) => ({ firstFrameMs: median(of(name).map((r) => r.firstFrameMs)), frameMs: median(of(name).map((r) => r.frameMs)) });
    const bare = summary('bare sigma');
    const explorer = summary('explorer');
    const bars = [
      bar('explorer first frame (ms)', explorer.firstFrameMs, 'max', 3000),
      bar('explorer / bare first frame', explorer.firstFrameMs / bare.firstFrameMs, 'max', 1.5),
      bar('explorer / bare median frame', explorer.frameMs / bare.frameMs, 'max', 1.25),
    ];
    const rows: Row[] = [
      [
        'graph',
        `${figure(options.nodes)} entities`,
        `${figure(options.edges)} links, ${figure(warm.bytes / 1024 / 1024)} MiB of JSON (first answer ${figure(warm.ms)} ms)`,
      ],
      ...runs.map((r): Row => [`${r.page}`, `${figure(r.firstFrameMs)} ms`, `first frame; median frame ${figure(r.frameMs)} ms over ${r.frames} frames`]),
      ['bare sigma (median)', `${figure(bare.firstFrameMs)} ms`, `median frame ${figure(bare.frameMs)} ms`],
      ['explorer (median)', `${figure(explorer.firstFrameMs)} ms`, `median frame ${figure(explorer.frameMs)} ms`],
      ...barRows(bars),
    ];
    printTable(`client (headless chromium, software WebGL, 1280×800)`, rows);
    printJson({ bench: 'client', machine: machine(), nodes: options.nodes, edges: options.edges, graphBytes: warm.bytes, runs, bare, explorer, bars });
  } finally {
    await server.close();
  }
}
