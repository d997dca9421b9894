/**
 * Where an input came from: the name that messages start with and that the format and the
 * fallback title are taken from, and the source path recorded with the document.
 */

import * as path from 'node:path';

export interface Origin {
  /** A file path or an upload's file name; every refusal message starts with it. */
  name: string;
  sourcePath: string;
}

/** The file name without folder or extension, the title of last resort: 'data/putin.txt' → 'putin'. */
export function titleFromName(name: string): string {
  // Uploads from Windows browsers may carry backslash paths; take the last part either way.
  const base = name.split(/[\\/]/).pop() ?? name;
  const extension = path.extname(base);
  const stem = extension === '' ? base : base.slice(0, -extension.length);
  return stem.trim() === '' ? base : stem;
}
