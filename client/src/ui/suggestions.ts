/**
 * The list of suggestions under a search box (a WAI-ARIA listbox that the box controls): the
 * results shown, the active one marked for the keyboard, a click picking one.
 */

import type { SearchResult } from '#model/types';
import { typeColour } from '../render/appearance';
import { el, swatch } from './dom';

export interface Suggestions {
  element: HTMLUListElement;
  isOpen(): boolean;
  show(found: SearchResult[], query: string): void;
  /** A line in place of the suggestions: why there are none. */
  showProblem(message: string): void;
  close(): void;
  /** Moves the active suggestion down (1) or up (-1), round the ends; false when there is none to move to. */
  move(step: 1 | -1): boolean;
  /** The active suggestion, else the first; undefined when there is none. */
  current(): SearchResult | undefined;
}

export function suggestionList(input: HTMLInputElement, listId: string, label: string, pick: (result: SearchResult) => void): Suggestions {
  const list = el('ul', { className: 'suggestions', attrs: { id: listId, role: 'listbox', 'aria-label': `${label}: suggestions` } });
  list.hidden = true;
  let results: SearchResult[] = [];
  let active = -1;

  const markActive = (): void => {
    list.querySelectorAll('[role=option]').forEach((option, index) => option.setAttribute('aria-selected', String(index === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const open = (): void => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const option = (result: SearchResult, index: number): HTMLElement => {
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
      pick(result);
    });
    return item;
  };
  const line = (text: string) => el('li', { className: 'empty', attrs: { role: 'presentation' } }, text);

  return {
    element: list,
    isOpen: () => !list.hidden,
    show(found, query) {
      results = found;
      active = found.length > 0 ? 0 : -1;
      list.replaceChildren(...found.map(option));
      if (found.length === 0) list.append(line(`Nothing matches “${query}”`));
      open();
      markActive();
    },
    showProblem(message) {
      results = [];
      list.replaceChildren(line(message));
      list.hidden = false;
    },
    close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    },
    move(step) {
      if (results.length === 0) return false;
      active = (active + step + results.length) % results.length;
      markActive();
      return true;
    },
    current: () => results[active >= 0 ? active : 0],
  };
}
