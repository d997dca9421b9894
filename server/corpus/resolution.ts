/**
 * Which entity an id names now: the resolver's registry as the store holds it, with the curation
 * rules people made laid over it. Writers reload it when what they wrote was rolled back or removed;
 * it is read again when next used after another process wrote to the store.
 */
import { curationPlan, type CurationPlan } from '../curation/rules';
import type { CurationRule } from '#model/types';
import { EntityRegistry } from '../resolve/registry';
import type { Store } from '../store/store';

export class Resolution {
  private current: EntityRegistry;
  /** Another process wrote since the registry was read: it is read again when next asked for. */
  private stale = false;

  constructor(private readonly store: Store) {
    this.current = this.load();
    // A write transaction hears of such writes before it resolves anything (SharedWrites.began).
    store.onOtherWrites(() => {
      this.stale = true;
    });
  }

  get registry(): EntityRegistry {
    if (this.stale) this.reload();
    return this.current;
  }

  /** The registry read again from the store: what is in memory moved on with writes that are gone. */
  reload(): void {
    this.stale = false;
    this.current = this.load();
  }

  private load(): EntityRegistry {
    const rows = this.store.registry.rows();
    return EntityRegistry.from(rows.entities, rows.keys, rows.merges, rows.names);
  }

  /** The curation rules over the resolver as it is now. */
  plan(rules: readonly CurationRule[] = this.store.curation.rules()): CurationPlan {
    return curationPlan(rules, {
      resolve: (id) => this.registry.canonicalId(id),
      typeOf: (id) => this.registry.get(id)?.type,
    });
  }

  /** The entity an id names now: after the resolver's merges and those people made. */
  currentId(id: string, plan: CurationPlan = this.plan()): string {
    return plan.follow(this.registry.canonicalId(id));
  }
}
