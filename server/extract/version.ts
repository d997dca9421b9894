/**
 * The extractor's version: what a store records, so that a store made by another extractor is
 * known and can be extracted again. It is the code's own number and a hash of the data the
 * extraction reads (the lexicons and, when there is one, the trained model).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Raise when the extraction code changes what it finds. */
export const EXTRACTOR_CODE_VERSION = 26;

/** The data files under `dir` (not its Markdown notes), by their path relative to it, sorted; none when it does not exist. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : entry.isFile() && !entry.name.endsWith('.md')
          ? [`${prefix}${entry.name}`]
          : [],
    )
    .sort();
}

/** 'e2-1a2b3c4d5e6f': the code's version, then the hash of every file of the data folders (each named by folder and path). */
export function extractorVersion(dataDirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dataDirs) {
    for (const file of filesUnder(dir)) {
      hash.update(`${path.basename(dir)}/${file}\0`);
      hash.update(fs.readFileSync(path.join(dir, file)));
      hash.update('\0');
    }
  }
  return `e${EXTRACTOR_CODE_VERSION}-${hash.digest('hex').slice(0, 12)}`;
}

/** The data folders of an extractor whose lexicons are in `lexiconDir`: the lexicons and the models beside them. */
export function extractorDataDirs(lexiconDir: string): string[] {
  return [lexiconDir, path.join(path.dirname(lexiconDir), 'models')];
}
