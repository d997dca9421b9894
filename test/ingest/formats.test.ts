import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionOf, isSupportedFile, parseDocument, SUPPORTED_EXTENSIONS } from '../../server/ingest/formats';
import { linesFromTop, makePdf, readFile, refusalOf } from '../helpers/documents';
import { demoFrontMatter } from '../helpers/fixtures';

const CORPUS = path.join(__dirname, '..', '..', 'data', 'corpus');
const IBTIMES = path.join(CORPUS, 'ibtimes-putin-admits-russian-support-for-syria.txt');
const TELEGRAPH = path.join(CORPUS, 'telegraph-putin-confirms-russian-military-involvement.txt');

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('parseDocument on the demo corpus', () => {
  it.each([IBTIMES, TELEGRAPH])('gives back the text of %s after its front matter unchanged, to the byte', (file) => {
    const bytes = fs.readFileSync(file);
    const { frontMatter, text } = demoFrontMatter(bytes.toString('utf8'));
    const document = parseDocument(file, bytes, file);
    expect(frontMatter).not.toBe('');
    expect(Buffer.from(document.text, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(document.sourcePath).toBe(file);
  });

  it("takes a demo article's title from its front matter, else from its first line, and its outlet", () => {
    expect(parseDocument(TELEGRAPH, fs.readFileSync(TELEGRAPH), TELEGRAPH)).toMatchObject({
      title: "Vladimir Putin confirms Russian military involvement in Syria's civil war",
      outlet: 'The Daily Telegraph',
    });
    expect(parseDocument(IBTIMES, fs.readFileSync(IBTIMES), IBTIMES)).toMatchObject({ title: 'Putin', outlet: 'IBTimes' });
  });

  it('gives the demo articles the publication date of their front matter, and no address: neither states one', () => {
    for (const file of [IBTIMES, TELEGRAPH]) {
      const document = parseDocument(file, fs.readFileSync(file), file);
      expect(document).toMatchObject({ date: '2015-09-04', dateSource: 'front-matter' });
      expect(document).not.toHaveProperty('url');
    }
  });
});

describe('parseDocument', () => {
  it('picks the format by extension, in any case', () => {
    const html = utf8('<title>Page</title><p>Putin &amp; Assad</p>');
    expect(parseDocument('PAGE.HTML', html, 'upload').text).toBe('Putin & Assad');
    expect(parseDocument('page.htm', html, 'upload').text).toBe('Putin & Assad');
    expect(parseDocument('page.txt', html, 'upload').text).toBe('<title>Page</title><p>Putin &amp; Assad</p>');
    const markdown = utf8('---\ntitle: Notes\n---\nBody');
    expect(parseDocument('notes.Md', markdown, 'upload')).toMatchObject({ title: 'Notes', text: 'Body' });
    expect(parseDocument('notes.markdown', markdown, 'upload')).toMatchObject({ title: 'Notes', text: 'Body' });
  });

  it('records the source path it is given, which may differ from the name', () => {
    expect(parseDocument('notes.txt', utf8('Body'), '').sourcePath).toBe('');
  });

  it('decodes before parsing: a UTF-16 file with CRLF line endings reads as plain text', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Putin\r\nsaid so.\r\n', 'utf16le')]);
    expect(parseDocument('a.txt', bytes, 'a.txt')).toEqual({ title: 'Putin', text: 'Putin\nsaid so.\n', sourcePath: 'a.txt' });
  });

  it('accepts a Uint8Array as well as a Buffer', () => {
    expect(parseDocument('a.txt', new TextEncoder().encode('Putin'), 'a.txt').text).toBe('Putin');
  });

  it('refuses an unsupported extension, naming it and listing the supported ones', () => {
    expect(() => parseDocument('notes.odt', utf8('PK'), 'notes.odt')).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: `notes.odt: unsupported file type '.odt' (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
      }),
    );
  });

  it('refuses a file without an extension', () => {
    expect(() => parseDocument('README', utf8('text'), 'README')).toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringContaining('README: unsupported file type (no extension)') }),
    );
  });

  it('does not mistake an extension for a property of Object', () => {
    expect(() => parseDocument('x.constructor', utf8('text'), 'x')).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('refuses an empty file', () => {
    expect(() => parseDocument('empty.txt', new Uint8Array(0), 'empty.txt')).toThrow(
      expect.objectContaining({ name: 'InputError', message: 'empty.txt: is empty' }),
    );
  });

  it('refuses a file of only whitespace, in any format', () => {
    for (const name of ['blank.txt', 'blank.md', 'blank.html']) {
      expect(() => parseDocument(name, utf8(' \n\t\r\n  '), name)).toThrow(
        expect.objectContaining({ name: 'InputError', message: `${name}: is empty (only whitespace)` }),
      );
    }
  });

  it('refuses binary bytes behind a text extension, naming what they are', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => parseDocument('image.txt', png, 'image.txt')).toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^image\.txt: is a PNG image \(binary data\)/) }),
    );
  });

  it('refuses an HTML page with no readable text', () => {
    expect(() => parseDocument('page.html', utf8('<script>alert(1)</script>'), 'page.html')).toThrow(
      expect.objectContaining({ name: 'InputError', message: 'page.html: contains no readable text' }),
    );
  });
});

describe('supported formats', () => {
  it('are text, web pages, PDF, Word, e-mail, feeds, tables of articles and ZIP archives', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([
      '.txt',
      '.md',
      '.markdown',
      '.html',
      '.htm',
      '.pdf',
      '.docx',
      '.eml',
      '.rss',
      '.atom',
      '.xml',
      '.csv',
      '.jsonl',
      '.ndjson',
      '.zip',
    ]);
  });

  it('are recognised by extension in any case', () => {
    expect(isSupportedFile('a/B.TXT')).toBe(true);
    expect(isSupportedFile('a.PDF')).toBe(true);
    expect(isSupportedFile('a.odt')).toBe(false);
    expect(isSupportedFile('txt')).toBe(false);
    expect(extensionOf('archive.tar.GZ')).toBe('.gz');
  });
});

describe('documentsOfFile', () => {
  it('gives a text file as its one document', async () => {
    expect((await readFile('2015-09-15-note.txt', utf8('Putin spoke.'))).results).toEqual([
      {
        source: '2015-09-15-note.txt',
        document: { title: 'Putin spoke.', text: 'Putin spoke.', sourcePath: '2015-09-15-note.txt', date: '2015-09-15', dateSource: 'file-name' },
      },
    ]);
  });

  it('gives a refused file as its one refusal, naming it', async () => {
    expect((await readFile('notes.odt', utf8('PK'))).results).toEqual([
      { source: 'notes.odt', error: `notes.odt: unsupported file type '.odt' (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` },
    ]);
  });

  it('holds every format to the length limit, PDF included', async () => {
    const pdf = await makePdf([linesFromTop(['Vladimir Putin met Bashar al-Assad in Moscow.'])]);
    expect(await refusalOf('long.pdf', pdf, { maxDocumentChars: 10 })).toBe(
      'long.pdf: is too long (45 characters; the limit is 10, set by PLEXUS_MAX_DOCUMENT_CHARS)',
    );
  });
});
