/**
 * `npm run eval`: extraction quality and speed in one table. Runs the extractor on the seed gold, on
 * every re3d source and on the CoNLL-2003 development split of the shared evaluation folder, scores
 * the predictions with the shared scorer (score.mjs), and times extraction next to bare wink-nlp.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../server/config';
import { loadLexicon } from '../server/extract/lexicon';
import { DEFAULT_EXTRACT_OPTIONS } from '../server/extract/options';
import { ConfigError, InputError } from '#model/errors';
import { predict, readDocuments, type Prediction } from '../server/corpus/predict';
import { locateEvalSets, scoreOne, scorePooled } from './score';
import { measureSpeed } from './speed';
import { formatTable, rowOf, typeRows, type EvalRow } from './table';
import { readArgs, runProgram } from '../server/cli/args';

const USAGE = 'usage: npm run eval -- [--eval-dir DIR] [--rounds N] [--tagger greedy|viterbi|off]   (or PLEXUS_EVAL_DIR=DIR)';
const TAGGERS = ['greedy', 'viterbi', 'off'] as const;

/** The shared evaluation folder sits beside the repository unless told otherwise. */
export function defaultEvalDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLEXUS_EVAL_DIR || path.resolve(findRepoRoot(), '..', 'shared', 'eval');
}

function writePredictions(dir: string, name: string, predictions: readonly Prediction[]): string {
  const file = path.join(dir, `${name}.jsonl`);
  fs.writeFileSync(file, predictions.map((p) => `${JSON.stringify(p)}\n`).join(''));
  return file;
}

export async function evalCommand(argv: string[]): Promise<number> {
  const parsed = readArgs('eval', USAGE, argv, { 'eval-dir': { type: 'string' }, rounds: { type: 'string' }, tagger: { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const rounds = values.rounds === undefined ? 10 : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(`plexus eval: --rounds must be a whole number of at least 1, not ${JSON.stringify(values.rounds)}\n`);
    return 2;
  }
  const tagger = TAGGERS.find((t) => t === (values.tagger ?? 'greedy'));
  if (tagger === undefined) {
    process.stderr.write(`plexus eval: --tagger must be one of ${TAGGERS.join(', ')}, not ${JSON.stringify(values.tagger)}\n`);
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-eval-'));
  try {
    const sets = locateEvalSets(path.resolve(values['eval-dir'] ?? defaultEvalDir()));
    const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
    const options = { ...DEFAULT_EXTRACT_OPTIONS, tagger };

    const seedDocs = readDocuments(path.join(sets.seeds, 'docs.jsonl'));
    const seedFile = writePredictions(tmp, 'seeds', predict(seedDocs, lexicon, options).predictions);
    const seedReport = scoreOne(sets.scorer, sets.seeds, seedFile);
    const rows: EvalRow[] = [rowOf('seeds', seedReport), ...typeRows('seeds ', seedReport)];

    // The re3d sources run as one corpus, as the scorer's pooled figures expect.
    const re3dDocs = [...sets.re3d.values()].flatMap((dir) => readDocuments(path.join(dir, 'docs.jsonl')));
    const re3dFile = writePredictions(tmp, 're3d', predict(re3dDocs, lexicon, options).predictions);
    const golds = [...sets.re3d.values()];
    const { pooled, perDir } = scorePooled(sets.scorer, golds, re3dFile);
    for (const [name, dir] of sets.re3d) {
      const report = perDir.get(dir);
      if (report) rows.push(rowOf(`re3d ${name}`, report));
    }
    rows.push(rowOf('re3d pooled', pooled), ...typeRows('re3d pooled ', pooled));

    if (sets.conllDev) {
      const conllDocs = readDocuments(path.join(sets.conllDev, 'docs.jsonl'));
      const conllFile = writePredictions(tmp, 'conll-dev', predict(conllDocs, lexicon, options).predictions);
      const conll = scoreOne(sets.scorer, sets.conllDev, conllFile);
      rows.push(rowOf('conll dev', conll), ...typeRows('conll dev ', conll));
    }

    const speed = measureSpeed([...seedDocs, ...re3dDocs], lexicon, options, rounds);
    process.stdout.write(`${formatTable({ rows, speed })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError) {
      process.stderr.write(`plexus eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) runProgram('plexus eval', evalCommand);
