/**
 * ZIP archives: each entry read as a file of its own (an archive is a folder that travels as one
 * file), held to limits on entries, on the total size unpacked and on how far one entry expands,
 * so that a zip bomb is refused before it is unpacked. DOCX files are unpacked here too.
 */

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { InputError } from '#model/errors';
import type { FileDocuments, FileInput } from './results';

export interface ArchiveLimits {
  maxEntries: number;
  /** The most bytes all the entries unpack to together. */
  maxTotalBytes: number;
  /** The most an entry of more than 1 MiB may expand: text packs 3 to 10 times, a bomb a thousand. */
  maxRatio: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 10_000, maxTotalBytes: 256 * 1024 * 1024, maxRatio: 100 };

/** Below this an entry may expand as it likes (a page of spaces packs a thousand times, and costs nothing). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * The entries of a ZIP archive that `wanted` selects, unpacked, once every entry has been checked
 * against the limits on what its header says; an entry is unpacked into a buffer of the size its
 * header gives, so one that lies about it cannot grow past it. `kind` names the format in refusals.
 */
export function unzipBounded(
  bytes: Uint8Array,
  name: string,
  wanted: (entry: string) => boolean,
  kind = 'a ZIP archive',
  limits = ARCHIVE_LIMITS,
): Map<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  const check = (entry: UnzipFileInfo): boolean => {
    entries += 1;
    if (entries > limits.maxEntries) throw new InputError(`${name}: holds more than ${limits.maxEntries} entries, more than an archive may`);
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) {
      throw new InputError(`${name}: unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB, more than an archive may (a zip bomb?)`);
    }
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (entry.originalSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      throw new InputError(`${name}: its entry ${entry.name} expands ${Math.round(ratio)} times, more than the ${limits.maxRatio} allowed (a zip bomb?)`);
    }
    return wanted(entry.name);
  };
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter: check })));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: is not ${kind} that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Folders, and what a folder walk would skip: hidden files and the resource forks macOS adds. */
function isSkipped(entry: string): boolean {
  return entry.endsWith('/') || entry.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

/** Every file of an archive read as `read` reads a file, in the order of their paths; archives inside it are refused. */
export async function readArchive(file: FileInput, read: (file: FileInput) => Promise<FileDocuments>): Promise<FileDocuments> {
  if (file.depth > 0) throw new InputError(`${file.name}: is an archive inside an archive, which is not read; unpack it first`);
  const entries = [...unzipBounded(file.bytes, file.name, (entry) => !isSkipped(entry))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) throw new InputError(`${file.name}: holds no files`);
  const outcome: FileDocuments = { results: [], notes: [] };
  for (const [entry, bytes] of entries) {
    const { results, notes } = await read({ ...file, name: `${file.name}/${entry}`, sourcePath: `${file.sourcePath}/${entry}`, bytes, depth: file.depth + 1 });
    outcome.results.push(...results);
    outcome.notes.push(...notes);
  }
  return outcome;
}
