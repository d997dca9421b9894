/** The view state's holder and the changes of view it names. */

import { createStore, sameExceptCamera } from '../../client/src/state/store';
import { DEFAULT_VIEW } from '../../client/src/state/types';

describe('sameExceptCamera', () => {
  const moved = { ...DEFAULT_VIEW, camera: { x: 0.2, y: 0.4, ratio: 0.5 } };

  it('holds when only the camera moved', () => {
    expect(sameExceptCamera(DEFAULT_VIEW, moved)).toBe(true);
    expect(sameExceptCamera(moved, { ...moved, camera: null })).toBe(true);
  });

  it('fails when anything else changed with it', () => {
    expect(sameExceptCamera(DEFAULT_VIEW, { ...moved, selected: 'syria' })).toBe(false);
    expect(sameExceptCamera(DEFAULT_VIEW, { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, minMentions: 2 } })).toBe(false);
  });
});

describe('createStore', () => {
  it('tells its listeners, in the order they subscribed, the new view, the previous one and where the change came from', () => {
    const store = createStore(DEFAULT_VIEW);
    const heard: string[] = [];
    store.subscribe((view, previous, source) => heard.push(`first ${previous.selected} → ${view.selected} (${source})`));
    const unsubscribe = store.subscribe((view) => heard.push(`second ${view.selected}`));
    store.update((view) => ({ ...view, selected: 'syria' }));
    unsubscribe();
    store.set({ ...DEFAULT_VIEW, selected: 'russia' }, 'history');
    expect(heard).toEqual(['first null → syria (user)', 'second syria', 'first syria → russia (history)']);
  });
});
