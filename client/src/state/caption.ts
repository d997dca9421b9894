/**
 * What an exported picture of the map says under it: the colours' key, and a caption naming the
 * corpus, the filters and the date, so that a figure in a report can be read on its own.
 */

import { ENTITY_TYPES } from '#model/types';
import { typeColour } from '../render/appearance';
import type { CommunityKey } from './legend';
import type { ViewState } from './types';
import { viewFilterOf } from './visibility';

export interface KeyEntry {
  colour: string;
  label: string;
}

/** 'ORGANIZATION' → 'Organization'. */
export function typeName(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase().replace(/_/g, ' ');
}

const WEIGHTINGS: Record<ViewState['filters']['weighting'], string> = {
  count: 'sentences together',
  documents: 'documents together',
  statements: 'sentences together, copies once',
  pmi: 'PMI',
  npmi: 'NPMI',
};

/** The colours' key: entity types shown, or the communities drawn. */
export function keyEntries(view: ViewState, communities: readonly CommunityKey[]): KeyEntry[] {
  if (view.colourBy === 'community') return communities.map((key) => ({ colour: key.colour, label: key.names.join(', ') }));
  return (viewFilterOf(view.filters).types ?? ENTITY_TYPES).map((type) => ({ colour: typeColour(type), label: typeName(type) }));
}

/** The filters in words, only those that differ from showing everything. */
export function describeFilters(view: ViewState): string[] {
  const { filters } = view;
  const { minWeight } = viewFilterOf(filters);
  const parts: string[] = [];
  if (filters.hiddenTypes.length > 0) parts.push(`without ${filters.hiddenTypes.map((type) => typeName(type).toLowerCase()).join(', ')}`);
  parts.push(`links weighed by ${WEIGHTINGS[filters.weighting]}`);
  if (filters.minCount !== null) parts.push(`at least ${filters.minCount} co-occurrences`);
  if (minWeight !== undefined) parts.push(`link weight at least ${minWeight}`);
  if (filters.minMentions > 0) parts.push(`at least ${filters.minMentions} mentions`);
  if (filters.documents !== null) parts.push(`${filters.documents.length} ${filters.documents.length === 1 ? 'document' : 'documents'} chosen`);
  if (filters.hideIsolated) parts.push('entities without links hidden');
  if (view.period !== null) parts.push(`documents dated ${view.period.from} to ${view.period.to}`);
  if (view.focus > 0 && view.selected !== null) parts.push(`${view.focus} ${view.focus === 1 ? 'step' : 'steps'} around ${view.selected}`);
  return parts;
}

/** 'Plexus · 2 documents · 39 of 39 entities, 95 links · links weighed by … · 2026-12-05'. */
export function caption(view: ViewState, counts: { documents: number; entities: number; shown: number; links: number }, date: Date): string {
  return [
    'Plexus',
    `${counts.documents} ${counts.documents === 1 ? 'document' : 'documents'}`,
    `${counts.shown} of ${counts.entities} entities, ${counts.links} links`,
    ...describeFilters(view),
    date.toISOString().slice(0, 10),
  ].join(' · ');
}
