/**
 * The timeline strip under the map: documents per day, week or month (`GET /api/timeline`), a
 * brush to choose the period the map shows (drag with the mouse; arrows, Shift+arrows, Home, End
 * and Delete on the keyboard), a play button that slides a window of chosen width through the
 * corpus, the undated documents counted apart, and the 'what changed' view between two periods.
 */
import type { Timeline, TimelineUnit } from '#model/timeline';
import type { PeriodChanges } from '#model/changes';
import { clearSelection, selectEntity, type Store } from '../state/store';
import { bucketLast, bucketsOf, brushAfterKey, nextWindow, rangeOfBuckets, unitFor } from '../state/timeline';
import type { DayRange, ViewState } from '../state/types';
import { changesView } from './changes-view';
import { button, el, plural, replaceChildren } from './dom';

export interface TimelineSource {
  timeline(unit: TimelineUnit): Promise<Timeline>;
  changes(period: DayRange, vs: DayRange): Promise<PeriodChanges>;
}

export interface TimelineStrip {
  /** Reads the corpus's timeline again (documents were added or removed). */
  refresh(): void;
  kill(): void;
}

/** A play's pace: long enough for the map to take in each window's entities. */
const PLAY_STEP_MS = 1200;
const WIDTHS = [1, 2, 3, 6, 12];

/** The corpus's timeline in the unit its span suits: months first, finer when the span is short. */
async function corpusTimeline(source: TimelineSource): Promise<Timeline> {
  const months = await source.timeline('month');
  const [first] = months.buckets;
  const last = months.buckets[months.buckets.length - 1];
  const unit = first && last ? unitFor(first.start, bucketLast(last.start, 'month')) : 'month';
  return unit === 'month' ? months : source.timeline(unit);
}

export function mountTimeline(container: HTMLElement, store: Store, source: TimelineSource, overlay: HTMLElement): TimelineStrip {
  const strip = new Strip(container, store, source, overlay);
  strip.refresh();
  return { refresh: () => strip.refresh(), kill: () => strip.kill() };
}

/** The strip's parts and what it holds: the timeline read, a brush being dragged, a play under way. */
class Strip {
  private timeline: Timeline = { unit: 'month', buckets: [], undated: { documents: 0, mentions: 0 } };
  private draft: [number, number] | null = null;
  private player: number | undefined;
  private changesKey = '';
  private readonly bars = el('div', {
    className: 'timeline-bars',
    attrs: { tabindex: '0', role: 'slider', 'aria-label': 'Period shown on the map', id: 'timeline-bars' },
  });
  private readonly brush = el('div', { className: 'timeline-brush', attrs: { id: 'timeline-brush', 'aria-hidden': 'true' } });
  private readonly kept = el('div', { className: 'timeline-brush compare', attrs: { 'aria-hidden': 'true' } });
  private readonly label = el('span', { className: 'timeline-period', attrs: { id: 'timeline-period', 'aria-live': 'polite' } });
  private readonly undated = el('span', { className: 'timeline-undated muted', attrs: { id: 'timeline-undated' } });
  private readonly width = el('select', { attrs: { id: 'timeline-width', 'aria-label': 'Play window' } });
  private readonly play = button('Play', () => (this.player === undefined ? this.startPlay() : this.stopPlay()), {
    attrs: { id: 'timeline-play', 'aria-pressed': 'false' },
  });
  private readonly all = button('All time', () => this.setPeriod(null), { attrs: { id: 'timeline-all' } });
  private readonly compare = button('Compare with…', () => this.store.update((view) => ({ ...view, compare: view.period })), {
    attrs: { id: 'timeline-compare' },
    title: 'Keep this period, then brush another: the list shows what changed between them',
  });
  private readonly unsubscribe: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: Store,
    private readonly source: TimelineSource,
    private readonly overlay: HTMLElement,
  ) {
    replaceChildren(
      container,
      el('div', { className: 'timeline-controls' }, this.play, this.width, this.label, this.all, this.compare, this.undated),
      this.bars,
    );
    this.bars.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    this.bars.addEventListener('pointermove', (event) => this.onPointerMove(event));
    this.bars.addEventListener('pointerup', () => this.onPointerUp());
    this.bars.addEventListener('keydown', (event) => this.onKey(event));
    this.unsubscribe = store.subscribe((view) => this.sync(view));
  }

  refresh(): void {
    corpusTimeline(this.source)
      .then((read) => {
        this.timeline = read;
        this.drawBars();
        this.container.dataset['ready'] = 'true';
      })
      .catch((error: unknown) => (this.label.textContent = `The timeline could not be read: ${error instanceof Error ? error.message : String(error)}`));
  }

  kill(): void {
    this.stopPlay();
    this.unsubscribe();
    replaceChildren(this.container);
    replaceChildren(this.overlay);
  }

  private setPeriod(period: DayRange | null): void {
    this.store.update((view) => ({ ...view, period }));
  }

  private indexAt(clientX: number): number {
    const box = this.bars.getBoundingClientRect();
    const n = this.timeline.buckets.length;
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - box.left) / Math.max(1, box.width)) * n)));
  }

  private place(element: HTMLElement, at: [number, number] | null): void {
    element.hidden = at === null;
    if (at === null) return;
    const n = Math.max(1, this.timeline.buckets.length);
    element.style.left = `${(Math.min(...at) / n) * 100}%`;
    element.style.width = `${((Math.abs(at[1] - at[0]) + 1) / n) * 100}%`;
  }

  private drawBars(): void {
    const { buckets, unit, undated } = this.timeline;
    const max = Math.max(1, ...buckets.map((bucket) => bucket.documents));
    const columns = buckets.map((bucket) => {
      const bar = el('div', {
        className: 'timeline-bar',
        title: `${bucket.start}: ${plural(bucket.documents, 'document')}`,
        attrs: { 'data-start': bucket.start },
      });
      bar.style.height = `${bucket.documents === 0 ? 0 : Math.max(4, (bucket.documents / max) * 100)}%`;
      return bar;
    });
    replaceChildren(this.bars, ...columns, this.kept, this.brush);
    this.undated.textContent = undated.documents > 0 ? `${undated.documents} undated` : '';
    this.undated.title = undated.documents > 0 ? `${plural(undated.documents, 'undated document')}: in no period, shown only when no period is chosen` : '';
    const options = WIDTHS.filter((n) => n <= Math.max(1, buckets.length)).map((n) => el('option', { attrs: { value: String(n) } }, plural(n, unit)));
    const chosen = this.width.value;
    replaceChildren(this.width, ...options);
    if (options.some((option) => option.value === chosen)) this.width.value = chosen;
    this.sync(this.store.get());
  }

  private sync(view: ViewState): void {
    const { buckets, unit, undated } = this.timeline;
    this.place(this.brush, this.draft ?? (view.period === null ? null : bucketsOf(buckets, view.period, unit)));
    this.place(this.kept, view.compare === null ? null : bucketsOf(buckets, view.compare, unit));
    const dated = buckets.reduce((n, bucket) => n + bucket.documents, 0);
    this.label.textContent =
      buckets.length === 0
        ? 'No dated documents'
        : view.period === null
          ? `All ${plural(dated + undated.documents, 'document')}`
          : `${view.period.from} – ${view.period.to}`;
    this.bars.setAttribute('aria-valuetext', this.label.textContent);
    this.all.disabled = view.period === null;
    this.compare.disabled = view.period === null;
    this.showChanges(view);
  }

  private showChanges({ period, compare: vs }: ViewState): void {
    // Just kept, the period is compared with itself: the list waits for the next brush.
    const key = period === null || vs === null || JSON.stringify(period) === JSON.stringify(vs) ? '' : JSON.stringify([period, vs]);
    if (key === this.changesKey) return;
    this.changesKey = key;
    if (period === null || vs === null || key === '') return void (this.overlay.hidden = true);
    const actions = {
      select: (id: string) => this.store.update((v) => selectEntity(v, id)),
      showLink: (a: string, b: string) => this.store.update((v): ViewState => ({ ...clearSelection(v), selected: a, edge: [a, b] })),
      stopComparing: () => this.store.update((v) => ({ ...v, compare: null })),
    };
    this.source
      .changes(period, vs)
      .then((changes) => {
        if (this.changesKey !== key) return;
        replaceChildren(this.overlay, changesView(changes, period, vs, actions));
        this.overlay.hidden = false;
      })
      .catch((error: unknown) => {
        replaceChildren(
          this.overlay,
          el(
            'p',
            { className: 'error', attrs: { role: 'alert' } },
            `What changed could not be read: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
        this.overlay.hidden = false;
      });
  }

  private windowWidth(): number {
    return Number(this.width.value) || 1;
  }

  private stopPlay(): void {
    window.clearInterval(this.player);
    this.player = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
    this.container.removeAttribute('data-playing');
  }

  private step(): void {
    const next = nextWindow(this.timeline.buckets, this.store.get().period, this.windowWidth(), this.timeline.unit);
    if (next === null) return this.stopPlay();
    this.setPeriod(next);
  }

  private startPlay(): void {
    const { buckets, unit } = this.timeline;
    if (buckets.length === 0) return;
    // From the start when the window shown is already the last one.
    const { period } = this.store.get();
    if (period !== null && nextWindow(buckets, period, this.windowWidth(), unit) === null) this.setPeriod(null);
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.container.dataset['playing'] = 'true';
    this.player = window.setInterval(() => this.step(), PLAY_STEP_MS);
    this.step();
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.timeline.buckets.length === 0 || event.button !== 0) return;
    this.stopPlay();
    this.bars.setPointerCapture(event.pointerId);
    const anchor = this.indexAt(event.clientX);
    this.draft = [anchor, anchor];
    this.sync(this.store.get());
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.draft === null) return;
    this.draft = [this.draft[0], this.indexAt(event.clientX)];
    this.sync(this.store.get());
  }

  private onPointerUp(): void {
    if (this.draft === null) return;
    const chosen = rangeOfBuckets(this.timeline.buckets, this.draft[0], this.draft[1], this.timeline.unit);
    this.draft = null;
    this.setPeriod(chosen);
  }

  private onKey(event: KeyboardEvent): void {
    const { buckets, unit } = this.timeline;
    if (buckets.length === 0) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      return this.setPeriod(null);
    }
    const { period } = this.store.get();
    const at = (period === null ? null : bucketsOf(buckets, period, unit)) ?? [0, 0];
    // With no period yet, an arrow chooses the first bucket.
    const next = period === null && event.key.startsWith('Arrow') ? ([0, 0] as [number, number]) : brushAfterKey(at, event.key, event.shiftKey, buckets.length);
    if (next === null) return;
    event.preventDefault();
    this.stopPlay();
    this.setPeriod(rangeOfBuckets(buckets, next[0], next[1], unit));
  }
}
