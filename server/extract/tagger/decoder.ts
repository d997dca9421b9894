/**
 * Decodes a sentence's tags from the model's scores: greedy (each token's best tag given the tag
 * chosen before it) or Viterbi (the best sequence, the previous tag being the model's only
 * history feature). Both refuse an I- tag that does not continue an entity of its type.
 */
import { TAG_COUNT, isInside } from './bio';
import { addScores, historyFeature, type TaggerModel } from './model';
import { contextFeatures, wordFeatures, type FeatureContext } from './features';

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

function greedy(emissions: Float64Array[], history: Float64Array[]): Uint8Array {
  const tags = new Uint8Array(emissions.length);
  let previous = TAG_COUNT;
  emissions.forEach((scores, i) => {
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      const s = scores[t] + history[previous][t];
      if (allowed(previous, t) && s > bestScore) {
        best = t;
        bestScore = s;
      }
    }
    tags[i] = best;
    previous = best;
  });
  return tags;
}

function viterbi(emissions: Float64Array[], history: Float64Array[]): Uint8Array {
  const n = emissions.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = Array.from({ length: n }, () => new Uint8Array(TAG_COUNT));
  let best = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) best[t] = allowed(TAG_COUNT, t) ? emissions[0][t] + history[TAG_COUNT][t] : -Infinity;
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
      next[t] += emissions[i][t];
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

/** What the decoder reads once per model: the history weights, and the scores of a word's own features by word. */
interface Prepared {
  history: Float64Array[];
  words: Map<string, Float64Array>;
}

const prepared = new WeakMap<TaggerModel, Prepared>();
/** Distinct words whose scores are kept; past this the cache starts again, so that memory stays bounded. */
const WORD_CACHE_SIZE = 50_000;

function prepare(model: TaggerModel): Prepared {
  let p = prepared.get(model);
  if (p === undefined) {
    p = { history: historyScores(model), words: new Map() };
    prepared.set(model, p);
  }
  return p;
}

function wordScores(model: TaggerModel, p: Prepared, word: string, shape: string): Float64Array {
  let scores = p.words.get(word);
  if (scores === undefined) {
    scores = new Float64Array(TAG_COUNT);
    addScores(model, wordFeatures(word, shape), scores);
    if (p.words.size >= WORD_CACHE_SIZE) p.words.clear();
    p.words.set(word, scores);
  }
  return scores;
}

/** Tags of every token of a document. */
export function decode(model: TaggerModel, ctx: FeatureContext, decoder: Decoder): Uint8Array {
  const p = prepare(model);
  const history = p.history;
  const tags = new Uint8Array(ctx.keys.length);
  for (const sentence of ctx.analysis.sentences) {
    const emissions: Float64Array[] = [];
    for (let i = sentence.first; i <= sentence.last; i++) {
      const scores = Float64Array.from(wordScores(model, p, ctx.analysis.tokens.value[i], ctx.shape[i]));
      addScores(model, contextFeatures(ctx, i), scores);
      emissions.push(scores);
    }
    tags.set(decoder === 'viterbi' ? viterbi(emissions, history) : greedy(emissions, history), sentence.first);
  }
  return tags;
}
