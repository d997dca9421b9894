/**
 * Search over labels and aliases with suggestions as you type (a WAI-ARIA combobox): the server
 * matches aliases and name variants (`GET /api/search`), so 'Putin' finds Vladimir Putin and 'Isis'
 * finds Isil. Choosing a suggestion hands its id to `onChoose`. Used for the main search box and
 * for picking the far end of a shortest path.
 */

import type { SearchResult } from '#model/types';
import { api } from '../api';
import { el } from './dom';
import { suggestionList } from './suggestions';

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  clear(): void;
}

/** Long enough to skip the requests of a fast typist, short enough to feel immediate. */
const DEBOUNCE_MS = 120;

export function mountSearch(options: {
  id: string;
  placeholder: string;
  label: string;
  /** Whether a result can be shown (it is in the graph on screen). */
  accept: (result: SearchResult) => boolean;
  onChoose: (result: SearchResult) => void;
}): SearchBox {
  const listId = `${options.id}-suggestions`;
  const input = comboboxInput(options.id, options.placeholder, options.label, listId);
  const suggestions = suggestionList(input, listId, options.label, (result) => choose(result));
  const element = el('div', { className: 'search' }, input, suggestions.element);
  let timer: number | undefined;
  let pending: AbortController | null = null;

  const choose = (result: SearchResult | undefined): void => {
    if (result === undefined) return;
    input.value = result.label;
    suggestions.close();
    options.onChoose(result);
  };

  const lookUp = (): void => {
    const query = input.value.trim();
    pending?.abort();
    if (query === '') {
      suggestions.close();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    api
      .search(query, controller.signal)
      .then((found) => {
        if (pending === controller) suggestions.show(found.filter(options.accept), query);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) suggestions.showProblem(`Search failed: ${error instanceof Error ? error.message : String(error)}`);
      });
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.move(event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(suggestions.current());
    } else if (event.key === 'Escape' && suggestions.isOpen()) {
      // The first Esc closes the suggestions; the page's Esc (clear the selection) waits for the next.
      event.stopPropagation();
      suggestions.close();
    }
  });
  input.addEventListener('blur', () => suggestions.close());

  return {
    element,
    input,
    clear() {
      input.value = '';
      suggestions.close();
    },
  };
}

/** The text box of a WAI-ARIA combobox that controls the list `listId`. */
function comboboxInput(id: string, placeholder: string, label: string, listId: string): HTMLInputElement {
  return el('input', {
    attrs: {
      id,
      type: 'search',
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-label': label,
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-autocomplete': 'list',
    },
  });
}
