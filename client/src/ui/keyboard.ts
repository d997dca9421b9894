/**
 * Page shortcuts: `/` focuses the search, `Esc` closes the reader or clears the selection, Ctrl+Z / Cmd+Z undoes the last
 * curation. Typing in a field is left alone (there Ctrl+Z undoes the typing); the back button keeps
 * undoing view choices, which are history entries, not curation.
 */

export interface KeyboardActions {
  focusSearch(): void;
  /** Closes the document reader if it is open, else clears the selection. */
  escape(): void;
  undoCuration(): void;
}

export function bindKeyboard(actions: KeyboardActions): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.ctrlKey || event.metaKey) {
      if (event.key.toLowerCase() === 'z' && !event.shiftKey && !event.altKey && !editsText(target)) {
        event.preventDefault();
        actions.undoCuration();
      }
      return;
    }
    if (event.altKey) return;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'Escape') {
      if (typing && target instanceof HTMLElement) target.blur();
      actions.escape();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** Input types without a text of their own to undo: Ctrl+Z there is the page's. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** Whether the browser's own undo applies where the key was pressed (a text being edited). */
function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}
