/**
 * Search over labels and aliases with suggestions as you type (a WAI-ARIA combobox): the server
 * matches aliases and name variants (`GET /api/search`), so 'Putin' finds Vladimir Putin and 'Isis'
 * finds Isil. Choosing a suggestion hands its id to `onChoose`. Used for the main search box and
 * for picking the far end of a shortest path.
 */

import { api, type SearchResult } from '../api';
import { typeColour } from '../render/appearance';
import { el, swatch } from './dom';

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
  const input = el('input', {
    attrs: {
      id: options.id,
      type: 'search',
      placeholder: options.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-label': options.label,
      'aria-expanded': 'false',
      'aria-controls': listId,
      'aria-autocomplete': 'list',
    },
  });
  const list = el('ul', { className: 'suggestions', attrs: { id: listId, role: 'listbox', 'aria-label': `${options.label}: suggestions` } });
  list.hidden = true;
  const element = el('div', { className: 'search' }, input, list);

  let results: SearchResult[] = [];
  let active = -1;
  let timer: number | undefined;
  let pending: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = (found: SearchResult[], query: string): void => {
    results = found;
    active = found.length > 0 ? 0 : -1;
    list.replaceChildren(
      ...found.map((result, index) => {
        const alias = result.matched !== null && result.matched !== result.label ? el('small', {}, `also “${result.matched}”`) : null;
        const item = el(
          'li',
          { attrs: { id: `${listId}-${index}`, role: 'option', 'data-entity': result.id, 'aria-selected': String(index === active) } },
          swatch(typeColour(result.type)),
          el('span', { className: 'label' }, result.label),
          alias,
          el('small', { className: 'count' }, String(result.mentions)),
        );
        // mousedown, not click: it comes before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return item;
      }),
    );
    if (found.length === 0) list.append(el('li', { className: 'empty', attrs: { role: 'presentation' } }, `Nothing matches “${query}”`));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    markActive();
  };

  const markActive = (): void => {
    list.querySelectorAll('[role=option]').forEach((option, index) => option.setAttribute('aria-selected', String(index === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index: number): void => {
    const result = results[index];
    if (result === undefined) return;
    input.value = result.label;
    close();
    options.onChoose(result);
  };

  const lookUp = (): void => {
    const query = input.value.trim();
    pending?.abort();
    if (query === '') {
      close();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    api
      .search(query, controller.signal)
      .then((found) => {
        if (pending === controller) show(found.filter(options.accept), query);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        results = [];
        list.replaceChildren(
          el('li', { className: 'empty', attrs: { role: 'presentation' } }, `Search failed: ${error instanceof Error ? error.message : String(error)}`),
        );
        list.hidden = false;
      });
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      markActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape' && !list.hidden) {
      // The first Esc closes the suggestions; the page's Esc (clear the selection) waits for the next.
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    clear() {
      input.value = '';
      close();
    },
  };
}
