/**
 * How a bench prints its figures: a table for people, then one JSON line (the last line of the
 * output) for scripts. Also the small statistics the benches share.
 */
import os from 'node:os';
import path from 'node:path';

/** Where benches keep corpora and stores: outside the repository, reused between runs. */
export const BENCH_DIR = process.env['PLEXUS_BENCH_DIR'] ?? path.join(os.tmpdir(), 'plexus-bench');

export type Row = [label: string, value: string | number, note?: string];

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Milliseconds since `start` (from performance.now()). */
export const since = (start: number) => performance.now() - start;

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A figure for the table: thousands grouped, a few significant decimals. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export const mib = (bytes: number) => bytes / 1024 / 1024;

/** Peak resident memory of this process so far, in bytes (the kernel's own count). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

export function printTable(title: string, rows: readonly Row[]): void {
  const width = Math.max(...rows.map((r) => r[0].length), 10);
  const valueWidth = Math.max(...rows.map((r) => String(r[1]).length), 8);
  const lines = [`\n${title}`, '-'.repeat(Math.min(100, title.length))];
  for (const [label, value, note] of rows) lines.push(`${label.padEnd(width)}  ${String(value).padStart(valueWidth)}${note ? `  ${note}` : ''}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** A bar of the acceptance criteria: the measured ratio and whether it holds. */
export interface Bar {
  name: string;
  value: number;
  limit: number;
  /** 'min': the value must be at least the limit; 'max': at most. */
  kind: 'min' | 'max';
  pass: boolean;
}

export function bar(name: string, value: number, kind: 'min' | 'max', limit: number): Bar {
  return { name, value: round(value, 3), limit, kind, pass: kind === 'min' ? value >= limit : value <= limit };
}

export function barRows(bars: readonly Bar[]): Row[] {
  return bars.map((b) => [b.name, figure(b.value), `${b.kind === 'min' ? '≥' : '≤'} ${b.limit}: ${b.pass ? 'pass' : 'FAIL'}`]);
}

/** The machine, and the options Node runs with (.npmrc sets them for every npm script). */
export function machine(): { cpus: number; cpu: string; node: string; nodeOptions: string; load: number[] } {
  const cpus = os.cpus();
  const nodeOptions = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  return { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', node: process.version, nodeOptions, load: os.loadavg().map((l) => round(l)) };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
