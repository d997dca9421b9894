/**
 * `plexus remove ID… [--db STORE]`: removes documents from the store by id (as `/api/documents`
 * lists them), with the entities and links only they supported. All or nothing: an unknown id
 * removes none.
 */

import { openCorpus } from '../corpus';
import { NotFoundError } from '#model/errors';
import { commandConfig, readArgs, usageError } from './args';
import { shownLocation } from '../store/engine';

export const REMOVE_USAGE = `usage: plexus remove ID… [--db STORE]

Removes the documents with these ids (as GET /api/documents lists them) from the store: their
sentences and mentions, and the entities and links that only they supported. Curation rules stay.
An unknown id removes nothing.`;

export function removeCommand(argv: string[]): number {
  const parsed = readArgs('remove', REMOVE_USAGE, argv, { db: { type: 'string' } }, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const bad = positionals.find((id) => !/^[1-9]\d*$/.test(id));
  if (positionals.length === 0 || bad !== undefined) {
    return usageError('remove', REMOVE_USAGE, bad === undefined ? 'name at least one document id' : `document ids are whole numbers from 1, got '${bad}'`);
  }
  const config = commandConfig('remove', values.db);
  if (!config) return 2;
  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  try {
    const ids = [...new Set(positionals.map(Number))];
    const known = new Set(corpus.documents().map((d) => d.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      process.stderr.write(`plexus remove: no document with id ${unknown.join(', ')} in ${shownLocation(config.dbPath)}; nothing was removed\n`);
      return 1;
    }
    for (const id of ids) {
      const removed = corpus.removeDocument(id);
      process.stderr.write(`removed ${id} ${removed.title}\n`);
    }
    const stats = corpus.stats();
    process.stdout.write(
      `Removed ${ids.length} document${ids.length === 1 ? '' : 's'}. ${shownLocation(config.dbPath)} holds ${stats.documents} documents and ${stats.entities} entities.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    process.stderr.write(`plexus remove: ${error.message}\n`);
    return 1;
  } finally {
    corpus.close();
  }
}
