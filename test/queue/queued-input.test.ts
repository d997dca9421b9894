/** A document as the queue holds it: its metadata apart from its text, read back only when well formed. */
import type { DocumentInput } from '#model/types';
import { queuedMeta, readQueuedInput, unstorable } from '../../server/queue/queued-input';

const EMAIL: DocumentInput = {
  title: 'Talks',
  text: 'From: Angela Merkel\n\nThe talks went well.',
  sourcePath: 'mail/talks.eml',
  outlet: 'Reuters',
  date: '2024-05-01',
  dateSource: 'header',
  url: 'https://example.org/talks',
  correspondents: [{ name: 'Angela Merkel', begin: 6, end: 19 }],
};

describe('queuedMeta and readQueuedInput', () => {
  it('keep everything of a document but its text apart from it, and give it back whole', () => {
    const meta = queuedMeta(EMAIL);
    expect(meta).not.toHaveProperty('text');
    expect(readQueuedInput(7, EMAIL.text, JSON.parse(JSON.stringify(meta)))).toEqual(EMAIL);
  });

  it('keep a document with only a title and a source as it is', () => {
    const plain: DocumentInput = { title: 'Note', text: 'Olaf Scholz spoke.', sourcePath: '' };
    expect(readQueuedInput(1, plain.text, queuedMeta(plain))).toEqual(plain);
  });

  it.each([
    [{ sourcePath: 'a.txt' }, 'queued document 3 has malformed metadata: title'],
    [{ title: 'A', sourcePath: 'a.txt', date: '1 May 2024' }, 'queued document 3 has malformed metadata: date must be a date written YYYY-MM-DD'],
    [{ title: 'A', sourcePath: 'a.txt', dateSource: 'guess' }, 'queued document 3 has malformed metadata: dateSource'],
    ['not an object', 'queued document 3 has malformed metadata: meta'],
  ])('refuse malformed metadata %j, naming the row and the field', (meta, message) => {
    expect(() => readQueuedInput(3, 'Some text.', meta)).toThrow(expect.objectContaining({ name: 'QueueError', message: expect.stringContaining(message) }));
  });

  it('refuse a correspondent outside the text', () => {
    const meta = { title: 'A', sourcePath: 'a.eml', correspondents: [{ name: 'Olaf Scholz', begin: 4, end: 400 }] };
    expect(() => readQueuedInput(3, 'Short.', meta)).toThrow("queued document 3 has malformed metadata: correspondent 'Olaf Scholz' lies outside its text");
  });
});

describe('unstorable', () => {
  it('says why PostgreSQL cannot hold a document with a NUL character in its text or metadata', () => {
    const reason = 'notes.txt: holds a NUL character, which the queue (PostgreSQL text) cannot store';
    expect(unstorable({ title: 'Notes', text: 'a\u0000b', sourcePath: 'notes.txt' })).toBe(reason);
    expect(unstorable({ title: 'No\u0000tes', text: 'ab', sourcePath: 'notes.txt' })).toBe(reason);
    expect(unstorable(EMAIL)).toBeUndefined();
  });
});
