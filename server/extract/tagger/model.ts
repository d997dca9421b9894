/**
 * The tagger's model: a weight for each (feature, tag) pair, and its file format (JSON: the
 * feature names, and their weights as little-endian 32-bit floats in base64, which reads far
 * faster than a list of numbers; features whose weights all round to zero are left out) and the
 * word class table its features read.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '#model/errors';
import { TAG_COUNT, TAGS } from './bio';
import { parseWordClasses, serializeWordClasses, type WordClasses } from './word-classes';

/** Bumped whenever features or tags change meaning, so that an old model file is refused, not misread. */
export const TAGGER_FORMAT = 3;

export interface TaggerModel {
  /** Row of each feature in weights. */
  features: Map<string, number>;
  /** TAG_COUNT weights per feature row. */
  weights: Float32Array;
  /** The word classes its features read. */
  classes: WordClasses;
  /** How the model was made (files, epochs, seed), as the training command wrote it. */
  about: Record<string, string | number>;
}

/** The feature that carries the previous tag; tag TAG_COUNT stands for the start of a sentence. */
export function historyFeature(previous: number): string {
  return `pt=${previous}`;
}

/** Adds the weights of the given features into scores (length TAG_COUNT); unknown features weigh nothing. */
export function addScores(model: TaggerModel, features: readonly string[], scores: Float64Array): void {
  const w = model.weights;
  for (const feature of features) {
    const row = model.features.get(feature);
    if (row === undefined) continue;
    const base = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t] += w[base + t];
  }
}

const modelFile = z.object({
  format: z.literal(TAGGER_FORMAT),
  tags: z.array(z.string()),
  about: z.record(z.string(), z.union([z.string(), z.number()])),
  features: z.array(z.string()),
  weights: z.string(),
  classes: z.object({ lines: z.string() }),
});
type ModelFile = z.infer<typeof modelFile>;

const DECIMALS = 1000;

export function serializeModel(model: TaggerModel): string {
  const features: string[] = [];
  const values: number[] = [];
  for (const [name, row] of [...model.features].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const rounded = Array.from(model.weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), (v) => Math.round(v * DECIMALS) / DECIMALS);
    if (rounded.every((v) => v === 0)) continue;
    features.push(name);
    values.push(...rounded);
  }
  const bytes = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => bytes.setFloat32(i * 4, v, true));
  const file: ModelFile = {
    format: TAGGER_FORMAT,
    tags: [...TAGS],
    about: model.about,
    features,
    weights: Buffer.from(bytes.buffer).toString('base64'),
    classes: serializeWordClasses(model.classes),
  };
  return JSON.stringify(file);
}

export function parseModel(json: string, source: string): TaggerModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError(`${source} is not JSON: train the tagger again with npm run train`);
  }
  const file = modelFile.safeParse(parsed);
  if (!file.success) throw new ConfigError(`${source} is not a tagger model of format ${TAGGER_FORMAT}: train one with npm run train`);
  const { tags, features, about } = file.data;
  const bytes = Buffer.from(file.data.weights, 'base64');
  const classes = parseWordClasses(file.data.classes);
  if (tags.join() !== TAGS.join() || bytes.length !== features.length * TAG_COUNT * 4 || classes === undefined) {
    throw new ConfigError(`${source} holds tags or weights this version does not read: train it again with npm run train`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(features.length * TAG_COUNT);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(i * 4, true);
  return { features: new Map(features.map((f, i) => [f, i])), weights, classes, about };
}

export function saveModel(model: TaggerModel, file: string): void {
  fs.writeFileSync(file, `${serializeModel(model)}\n`);
}

export function loadModel(file: string): TaggerModel {
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the tagger model ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}): train one with npm run train`);
  }
  return parseModel(json, file);
}
