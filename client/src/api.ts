/**
 * The HTTP API as typed functions. The server's answer is trusted for its shape (it is the same
 * repository's types module), but every failure becomes an Error carrying the server's own
 * `{error}` message, so that the UI can say why.
 */

import type {
  CorpusStats,
  CurationRequest,
  CurationRule,
  DocumentDetail,
  DocumentSummary,
  EdgeWeighting,
  EntityDetail,
  ErrorBody,
  EvidenceItem,
  IngestOutcome,
  NodePositions,
  SearchResult,
  SerializedGraph,
} from '#model/types';
import type { PeriodChanges } from '#model/changes';
import type { Timeline, TimelineUnit } from '#model/timeline';
import type { DayRange } from './state/types';

/** A period as query parameters, after `joiner` ('?' or '&'); nothing without one. */
function inPeriod(period: DayRange | null, joiner: '?' | '&'): string {
  return period === null ? '' : `${joiner}${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'string';
}

/** The message of a failed response: the server's `{error}`, else its status. */
export function errorMessage(status: number, body: unknown): string {
  return isErrorBody(body) ? body.error : `The server answered ${status}`;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(errorMessage(response.status, body), response.status);
  return body as T;
}

const TOKEN_KEY = 'plexus.token';

/**
 * The operator's token for changes (PLEXUS_TOKEN), asked once when the server first answers 401
 * and kept for this tab only (sessionStorage): a server bound to this machine asks for none.
 */
function writeHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Asks for the token after a 401; false when the operator cancels. */
function askForToken(message: string): boolean {
  const token = window.prompt(`${message}\n\nEnter the token this server was started with (PLEXUS_TOKEN):`)?.trim();
  if (!token) return false;
  sessionStorage.setItem(TOKEN_KEY, token);
  return true;
}

/**
 * A write: JSON in, JSON out (`POST`, `PUT` or `DELETE`), failing with the server's reason; asks
 * for the token and tries once more when the server requires one, unless told not to ask.
 */
async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, payload?: unknown, options: { askForToken?: boolean } = {}): Promise<T> {
  const send = (): Promise<Response> =>
    fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...writeHeaders(),
      },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
  let response = await send();
  let body: unknown = await response.json().catch(() => null);
  if (response.status === 401 && options.askForToken !== false && askForToken(errorMessage(response.status, body))) {
    response = await send();
    body = await response.json().catch(() => null);
  }
  if (!response.ok) throw new ApiError(errorMessage(response.status, body), response.status);
  return body as T;
}

/** The answer of every curation write: the rule concerned and the rules now, newest first. */
export interface CurationAnswer {
  rule?: CurationRule;
  undone?: CurationRule;
  rules: CurationRule[];
}

/**
 * An export with a body (`POST /api/export`, the map's positions): the file's bytes and the name
 * the server gives it. It asks for no token: when the server wants one, the caller falls back to
 * the plain link, which needs none.
 */
async function postForFile(path: string, payload: unknown): Promise<{ blob: Blob; disposition: string | null }> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...writeHeaders() }, body: JSON.stringify(payload) });
  if (!response.ok) throw new ApiError(errorMessage(response.status, await response.json().catch(() => null)), response.status);
  return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
}

export const api = {
  /**
   * The whole graph carries its metrics (PageRank, betweenness, community) for sizing and colouring;
   * one document's or one period's graph only says which entities and links it holds. `top` asks
   * for the overview alone: the entities with the most mentions and the links among them.
   */
  graph: (filter: { doc?: number; from?: string; to?: string; weighting?: EdgeWeighting; minCount?: number | null; top?: number } = {}) => {
    const scope = {
      ...(filter.doc === undefined ? {} : { doc: String(filter.doc) }),
      ...(filter.from && filter.to ? { from: filter.from, to: filter.to } : {}),
    };
    const params = new URLSearchParams(Object.keys(scope).length === 0 ? { metrics: 'true' } : scope);
    if (filter.top !== undefined) params.set('top', String(filter.top));
    if (filter.weighting !== undefined && filter.weighting !== 'count') params.set('weight', filter.weighting);
    if (filter.minCount !== undefined && filter.minCount !== null) params.set('minCount', String(filter.minCount));
    return getJson<SerializedGraph>(`/api/graph?${params.toString()}`);
  },
  stats: () => getJson<CorpusStats>('/api/stats'),
  /** `href` is an export link (`/api/export?…`); the answer is its file with the positions sent. */
  exportFile: (href: string, payload: unknown) => postForFile(href, payload),
  documents: async () => (await getJson<{ documents: DocumentSummary[] }>('/api/documents')).documents,
  document: (id: number) => getJson<DocumentDetail>(`/api/documents/${id}`),
  entity: (id: string, period: DayRange | null = null) => getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}${inPeriod(period, '?')}`),
  evidence: (source: string, target: string, period: DayRange | null = null) =>
    getJson<EvidenceItem[]>(`/api/evidence?${new URLSearchParams({ source, target }).toString()}${inPeriod(period, '&')}`),
  /** Documents and mentions per bucket, of the corpus or of one entity (`GET /api/timeline`). */
  timeline: (unit: TimelineUnit, entity?: string) =>
    getJson<Timeline>(`/api/timeline?${new URLSearchParams({ unit, ...(entity === undefined ? {} : { entity }) }).toString()}`),
  /** What changed in `period` against `vs` (`GET /api/changes`). */
  changes: (period: DayRange, vs: DayRange) =>
    getJson<PeriodChanges>(`/api/changes?${new URLSearchParams({ from: period.from, to: period.to, vs_from: vs.from, vs_to: vs.to }).toString()}`),
  /** The map saved with the store (`GET /api/layout`); empty when never saved. */
  layout: async () => (await getJson<{ positions: NodePositions }>('/api/layout')).positions,
  /** Saves the map; a server that asks a token for changes is not asked for one: the map is a convenience, not worth a prompt. */
  saveLayout: (positions: NodePositions) => sendJson<{ saved: number }>('PUT', '/api/layout', { positions }, { askForToken: false }),
  curationRules: async () => (await getJson<{ rules: CurationRule[] }>('/api/curation')).rules,
  curate: (request: CurationRequest) => sendJson<CurationAnswer>('POST', '/api/curation', request),
  undoCuration: () => sendJson<CurationAnswer>('POST', '/api/curation/undo'),
  removeDocument: (id: number) => sendJson<{ removed: DocumentSummary }>('DELETE', `/api/documents/${id}`),
  search: async (q: string, signal?: AbortSignal) =>
    (await getJson<{ results: SearchResult[] }>(`/api/search?${new URLSearchParams({ q }).toString()}`, signal)).results,
};

export interface UploadResult {
  outcomes: IngestOutcome[];
  /** How the files were read, where the user should know it: 'articles.csv: columns Headline → title, …'. */
  notes?: string[];
}

/**
 * Uploads files as `POST /api/documents` (multipart, field `files`), asking for the token and
 * trying once more when the server requires one.
 */
export async function uploadFiles(files: readonly File[], onProgress: (fraction: number) => void): Promise<UploadResult> {
  try {
    return await sendFiles(files, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || !askForToken(error.message)) throw error;
    return sendFiles(files, onProgress);
  }
}

/** XMLHttpRequest rather than fetch, because only it reports upload progress. */
function sendFiles(files: readonly File[], onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/documents');
    for (const [name, value] of Object.entries(writeHeaders())) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body: unknown = request.response;
      if (request.status >= 200 && request.status < 300 && typeof body === 'object' && body !== null && 'outcomes' in body) {
        resolve(body as UploadResult);
      } else reject(new ApiError(errorMessage(request.status, body), request.status));
    });
    request.addEventListener('error', () => reject(new ApiError('The upload failed: the server could not be reached', 0)));
    request.send(form);
  });
}
