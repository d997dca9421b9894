/**
 * The document reader beside the map: it follows the view's open document, scrolls to the
 * sentence it was opened at, and removes the document from the corpus when asked.
 */

import { api } from '../api';
import type { ViewState } from '../state/types';
import { replaceChildren } from '../ui/dom';
import { reader } from '../ui/reader';
import type { CorpusController } from './corpus';
import type { MapController } from './map';
import { reasonOf, type Controller, type Shared } from './shared';

export interface ReaderController extends Controller {
  /** Opens a document, scrolled to the sentence that starts at `sentenceBegin` (-1: at the top). */
  open(id: number, sentenceBegin: number): void;
}

export function mountReader(shared: Shared, slot: HTMLElement, map: MapController, corpus: CorpusController): ReaderController {
  return new Reader(shared, slot, map, corpus);
}

class Reader implements ReaderController {
  /** The document and selection shown, so that other changes of the view leave the reader alone. */
  private shown = '';
  /** Where the next document opened scrolls to. */
  private scroll: number | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly shared: Shared,
    private readonly slot: HTMLElement,
    private readonly map: MapController,
    private readonly corpus: CorpusController,
  ) {
    this.unsubscribe = shared.store.subscribe((view) => this.sync(view));
    this.sync(shared.store.get());
  }

  open(id: number, sentenceBegin: number): void {
    this.scroll = sentenceBegin >= 0 ? sentenceBegin : null;
    this.shared.store.update((view) => ({ ...view, document: id }));
  }

  kill(): void {
    this.unsubscribe();
  }

  private sync(view: ViewState): void {
    const key = JSON.stringify([view.document, view.selected]);
    if (key === this.shown) return;
    this.shown = key;
    if (view.document === null) {
      replaceChildren(this.slot);
      this.slot.hidden = true;
      return;
    }
    const id = view.document;
    const scroll = this.scroll;
    this.scroll = null;
    const { store, status } = this.shared;
    api
      .document(id)
      .then((detail) => {
        if (store.get().document !== id) return;
        this.slot.hidden = false;
        const close = (): void => store.update((v) => ({ ...v, document: null }));
        const actions = { select: (entity: string) => this.map.select(entity), close, remove: () => this.remove(id, detail.document.title, close) };
        replaceChildren(this.slot, reader(detail, store.get().selected, actions, scroll));
      })
      .catch((error: unknown) => status.say(`Document ${id} could not be opened: ${reasonOf(error)}`));
  }

  private remove(id: number, title: string, close: () => void): void {
    const { status } = this.shared;
    api
      .removeDocument(id)
      .then(async () => {
        close();
        await this.corpus.reload();
        status.say(`Removed “${title}” · ${status.text()}`);
      })
      .catch((error: unknown) => status.say(`“${title}” could not be removed: ${reasonOf(error)}`));
  }
}
