import { trainingDocument } from '../../../server/cli/train';
import { analyse } from '../../../server/extract/nlp';
import { tokenKey } from '../../../server/extract/normalize';
import { readByRules } from '../../../server/extract/mentions';
import { spansOfTags } from '../../../server/extract/tagger/bio';
import { readConll } from '../../../server/extract/tagger/conll';
import { decode } from '../../../server/extract/tagger/decoder';
import { featureContext } from '../../../server/extract/tagger/features';
import { parseModel, serializeModel } from '../../../server/extract/tagger/model';
import { classesFromMap } from '../../../server/extract/tagger/word-classes';
import { trainTagger } from '../../../server/extract/tagger/train';
import { realLexicon } from '../../helpers/fixtures';

/** Names no lexicon holds, so that the model can only learn them from the slice. */
const PEOPLE = ['Quorin Vadesh', 'Ilsa Marrowby', 'Tovan Keleth', 'Brisa Oldane', 'Pell Strovanic', 'Dagny Wolloch'];
const BODIES = ['Harkmoor Holdings', 'Velstrand Council', 'Ombrel Union', 'Tessik Bank'];
const PLACES = ['Carrowvale', 'Dunmerrin', 'Kesh Harbour', 'Lowbridge'];

/** A CoNLL-format slice made here: sentences of the same few patterns with the names above. */
function slice(count: number, offset: number): string {
  const lines = ['-DOCSTART- -X- -X- O', ''];
  const labelled = (name: string, label: string): string[] => name.split(' ').map((w) => `${w} NNP I-NP I-${label}`);
  const plain = (words: string): string[] => words.split(' ').map((w) => `${w} XX I-NP O`);
  for (let n = 0; n < count; n++) {
    const person = PEOPLE[(n + offset) % PEOPLE.length];
    const body = BODIES[(n * 3 + offset) % BODIES.length];
    const place = PLACES[(n * 7 + offset) % PLACES.length];
    lines.push(
      ...labelled(person, 'PER'),
      ...plain('of the'),
      ...labelled(body, 'ORG'),
      ...plain('arrived in'),
      ...labelled(place, 'LOC'),
      ...plain('on Tuesday .'),
      '',
    );
  }
  return lines.join('\n');
}

/** A word class table of the slice's places and nothing else. */
const PLACE_CLASSES = classesFromMap(new Map(['carrowvale', 'dunmerrin', 'lowbridge'].map((w) => [w, 0b1100000000])));

function train(seed: number, classes = PLACE_CLASSES) {
  const lexicon = realLexicon();
  const docs = readConll(slice(40, 0)).map((d) => trainingDocument(d, lexicon, classes));
  return trainTagger(docs, { epochs: 4, seed });
}

describe('trainTagger', () => {
  it('learns the people, bodies and places of a small slice', () => {
    const model = train(1);
    const lexicon = realLexicon();
    const text = 'Brisa Oldane of the Ombrel Union arrived in Dunmerrin on Tuesday.';
    const analysis = analyse(text);
    const keys = analysis.tokens.value.map(tokenKey);
    const tags = decode(model, featureContext(analysis, keys, lexicon, readByRules(analysis, keys, lexicon), model.classes), 'greedy');
    const found = spansOfTags(tags).map((s) => [text.slice(analysis.tokens.begin[s.first], analysis.tokens.end[s.last]), s.type]);
    expect(found).toEqual([
      ['Brisa Oldane', 'PERSON'],
      ['Ombrel Union', 'ORGANIZATION'],
      ['Dunmerrin', 'LOCATION'],
    ]);
  });

  it('keeps the word classes it was trained with in its file', () => {
    const read = parseModel(serializeModel(train(1)), 'model');
    expect(read.classes.pathOf('dunmerrin')).toBe(0b1100000000);
    expect(read.classes.pathOf('brisa')).toBeUndefined();
  });

  it('gives the same model for the same seed', () => {
    expect(serializeModel(train(7))).toBe(serializeModel(train(7)));
  });
});

describe('readConll', () => {
  it('writes sentences as text with labelled spans at their offsets', () => {
    const [doc] = readConll('-DOCSTART- -X- O O\n\n" X O\nAsk X B-PER\nMe X I-PER\n, X O\n" X O\nsaid X O\nLeeds X I-ORG\n( X O\nU.K. X I-LOC\n) X O\n. X O\n');
    expect(doc.text).toBe('"Ask Me," said Leeds (U.K.).');
    expect(doc.spans.map((s) => [doc.text.slice(s.begin, s.end), s.type])).toEqual([
      ['Ask Me', 'PERSON'],
      ['Leeds', 'ORGANIZATION'],
      ['U.K.', 'LOCATION'],
    ]);
  });
});
