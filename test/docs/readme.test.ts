// The README as a reader meets it: it opens with what sla-clock is, how to install it and a first
// deadline, then how to work on it; and its table of error codes is complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with what sla-clock is, npm install, a first deadline, then the repository commands', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 3)).toEqual(['Install', 'A first deadline', 'Working on sla-clock']);
    expect(readme.slice(0, readme.indexOf('## Install'))).toMatch(/\*\*sla-clock\*\* computes/);
    expect(readme).toContain('```sh\nnpm install sla-clock\n```');
    expect(readme).toMatch(/npm ci && npm start[^\n]*\nnpm ci && npm test/);
  });

  it('lists every SlaError code, with when it is raised', () => {
    const source = readFileSync(join(ROOT, 'src/errors/sla-error.ts'), 'utf8');
    const union = source.slice(
      source.indexOf('export type SlaErrorCode'),
      source.indexOf(';', source.indexOf('export type SlaErrorCode')),
    );
    const codes = [...union.matchAll(/\| '(\w+)'/g)].map((match) => match[1]);
    expect(codes).toHaveLength(17);
    for (const code of codes)
      expect(readme, code).toMatch(new RegExp(`^\\| \`${code}\` +\\| \\w`, 'm'));
  });
});
