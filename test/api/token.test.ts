/** Which hosts count as this machine only, and what an upload's name is recorded as. */

import { uploadName } from '../../server/api/documents';
import { exposureProblem, isLoopbackHost } from '../../server/api/token';

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['plexus.example.org', false],
    ['localhost.example.org', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('exposureProblem', () => {
  it('allows this machine without a token, and any address with one', () => {
    expect(exposureProblem({ host: '127.0.0.1', token: undefined })).toBeUndefined();
    expect(exposureProblem({ host: '0.0.0.0', token: 'a-long-enough-token' })).toBeUndefined();
  });

  it('refuses another address without a token, saying what to set', () => {
    expect(exposureProblem({ host: '0.0.0.0', token: undefined })).toMatch(
      /PLEXUS_HOST is 0\.0\.0\.0.*Set PLEXUS_TOKEN.*or serve this machine only with PLEXUS_HOST=127\.0\.0\.1/,
    );
  });
});

describe('uploadName', () => {
  it.each([
    ['article.txt', 'article.txt'],
    ['Zürich.md', 'Zürich.md'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['C:\\Users\\me\\notes.txt', 'notes.txt'],
    ['/absolute/path/a.html', 'a.html'],
    ['tab\there.txt', 'tabhere.txt'],
    ['..', 'unnamed'],
    ['dir/', 'unnamed'],
    ['', 'unnamed'],
  ])('%j → %j', (given, recorded) => {
    expect(uploadName(given)).toBe(recorded);
  });
});
