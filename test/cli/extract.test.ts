/** `plexus extract`: the evaluation contract of the shared scorer (one JSON line per mention). */
import fs from 'node:fs';
import path from 'node:path';
import { extractCommand } from '../../server/cli/extract';
import { demoArticles, tempDir } from '../helpers/fixtures';
import { captureOutput } from './output';

interface Line {
  doc: string;
  begin: number;
  end: number;
  text: string;
  type: string;
  entity: string;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureOutput();
  try {
    const code = await extractCommand(argv);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  } finally {
    captured.restore();
  }
}

describe('plexus extract', () => {
  const dir = tempDir();
  const docs = demoArticles().map((a, i) => ({ id: `doc-${i}`, title: a.name, text: a.text }));
  const input = path.join(dir, 'docs.jsonl');
  fs.writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');

  it('prints only JSON lines, each a mention whose offsets slice its text out of its document', async () => {
    const { code, stdout } = await run(['--input', input]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines.length).toBeGreaterThan(50);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    for (const l of lines) {
      expect(texts.get(l.doc)?.slice(l.begin, l.end)).toBe(l.text);
      expect(['PERSON', 'ORGANIZATION', 'LOCATION', 'OUTLET', 'NATIONALITY']).toContain(l.type);
    }
  });

  it('classes a nationality word as NATIONALITY, with the id of its country', async () => {
    const lines = (await run(['--input', input])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    const russian = lines.filter((l) => l.text === 'Russian');
    const russia = lines.find((l) => l.text === 'Russia');
    expect(russian.length).toBeGreaterThan(0);
    for (const l of russian) expect(l).toMatchObject({ type: 'NATIONALITY', entity: russia?.entity });
    expect(russia?.type).toBe('LOCATION');
  });

  it('gives one entity id to a person across documents, however named', async () => {
    const lines = (await run(['--input', input])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    const putin = new Set(lines.filter((l) => /Putin/.test(l.text)).map((l) => l.entity));
    expect(putin.size).toBe(1);
    expect(new Set(lines.filter((l) => /Putin/.test(l.text)).map((l) => l.doc)).size).toBe(2);
  });

  it('refuses a missing input, a line that is not JSON, and a line without text, on stderr', async () => {
    expect((await run([])).code).toBe(2);
    const missing = await run(['--input', path.join(dir, 'nope.jsonl')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read/);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"id": 1, "text": "ok"}\nnot json\n');
    expect(await run(['--input', bad])).toMatchObject({ code: 1, stdout: '' });
    fs.writeFileSync(bad, '{"id": 1}\n');
    expect((await run(['--input', bad])).stderr).toMatch(/line 1 needs "id" and a string "text"/);
  });
});
