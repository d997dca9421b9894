/** Captures what a command writes to stdout and stderr while it runs in this process. */

export interface Captured {
  stdout: () => string;
  stderr: () => string;
  restore: () => void;
}

export function captureOutput(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: unknown): string =>
    typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    out.push(text(chunk));
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    err.push(text(chunk));
    return true;
  });
  return {
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    restore: () => {
      stdout.mockRestore();
      stderr.mockRestore();
    },
  };
}
