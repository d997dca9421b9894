/**
 * What changed between two graphs of the same corpus (two periods): the entities and links that
 * are new, gone, grown and shrunk, each list ranked by how much changed. Entities are measured by
 * their mentions, links by their weight (the windows in which the two occur together).
 */
import type { ChangeLists, EntityChange, GraphChanges, LinkChange } from '#model/changes';
import type { PlexusGraph } from './cooccurrence';

/** The four lists of a set of measured items, `limit` each at most. */
export function rankChanges<T extends { before: number; after: number }>(items: Iterable<T>, name: (item: T) => string, limit: number): ChangeLists<T> {
  const lists: ChangeLists<T> = { new: [], gone: [], grown: [], shrunk: [] };
  for (const item of items) {
    if (item.before === 0 && item.after > 0) lists.new.push(item);
    else if (item.after === 0 && item.before > 0) lists.gone.push(item);
    else if (item.after > item.before) lists.grown.push(item);
    else if (item.after < item.before) lists.shrunk.push(item);
  }
  const by = (size: (item: T) => number) => (a: T, b: T) => size(b) - size(a) || name(a).localeCompare(name(b));
  return {
    new: lists.new.sort(by((item) => item.after)).slice(0, limit),
    gone: lists.gone.sort(by((item) => item.before)).slice(0, limit),
    grown: lists.grown.sort(by((item) => item.after - item.before)).slice(0, limit),
    shrunk: lists.shrunk.sort(by((item) => item.before - item.after)).slice(0, limit),
  };
}

function entityChanges(before: PlexusGraph, after: PlexusGraph): Map<string, EntityChange> {
  const changes = new Map<string, EntityChange>();
  before.forEachNode((id, { label, type, mentions }) => changes.set(id, { id, label, type, before: mentions, after: 0 }));
  after.forEachNode((id, { label, type, mentions }) => {
    const found = changes.get(id);
    if (found) found.after = mentions;
    else changes.set(id, { id, label, type, before: 0, after: mentions });
  });
  return changes;
}

function linkChanges(before: PlexusGraph, after: PlexusGraph): Map<string, LinkChange> {
  const changes = new Map<string, LinkChange>();
  const visit = (graph: PlexusGraph, side: 'before' | 'after') =>
    graph.forEachEdge((key, { weight }, source, target, s, t) => {
      const found = changes.get(key) ?? { source, target, sourceLabel: s.label, targetLabel: t.label, before: 0, after: 0 };
      found[side] = weight;
      changes.set(key, found);
    });
  visit(before, 'before');
  visit(after, 'after');
  return changes;
}

/** What changed from `before` to `after`, `limit` items per list at most. */
export function changesBetween(before: PlexusGraph, after: PlexusGraph, limit: number): GraphChanges {
  return {
    entities: rankChanges(entityChanges(before, after).values(), (e) => e.label, limit),
    links: rankChanges(linkChanges(before, after).values(), (l) => `${l.sourceLabel} ${l.targetLabel}`, limit),
  };
}
