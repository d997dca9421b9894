/** A one-sentence document with one mention, as the store's tests write it. */
export const doc = { title: 'T', text: 'Putin spoke.', sourcePath: 't.txt' };
export const sentences = [{ index: 0, paragraph: 0, begin: 0, end: 12 }];
export const mentions = [
  { begin: 0, end: 5, text: 'Putin', type: 'PERSON' as const, sentence: 0, role: 'subject' as const, source: 'text' as const, name: 'Putin', entity: 'putin' },
];
