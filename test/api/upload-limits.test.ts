/**
 * An upload is spooled to disk, not held in memory, and refused before it is read when it is longer
 * than the request limit or does not say its length.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CorpusStats } from '#model/types';
import { eventually } from '../e2e/harness';
import { body, errorOf, startTestServer, type TestServer } from './harness';

const MiB = 1024 * 1024;
const BOUNDARY = 'plexus-test-boundary';

/** A multipart body of `files` files of `size` bytes each, written to disk in small pieces. */
function multipartFile(files: number, size: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-form-')), 'form');
  const out = fs.openSync(file, 'w');
  const line = Buffer.from('Vladimir Putin met Barack Obama in New York on Monday. '.repeat(1170).slice(0, 64 * 1024));
  for (let i = 0; i < files; i++) {
    fs.writeSync(out, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="part-${i}.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    for (let written = 0; written < size; written += line.length) fs.writeSync(out, line, 0, Math.min(line.length, size - written));
    fs.writeSync(out, '\r\n');
  }
  fs.writeSync(out, `--${BOUNDARY}--\r\n`);
  fs.closeSync(out);
  return file;
}

/** Streams the form from disk with http.request, which waits for the server to take each piece. */
async function send(api: TestServer, file: string): Promise<Response> {
  const { hostname, port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: '/api/documents',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(fs.statSync(file).size) },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () =>
          resolve(new Response(Buffer.concat(chunks), { status: answer.statusCode, headers: { 'content-type': String(answer.headers['content-type']) } })),
        );
      },
    );
    request.on('error', reject);
    fs.createReadStream(file).pipe(request);
  });
}

async function documents(api: TestServer): Promise<number> {
  return (await body<CorpusStats>(await api.fetch('/api/stats'))).documents;
}

describe('the request limit', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ maxRequestBytes: 3 * MiB, maxUploadBytes: 2 * MiB });
  });
  afterAll(() => api.close());

  it('refuses an upload longer than the limit with 413, before reading it, and stores nothing', async () => {
    const form = multipartFile(4, MiB);
    expect(await errorOf(await send(api, form), 413)).toMatch(/more than the limit of 3145728 for one request; nothing was stored/);
    expect(await documents(api)).toBe(0);
  });

  it('refuses an upload that does not say its length with 411', async () => {
    const response = await api.fetch('/api/documents', {
      method: 'POST',
      body: Readable.toWeb(Readable.from([Buffer.from(`--${BOUNDARY}--\r\n`)])) as ReadableStream<Uint8Array>,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      duplex: 'half',
    } as RequestInit);
    expect(await errorOf(response, 411)).toMatch(/Content-Length/);
  });

  it('takes an upload within the limits, and leaves no spooled file behind', async () => {
    const spooled = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('plexus-upload-')).length;
    const before = spooled();
    const form = multipartFile(2, 256 * 1024);
    const response = await send(api, form);
    expect(response.status).toBe(201);
    expect(await documents(api)).toBe(1); // the two parts have the same text: one is a duplicate
    // The folder goes once the answer is sent.
    await eventually(
      async () => spooled(),
      (n) => n === before,
      'the spooled upload to be removed',
    );
  });
});

describe('a large upload', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ maxRequestBytes: 400 * MiB, maxUploadBytes: 10 * MiB });
  });
  afterAll(() => api.close());

  it('does not grow the memory of the server by its size (20 files of 10 MiB)', async () => {
    const form = multipartFile(20, 10 * MiB);
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    // Each file is longer than a document may be: the upload is refused once all of it is read.
    expect(await errorOf(await send(api, form), 400)).toMatch(/is too long/);
    const grown = process.resourceUsage().maxRSS * 1024 - peakBefore;
    expect(grown).toBeLessThan(100 * MiB);
    expect(await documents(api)).toBe(0);
  }, 60_000);
});
