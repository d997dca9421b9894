/**
 * Curation as the explorer words it: what a rule did, and why a name or an entity was merged into
 * another, in a person's words. Pure, so that it is tested in plain Node.
 */

import type { CurationRule, MergeRecord } from '#model/types';

/** Why the resolver (or a person) took a name as this entity's. */
export const REASON_TEXT: Record<MergeRecord['reason'], string> = {
  'same-name': 'the same name',
  surname: 'the surname of the full name',
  acronym: 'the acronym of the full name',
  'known-variant': 'a known variant of the name',
  nationality: 'the nationality word of the country',
  transliteration: 'another spelling of the same name',
  'quote-speaker': 'the speaker of a quote',
  pronoun: 'a pronoun for the name',
  curated: 'merged by hand',
};

/** One line for a merge record: 'putin: the surname of the full name'. */
export function describeMerge(record: MergeRecord): string {
  const when = record.at === null ? '' : ` (${record.at.slice(0, 10)})`;
  return `${record.name}: ${REASON_TEXT[record.reason]}${record.by === 'resolver' && record.from !== null ? ', across documents' : ''}${when}`;
}

/** What a rule did, naming entities by their labels where the graph still has them. */
export function describeRule(rule: CurationRule, labelOf: (id: string) => string): string {
  const name = labelOf(rule.entity);
  switch (rule.action) {
    case 'merge':
      return `merge ${name} into ${labelOf(rule.into)}`;
    case 'split':
      return `split “${rule.alias}” off ${name}`;
    case 'rename':
      return `rename ${name} to “${rule.label}”`;
    case 'retype': {
      const type = rule.type.toLowerCase();
      return `make ${name} ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
    }
    case 'hide':
      return `hide ${name}`;
  }
}
