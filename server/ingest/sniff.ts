/**
 * What a file really is, from its first bytes: the signatures of the binary formats most often
 * dropped by mistake (or renamed on purpose), so that a PDF saved as `.txt` is refused as a PDF
 * rather than read as text or reported as mere "binary data".
 */

interface Signature {
  /** What the format is called in a refusal message. */
  name: string;
  /** The first bytes that identify it. */
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

// Only signatures that no text file starts with: each has a byte outside printable text or a
// marker ('%PDF-') that text has no reason to begin with.
const SIGNATURES: readonly Signature[] = [
  { name: 'a PDF document', bytes: ascii('%PDF-') },
  { name: 'a ZIP archive (or a .docx, .xlsx, .odt or .epub, which are ZIP archives)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: ascii('GIF87a') },
  { name: 'a GIF image', bytes: ascii('GIF89a') },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { name: 'a legacy Microsoft Office document (.doc, .xls, .ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an SQLite database', bytes: ascii('SQLite format 3\x00') },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** The binary format `bytes` start with ('a PDF document'), or undefined when none is recognised. */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const { name, bytes: signature } of SIGNATURES) {
    if (signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte)) return name;
  }
  return undefined;
}
