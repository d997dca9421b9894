/**
 * The filter panel: entity types as checkboxes with their counts (the colour legend too), how links
 * are weighed (count, documents, PMI, NPMI) with their minimum co-occurrences, minimum link weight
 * and minimum mentions as sliders, documents (./document-filter), and hiding isolated entities. Every
 * control only changes the view state; the reducers do the rest, without a reload.
 */

import { EDGE_WEIGHTINGS, type DocumentSummary, type EdgeWeighting, type EntityType } from '#model/types';
import { typeColour } from '../render/appearance';
import { typeName } from '../state/caption';
import type { CommunityKey } from '../state/legend';
import type { Store } from '../state/store';
import type { Filters, ViewState } from '../state/types';
import { mountDocumentFilter } from './document-filter';
import { append, el, replaceChildren, swatch } from './dom';

export interface FilterData {
  /** In display order. */
  types: EntityType[];
  typeCounts: ReadonlyMap<string, number>;
  maxWeight: number;
  maxMentions: number;
  documents: DocumentSummary[];
}

export interface FilterPanel {
  setData(data: FilterData): void;
  sync(view: ViewState): void;
  /** The colour legend: null when colours are the entity types (the type list is the legend then). */
  setLegend(legend: { keys: CommunityKey[]; others: number } | null): void;
}

export function mountFilters(container: HTMLElement, store: Store): FilterPanel {
  const setFilters = (change: (filters: Filters) => Filters): void => store.update((view) => ({ ...view, filters: change(view.filters) }));

  const typeList = el('ul', { className: 'type-list', attrs: { 'aria-label': 'Entity types' } });
  const weighting = el(
    'select',
    { attrs: { id: 'weighting', 'aria-label': 'Weigh links by' } },
    ...WEIGHTING_CHOICES.map((choice) => el('option', { attrs: { value: choice.value, title: choice.title } }, choice.label)),
  );
  // Another measure makes the old threshold meaningless (3 sentences is not an NPMI of 3): it goes.
  weighting.addEventListener('change', () =>
    setFilters((f) => ({ ...f, weighting: EDGE_WEIGHTINGS.find((option) => option === weighting.value) ?? 'count', minWeight: 0 })),
  );
  const minCount = el('input', { attrs: { type: 'number', id: 'min-count', min: '1', step: '1', inputmode: 'numeric', placeholder: 'default' } });
  minCount.addEventListener('change', () => {
    const value = Number(minCount.value);
    setFilters((f) => ({ ...f, minCount: minCount.value !== '' && Number.isSafeInteger(value) && value >= 1 ? value : null }));
  });
  const weight = slider('min-weight', 'Minimum link weight', (value) => setFilters((f) => ({ ...f, minWeight: value })));
  const mentions = slider('min-mentions', 'Minimum mentions', (value) => setFilters((f) => ({ ...f, minMentions: value })));
  const isolated = el('input', { attrs: { type: 'checkbox', id: 'hide-isolated' } });
  isolated.addEventListener('change', () => setFilters((f) => ({ ...f, hideIsolated: isolated.checked })));
  const documentSection = el('section', { className: 'documents', attrs: { 'aria-label': 'Documents' } });
  const documents = mountDocumentFilter(documentSection, store);
  const legend = el('section', { className: 'legend', attrs: { 'aria-label': 'Colours', hidden: '' } });

  append(
    container,
    el('h2', {}, 'Entity types'),
    typeList,
    legend,
    el('h2', {}, 'Links and mentions'),
    el('div', { className: 'weighting' }, el('label', { attrs: { for: 'weighting' } }, 'Weigh links by'), weighting),
    el(
      'div',
      { className: 'weighting', title: 'Links seen in fewer sentences are left out; empty: 2 for PMI and NPMI, 1 otherwise' },
      el('label', { attrs: { for: 'min-count' } }, 'Minimum co-occurrences'),
      minCount,
    ),
    weight.row,
    mentions.row,
    el('label', { className: 'check' }, isolated, 'Hide entities without links'),
    el('h2', {}, 'Documents'),
    documentSection,
  );

  const panel: FilterPanel = {
    setData(next) {
      replaceChildren(typeList, ...next.types.map((type) => typeItem(type, next.typeCounts.get(type) ?? 0, setFilters)));
      weight.setMax(next.maxWeight);
      mentions.setMax(next.maxMentions);
      documents.setDocuments(next.documents);
      panel.sync(store.get());
    },
    setLegend(next) {
      // With communities, the type list's dots would say the wrong thing: it loses them.
      typeList.classList.toggle('no-swatches', next !== null);
      legend.hidden = next === null;
      if (next === null) return replaceChildren(legend);
      replaceChildren(legend, ...communityLegend(next));
    },
    sync(view) {
      const { filters } = view;
      for (const box of typeList.querySelectorAll<HTMLInputElement>('input[data-type]')) {
        box.checked = !filters.hiddenTypes.some((type) => type === box.dataset['type']);
      }
      weighting.value = filters.weighting;
      if (document.activeElement !== minCount) minCount.value = filters.minCount === null ? '' : String(filters.minCount);
      weight.setStep(WEIGHT_STEPS[filters.weighting]);
      weight.set(filters.minWeight);
      mentions.set(filters.minMentions);
      isolated.checked = filters.hideIsolated;
      documents.sync(view);
    },
  };
  return panel;
}

type SetFilters = (change: (filters: Filters) => Filters) => void;

/** One entity type's checkbox, with its colour and count. */
function typeItem(type: EntityType, count: number, setFilters: SetFilters): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-type': type, id: `type-${type}` } });
  box.addEventListener('change', () =>
    setFilters((f) => ({ ...f, hiddenTypes: box.checked ? f.hiddenTypes.filter((hidden) => hidden !== type) : [...f.hiddenTypes, type] })),
  );
  return el('li', {}, el('label', { className: 'check' }, box, swatch(typeColour(type)), typeName(type), el('span', { className: 'count' }, String(count))));
}

/** The communities' legend: each named by its largest members, with its colour and size. */
function communityLegend(legend: { keys: CommunityKey[]; others: number }): (HTMLElement | null)[] {
  return [
    el('h2', {}, 'Communities'),
    el(
      'ol',
      { className: 'community-list' },
      ...legend.keys.map((key) =>
        el(
          'li',
          { title: key.names.join(', '), attrs: { 'data-community': String(key.community ?? '') } },
          swatch(key.colour),
          el('span', { className: 'label' }, key.names.join(', ')),
          el('span', { className: 'count' }, String(key.size)),
        ),
      ),
    ),
    legend.others > 0 ? el('p', { className: 'muted' }, `and ${legend.others} more in smaller communities, in the same colours again`) : null,
  ];
}

/** The weightings offered, in the server's order (server/graph/weighting.ts says how each is computed). */
const WEIGHTING_CHOICES: readonly { value: EdgeWeighting; label: string; title: string }[] = [
  { value: 'count', label: 'Sentences together', title: 'How many sentences name both' },
  { value: 'documents', label: 'Documents together', title: 'How many documents have a sentence naming both' },
  {
    value: 'statements',
    label: 'Sentences, copies once',
    title: 'How many different sentences name both: a sentence copied into several documents (agency copy, a repeated quotation) counts once',
  },
  { value: 'pmi', label: 'PMI', title: 'Pointwise mutual information: how much more often together than chance (bits)' },
  { value: 'npmi', label: 'NPMI', title: 'Normalised PMI, from -1 to 1' },
];

/** Thresholds on PMI and NPMI are fractions; counts are whole. */
const WEIGHT_STEPS: Record<EdgeWeighting, number> = { count: 1, documents: 1, statements: 1, pmi: 0.1, npmi: 0.05 };

interface Slider {
  row: HTMLElement;
  set(value: number): void;
  setMax(max: number): void;
  setStep(step: number): void;
}

function slider(id: string, label: string, onChange: (value: number) => void): Slider {
  const input = el('input', { attrs: { type: 'range', id, min: '0', max: '1', step: '1', value: '0' } });
  const output = el('output', { attrs: { for: id } }, '0');
  input.addEventListener('input', () => {
    output.textContent = input.value;
    onChange(Number(input.value));
  });
  return {
    row: el('div', { className: 'slider' }, el('label', { attrs: { for: id } }, label), output, input),
    set(value) {
      // A link may ask for more than this corpus has: widen the range rather than clamp the state.
      if (value > Number(input.max)) input.max = String(value);
      input.value = String(value);
      output.textContent = String(value);
    },
    setMax(max) {
      input.max = String(Math.max(1, max, Number(input.value)));
    },
    setStep(step) {
      input.step = String(step);
    },
  };
}
