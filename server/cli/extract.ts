/**
 * `plexus extract --input DOCS.jsonl`: the evaluation contract (shared eval README). Reads one JSON
 * document per line ({id, text}), prints one JSON line per mention found in the text, with the id
 * of the entity it was resolved to across the whole run. Only JSON goes to stdout; notes to stderr.
 */
import path from 'node:path';
import { findRepoRoot } from '../config';
import { loadLexicon } from '../extract/lexicon';
import { InputError } from '#model/errors';
import { predict, readDocuments, type EvalDocument } from '../corpus/predict';
import { readArgs, usageError } from './args';

const USAGE = 'usage: plexus extract --input DOCS.jsonl [--no-nationalities]';

export async function extractCommand(argv: string[]): Promise<number> {
  const parsed = readArgs('extract', USAGE, argv, { input: { type: 'string' }, 'no-nationalities': { type: 'boolean' } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.input) {
    return usageError('extract', USAGE, '--input is required');
  }
  let docs: EvalDocument[];
  try {
    docs = readDocuments(values.input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`plexus extract: ${error.message}\n`);
    return 1;
  }
  const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
  const { predictions } = predict(docs, lexicon, { nationalities: !values['no-nationalities'] });
  if (predictions.length > 0) process.stdout.write(`${predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
  return 0;
}
