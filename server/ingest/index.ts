/** Ingestion: files, uploads and posted text → DocumentInput, or a refusal that says why. */

export { checkFileSize, parseDocument, SUPPORTED_EXTENSIONS, isSupportedFile, extensionOf } from './formats';
export { readInputs, fsErrorReason, type ReadResult } from './read-files';
export { decodeText, normaliseLineEndings } from './decode';
export { plainTextToDocument, markdownToDocument } from './text';
export { readTextMetadata, webAddress, splitFrontMatter, splitHeaderBlock, readDateline, type FrontMatter, type TextMetadata } from './metadata';
export { htmlToDocument } from './html';
export { normaliseDate } from './dates';
export {
  checkDocumentLength,
  boundedTitle,
  isWellFormed,
  DEFAULT_INPUT_LIMITS,
  DEFAULT_MAX_DOCUMENT_CHARS,
  MAX_TITLE_CHARS,
  MAX_OUTLET_CHARS,
  MAX_URL_CHARS,
  type InputLimits,
} from './limits';
export { sniffBinaryFormat } from './sniff';
export { titleFromName, type Origin } from './origin';
