/**
 * `bench formats` (also run by `bench ingest`): how fast each input format is read, from bytes to
 * DocumentInputs by documentsOfFile, over the same bench documents written in every format.
 * Reading only: extraction's speed is the same whatever the format, and `bench ingest` measures it.
 */
import { stringify } from 'csv-stringify/sync';
import { documentsOfFile } from '../server/ingest/formats';
import { DEFAULT_INPUT_LIMITS } from '../server/ingest/limits';
import type { DocumentInput } from '#model/types';
import { benchCorpus } from './corpus';
import { makeDocx, makeEmail, makePdf, makeZip, type PdfLine } from './documents';
import { figure, mib, printJson, printTable, round, since, type Row } from './report';

interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

export interface FormatFigures {
  format: string;
  files: number;
  documents: number;
  bytes: number;
  ms: number;
  documentsPerSecond: number;
  mibPerSecond: number;
}

const paragraphsOf = (document: DocumentInput): string[] =>
  document.text
    .split('\n\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** A news page as saved from a browser: navigation, the story in <article>, related links, comments. */
function newsPage(document: DocumentInput): string {
  const [headline, ...body] = paragraphsOf(document);
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title><meta property="og:site_name" content="${escapeHtml(document.outlet ?? '')}"></head><body>` +
    '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>' +
    `<article><h1>${escapeHtml(headline)}</h1>${body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</article>` +
    '<aside><h3>Related</h3><ul><li><a href="/a">Markets fall</a></li><li><a href="/b">Talks resume</a></li></ul></aside>' +
    '<div class="comments"><p>First comment on the story.</p><p>A reply to it.</p></div><footer>© The Bench</footer></body></html>'
  );
}

/** The document's text in lines of at most 90 characters, 50 lines a page, in WinAnsi (what the standard PDF fonts encode). */
function pdfPages(document: DocumentInput): PdfLine[][] {
  const lines: string[] = [];
  for (const paragraph of paragraphsOf(document)) {
    let line = '';
    for (const word of paragraph.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?').split(' ')) {
      if (line !== '' && line.length + word.length + 1 > 90) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line, '');
  }
  const pages: PdfLine[][] = [];
  for (let at = 0; at < lines.length; at += 50) {
    pages.push(lines.slice(at, at + 50).flatMap((text, index) => (text === '' ? [] : [{ text, y: 780 - 14 * index, size: 10 }])));
  }
  return pages;
}

/** Each format's files, holding the given documents. */
const WRITERS: Readonly<Record<string, (documents: readonly DocumentInput[]) => Promise<BenchFile[]> | BenchFile[]>> = {
  txt: (documents) => documents.map((document, index) => ({ name: `${index}.txt`, bytes: utf8(document.text) })),
  html: (documents) => documents.map((document, index) => ({ name: `${index}.html`, bytes: utf8(newsPage(document)) })),
  pdf: (documents) =>
    Promise.all(documents.map(async (document, index) => ({ name: `${index}.pdf`, bytes: await makePdf(pdfPages(document), { title: document.title }) }))),
  docx: (documents) => documents.map((document, index) => ({ name: `${index}.docx`, bytes: makeDocx(paragraphsOf(document), { title: document.title }) })),
  eml: (documents) =>
    documents.map((document, index) => ({
      name: `${index}.eml`,
      bytes: makeEmail({
        headers: ['From: Desk <desk@example.org>', 'To: Analyst <analyst@example.org>', `Subject: ${document.title}`, 'Date: Tue, 15 Sep 2015 10:00:00 +0000'],
        body: document.text,
      }),
    })),
  rss: (documents) => [
    {
      name: 'feed.rss',
      bytes: utf8(
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title>${documents
          .map(
            (document, index) =>
              `<item><title>${escapeHtml(document.title)}</title><link>https://example.org/${index}</link><description>${escapeHtml(
                paragraphsOf(document)
                  .slice(1)
                  .map((p) => `<p>${escapeHtml(p)}</p>`)
                  .join(''),
              )}</description></item>`,
          )
          .join('')}</channel></rss>`,
      ),
    },
  ],
  csv: (documents) => [
    {
      name: 'articles.csv',
      bytes: utf8(
        stringify(
          documents.map(({ title, text, date, outlet }) => ({ title, text, date, outlet })),
          { header: true },
        ),
      ),
    },
  ],
  jsonl: (documents) => [
    { name: 'articles.jsonl', bytes: utf8(documents.map(({ title, text, date, outlet }) => JSON.stringify({ title, text, date, outlet })).join('\n')) },
  ],
  zip: (documents) => [{ name: 'articles.zip', bytes: makeZip(Object.fromEntries(documents.map((document, index) => [`${index}.txt`, document.text]))) }],
};

async function readAll(format: string, files: readonly BenchFile[]): Promise<FormatFigures> {
  const start = performance.now();
  let documents = 0;
  for (const file of files) {
    const { results } = await documentsOfFile({ name: file.name, bytes: file.bytes, sourcePath: file.name, limits: DEFAULT_INPUT_LIMITS, depth: 0 });
    const refused = results.find((result) => 'error' in result);
    if (refused && 'error' in refused) throw new Error(`bench formats: ${refused.error}`);
    documents += results.length;
  }
  const ms = since(start);
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  return {
    format,
    files: files.length,
    documents,
    bytes,
    ms: round(ms),
    documentsPerSecond: round((documents * 1000) / ms),
    mibPerSecond: round(mib(bytes) / (ms / 1000)),
  };
}

/** Reads `docs` bench documents in every format, the fastest of `repeat` runs (a PDF worker already started, after the first). */
export async function formatsBench(options: { docs: number; seed: number; repeat: number }): Promise<FormatFigures[]> {
  const documents = [...benchCorpus(options.docs, { seed: options.seed })];
  const figures: FormatFigures[] = [];
  for (const [format, write] of Object.entries(WRITERS)) {
    const files = await write(documents);
    const runs: FormatFigures[] = [];
    for (let run = 0; run < options.repeat; run += 1) runs.push(await readAll(format, files));
    figures.push(runs.reduce((best, next) => (next.ms < best.ms ? next : best)));
  }
  const rows: Row[] = figures.map((f) => [
    f.format,
    `${figure(f.documentsPerSecond)} docs/s`,
    `${f.documents} documents in ${f.files} files, ${round(mib(f.bytes))} MiB, ${round(f.mibPerSecond)} MiB/s`,
  ]);
  printTable(`reading each format (documentsOfFile, ${options.docs} bench documents of about 500 words)`, rows);
  printJson({ bench: 'formats', seed: options.seed, figures });
  return figures;
}
