/**
 * `GET /api/search?q=&limit=&from=&to=`: entities whose label or one of the names they are written
 * as has a word that starts with the text, named in the period's documents when one is given, for
 * the explorer's suggestions ('Putin' → Vladimir Putin, 'Isis' → Isil, 'assad' → Bashar al-Assad
 * but not 'United States ambassador').
 *
 * It is backed by `corpus.graph({q})`, which matches labels, aliases and every name variant the
 * resolver knows, but keeps the neighbours of the matches too (to show them in context). So each
 * candidate is checked here against its label and aliases: those that match come first, with the
 * name that matched; a candidate that matches neither is kept only when it has no matching
 * neighbour, since then it matched through a name variant rather than as someone's neighbour.
 */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { hasWordPrefix, nameKey } from '../extract/normalize';
import type { Period, SearchResult } from '#model/types';
import { searchQuery } from './schemas';

export function searchEntities(corpus: Corpus, q: string, limit: number, period: Period = {}): SearchResult[] {
  const key = nameKey(q);
  if (key === '') return [];
  const graph = corpus.graph({ q, ...period });
  const results = new Map<string, SearchResult>();
  for (const { key: id, attributes } of graph.nodes) {
    const names = [attributes.label, ...corpus.entity(id).aliases.map((alias) => alias.name)];
    const matched = names.find((name) => hasWordPrefix(nameKey(name), key)) ?? null;
    results.set(id, { id, label: attributes.label, type: attributes.type, mentions: attributes.mentions, matched });
  }
  const matchedNeighbour = new Set<string>();
  for (const { source, target } of graph.edges) {
    if (results.get(source)?.matched) matchedNeighbour.add(target);
    if (results.get(target)?.matched) matchedNeighbour.add(source);
  }
  const rank = (result: SearchResult): number => {
    if (result.matched === null) return 3;
    const name = nameKey(result.matched);
    if (name === key) return 0;
    return name.startsWith(key) ? 1 : 2;
  };
  return [...results.values()]
    .filter((result) => result.matched !== null || !matchedNeighbour.has(result.id))
    .sort((a, b) => rank(a) - rank(b) || b.mentions - a.mentions || a.label.localeCompare(b.label))
    .slice(0, limit);
}

export function searchRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/search', (req, res) => {
    const { q, limit, ...period } = searchQuery.parse(req.query);
    res.json({ results: searchEntities(corpus, q, limit, period) });
  });
  return router;
}
