/** The `npm run eval` report: one plain-text table of the scorer's figures and the speed line. */
import type { Figures, ScoreReport } from './score';
import type { Speed } from './speed';

export interface EvalRow {
  label: string;
  figures: Figures;
  /** B-cubed F1 of the cross-document clustering, where the gold carries entity ids. */
  bcubed?: Figures;
}

export interface EvalResults {
  rows: EvalRow[];
  speed: Speed;
}

/** The gold classes reported per type, with the scorer's names for them. */
export const GOLD_CLASSES = ['Person', 'Organisation', 'Location'] as const;

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : (100 * x).toFixed(1));

/** Rows for one scorer report: its typed lenient figures, and B-cubed when there is one. */
export function rowOf(label: string, report: ScoreReport): EvalRow {
  return { label, figures: report.typedLenient, bcubed: report.bcubed ?? undefined };
}

/** Rows for the per-type figures of a pooled report. */
export function typeRows(prefix: string, report: ScoreReport): EvalRow[] {
  return GOLD_CLASSES.map((c) => {
    const figures = report.perType.lenient.byClass[c] ?? { precision: null, recall: null, f1: null };
    return { label: `${prefix}${c}`, figures };
  });
}

export function formatTable({ rows, speed }: EvalResults): string {
  const width = Math.max(...rows.map((r) => r.label.length), 'set'.length);
  const head = `${'set'.padEnd(width)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  ${'B³ F1'.padStart(6)}`;
  const lines = [
    'typed lenient precision, recall and F1 (%), from the shared scorer',
    head,
    '-'.repeat(head.length),
    ...rows.map(
      (r) =>
        `${r.label.padEnd(width)}  ${pct(r.figures.precision).padStart(6)} ${pct(r.figures.recall).padStart(6)} ${pct(r.figures.f1).padStart(6)}  ${(r.bcubed ? pct(r.bcubed.f1) : '').padStart(6)}`,
    ),
    '',
    `speed over ${speed.words} words: extract ${Math.round(speed.extractWordsPerSecond)} words/s, ` +
      `wink-nlp readDoc ${Math.round(speed.readDocWordsPerSecond)} words/s ` +
      `(extract at ${(speed.extractWordsPerSecond / speed.readDocWordsPerSecond).toFixed(2)}× readDoc)`,
  ];
  return lines.join('\n');
}
