/**
 * What the panels ask of the corpus: an entity with its names, links and documents, the sentences
 * that make a link (one link's, or many links' for an export), and the documents themselves.
 */
import { edgeKey } from '#model/edge-key';
import type { PlexusGraph } from '../graph/cooccurrence';
import { windowPartners, forEachWindowPair } from '../graph/window-pairs';
import { mergeCopies } from '../graph/statements';
import { InputError, NotFoundError } from '#model/errors';
import type { CurationPlan } from '../curation/rules';
import type {
  CooccurrenceWindow,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  EvidenceItem,
  MergeRecord,
  Period,
  ResolvedMention,
  Sentence,
} from '#model/types';
import type { StoredDocument } from '../store/documents';
import { isScoped, type DocumentScope, type Store } from '../store/store';
import { mergeRecords } from './curation';
import type { GraphCache } from './graph-cache';
import { windowUnit } from './graph-change';
import { graphOfWindows, neighboursOf, seenIn } from './periods';
import type { Resolution } from './resolution';

export class EntityQueries {
  constructor(
    private readonly store: Store,
    private readonly resolution: Resolution,
    private readonly cache: GraphCache,
    private readonly window: CooccurrenceWindow,
  ) {}

  entity(id: string, period: Period = {}): EntityDetail {
    const graph = this.cache.graph();
    const plan = this.resolution.plan();
    const canonical = this.resolution.currentId(id, plan);
    if (!graph.hasNode(canonical)) throw new NotFoundError(`no entity with id '${id}'`);
    const node = graph.getNodeAttributes(canonical);
    const scoped = isScoped(period);
    // Within a period, its links are those of its windows in the period's documents.
    const links = scoped ? graphOfWindows(graph, this.store.graph.windowRowsAround(canonical, this.window, period)) : graph;
    const reported = this.store.entities
      .reported(canonical, period)
      .filter((r) => graph.hasNode(r.id))
      .map((r) => ({ id: r.id, label: graph.getNodeAttribute(r.id, 'label'), type: graph.getNodeAttribute(r.id, 'type'), count: r.count }));
    const titles = this.store.entities.titles(canonical);
    const everywhere = this.store.entities.documents(canonical);
    const documentList = scoped ? this.store.entities.documents(canonical, period) : everywhere;
    return {
      id: canonical,
      label: node.label,
      type: node.type,
      ...(titles.length > 0 ? { title: titles[0].name } : {}),
      titles,
      aliases: this.store.entities.aliases(canonical),
      merges: this.mergesInto(canonical, plan),
      mentions: scoped ? documentList.reduce((sum, doc) => sum + doc.mentions, 0) : node.mentions,
      documents: documentList.length,
      neighbours: neighboursOf(links, canonical),
      documentList,
      seen: seenIn(everywhere.map((doc) => doc.date)),
      reported,
    };
  }

  /** Why each name and entity belongs to this one: the resolver's reasons, then the merges people made. */
  private mergesInto(id: string, plan: CurationPlan): MergeRecord[] {
    const resolver = { names: this.store.registry.namesWithReasons(id), merges: this.store.registry.mergesInto(id) };
    const registry = this.resolution.registry;
    // An entity merged by a person is still the resolver's, under its own label.
    const labelOf = (from: string) => (registry.canonicalId(from) === from ? (registry.get(from)?.label ?? null) : null);
    return mergeRecords(id, resolver, plan, labelOf);
  }

  evidence(source: string, target: string, limit = 50, period: Period = {}): EvidenceItem[] {
    const [a, b] = this.linkIds(source, target);
    const items: EvidenceItem[] = [];
    for (const { doc, unit } of this.linkWindows(a, b, period)) {
      const header = this.store.documents.header(doc);
      for (const s of this.store.evidence.windowSentences(doc, this.window, unit, [a, b])) {
        items.push({
          document: header,
          sentence: { index: s.sentence.index, begin: s.sentence.begin, end: s.sentence.end, text: s.text },
          mentions: s.mentions.map((m) => ({ begin: m.begin, end: m.end, entity: m.entity_id, text: m.text })),
        });
      }
      if (items.length >= limit && mergeCopies(items).length >= limit) break;
    }
    return mergeCopies(items).slice(0, limit);
  }

  linkDocuments(source: string, target: string, period: Period = {}): { id: number; date: string | null; windows: number }[] {
    const [a, b] = this.linkIds(source, target);
    const documents = new Map<number, { id: number; date: string | null; windows: number }>();
    for (const { doc, date } of this.linkWindows(a, b, period)) {
      const found = documents.get(doc);
      if (found) found.windows += 1;
      else documents.set(doc, { id: doc, date, windows: 1 });
    }
    return [...documents.values()];
  }

  /** The graph's ids of two entities given by any id they had; NotFoundError for an unknown one, InputError for one entity twice. */
  private linkIds(source: string, target: string): [string, string] {
    const graph = this.cache.graph();
    const plan = this.resolution.plan();
    const a = this.resolution.currentId(source, plan);
    const b = this.resolution.currentId(target, plan);
    for (const [given, id] of [
      [source, a],
      [target, b],
    ]) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no entity with id '${given}'`);
    }
    if (a === b) throw new InputError('source and target must be two different entities');
    return [a, b];
  }

  /** The windows that make the link between a and b (as the graph counts them), newest document first. */
  private *linkWindows(a: string, b: string, period: Period): Generator<{ doc: number; date: string | null; unit: number }> {
    const graph = this.cache.graph();
    for (const window of this.store.evidence.cooccurringWindows(a, b, this.window, period)) {
      const members = this.store.evidence.windowMembers(window.doc, this.window, window.unit).filter((id) => graph.hasNode(id));
      if (windowPartners(members, a).includes(b)) yield window;
    }
  }

  /**
   * One pass over the documents instead of `evidence` for each link, which for every link asks for
   * its windows and then for each window's sentences and mentions: an export of every link of a
   * large corpus did not finish that way (docs/export.md). The same windows, sentences and mentions, in the
   * same order (newest document first, then by window and sentence); a sentence copied into several
   * documents is listed for each (an export's row per document).
   */
  linksEvidence(links: Iterable<readonly [source: string, target: string]>, scope: DocumentScope = {}): Map<string, EvidenceItem[]> {
    const found = new Map<string, EvidenceItem[]>();
    for (const [source, target] of links) found.set(edgeKey(source, target), []);
    if (found.size === 0) return found;
    const graph = this.cache.graph();
    for (const id of this.store.documents.idsNewestFirst(scope)) {
      const stored = this.store.documents.get(id);
      if (stored) this.documentEvidence(this.store.documents.header(id), stored, graph, found);
    }
    return found;
  }

  /** Adds one document's evidence of the links in `found`, window by window. */
  private documentEvidence(header: EvidenceItem['document'], stored: StoredDocument, graph: PlexusGraph, found: Map<string, EvidenceItem[]>): void {
    const inSentence = new Map<number, ResolvedMention[]>();
    const subjects = new Map<number, Set<string>>();
    for (const m of stored.mentions) {
      const list = inSentence.get(m.sentence);
      if (list) list.push(m);
      else inSentence.set(m.sentence, [m]);
      if (m.role !== 'subject') continue;
      const unit = windowUnit(this.window, stored.sentences[m.sentence]);
      const set = subjects.get(unit);
      if (set) set.add(m.entity);
      else subjects.set(unit, new Set([m.entity]));
    }
    for (const unit of [...subjects.keys()].sort((a, b) => a - b)) {
      const sentences = stored.sentences.filter((s) => windowUnit(this.window, s) === unit);
      forEachWindowPair(
        [...(subjects.get(unit) ?? [])].filter((id) => graph.hasNode(id)),
        (a, b) => {
          const items = found.get(edgeKey(a, b));
          if (!items) return;
          for (const sentence of sentences) {
            const mentions = (inSentence.get(sentence.index) ?? []).filter((m) => m.entity === a || m.entity === b);
            if (mentions.length === 0) continue;
            items.push({
              document: header,
              sentence: sentenceOf(stored.text, sentence),
              mentions: mentions.map((m) => ({ begin: m.begin, end: m.end, entity: m.entity, text: m.text })),
            });
          }
        },
      );
    }
  }

  documents(): readonly DocumentSummary[] {
    return this.cache.documents();
  }

  document(id: number): DocumentDetail {
    const found = this.store.documents.get(id);
    if (!found) throw new NotFoundError(`no document with id ${id}`);
    return { document: found.summary, text: found.text, sentences: found.sentences, mentions: found.mentions };
  }
}

const sentenceOf = (text: string, sentence: Sentence): EvidenceItem['sentence'] => ({
  index: sentence.index,
  begin: sentence.begin,
  end: sentence.end,
  text: text.slice(sentence.begin, sentence.end),
});
