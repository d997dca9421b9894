/**
 * The JSON of the whole graph (no filter, no metrics), kept in pieces, one per entity and link,
 * and its gzip kept in blocks of pieces: after a new document only what it touched is written and
 * compressed again. While uploads change the graph many times a second, every read would
 * otherwise serialise and compress all of it again.
 */
import zlib from 'node:zlib';
import type { CooccurrenceWindow } from '#model/types';
import type { PlexusGraph } from './cooccurrence';
import { GRAPH_OPTIONS } from './filter';

/** Pieces a block holds on average; its bounds depend on the keys alone (see `endsBlock`). */
const BLOCK_MEAN = 128;
const BLOCK_MAX = 4 * BLOCK_MEAN;

/** A run of text as UTF-8 and as raw deflate ending on a byte boundary, so that runs concatenate. */
interface Encoded {
  bytes: Buffer;
  deflated: Buffer;
}

interface Block {
  pieces: readonly string[];
  text: string;
  /** The block as last encoded, and the bytes before it: its deflate refers back into them. */
  run?: { encoded: Encoded; after: Buffer | undefined };
}

/** deflate's window: how far back a run may refer into the one before it. */
const WINDOW = 32 * 1024;

function deflate(bytes: Buffer, after: Buffer | undefined): Buffer {
  return zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH, dictionary: after?.subarray(-WINDOW) });
}

function encode(text: string): Encoded {
  const bytes = Buffer.from(text);
  return { bytes, deflated: deflate(bytes, undefined) };
}

/**
 * A block's run: the first of a list as it is, the others after a comma, compressed with the
 * bytes of the run before them as history, as one stream would be (blocks compressed alone came
 * out a sixth larger). A block is compressed again when it or the bytes before it changed; its
 * own bytes stay the same object then, so the block after it is not.
 */
function runOf(block: Block, after: Buffer | undefined): Encoded {
  const kept = block.run;
  if (kept && kept.after === after) return kept.encoded;
  const sameText = kept !== undefined && (kept.after === undefined) === (after === undefined);
  const bytes = sameText ? kept.encoded.bytes : Buffer.from(after ? `,${block.text}` : block.text);
  const encoded = { bytes, deflated: deflate(bytes, after) };
  block.run = { encoded, after };
  return encoded;
}

const BETWEEN = encode('],"edges":[');
const END = encode(']}');
/** A last, empty, fixed-Huffman block with the final bit set: it ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** gzip's header: deflate, no name, no time, this machine's kind unknown (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);

/**
 * A block ends after a key whose hash says so, wherever it stands: a new entity then changes the
 * block it falls into, not the bounds of every block after it in the sorted order.
 */
function endsBlock(key: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BLOCK_MEAN === 0;
}

/** The pieces cut into blocks, reusing the blocks of the last version whose pieces are the same. */
function intoBlocks(keys: readonly string[], pieces: readonly string[], last: Map<string, Block>): Map<string, Block> {
  const blocks = new Map<string, Block>();
  let start = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i + 1 < keys.length && !endsBlock(keys[i]) && i + 1 - start < BLOCK_MAX) continue;
    const run = pieces.slice(start, i + 1);
    const kept = last.get(keys[start]);
    const same = kept !== undefined && kept.pieces.length === run.length && kept.pieces.every((piece, j) => piece === run[j]);
    blocks.set(keys[start], same ? kept : { pieces: run, text: run.join(',') });
    start = i + 1;
  }
  return blocks;
}

export class GraphJson {
  private readonly nodes = new Map<string, string>();
  private readonly edges = new Map<string, string>();
  private nodeBlocks = new Map<string, Block>();
  private edgeBlocks = new Map<string, Block>();
  private head = '';
  private text = '';

  /** Entities whose attributes changed: their pieces are written again. */
  touchNodes(ids: Iterable<string>): void {
    for (const id of ids) this.nodes.delete(id);
  }

  /** Links whose attributes changed: their pieces are written again. */
  touchEdges(keys: Iterable<string>): void {
    for (const key of keys) this.edges.delete(key);
  }

  /** Every piece is written again: for changes that are not told piece by piece (a merge, a removal). */
  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }

  /** The same text as `JSON.stringify(serializeGraph(graph, window))`. */
  serialize(graph: PlexusGraph, window: CooccurrenceWindow): string {
    const nodeKeys = graph.nodes().sort();
    const nodePieces = nodeKeys.map((key) => {
      let piece = this.nodes.get(key);
      if (piece === undefined) {
        piece = JSON.stringify({ key, attributes: graph.getNodeAttributes(key) });
        this.nodes.set(key, piece);
      }
      return piece;
    });
    const edgeKeys: string[] = [];
    const edgePieces: string[] = [];
    graph.forEachEdge((key, attributes, source, target) => {
      let piece = this.edges.get(key);
      if (piece === undefined) {
        piece = JSON.stringify({ key, source, target, attributes, undirected: true });
        this.edges.set(key, piece);
      }
      edgeKeys.push(key);
      edgePieces.push(piece);
    });
    this.nodeBlocks = intoBlocks(nodeKeys, nodePieces, this.nodeBlocks);
    this.edgeBlocks = intoBlocks(edgeKeys, edgePieces, this.edgeBlocks);
    const attributes = JSON.stringify({ window, nodes: graph.order, edges: graph.size });
    this.head = `{"attributes":${attributes},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`;
    const texts = (blocks: Map<string, Block>) => [...blocks.values()].map((block) => block.text).join(',');
    this.text = `${this.head}${texts(this.nodeBlocks)}],"edges":[${texts(this.edgeBlocks)}]}`;
    return this.text;
  }

  /**
   * The gzip of `text` if it is the last text `serialize` gave, else undefined. Only the blocks
   * that changed since the last call are compressed again; the others' deflate runs are reused.
   */
  gzip(text: string): Buffer | undefined {
    if (text !== this.text || text === '') return undefined;
    const runs: Encoded[] = [encode(this.head)];
    const addBlocks = (blocks: Map<string, Block>) => {
      let after: Buffer | undefined;
      for (const block of blocks.values()) {
        const run = runOf(block, after);
        runs.push(run);
        after = run.bytes;
      }
    };
    addBlocks(this.nodeBlocks);
    runs.push(BETWEEN);
    addBlocks(this.edgeBlocks);
    runs.push(END);
    let crc = 0;
    let size = 0;
    for (const run of runs) {
      crc = zlib.crc32(run.bytes, crc);
      size += run.bytes.length;
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(size % 2 ** 32, 4);
    return Buffer.concat([GZIP_HEADER, ...runs.map((run) => run.deflated), FINAL_BLOCK, trailer]);
  }
}
