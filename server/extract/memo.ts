/**
 * A memo of a costly function of a string: texts repeat their words and names. Past `size` keys it
 * starts again, so that memory stays bounded however long an ingest runs.
 */
export function boundedMemo<V>(size: number, make: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key);
      if (kept.size >= size) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}
