import { describe, expect, it } from '@jest/globals';
import { bytesWords, durationWords, fieldLines, headline, titleCounts, topicFileLines } from '../../../src/github/change-words';
import { topicImpactBlock } from '../../../src/github/impact-sections';
import { describeTopic, topicVersion } from '../../../src/github/topic-details';
import type { SchemaChange } from '../../../src/schema/diff';
import { naturalCompare } from '../../../src/util/natural-order';

const change = (path: string, kind: SchemaChange['kind'], before: string | null, after: string | null, breaks: SchemaChange['breaks'] = []): SchemaChange => ({
  path,
  kind,
  before,
  after,
  breaks,
});

describe('changes in words', () => {
  it('natural order: digit runs by value, then code units', () => {
    expect(['k10', 'k2', 'K1', 'k1', 'a.b10', 'a.b9'].sort(naturalCompare)).toEqual(['a.b9', 'a.b10', 'K1', 'k1', 'k2', 'k10']);
  });

  it('says who breaks per field: old readers first, then new readers, then safe; key fields before value fields, natural path order', () => {
    const lines = fieldLines(
      [
        change('value.k10', 'widened', 'long', 'double'),
        change('value.k2', 'removed', 'string', null, ['FORWARD']),
        change('value.count', 'type-changed', 'long', 'string', ['BACKWARD', 'FORWARD']),
        change('value.id', 'added', null, 'long', ['BACKWARD']),
        change('key.tenant', 'nullability-changed', 'null | string', 'string', ['BACKWARD']),
        change('value.ref', 'type-changed', 'long | string', 'long', ['BACKWARD']),
      ],
      undefined,
    );
    expect(lines).toEqual([
      '❌ <code>count</code> changed from <code>long</code> to <code>string</code>: consumers that decode it as <code>long</code> fail; new readers cannot read older records.',
      '❌ <code>k2</code> was removed (it was <code>string</code>): consumers that need it fail (it has no default).',
      '❌ key field <code>tenant</code> became required (never null): new readers cannot read older records.',
      '❌ <code>id</code> is new (<code>long</code>): new readers fail on older records, which lack it (no default).',
      '❌ <code>ref</code> narrowed to <code>long</code> (no longer <code>string</code>): new readers cannot read older records.',
      '✅ <code>k10</code> widened from <code>long</code> to <code>double</code>: safe for consumers.',
    ]);
  });

  it('names formats, cleanup policy and retention in words, partitions without keys without ordering', () => {
    expect(
      topicFileLines(
        [
          change('topic.configs.cleanup.policy', 'changed', 'delete', 'compact'),
          change('topic.configs.retention.bytes', 'changed', '-1', '1073741824'),
          change('topic.configs.segment.ms', 'changed', '1', '2'),
          change('topic.description', 'added', null, 'x'),
          change('topic.partitions', 'changed', '1', '2'),
          change('topic.valueFormat', 'changed', 'json', 'bytes', ['BACKWARD', 'FORWARD']),
        ],
        false,
      ),
    ).toEqual([
      '⚠️ partitions 1 → 2.',
      '❌ value format <code>json</code> → <code>bytes</code>: consumers that decode values as <code>json</code> fail.',
      'cleanup policy <code>delete</code> → <code>compact</code>.',
      'retention by size unlimited → 1 GiB.',
      'other configs: <code>segment.ms</code> <code>1</code> → <code>2</code>.',
      '<code>topic.json</code> <code>description</code> changed.',
    ]);
    expect([durationWords('604800000'), durationWords('86400000'), durationWords('5400000'), durationWords('-1'), durationWords('1500')]).toEqual([
      '7 days',
      '1 day',
      '90 minutes',
      'forever',
      '1500 ms',
    ]);
    expect(bytesWords('1536')).toBe('1536 bytes');
  });

  it('escapes what a pull request may put in topic.json where numbers belong', () => {
    const hostile = '<!-- x --> @team *y* [l](http://z)';
    const lines = topicFileLines(
      [
        change('topic.partitions', 'changed', '1', hostile),
        change('topic.replicationFactor', 'changed', hostile, '1'),
        change('topic.configs.retention.ms', 'changed', hostile, '1000'),
        change('topic.configs.retention.bytes', 'changed', '1', hostile),
      ],
      true,
    ).join('\n');
    for (const raw of ['<!--', '@team', '*y*', '[l]']) expect(lines).not.toContain(raw);
  });

  it('headline and title counts: only what is there, worst first', () => {
    expect(headline([])).toBe('No topic changed.');
    expect(headline(['breaks-new', 'safe', 'safe'])).toBe(
      '⚠️ **1 topic breaks new readers** (the new schema cannot read older records) · ✅ 2 topics changed safely',
    );
    expect(titleCounts(['new', 'breaks-both', 'vanished'])).toBe('1 breaking, 1 new, 1 vanished');
  });

  it('a new topic with many fields lists the first ones and says how many more', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, type: 'long' }));
    const details = describeTopic(
      { topic: 'wide', kind: 'new', files: [] },
      undefined,
      topicVersion({ 'value.avsc': JSON.stringify({ type: 'record', name: 'Wide', fields }), 'topic.json': '{"partitions":1}' }),
    );
    const block = topicImpactBlock(details, undefined);
    expect(block).toContain('| <code>f2</code> | <code>long</code> | no | – |');
    expect(block.indexOf('<code>f2</code>')).toBeLessThan(block.indexOf('<code>f10</code>'));
    expect(block).toContain('… and 5 more field(s), in its <code>value.avsc</code>.');
  });
});
