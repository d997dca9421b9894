/**
 * Runs the shared scorer (score.mjs, outside this repository) on a prediction file and reads its
 * JSON report. The scorer is the reference: its figures are read, never recomputed here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '#model/errors';

const figures = z.object({ precision: z.number().nullable(), recall: z.number().nullable(), f1: z.number().nullable() });

const report = z.object({
  typedLenient: figures,
  perType: z.object({
    lenient: z.object({ byClass: z.record(z.string(), figures) }),
  }),
  bcubed: figures.nullish(),
});

export type Figures = z.infer<typeof figures>;
export type ScoreReport = z.infer<typeof report>;

const pooledReport = z.object({ pooled: report, perDir: z.record(z.string(), report) });

export interface EvalSets {
  /** The folder holding score.mjs, seeds/ and re3d/. */
  dir: string;
  scorer: string;
  seeds: string;
  /** re3d sources by name ('bbc-online'), each a gold folder. */
  re3d: Map<string, string>;
  /** The CoNLL-2003 development split, a gold folder, when the evaluation folder holds it. */
  conllDev?: string;
}

/** The evaluation folder's parts; a missing folder or part is a ConfigError that says where it was looked for. */
export function locateEvalSets(dir: string): EvalSets {
  const scorer = path.join(dir, 'score.mjs');
  const seeds = path.join(dir, 'seeds');
  const re3dRoot = path.join(dir, 're3d');
  const missing = [scorer, path.join(seeds, 'gold.jsonl'), re3dRoot].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new ConfigError(
      `The evaluation data is not at ${dir} (missing ${missing.join(', ')}). ` +
        'Give its folder with --eval-dir DIR or PLEXUS_EVAL_DIR; it holds score.mjs, seeds/ and re3d/.',
    );
  }
  const re3d = new Map<string, string>();
  for (const name of fs.readdirSync(re3dRoot).sort()) {
    const gold = path.join(re3dRoot, name);
    if (fs.existsSync(path.join(gold, 'gold.jsonl'))) re3d.set(name, gold);
  }
  if (re3d.size === 0) throw new ConfigError(`No re3d source (a folder with gold.jsonl) under ${re3dRoot}`);
  const conllDev = path.join(dir, 'conll-dev');
  return { dir, scorer, seeds, re3d, ...(fs.existsSync(path.join(conllDev, 'gold.jsonl')) ? { conllDev } : {}) };
}

function runScorer<T>(schema: z.ZodType<T>, scorer: string, golds: readonly string[], predFile: string, perDir: boolean): T {
  const args = [scorer, ...golds.flatMap((g) => ['--gold', g]), '--pred', predFile, '--json', ...(perDir ? ['--per-dir'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let parsed: unknown;
  try {
    parsed = JSON.parse(out);
  } catch {
    throw new ConfigError(`${scorer} --json printed something that is not JSON: ${out.slice(0, 200)}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new ConfigError(`${scorer} --json printed a report of an unexpected shape: ${result.error.message}`);
  return result.data;
}

/** Scores predictions against one gold folder. */
export function scoreOne(scorer: string, gold: string, predFile: string): ScoreReport {
  return runScorer(report, scorer, [gold], predFile, false);
}

/** Scores predictions against several gold folders: pooled, and each folder on its own (keyed by folder). */
export function scorePooled(scorer: string, golds: readonly string[], predFile: string): { pooled: ScoreReport; perDir: Map<string, ScoreReport> } {
  const parsed = runScorer(pooledReport, scorer, golds, predFile, true);
  return { pooled: parsed.pooled, perDir: new Map(Object.entries(parsed.perDir)) };
}
