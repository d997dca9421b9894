/**
 * Who speaks in a quotation. News writing names a speaker once ('Mr Putin said') and then leaves
 * them implicit: '"…," he said', or a following paragraph that is all quotation. Those sentences
 * are about the speaker too, so the speaker is added to them as an inferred mention: a pronoun
 * mention ('he', with its offsets) or a speaker mention (an empty span at the sentence start).
 * Inferred mentions link entities in the graph but are never counted or printed as names.
 */
import type { Mention } from '#model/types';
import { PERSON_PRONOUNS, QUOTE_MARKS, SPEECH_VERBS } from './grammar';
import type { Gender } from './lexicon';
import type { Analysis } from './nlp';
import { keyWords } from './normalize';
import { indexIn } from './spans';

interface Speaker {
  name: string;
  paragraph: number;
  gender?: Gender;
}

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * A person's gender as the text tells it: a title or given name in the mention ('Mrs May', 'Theresa
 * May') or just before it, or what an earlier mention of the same surname in the document said.
 */
function genderOf(m: Mention, wordBefore: string | undefined, genders: ReadonlyMap<string, Gender>, bySurname: Map<string, Gender>): Gender | undefined {
  const words = keyWords(m.text);
  const surname = keyWords(m.name).at(-1);
  const told = [wordBefore, ...words.slice(0, -1)].map((w) => (w === undefined ? undefined : genders.get(w))).find((g) => g !== undefined);
  if (surname === undefined) return told;
  if (told !== undefined) bySurname.set(surname, told);
  return told ?? bySurname.get(surname);
}

export function attributeSpeakers(
  analysis: Analysis,
  keys: readonly string[],
  mentions: Mention[],
  genders: ReadonlyMap<string, Gender> = new Map(),
): Mention[] {
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
  // The last speaker and person of each gender the text made known: 'she' goes to the last woman who spoke.
  const lastSpeakerOf = new Map<Gender, Speaker>();
  const lastPersonOf = new Map<Gender, Speaker>();
  const genderBySurname = new Map<string, Gender>();
  const recent = (speaker: Speaker | undefined, paragraph: number) => (speaker && paragraph - speaker.paragraph <= 2 ? speaker : undefined);

  const paragraphHasSpeech = new Set<number>();
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) if (SPEECH_VERBS.has(keys[i])) paragraphHasSpeech.add(s.paragraph);
  }

  for (const s of sentences) {
    const people = (bySentence.get(s.index) ?? []).filter((m) => m.type === 'PERSON');
    let attributed = false;
    const sentencePeople: Speaker[] = [];
    for (const m of people) {
      const first = indexIn(tokens.begin, m.begin);
      const last = indexIn(tokens.end, m.end);
      const person: Speaker = { name: m.name, paragraph: s.paragraph, gender: genderOf(m, first > 0 ? keys[first - 1] : undefined, genders, genderBySurname) };
      sentencePeople.push(person);
      const after = keys[last + 1] === 'has' || keys[last + 1] === 'had' ? keys[last + 2] : keys[last + 1];
      if ((last >= 0 && last < s.last && SPEECH_VERBS.has(after)) || (first > s.first && SPEECH_VERBS.has(keys[first - 1]))) {
        lastSpeaker = person;
        if (person.gender) lastSpeakerOf.set(person.gender, person);
        attributed = true;
      }
    }
    if (!attributed) {
      for (let i = s.first; i <= s.last; i++) {
        if (!PERSON_PRONOUNS.has(keys[i])) continue;
        const attribution = (i < s.last && SPEECH_VERBS.has(keys[i + 1])) || (i > s.first && SPEECH_VERBS.has(keys[i - 1]));
        if (!attribution) continue;
        const gender = PRONOUN_GENDER.get(keys[i]);
        const fits = (p: Speaker | undefined) => (p && (p.gender === undefined || p.gender === gender) ? p : undefined);
        const speaker =
          (gender && (recent(lastSpeakerOf.get(gender), s.paragraph) ?? lastPersonOf.get(gender))) ?? fits(recent(lastSpeaker, s.paragraph) ?? lastPerson);
        if (!speaker) break;
        inferred.push(inferredMention(s.index, tokens.begin[i], tokens.end[i], analysis.text, speaker.name, 'pronoun'));
        lastSpeaker = { ...speaker, paragraph: s.paragraph };
        if (speaker.gender) lastSpeakerOf.set(speaker.gender, lastSpeaker);
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
      lastSpeaker = { ...lastSpeaker, paragraph: s.paragraph };
    }
    if (sentencePeople.length > 0) lastPerson = sentencePeople[sentencePeople.length - 1];
    for (const p of sentencePeople) if (p.gender) lastPersonOf.set(p.gender, p);
  }
  if (inferred.length === 0) return mentions;
  return [...mentions, ...inferred].sort((a, b) => a.begin - b.begin || a.end - b.end);
}

function inferredMention(sentence: number, begin: number, end: number, text: string, name: string, source: 'pronoun' | 'speaker'): Mention {
  return { begin, end, text: text.slice(begin, end), type: 'PERSON', sentence, role: 'subject', source, name };
}
