/**
 * `plexus reingest [--db STORE] [--force]`: extracts every stored document again when the store was
 * made by another extractor version (the curation rules are kept and apply again), with a progress
 * bar on a terminal.
 */

import { openCorpus } from '../corpus';
import type { Corpus } from '../corpus/types';
import { commandConfig, readArgs } from './args';
import { shownLocation } from '../store/engine';
import { describeSummary, type IngestSummary } from './outcomes';
import { barReporter, type Reporter } from './progress';

export const REINGEST_USAGE = `usage: plexus reingest [--db STORE] [--force]

Extracts every stored document again when the store was made by another extractor version.
Curation rules are kept and apply again.
  --force     extract again even when the versions agree
  --db STORE  the store, an SQLite file or a postgres:// address (default: PLEXUS_DB, else data/plexus.db)`;

/** What a store made by another extractor is, and how to update it; undefined when it is up to date. */
export function versionProblem(versions: { store: string | undefined; current: string }): string | undefined {
  if (versions.store === versions.current) return undefined;
  const made = versions.store === undefined ? 'an earlier extractor that recorded no version' : `extractor ${versions.store}`;
  return `the store was made by ${made}, and this is extractor ${versions.current}: its entities may differ from what this version finds. Run 'plexus reingest' to extract its documents again (curation rules are kept).`;
}

/** Every stored document through the pipeline again, one item each. */
export function reingestWithCount(corpus: Corpus, report: Reporter): IngestSummary {
  const total = corpus.stats().documents;
  const summary: IngestSummary = { added: 0, duplicates: 0, refused: 0 };
  corpus.reingest((outcome, done) => {
    if (outcome.status === 'refused') summary.refused++;
    else summary[outcome.status === 'added' ? 'added' : 'duplicates']++;
    report.item(`[${done}/${total}] ${outcome.status === 'refused' ? `refused: ${outcome.reason}` : 'extracted again'}`, outcome.status === 'refused');
  });
  report.finish();
  return summary;
}

export function reingestCommand(argv: string[]): number {
  const parsed = readArgs('reingest', REINGEST_USAGE, argv, { db: { type: 'string' }, force: { type: 'boolean' } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const config = commandConfig('reingest', values.db);
  if (!config) return 2;
  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  try {
    const versions = corpus.extractorVersions();
    if (versionProblem(versions) === undefined && values.force !== true) {
      process.stdout.write(
        `${shownLocation(config.dbPath)} was made by this extractor (${versions.current}): nothing to do (--force extracts again anyway).\n`,
      );
      return 0;
    }
    // A bar on a terminal; a log file gets the refusals and the summary.
    const refusals: Reporter = { item: (line, important) => important && process.stderr.write(`${line}\n`), note: () => undefined, finish: () => undefined };
    const summary = reingestWithCount(corpus, process.stderr.isTTY ? barReporter(process.stderr, corpus.stats().documents, 'documents') : refusals);
    const stats = corpus.stats();
    process.stdout.write(
      `Extracted again with ${versions.current}: ${describeSummary(summary)}. ${shownLocation(config.dbPath)} holds ${stats.documents} documents and ${stats.entities} entities.\n`,
    );
    return summary.refused > 0 ? 1 : 0;
  } finally {
    corpus.close();
  }
}
