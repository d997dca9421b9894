/**
 * Curation from the explorer: the server applies each rule to every document, the graph is then
 * fetched again and updated in place (no reload of the page), and the undo control names the
 * newest rule. One action at a time: a second click while one runs is ignored.
 */

import type { CurationRequest, CurationRule } from '#model/types';
import { api, type CurationAnswer } from '../api';
import { describeRule } from '../state/curation';
import type { CorpusController } from './corpus';
import { reasonOf, type Controller, type Shared } from './shared';

export interface CurationController extends Controller {
  curate(request: CurationRequest): void;
  /** Removes the newest rule. */
  undo(): void;
}

export function mountCuration(shared: Shared, corpus: CorpusController): CurationController {
  return new Curation(shared, corpus);
}

class Curation implements CurationController {
  private running = false;

  constructor(
    private readonly shared: Shared,
    private readonly corpus: CorpusController,
  ) {
    api
      .curationRules()
      .then((rules) => this.showRules(rules))
      .catch((error: unknown) => shared.status.say(`The curation rules could not be read: ${reasonOf(error)}`));
  }

  curate(request: CurationRequest): void {
    this.run(() => api.curate(request));
  }

  undo(): void {
    this.run(() => api.undoCuration());
  }

  /** Nothing to release: the answers still on their way update the graph the map no longer draws. */
  kill(): void {}

  private run(send: () => Promise<CurationAnswer>): void {
    if (this.running) return;
    this.running = true;
    const { status } = this.shared;
    send()
      .then(async (answer) => {
        const done = answer.rule ?? answer.undone;
        const words = done === undefined ? '' : this.describe(done);
        await this.corpus.reload();
        this.showRules(answer.rules);
        status.say(`${answer.undone === undefined ? 'Done' : 'Undone'}: ${words} · ${status.text()}`);
      })
      .catch((error: unknown) => status.say(`Curation failed: ${reasonOf(error)}`))
      .finally(() => {
        this.running = false;
      });
  }

  private showRules(rules: readonly CurationRule[]): void {
    const [last] = rules;
    this.shared.events.emit('undoable', last === undefined ? null : this.describe(last));
  }

  private describe(rule: CurationRule): string {
    return describeRule(rule, (id) => this.corpus.labelOf(id));
  }
}
