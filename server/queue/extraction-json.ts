/**
 * A worker's extraction as the queue holds it: the packed form of the extraction threads
 * (extraction-codec.ts) with its typed arrays as JSON arrays. What the committer reads back is
 * checked for shape and bounds, and belongs to the text only if its content hash says so.
 */
import { z } from 'zod';
import { contentHash } from '../corpus/content-hash';
import { packExtraction, unpackExtraction, type PackedExtraction } from '../corpus/extraction-codec';
import type { PriorExtraction } from '../corpus/pipeline';
import { QueueError } from '#model/errors';
import { MERGE_REASONS } from '#model/types';

const whole = z.number().int();

const extractionJson = z.object({
  words: whole.nonnegative(),
  hash: z.string(),
  sentences: z.array(whole),
  mentions: z.array(whole),
  names: z.array(z.string().nullable()),
  texts: z.array(z.tuple([whole, z.string()])),
  refersTo: z.array(z.tuple([whole, z.string()])),
  titles: z.array(z.tuple([whole, z.string()])),
  asked: z.array(z.tuple([z.string(), whole])),
  locals: z.array(
    z.object({
      type: whole,
      label: z.string(),
      keys: z.array(z.string()),
      mentions: z.array(whole),
      reasons: z.array(z.tuple([z.string(), z.enum(MERGE_REASONS)])),
      canonical: z.boolean(),
    }),
  ),
});

export type ExtractionJson = z.infer<typeof extractionJson>;

/** The extraction of `text`, as a worker writes it into the queue. */
export function extractionToJson(text: string, prior: PriorExtraction): ExtractionJson {
  const packed = packExtraction(text, prior);
  return { ...packed, sentences: Array.from(packed.sentences), mentions: Array.from(packed.mentions) };
}

/** What is wrong with an unpacked extraction of `text`, or undefined when every span and code is in bounds. */
function outOfBounds(text: string, prior: PriorExtraction): string | undefined {
  const { sentences, mentions } = prior.extraction;
  const span = (s: { begin: number; end: number }) => s.begin >= 0 && s.begin <= s.end && s.end <= text.length;
  if (!sentences.every(span)) return 'a sentence lies outside the text';
  const bad = mentions.findIndex(
    (m) => !span(m) || m.type === undefined || m.role === undefined || m.source === undefined || sentences[m.sentence] === undefined,
  );
  if (bad >= 0) return `mention ${bad} has a span, sentence or code out of bounds`;
  const local = prior.locals.find((l) => l.type === undefined || l.mentions.some((i) => mentions[i] === undefined));
  if (local) return `entity '${local.label}' has a type or mention out of bounds`;
  return undefined;
}

/** The extraction of `text` read back from the queue; QueueError saying why when it cannot be used. */
export function readExtraction(text: string, value: unknown): PriorExtraction {
  const parsed = extractionJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QueueError(`malformed extraction: ${issue?.path.join('.') || 'extraction'} ${issue?.message ?? 'is not valid'}`);
  }
  if (parsed.data.hash !== contentHash(text)) throw new QueueError('the extraction was made of another text (its content hash differs)');
  const packed: PackedExtraction = { ...parsed.data, sentences: Int32Array.from(parsed.data.sentences), mentions: Int32Array.from(parsed.data.mentions) };
  let prior: PriorExtraction;
  try {
    prior = unpackExtraction(text, packed);
  } catch (error) {
    throw new QueueError(`malformed extraction: ${error instanceof Error ? error.message : String(error)}`);
  }
  const wrong = outOfBounds(text, prior);
  if (wrong !== undefined) throw new QueueError(`malformed extraction: ${wrong}`);
  return prior;
}
