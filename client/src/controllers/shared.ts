/**
 * What the explorer's controllers hold in common: the view store, the graph on screen, what the
 * corpus says of itself, what the map last drew, the status line, and the events by which the
 * controllers tell one another what happened. Each keeps the rest of its state to itself.
 */

import { TypedEventEmitter } from 'sigma/types';
import type { CorpusStats, DocumentSummary, NodePositions } from '#model/types';
import type { GraphPath } from '../state/path';
import type { Store } from '../state/store';
import type { ClientGraph } from '../state/types';
import type { Visibility } from '../state/visibility';

/** Heard in the order the controllers were mounted. */
export type ExplorerEvents = {
  /** The map computed what it draws again (`visibility`, `path`). */
  drawn(): void;
  /** The layout worker started or stopped. */
  layout(running: boolean): void;
  /** The graph was fetched again and updated in place, and the stats and documents replaced. */
  reloaded(): void;
  /** The list of documents arrived, after the first frame. */
  listed(): void;
  /** The rest of a large graph joined the overview it opened on. */
  grown(): void;
  /** The newest curation rule, in words, or null when there is none to undo. */
  undoable(last: string | null): void;
};

/** The line under the toolbar that says what is shown and what just happened. */
export interface StatusLine {
  say(text: string): void;
  /** Adds to what it says: the offers to show more, or only what is new. */
  append(...parts: (string | Node)[]): void;
  text(): string;
}

export interface Shared {
  readonly store: Store;
  readonly graph: ClientGraph;
  /** The map saved with the store when the explorer opened; entities start where it puts them. */
  readonly savedMap: NodePositions;
  stats: CorpusStats;
  documents: DocumentSummary[];
  /** False while a large graph shows the overview it opened on and the rest is on its way. */
  whole: boolean;
  /** What the map draws, as it last computed it. */
  visibility: Visibility;
  /** The shortest path the view asks for, when there is one. */
  path: GraphPath | null;
  readonly status: StatusLine;
  readonly events: TypedEventEmitter<ExplorerEvents>;
}

export interface Controller {
  kill(): void;
}

export function statusLine(element: HTMLElement): StatusLine {
  return {
    say(text) {
      element.textContent = text;
    },
    append: (...parts) => element.append(...parts),
    text: () => element.textContent ?? '',
  };
}

/** The message of a failure, for the status line. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
