/** The HTTP API: `createApp(corpus, config)` builds the Express application without listening. */

export { createApp } from './app';
export { escapeHtml } from './html';
