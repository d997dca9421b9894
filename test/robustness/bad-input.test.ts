/**
 * Bad input through the real server and store: files that are not what their name says, text in
 * encodings other than UTF-8, empty texts, documents over the length limit and HTML bombs. Each
 * is refused with a JSON 4xx error naming the cause (or, for UTF-16 with a byte-order mark, read),
 * and a refusal leaves the store exactly as it was.
 */

import type { DocumentDetail, IngestOutcome } from '#model/types';
import { body, errorOf, startTestServer, type TestServer } from '../api/harness';
import { form, postJson, storeState, upload } from './helpers';

const ARTICLE = 'Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Merkel said the talks went well.\n';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const withTail = (head: Uint8Array | string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from(head), Buffer.from(' Angela Merkel met Emmanuel Macron in Berlin.\n')]));

let api: TestServer;
beforeAll(async () => {
  // The upload limit leaves room for the 13 MB page below; the length limit is the default.
  api = await startTestServer({ maxUploadBytes: 16 * 1024 * 1024 });
  await upload(api, form(['seed.txt', ARTICLE]));
});
afterAll(() => api.close());

/** Sends the files and expects a refusal with `status` whose message matches, the store unchanged. */
async function expectRefused(data: FormData, status: number, message: RegExp): Promise<string> {
  const before = await storeState(api);
  const error = await errorOf(await upload(api, data), status);
  expect(error).toMatch(message);
  expect(await storeState(api)).toEqual(before);
  return error;
}

describe('a file is judged by its content, not its name', () => {
  it.each([
    ['a PDF', 'report.txt', withTail('%PDF-1.7\n%\u00e2\u00e3'), /report\.txt: is a PDF document \(binary data\), not text/],
    ['a ZIP archive', 'notes.md', withTail(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)), /notes\.md: is a ZIP archive/],
    ['a .docx (a ZIP)', 'letter.html', withTail(bytes(0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00)), /letter\.html: is a ZIP archive \(or a \.docx/],
    ['a PNG image', 'photo.txt', withTail(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), /photo\.txt: is a PNG image/],
    ['a JPEG image', 'photo.md', withTail(bytes(0xff, 0xd8, 0xff, 0xe0)), /photo\.md: is a JPEG image/],
    ['an ELF executable', 'run.txt', withTail(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01)), /run\.txt: is an ELF executable/],
    ['a gzip archive', 'dump.txt', withTail(bytes(0x1f, 0x8b, 0x08)), /dump\.txt: is a gzip archive/],
    ['an SQLite database', 'plexus.txt', withTail('SQLite format 3\u0000'), /plexus\.txt: is an SQLite database/],
  ])('refuses %s renamed to a text extension, saying what it is', async (_what, name, content, message) => {
    await expectRefused(form([name, content]), 400, message);
  });

  it('refuses unknown binary data with NUL bytes as binary', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expectRefused(form(['noise.txt', noise]), 400, /noise\.txt: looks like binary data, not text \(it contains NUL bytes/);
  });

  it('refuses text full of control characters as binary', async () => {
    const controls = Buffer.from('\u0001\u0002\u0003\u0004 Merkel \u0005\u0006\u0007\u0008');
    await expectRefused(
      form(['controls.txt', controls]),
      400,
      /controls\.txt: looks like binary data, not text \(8 of its 16 characters are control characters\)/,
    );
  });
});

describe('encodings', () => {
  it('refuses Latin-1 text, saying where the first bad byte is and how to fix it', async () => {
    const error = await expectRefused(form(['cafe.txt', latin1('Merkel met Macron at the Café de Flore.')]), 400, /cafe\.txt: is not valid UTF-8 text/);
    expect(error).toMatch(/first bad byte is at offset 28; Latin-1 or Windows-1252.*save it as UTF-8/);
  });

  it('refuses a UTF-8 sequence cut in the middle', async () => {
    const cut = Buffer.from('Merkel met Macron in Zürich', 'utf8').subarray(0, -5);
    await expectRefused(form(['cut.txt', cut]), 400, /cut\.txt: is not valid UTF-8 text/);
  });

  const utf16 = (city: string): Buffer => Buffer.from(`${city}\r\nAngela Merkel met Emmanuel Macron in ${city}.`, 'utf16le');
  it.each([
    ['little-endian', 'Kraków', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('Kraków')])],
    ['big-endian', 'Łódź', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('Łódź').swap16()])],
  ])('reads UTF-16 %s with a byte-order mark', async (order, city, content) => {
    const response = await upload(api, form([`utf16-${order}.txt`, content]));
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    const added = outcomes[0];
    if (added?.status !== 'added') throw new Error(`expected the file to be added, got ${JSON.stringify(added)}`);
    const detail = await body<DocumentDetail>(await api.fetch(`/api/documents/${added.document.id}`));
    expect(detail.document.title).toBe(city);
    expect(detail.text).toBe(`${city}\nAngela Merkel met Emmanuel Macron in ${city}.`);
  });

  it('refuses posted text, titles and outlets holding half of a surrogate pair, which no store can keep', async () => {
    const before = await storeState(api);
    // JSON.stringify writes a lone surrogate as the escape '\udfff'; JSON.parse on the server makes it again.
    for (const [field, payload] of [
      ['text', { title: 'Lone', text: 'Angela Merkel \udfff met Emmanuel Macron.' }],
      ['title', { title: 'Lone \ud800', text: 'Angela Merkel met Emmanuel Macron in Rome.' }],
      ['outlet', { title: 'Lone', text: 'Angela Merkel met Emmanuel Macron in Oslo.', outlet: '\udbffHerald' }],
    ] as const) {
      expect(await errorOf(await postJson(api, payload), 400)).toMatch(new RegExp(`^${field}: must be well-formed Unicode`));
    }
    expect(await storeState(api)).toEqual(before);
  });

  it('refuses UTF-16 with an odd number of bytes', async () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Merkel', 'utf16le'), Buffer.from([0x41])]);
    await expectRefused(form(['odd.txt', odd]), 400, /odd\.txt: is not valid UTF-16 text/);
  });
});

describe('empty documents', () => {
  it.each([
    ['tabs and line breaks', 'blank.txt', '\t\r\n\r\n  \t'],
    ['no-break spaces', 'nbsp.md', '\u00a0\u00a0\n\u00a0'],
    ['a byte-order mark and nothing else', 'bom.txt', '\ufeff'],
    ['HTML with only markup and script', 'empty.html', '<html><body><script>alert(1)</script><div>  </div></body></html>'],
  ])('refuses a file of %s', async (_what, name, content) => {
    await expectRefused(form([name, content]), 400, new RegExp(`${name.replace('.', '\\.')}: (is empty|contains no readable text)`));
  });

  it('refuses posted text of whitespace only', async () => {
    const before = await storeState(api);
    expect(await errorOf(await postJson(api, { title: 'Blank', text: '\u00a0\n\t ' }), 400)).toMatch(/text: must not be empty/);
    expect(await storeState(api)).toEqual(before);
  });
});

describe('the document length limit (PLEXUS_MAX_DOCUMENT_CHARS)', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ maxDocumentChars: 200 });
  });
  afterAll(() => small.close());

  const long = `${'Angela Merkel met Emmanuel Macron. '.repeat(10)}\n`;

  it('refuses a longer uploaded file, naming the limit and the setting', async () => {
    const before = await storeState(small);
    const error = await errorOf(await upload(small, form(['long.txt', long])), 400);
    expect(error).toMatch(/long\.txt: is too long \(351 characters; the limit is 200, set by PLEXUS_MAX_DOCUMENT_CHARS\)/);
    expect(await storeState(small)).toEqual(before);
  });

  it('counts the readable text of HTML, not its markup', async () => {
    const markup = `<html><head><style>${'p{}'.repeat(500)}</style></head><body><p>Angela Merkel met Emmanuel Macron.</p></body></html>`;
    expect((await upload(small, form(['short.html', markup]))).status).toBe(201);
    const before = await storeState(small);
    expect(await errorOf(await upload(small, form(['long.html', `<p>${long}</p>`])), 400)).toMatch(/long\.html: is too long/);
    expect(await storeState(small)).toEqual(before);
  });

  it('refuses longer posted text', async () => {
    const before = await storeState(small);
    expect(await errorOf(await postJson(small, { title: 'Long', text: long }), 400)).toMatch(/^text: is too long \(351 characters; the limit is 200/);
    expect(await storeState(small)).toEqual(before);
  });
});

describe('HTML bombs', () => {
  it('refuses 100,000 nested divs at once, before building a DOM', async () => {
    const bomb = `${'<div>'.repeat(100_000)}Angela Merkel met Emmanuel Macron.${'</div>'.repeat(100_000)}`;
    await expectRefused(form(['nested.html', bomb]), 400, /nested\.html: HTML nested more than 500 elements deep is refused/);
  });

  it('refuses unclosed inline tags nested as deep', async () => {
    await expectRefused(form(['bold.html', `${'<b>'.repeat(100_000)}Angela Merkel`]), 400, /bold\.html: HTML nested more than 500/);
  });

  it('refuses a page of more than 50,000 elements', async () => {
    await expectRefused(form(['many.html', '<p>Merkel'.repeat(60_000)]), 400, /many\.html: HTML with more than 50000 elements is refused/);
  });

  it('reads a page with a 10 MB attribute and a 1 MB title, keeping neither in the text and cutting the title', async () => {
    const page =
      `<html><head><title>${'Summit '.repeat(150_000)}</title>` +
      `<meta property="og:site_name" content="${'x'.repeat(2_000_000)}"></head>` +
      `<body><p data-blob="${'A'.repeat(10 * 1024 * 1024)}">Angela Merkel met Emmanuel Macron in Paris.</p></body></html>`;
    const response = await upload(api, form(['attribute.html', page]));
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    const added = outcomes[0];
    if (added?.status !== 'added') throw new Error(`expected the page to be added, got ${JSON.stringify(added)}`);
    const detail = await body<DocumentDetail>(await api.fetch(`/api/documents/${added.document.id}`));
    expect(detail.text).toBe('Angela Merkel met Emmanuel Macron in Paris.');
    expect(detail.document.title).toHaveLength(500);
    expect(detail.document.title.endsWith('…')).toBe(true);
    expect(detail.document.outlet).toBeNull();
  });
});
