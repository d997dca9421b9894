/**
 * `plexus extract --input DOCS.jsonl`: the evaluation contract (shared eval README). Reads one JSON
 * document per line ({id, text}), prints one JSON line per mention found in the text, with the id
 * of the entity it was resolved to across the whole run. Only JSON goes to stdout; notes to stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '../config';
import { loadLexicon } from '../extract/lexicon';
import { processDocument } from '../corpus/pipeline';
import { EntityRegistry } from '../resolve/registry';
import type { ResolvedMention } from '../model/types';

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
  let lines: string[];
  try {
    lines = fs.readFileSync(values.input, 'utf8').split('\n');
  } catch (error) {
    process.stderr.write(`plexus extract: cannot read ${values.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 1;
  }
  const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
  const registry = new EntityRegistry();
  const options = { nationalities: !values['no-nationalities'] };
  const results: { doc: string; mentions: ResolvedMention[] }[] = [];
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      process.stderr.write(`plexus extract: line ${n + 1} of ${values.input} is not JSON\n`);
      return 1;
    }
    if (typeof record !== 'object' || record === null || !('id' in record) || !('text' in record) || typeof record.text !== 'string') {
      process.stderr.write(`plexus extract: line ${n + 1} needs "id" and a string "text"\n`);
      return 1;
    }
    const processed = processDocument(record.text, lexicon, registry, options);
    results.push({ doc: String(record.id), mentions: processed.mentions });
  }
  // Ids are printed at the end: a later document may merge entities that earlier ones created.
  const out: string[] = [];
  for (const { doc, mentions } of results) {
    for (const m of mentions) {
      if (m.source !== 'text') continue;
      out.push(JSON.stringify({ doc, begin: m.begin, end: m.end, text: m.text, type: m.type, entity: registry.canonicalId(m.entity) }));
    }
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
