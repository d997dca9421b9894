/**
 * Curation as the corpus takes it: a request checked against the graph as shown, stored as a rule
 * and applied to every document in one transaction, after which the graph is built again.
 */
import { NotFoundError } from '#model/errors';
import type { CurationRequest, CurationRule } from '#model/types';
import type { Store } from '../store/store';
import { checkCuration } from './curation';
import type { GraphCache } from './graph-cache';
import type { Resolution } from './resolution';

export class Curator {
  constructor(
    private readonly store: Store,
    private readonly resolution: Resolution,
    private readonly cache: GraphCache,
  ) {}

  rules(): CurationRule[] {
    return this.store.curation.rules().reverse();
  }

  curate(request: CurationRequest): CurationRule {
    const plan = this.resolution.plan();
    const graph = this.cache.graph();
    const checked = checkCuration(request, {
      currentId: (id) => this.resolution.currentId(id, plan),
      has: (id) => graph.hasNode(id),
      label: (id) => graph.getNodeAttribute(id, 'label'),
      aliases: (id) => this.store.entities.aliases(id).map((alias) => alias.name),
    });
    return this.change(() => this.store.curation.addRule(checked.request, checked.created));
  }

  undo(): CurationRule {
    const last = this.store.curation.lastRule();
    if (!last) throw new NotFoundError('there is no curation to undo');
    return this.remove(last.id);
  }

  remove(id: number): CurationRule {
    return this.change(() => {
      const removed = this.store.curation.deleteRule(id);
      if (!removed) throw new NotFoundError(`no curation rule with id ${id}`);
      return removed;
    });
  }

  /** Changes the rules and applies them to every document, in one transaction; the graph is built again. */
  private change(change: () => CurationRule): CurationRule {
    const rule = this.store.transaction(() => {
      const changed = change();
      this.store.curation.apply(this.resolution.plan());
      return changed;
    });
    this.cache.invalidate();
    return rule;
  }
}
