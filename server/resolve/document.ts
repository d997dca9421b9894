/**
 * Resolution within one document: its mentions grouped into local entities. Within an article a
 * surname stands for the full name given before it ('Mr Putin' after 'Vladimir Putin') and an
 * acronym for its expansion ('Islamic State of Iraq and the Levant (Isil)'); lexicon variants
 * (Isis, ISIS, Isil) and nationality words ('Russian' → Russia) already carry their canonical name.
 */
import type { EntityType, MergeReason, Mention } from '#model/types';
import { keyWords, nameKey } from '../extract/normalize';
import { loneSurname, MINOR_WORDS, personHead, personHeads, shorterNames } from './head';
import { isSpellingVariantWord } from './variants';

/** A group of mentions of one document that name the same thing. */
export interface LocalEntity {
  type: EntityType;
  /** Display label: the canonical or the fullest name. */
  label: string;
  /** Normalised names under which the corpus may already know this entity. */
  keys: Set<string>;
  /** Indexes into the document's mention list. */
  mentions: number[];
  /** Why names were joined, each with the name that was joined. */
  reasons: { name: string; reason: MergeReason }[];
  /** True when the label came from a lexicon: it is then the canonical name, not just the longest. */
  canonical: boolean;
}

/** The last word of a person's name, without particles ('Bashar al-Assad' → 'assad'). */
export function surnameKey(name: string): string {
  const words = keyWords(name);
  return words.length > 0 ? words[words.length - 1] : '';
}

/** Initials of the significant words of a name ('Shanghai Cooperation Organization' → 'sco'). */
export function initials(name: string): string {
  let letters = '';
  for (const w of keyWords(name)) if (!MINOR_WORDS.has(w)) letters += w[0];
  return letters;
}

function wordCount(name: string): number {
  return keyWords(name).length;
}

export function resolveDocument(text: string, mentions: readonly Mention[]): LocalEntity[] {
  const groups = new Map<string, LocalEntity>();
  // Each mention's name keys, worked out once: the steps below ask for them several times.
  const nameKeys = mentions.map((m) => nameKey(m.name));
  // An office standing for its holder (its whole text a title) is no name of the holder's: the office passes on.
  const textKeys = mentions.map((m) => (m.source === 'text' && m.title !== m.text ? nameKey(m.text) : undefined));
  mentions.forEach((m, index) => {
    const key = `${m.type}|${nameKeys[index]}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: m.type, label: m.name, keys: new Set([nameKeys[index]]), mentions: [], reasons: [], canonical: false };
      groups.set(key, group);
    }
    group.mentions.push(index);
    const textKey = textKeys[index];
    if (textKey !== undefined) {
      group.keys.add(textKey);
      if (m.refersTo) group.reasons.push({ name: m.text, reason: 'nationality' });
      else if (textKey !== nameKeys[index]) group.reasons.push({ name: m.text, reason: 'known-variant' });
    }
  });
  // A name the lexicon gave: a nationality word, a name written otherwise in the text, or an outlet.
  const isLexiconName = (i: number) =>
    textKeys[i] !== undefined && (mentions[i].refersTo !== undefined || textKeys[i] !== nameKeys[i] || mentions[i].type === 'OUTLET');
  for (const group of groups.values()) group.canonical = group.mentions.some(isLexiconName);

  const all = [...groups.values()];
  joinShorterNames(all);
  joinSurnames(all, mentions);
  joinAcronyms(all, mentions, text);
  return all.filter((g) => g.mentions.length > 0);
}

function absorb(into: LocalEntity, from: LocalEntity, reason: MergeReason, name: string): void {
  into.mentions.push(...from.mentions);
  for (const key of from.keys) into.keys.add(key);
  into.reasons.push(...from.reasons, { name, reason });
  from.mentions = [];
}

/** 'Tayyip Erdogan' joins 'Recep Tayyip Erdogan' when the document names one such person in full. */
function joinShorterNames(groups: LocalEntity[]): void {
  const people = groups.filter((g) => g.type === 'PERSON' && !g.canonical && personHead(g.label) !== undefined && loneSurname(g.label) === undefined);
  for (const group of people) {
    const key = keyWords(group.label).join(' ');
    const longer = people.filter((f) => f !== group && f.mentions.length > 0 && shorterNames(f.label).includes(key));
    if (group.mentions.length > 0 && longer.length === 1) absorb(longer[0], group, 'surname', group.label);
  }
}

/** 'Putin', 'Mr Putin' and 'al-Assad' join 'Vladimir Putin' or 'Bashar al-Assad'; of several full names, the nearest one before wins. */
function joinSurnames(groups: LocalEntity[], mentions: readonly Mention[]): void {
  // Only a person's surname stands for the name: 'Bill' is no head of 'Prevention of Terrorism Bill', nor 'London' of 'East End of London'.
  const fullNames = groups.filter((g) => g.type === 'PERSON' && loneSurname(g.label) === undefined && personHead(g.label) !== undefined);
  for (const group of groups) {
    const surname = group.type === 'PERSON' && !group.canonical ? loneSurname(group.label) : undefined;
    if (group.mentions.length === 0 || surname === undefined) continue;
    const exact = fullNames.filter((f) => f.mentions.length > 0 && personHeads(f.label).includes(surname));
    // 'Felgenhauer' after 'Pavel Felgenhaeur': the same surname in another transliteration.
    const variants = exact.length > 0 ? [] : fullNames.filter((f) => f.mentions.length > 0 && isSpellingVariantWord(surnameKey(f.label), surname));
    const candidates = exact.length > 0 ? exact : variants.length === 1 ? variants : [];
    if (candidates.length === 0) continue;
    const firstUse = Math.min(...group.mentions.map((i) => mentions[i].begin));
    const nearest = (f: LocalEntity) => Math.max(-1, ...f.mentions.map((i) => mentions[i].begin).filter((b) => b < firstUse));
    const chosen = candidates.length === 1 ? candidates[0] : candidates.reduce((a, b) => (nearest(b) > nearest(a) ? b : a));
    absorb(chosen, group, exact.length > 0 ? 'surname' : 'transliteration', group.label);
  }
}

/** An acronym joins the name it abbreviates: defined in brackets right after it, or by its initials. */
function joinAcronyms(groups: LocalEntity[], mentions: readonly Mention[], text: string): void {
  const named = groups.filter((g) => g.type !== 'PERSON' && wordCount(g.label) > 1);
  // Where each multi-word name ends, to find 'Name (ACRONYM)' without comparing every pair.
  const endsAt = new Map<number, LocalEntity>();
  for (const f of named) for (const j of f.mentions) endsAt.set(mentions[j].end, f);
  // Labels do not change while acronyms join: each name's initials are worked out once.
  const initialsOf = new Map(named.map((f) => [f, initials(f.label)]));
  for (const group of groups) {
    if (group.mentions.length === 0 || wordCount(group.label) !== 1 || group.type === 'PERSON') continue;
    const acronym = nameKey(group.label);
    if (acronym.length < 2) continue;
    const defined = group.mentions.map((i) => endsAt.get(bracketOpening(text, mentions[i].begin))).find(Boolean);
    const byInitials = named.filter((f) => f.mentions.length > 0 && initialsOf.get(f) === acronym);
    const chosen = defined ?? (byInitials.length === 1 ? byInitials[0] : undefined);
    if (chosen && chosen !== group && chosen.mentions.length > 0) absorb(chosen, group, 'acronym', group.label);
  }
}

/** The offset where the text before `at` reads '… (' (spaces allowed around the bracket), or -1. */
function bracketOpening(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== '(') return -1;
  i--;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i + 1;
}
