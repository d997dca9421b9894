/** PDF files: text by page in reading order through pdf.js, metadata from the document information, and refusals. */
import { PDFDocument } from 'pdf-lib';
import { pdfDate } from '../../server/ingest/pdf';
import { MAX_PDF_PAGES } from '../../server/ingest/pdf-worker';
import { entitiesIn, linesFromTop, makeEncryptedPdf, makePdf, onlyDocument, refusalOf } from '../helpers/documents';

const REPORT_PAGE_1 = linesFromTop([
  'Russia to keep arming Syria, Putin says',
  '',
  'MOSCOW (Reuters) - Vladimir Putin said on Tuesday that Russia would keep send-',
  'ing arms to the government of Bashar al-Assad, and urged other countries to',
  'join the fight against Islamic State.',
  '',
  'John Kerry spoke to Sergei Lavrov by telephone.',
]);
const REPORT_PAGE_2 = linesFromTop(['The talks in Geneva resume next week.']);

describe('a PDF report', () => {
  let report: Awaited<ReturnType<typeof onlyDocument>>;
  beforeAll(async () => {
    const bytes = await makePdf([REPORT_PAGE_1, REPORT_PAGE_2], {
      title: 'Russia and Syria',
      author: 'Olga Ivanova',
      created: new Date(Date.UTC(2015, 8, 15, 9)),
    });
    report = await onlyDocument('report.pdf', bytes);
  });

  it('gives the text of every page in order, a paragraph per block, the hyphenated word joined', () => {
    expect(report.text).toBe(
      [
        'Russia to keep arming Syria, Putin says',
        'MOSCOW (Reuters) - Vladimir Putin said on Tuesday that Russia would keep sending arms to the government of Bashar al-Assad, and urged other countries to join the fight against Islamic State.',
        'John Kerry spoke to Sergei Lavrov by telephone.',
        'The talks in Geneva resume next week.',
      ].join('\n\n'),
    );
  });

  it('takes its title, author and date from the document information, and the outlet from its dateline', () => {
    expect(report).toMatchObject({
      title: 'Russia and Syria',
      author: 'Olga Ivanova',
      date: '2015-09-15',
      dateSource: 'meta',
      outlet: 'Reuters',
      sourcePath: 'report.pdf',
    });
  });

  it('yields the people, places and organisations it names', () => {
    expect(entitiesIn(report.text)).toEqual(
      expect.arrayContaining([
        'PERSON Vladimir Putin',
        'PERSON Bashar al-Assad',
        'PERSON John Kerry',
        'PERSON Sergei Lavrov',
        'LOCATION Geneva',
        'LOCATION Russia',
      ]),
    );
  });
});

describe('reading order', () => {
  it('puts the pieces of a line left to right, whatever order they were drawn in', async () => {
    const bytes = await makePdf([
      [
        { text: 'met Erdogan in Ankara.', x: 200, y: 700 },
        { text: 'Angela Merkel', x: 72, y: 700 },
      ],
    ]);
    expect((await onlyDocument('order.pdf', bytes)).text).toBe('Angela Merkel met Erdogan in Ankara.');
  });

  it('joins a hyphen at a line end only before a lower-case letter', async () => {
    const bytes = await makePdf([linesFromTop(['The Franco-', 'German plan was agreed in Brus-', 'sels.'])]);
    expect((await onlyDocument('hyphen.pdf', bytes)).text).toBe('The Franco- German plan was agreed in Brussels.');
  });

  it('takes the first line for the title when the document information has none', async () => {
    const bytes = await makePdf([linesFromTop(['Press release', '', 'Gazprom signs a deal with OMV.'])]);
    expect(await onlyDocument('release.pdf', bytes)).toMatchObject({ title: 'Press release', text: 'Press release\n\nGazprom signs a deal with OMV.' });
  });
});

describe('refused PDFs', () => {
  it('refuses an encrypted PDF, saying so', async () => {
    expect(await refusalOf('secret.pdf', await makeEncryptedPdf())).toBe('secret.pdf: is encrypted with a password; save it without one to read it');
  });

  it('refuses a scanned PDF, whose pages hold no text, naming OCR', async () => {
    const scan = await PDFDocument.create();
    scan.addPage();
    scan.addPage();
    expect(await refusalOf('scan.pdf', await scan.save())).toBe(
      'scan.pdf: has no text layer (its 2 pages are images, as in a scan); Plexus does not read text in images (OCR)',
    );
  });

  it('refuses a truncated PDF as unreadable', async () => {
    const bytes = await makePdf([REPORT_PAGE_1]);
    expect(await refusalOf('cut.pdf', bytes.subarray(0, 300))).toMatch(/^cut\.pdf: is not a readable PDF \(.+\)$/);
  });

  it('refuses a file named .pdf that is something else', async () => {
    expect(await refusalOf('notes.pdf', Buffer.from('Putin met Assad.'))).toBe('notes.pdf: is not a PDF document (it does not start with %PDF-)');
    expect(await refusalOf('photo.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'photo.pdf: is not a PDF document (a PNG image)',
    );
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages before reading its text`, async () => {
    const long = await PDFDocument.create();
    for (let page = 0; page <= MAX_PDF_PAGES; page += 1) long.addPage([100, 100]);
    expect(await refusalOf('long.pdf', await long.save())).toBe(`long.pdf: has ${MAX_PDF_PAGES + 1} pages, more than the ${MAX_PDF_PAGES} a PDF may have`);
  });
});

describe('pdfDate', () => {
  it.each([
    ["D:20150915103000+01'00'", '2015-09-15'],
    ['D:20150915', '2015-09-15'],
    ['20151231', '2015-12-31'],
    ['D:20150231', undefined],
    ['D:2015', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (value, expected) => {
    expect(pdfDate(value)).toBe(expected);
  });
});
