/** ZIP archives: each entry read as a file, held to limits on entries, total size and expansion. */
import { zipSync } from 'fflate';
import { ARCHIVE_LIMITS, unzipBounded } from '../../server/ingest/archive';
import { linesFromTop, makeDocx, makePdf, makeZip, readFile, refusalOf } from '../helpers/documents';

const sources = (results: { source: string }[]): string[] => results.map((result) => result.source);

describe('a ZIP archive', () => {
  it('gives the documents of its files in the order of their paths, each recording its path in the archive', async () => {
    const bytes = makeZip({
      'b/putin.txt': 'Putin spoke in Moscow.',
      'a.pdf': await makePdf([linesFromTop(['Merkel met Hollande.'])]),
      'c.docx': makeDocx(['Obama called Netanyahu.']),
    });
    const { results } = await readFile('batch.zip', bytes);
    expect(results).toEqual([
      { source: 'batch.zip/a.pdf', document: expect.objectContaining({ text: 'Merkel met Hollande.', sourcePath: 'batch.zip/a.pdf' }) },
      { source: 'batch.zip/b/putin.txt', document: expect.objectContaining({ text: 'Putin spoke in Moscow.', sourcePath: 'batch.zip/b/putin.txt' }) },
      { source: 'batch.zip/c.docx', document: expect.objectContaining({ text: 'Obama called Netanyahu.', sourcePath: 'batch.zip/c.docx' }) },
    ]);
  });

  it('skips folders, hidden files and the resource forks macOS adds, as a folder walk does', async () => {
    const bytes = makeZip({ 'story.txt': 'Story', '.DS_Store': 'x', '__MACOSX/._story.txt': 'x', 'drafts/.old.txt': 'Old' });
    expect(sources((await readFile('mac.zip', bytes)).results)).toEqual(['mac.zip/story.txt']);
  });

  it('refuses each file it cannot read with its path and reason, and reads the others', async () => {
    const bytes = makeZip({ 'photo.png': new Uint8Array([0x89, 0x50]), 'story.txt': 'Story' });
    const { results } = await readFile('mixed.zip', bytes);
    expect(results[0]).toEqual({ source: 'mixed.zip/photo.png', error: expect.stringMatching(/^mixed\.zip\/photo\.png: unsupported file type '\.png'/) });
    expect(results[1]).toMatchObject({ source: 'mixed.zip/story.txt', document: { title: 'Story' } });
  });

  it('refuses an archive inside an archive: one level is read', async () => {
    const bytes = makeZip({ 'inner.zip': makeZip({ 'a.txt': 'A' }) });
    expect(await refusalOf('outer.zip', bytes)).toBe('outer.zip/inner.zip: is an archive inside an archive, which is not read; unpack it first');
  });

  it('refuses an archive with no files, or one that is not a ZIP archive', async () => {
    expect(await refusalOf('empty.zip', makeZip({ 'folder/': new Uint8Array(0) }))).toBe('empty.zip: holds no files');
    expect(await refusalOf('cut.zip', makeZip({ 'a.txt': 'Putin spoke.' }).subarray(0, 20))).toMatch(
      /^cut\.zip: is not a ZIP archive that can be read \(.+\)$/,
    );
  });
});

describe('zip bombs', () => {
  it('refuses an entry that expands more than the ratio allows, before unpacking it', async () => {
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusalOf('bomb.zip', bomb)).toMatch(
      new RegExp(`^bomb\\.zip: its entry zeros\\.txt expands \\d+ times, more than the ${ARCHIVE_LIMITS.maxRatio} allowed \\(a zip bomb\\?\\)$`),
    );
  });

  it('refuses an archive whose entries unpack to more than the total allowed', () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, n) => [`part-${n}.txt`, new Uint8Array(1000)]));
    const limits = { ...ARCHIVE_LIMITS, maxTotalBytes: 4000 };
    expect(() => unzipBounded(zipSync(files, { level: 0 }), 'big.zip', () => true, 'a ZIP archive', limits)).toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^big\.zip: unpacks to more than /) }),
    );
  });

  it('refuses an archive of more entries than allowed', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, n) => [`${n}.txt`, new Uint8Array([65])]));
    const limits = { ...ARCHIVE_LIMITS, maxEntries: 10 };
    expect(() => unzipBounded(zipSync(files), 'many.zip', () => true, 'a ZIP archive', limits)).toThrow(
      expect.objectContaining({ message: 'many.zip: holds more than 10 entries, more than an archive may' }),
    );
  });

  it('never unpacks an entry past the size its header gives, whatever its data holds', () => {
    const honest = zipSync({ 'a.txt': new Uint8Array(4096).fill(65) }, { level: 9 });
    // The central directory's uncompressed size of the one entry, cut to 16 bytes: a header that lies.
    const lying = new Uint8Array(honest);
    const central = Buffer.from(lying).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(lying.buffer).setUint32(central + 24, 16, true);
    expect(unzipBounded(lying, 'lying.zip', () => true).get('a.txt')?.length).toBe(16);
  });
});
