/**
 * When an entity was named: a sparkline of the documents that name it per day, week or month (an
 * SVG of bars, each with its date and count as a tooltip), its first and last mention, and how
 * many undated documents name it, which no bar holds.
 */
import type { Timeline } from '#model/timeline';
import type { Seen } from '#model/types';
import type { DayRange } from '../state/types';
import { el, plural } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 240;
const HEIGHT = 36;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The bars of a timeline's documents, the tallest at full height; those in `period` marked. */
export function sparkline(timeline: Timeline, period: DayRange | null, label: string): SVGSVGElement {
  const chart = svg('svg', { class: 'sparkline', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', 'aria-label': label });
  const max = Math.max(1, ...timeline.buckets.map((bucket) => bucket.documents));
  const step = WIDTH / Math.max(1, timeline.buckets.length);
  timeline.buckets.forEach((bucket, index) => {
    const height = bucket.documents === 0 ? 0 : Math.max(2, (bucket.documents / max) * (HEIGHT - 2));
    const inPeriod = period !== null && bucket.start >= period.from && bucket.start <= period.to;
    const bar = svg('rect', {
      x: index * step + step * 0.1,
      y: HEIGHT - height,
      width: Math.max(1, step * 0.8),
      height,
      class: inPeriod ? 'bar in-period' : 'bar',
      'data-start': bucket.start,
      'data-documents': bucket.documents,
    });
    const title = svg('title', {});
    title.textContent = `${bucket.start}: ${plural(bucket.documents, 'document')}, ${plural(bucket.mentions, 'mention')}`;
    bar.append(title);
    chart.append(bar);
  });
  return chart;
}

/** The entity's time: its sparkline, when it was first and last named, and its undated documents. */
export function whenNamed(seen: Seen, timeline: Timeline | null, period: DayRange | null): HTMLElement {
  const dated = seen.first === null || seen.last === null ? 'Named in no dated document' : `First named ${seen.first} · last ${seen.last}`;
  const undated = seen.undated > 0 ? ` · ${plural(seen.undated, 'undated document')}` : '';
  return el(
    'div',
    { className: 'when-named', attrs: { role: 'group', 'aria-label': 'When named' } },
    timeline !== null && timeline.buckets.length > 0 && sparkline(timeline, period, `Documents naming it per ${timeline.unit}`),
    el('p', { className: 'seen meta' }, dated, undated),
  );
}
