/**
 * The graph of the client bench, written into a real store so that the real server serves it: a
 * given number of entities and links (a few hubs, a long tail), each link one sentence of a
 * synthetic document in which both entities are mentioned. The store is kept and reused.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { edgeKey } from '#model/edge-key';
import { mulberry32 } from '../server/graph/random';
import { ENTITY_TYPES, type ResolvedMention, type Sentence } from '#model/types';
import type { RegisteredEntity } from '../server/resolve/registry';
import { Store } from '../server/store/store';
import { namePools } from './corpus';
import { BENCH_DIR } from './report';

const SENTENCES_PER_DOCUMENT = 100;

export function clientStorePath(nodes: number, edges: number, seed: number): string {
  return path.join(BENCH_DIR, `client-${seed}-${nodes}-${edges}.db`);
}

/** Writes the store unless it exists; returns its path. */
export function clientStore(nodes: number, edges: number, seed: number): string {
  const file = clientStorePath(nodes, edges, seed);
  if (fs.existsSync(file)) return file;
  const temporary = `${file}.part`;
  fs.rmSync(temporary, { force: true });
  writeClientStore(temporary, nodes, edges, seed);
  fs.renameSync(temporary, file);
  return file;
}

/** A store at `file` of `nodes` entities and `edges` links, each link one sentence 'A met B.'. */
export function writeClientStore(file: string, nodes: number, edges: number, seed: number): void {
  const random = mulberry32(seed);
  const pools = namePools(seed);
  const names = [...pools.persons, ...pools.organisations, ...pools.places, ...pools.outlets];
  const entities: RegisteredEntity[] = Array.from({ length: nodes }, (_, i) => ({
    id: `e${i}`,
    label: names[i % names.length] + (i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''),
    type: ENTITY_TYPES[Math.floor(random() * 3)],
    canonical: false,
  }));
  const pairs = new Set<string>();
  const links: [number, number][] = [];
  while (links.length < edges) {
    // One end skewed towards the first entities (hubs), the other anywhere.
    const a = Math.floor(random() ** 2.5 * nodes);
    const b = Math.floor(random() * nodes);
    const key = edgeKey(`e${a}`, `e${b}`);
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    links.push([a, b]);
  }
  const store = new Store(file);
  store.transaction(() => {
    store.registry.applyLink({ ids: [], created: entities, relabelled: [], keys: [], merged: [] });
    for (let from = 0; from < links.length; from += SENTENCES_PER_DOCUMENT) {
      let text = '';
      const sentences: Sentence[] = [];
      const mentions: ResolvedMention[] = [];
      links.slice(from, from + SENTENCES_PER_DOCUMENT).forEach(([a, b], index) => {
        const mention = (e: RegisteredEntity, begin: number): ResolvedMention => ({
          begin,
          end: begin + e.label.length,
          text: e.label,
          name: e.label,
          type: e.type,
          sentence: index,
          role: 'subject',
          source: 'text',
          entity: e.id,
        });
        const begin = text.length;
        const first = mention(entities[a], begin);
        const second = mention(entities[b], first.end + ' met '.length);
        text += `${entities[a].label} met ${entities[b].label}. `;
        sentences.push({ index, paragraph: index, begin, end: text.length - 1 });
        mentions.push(first, second);
      });
      const title = `Synthetic document ${from / SENTENCES_PER_DOCUMENT + 1}`;
      const hash = crypto.createHash('sha256').update(text).digest('hex');
      store.documents.insert({ title, text, sourcePath: '' }, hash, text.split(' ').length, sentences, mentions);
    }
  });
  store.close();
}
