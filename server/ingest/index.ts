/**
 * Ingestion: files, uploads and posted text → DocumentInput, or a refusal that says why. What the
 * rest of the server uses; each reader lives in its own file of this folder.
 */

export { checkFileSize, documentsOfFile, parseDocument } from './formats';
export { readInputs } from './read-files';
export { decodeText, normaliseLineEndings } from './decode';
export { checkDocumentLength, isWellFormed, MAX_TITLE_CHARS, type InputLimits } from './limits';
