/**
 * ForceAtlas2 in a web worker, started and stopped by the person (the toolbar's control). It moves
 * the nodes of the graph sigma draws; sigma redraws as their positions change. `kill` ends the
 * worker: call it before dropping the graph or the page.
 */

import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { layoutSettings } from '../state/layout';
import type { ClientGraph } from '../state/types';

export interface LayoutControl {
  start(): void;
  /** Runs this many iterations in the worker, then stops: a large graph's initial layout. */
  settle(iterations: number): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function mountLayoutWorker(graph: ClientGraph, onChange: (running: boolean) => void): LayoutControl {
  let worker: FA2Layout | null = null;
  // Settings follow the graph's size; a worker is made on first start so that a page that never
  // runs the layout never spawns a thread.
  const ensure = (): FA2Layout => {
    worker ??= new FA2Layout(graph, { settings: { ...layoutSettings(graph), slowDown: 8 } });
    return worker;
  };
  return {
    start() {
      ensure().start();
      onChange(true);
    },
    stop() {
      worker?.stop();
      onChange(false);
    },
    settle(iterations) {
      // The initial layout's own settings (no slow-down), in a worker of its own; the worker writes
      // every node's position once per iteration, as one graph event.
      const settling = new FA2Layout(graph, { settings: layoutSettings(graph) });
      let done = 0;
      const count = (): void => {
        if (++done < iterations) return;
        graph.off('eachNodeAttributesUpdated', count);
        // Stopped here, inside the supervisor's own update; its worker is ended once that returns.
        settling.stop();
        setTimeout(() => settling.kill(), 0);
        onChange(false);
      };
      graph.on('eachNodeAttributesUpdated', count);
      settling.start();
      onChange(true);
    },
    isRunning: () => worker?.isRunning() ?? false,
    kill() {
      worker?.kill();
      worker = null;
      onChange(false);
    },
  };
}
