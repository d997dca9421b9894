/** The HTTP API: `createApp(corpus, config)` builds the Express application without listening. */

export { createApp, KEEP_ALIVE_MS } from './app';
export { escapeHtml } from './html';
