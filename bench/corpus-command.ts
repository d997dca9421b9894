/** `bench corpus`: writes the bench corpus as text files and prints its size and variety. */
import fs from 'node:fs';
import path from 'node:path';
import { benchCorpus, namePools, wordCount } from './corpus';
import { BENCH_DIR, figure, mib, printJson, printTable, since } from './report';

export function corpusBench(options: { docs: number; seed: number; out?: string }): void {
  const out = options.out ?? path.join(BENCH_DIR, `corpus-${options.seed}-${options.docs}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const pools = namePools(options.seed);
  const poolNames = pools.persons.length + pools.organisations.length + pools.places.length + pools.outlets.length;
  const start = performance.now();
  let words = 0;
  let bytes = 0;
  const used = new Set<string>();
  for (const doc of benchCorpus(options.docs, { seed: options.seed, used }, 0, pools)) {
    words += wordCount(doc.text);
    bytes += Buffer.byteLength(doc.text);
    fs.writeFileSync(path.join(out, path.basename(doc.sourcePath)), doc.text);
  }
  const generateMs = since(start);
  const figures = { documents: options.docs, words, megabytes: mib(bytes), distinctNames: used.size, poolNames, generateMs, out };
  printTable(`corpus (${options.docs} documents, seed ${options.seed})`, [
    ['documents', options.docs],
    ['words', figure(words), `${figure(words / options.docs)} per document`],
    ['size', `${figure(mib(bytes))} MiB`],
    ['distinct pool names used', figure(used.size), `of ${figure(poolNames)} generated`],
    ['generation', `${figure(generateMs)} ms`],
    ['written to', out],
  ]);
  printJson({ bench: 'corpus', ...figures });
}
