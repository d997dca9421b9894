/**
 * Statements: the same sentence in several documents (agency copy, a quotation repeated) is one
 * statement. A sentence's statement key is a hash of its words; the `statements` weighting counts
 * the distinct statements that name both ends of a link, so a copied sentence counts once.
 */
import { createHash } from 'node:crypto';
import type { EvidenceItem } from '#model/types';
import { edgeKey } from '#model/edge-key';
import { forEachWindowPair } from './window-pairs';

/** Shorter sentences ('Putin met Assad.') may well be written twice independently: they are never taken for copies. */
export const MIN_STATEMENT_WORDS = 6;

/** The key of a sentence's words, whatever its case, punctuation and spacing; undefined for a sentence too short to be copied. */
export function statementKey(sentence: string): string | undefined {
  const words =
    sentence
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_STATEMENT_WORDS) return undefined;
  return createHash('sha1').update(words.join(' ')).digest('base64url').slice(0, 16);
}

/** One entity in one sentence, with the sentence's statement key (null: a statement of its own). */
export interface StatementRow {
  doc: number;
  unit: number;
  entity: string;
  statement: string | null;
}

/**
 * For each link (by edgeKey) the number of distinct statements naming both ends, from rows sorted
 * by document and sentence. `repeated` holds the keys that occur in more than one sentence: only
 * those need remembering. Only entities `inGraph` take part, as in the graph's own count.
 */
export function countStatements(rows: Iterable<StatementRow>, repeated: ReadonlySet<string>, inGraph: (entity: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let doc = -1;
  let unit = -1;
  let statement: string | null = null;
  let members: string[] = [];
  const flush = (): void => {
    const remembered = statement !== null && repeated.has(statement) ? statement : null;
    forEachWindowPair(members.filter(inGraph), (a, b) => {
      const key = edgeKey(a, b);
      if (remembered !== null) {
        const said = `${remembered}|${key}`;
        if (seen.has(said)) return;
        seen.add(said);
      }
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    members = [];
  };
  for (const row of rows) {
    if (row.doc !== doc || row.unit !== unit) {
      flush();
      doc = row.doc;
      unit = row.unit;
      statement = row.statement;
    }
    members.push(row.entity);
  }
  flush();
  return counts;
}

/**
 * Evidence with each statement once: a sentence that appears again in later items is not listed
 * again, its documents go to the first item's `copies`. Order is kept.
 */
export function mergeCopies(items: readonly EvidenceItem[]): EvidenceItem[] {
  const first = new Map<string, EvidenceItem>();
  const merged: EvidenceItem[] = [];
  for (const item of items) {
    const key = statementKey(item.sentence.text);
    const earlier = key === undefined ? undefined : first.get(key);
    if (earlier === undefined) {
      const own = { ...item };
      if (key !== undefined) first.set(key, own);
      merged.push(own);
    } else if (earlier.document.id !== item.document.id && !earlier.copies?.some((copy) => copy.id === item.document.id)) {
      earlier.copies = [...(earlier.copies ?? []), { ...item.document, begin: item.sentence.begin }];
    }
  }
  return merged;
}
