/**
 * Scores the context features of a document's tokens without writing them out. Each attribute
 * value (a word, a part of speech, a rule tag) is numbered once; templates that read few bits
 * between them are scored as a group ('t-1', 't', 't+1' and 'tt' all read three parts of speech),
 * and each group keeps, for every combination of numbers it has met, the row of its summed
 * weights: a token costs about a dozen number lookups instead of two dozen feature strings to
 * build and hash. The sums equal addScores over contextFeatures.
 */
import { TAG_COUNT } from './bio';
import { ATTRIBUTES, CONTEXT_TEMPLATES, outside, WORD_ATTRIBUTES, type Attribute, type FeatureContext, type WordRecord } from './features';
import type { TaggerModel } from './model';

/**
 * Bits of an attribute's number in a template's key, so that every key fits in V8's small integers
 * (30 bits) and most in an array index. Words need the most; parts of speech (17), lexicon phrase
 * tags, rule tags and word-list sets are closed sets. A document whose values overflow these
 * widths is still scored right, the slow way.
 */
const BITS: Record<Attribute, number> = { lower: 17, pos: 5, shape: 10, phrase: 5, lists: 7, rule: 5, first: 1, caps: 1 };

const SMALL_INTEGER_BITS = 30;
const CAPACITY = ATTRIBUTES.map((a) => 2 ** BITS[a]);
/** Combinations kept per group in a Map, and summed rows kept in all, before the numbering starts again, so that memory stays bounded. */
const ROW_CACHE_SIZE = 2 ** 18;
/** A group whose keys need at most this many bits keeps its rows in an array, read faster than a Map. */
const DENSE_BITS = 20;
/** Templates join a group while its keys need at most this many bits (an array of 2^18 rows, 1 MiB). */
const GROUP_BITS = 18;
/** In a dense array: a key not yet looked up in the model. */
const UNSEEN = -2;
/** A row for a key none of the group's features is known for. */
const NONE = -1;

/** Templates scored together: the parts they read between them, and each one's parts among those. */
interface TemplateGroup {
  parts: (readonly [Attribute, number])[];
  members: { name: string; parts: number[] }[];
  bits: number;
}

const sameRead = (a: readonly [Attribute, number], b: readonly [Attribute, number]) => a[0] === b[0] && a[1] === b[1];

/** Each template joins the first group it fits in (GROUP_BITS), or starts one. */
function groupTemplates(): TemplateGroup[] {
  const groups: TemplateGroup[] = [];
  for (const t of CONTEXT_TEMPLATES) {
    const bitsWith = (g: TemplateGroup) => g.bits + t.parts.filter((p) => !g.parts.some((q) => sameRead(p, q))).reduce((n, [a]) => n + BITS[a], 0);
    let group = groups.find((g) => bitsWith(g) <= GROUP_BITS);
    if (group === undefined) groups.push((group = { parts: [], members: [], bits: 0 }));
    group.bits = bitsWith(group);
    const indexes = t.parts.map((p) => {
      const at = group.parts.findIndex((q) => sameRead(p, q));
      return at >= 0 ? at : group.parts.push(p) - 1;
    });
    group.members.push({ name: t.name, parts: indexes });
  }
  for (const g of groups)
    if (g.bits > SMALL_INTEGER_BITS) throw new Error(`the key of feature template ${g.members[0].name} needs more than ${SMALL_INTEGER_BITS} bits`);
  return groups;
}

const GROUPS = groupTemplates();

const ATTRIBUTE_INDEX = new Map(ATTRIBUTES.map((a, k) => [a, k]));
/** The index among ATTRIBUTES of each of WORD_ATTRIBUTES, which word records number. */
const WORD_COLUMNS = WORD_ATTRIBUTES.map((a) => ATTRIBUTE_INDEX.get(a)!);
const isWordAttribute = (attribute: Attribute): boolean => (WORD_ATTRIBUTES as readonly Attribute[]).includes(attribute);

interface CompiledPart {
  attribute: number;
  offset: number;
  /** Where the number's bits start in the key. */
  shift: number;
  /** The attribute's numbers before and after the sentence. */
  before: number;
  after: number;
}

if (TAG_COUNT !== 7) throw new Error('addRow adds 7 tags: write it out again for the new tag set');

/** out[base …] += w[at …] over the tags, written out: V8 runs this several times faster than a seven-step loop. */
export function addRow(out: Float64Array, base: number, w: Float64Array, at: number): void {
  out[base] += w[at];
  out[base + 1] += w[at + 1];
  out[base + 2] += w[at + 2];
  out[base + 3] += w[at + 3];
  out[base + 4] += w[at + 4];
  out[base + 5] += w[at + 5];
  out[base + 6] += w[at + 6];
}

/** The first and last token of each token's sentence. */
function sentenceBounds(ctx: FeatureContext): { first: Int32Array; last: Int32Array } {
  const n = ctx.keys.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (const sentence of ctx.analysis.sentences) {
    first.fill(sentence.first, sentence.first, sentence.last + 1);
    last.fill(sentence.last, sentence.first, sentence.last + 1);
  }
  return { first, last };
}

export class ContextScorer {
  private numbers: Map<string, number>[] = [];
  /** Stands for the current numbering: a word record numbered in another holds numbers no longer valid. */
  private numbering = {};
  private values: string[][] = [];
  /** Per group: the row of each key met, in an array or a Map by the key's size. */
  private dense: (Int32Array | undefined)[] = [];
  private sparse: Map<number, number>[] = [];
  private parts: CompiledPart[][] = [];
  /**
   * The rows: the model's weights (widened once: adding doubles to doubles is faster than
   * converting each), then the sums of groups' rows for the keys met since the last numbering.
   */
  private table: Float64Array;
  private readonly modelRows: number;
  private rows: number;

  constructor(private readonly model: TaggerModel) {
    this.modelRows = model.weights.length / TAG_COUNT;
    this.rows = this.modelRows;
    this.table = Float64Array.from(model.weights);
    this.renumber();
  }

  /** The context scores of every token of the document, TAG_COUNT per token, or undefined when it holds too many distinct values to number. */
  score(ctx: FeatureContext): Float64Array | undefined {
    if (this.rows - this.modelRows > ROW_CACHE_SIZE || this.sparse.some((m) => m.size > ROW_CACHE_SIZE)) this.renumber();
    let ids = this.numberAll(ctx);
    if (ids === undefined) {
      // Out of room: the numbering starts again with this document alone, and a document too rich even for that is scored the slow way.
      this.renumber();
      ids = this.numberAll(ctx);
      if (ids === undefined) return undefined;
    }
    const n = ctx.keys.length;
    const { first, last } = sentenceBounds(ctx);
    const out = new Float64Array(n * TAG_COUNT);
    const keys = new Int32Array(n);
    let w = this.table;
    // A group at a time over all tokens: tight loops over typed arrays.
    for (let t = 0; t < GROUPS.length; t++) {
      keys.fill(0);
      for (const { attribute, offset, shift, before, after } of this.parts[t]) {
        const of = ids[attribute];
        if (offset === 0) for (let i = 0; i < n; i++) keys[i] |= of[i] << shift;
        else {
          for (let i = 0; i < n; i++) {
            const j = i + offset;
            keys[i] |= (j < first[i] ? before : j > last[i] ? after : of[j]) << shift;
          }
        }
      }
      const dense = this.dense[t];
      const sparse = this.sparse[t];
      for (let i = 0; i < n; i++) {
        let row = dense !== undefined ? dense[keys[i]] : (sparse.get(keys[i]) ?? UNSEEN);
        if (row === UNSEEN) {
          row = this.lookUp(t, keys[i]);
          w = this.table;
        }
        if (row === NONE) continue;
        addRow(out, i * TAG_COUNT, w, row * TAG_COUNT);
      }
    }
    return out;
  }

  private renumber(): void {
    this.numbering = {};
    this.numbers = ATTRIBUTES.map(() => new Map());
    this.values = ATTRIBUTES.map(() => []);
    this.rows = this.modelRows;
    this.sparse = GROUPS.map(() => new Map());
    this.parts = GROUPS.map((g) => {
      let bits = 0;
      return g.parts.map(([attribute, offset]) => {
        const shift = bits;
        bits += BITS[attribute];
        const k = ATTRIBUTE_INDEX.get(attribute)!;
        // Only a neighbour may lie outside the sentence.
        const [before, after] = offset === 0 ? [-1, -1] : [this.number(k, outside(attribute, true)), this.number(k, outside(attribute, false))];
        return { attribute: k, offset, shift, before, after };
      });
    });
    this.dense = GROUPS.map((g) => (g.bits <= DENSE_BITS ? new Int32Array(2 ** g.bits).fill(UNSEEN) : undefined));
  }

  private number(k: number, value: string): number {
    let id = this.numbers[k].get(value);
    if (id === undefined) {
      id = this.values[k].length;
      this.numbers[k].set(value, id);
      this.values[k].push(value);
    }
    return id;
  }

  /** The number of each attribute of each token, or undefined when an attribute runs out of room. */
  private numberAll(ctx: FeatureContext): Int32Array[] | undefined {
    const n = ctx.keys.length;
    const ids = ATTRIBUTES.map(() => new Int32Array(n));
    ATTRIBUTES.forEach((attribute, k) => {
      if (isWordAttribute(attribute)) return;
      const column = ctx.columns[attribute];
      for (let j = 0; j < n; j++) ids[k][j] = this.number(k, column[j]);
    });
    for (let j = 0; j < n; j++) {
      const numbers = this.wordNumbers(ctx.words[j]);
      for (let a = 0; a < WORD_COLUMNS.length; a++) ids[WORD_COLUMNS[a]][j] = numbers[a];
    }
    return this.values.every((v, k) => v.length <= CAPACITY[k]) ? ids : undefined;
  }

  /** The numbers of a word's attributes (WORD_ATTRIBUTES), numbered once per word in each numbering and kept in its record. */
  private wordNumbers(record: WordRecord): Int32Array {
    if (record.numbers === undefined || record.numberedIn !== this.numbering) {
      record.numbers = Int32Array.from(WORD_ATTRIBUTES, (attribute, a) => this.number(WORD_COLUMNS[a], record[attribute]));
      record.numberedIn = this.numbering;
    }
    return record.numbers;
  }

  /** Finds the row of group g for a key not met before (a model row, a new row of sums, or NONE), and keeps it. */
  private lookUp(g: number, key: number): number {
    const values = this.parts[g].map((part) => this.values[part.attribute][(key >>> part.shift) & (CAPACITY[part.attribute] - 1)]);
    const found: number[] = [];
    for (const { name, parts } of GROUPS[g].members) {
      const row = this.model.features.get(`${name}=${parts.map((p) => values[p]).join('|')}`);
      if (row !== undefined) found.push(row);
    }
    const row = found.length === 0 ? NONE : found.length === 1 ? found[0] : this.sumOf(found);
    const dense = this.dense[g];
    if (dense !== undefined) dense[key] = row;
    else this.sparse[g].set(key, row);
    return row;
  }

  /** A new row holding the sum of the given rows. */
  private sumOf(rows: readonly number[]): number {
    if ((this.rows + 1) * TAG_COUNT > this.table.length) {
      const grown = new Float64Array(this.table.length * 2);
      grown.set(this.table);
      this.table = grown;
    }
    const at = this.rows++;
    for (const row of rows) addRow(this.table, at * TAG_COUNT, this.table, row * TAG_COUNT);
    return at;
  }
}
