/**
 * Curation rules as data, and what they mean as a pure function: which entity each mention belongs
 * to once the rules are applied, and how each entity is labelled, typed or hidden. The resolver's
 * answer (its entity for a mention) is the input; the rules are applied over it in the order they
 * were made, so that they hold for documents ingested before and after them alike.
 */
import type { CurationRule, EntityType } from '#model/types';

/** How the rules change one entity. */
export interface EntityOverride {
  label?: string;
  type?: EntityType;
  /** On the stop list: not drawn, not linked. */
  hidden?: boolean;
  /** Merged into this entity by a person: it is no longer an entity of its own. */
  mergedInto?: string;
  /** Made by a split: it has no row of its own in the resolver's registry. */
  created?: boolean;
}

export interface CuratedMerge {
  from: string;
  into: string;
  at: string;
}

export interface CurationPlan {
  /** The entity a mention belongs to: `resolved` is the resolver's entity, `text` the words of the mention. */
  entityOf(resolved: string, text: string): string;
  /** The resolver's entities whose mentions may move under the rules (those merged or split). */
  moved: ReadonlySet<string>;
  /** Every entity the rules change, by id (the entities made by splits included). */
  overrides: ReadonlyMap<string, EntityOverride>;
  /** The merges made by people, oldest first. */
  merges: readonly CuratedMerge[];
  /** The entity an id stands for now, following merges made by people. */
  follow(id: string): string;
}

export interface PlanContext {
  /** The resolver's current id for an id a rule names (its own merges may have moved it since). */
  resolve(id: string): string;
  /** The resolver's type of an entity, for the entities split off it. */
  typeOf(id: string): EntityType | undefined;
}

/** The id a split gives its new entity: the alias's slug and the rule's number, a form the resolver never makes. */
export function splitId(aliasSlug: string, rule: number): string {
  return `${aliasSlug}.${rule}`;
}

export function curationPlan(rules: readonly CurationRule[], context: PlanContext): CurationPlan {
  const ordered = [...rules].sort((a, b) => a.id - b.id);
  const overrides = new Map<string, EntityOverride>();
  const override = (id: string): EntityOverride => {
    let found = overrides.get(id);
    if (found === undefined) overrides.set(id, (found = {}));
    return found;
  };
  const mergedInto = new Map<string, string>();
  const follow = (id: string): string => {
    let current = context.resolve(id);
    const seen = new Set<string>();
    for (let next = mergedInto.get(current); next !== undefined && !seen.has(next); next = mergedInto.get(current)) {
      seen.add(current);
      current = next;
    }
    return current;
  };
  const typeNow = (id: string): EntityType | undefined => overrides.get(id)?.type ?? context.typeOf(id);

  // Each step is the rule with its ids as the resolver has them now.
  type Step = { kind: 'merge'; from: string; into: string } | { kind: 'split'; from: string; alias: string; created: string };
  const steps: Step[] = [];
  const moved = new Set<string>();
  const merges: CuratedMerge[] = [];
  for (const rule of ordered) {
    const entity = follow(rule.entity);
    switch (rule.action) {
      case 'merge': {
        const into = follow(rule.into);
        if (entity === into) break;
        steps.push({ kind: 'merge', from: entity, into });
        mergedInto.set(entity, into);
        override(entity).mergedInto = into;
        merges.push({ from: entity, into, at: rule.at });
        moved.add(entity);
        break;
      }
      case 'split': {
        if (rule.created === undefined) break;
        steps.push({ kind: 'split', from: entity, alias: rule.alias, created: rule.created });
        const made = override(rule.created);
        made.created = true;
        made.label = rule.alias;
        made.type = typeNow(entity);
        moved.add(entity);
        break;
      }
      case 'rename':
        override(entity).label = rule.label;
        break;
      case 'retype':
        override(entity).type = rule.type;
        break;
      case 'hide':
        override(entity).hidden = true;
        break;
    }
  }

  return {
    entityOf(resolved, text) {
      let id = resolved;
      for (const step of steps) {
        if (step.from !== id) continue;
        if (step.kind === 'merge') id = step.into;
        else if (step.alias === text) id = step.created;
      }
      return id;
    },
    moved,
    overrides,
    merges,
    follow,
  };
}
