/**
 * `plexus train --data FILE…`: trains the entity tagger on CoNLL-2003-format files and writes the
 * model to data/models/. Each document is read by wink-nlp and the rule extractor exactly as at
 * run time, and the file's labels are carried onto wink's tokens by character offsets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { loadLexicon, type Lexicon } from '../extract/lexicon';
import { readByRules } from '../extract/mentions';
import { analyse } from '../extract/nlp';
import { tokenKey } from '../extract/normalize';
import { tagsOfSpans } from '../extract/tagger/bio';
import { readConll, type LabelledDocument } from '../extract/tagger/conll';
import { featureContext } from '../extract/tagger/features';
import { defaultModelFile } from '../extract/tagger';
import { saveModel } from '../extract/tagger/model';
import { trainTagger, type TrainingDocument } from '../extract/tagger/train';
import { clusterWords } from '../extract/tagger/clusters';
import { loadWordVectors, wordsOfText } from '../extract/tagger/embeddings';
import { NO_WORD_CLASSES, type WordClasses } from '../extract/tagger/word-classes';
import { readArgs } from './args';

const USAGE = 'usage: plexus train --data FILE [--data FILE…] [--epochs N] [--seed N] [--classes N] [--out FILE]';

/** Words of the embeddings' vocabulary clustered, most frequent first, besides the training text's; the others follow the tree down. */
const CLASS_WORDS = 100_000;

/** A labelled document as the trainer sees it: the runtime's analysis, features and gold tags. */
export function trainingDocument(doc: LabelledDocument, lexicon: Lexicon, classes: WordClasses = NO_WORD_CLASSES): TrainingDocument {
  const analysis = analyse(doc.text);
  const keys = analysis.tokens.value.map(tokenKey);
  const ctx = featureContext(analysis, keys, lexicon, readByRules(analysis, keys, lexicon), classes);
  return { ctx, gold: tagsOfSpans(analysis.tokens.begin, analysis.tokens.end, doc.spans) };
}

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`--${name} must be a whole number, not ${JSON.stringify(value)}`);
  return n;
}

/** Classes for the most frequent words of the embeddings and the training text's words. */
function wordClasses(documents: readonly LabelledDocument[], top: number, seed: number, started: number): WordClasses {
  const seen = new Set(documents.flatMap((d) => wordsOfText(d.text)));
  const vectors = loadWordVectors(top, seen);
  const classes = clusterWords(vectors, vectors.core, seed);
  process.stderr.write(`plexus train: ${vectors.core} words clustered, ${classes.size} classed, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return classes;
}

export async function trainCommand(argv: string[]): Promise<number> {
  const parsed = readArgs('train', USAGE, argv, {
    data: { type: 'string', multiple: true },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    classes: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const files = values.data ?? [];
  let epochs: number;
  let seed: number;
  let classWords: number;
  try {
    epochs = wholeNumber(values.epochs, 6, 'epochs');
    seed = wholeNumber(values.seed, 1, 'seed');
    classWords = wholeNumber(values.classes, CLASS_WORDS, 'classes');
  } catch (error) {
    process.stderr.write(`plexus train: ${(error as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`plexus train: give at least one --data file\n${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
  const labelled: LabelledDocument[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`plexus train: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})\n`);
      return 1;
    }
    labelled.push(...readConll(content));
  }
  const classes = classWords > 0 ? wordClasses(labelled, classWords, seed, started) : NO_WORD_CLASSES;
  const documents = labelled.map((doc) => trainingDocument(doc, lexicon, classes));
  const tokens = documents.reduce((n, d) => n + d.gold.length, 0);
  process.stderr.write(`plexus train: ${documents.length} documents, ${tokens} tokens read in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const model = trainTagger(documents, {
    epochs,
    seed,
    progress: (epoch, accuracy) =>
      process.stderr.write(
        `plexus train: epoch ${epoch}/${epochs}, ${(accuracy * 100).toFixed(2)} % of tokens right, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      ),
  });
  model.about.data = files.map((f) => path.basename(f)).join(' ');
  const out = values.out ?? defaultModelFile();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  saveModel(model, out);
  process.stderr.write(`plexus train: wrote ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
