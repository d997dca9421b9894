/** `bench formats`: the same bench documents written in every format and read back, each document once. */
import { formatsBench } from '../../bench/formats';
import { isFileExtension } from '#model/formats';

describe('formatsBench', () => {
  it('reads the documents back from every kind of format, none refused, with a rate for each', async () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => printed.push(String(chunk)) > 0);
    try {
      const figures = await formatsBench({ docs: 3, seed: 1, repeat: 1 });
      expect(figures.map((figure) => figure.format)).toEqual(['txt', 'html', 'pdf', 'docx', 'eml', 'rss', 'csv', 'jsonl', 'zip']);
      expect(figures.every((figure) => figure.documents === 3 && figure.documentsPerSecond > 0)).toBe(true);
      expect(figures.every((figure) => isFileExtension(`.${figure.format}`))).toBe(true);
      expect(printed.join('')).toMatch(/reading each format/);
    } finally {
      write.mockRestore();
    }
  });
});
