/**
 * One type per name in a document. A name typed by weak evidence takes the type that stronger
 * evidence gave the same name, or the name it is part of ('Putin' of 'Vladimir Putin', 'Qassar'
 * of 'Abu Qassar'); names that stay untyped are dropped.
 */
import type { EntityType } from '#model/types';
import { DESCRIPTIVE_CONNECTIVES, NAME_PARTICLES } from './grammar';
import { nameKey } from './normalize';
import { Evidence, type Candidate } from './rules';

export function unifyTypes(keys: readonly string[], candidates: Candidate[], knownType?: (name: string) => EntityType | undefined): void {
  personalBodies(keys, candidates, knownType);
  // The name of each candidate, worked out once: retyping below does not change it.
  const names = new Map(candidates.map((c) => [c, candidateKey(keys, c)]));
  const nameOf = (c: Candidate) => names.get(c) ?? candidateKey(keys, c);
  // What the corpus knows of a person beats a guess from a preposition ('the inner circle of Assad').
  if (knownType) {
    for (const c of candidates) {
      if (c.byPreposition && knownType(nameOf(c)) === 'PERSON') {
        c.type = 'PERSON';
        c.byPreposition = false;
      }
    }
  }
  const best = new Map<string, Candidate>();
  const partOf = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.type) continue;
    const key = nameOf(c);
    const known = best.get(key);
    if (!known || c.evidence > known.evidence) best.set(key, c);
    // A name the lexicon knows lists its own short forms: 'United' alone is not the United States.
    if (c.last > c.first && c.evidence >= Evidence.Shape && !c.namedBody && !c.entry) {
      const parts = [keys[c.first], keys[c.last]];
      for (const part of parts) {
        const other = partOf.get(part);
        if (!other || c.evidence > other.evidence) partOf.set(part, c);
      }
    }
  }
  for (const c of candidates) {
    if (c.evidence >= Evidence.Lexicon) continue;
    const key = nameOf(c);
    const same = best.get(key);
    if (same && same.type && same.evidence > c.evidence) {
      c.type = same.type;
      c.evidence = same.evidence;
      continue;
    }
    if (isOneWord(keys, c) && c.evidence < Evidence.Context) {
      const whole = partOf.get(keys[c.last]);
      if (whole && whole.type) {
        c.type = whole.type;
        c.evidence = Evidence.Context;
        continue;
      }
    }
    if (!c.type && knownType) c.type = knownType(key);
  }
  // 'Vernaz and Courbelle', 'Lyon, Vernaz and Courbelle': names listed together are of one kind.
  for (let n = 0; n < 2; n++) {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.type) continue;
      const before = candidates[k - 1];
      const after = candidates[k + 1];
      if (before?.type && before.sentence === c.sentence && coordinated(keys, before.last, c.first)) c.type = before.type;
      else if (after?.type && after.sentence === c.sentence && coordinated(keys, c.last, after.first)) c.type = after.type;
    }
  }
  // A name of a few words whose last word recurs on its own is a person's ('Abu Qassar' …
  // 'Qassar moved the money'); organisations recur by full name or acronym instead. Not when the
  // word alone is a place or a body ('London'), nor a name joined by 'of' ('East End of London').
  const alone = new Set(candidates.filter((c) => c.first === c.last && (!c.type || c.type === 'PERSON')).map((c) => keys[c.first]));
  for (const c of candidates) {
    if (c.type || c.last === c.first) continue;
    const words = keys.slice(c.first, c.last + 1).filter(Boolean);
    if (words.length <= 4 && alone.has(keys[c.last]) && !words.some((w) => DESCRIPTIVE_CONNECTIVES.has(w))) c.type = 'PERSON';
  }
  // Only one-word names are retyped here, so the last words of longer persons' names can be listed first.
  const personEnds = new Set(candidates.filter((o) => o.type === 'PERSON' && o.last > o.first).map((o) => keys[o.last]));
  for (const c of candidates) {
    if (c.type || c.first !== c.last) continue;
    if (personEnds.has(keys[c.first])) c.type = 'PERSON';
  }
}

/**
 * 'The Vargas regime' when the document or the corpus knows Vargas as a person: the mention is of
 * the person, so that the graph links the regime's deeds to its leader rather than to a second node.
 */
function personalBodies(keys: readonly string[], candidates: Candidate[], knownType?: (name: string) => EntityType | undefined): void {
  let people: Set<string> | undefined;
  for (const c of candidates) {
    if (c.nameLast === undefined) continue;
    people ??= new Set(candidates.filter((o) => o.type === 'PERSON' && o.evidence >= Evidence.Shape).map((o) => keys[o.last]));
    const name = keys
      .slice(c.first, c.nameLast + 1)
      .filter(Boolean)
      .join(' ');
    if (people.has(keys[c.nameLast]) || knownType?.(name) === 'PERSON') {
      c.last = c.nameLast;
      c.type = 'PERSON';
      c.namedBody = false;
      c.nameLast = undefined;
      c.name = undefined;
    }
  }
}

/** A name of one word, maybe after a particle ('Assad', 'al-Rashidi'). */
function isOneWord(keys: readonly string[], c: Candidate): boolean {
  for (let j = c.first; j < c.last; j++) if (keys[j] !== '' && !NAME_PARTICLES.has(keys[j])) return false;
  return true;
}

/** True when only a comma, 'and' or 'or' stands between tokens a and b. */
function coordinated(keys: readonly string[], a: number, b: number): boolean {
  const between = keys.slice(a + 1, b);
  return between.length > 0 && between.length <= 2 && between.every((k) => k === '' || k === 'and' || k === 'or');
}

function candidateKey(keys: readonly string[], c: Candidate): string {
  if (c.entry) return nameKey(c.entry.canonical);
  return keys
    .slice(c.nameFirst ?? c.first, c.last + 1)
    .filter(Boolean)
    .join(' ');
}
