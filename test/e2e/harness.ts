/**
 * The end-to-end harness: the real server (startServer, the demo corpus in a new store of the
 * engine under test) on an ephemeral port, serving a client freshly built into test-artifacts/, and Debian's
 * chromium driven headless by playwright-core. One browser per test file; screenshots go to
 * test-artifacts/e2e/ (git-ignored).
 */

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../bench/chromium';
import { startServer, type RunningServer } from '../../server/cli/serve';
import { loadConfig, type ConfigOverrides } from '../../server/config';
import { freshStore } from '../helpers/store';

export { CHROMIUM, CHROMIUM_ARGS };

export const REPO = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(REPO, 'test-artifacts', 'e2e');

export interface Session {
  server: RunningServer;
  browser: Browser;
  /** The server's root URL, with a trailing slash. */
  url: string;
  /** The store: an SQLite file or a postgres:// address. */
  location: string;
  /** What the server logged (its request log among it), as it would write it to standard error. */
  logged: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Fills the store before the server opens it (the demo corpus is then not loaded, the store not being empty). */
  prepare?: (dbPath: string) => void;
  /** Settings of the server, such as a token. */
  config?: ConfigOverrides;
}

/** Builds the client into its own folder (test files run in parallel), starts the server and chromium. */
export async function startSession(name: string, options: SessionOptions = {}): Promise<Session> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing (${CHROMIUM}): run ./test/setup-machine.sh, which installs Debian's chromium for the e2e tests`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const clientDir = path.join(REPO, 'test-artifacts', `e2e-client-${name}`);
  const built = spawnSync(process.execPath, [path.join(REPO, 'client', 'build.mjs'), clientDir], { cwd: REPO, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the client build failed: ${built.stderr}`);

  const config = loadConfig({}, { ...options.config, dbPath: freshStore(), port: 0, clientDir });
  options.prepare?.(config.dbPath);
  const logged: string[] = [];
  const server = await startServer(config, { demo: true, log: (line) => logged.push(line) });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    url: server.url,
    location: config.dbPath,
    logged,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A new page at 1280×800 on the explorer, once it says it is ready; page errors fail the test. */
export async function openExplorer(session: Session, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${session.url}${query}`);
  try {
    await page.waitForSelector('body[data-explorer="ready"]', { timeout: 20_000 });
  } catch (error) {
    const status = await page
      .locator('#status')
      .textContent()
      .catch(() => null);
    throw new Error(`the explorer did not start (status: ${JSON.stringify(status)}; page errors: ${JSON.stringify(errors)}): ${String(error)}`, {
      cause: error,
    });
  }
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The README's picture of the explorer: taken by this run, so that it always shows the page as it is. */
export const README_SCREENSHOT = path.join(REPO, 'client', 'screenshot.png');

export interface RenderedNode {
  id: string;
  type: string;
  label: string;
}

function isRenderedNode(value: unknown): value is RenderedNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'type' in value &&
    typeof value.type === 'string' &&
    'label' in value &&
    typeof value.label === 'string'
  );
}

/** The entities sigma draws (not hidden by a reducer), read through the page's inspector. */
export async function renderedNodes(page: Page): Promise<RenderedNode[]> {
  const value: unknown = await page.evaluate('window.plexusExplorer.renderedNodes()');
  if (!Array.isArray(value) || !value.every(isRenderedNode)) throw new Error(`unexpected inspector answer: ${JSON.stringify(value)}`);
  return value;
}

/** Polls until `check` holds (or the time is up, then fails with the last value described). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * How much of an element's screenshot is drawn: pixels not (near) white, and distinct colours.
 * The browser decodes the PNG (a canvas), so no image library is needed in Node.
 */
export async function inkOf(page: Page, selector: string): Promise<{ ink: number; colours: number; total: number }> {
  const png = (await page.locator(selector).screenshot()).toString('base64');
  const value: unknown = await page.evaluate(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++;
      colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    }
    return { ink, colours: colours.size, total: data.length / 4 };
  })()`);
  if (typeof value !== 'object' || value === null || !('ink' in value) || !('colours' in value) || !('total' in value)) {
    throw new Error(`unexpected pixel count: ${JSON.stringify(value)}`);
  }
  return { ink: Number(value.ink), colours: Number(value.colours), total: Number(value.total) };
}
