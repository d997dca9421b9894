/**
 * Files and folders named on the command line → one result per document: the document, or why it
 * (or the file it was in) was refused. The only module of ingestion that touches the file system.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentsOfFile } from './formats';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './limits';
import type { ReadResult } from './results';

export type { ReadResult };

/** Plain-language reasons for the errors a path can meet; others keep Node's message. */
const FS_REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENOTDIR', 'not a folder (a part of the path is a file)'],
  ['EISDIR', 'is a folder'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EMFILE', 'too many open files'],
  ['EIO', 'input/output error'],
]);

/**
 * Reads each path: a file, or a folder walked recursively, into one result per document (a feed,
 * a table or an archive holds many). Within a folder, files come sorted by path, hidden files and
 * folders (a leading dot) are skipped, and files of an unsupported type are reported as refused,
 * not passed over in silence. `note` is given what a file's reader says of it (a table's columns).
 */
export async function readInputs(
  paths: string[],
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
  note: (line: string) => void = () => undefined,
): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const target of paths) {
    for (const file of listPath(target)) {
      if ('error' in file) results.push(file);
      else results.push(...(await readFile(file.source, file.shownPath, limits, note)));
    }
  }
  return results;
}

/** A file to read, with the path its documents record, or why a path could not be listed. */
type Listed = { source: string; shownPath: string } | Refusal;

type Refusal = { source: string; error: string };

/** Why a file system call failed, for a person: 'no such file or folder', 'permission denied'. */
export function fsErrorReason(error: unknown): string {
  // Duck-typed rather than `instanceof Error`: errors from Node's core may come from another realm
  // (under jest, for one), where that test fails.
  const fields = typeof error === 'object' && error !== null ? error : {};
  const code = 'code' in fields && typeof fields.code === 'string' ? fields.code : undefined;
  const reason = code === undefined ? undefined : FS_REASONS.get(code);
  if (reason) return reason;
  return 'message' in fields && typeof fields.message === 'string' ? fields.message : String(error);
}

function listPath(target: string): Listed[] {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch (error) {
    return [failure(target, error)];
  }
  if (stats.isDirectory()) return listFolder(target);
  if (stats.isFile()) return [{ source: target, shownPath: path.basename(target) }];
  return [{ source: target, error: `${target}: is not a regular file or folder` }];
}

function listFolder(folder: string): Listed[] {
  const files: string[] = [];
  const problems: Refusal[] = [];
  walk(folder, new Set(), files, problems);
  if (files.length === 0 && problems.length === 0) {
    return [{ source: folder, error: `${folder}: folder contains no files` }];
  }
  const name = path.basename(path.resolve(folder));
  return [...files.map((file) => ({ source: file, shownPath: path.join(name, path.relative(folder, file)) })), ...problems].sort(bySource);
}

/** Code-unit order, not localeCompare: the same order on every machine, whatever its locale. */
function bySource(a: Listed, b: Listed): number {
  if (a.source === b.source) return 0;
  return a.source < b.source ? -1 : 1;
}

/** Collects the visible files under `folder`; folders already visited (through a symlink) are not walked again. */
function walk(folder: string, visited: Set<string>, files: string[], problems: Refusal[]): void {
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(failure(folder, error));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const entryPath = path.join(folder, entry.name);
    let kind: fs.Dirent | fs.Stats = entry;
    if (entry.isSymbolicLink()) {
      try {
        kind = fs.statSync(entryPath);
      } catch (error) {
        problems.push(failure(entryPath, error));
        continue;
      }
    }
    if (kind.isDirectory()) walk(entryPath, visited, files, problems);
    else if (kind.isFile()) files.push(entryPath);
    else problems.push({ source: entryPath, error: `${entryPath}: is not a regular file or folder` });
  }
}

/**
 * Reads one file; its document records `shownPath`, the path from what was ingested (the folder's
 * name, then the path within it), so that the store shows no absolute path of this machine.
 */
async function readFile(file: string, shownPath: string, limits: InputLimits, note: (line: string) => void): Promise<ReadResult[]> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return [failure(file, error)];
  }
  const { results, notes } = await documentsOfFile({ name: file, bytes, sourcePath: shownPath, limits, depth: 0 });
  notes.forEach(note);
  return results;
}

function failure(source: string, error: unknown): Refusal {
  return { source, error: `${source}: ${fsErrorReason(error)}` };
}
