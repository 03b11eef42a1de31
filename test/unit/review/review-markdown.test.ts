import { describe, expect, it } from '@jest/globals';
import { REVIEW_MARKER, renderReviewMarkdown } from '../../../src/github/review-markdown';
import { planReview } from '../../../src/github/review-plan';
import { GITHUB_COMMENT_LIMIT } from '../../../src/schema/render-markdown';
import { ORDER_FORWARD, ORDER_FULL, ORDER_V1, order } from './schemas';

const plan = (base: Record<string, string>, head: Record<string, string>, acknowledged = false) =>
  planReview({
    base: new Map(Object.entries(base)),
    head: new Map(Object.entries(head)),
    defaultRequired: 'BACKWARD',
    acknowledged,
    schemaDir: 'kafka-schemas',
  });

const options = { schemaDir: 'kafka-schemas', ackLabel: 'schema-breaking-change-approved' };

describe('renderReviewMarkdown', () => {
  it('starts the comment with the marker; the summary has none', () => {
    const result = plan({ 'p/t/value.avsc': ORDER_V1 }, { 'p/t/value.avsc': ORDER_FULL });
    const comment = renderReviewMarkdown(result, { ...options, forComment: true });
    expect(comment.startsWith(`${REVIEW_MARKER}\n`)).toBe(true);
    expect(comment).toContain('✅ Passed');
    expect(comment).toContain('| <code>p/t</code> | 1 added | ✅ FULL |');
    expect(renderReviewMarkdown(result, options)).not.toContain(REVIEW_MARKER);
  });

  it('shows breaking topics with their required level and how to accept them', () => {
    const failed = renderReviewMarkdown(plan({ 'p/t/value.avsc': ORDER_V1 }, { 'p/t/value.avsc': ORDER_FORWARD }), options);
    expect(failed).toContain('❌ Failed');
    expect(failed).toContain('| <code>p/t</code> | BACKWARD | FORWARD | ❌ breaking |');
    expect(failed).toContain('accept it with the label <code>schema-breaking-change-approved</code>');
    const accepted = renderReviewMarkdown(plan({ 'p/t/value.avsc': ORDER_V1 }, { 'p/t/value.avsc': ORDER_FORWARD }, true), options);
    expect(accepted).toContain('⚠️ Passed with acknowledged breaking changes');
    expect(accepted).toContain('⚠️ breaking, acknowledged');
    expect(accepted).toContain('1 added');
  });

  it('names a lowered level and a link in the first lines, before any details block', () => {
    const base = { 'p/t/value.avsc': ORDER_V1, 'p/t/topic.json': '{}\n' };
    const lowered = planReview({
      base: new Map(Object.entries(base)),
      head: new Map(Object.entries({ 'p/t/value.avsc': ORDER_FORWARD, 'p/t/topic.json': '{"compatibility": "NONE"}\n' })),
      headProblems: new Map([['p/u', 'a symbolic link: not allowed']]),
      defaultRequired: 'BACKWARD',
      acknowledged: false,
      schemaDir: 'kafka-schemas',
    });
    const text = renderReviewMarkdown(lowered, { ...options, forComment: true });
    const firstLines = text
      .slice(0, text.indexOf('<details>') >= 0 ? text.indexOf('<details>') : text.length)
      .split('\n')
      .slice(0, 8)
      .join('\n');
    expect(firstLines).toContain('❌ Failed');
    expect(firstLines).toContain('<code>p/t</code>: this pull request lowers the required compatibility level from BACKWARD to NONE');
    expect(firstLines).toContain('p/u: a symbolic link: not allowed');
  });

  it('says so when nothing changed, and why there is no comment', () => {
    const text = renderReviewMarkdown(plan({}, {}), { ...options, noCommentReason: 'the pull request comes from a fork (x/y)' });
    expect(text).toContain('No pull request comment: the pull request comes from a fork (x/y).');
    expect(text).toContain('No schema files under <code>kafka-schemas</code> change');
  });

  it('escapes topic and cluster names so they can break neither tables nor HTML', () => {
    const nasty = 'c`l|u<!--x/t|o`p<!-- -->ic';
    const result = plan({}, { [`${nasty}/value.avsc`]: ORDER_V1, 'p/gone<b>/value.avsc': 'x' });
    const text = renderReviewMarkdown(result, { ...options, forComment: true });
    expect(text).not.toContain('|u');
    expect(text).not.toContain('`');
    expect(text.split('<!--')).toHaveLength(2); // only the marker
    expect(text).toContain('<code>c&#96;l&#124;u&#60;&#33;--x/t&#124;o&#96;p&#60;&#33;-- --&#62;ic</code> | 1 added | 🆕 new |');
    expect(text).not.toContain('<b>');
    expect(text).toContain('| <code>p/gone&#60;b&#62;</code> | BACKWARD | invalid file |');
  });

  it('stays under GitHub’s comment limit with a note when topics are left out', () => {
    const base: Record<string, string> = {};
    const head: Record<string, string> = {};
    const wide = (extra: number) =>
      order(Array.from({ length: 40 }, (_, index) => ({ name: `field_${index}_${extra}`, type: ['null', 'string'], default: null })));
    for (let index = 0; index < 400; index += 1) {
      base[`prod/topic-${index}/value.avsc`] = wide(0);
      head[`prod/topic-${index}/value.avsc`] = wide(1);
    }
    const text = renderReviewMarkdown(plan(base, head), { ...options, forComment: true });
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text).toContain('Truncated to fit');
    expect(text.startsWith(REVIEW_MARKER)).toBe(true);
  });
});
