import { describe, expect, it } from '@jest/globals';
import { scenarioSurfaces, SENTINEL } from '../../support/surface-scenario';

/**
 * Every Markdown surface on the fixed scenario (test/support/surface-scenario.ts): a topic that
 * breaks old readers, one changed safely, a new one, a vanished one and a near call. Checks the
 * headline, the order (worst first, natural names), the words and the evidence, and that no
 * sampled value appears anywhere.
 */
const { report, local, preview, review } = scenarioSurfaces();
const HEADLINE =
  '❌ **1 topic breaks existing consumers** (old readers fail on what producers now write) · ✅ 1 topic changed safely · 🆕 1 new topic · 🗑️ 1 topic vanished';

const before = (text: string, first: string, second: string) => {
  expect(text).toContain(first);
  expect(text).toContain(second);
  return text.indexOf(first) < text.indexOf(second);
};

describe('the Markdown surfaces of the fixed scenario', () => {
  it('the scan is the scenario: one breaking, one safe, one new, one vanished topic', () => {
    expect(report.topics.map((topic) => [topic.topic, topic.status])).toEqual([
      ['clicks', 'new'],
      ['orders', 'changed'],
      ['payments', 'changed'],
    ]);
    expect(report.vanished).toEqual(['legacy']);
  });

  it('the pull request title carries the counts, worst first', () => {
    expect(preview.title).toBe('Kafka schemas: cluster prod (1 breaking, 1 changed, 1 new, 1 vanished)');
  });

  it('the pull request body leads with the headline, then topics worst first', () => {
    const lines = preview.body.split('\n');
    expect(lines[1]).toBe('### Kafka schemas of cluster <code>prod</code>');
    expect(lines[3]).toBe(HEADLINE);
    expect(before(preview.body, '##### <code>payments</code>: ❌ breaks existing consumers', '##### <code>orders</code>: ✅ changed safely')).toBe(true);
    expect(before(preview.body, '##### <code>orders</code>', '##### <code>clicks</code>: 🆕 new topic')).toBe(true);
    expect(before(preview.body, '##### <code>clicks</code>', '#### Vanished topics')).toBe(true);
  });

  it('says per field, in words, who breaks, with the sample behind it', () => {
    expect(preview.body).toContain(
      '- ❌ <code>amount</code> became optional (null or left out) and is now sometimes a <code>string</code>: consumers that decode it as <code>double</code> fail. <sub>present in 100 of 100; string 3, number 94, null 3</sub>',
    );
    // Nullability and default of one field are one change; a field the sample missed is said so.
    expect(preview.body).toContain(
      '- ❌ <code>merchant</code> became optional (null or left out): consumers that expect it always set fail. <sub>not seen in the last 100 records; kept from the committed schema</sub>',
    );
    expect(preview.body).toContain(
      '- ✅ <code>coupon</code> is new (<code>string</code>, optional): safe for consumers. <sub>present in 10 of 40; string 10</sub>',
    );
    // Breaking fields before the topic's configs.
    expect(before(preview.body, '<code>merchant</code> became optional', '⚠️ partitions 3 → 6')).toBe(true);
  });

  it('names partitions, retention and other configs in words', () => {
    expect(preview.body).toContain('- ⚠️ partitions 3 → 6: per-key ordering breaks for records in flight');
    expect(preview.body).toContain('- retention 7 days → 1 day.');
    expect(preview.body).toContain('- other configs: <code>max.message.bytes</code> <code>1048588</code> → <code>2097152</code>.');
  });

  it('shows the sampled offsets and time range of each topic', () => {
    expect(preview.body).toContain(
      'Sampled 100 records (partition 0 offsets 1000–1016, partition 1 offsets 1000–1016, partition 2 offsets 1000–1016, partition 3 offsets 1000–1016, and 2 more partitions); written 2026-12-06 10:00:00Z – 2026-12-06 11:39:00Z.',
    );
  });

  it('a new topic shows its fields in natural order and its configs on one line', () => {
    expect(preview.body).toContain(
      '2 partitions · replication factor 1 · key <code>string</code> · value <code>json</code> · cleanup policy <code>delete</code> · retention 3 days',
    );
    expect(before(preview.body, '| <code>k2</code> | <code>string</code> | no | present in 20 of 20; string 20 |', '| <code>k10</code> |')).toBe(true);
    expect(preview.body).toContain('| <code>user.plan</code> | <code>string</code> | yes | present in 20 of 20; string 16, null 4 |');
    const clicks = preview.body.slice(preview.body.indexOf('##### <code>clicks</code>'), preview.body.indexOf('#### Near calls'));
    expect(clicks).not.toContain('topic.configs');
  });

  it('names the near call and the overrides entry that settles it', () => {
    expect(preview.body).toContain(
      '- <code>orders</code>: value.quota looks keyed by data (3 of 3 keys look like e-mail addresses) but the committed schema keeps it a record; add &#34;overrides&#34;: {&#34;quota&#34;:&#34;map&#34;} to topic.json',
    );
  });

  it('the job summary has the same headline and words, with the evidence', () => {
    expect(preview.summary).toContain(`${HEADLINE}\n`);
    expect(preview.summary).toContain('<sub>present in 100 of 100; string 3, number 94, null 3</sub>');
    expect(before(preview.summary, '##### <code>payments</code>', '##### <code>orders</code>')).toBe(true);
    // A long topic table cannot crowd the words out.
    expect(before(preview.summary, '#### What changes for consumers', '| Topic | Status | Value format | Records sampled |')).toBe(true);
  });

  it('the topics issue has a headline and the new topic as a task', () => {
    expect(preview.issue).toContain('🆕 **1 new topic(s)** to adopt · 🗑️ **1 vanished topic(s)** to confirm');
    expect(preview.issue).toContain('- [ ] <code>clicks</code> (2 partition(s)');
  });

  it('the review comment leads with the verdict and the headline, then the breaking topic in words', () => {
    const lines = review.split('\n');
    expect(lines[0]).toBe('<!-- kafka-schema-scout:review -->');
    expect(lines[3]).toContain('**❌ Failed**');
    expect(lines[5]).toBe(
      '❌ **1 topic breaks existing consumers** (old readers fail on what producers now write) · ✅ 1 topic changed safely · 🆕 1 new topic · 🗑️ 1 topic deleted',
    );
    expect(review).toContain(
      '- ❌ <code>amount</code> became optional (null or left out) and is now sometimes a <code>string</code>: consumers that decode it as <code>double</code> fail.',
    );
    expect(before(review, '##### <code>prod/payments</code>', '##### <code>prod/orders</code>')).toBe(true);
  });

  it('no sampled value reaches any surface, and no data key', () => {
    for (const text of [preview.title, preview.body, preview.summary, preview.issue ?? '', review]) {
      expect(text).not.toContain(SENTINEL);
      expect(text).not.toContain('example.com');
    }
  });

  it('evidence stays out of the files the scan writes', () => {
    for (const text of local.values()) {
      expect(text).not.toMatch(/present|SENTINEL|1000/);
    }
  });
});
