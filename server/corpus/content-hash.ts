import crypto from 'node:crypto';

/** SHA-256 of a document's text: the same text is stored once, whatever its file name. */
export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
