import { describe, expect, it } from '@jest/globals';
import type { SchemaChange } from '../../../src/schema/diff';
import {
  GITHUB_COMMENT_LIMIT,
  changeCounts,
  escapeMarkdown,
  renderTopicsMarkdown,
  summaryTableRow,
  topicDetails,
  type TopicDiffSection,
} from '../../../src/schema/render-markdown';

const change = (path: string, kind: SchemaChange['kind'], after: string | null = 'string', breaks: SchemaChange['breaks'] = []): SchemaChange => ({
  path,
  kind,
  before: null,
  after,
  breaks,
});

/** What a reader sees: numeric character references decoded. */
const decoded = (text: string): string => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('escapeMarkdown', () => {
  it('neutralizes table pipes, code, emphasis, HTML, comments, mentions, links and math', () => {
    const hostile = 'a|b `c` *d* _e_ <!-- f --> <script>x</script> @org/team [l](http://x) $m$ #12 \\ ~s~ & "q" \'r\'';
    const escaped = escapeMarkdown(hostile);
    expect(escaped.replace(/&#\d+;/g, '')).not.toMatch(/[|`*_<>@[\]$#\\~"'&]/);
    expect(escaped).not.toContain('<!--');
    expect(decoded(escaped)).toBe(hostile);
  });

  it('collapses newlines so a value stays in its table cell', () => {
    expect(escapeMarkdown('line one\n\n| line two')).toBe('line one &#124; line two');
  });
});

describe('topic rows and details', () => {
  const section: TopicDiffSection = {
    name: 'prod/orders|<b>',
    compatibility: 'NONE',
    changes: [change('value.total', 'added', 'double', ['BACKWARD']), change('value.note', 'doc-changed', 'a *b* <!-- c -->'), change('value.id', 'added')],
  };

  it('counts changes per kind in a fixed order', () => {
    expect(changeCounts(section.changes)).toBe('2 added, 1 doc-changed');
    expect(changeCounts([])).toBe('no changes');
  });

  it('renders one escaped table row per topic with its verdict', () => {
    expect(summaryTableRow(section)).toBe('| <code>prod/orders&#124;&#60;b&#62;</code> | 2 added, 1 doc-changed | ❌ NONE |\n');
    expect(summaryTableRow({ ...section, isNew: true })).toContain('🆕 new');
  });

  it('renders collapsible details whose cells cannot break the table', () => {
    const details = topicDetails(section);
    expect(details.startsWith('<details><summary><code>prod/orders&#124;&#60;b&#62;</code>: 2 added, 1 doc-changed (❌ NONE)</summary>\n\n')).toBe(true);
    expect(details.trimEnd().endsWith('</details>')).toBe(true);
    const rows = details.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows).toHaveLength(3);
    // Every row has exactly the 5 cells of the header: no unescaped pipe inside.
    for (const row of rows) expect(row.split('|')).toHaveLength(7);
    expect(details).toContain('| <code>value.total</code> | added |  | <code>double</code> | BACKWARD |');
    expect(details).not.toContain('<!--');
  });

  it('shortens very long values', () => {
    const long = topicDetails({ name: 't', compatibility: 'FULL', changes: [change('x', 'doc-changed', 'y'.repeat(1000))] });
    expect(long).toContain(`${'y'.repeat(119)}…`);
    expect(long).not.toContain('y'.repeat(121));
  });
});

describe('renderTopicsMarkdown', () => {
  const topics = (count: number, changesEach: number): TopicDiffSection[] =>
    Array.from({ length: count }, (_, topic) => ({
      name: `cluster/topic-${String(topic).padStart(4, '0')}`,
      compatibility: topic % 2 === 0 ? 'FULL' : 'BACKWARD',
      changes: Array.from({ length: changesEach }, (_, index) => change(`value.field_${index}`, 'added', 'null | string')),
    }));

  it('renders everything, without a note, when it fits', () => {
    const text = renderTopicsMarkdown(topics(3, 2), { header: '## Schema changes\n\n', footer: '<!-- marker -->\n' });
    expect(text.startsWith('## Schema changes\n\n| Topic | Changes | Verdict |')).toBe(true);
    expect(text.match(/<details>/g)).toHaveLength(3);
    expect(text).not.toContain('Truncated');
    expect(text.endsWith('<!-- marker -->\n')).toBe(true);
  });

  it('stays within GitHub’s comment limit with many topics, keeps the footer and says what was left out', () => {
    const many = topics(400, 40);
    const text = renderTopicsMarkdown(many, { header: '## Schema changes\n\n', footer: '<!-- marker -->\n' });
    expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(text.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 0.9);
    expect(text.endsWith('<!-- marker -->\n')).toBe(true);
    const shownDetails = text.match(/<details>/g)?.length ?? 0;
    expect(shownDetails).toBeGreaterThan(0);
    expect(shownDetails).toBeLessThan(400);
    expect(text).toContain(`details of ${400 - shownDetails} topic(s) left out`);
    // Details are only cut whole: every opened block is closed.
    expect(text.match(/<\/details>/g)?.length).toBe(shownDetails);
  });

  it('drops table rows too when even the table does not fit', () => {
    const text = renderTopicsMarkdown(topics(50, 1), { budget: 2000 });
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/\d+ topic\(s\) left out of the table/);
    expect(text).toContain('Truncated to fit 2,000 characters');
  });

  it('respects any budget exactly, even tiny ones', () => {
    for (const budget of [10, 100, 500, 1234, 5000, 20000]) {
      expect(renderTopicsMarkdown(topics(30, 5), { budget, header: '# h\n\n' }).length).toBeLessThanOrEqual(budget);
    }
  });
});
