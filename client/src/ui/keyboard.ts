/** Page shortcuts: `/` focuses the search, `Esc` clears the selection. Typing in a field is left alone. */

export function bindKeyboard(actions: { focusSearch(): void; clearSelection(): void }): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === '/' && !typing) {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'Escape') {
      if (typing && target instanceof HTMLElement) target.blur();
      actions.clearSelection();
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
