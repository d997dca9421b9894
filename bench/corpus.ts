/**
 * The bench corpus: news-like documents generated from sentence templates and large pools of
 * generated names, deterministic for a seed. A few entities are everywhere (the powers of a
 * conflict), most appear a handful of times (the long tail), so that a 10,000-document corpus holds
 * tens of thousands of distinct entities, as a year of coverage does. Document i depends only on
 * the seed and i: any slice of the corpus can be generated on its own (by a worker, for instance).
 */
import { mulberry32 } from '../server/graph/random';
import type { DocumentInput } from '#model/types';
import {
  GIVEN_NAMES,
  HEADLINES,
  MONTHS,
  ORG_ADJECTIVES,
  ORG_HEADS,
  ORG_NOUNS,
  OUTLET_TAILS,
  PLACE_HEADS,
  PLACE_MIDDLES,
  PLACE_TAILS,
  PLACE_WORDS,
  SENTENCES,
  SURNAME_HEADS,
  SURNAME_MIDDLES,
  SURNAME_TAILS,
  TITLES,
  WEEKDAYS,
} from './templates';

export interface BenchCorpusOptions {
  seed: number;
  /** Words per document on average (each document is 80–120 % of it). Default 500. */
  words?: number;
  /** When given, every name written into a document is added to it. */
  used?: Set<string>;
}

export interface NamePools {
  persons: string[];
  organisations: string[];
  places: string[];
  outlets: string[];
}

export const POOL_SIZES = { persons: 30_000, organisations: 8_000, places: 8_000, outlets: 600 } as const;

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** An index skewed towards the start of a pool: a few names are everywhere, most are rare. */
function skewed(random: Random, size: number, skew: number): number {
  return Math.min(size - 1, Math.floor(size * random() ** skew));
}

/** Distinct names from `make` until the pool is full; `make` must be able to produce that many. */
function pool(random: Random, size: number, make: (random: Random) => string): string[] {
  const seen = new Set<string>();
  for (let tries = 0; seen.size < size && tries < size * 50; tries++) seen.add(make(random));
  return [...seen];
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function placeName(random: Random): string {
  return capitalise(`${pick(random, PLACE_HEADS)}${pick(random, PLACE_MIDDLES)}${pick(random, PLACE_TAILS)}`.toLowerCase());
}

/** The name pools of a seed: the same names, in the same order, for the same seed. */
export function namePools(seed: number): NamePools {
  const random = mulberry32(seed ^ 0x5eed);
  const surname = (r: Random) => capitalise(`${pick(r, SURNAME_HEADS)}${pick(r, SURNAME_MIDDLES)}${pick(r, SURNAME_TAILS)}`.toLowerCase());
  const persons = pool(random, POOL_SIZES.persons, (r) => `${pick(r, GIVEN_NAMES)} ${surname(r)}`);
  const places = pool(random, POOL_SIZES.places, (r) => (r() < 0.25 ? `${placeName(r)} ${pick(r, PLACE_WORDS)}` : placeName(r)));
  const organisations = pool(random, POOL_SIZES.organisations, (r) =>
    r() < 0.7 ? `${pick(r, ORG_ADJECTIVES)} ${pick(r, ORG_NOUNS)} ${pick(r, ORG_HEADS)}` : `${placeName(r)} ${pick(r, ORG_NOUNS)} ${pick(r, ORG_HEADS)}`,
  );
  const outlets = pool(random, POOL_SIZES.outlets, (r) => `${placeName(r)} ${pick(r, OUTLET_TAILS)}`);
  return { persons, organisations, places, outlets };
}

/** The cast of one document: the few entities the story is about, and who was already named. */
interface Cast {
  persons: string[];
  organisations: string[];
  places: string[];
  outlet: string;
  named: string[];
}

function castOf(random: Random, pools: NamePools): Cast {
  const some = (list: string[], n: number, skew: number) => Array.from({ length: n }, () => list[skewed(random, list.length, skew)]);
  return {
    persons: some(pools.persons, 3, 3),
    organisations: some(pools.organisations, 2, 3),
    places: some(pools.places, 2, 3),
    outlet: pools.outlets[skewed(random, pools.outlets.length, 2)],
    named: [],
  };
}

/** One entity for a slot: mostly the story's cast, sometimes anybody from the long tail. */
function entityFor(random: Random, cast: readonly string[], all: readonly string[]): string {
  return random() < 0.6 ? pick(random, cast) : all[skewed(random, all.length, 1.5)];
}

function fill(template: string, random: Random, pools: NamePools, cast: Cast, used?: Set<string>): string {
  const person = () => {
    const name = entityFor(random, cast.persons, pools.persons);
    if (!cast.named.includes(name)) cast.named.push(name);
    return name;
  };
  const note = (name: string) => {
    used?.add(name);
    return name;
  };
  return template.replace(/\{([A-Za-z])(\d?)\}/g, (_slot, kind: string) => {
    switch (kind) {
      case 'P':
        return note(person());
      case 'S': {
        if (cast.named.length === 0) return note(person());
        const surname = pick(random, cast.named).split(' ').slice(-1)[0];
        return random() < 0.7 ? `Mr ${surname}` : surname;
      }
      case 'T':
        return pick(random, TITLES);
      case 'O':
        return note(entityFor(random, cast.organisations, pools.organisations));
      case 'L':
        return note(entityFor(random, cast.places, pools.places));
      case 'N':
        return note(random() < 0.8 ? cast.outlet : pick(random, pools.outlets));
      case 'n':
        return String(1 + Math.floor(random() * 5000));
      case 'D':
        return pick(random, WEEKDAYS);
      case 'M':
        return pick(random, MONTHS);
      default:
        return kind;
    }
  });
}

export function wordCount(text: string): number {
  const words = text.split(/\s+/);
  return words.filter(Boolean).length;
}

/** A 32-bit seed per document, so that document i needs nothing of documents 0…i-1. */
function documentSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/** Document `index` of the corpus of `options.seed`. */
export function benchDocument(index: number, pools: NamePools, options: BenchCorpusOptions): DocumentInput {
  const random = mulberry32(documentSeed(options.seed, index));
  const cast = castOf(random, pools);
  const target = Math.round((options.words ?? 500) * (0.8 + 0.4 * random()));
  const title = fill(pick(random, HEADLINES), random, pools, cast, options.used);
  const paragraphs: string[] = [];
  let words = wordCount(title);
  while (words < target) {
    const sentences: string[] = [];
    const length = 1 + Math.floor(random() * 3);
    for (let s = 0; s < length && words < target; s++) {
      const sentence = fill(pick(random, SENTENCES), random, pools, cast, options.used);
      sentences.push(sentence);
      words += wordCount(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  const day = new Date(Date.UTC(2025, 0, 1 + (index % 365)));
  return {
    title,
    text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
    sourcePath: `bench/${String(index + 1).padStart(5, '0')}.txt`,
    outlet: cast.outlet,
    date: day.toISOString().slice(0, 10),
  };
}

/** Documents [from, to) of the corpus of `options.seed`, generated lazily. */
export function* benchCorpus(to: number, options: BenchCorpusOptions, from = 0, pools: NamePools = namePools(options.seed)): Generator<DocumentInput> {
  for (let i = from; i < to; i++) yield benchDocument(i, pools, options);
}
