/**
 * Curation requests checked against the corpus as it is shown (the entities exist, a merge joins
 * two different ones, a split takes an alias the entity has), and the merge history of an entity
 * as the entity panel shows it: the resolver's merges with their reasons, and those people made.
 */
import { splitId, type CurationPlan } from '../curation/rules';
import { slug } from '../extract/normalize';
import { InputError, NotFoundError } from '#model/errors';
import type { CurationRequest, MergeReason, MergeRecord } from '#model/types';

export interface CurationView {
  /** The entity an id names now (after every merge). */
  currentId(id: string): string;
  /** Whether the entity is in the graph (not hidden, not merged away). */
  has(id: string): boolean;
  label(id: string): string;
  /** The names it is written as in the text. */
  aliases(id: string): string[];
}

export interface CheckedCuration {
  /** The request with its entities named by their current ids. */
  request: CurationRequest;
  /** For a split: the id of the entity it makes, from the rule's number. */
  created?: (rule: number) => string;
}

export function checkCuration(request: CurationRequest, view: CurationView): CheckedCuration {
  const known = (given: string): string => {
    const id = view.currentId(given);
    if (!view.has(id)) throw new NotFoundError(`no entity with id '${given}' in the graph`);
    return id;
  };
  const entity = known(request.entity);
  switch (request.action) {
    case 'merge': {
      const into = known(request.into);
      if (into === entity) throw new InputError(`cannot merge '${request.entity}' into itself ('${view.label(entity)}')`);
      return { request: { ...request, entity, into } };
    }
    case 'split': {
      const aliases = view.aliases(entity);
      if (!aliases.includes(request.alias)) {
        throw new InputError(`'${request.alias}' is not an alias of ${view.label(entity)} (its aliases: ${aliases.map((a) => `'${a}'`).join(', ')})`);
      }
      if (aliases.length < 2) throw new InputError(`'${request.alias}' is the only alias of ${view.label(entity)}: rename it instead`);
      return { request: { ...request, entity }, created: (rule) => splitId(slug(request.alias), rule) };
    }
    case 'rename':
    case 'retype':
    case 'hide':
      return { request: { ...request, entity } };
  }
}

/**
 * Why an entity holds what it holds: the names the resolver took for a reason (not merely the same
 * name), the entities it merged in, then those people merged in, oldest first.
 */
export function mergeRecords(
  into: string,
  resolver: { names: readonly { key: string; reason: MergeReason }[]; merges: readonly { from: string; reason: MergeReason; at: string }[] },
  plan: CurationPlan,
  labelOf: (id: string) => string | null,
): MergeRecord[] {
  const names: MergeRecord[] = resolver.names
    .filter((n) => n.reason !== 'same-name')
    .map((n) => ({ name: n.key.slice(n.key.indexOf('|') + 1), from: null, reason: n.reason, by: 'resolver', at: null }));
  const merged: MergeRecord[] = resolver.merges.map((m) => ({ name: m.from, from: m.from, reason: m.reason, by: 'resolver', at: m.at }));
  const byUser: MergeRecord[] = plan.merges
    .filter((m) => m.into === into)
    .map((m) => ({ name: plan.overrides.get(m.from)?.label ?? labelOf(m.from) ?? m.from, from: m.from, reason: 'curated', by: 'user', at: m.at }));
  return [...names, ...[...merged, ...byUser].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''))];
}
