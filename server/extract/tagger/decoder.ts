/**
 * Decodes a sentence's tags from the model's scores: greedy (each token's best tag given the tag
 * chosen before it) or Viterbi (the best sequence, the previous tag being the model's only
 * history feature). Both refuse an I- tag that does not continue an entity of its type.
 */
import { TAG_COUNT, isInside } from './bio';
import { addScores, historyFeature, type TaggerModel } from './model';
import { contextFeatures, wordFeatures, type FeatureContext, type WordRecord } from './features';
import { addRow, ContextScorer } from './scorer';

export type Decoder = 'greedy' | 'viterbi';

/** True when tag may follow previous (TAG_COUNT: the start of a sentence). */
export function allowed(previous: number, tag: number): boolean {
  return !isInside(tag) || previous === tag || previous === tag - 1;
}

/** Weights of the history feature for each previous tag, start included: [previous][tag]. */
function historyScores(model: TaggerModel): Float64Array[] {
  return Array.from({ length: TAG_COUNT + 1 }, (_, previous) => {
    const scores = new Float64Array(TAG_COUNT);
    addScores(model, [historyFeature(previous)], scores);
    return scores;
  });
}

/** Emission scores: TAG_COUNT per token of a sentence, in one array. */
type Emissions = Float64Array;

function greedy(emissions: Emissions, history: Float64Array[]): Uint8Array {
  const n = emissions.length / TAG_COUNT;
  const tags = new Uint8Array(n);
  let previous = TAG_COUNT;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = emissions[i * TAG_COUNT + t] + history[previous][t];
      if (allowed(previous, t) && s > bestScore) {
        best = t;
        bestScore = s;
      }
    }
    tags[i] = best;
    previous = best;
  }
  return tags;
}

function viterbi(emissions: Emissions, history: Float64Array[]): Uint8Array {
  const n = emissions.length / TAG_COUNT;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = Array.from({ length: n }, () => new Uint8Array(TAG_COUNT));
  let best = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) best[t] = allowed(TAG_COUNT, t) ? emissions[t] + history[TAG_COUNT][t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const next = new Float64Array(TAG_COUNT).fill(-Infinity);
    for (let t = 0; t < TAG_COUNT; t++) {
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!allowed(p, t)) continue;
        const s = best[p] + history[p][t];
        if (s > next[t]) {
          next[t] = s;
          back[i][t] = p;
        }
      }
      next[t] += emissions[i * TAG_COUNT + t];
    }
    best = next;
  }
  let last = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (best[t] > best[last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i][last];
  }
  return tags;
}

/** What the decoder reads once per model: the history weights and the context scorer. */
interface Prepared {
  history: Float64Array[];
  context: ContextScorer;
}

const prepared = new WeakMap<TaggerModel, Prepared>();

function prepare(model: TaggerModel): Prepared {
  let p = prepared.get(model);
  if (p === undefined) {
    p = { history: historyScores(model), context: new ContextScorer(model) };
    prepared.set(model, p);
  }
  return p;
}

/** The scores of a word's own features, kept in its record for the model that last read it. */
function ownScores(model: TaggerModel, record: WordRecord): Float64Array {
  if (record.scores === undefined || record.scoredBy !== model) {
    record.scores = new Float64Array(TAG_COUNT);
    addScores(model, wordFeatures(record.word, record.shape, model.classes), record.scores);
    record.scoredBy = model;
  }
  return record.scores;
}

/** The context scores of every token the slow way, feature strings and all: for a document too rich for the scorer's numbering. */
function contextScoresByName(model: TaggerModel, ctx: FeatureContext): Float64Array {
  const out = new Float64Array(ctx.keys.length * TAG_COUNT);
  for (let i = 0; i < ctx.keys.length; i++) addScores(model, contextFeatures(ctx, i), out.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT));
  return out;
}

/** Tags of every token of a document. */
export function decode(model: TaggerModel, ctx: FeatureContext, decoder: Decoder): Uint8Array {
  const p = prepare(model);
  const emissions = p.context.score(ctx) ?? contextScoresByName(model, ctx);
  const { words } = ctx;
  for (let i = 0; i < words.length; i++) addRow(emissions, i * TAG_COUNT, ownScores(model, words[i]), 0);
  const tags = new Uint8Array(ctx.keys.length);
  for (const { first, last } of ctx.analysis.sentences) {
    const sentence = emissions.subarray(first * TAG_COUNT, (last + 1) * TAG_COUNT);
    tags.set(decoder === 'viterbi' ? viterbi(sentence, p.history) : greedy(sentence, p.history), first);
  }
  return tags;
}
