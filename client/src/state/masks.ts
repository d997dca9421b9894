/**
 * What the document filter and the period leave on the map: the entities and links of the chosen
 * documents and of the documents dated in the period, as the server reports them (`/api/graph?doc=`,
 * `?from=&to=`), each fetched once and kept, the two intersected. The graph drawn is never changed.
 */
import type { SerializedGraph } from '#model/types';
import type { DayRange, ViewState } from './types';
import { edgeKey } from '#model/edge-key';
import type { DocumentMask } from './visibility';

export type MaskSource = (filter: { doc?: number; from?: string; to?: string }) => Promise<SerializedGraph>;

export interface Masks {
  /** The mask of the view as last updated; null when it hides nothing. */
  current(): DocumentMask | null;
  /** Follows the view's documents and period; `ready` is told when a mask it waited for arrives. */
  update(view: ViewState): void;
  /** Forgets every kept mask (the corpus changed); the next update fetches them again. */
  clear(): void;
}

/** Periods kept: a play of a hundred windows fetches each once, and a second play none. */
const PERIODS_KEPT = 200;

/** A mask not there after this long is waited for aloud: on a large corpus a first period takes seconds. */
export const SLOW_MASK_MS = 300;

/** What both masks leave; a null mask leaves everything. */
export function intersectMasks(a: DocumentMask | null, b: DocumentMask | null): DocumentMask | null {
  if (a === null || b === null) return a ?? b;
  return { nodes: new Set([...a.nodes].filter((node) => b.nodes.has(node))), pairs: new Set([...a.pairs].filter((pair) => b.pairs.has(pair))) };
}

const maskOfGraph = (answer: SerializedGraph): DocumentMask => ({
  nodes: new Set(answer.nodes.map((node) => node.key)),
  pairs: new Set(answer.edges.map((edge) => edgeKey(edge.source, edge.target))),
});

/** Tells `waiting` the message when `pending` has not settled within SLOW_MASK_MS and is still wanted. */
function sayWhileWaiting(waiting: (message: string) => void, pending: Promise<unknown>, stillWanted: () => boolean, message: string): void {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  setTimeout(() => {
    if (!settled && stillWanted()) waiting(message);
  }, SLOW_MASK_MS);
}

/**
 * `ready` is told when a mask it waited for arrives, `failed` when one could not be fetched, and
 * `waiting` what the map waits for when a mask takes longer than SLOW_MASK_MS (the redraw on its
 * arrival says what is shown).
 */
export function createMasks(source: MaskSource, ready: () => void, failed: (message: string) => void, waiting: (message: string) => void): Masks {
  const documents = new Map<number, Promise<DocumentMask>>();
  const periods = new Map<string, Promise<DocumentMask>>();
  let documentKey = 'null';
  let periodKey = 'null';
  let documentMask: DocumentMask | null = null;
  let periodMask: DocumentMask | null = null;
  const kept = <K>(cache: Map<K, Promise<DocumentMask>>, key: K, fetch: () => Promise<SerializedGraph>): Promise<DocumentMask> => {
    let found = cache.get(key);
    if (found === undefined) {
      if (cache.size >= PERIODS_KEPT) cache.delete(cache.keys().next().value as K);
      found = fetch().then(maskOfGraph);
      // A failed fetch is not kept: the next update tries again.
      found.catch(() => cache.delete(key));
      cache.set(key, found);
    }
    return found;
  };
  const say = (what: string) => (error: unknown) => failed(`The ${what} could not be applied: ${error instanceof Error ? error.message : String(error)}`);

  const followDocuments = (chosen: number[] | null): void => {
    const key = JSON.stringify(chosen);
    if (key === documentKey) return;
    documentKey = key;
    if (chosen === null) {
      documentMask = null;
      return;
    }
    // Until the masks arrive, no document is shown rather than all of them.
    documentMask = { nodes: new Set(), pairs: new Set() };
    const pending = Promise.all(chosen.map((doc) => kept(documents, doc, () => source({ doc }))));
    sayWhileWaiting(
      waiting,
      pending,
      () => documentKey === key,
      `Reading what the ${chosen.length === 1 ? 'chosen document says' : `${chosen.length} chosen documents say`}…`,
    );
    pending
      .then((parts) => {
        if (documentKey !== key) return;
        documentMask = { nodes: new Set(parts.flatMap((part) => [...part.nodes])), pairs: new Set(parts.flatMap((part) => [...part.pairs])) };
        ready();
      })
      .catch(say('document filter'));
  };

  const followPeriod = (period: DayRange | null): void => {
    const key = period === null ? 'null' : `${period.from},${period.to}`;
    if (key === periodKey) return;
    periodKey = key;
    if (period === null) {
      periodMask = null;
      return;
    }
    // The period shown stays until the next one arrives: a play moves from one to the next without a blank map.
    const pending = kept(periods, key, () => source(period));
    sayWhileWaiting(waiting, pending, () => periodKey === key, `Reading what the documents of ${period.from} – ${period.to} say…`);
    pending
      .then((mask) => {
        if (periodKey !== key) return;
        periodMask = mask;
        ready();
      })
      .catch(say('period'));
  };

  return {
    current: () => intersectMasks(documentMask, periodMask),
    update(view) {
      followDocuments(view.filters.documents);
      followPeriod(view.period);
    },
    clear() {
      documents.clear();
      periods.clear();
      documentKey = 'x';
      periodKey = 'x';
    },
  };
}
