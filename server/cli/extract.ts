/**
 * `plexus extract --input DOCS.jsonl`: the evaluation contract (shared eval README). Reads one JSON
 * document per line ({id, text}), prints one JSON line per mention found in the text, with the id
 * of the entity it was resolved to across the whole run. Only JSON goes to stdout; notes to stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '../config';
import { loadLexicon } from '../extract/lexicon';
import { InputError } from '../model/errors';
import { predict, readDocuments, type EvalDocument } from '../eval/predict';

const USAGE = 'usage: plexus extract --input DOCS.jsonl [--no-nationalities]';

export async function extractCommand(argv: string[]): Promise<number> {
  let values: { input?: string; 'no-nationalities'?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { input: { type: 'string' }, 'no-nationalities': { type: 'boolean' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.input) {
    process.stderr.write(`plexus extract: --input is required\n${USAGE}\n`);
    return 2;
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
