/** The README is the front door (short), and every relative link of the documentation leads somewhere. */

import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/fixtures';

const pages = ['README.md', 'CHANGELOG.md', ...fs.readdirSync(path.join(REPO, 'docs')).map((name) => path.join('docs', name))];

describe('the documentation', () => {
  it('keeps the README at 12 KB at most', () => {
    expect(fs.statSync(path.join(REPO, 'README.md')).size).toBeLessThanOrEqual(12 * 1024);
  });

  it.each(pages)('%s links only to files that exist', (page) => {
    const text = fs.readFileSync(path.join(REPO, page), 'utf8');
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^(https?:|mailto:|#)/.test(target))
      .filter((target) => !fs.existsSync(path.resolve(REPO, path.dirname(page), target.split('#')[0])));
    expect(broken).toEqual([]);
  });
});
