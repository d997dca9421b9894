/** What an ingest reports: each input's outcome as a line, and the summary of them all. */
import type { IngestOutcome } from '#model/types';
import type { Reporter } from './progress';

export interface IngestSummary {
  added: number;
  duplicates: number;
  refused: number;
}

/** Counts an outcome and reports it: `[3/120] added  a.txt (42 mentions)`, `… duplicate a.txt (already present)` or `… refused: why`. */
export function reportOutcome(report: Reporter, summary: IngestSummary, step: string, source: string, outcome: IngestOutcome): void {
  switch (outcome.status) {
    case 'added':
      summary.added++;
      report.item(`${step} added  ${source} (${outcome.document.mentions} mentions)`, false);
      break;
    case 'duplicate':
      summary.duplicates++;
      report.item(`${step} duplicate ${source} (already present)`, false);
      break;
    case 'refused':
      summary.refused++;
      report.item(`${step} refused: ${outcome.reason}`, true);
      break;
  }
}

export function describeSummary(summary: IngestSummary): string {
  const total = summary.added + summary.duplicates + summary.refused;
  return `${total} input${total === 1 ? '' : 's'}: ${summary.added} added, ` + `${summary.duplicates} already present, ${summary.refused} refused`;
}
