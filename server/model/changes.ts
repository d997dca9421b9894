/** What changed between two graphs of the same corpus (two periods), as the API answers it and the explorer shows it. */
import type { EntityType, Period } from './types';

export interface EntityChange {
  id: string;
  label: string;
  type: EntityType;
  before: number;
  after: number;
}

export interface LinkChange {
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  before: number;
  after: number;
}

/** Each list ranked: new by `after`, gone by `before`, grown and shrunk by the difference, ties by name. */
export interface ChangeLists<T> {
  new: T[];
  gone: T[];
  grown: T[];
  shrunk: T[];
}

export interface GraphChanges {
  entities: ChangeLists<EntityChange>;
  links: ChangeLists<LinkChange>;
}

/** What changed from one period (`vs`) to another (`period`), with the documents dated in each counted. */
export interface PeriodChanges extends GraphChanges {
  period: Period & { documents: number };
  vs: Period & { documents: number };
}
