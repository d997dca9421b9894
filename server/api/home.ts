/**
 * `GET /plain`: a plain HTML page for browsers without JavaScript (the explorer is at `/`): the
 * corpus in numbers, its entities by type with their mention counts, its documents, and links to the API.
 */

import type { RequestHandler } from 'express';
import type { Corpus } from '../corpus/types';
import { ENTITY_TYPES, type EntityType, type SerializedGraph } from '#model/types';
import { escapeHtml } from './html';

/** The page loads nothing and runs nothing: inline styles only. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const API_LINKS: readonly [string, string][] = [
  ['/api/graph', 'the co-occurrence graph (graphology JSON)'],
  ['/api/stats', 'corpus statistics'],
  ['/api/documents', 'the documents'],
  ['/healthz', 'health check'],
];

export function homePage(corpus: Corpus): RequestHandler {
  return (_req, res) => {
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.type('html').send(renderHome(corpus));
  };
}

function renderHome(corpus: Corpus): string {
  const stats = corpus.stats();
  const graph = corpus.graph();
  const documents = corpus.documents();
  const sections = ENTITY_TYPES.map((type) => entitySection(type, graph)).join('\n');
  const documentItems = documents
    .map((doc) => {
      const meta = [doc.outlet, doc.date].filter((part): part is string => part !== null).join(', ');
      return `<li><a href="/api/documents/${doc.id}">${escapeHtml(doc.title)}</a>${meta ? ` <small>${escapeHtml(meta)}</small>` : ''}</li>`;
    })
    .join('\n');
  const apiItems = API_LINKS.map(([href, text]) => `<li><a href="${escapeHtml(href)}"><code>${escapeHtml(href)}</code></a> ${escapeHtml(text)}</li>`).join(
    '\n',
  );
  const summary =
    `${stats.documents} documents, ${stats.words} words, ${stats.mentions} mentions, ` +
    `${stats.entities} entities, ${stats.edges} co-occurrence links (window: ${stats.window})`;
  const body =
    stats.documents === 0
      ? '<p>No documents yet: run <code>plexus ingest PATH…</code>, <code>plexus serve --demo</code>, or POST to <code>/api/documents</code>.</p>'
      : `${sections}\n<h2>Documents</h2>\n<ul>\n${documentItems}\n</ul>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plexus</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}small{color:#666}</style>
</head>
<body>
<h1>Plexus</h1>
<p>${escapeHtml(summary)}</p>
${body}
<h2>API</h2>
<ul>
${apiItems}
</ul>
</body>
</html>
`;
}

function entitySection(type: EntityType, graph: SerializedGraph): string {
  const nodes = graph.nodes
    .filter((node) => node.attributes.type === type)
    .sort((a, b) => b.attributes.mentions - a.attributes.mentions || a.attributes.label.localeCompare(b.attributes.label));
  if (nodes.length === 0) return '';
  const items = nodes
    .map(({ key, attributes }) => {
      const href = `/api/entities/${encodeURIComponent(key)}`;
      const count = `${attributes.mentions} mention${attributes.mentions === 1 ? '' : 's'}`;
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(attributes.label)}</a> <small>${count}</small></li>`;
    })
    .join('\n');
  return `<h2>${escapeHtml(type)} <small>${nodes.length}</small></h2>\n<ul>\n${items}\n</ul>`;
}
