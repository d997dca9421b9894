/** The key of a link between two entities, the same whichever way round: graph, evidence, exports and client agree on it. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}
