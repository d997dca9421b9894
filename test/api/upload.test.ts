/**
 * `POST /api/documents`: files through multipart and text through JSON are added; a duplicate is
 * reported as one; a refused file refuses the whole upload and leaves the store as it was.
 */

import type { CorpusStats, DocumentSummary, IngestOutcome, SerializedGraph } from '#model/types';
import { body, errorOf, startTestServer, type TestServer } from './harness';

const ARTICLE =
  'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.\n\n' +
  'Merkel said the two leaders had discussed the budget of the European Union.\n';

/** A form with each file in the field `files`, as a browser sends it. */
function form(...files: [name: string, content: string | Uint8Array][]): FormData {
  const data = new FormData();
  for (const [name, content] of files) data.append('files', new Blob([content]), name);
  return data;
}

function upload(api: TestServer, data: FormData): Promise<Response> {
  return api.fetch('/api/documents', { method: 'POST', body: data });
}

function postJson(api: TestServer, payload: string): Promise<Response> {
  return api.fetch('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
}

/** What a client sees of the store: it must not change when an upload is refused. */
async function storeState(api: TestServer): Promise<{ stats: CorpusStats; documents: DocumentSummary[] }> {
  const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
  const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
  return { stats, documents };
}

describe('uploading files', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  it('adds a text file and its entities', async () => {
    const response = await upload(api, form(['merkel.txt', ARTICLE]));
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'added', source: 'upload:merkel.txt' });

    const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
    expect(documents.map((doc) => doc.sourcePath)).toEqual(['upload:merkel.txt']);
    const graph = await body<SerializedGraph>(await api.fetch('/api/graph'));
    const labels = graph.nodes.map((node) => node.attributes.label);
    expect(labels.some((label) => label.includes('Merkel'))).toBe(true);
    expect(labels.some((label) => label.includes('Macron'))).toBe(true);
  });

  it('reports the same content again as a duplicate, with 200, and stores nothing', async () => {
    const before = await storeState(api);
    const response = await upload(api, form(['merkel-again.txt', ARTICLE]));
    expect(response.status).toBe(200);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'duplicate', source: 'upload:merkel-again.txt' })]);
    expect(await storeState(api)).toEqual(before);
  });

  it('adds several files at once, keeping UTF-8 file names', async () => {
    const response = await upload(
      api,
      form(
        ['Zürich.md', '# Talks in Zürich\n\nSwiss President Alain Berset welcomed Antony Blinken.\n'],
        ['notes.txt', 'Joe Biden spoke to Olaf Scholz in Washington.\n'],
      ),
    );
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    expect(outcomes.map((outcome) => [outcome.status, outcome.source])).toEqual([
      ['added', 'upload:Zürich.md'],
      ['added', 'upload:notes.txt'],
    ]);
  });

  it("tells how a table's columns were read", async () => {
    const table = 'Headline,Body,Byline\nTalks in Rome,Giorgia Meloni met Ursula von der Leyen in Rome.,Anna Rossi\n';
    const response = await upload(api, form(['rome.csv', table]));
    expect(response.status).toBe(201);
    const answer = await body<{ outcomes: IngestOutcome[]; notes: string[] }>(response);
    expect(answer.notes).toEqual(['rome.csv: columns Headline → title, Body → text, Byline → author']);
    expect(answer.outcomes).toEqual([
      expect.objectContaining({ status: 'added', document: expect.objectContaining({ title: 'Talks in Rome', author: 'Anna Rossi' }) }),
    ]);
  });

  describe('refuses with 400, naming the file and why, and leaves the store as it was:', () => {
    it.each([
      ['an unsupported file type', [['report.odt', 'PK\u0003\u0004']], /report\.odt: unsupported file type '\.odt'/],
      ['a file named .pdf that is no readable PDF', [['report.pdf', '%PDF-1.7 not really']], /report\.pdf: is not a readable PDF/],
      ['an empty file', [['empty.txt', '']], /empty\.txt: is empty/],
      ['a file of spaces only', [['blank.txt', '  \n\n ']], /blank\.txt: is empty/],
      [
        'binary data posted as .txt',
        [['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])]],
        /photo\.txt: .*binary/,
      ],
      [
        'one bad file among good ones',
        [
          ['fresh.txt', 'Rishi Sunak met Narendra Modi in Delhi.\n'],
          ['bad.docx', 'PK\u0003\u0004'],
        ],
        /1 of 2 files were refused and nothing was stored: bad\.docx: is not a Word document/,
      ],
    ] satisfies [string, [string, string | Uint8Array][], RegExp][])('%s', async (_name, files, message) => {
      const before = await storeState(api);
      expect(await errorOf(await upload(api, form(...files)), 400)).toMatch(message);
      expect(await storeState(api)).toEqual(before);
    });

    it('names every refused file', async () => {
      const before = await storeState(api);
      const error = await errorOf(await upload(api, form(['a.pdf', 'x'], ['b.txt', ''], ['c.txt', 'Fine text about Paris.\n'])), 400);
      expect(error).toMatch(/^2 of 3 files were refused and nothing was stored: a\.pdf: .+; b\.txt: .+/);
      expect(error).not.toMatch(/c\.txt/);
      expect(await storeState(api)).toEqual(before);
    });

    it('a form without files', async () => {
      const data = new FormData();
      data.append('title', 'no file here');
      expect(await errorOf(await upload(api, data), 400)).toMatch(/No files in the upload/);
    });

    it('a file in another form field', async () => {
      const data = new FormData();
      data.append('file', new Blob([ARTICLE]), 'article.txt');
      expect(await errorOf(await upload(api, data), 400)).toMatch(/form field "files", not "file"/);
    });
  });
});

describe('posting text as JSON', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  it('adds the text with its title, outlet, date, URL and author', async () => {
    const response = await postJson(
      api,
      JSON.stringify({ title: 'Leaders meet', text: ARTICLE, outlet: 'Reuters', date: '2024-03-05', url: 'https://example.com/leaders', author: 'Jane Doe' }),
    );
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    expect(outcomes[0]).toMatchObject({
      status: 'added',
      document: {
        title: 'Leaders meet',
        outlet: 'Reuters',
        date: '2024-03-05',
        dateSource: 'given',
        url: 'https://example.com/leaders',
        author: 'Jane Doe',
        sourcePath: '',
      },
    });
    const again = await postJson(api, JSON.stringify({ title: 'Same text, other title', text: ARTICLE }));
    expect(again.status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"title": "x", text', /not valid JSON/],
    ['a missing text', JSON.stringify({ title: 'x' }), /text: is required/],
    ['a text of spaces', JSON.stringify({ title: 'x', text: ' \n ' }), /text: must not be empty/],
    ['a NUL character', JSON.stringify({ title: 'x', text: 'a\u0000b' }), /text: must not contain NUL/],
    ['a title over 500 characters', JSON.stringify({ title: 'x'.repeat(501), text: 'Paris.' }), /title: must be at most 500/],
    [
      'a date that is not a day',
      JSON.stringify({ title: 'x', text: 'Paris.', date: '2023-02-29' }),
      /date: must be a calendar date written YYYY-MM-DD, got "2023-02-29"/,
    ],
    ['a URL that is not a web address', JSON.stringify({ title: 'x', text: 'Paris.', url: 'javascript:alert(1)' }), /url: must be an http or https address/],
    ['an unknown field', JSON.stringify({ title: 'x', text: 'Paris.', writer: 'me' }), /unknown field "writer"/],
    ['an author over 200 characters', JSON.stringify({ title: 'x', text: 'Paris.', author: 'a'.repeat(201) }), /author: must be at most 200/],
    ['an array', JSON.stringify([{ title: 'x', text: 'Paris.' }]), /JSON object with title, text, outlet, date/],
  ])('refuses %s with 400 and stores nothing', async (_name, payload, message) => {
    const before = await storeState(api);
    expect(await errorOf(await postJson(api, payload), 400)).toMatch(message);
    expect(await storeState(api)).toEqual(before);
  });

  it('refuses any other content type with 415, saying which are accepted', async () => {
    const response = await api.fetch('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE });
    expect(await errorOf(response, 415)).toMatch(/Unsupported content type "text\/plain": send multipart\/form-data .* or application\/json/);
  });
});

describe('upload limits', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ maxUploadBytes: 1024, maxFilesPerUpload: 2 });
  });
  afterAll(() => api.close());

  it('answers 413 for a file over the limit, and stores nothing', async () => {
    const before = await storeState(api);
    const error = await errorOf(await upload(api, form(['small.txt', 'Paris.\n'], ['big.txt', 'Paris. '.repeat(300)])), 413);
    expect(error).toMatch(/"big\.txt" is larger than the upload limit of 1024 bytes/);
    expect(await storeState(api)).toEqual(before);
  });

  it('answers 413 for too many files', async () => {
    const files: [string, string][] = [
      ['a.txt', 'Paris.'],
      ['b.txt', 'Rome.'],
      ['c.txt', 'Oslo.'],
    ];
    expect(await errorOf(await upload(api, form(...files)), 413)).toMatch(/at most 2 per upload/);
  });

  it('answers 413 for a JSON body over the limit', async () => {
    expect(await errorOf(await postJson(api, JSON.stringify({ title: 'x', text: 'Paris. '.repeat(300) })), 413)).toMatch(/larger than the upload limit/);
  });
});
