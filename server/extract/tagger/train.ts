/**
 * Trains the tagger: an averaged perceptron over the features of ./features, decoding greedily
 * with the tag it predicted before each token as history. Sentences are visited in an order
 * shuffled from the seed, so that a seed always gives the same model.
 */
import { mulberry32 } from '../../graph/random';
import { TAG_COUNT } from './bio';
import { allowed } from './decoder';
import { tokenFeatures, type FeatureContext } from './features';
import { historyFeature, type TaggerModel } from './model';
import { NO_WORD_CLASSES } from './word-classes';

export interface TrainingDocument {
  ctx: FeatureContext;
  /** The gold tag of each token. */
  gold: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the share of tokens tagged right during it. */
  progress?: (epoch: number, accuracy: number) => void;
}

interface Sentence {
  rows: Int32Array[];
  gold: Uint8Array;
}

/** Weights with their running sums, for averaging without a copy per update. */
class Perceptron {
  weights = new Float64Array(0);
  totals = new Float64Array(0);
  stamps = new Float64Array(0);
  step = 0;

  grow(rows: number): void {
    const size = rows * TAG_COUNT;
    if (size <= this.weights.length) return;
    const capacity = Math.max(size, this.weights.length * 2);
    for (const key of ['weights', 'totals', 'stamps'] as const) {
      const next = new Float64Array(capacity);
      next.set(this[key]);
      this[key] = next;
    }
  }

  score(rows: Int32Array, history: number, scores: Float64Array): void {
    scores.fill(0);
    const add = (row: number): void => {
      const base = row * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += this.weights[base + t];
    };
    rows.forEach(add);
    add(history);
  }

  update(row: number, tag: number, by: number): void {
    const at = row * TAG_COUNT + tag;
    this.totals[at] += (this.step - this.stamps[at]) * this.weights[at];
    this.stamps[at] = this.step;
    this.weights[at] += by;
  }

  averaged(rows: number): Float32Array {
    const out = new Float32Array(rows * TAG_COUNT);
    for (let at = 0; at < out.length; at++) {
      const total = this.totals[at] + (this.step - this.stamps[at]) * this.weights[at];
      out[at] = this.step > 0 ? total / this.step : 0;
    }
    return out;
  }
}

export function trainTagger(documents: readonly TrainingDocument[], options: TrainOptions): TaggerModel {
  const features = new Map<string, number>();
  const rowOf = (name: string): number => {
    let row = features.get(name);
    if (row === undefined) {
      row = features.size;
      features.set(name, row);
    }
    return row;
  };
  const historyRows = Array.from({ length: TAG_COUNT + 1 }, (_, previous) => rowOf(historyFeature(previous)));
  const sentences: Sentence[] = [];
  for (const { ctx, gold } of documents) {
    for (const s of ctx.analysis.sentences) {
      const rows: Int32Array[] = [];
      for (let i = s.first; i <= s.last; i++) rows.push(Int32Array.from(tokenFeatures(ctx, i), rowOf));
      sentences.push({ rows, gold: gold.slice(s.first, s.last + 1) });
    }
  }
  const perceptron = new Perceptron();
  perceptron.grow(features.size);
  const next = mulberry32(options.seed);
  const order = sentences.map((_, i) => i);
  const scores = new Float64Array(TAG_COUNT);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let right = 0;
    let seen = 0;
    for (const index of order) {
      const { rows, gold } = sentences[index];
      let previous = TAG_COUNT;
      rows.forEach((tokenRows, i) => {
        perceptron.step++;
        const history = historyRows[previous];
        perceptron.score(tokenRows, history, scores);
        let guess = 0;
        for (let t = 1; t < TAG_COUNT; t++) if (allowed(previous, t) && scores[t] > scores[guess]) guess = t;
        seen++;
        if (guess === gold[i]) right++;
        else {
          for (const row of [...tokenRows, history]) {
            perceptron.update(row, gold[i], 1);
            perceptron.update(row, guess, -1);
          }
        }
        previous = guess;
      });
    }
    options.progress?.(epoch, seen > 0 ? right / seen : 0);
  }
  const classes = documents[0]?.ctx.classes ?? NO_WORD_CLASSES;
  if (documents.some((d) => d.ctx.classes !== classes)) throw new Error('training documents read different word class tables');
  return { features, weights: perceptron.averaged(features.size), classes, about: { epochs: options.epochs, seed: options.seed } };
}
