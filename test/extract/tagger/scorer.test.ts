/**
 * The context scorer (server/extract/tagger/scorer.ts) numbers attribute values instead of writing
 * feature strings: its sums must equal the model's weights of the named features, whatever the text.
 */
import { TAG_COUNT } from '../../../server/extract/tagger/bio';
import { contextFeatures, featureContext, type FeatureContext } from '../../../server/extract/tagger/features';
import { defaultTagger } from '../../../server/extract/tagger';
import { addScores, type TaggerModel } from '../../../server/extract/tagger/model';
import { ContextScorer } from '../../../server/extract/tagger/scorer';
import { readByRules } from '../../../server/extract/mentions';
import { analyse } from '../../../server/extract/nlp';
import { tokenKey } from '../../../server/extract/normalize';
import { realLexicon } from '../../helpers/fixtures';

function contextOf(text: string): FeatureContext {
  const analysis = analyse(text);
  const keys = analysis.tokens.value.map(tokenKey);
  return featureContext(analysis, keys, realLexicon(), readByRules(analysis, keys, realLexicon()));
}

/** The context scores read feature by feature, by name. */
function byName(model: TaggerModel, ctx: FeatureContext): number[] {
  const out = new Float64Array(ctx.keys.length * TAG_COUNT);
  for (let i = 0; i < ctx.keys.length; i++) addScores(model, contextFeatures(ctx, i), out.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT));
  return [...out];
}

function expectClose(actual: Float64Array, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((v, k) => expect(actual[k]).toBeCloseTo(v, 9));
}

const TEXT = [
  'MOSCOW (Reuters) - Russian President Vladimir Putin met Bashar al-Assad in Sochi on Tuesday, RIA Novosti said.',
  '"We will not leave," Mr Putin told reporters. The UN special envoy for Syria, Geir Pedersen, welcomed the talks.',
  'SOCCER - LEEDS BEAT CHELSEA 2-1.',
].join('\n\n');

describe('ContextScorer', () => {
  it("gives each token the sum of its named context features' weights", () => {
    const model = defaultTagger();
    const ctx = contextOf(TEXT);
    expectClose(new ContextScorer(model).score(ctx)!, byName(model, ctx));
  });

  it('scores a document the same after others have been numbered before it', () => {
    const model = defaultTagger();
    const scorer = new ContextScorer(model);
    scorer.score(contextOf('Lord Carrington of the Foreign Office flew to Buenos Aires; the junta in Argentina waited.'));
    const ctx = contextOf(TEXT);
    expectClose(scorer.score(ctx)!, byName(model, ctx));
  });

  it('refuses a document with more distinct word shapes than it can number, and then numbers the next one afresh', () => {
    const model = defaultTagger();
    const scorer = new ContextScorer(model);
    // Each CJK character is its own shape: two thousand of them overflow the numbering.
    const rich = Array.from({ length: 2000 }, (_, k) => String.fromCodePoint(0x4e00 + k)).join(' ');
    expect(scorer.score(contextOf(rich))).toBeUndefined();
    const ctx = contextOf(TEXT);
    expectClose(scorer.score(ctx)!, byName(model, ctx));
  });
});
