/**
 * Who speaks in a quotation. News writing names a speaker once ('Mr Putin said') and then leaves
 * them implicit: '"…," he said', or a following paragraph that is all quotation. Those sentences
 * are about the speaker too, so the speaker is added to them as an inferred mention: a pronoun
 * mention ('he', with its offsets) or a speaker mention (an empty span at the sentence start).
 * Inferred mentions link entities in the graph but are never counted or printed as names.
 */
import type { Mention } from '../model/types';
import { PERSON_PRONOUNS, QUOTE_MARKS, SPEECH_VERBS } from './grammar';
import type { Analysis } from './nlp';

interface Speaker {
  name: string;
  paragraph: number;
}

export function attributeSpeakers(analysis: Analysis, keys: readonly string[], mentions: Mention[]): Mention[] {
  const { tokens, sentences } = analysis;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }

  const inferred: Mention[] = [];
  let lastSpeaker: Speaker | undefined;
  let lastPerson: Speaker | undefined;
  let quotedParagraph = -1;

  const paragraphHasSpeech = new Set<number>();
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) if (SPEECH_VERBS.has(keys[i])) paragraphHasSpeech.add(s.paragraph);
  }

  for (const s of sentences) {
    const people = (bySentence.get(s.index) ?? []).filter((m) => m.type === 'PERSON');
    let attributed = false;
    for (const m of people) {
      const first = indexIn(tokens.begin, m.begin);
      const last = indexIn(tokens.end, m.end);
      const after = keys[last + 1] === 'has' || keys[last + 1] === 'had' ? keys[last + 2] : keys[last + 1];
      if ((last >= 0 && last < s.last && SPEECH_VERBS.has(after)) || (first > s.first && SPEECH_VERBS.has(keys[first - 1]))) {
        lastSpeaker = { name: m.name, paragraph: s.paragraph };
        attributed = true;
      }
    }
    if (!attributed) {
      for (let i = s.first; i <= s.last; i++) {
        if (!PERSON_PRONOUNS.has(keys[i])) continue;
        const attribution = (i < s.last && SPEECH_VERBS.has(keys[i + 1])) || (i > s.first && SPEECH_VERBS.has(keys[i - 1]));
        if (!attribution) continue;
        const speaker = lastSpeaker && s.paragraph - lastSpeaker.paragraph <= 2 ? lastSpeaker : lastPerson;
        if (!speaker) break;
        inferred.push(inferredMention(s.index, tokens.begin[i], tokens.end[i], analysis.text, speaker.name, 'pronoun'));
        lastSpeaker = { name: speaker.name, paragraph: s.paragraph };
        attributed = true;
        break;
      }
    }
    // A paragraph that opens with a quotation and attributes it to nobody continues the previous speaker.
    const opensQuote = QUOTE_MARKS.has(tokens.value[s.first]);
    if (
      !attributed &&
      lastSpeaker &&
      !paragraphHasSpeech.has(s.paragraph) &&
      (quotedParagraph === s.paragraph || (opensQuote && lastSpeaker.paragraph === s.paragraph - 1))
    ) {
      inferred.push(inferredMention(s.index, s.begin, s.begin, analysis.text, lastSpeaker.name, 'speaker'));
      quotedParagraph = s.paragraph;
      lastSpeaker = { name: lastSpeaker.name, paragraph: s.paragraph };
    }
    if (people.length > 0) {
      const last = people[people.length - 1];
      lastPerson = { name: last.name, paragraph: s.paragraph };
    }
  }
  if (inferred.length === 0) return mentions;
  return [...mentions, ...inferred].sort((a, b) => a.begin - b.begin || a.end - b.end);
}

/** The index of `value` in a strictly increasing list, or -1: a token by its offset, without a map of every token. */
function indexIn(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return middle;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function inferredMention(sentence: number, begin: number, end: number, text: string, name: string, source: 'pronoun' | 'speaker'): Mention {
  return { begin, end, text: text.slice(begin, end), type: 'PERSON', sentence, role: 'subject', source, name };
}
