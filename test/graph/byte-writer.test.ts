/**
 * ByteWriter: UTF-8 text assembled in one buffer, read back as the string written piece by piece.
 */
import { ByteWriter } from '../../server/graph/byte-writer';

describe('ByteWriter', () => {
  it('writes text, ASCII punctuation and integers as the string they join into', () => {
    const out = new ByteWriter(4);
    out.text('{"label":"Bachar el-Assad, Élysée, 北京"');
    out.ascii(',"mentions":');
    out.integer(0);
    out.ascii(',"n":');
    out.integer(9_007_199_254_740_991);
    out.ascii(',"x":');
    out.integer(-2.5);
    out.ascii('}');
    const expected = '{"label":"Bachar el-Assad, Élysée, 北京","mentions":0,"n":9007199254740991,"x":-2.5}';
    expect(out.toString()).toBe(expected);
    expect(out.bytes().equals(Buffer.from(expected))).toBe(true);
    expect(out.length).toBe(Buffer.byteLength(expected));
  });

  it.each([3, 255, 256, 257, 5000])('copies a piece of %i bytes from another writer, short or long', (size) => {
    const pieces = new ByteWriter();
    pieces.text('é'.repeat(10));
    const start = pieces.length;
    pieces.text('x'.repeat(size));
    pieces.text('ß');
    const out = new ByteWriter(1);
    out.ascii('[');
    out.copy(pieces, start, start + size);
    out.ascii(']');
    expect(out.toString()).toBe(`[${'x'.repeat(size)}]`);
  });

  it('gives a view of what was written, not of the room left after it', () => {
    const out = new ByteWriter(1024);
    out.ascii('ok');
    expect(out.bytes().length).toBe(2);
  });
});
