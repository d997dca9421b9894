/**
 * An extraction made by a worker thread, packed for its way back to the writer. Copying it between
 * threads as it is (a hundred small objects and their strings) cost the writer, the busiest thread
 * of a parallel ingest, more than a quarter of a millisecond per document to take in. Packed, its
 * numbers travel in typed arrays whose memory is handed over rather than copied, a mention's text
 * is not sent at all (it is the document's text between its offsets), and the writer rebuilds the
 * objects in a few microseconds.
 */
import { ENTITY_TYPES, type EntityType, type Mention, type MentionRole, type MentionSource, type MergeReason, type Sentence } from '#model/types';
import type { LocalEntity } from '../resolve/document';
import type { PriorExtraction } from './pipeline';

const ROLES: readonly MentionRole[] = ['subject', 'reporting', 'correspondent'];
const SOURCES: readonly MentionSource[] = ['text', 'pronoun', 'speaker', 'correspondent'];

/** Numbers per sentence: index, paragraph, begin, end. */
const SENTENCE_FIELDS = 4;
/** Numbers per mention: begin, end, sentence, type, role, source. */
const MENTION_FIELDS = 6;

export interface PackedExtraction {
  words: number;
  hash: string;
  sentences: Int32Array;
  mentions: Int32Array;
  /** Each mention's name, or null when it is the mention's text (most are). */
  names: (string | null)[];
  /** Mentions whose text is not the document's text between their offsets, which should not happen: their index and text. */
  texts: [number, string][];
  /** The mentions that refer to a country: their index and the country. */
  refersTo: [number, string][];
  /** The mentions written with an office or role: their index and the title. */
  titles: [number, string][];
  /** Each name the extraction asked the corpus about, with the type code it was told, -1 for none. */
  asked: [string, number][];
  locals: { type: number; label: string; keys: string[]; mentions: number[]; reasons: [string, MergeReason][]; canonical: boolean }[];
}

function code<T>(values: readonly T[], value: T): number {
  const found = values.indexOf(value);
  if (found < 0) throw new Error(`cannot pack '${String(value)}'`);
  return found;
}

export function packExtraction(text: string, prior: PriorExtraction): PackedExtraction {
  const { sentences, mentions, words } = prior.extraction;
  const packedSentences = new Int32Array(sentences.length * SENTENCE_FIELDS);
  sentences.forEach((s, i) => packedSentences.set([s.index, s.paragraph, s.begin, s.end], i * SENTENCE_FIELDS));
  const packedMentions = new Int32Array(mentions.length * MENTION_FIELDS);
  const names: (string | null)[] = [];
  const refersTo: [number, string][] = [];
  const titles: [number, string][] = [];
  const texts: [number, string][] = [];
  mentions.forEach((m, i) => {
    if (m.text !== text.slice(m.begin, m.end)) texts.push([i, m.text]);
    packedMentions.set([m.begin, m.end, m.sentence, code(ENTITY_TYPES, m.type), code(ROLES, m.role), code(SOURCES, m.source)], i * MENTION_FIELDS);
    names.push(m.name === m.text ? null : m.name);
    if (m.refersTo !== undefined) refersTo.push([i, m.refersTo]);
    if (m.title !== undefined) titles.push([i, m.title]);
  });
  return {
    words,
    hash: prior.hash,
    sentences: packedSentences,
    mentions: packedMentions,
    names,
    texts,
    refersTo,
    titles,
    asked: prior.asked.map(([name, type]) => [name, type === undefined ? -1 : code(ENTITY_TYPES, type)]),
    locals: prior.locals.map((l) => ({
      type: code(ENTITY_TYPES, l.type),
      label: l.label,
      keys: [...l.keys],
      mentions: l.mentions,
      reasons: l.reasons.map((r) => [r.name, r.reason]),
      canonical: l.canonical,
    })),
  };
}

/** The memory a packed extraction can hand over to the other thread instead of copying it. */
export function transferables(packed: PackedExtraction): ArrayBuffer[] {
  return [packed.sentences.buffer as ArrayBuffer, packed.mentions.buffer as ArrayBuffer];
}

export function unpackExtraction(text: string, packed: PackedExtraction): PriorExtraction {
  const s = packed.sentences;
  const sentences: Sentence[] = new Array(s.length / SENTENCE_FIELDS);
  for (let i = 0, at = 0; at < s.length; i++, at += SENTENCE_FIELDS) {
    sentences[i] = { begin: s[at + 2], end: s[at + 3], index: s[at], paragraph: s[at + 1] };
  }
  const m = packed.mentions;
  const mentions: Mention[] = new Array(m.length / MENTION_FIELDS);
  for (let i = 0, at = 0; at < m.length; i++, at += MENTION_FIELDS) {
    const mentionText = text.slice(m[at], m[at + 1]);
    mentions[i] = {
      begin: m[at],
      end: m[at + 1],
      text: mentionText,
      type: ENTITY_TYPES[m[at + 3]],
      sentence: m[at + 2],
      role: ROLES[m[at + 4]],
      source: SOURCES[m[at + 5]],
      name: packed.names[i] ?? mentionText,
    };
  }
  for (const [i, mentionText] of packed.texts) {
    mentions[i].name = packed.names[i] ?? mentionText;
    mentions[i].text = mentionText;
  }
  for (const [i, country] of packed.refersTo) mentions[i].refersTo = country;
  for (const [i, title] of packed.titles) mentions[i].title = title;
  const locals: LocalEntity[] = packed.locals.map((l) => ({
    type: ENTITY_TYPES[l.type],
    label: l.label,
    keys: new Set(l.keys),
    mentions: l.mentions,
    reasons: l.reasons.map(([name, reason]) => ({ name, reason })),
    canonical: l.canonical,
  }));
  const asked: [string, EntityType | undefined][] = packed.asked.map(([name, type]) => [name, type < 0 ? undefined : ENTITY_TYPES[type]]);
  return { extraction: { sentences, mentions, words: packed.words }, asked, locals, hash: packed.hash };
}
