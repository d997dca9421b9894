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
    isRunning: () => worker?.isRunning() ?? false,
    kill() {
      worker?.kill();
      worker = null;
      onChange(false);
    },
  };
}
