/** A PDF page's text pieces into text: lines, paragraphs, hyphenation. */
import { pageText, pdfPagesText, type PdfTextPiece } from '../../server/ingest/pdf-text';

const piece = (text: string, x: number, y: number, height = 10): PdfTextPiece => ({ text, x, y, width: text.length * 5, height });

describe('pageText', () => {
  it('makes one line of the pieces on a baseline, with a space where they stand apart', () => {
    expect(pageText([piece('Assad', 100, 700), piece('Bashar al-', 45, 700)])).toBe('Bashar al- Assad');
  });

  it('adds no space between pieces that touch', () => {
    expect(pageText([piece('Kre', 50, 700), piece('mlin', 65, 700)])).toBe('Kremlin');
  });

  it('starts a paragraph where the gap between lines is wider than a line, or the next line is higher up (a new column)', () => {
    const pieces = [piece('One.', 50, 700), piece('Two.', 50, 688), piece('Three.', 50, 650), piece('Four.', 300, 700)];
    expect(pageText(pieces)).toBe('One. Two.\n\nThree.\n\nFour.');
  });

  it('skips empty pieces and lines of spaces', () => {
    expect(pageText([piece('', 50, 700), piece('  ', 50, 688), piece('Text', 50, 676)])).toBe('Text');
  });
});

describe('pdfPagesText', () => {
  it('separates pages by a blank line and leaves out empty ones', () => {
    expect(pdfPagesText([[piece('First', 50, 700)], [], [piece('Third', 50, 700)]])).toBe('First\n\nThird');
  });
});
