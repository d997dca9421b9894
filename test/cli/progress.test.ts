/** The CLI's progress report (server/cli/progress.ts): a bar with rate and time left on a terminal, plain lines otherwise. */
import { barReporter, lineReporter, progressLine } from '../../server/cli/progress';

describe('progressLine', () => {
  it('shows how much is done, the rate and the time left', () => {
    // 80 columns: the text takes 39, the brackets and a margin 3, the bar the 38 left.
    expect(progressLine(250, 1000, 10_000, 'documents', 80)).toBe(`[${'#'.repeat(10)}${'-'.repeat(28)}] 250/1,000 documents · 25/s · 0:30 left`);
  });

  it('shows a slow rate with a decimal, hours when they come, and the time taken once done', () => {
    expect(progressLine(3, 10_000, 2_000, 'inputs', 80)).toMatch(/ 3\/10,000 inputs · 1\.5\/s · 1:51:05 left$/);
    expect(progressLine(10, 10, 4_200, 'inputs', 80)).toMatch(/^\[#+\] 10\/10 inputs · 2\.4\/s · done in 0:04$/);
  });

  it('fits a narrow terminal with a bar of ten columns at least', () => {
    expect(progressLine(0, 5, 0, 'documents', 20)).toBe(`[${'-'.repeat(10)}] 0/5 documents · 0.0/s · starting`);
  });
});

describe('barReporter', () => {
  function terminal() {
    const writes: string[] = [];
    let clock = 0;
    return { writes, tick: (ms: number) => (clock += ms), now: () => clock, terminal: { write: (text: string) => writes.push(text), columns: 80 } };
  }

  it('redraws in place at most ten times a second, prints important lines above the bar, and ends with a new line', () => {
    const t = terminal();
    const report = barReporter(t.terminal, 4, 'inputs', t.now);
    report.item('[1/4] added  a.txt', false);
    t.tick(50);
    report.item('[2/4] added  b.txt', false);
    t.tick(100);
    report.item('[3/4] refused: c.bin is not text', true);
    report.item('[4/4] added  d.txt', false);
    report.finish();
    const screen = t.writes.join('');
    expect(screen).not.toContain('a.txt');
    expect(screen).toContain('\r\x1b[K[3/4] refused: c.bin is not text\n');
    expect(screen.endsWith(`[${'#'.repeat(40)}] 4/4 inputs · 27/s · done in 0:00\x1b[K\n`)).toBe(true);
    // The second item came 50 ms after the first drawing: no redraw for it.
    expect(t.writes.filter((w) => w.includes('2/4 inputs'))).toEqual([]);
  });
});

describe('lineReporter', () => {
  it('writes every line, as a log file wants them', () => {
    const lines: string[] = [];
    const report = lineReporter((line) => lines.push(line));
    report.note('Extracting in 2 worker threads');
    report.item('[1/2] added  a.txt', false);
    report.item('[2/2] refused: b.bin', true);
    report.finish();
    expect(lines).toEqual(['Extracting in 2 worker threads', '[1/2] added  a.txt', '[2/2] refused: b.bin']);
  });
});
