/**
 * A PDF page's text pieces → its text: pieces on one baseline make a line (ordered left to right),
 * lines in the order the page draws them make paragraphs where the gap between them is wider than
 * a line, and a word hyphenated at the end of a line is joined again.
 */

/** One piece of text as pdf.js gives it: the string and where its baseline starts, in PDF units. */
export interface PdfTextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font's height, which the gaps between lines are measured against. */
  height: number;
}

interface Line {
  y: number;
  height: number;
  pieces: PdfTextPiece[];
}

/** A gap between baselines wider than this many font heights starts a paragraph (a line is about 1.2). */
const PARAGRAPH_GAP = 1.7;

/** Pages one after another, each its paragraphs separated by a blank line. */
export function pdfPagesText(pages: readonly (readonly PdfTextPiece[])[]): string {
  return pages
    .map(pageText)
    .filter((text) => text !== '')
    .join('\n\n');
}

export function pageText(pieces: readonly PdfTextPiece[]): string {
  const paragraphs: string[][] = [];
  let previous: Line | undefined;
  for (const line of linesOf(pieces)) {
    const text = lineText(line);
    if (text === '') continue;
    const gap = previous === undefined ? 0 : previous.y - line.y;
    // A line above the last one (the top of the next column) or far below it starts a paragraph.
    if (previous === undefined || gap < 0 || gap > PARAGRAPH_GAP * Math.max(line.height, previous.height, 1)) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(text);
    previous = line;
  }
  return paragraphs.map(joinLines).join('\n\n');
}

/** Pieces in drawing order, grouped into lines: a piece on the baseline of the line before joins it. */
function linesOf(pieces: readonly PdfTextPiece[]): Line[] {
  const lines: Line[] = [];
  for (const piece of pieces) {
    if (piece.text === '') continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= 0.3 * Math.max(piece.height, line.height, 1)) {
      line.pieces.push(piece);
      line.height = Math.max(line.height, piece.height);
    } else {
      lines.push({ y: piece.y, height: piece.height, pieces: [piece] });
    }
  }
  return lines;
}

/** A line's pieces left to right; a space where they stand apart and neither brings one. */
function lineText(line: Line): string {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const piece of pieces) {
    const apart = piece.x - end > 0.15 * Math.max(piece.height, 1);
    if (apart && text !== '' && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** 'inter-' + 'national' → 'international'; other lines are joined by a space. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}
