/**
 * CSV exports as a spreadsheet reads them: a header row, quoting that keeps commas, quotes, line
 * breaks and non-Latin letters, a UTF-8 byte-order mark, CRLF; each table parsed back with csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { exportGraph } from '../../server/export';
import { writeCsv } from '../../server/export/csv';
import { EVIDENCE_HEADER, evidenceCsv } from '../../server/export/evidence-csv';
import { toExportGraph } from '../../server/export/export-graph';
import { writeCsvZip, writeEdgesCsv, writeNodesCsv } from '../../server/export/tables';
import { bytesOf, demoCorpus, hardGraph, type DemoCorpus } from './fixtures';

type Row = Record<string, string>;

function rowsOf(csv: string): Row[] {
  return parse(csv, { bom: true, columns: true });
}

describe('writeCsv', () => {
  it('writes a BOM, a header, CRLF line ends and RFC 4180 quoting', () => {
    const csv = writeCsv(
      ['name', 'n'],
      [
        ['Smith, "Jo"\nJones', 2],
        ['Путин', -0.5],
      ],
    );
    expect(csv).toBe('\uFEFFname,n\r\n"Smith, ""Jo""\nJones",2\r\nПутин,-0.5\r\n');
  });

  it('keeps a spreadsheet from running text that starts like a formula, and leaves negative numbers alone', () => {
    const csv = writeCsv(
      ['text', 'n'],
      [
        ['=HYPERLINK("x")', -1],
        ['+1', 0],
        ['-Nowhere', 0],
        ['@SUM(A1)', 0],
        ['a=b', 0],
      ],
    );
    expect(rowsOf(csv).map((row) => [row.text, row.n])).toEqual([
      ['\'=HYPERLINK("x")', '-1'],
      ["'+1", '0'],
      ["'-Nowhere", '0'],
      ["'@SUM(A1)", '0'],
      ['a=b', '0'],
    ]);
  });
});

describe('nodes and edges tables', () => {
  const graph = toExportGraph(hardGraph());

  it('has a row per node with every attribute, names intact', () => {
    const rows = rowsOf(writeNodesCsv(graph));
    expect(Object.keys(rows[0])).toEqual([
      'id',
      'label',
      'type',
      'mentions',
      'documents',
      'reports',
      'degree',
      'weightedDegree',
      'pagerank',
      'betweenness',
      'community',
      'color',
      'size',
      'x',
      'y',
    ]);
    expect(rows.map((row) => [row.id, row.label, row.type, row.community, row.weightedDegree])).toEqual([
      ['smith-jones', 'Smith, "Jo" Jones', 'PERSON', '0', '-0.25'],
      ['putin', 'Владимир Путин\nPutin', 'PERSON', '0', '0.5'],
      ['al-jazeera', "'=الجزيرة <&> Al Jazeera", 'ORGANIZATION', '1', '0.5'],
      ['nowhere', "'-Nowhere", 'LOCATION', '2', '0'],
    ]);
    expect(rows[0]).toMatchObject({ color: '#4e79a7', size: '18' });
  });

  it('has a row per edge with both ends, their labels and the weights', () => {
    const rows = rowsOf(writeEdgesCsv(graph));
    expect(rows).toEqual([
      {
        id: 'putin~smith-jones',
        source: 'putin',
        target: 'smith-jones',
        source_label: 'Владимир Путин\nPutin',
        target_label: 'Smith, "Jo" Jones',
        weight: '0.5',
        count: '3',
        documents: '2',
      },
      {
        id: 'al-jazeera~smith-jones',
        source: 'al-jazeera',
        target: 'smith-jones',
        source_label: "'=الجزيرة <&> Al Jazeera",
        target_label: 'Smith, "Jo" Jones',
        weight: '-0.75',
        count: '2',
        documents: '1',
      },
    ]);
  });

  it('zips nodes.csv and edges.csv together', () => {
    const files = unzipSync(writeCsvZip(graph, new Date('2025-06-01T12:00:00Z')));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    // Buffer keeps the byte-order mark that TextDecoder (fflate's strFromU8) would drop.
    expect(Buffer.from(files['nodes.csv']).toString('utf8')).toBe(writeNodesCsv(graph));
    expect(Buffer.from(files['edges.csv']).toString('utf8')).toBe(writeEdgesCsv(graph));
  });
});

describe('evidence CSV of the demo corpus', () => {
  let demo: DemoCorpus;
  beforeAll(() => {
    demo = demoCorpus();
  });
  afterAll(() => demo.close());

  it('has one row per sentence behind each exported edge, with offsets into the document', () => {
    const filter = { types: ['PERSON' as const, 'LOCATION' as const], minWeight: 2 };
    const csv = bytesOf(exportGraph(demo.corpus, { format: 'evidence.csv', filter, corpusName: 'demo' })).toString('utf8');
    const [header] = parse(csv, { bom: true, to_line: 1 });
    expect(header).toEqual([...EVIDENCE_HEADER]);
    const rows = rowsOf(csv);
    const edges = demo.corpus.graph(filter).edges;
    expect(edges.length).toBeGreaterThan(0);
    const expected = edges.reduce((sum, edge) => sum + demo.corpus.evidence(edge.source, edge.target, 10_000).length, 0);
    expect(rows.length).toBe(expected);
    const keys = new Set(edges.map((edge) => `${edge.source}~${edge.target}`));
    for (const row of rows) {
      expect(keys.has(`${row.source}~${row.target}`)).toBe(true);
      const document = demo.corpus.document(Number(row.document));
      const sentence = document.text.slice(Number(row.sentence_begin), Number(row.sentence_end));
      expect(row.text.replace(/^'/, '')).toBe(sentence);
      for (const side of ['source', 'target'] as const) {
        if (row[`${side}_begin`] === '') continue;
        const begin = Number(row[`${side}_begin`]);
        const end = Number(row[`${side}_end`]);
        expect(document.mentions).toContainEqual(expect.objectContaining({ begin, end, entity: row[side] }));
      }
    }
    // Every row names both entities somewhere in the window: at least one side has an offset.
    expect(rows.every((row) => row.source_begin !== '' || row.target_begin !== '')).toBe(true);
  });

  it('is written in pieces of whole rows that add up to the same file, the byte-order mark once', () => {
    const graph = toExportGraph(demo.corpus.graph({ metrics: true }));
    const whole = [...evidenceCsv(demo.corpus, graph)];
    const pieces = [...evidenceCsv(demo.corpus, graph, {}, 3)];
    const rows = rowsOf(whole.join(''));
    expect(rows.length).toBeGreaterThan(6);
    // The header, then rows three at a time.
    expect(pieces).toHaveLength(1 + Math.ceil(rows.length / 3));
    expect(pieces.join('')).toBe(whole.join(''));
    expect(pieces.slice(1).every((piece) => !piece.startsWith('\uFEFF') && piece.endsWith('\r\n'))).toBe(true);
    expect(pieces[0].startsWith('\uFEFF')).toBe(true);
  });

  it('keeps only the sentences of the document when filtered by one', () => {
    const csv = bytesOf(exportGraph(demo.corpus, { format: 'evidence.csv', filter: { doc: 1 }, corpusName: 'demo' })).toString('utf8');
    const rows = rowsOf(csv);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.document))).toEqual(new Set(['1']));
  });
});
