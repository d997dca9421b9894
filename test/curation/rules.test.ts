/** Curation rules as a pure function of the resolver's answer: where each mention goes, and how each entity is shown. */

import { curationPlan, splitId, type PlanContext } from '../../server/curation/rules';
import type { CurationRule, EntityType } from '#model/types';

const types: Record<string, EntityType> = { 'vladimir-putin': 'PERSON', putin: 'PERSON', russia: 'LOCATION', isil: 'ORGANIZATION' };
// The resolver merged 'mr-putin' into 'vladimir-putin' after the rules were made.
const context: PlanContext = { resolve: (id) => (id === 'mr-putin' ? 'vladimir-putin' : id), typeOf: (id) => types[id] };
const at = '2026-01-01T00:00:00.000Z';

describe('a curation plan', () => {
  it('without rules leaves every mention with the resolver and changes no entity', () => {
    const plan = curationPlan([], context);
    expect(plan.entityOf('russia', 'Russia')).toBe('russia');
    expect(plan.moved.size).toBe(0);
    expect(plan.overrides.size).toBe(0);
  });

  it('merges: the mentions of one entity go to the other, which the old id now leads to', () => {
    const plan = curationPlan([{ id: 1, at, action: 'merge', entity: 'putin', into: 'vladimir-putin' }], context);
    expect(plan.entityOf('putin', 'Putin')).toBe('vladimir-putin');
    expect(plan.entityOf('russia', 'Russia')).toBe('russia');
    expect(plan.follow('putin')).toBe('vladimir-putin');
    expect(plan.overrides.get('putin')).toEqual({ mergedInto: 'vladimir-putin' });
    expect(plan.merges).toEqual([{ from: 'putin', into: 'vladimir-putin', at }]);
  });

  it('splits: only the mentions written as the alias go to the new entity, which keeps the type', () => {
    const rule: CurationRule = { id: 3, at, action: 'split', entity: 'vladimir-putin', alias: 'Putin', created: splitId('putin', 3) };
    const plan = curationPlan([rule], context);
    expect(plan.entityOf('vladimir-putin', 'Putin')).toBe('putin.3');
    expect(plan.entityOf('vladimir-putin', 'Vladimir Putin')).toBe('vladimir-putin');
    expect(plan.overrides.get('putin.3')).toEqual({ created: true, label: 'Putin', type: 'PERSON' });
  });

  it('applies rules in their order: a merge then a split of what was merged in', () => {
    const rules: CurationRule[] = [
      { id: 2, at, action: 'split', entity: 'vladimir-putin', alias: 'Putin', created: 'putin.2' },
      { id: 1, at, action: 'merge', entity: 'putin', into: 'vladimir-putin' },
    ];
    const plan = curationPlan(rules, context);
    expect(plan.entityOf('putin', 'Putin')).toBe('putin.2');
    expect(plan.entityOf('putin', 'P.')).toBe('vladimir-putin');
  });

  it('names entities by the id the resolver gives them now', () => {
    const plan = curationPlan([{ id: 1, at, action: 'rename', entity: 'mr-putin', label: 'President Putin' }], context);
    expect(plan.overrides.get('vladimir-putin')).toEqual({ label: 'President Putin' });
  });

  it('renames, retypes and hides without moving any mention; the latest rename wins', () => {
    const plan = curationPlan(
      [
        { id: 1, at, action: 'rename', entity: 'isil', label: 'Islamic State' },
        { id: 2, at, action: 'retype', entity: 'isil', type: 'PERSON' },
        { id: 3, at, action: 'rename', entity: 'isil', label: 'ISIL' },
        { id: 4, at, action: 'hide', entity: 'russia' },
      ],
      context,
    );
    expect(plan.overrides.get('isil')).toEqual({ label: 'ISIL', type: 'PERSON' });
    expect(plan.overrides.get('russia')).toEqual({ hidden: true });
    expect(plan.moved.size).toBe(0);
  });

  it('ignores a merge whose two ends have since become one', () => {
    const plan = curationPlan([{ id: 1, at, action: 'merge', entity: 'mr-putin', into: 'vladimir-putin' }], context);
    expect(plan.merges).toEqual([]);
    expect(plan.overrides.size).toBe(0);
  });
});
