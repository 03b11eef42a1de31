import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioSurfaces } from '../../support/surface-scenario';

/**
 * The README's excerpts of a scan pull request and a review comment are the fixed scenario's
 * (test/support/surface-scenario.ts) as the code renders them. `UPDATE_README_EXCERPTS=1` rewrites them.
 */
const readmeUrl = new URL('../../../README.md', import.meta.url);
const { preview, review } = scenarioSurfaces();

const cut = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to)).trimEnd();
const excerpts: Record<string, string> = {
  'pr-body': `${preview.title}\n\n${cut(preview.body, '### Kafka schemas', '#### All changes')}`,
  'review-comment': cut(review, '### Kafka schema review', '##### <code>prod/orders</code>'),
};

const block = (name: string, text: string) => `<!-- excerpt:${name}:start -->\n\`\`\`markdown\n${text}\n\`\`\`\n<!-- excerpt:${name}:end -->`;
const pattern = (name: string) => new RegExp(`<!-- excerpt:${name}:start -->[\\s\\S]*?<!-- excerpt:${name}:end -->`);

describe('README excerpts', () => {
  if (process.env.UPDATE_README_EXCERPTS === '1') {
    let readme = readFileSync(readmeUrl, 'utf8');
    for (const [name, text] of Object.entries(excerpts)) readme = readme.replace(pattern(name), () => block(name, text));
    writeFileSync(readmeUrl, readme);
  }
  const readme = readFileSync(readmeUrl, 'utf8');
  for (const [name, text] of Object.entries(excerpts)) {
    it(`${name} is what the code renders for the fixed scenario`, () => {
      expect(pattern(name).exec(readme)?.[0]).toBe(block(name, text));
    });
  }
});
