/** The explorer's words for curation: what a rule did, and why a name belongs to an entity. */

import { describeMerge, describeRule, REASON_TEXT } from '../../client/src/state/curation';
import type { MergeRecord } from '#model/types';

const labels: Record<string, string> = { 'vladimir-putin': 'Vladimir Putin', felgenhauer: 'Felgenhauer', 'pavel-felgenhaeur': 'Pavel Felgenhaeur' };
const labelOf = (id: string) => labels[id] ?? id;
const at = '2026-03-04T05:06:07.000Z';

describe('curation in words', () => {
  it.each([
    [{ id: 1, at, action: 'merge', entity: 'felgenhauer', into: 'pavel-felgenhaeur' } as const, 'merge Felgenhauer into Pavel Felgenhaeur'],
    [{ id: 2, at, action: 'split', entity: 'vladimir-putin', alias: 'Putin', created: 'putin.2' } as const, 'split “Putin” off Vladimir Putin'],
    [{ id: 3, at, action: 'rename', entity: 'vladimir-putin', label: 'President Putin' } as const, 'rename Vladimir Putin to “President Putin”'],
    [{ id: 4, at, action: 'retype', entity: 'gone', type: 'ORGANIZATION' } as const, 'make gone an organization'],
    [{ id: 6, at, action: 'retype', entity: 'vladimir-putin', type: 'PERSON' } as const, 'make Vladimir Putin a person'],
    [{ id: 5, at, action: 'hide', entity: 'vladimir-putin' } as const, 'hide Vladimir Putin'],
  ])('%j reads “%s”', (rule, words) => {
    expect(describeRule(rule, labelOf)).toBe(words);
  });

  it('says why the resolver or a person merged a name', () => {
    const surname: MergeRecord = { name: 'putin', from: null, reason: 'surname', by: 'resolver', at: null };
    expect(describeMerge(surname)).toBe('putin: the surname of the full name');
    const byHand: MergeRecord = { name: 'Felgenhauer', from: 'felgenhauer', reason: 'curated', by: 'user', at };
    expect(describeMerge(byHand)).toBe('Felgenhauer: merged by hand (2026-03-04)');
    const across: MergeRecord = { name: 'putin', from: 'putin', reason: 'surname', by: 'resolver', at };
    expect(describeMerge(across)).toBe('putin: the surname of the full name, across documents (2026-03-04)');
  });

  it('has words for every reason', () => {
    for (const text of Object.values(REASON_TEXT)) expect(text).not.toBe('');
  });
});
