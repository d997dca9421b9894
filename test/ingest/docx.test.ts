/** Word documents (.docx): text by mammoth, properties from docProps/core.xml, and refusals. */
import { zipSync } from 'fflate';
import { ARCHIVE_LIMITS } from '../../server/ingest/archive';
import { entitiesIn, makeDocx, onlyDocument, refusalOf } from '../helpers/documents';

const PARAGRAPHS = [
  'Merkel and Hollande meet in Paris',
  'BERLIN (AFP) - Chancellor Angela Merkel travels to Paris on Friday to meet President François Hollande.',
  'The European Commission in Brussels is expected to present its plan for refugees next week.',
];

describe('a Word document', () => {
  it('gives its paragraphs, each on its own, and its title, author, date and outlet', async () => {
    const document = await onlyDocument('briefing.docx', makeDocx(PARAGRAPHS, { title: 'Briefing', creator: 'Anna Weber', created: '2015-09-04T08:00:00Z' }));
    expect(document).toEqual({
      title: 'Briefing',
      text: PARAGRAPHS.join('\n\n'),
      sourcePath: 'briefing.docx',
      outlet: 'AFP',
      date: '2015-09-04',
      dateSource: 'meta',
      author: 'Anna Weber',
    });
    expect(entitiesIn(document.text)).toEqual(
      expect.arrayContaining(['PERSON Angela Merkel', 'PERSON François Hollande', 'LOCATION Paris', 'ORGANIZATION European Commission']),
    );
  });

  it('takes its first paragraph for the title when its properties give none, and no date', async () => {
    const document = await onlyDocument('notes.docx', makeDocx(PARAGRAPHS));
    expect(document.title).toBe('Merkel and Hollande meet in Paris');
    expect(document).not.toHaveProperty('date');
  });
});

describe('refused Word documents', () => {
  it('refuses a truncated document as unreadable, saying why', async () => {
    const bytes = makeDocx(PARAGRAPHS);
    expect(await refusalOf('cut.docx', bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatch(
      /^cut\.docx: is not a Word document \(\.docx\) that can be read \(.+\)$/,
    );
  });

  it('refuses a ZIP archive that is no Word document', async () => {
    const bytes = zipSync({ 'readme.txt': new TextEncoder().encode('Hello') });
    expect(await refusalOf('fake.docx', bytes)).toMatch(/^fake\.docx: is not a Word document that can be read \(.+\)$/);
  });

  it('refuses a document without text', async () => {
    expect(await refusalOf('empty.docx', makeDocx(['', '  ']))).toBe('empty.docx: contains no readable text');
  });

  it('refuses a document whose parts expand like a zip bomb, before unpacking them', async () => {
    const padded = zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(await refusalOf('bomb.docx', padded)).toMatch(
      new RegExp(`^bomb\\.docx: its entry word/document\\.xml expands \\d+ times, more than the ${ARCHIVE_LIMITS.maxRatio} allowed`),
    );
  });
});
