/**
 * BIO tags: the labels the tagger predicts for each token, and the conversions between labelled
 * character spans and tags on wink-nlp's tokens.
 */

/** The entity types the model learns; outlets and nationality words stay with the rules. */
export const TAGGED_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
export type TaggedType = (typeof TAGGED_TYPES)[number];

/** Tag 0 is O; then B and I of each type, in TAGGED_TYPES order. */
export const TAGS: readonly string[] = ['O', ...TAGGED_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const TAG_COUNT = TAGS.length;

export function beginTag(type: TaggedType): number {
  return 1 + 2 * TAGGED_TYPES.indexOf(type);
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

export function typeOfTag(tag: number): TaggedType | undefined {
  return tag === 0 ? undefined : TAGGED_TYPES[(tag - 1) >> 1];
}

export interface TypedSpan {
  begin: number;
  end: number;
  type: TaggedType;
}

/** Tags for tokens (given by their character ranges) from labelled spans: a token overlapping a span takes its type. */
export function tagsOfSpans(begins: readonly number[], ends: readonly number[], spans: readonly TypedSpan[]): Uint8Array {
  const tags = new Uint8Array(begins.length);
  const sorted = [...spans].sort((a, b) => a.begin - b.begin);
  let s = 0;
  for (let i = 0; i < begins.length; i++) {
    while (s < sorted.length && sorted[s].end <= begins[i]) s++;
    const span = sorted[s];
    if (span === undefined || span.begin >= ends[i]) continue;
    const b = beginTag(span.type);
    tags[i] = i > 0 && tags[i - 1] !== 0 && typeOfTag(tags[i - 1]) === span.type && ends[i - 1] > span.begin ? b + 1 : b;
  }
  return tags;
}

/** Token ranges [first, last] of the entities a tag sequence marks; an I without its B opens an entity. */
export function spansOfTags(tags: ArrayLike<number>): { first: number; last: number; type: TaggedType }[] {
  const out: { first: number; last: number; type: TaggedType }[] = [];
  for (let i = 0; i < tags.length; i++) {
    const type = typeOfTag(tags[i]);
    if (type === undefined) continue;
    const open = out[out.length - 1];
    if (isInside(tags[i]) && open !== undefined && open.last === i - 1 && open.type === type) open.last = i;
    else out.push({ first: i, last: i, type });
  }
  return out;
}
