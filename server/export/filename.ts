/**
 * File names that say what was exported: the corpus, each filter and option in the order of the
 * API's parameters, and the date, e.g. `plexus_types-PERSON+LOCATION_weight-npmi_2025-06-01.gexf`.
 * A format that shares its extension with another (GEXF 1.2 and 1.3, both `.gexf`) is named too,
 * first as `format` is the API's first parameter: `plexus_gexf-1.2_2025-06-01.gexf`.
 */
import type { GraphFilter } from '../corpus/types';

/** Letters (any script), digits, '.', '+' and '-' are kept; anything else becomes '-'. */
function slug(text: string, max = 40): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}.+-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max);
}

export function exportFileName(corpus: string, filter: GraphFilter, extension: string, date: Date, variant?: string): string {
  const parts = [slug(corpus) || 'plexus'];
  if (variant) parts.push(slug(variant));
  if (filter.types && filter.types.length > 0) parts.push(`types-${[...filter.types].join('+')}`);
  if (filter.minWeight !== undefined) parts.push(`minWeight-${filter.minWeight}`);
  if (filter.minMentions !== undefined) parts.push(`minMentions-${filter.minMentions}`);
  if (filter.q) parts.push(`q-${slug(filter.q) || 'search'}`);
  if (filter.doc !== undefined) parts.push(`doc-${filter.doc}`);
  if (filter.from !== undefined) parts.push(`from-${filter.from}`);
  if (filter.to !== undefined) parts.push(`to-${filter.to}`);
  if (filter.weight !== undefined) parts.push(`weight-${filter.weight}`);
  if (filter.minCount !== undefined) parts.push(`minCount-${filter.minCount}`);
  parts.push(date.toISOString().slice(0, 10));
  return `${parts.join('_')}.${extension}`;
}
