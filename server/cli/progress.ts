/**
 * How the CLI reports long work: a progress bar with rate and time left, redrawn in place on a
 * terminal ('[######------] 420/1,000 documents · 35/s · 0:17 left'), or plain lines otherwise,
 * so that a log file gets every line and no control characters.
 */

export interface Reporter {
  /** One item done ('[3/120] added  a.txt'); `important` lines (a refusal) show on a terminal too. */
  item(line: string, important: boolean): void;
  /** A line about the work ('Extracting in 2 worker threads'). */
  note(line: string): void;
  /** Ends the report: the bar's last state stays, followed by a new line. */
  finish(): void;
}

/** Every line as it comes, as `plexus ingest` always wrote them. */
export function lineReporter(log: (line: string) => void): Reporter {
  return { item: (line) => log(line), note: log, finish: () => undefined };
}

/** 'm:ss', or 'h:mm:ss' from an hour. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

const count = (n: number): string => n.toLocaleString('en-GB');

/** The bar's text for `done` of `total` after `elapsedMs`, fitted in `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, unit: string, width: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = done >= total ? `done in ${clock(elapsedMs / 1000)}` : rate > 0 ? `${clock((total - done) / rate)} left` : 'starting';
  const text = ` ${count(done)}/${count(total)} ${unit} · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s · ${left}`;
  const room = Math.max(10, Math.min(40, width - text.length - 3));
  const filled = total > 0 ? Math.round((room * Math.min(done, total)) / total) : room;
  return `[${'#'.repeat(filled)}${'-'.repeat(room - filled)}]${text}`;
}

export interface Terminal {
  write(text: string): unknown;
  columns?: number;
}

/** Redraws at most this often: a terminal does not need a frame per document. */
const REDRAW_MS = 100;

/** A bar over `total` items on a terminal; important lines print above it. */
export function barReporter(terminal: Terminal, total: number, unit: string, now: () => number = () => performance.now()): Reporter {
  const started = now();
  let done = 0;
  let drawn = -Infinity;
  const draw = (): void => {
    terminal.write(`\r${progressLine(done, total, now() - started, unit, terminal.columns ?? 80)}\x1b[K`);
    drawn = now();
  };
  const above = (line: string): void => {
    terminal.write(`\r\x1b[K${line}\n`);
    draw();
  };
  return {
    item(line, important) {
      done++;
      if (important) above(line);
      else if (now() - drawn >= REDRAW_MS || done === total) draw();
    },
    note: above,
    finish() {
      draw();
      terminal.write('\n');
    },
  };
}

/** The bar on a terminal, plain lines to `log` otherwise. */
export function reporterFor(stream: NodeJS.WriteStream, total: number, unit: string, log: (line: string) => void): Reporter {
  return stream.isTTY ? barReporter(stream, total, unit) : lineReporter(log);
}
