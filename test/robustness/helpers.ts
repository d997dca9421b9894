/** What the robustness suites share: forms as browsers send them, the store as a client sees it, raw HTTP. */

import * as net from 'node:net';
import type { CorpusStats, DocumentSummary } from '#model/types';
import { body, type TestServer } from '../api/harness';

/** A form with each file in the field `files`, as a browser sends it. */
export function form(...files: [name: string, content: string | Uint8Array][]): FormData {
  const data = new FormData();
  for (const [name, content] of files) data.append('files', new Blob([content]), name);
  return data;
}

export function upload(api: TestServer, data: FormData, headers: Record<string, string> = {}): Promise<Response> {
  return api.fetch('/api/documents', { method: 'POST', body: data, headers });
}

export function postJson(api: TestServer, payload: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api.fetch('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

export interface StoreState {
  stats: CorpusStats;
  documents: DocumentSummary[];
}

/** What a client sees of the store: a refused request must leave it exactly as it was. */
export async function storeState(api: TestServer): Promise<StoreState> {
  const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
  const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
  return { stats, documents };
}

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * One HTTP/1.1 request written byte for byte on a socket, so that the path reaches the server
 * exactly as given: fetch and http.request would normalise '../' or refuse a NUL.
 */
export function rawRequest(url: string, requestLine: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = new Map(
        headerLines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(Buffer.from(`${requestLine}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`, 'latin1'));
  });
}
