/**
 * Text written into one growing buffer: JSON of megabytes, assembled from cached pieces and
 * numbers without a string made for each of them (every such string was copied by the young
 * generation's collector before the join, which cost more than the writing).
 */
export class ByteWriter {
  private buffer: Buffer;
  private end = 0;

  constructor(size = 64 * 1024) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  get length(): number {
    return this.end;
  }

  /** Text as UTF-8. */
  text(text: string): void {
    this.reserve(text.length * 3);
    this.end += this.buffer.write(text, this.end, 'utf8');
  }

  /** Short ASCII text, such as JSON's punctuation, byte by byte: cheaper than a call into the encoder. */
  ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.end++] = text.charCodeAt(i);
  }

  /** A non-negative integer in decimal. */
  integer(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.text(String(value));
      return;
    }
    this.reserve(16);
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    for (let i = this.end + digits - 1, rest = value; i >= this.end; i--, rest = Math.floor(rest / 10)) this.buffer[i] = 48 + (rest % 10);
    this.end += digits;
  }

  /** Bytes [start, end) of what this or another writer holds. */
  copy(from: ByteWriter, start: number, end: number): void {
    this.reserve(end - start);
    // A piece of a few dozen bytes is copied faster by a loop than through Buffer#copy's checks.
    if (end - start <= SHORT_COPY) {
      const source = from.buffer;
      for (let i = start; i < end; i++) this.buffer[this.end++] = source[i];
    } else {
      this.end += from.buffer.copy(this.buffer, this.end, start, end);
    }
  }

  /** What was written, as a view of the writer's buffer (no copy): the writer is not to be written to again. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.end);
  }

  toString(): string {
    return this.buffer.toString('utf8', 0, this.end);
  }

  private reserve(bytes: number): void {
    if (this.end + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.end + bytes));
    this.buffer.copy(grown, 0, 0, this.end);
    this.buffer = grown;
  }
}

const SHORT_COPY = 256;
