/**
 * `GET /api/openapi.json`: the API described in OpenAPI 3.1, its parameters and bodies generated
 * from the same zod schemas that validate them (schemas.ts), so the description cannot drift from
 * what the server accepts. Each route is listed once here; a test checks that every route the app
 * serves is listed.
 */

import { Router } from 'express';
import { z } from 'zod';
import {
  changesQuery,
  curationBody,
  curationParams,
  documentBody,
  documentParams,
  entityParams,
  entityQuery,
  evidenceQuery,
  positionsBody,
  timelineQuery,
  exportQuery,
  graphQuery,
  searchQuery,
} from './schemas';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface RouteDescription {
  method: Method;
  /** In OpenAPI's form, under /api: '/entities/{id}'. */
  path: string;
  summary: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  /** Uploads also take files as multipart/form-data. */
  multipart?: boolean;
  /** What the answer is when it is not JSON. */
  produces?: string;
  /** Status codes beside the error answers every route may give. */
  success: Record<string, string>;
  /** Needs PLEXUS_TOKEN when one is set. */
  write?: boolean;
}

export const API_ROUTES: readonly RouteDescription[] = [
  {
    method: 'get',
    path: '/graph',
    summary: 'The co-occurrence graph in graphology’s serialised form, filtered',
    query: graphQuery,
    success: { '200': 'the graph', '304': 'unchanged since the ETag given' },
  },
  {
    method: 'get',
    path: '/entities/{id}',
    summary: 'An entity: its names, aliases with counts, title and neighbours (in a period), and when it was named',
    params: entityParams,
    query: entityQuery,
    success: { '200': 'the entity' },
  },
  {
    method: 'get',
    path: '/evidence',
    summary: 'The sentences in which two entities occur together',
    query: evidenceQuery,
    success: { '200': 'the sentences, with their documents' },
  },
  { method: 'get', path: '/documents', summary: 'Every document: title, outlet, date, URL, author, words, mentions', success: { '200': 'the documents' } },
  { method: 'get', path: '/documents/{id}', summary: 'A document’s text and its mentions', params: documentParams, success: { '200': 'the document' } },
  {
    method: 'delete',
    path: '/documents/{id}',
    summary: 'Removes a document and what only it supported',
    params: documentParams,
    success: { '200': 'what was removed' },
    write: true,
  },
  {
    method: 'post',
    path: '/documents',
    summary: 'Adds documents: files as multipart/form-data, or one document as JSON',
    body: documentBody,
    multipart: true,
    success: { '201': 'at least one document added; each file’s outcome is listed', '200': 'nothing new: every file was already stored' },
    write: true,
  },
  { method: 'get', path: '/stats', summary: 'The corpus in numbers: documents, entities by type, links', success: { '200': 'the numbers' } },
  {
    method: 'get',
    path: '/export',
    summary: 'The graph as a file (GEXF, GraphML, JSON, CSV, evidence CSV), filtered',
    query: exportQuery,
    produces: 'application/octet-stream',
    success: { '200': 'the file, with its name in Content-Disposition' },
  },
  {
    method: 'post',
    path: '/export',
    summary: 'The same file, with the entities at the positions the explorer sends',
    query: exportQuery,
    body: positionsBody,
    produces: 'application/octet-stream',
    success: { '200': 'the file, with its name in Content-Disposition' },
    write: true,
  },
  {
    method: 'get',
    path: '/search',
    summary: 'Entities whose label or alias has a word starting with the text',
    query: searchQuery,
    success: { '200': 'the matches, best first' },
  },
  { method: 'get', path: '/curation', summary: 'The curation rules, oldest first', success: { '200': 'the rules' } },
  {
    method: 'post',
    path: '/curation',
    summary: 'Adds a curation rule: merge, split, rename, retype or hide',
    body: curationBody,
    success: { '201': 'the rule, applied' },
    write: true,
  },
  { method: 'post', path: '/curation/undo', summary: 'Removes the newest curation rule', success: { '200': 'the rule removed' }, write: true },
  { method: 'delete', path: '/curation/{id}', summary: 'Removes a curation rule', params: curationParams, success: { '200': 'the rule removed' }, write: true },
  {
    method: 'get',
    path: '/timeline',
    summary: 'Documents and mentions per day, week or month, of the corpus, of one entity or of one link',
    query: timelineQuery,
    success: { '200': 'every bucket from the first dated document to the last, and the undated apart' },
  },
  {
    method: 'get',
    path: '/changes',
    summary: 'The entities and links new, gone, grown and shrunk in one period against another',
    query: changesQuery,
    success: { '200': 'the two periods with their documents counted, and each list ranked' },
  },
  {
    method: 'get',
    path: '/layout',
    summary: 'Where the analyst last left the entities on the map',
    success: { '200': 'the positions, empty when never saved' },
  },
  {
    method: 'put',
    path: '/layout',
    summary: 'Keeps the map as the explorer shows it, in place of the one saved before',
    body: positionsBody,
    success: { '200': 'how many positions were kept (those of entities the graph holds)' },
    write: true,
  },
  { method: 'get', path: '/openapi.json', summary: 'This description', success: { '200': 'the OpenAPI document' } },
];

/** The JSON Schema of what a client sends (the input side of each transform). */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path'): Record<string, unknown>[] {
  if (schema === undefined) return [];
  const described = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(described.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (described.required ?? []).includes(name),
    schema: property,
  }));
}

const ERROR = { description: 'refused: the message says what and why', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function operation(route: RouteDescription): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, description] of Object.entries(route.success)) {
    responses[status] = status === '304' ? { description } : { description, content: { [route.produces ?? 'application/json']: {} } };
  }
  responses['400'] = ERROR;
  if (route.params) responses['404'] = ERROR;
  if (route.write) responses['401'] = ERROR;
  const out: Record<string, unknown> = {
    summary: route.summary,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    responses,
  };
  if (route.body) {
    const content: Record<string, unknown> = { 'application/json': { schema: jsonSchema(route.body) } };
    if (route.multipart)
      content['multipart/form-data'] = { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } };
    out['requestBody'] = { required: true, content };
  }
  if (route.write) out['security'] = [{}, { bearer: [] }, { header: [] }];
  return out;
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) (paths[`/api${route.path}`] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: { title: 'Plexus', version: '0.1.0', description: 'Entities of a news corpus, their co-occurrences and the sentences that show them.' },
    paths,
    components: {
      schemas: { Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] } },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'PLEXUS_TOKEN, when the server has one' },
        header: { type: 'apiKey', in: 'header', name: 'X-Plexus-Token', description: 'PLEXUS_TOKEN, when the server has one' },
      },
    },
  };
}

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
