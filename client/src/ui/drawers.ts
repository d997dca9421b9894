/**
 * On a narrow window the filters and the details are drawers over the map (style.css): the top
 * bar's buttons open and close them, and choosing an entity or a link opens the details.
 */

export interface Drawers {
  /** Opens a drawer when the window is narrow enough to have drawers. */
  open(id: 'sidebar' | 'panel'): void;
  kill(): void;
}

const NARROW = '(max-width: 1100px)';

export function mountDrawers(top: HTMLElement): Drawers {
  const toggles = [...top.querySelectorAll<HTMLButtonElement>('button[data-drawer]')];
  const set = (id: string, open: boolean): void => {
    document.getElementById(id)?.classList.toggle('open', open);
    for (const toggle of toggles) if (toggle.dataset['drawer'] === id) toggle.setAttribute('aria-expanded', String(open));
  };
  const isOpen = (id: string): boolean => document.getElementById(id)?.classList.contains('open') ?? false;
  const onClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLButtonElement).dataset['drawer'] ?? '';
    const opening = !isOpen(id);
    // One drawer at a time: the map stays in view beside it.
    for (const other of ['sidebar', 'panel']) set(other, other === id && opening);
  };
  for (const toggle of toggles) toggle.addEventListener('click', onClick);
  // The drawers hang below the top bar, whose height depends on how its controls wrap.
  const measure = (): void => document.documentElement.style.setProperty('--top-height', `${top.getBoundingClientRect().height}px`);
  const resize = new ResizeObserver(measure);
  resize.observe(top);
  return {
    open(id) {
      if (!window.matchMedia(NARROW).matches) return;
      for (const other of ['sidebar', 'panel']) set(other, other === id);
    },
    kill() {
      resize.disconnect();
      for (const toggle of toggles) toggle.removeEventListener('click', onClick);
    },
  };
}
