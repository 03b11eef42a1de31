import { describe, expect, it } from '@jest/globals';
import { changedTopics } from '../../../src/github/review-files';
import { decideDelivery, groupByTopic, hasLabel, lineOfField, planReview, requiredLevelOf, type ReviewInput } from '../../../src/github/review-plan';
import { ORDER_BACKWARD, ORDER_FORWARD, ORDER_FULL, ORDER_NONE, ORDER_V1, topicJson } from './schemas';

const files = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

function plan(base: Record<string, string>, head: Record<string, string>, options: Partial<ReviewInput> = {}) {
  return planReview({ base: files(base), head: files(head), defaultRequired: 'BACKWARD', acknowledged: false, schemaDir: 'kafka-schemas', ...options });
}

const BASE = { 'prod/orders/value.avsc': ORDER_V1, 'prod/orders/topic.json': topicJson() };

describe('planReview', () => {
  it('lists nothing and passes when no topic differs', () => {
    const result = plan(BASE, { ...BASE });
    expect(result.topics).toEqual([]);
    expect(result.outcome).toBe('passed');
    expect(result.annotations).toEqual([]);
  });

  it('passes a FULL change and reports its verdict against the default level', () => {
    const result = plan(BASE, { ...BASE, 'prod/orders/value.avsc': ORDER_FULL });
    expect(result.topics).toHaveLength(1);
    expect(result.topics[0]).toMatchObject({ name: 'prod/orders', status: 'changed', required: 'BACKWARD', requiredFrom: 'default', breaking: false });
    expect(result.topics[0]!.diff!.compatibility).toBe('FULL');
    expect(result.topics[0]!.diff!.changes.map((change) => `${change.kind} ${change.path}`)).toEqual(['added value.note']);
    expect(result.outcome).toBe('passed');
  });

  it('passes a BACKWARD change under BACKWARD and fails it under FULL', () => {
    const head = { ...BASE, 'prod/orders/value.avsc': ORDER_BACKWARD };
    expect(plan(BASE, head).outcome).toBe('passed');
    const strict = plan(BASE, head, { defaultRequired: 'FULL' });
    expect(strict.outcome).toBe('failed');
    expect(strict.topics[0]!.breakingChanges.map((change) => change.path)).toEqual(['value.amount']);
  });

  it('fails a FORWARD-only change under the default level, with an error annotation at the field', () => {
    const result = plan(BASE, { ...BASE, 'prod/orders/value.avsc': ORDER_FORWARD });
    expect(result.outcome).toBe('failed');
    expect(result.topics[0]).toMatchObject({ breaking: true, required: 'BACKWARD' });
    expect(result.annotations).toHaveLength(1);
    const annotation = result.annotations[0]!;
    expect(annotation).toMatchObject({ level: 'error', file: 'kafka-schemas/prod/orders/value.avsc' });
    expect(annotation.message).toContain('must be BACKWARD compatible');
    expect(annotation.message).toContain('value.currency added (breaks BACKWARD)');
    expect(ORDER_FORWARD.split('\n')[annotation.line! - 1]).toContain('"name": "currency"');
  });

  it('applies the stricter of the base and head levels: a raised level holds at once', () => {
    const raised = { 'prod/orders/value.avsc': ORDER_BACKWARD, 'prod/orders/topic.json': topicJson({ compatibility: 'FULL_TRANSITIVE' }) };
    expect(plan(BASE, raised).topics[0]).toMatchObject({ required: 'FULL', requiredFrom: 'topic.json', breaking: true });
    // BACKWARD (fail-on, base) and FORWARD (head topic.json) together ask for FULL
    const forward = { 'prod/orders/value.avsc': ORDER_FORWARD, 'prod/orders/topic.json': topicJson({ compatibility: 'FORWARD' }) };
    // ... and trading the base's BACKWARD for FORWARD gives up a direction: that lowers the level
    expect(plan(BASE, forward).topics[0]).toMatchObject({ required: 'FULL', breaking: true, levelLowered: { from: 'BACKWARD', to: 'FORWARD' } });
    const both = { ...forward, 'prod/orders/topic.json': topicJson({ compatibility: 'FULL' }) };
    expect(plan(BASE, both).topics[0]!.levelLowered).toBeUndefined();
  });

  it("keeps a topic's own committed level: it overrides fail-on on both sides", () => {
    const forwardBase = { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'FORWARD' }) };
    const head = { 'prod/orders/value.avsc': ORDER_FORWARD, 'prod/orders/topic.json': topicJson({ compatibility: 'FORWARD' }) };
    expect(plan(forwardBase, head).topics[0]).toMatchObject({ required: 'FORWARD', requiredFrom: 'topic.json', breaking: false });
    expect(plan(forwardBase, { ...head, 'prod/orders/value.avsc': ORDER_BACKWARD }).outcome).toBe('failed');
    // dropping the setting falls back to fail-on, which here asks for more
    const lenientBase = { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'NONE' }) };
    const dropped = plan(lenientBase, { 'prod/orders/value.avsc': ORDER_NONE, 'prod/orders/topic.json': topicJson() });
    expect(dropped.topics[0]).toMatchObject({ required: 'BACKWARD', requiredFrom: 'default', breaking: true });
  });

  it('a pull request that lowers its own gate is breaking: NONE in topic.json next to a breaking change fails', () => {
    const loosened = plan(BASE, { 'prod/orders/value.avsc': ORDER_NONE, 'prod/orders/topic.json': topicJson({ compatibility: 'NONE' }) });
    expect(loosened.outcome).toBe('failed');
    expect(loosened.topics[0]).toMatchObject({ required: 'BACKWARD', breaking: true, levelLowered: { from: 'BACKWARD', to: 'NONE' } });
    expect(loosened.topics[0]!.breakingChanges[0]).toMatchObject({ path: 'topic.compatibility', before: null, after: 'NONE', breaks: ['BACKWARD'] });
    expect(loosened.annotations.map((annotation) => annotation.file)).toContain('kafka-schemas/prod/orders/topic.json');
    expect(loosened.annotations.find((annotation) => annotation.file.endsWith('topic.json'))!.message).toContain(
      'lowers the required compatibility level from BACKWARD to NONE',
    );
    // lowering alone, with a compatible schema change, still needs the acknowledgement
    const onlyLowered = plan(BASE, { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'lowercase-garbage' }) });
    expect(onlyLowered.outcome).toBe('passed'); // an unknown level is not a level: the default applies on both sides
    const fullBase = { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'FULL' }) };
    const toBackward = plan(fullBase, { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'BACKWARD' }) });
    expect(toBackward.outcome).toBe('failed');
    expect(toBackward.topics[0]).toMatchObject({ required: 'FULL', levelLowered: { from: 'FULL', to: 'BACKWARD' } });
    expect(toBackward.topics[0]!.breakingChanges[0]).toMatchObject({ path: 'topic.compatibility', before: 'FULL', after: 'BACKWARD', breaks: ['FORWARD'] });
    expect(plan(fullBase, { ...BASE, 'prod/orders/topic.json': topicJson({ compatibility: 'BACKWARD' }) }, { acknowledged: true }).outcome).toBe(
      'acknowledged',
    );
  });

  it("deleting a kept topic's value or key schema is breaking (NONE); deleting the whole folder is not", () => {
    const withKey = { ...BASE, 'prod/orders/key.avsc': ORDER_V1 };
    const noValue = plan(BASE, { 'prod/orders/topic.json': topicJson() });
    expect(noValue.outcome).toBe('failed');
    expect(noValue.topics[0]).toMatchObject({ status: 'changed', breaking: true });
    expect(noValue.topics[0]!.diff!.compatibility).toBe('NONE');
    expect(noValue.topics[0]!.breakingChanges.map((change) => `${change.kind} ${change.path}`)).toEqual(['removed value']);
    const noKey = plan(withKey, BASE);
    expect(noKey.topics[0]).toMatchObject({ status: 'changed', breaking: true });
    expect(noKey.topics[0]!.breakingChanges.map((change) => `${change.kind} ${change.path}`)).toEqual(['removed key']);
    const vanished = plan(BASE, {});
    expect(vanished.topics[0]).toMatchObject({ status: 'deleted', breaking: false });
    expect(vanished.outcome).toBe('passed');
  });

  it('a renamed topic folder is a deletion plus a new topic', () => {
    const renamed = plan(BASE, { 'prod/orders-v2/value.avsc': ORDER_NONE, 'prod/orders-v2/topic.json': topicJson() });
    expect(renamed.topics.map((topic) => `${topic.status} ${topic.name} ${topic.breaking}`)).toEqual(['deleted prod/orders false', 'new prod/orders-v2 false']);
    expect(renamed.outcome).toBe('passed');
  });

  it('fails on links, submodules and oversized files in the head, whatever the label', () => {
    const headProblems = new Map([
      ['prod/orders/value.avsc', 'a symbolic link: not allowed'],
      ['prod/payments/value.avsc', 'a submodule: not allowed'],
      ['staging', 'a symbolic link: not allowed'],
    ]);
    const result = plan(BASE, { ...BASE }, { headProblems, acknowledged: true });
    expect(result.outcome).toBe('failed');
    expect(result.treeErrors).toEqual([{ path: 'staging', message: 'staging: a symbolic link: not allowed' }]);
    expect(result.topics.map((topic) => `${topic.name}: ${topic.error}`)).toEqual([
      'prod/orders: value.avsc: a symbolic link: not allowed',
      'prod/payments: value.avsc: a submodule: not allowed',
    ]);
    expect(result.annotations.map((annotation) => `${annotation.level} ${annotation.file}`)).toEqual([
      'error kafka-schemas/staging',
      'error kafka-schemas/prod/orders/value.avsc',
      'error kafka-schemas/prod/payments/value.avsc',
    ]);
  });

  it('passes with the acknowledgement: the topic stays breaking, annotations become warnings', () => {
    const result = plan(BASE, { ...BASE, 'prod/orders/value.avsc': ORDER_NONE }, { acknowledged: true });
    expect(result.outcome).toBe('acknowledged');
    expect(result.topics[0]!.breaking).toBe(true);
    expect(result.annotations.map((annotation) => annotation.level)).toEqual(['warning']);
    expect(result.annotations[0]!.message).toContain('Acknowledged');
  });

  it('annotates topic.json for a payload format change and key.avsc for key changes', () => {
    const head = {
      'prod/orders/value.avsc': ORDER_V1,
      'prod/orders/key.avsc': ORDER_FORWARD,
      'prod/orders/topic.json': topicJson({ valueFormat: 'confluent-avro' }),
    };
    const result = plan({ ...BASE, 'prod/orders/key.avsc': ORDER_V1 }, head);
    expect(result.annotations.map((annotation) => annotation.file).sort()).toEqual([
      'kafka-schemas/prod/orders/key.avsc',
      'kafka-schemas/prod/orders/topic.json',
    ]);
  });

  it('lists new and deleted topics without failing; a deleted topic keeps its base level', () => {
    const result = plan(
      { ...BASE, 'prod/gone/value.avsc': ORDER_V1, 'prod/gone/topic.json': topicJson({ compatibility: 'FULL' }) },
      { ...BASE, 'stage/fresh/value.avsc': ORDER_V1 },
    );
    expect(result.topics.map((topic) => [topic.name, topic.status])).toEqual([
      ['prod/gone', 'deleted'],
      ['stage/fresh', 'new'],
    ]);
    expect(result.topics[0]).toMatchObject({ required: 'FULL', breaking: false });
    expect(result.topics[1]!.diff!.changes.map((change) => change.kind)).toEqual(['added']);
    expect(result.outcome).toBe('passed');
  });

  it('fails on an invalid head file even with the acknowledgement, naming the file', () => {
    const result = plan(
      BASE,
      { ...BASE, 'prod/orders/value.avsc': '{"type": "record", "name": "X", "fields": [{"name": "a", "type": "int", "default": "x"}]}' },
      { acknowledged: true },
    );
    expect(result.outcome).toBe('failed');
    expect(result.topics[0]!.error).toMatch(/^value\.avsc: not a valid Avro schema/);
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'kafka-schemas/prod/orders/value.avsc' });
    const broken = plan(BASE, { ...BASE, 'prod/orders/topic.json': '{' });
    expect(broken.topics[0]!.error).toMatch(/^topic\.json: not valid JSON/);
    expect(broken.annotations[0]!.file).toBe('kafka-schemas/prod/orders/topic.json');
  });

  it('compares a topic whose base version is unreadable as new, with a warning', () => {
    const result = plan({ 'prod/orders/value.avsc': 'not json' }, { 'prod/orders/value.avsc': ORDER_V1 });
    expect(result.topics[0]!.warnings[0]).toContain('base version cannot be read');
    expect(result.outcome).toBe('passed');
  });

  it('warns about an unknown per-topic level and applies the default', () => {
    const result = plan(BASE, { 'prod/orders/value.avsc': ORDER_FORWARD, 'prod/orders/topic.json': topicJson({ compatibility: 'SOMETIMES' }) });
    expect(result.topics[0]).toMatchObject({ required: 'BACKWARD', requiredFrom: 'default', breaking: true });
    expect(result.topics[0]!.warnings.join()).toContain('unknown compatibility "SOMETIMES"');
  });

  it('ignores files outside the layout and warns about folder names Kafka would refuse', () => {
    const result = plan(
      { 'README.md': 'a', 'prod/orders/notes.txt': 'x' },
      { 'README.md': 'b', 'prod/orders/notes.txt': 'y', 'prod/a|b/value.avsc': ORDER_V1 },
    );
    expect(result.topics.map((topic) => topic.name)).toEqual(['prod/a|b']);
    expect(result.topics[0]!.warnings).toContain('the folder name is not a valid Kafka topic name');
  });

  it('uses a NONE default to never fail on compatibility', () => {
    expect(plan(BASE, { ...BASE, 'prod/orders/value.avsc': ORDER_NONE }, { defaultRequired: 'NONE' }).outcome).toBe('passed');
  });

  it('annotations name schema paths and change kinds, never values', () => {
    const result = plan(BASE, { ...BASE, 'prod/orders/value.avsc': ORDER_NONE });
    expect(result.annotations[0]!.message).toMatch(/value\.id type-changed/);
  });
});

describe('planning helpers', () => {
  it('groups paths by cluster/topic', () => {
    expect(groupByTopic(files({ 'a/t/value.avsc': '1', 'a/t/deep/value.avsc': '2' }), files({ 'a/t/topic.json': '3' }))).toEqual([
      { name: 'a/t', base: { 'value.avsc': '1' }, head: { 'topic.json': '3' } },
    ]);
  });

  it('finds the topics whose blobs differ', () => {
    expect([
      ...changedTopics(
        files({ 'a/t/value.avsc': 'x', 'a/u/value.avsc': 'y', 'z.md': '1' }),
        files({ 'a/t/value.avsc': 'x', 'a/u/value.avsc': 'w', 'b/v/key.avsc': 'k', 'z.md': '2' }),
      ),
    ]).toEqual(['a/u', 'b/v']);
  });

  it('reads per-topic levels like Schema Registry', () => {
    expect(requiredLevelOf(undefined, 'FULL')).toEqual({ level: 'FULL', from: 'default' });
    expect(requiredLevelOf({ compatibility: 'backward_transitive' }, 'FULL')).toEqual({ level: 'BACKWARD', from: 'topic.json' });
    expect(requiredLevelOf({ compatibility: 3 as unknown as string }, 'NONE').warning).toContain('unknown compatibility 3');
  });

  it('matches labels case-insensitively and never an empty label', () => {
    expect(hasLabel(['bug', 'Schema-Breaking-Change-Approved'], 'schema-breaking-change-approved')).toBe(true);
    expect(hasLabel(['bug'], 'schema-breaking-change-approved')).toBe(false);
    expect(hasLabel([''], '')).toBe(false);
  });

  it('comments on same-repository pull requests only', () => {
    expect(decideDelivery({ baseRepo: 'acme/schemas', headRepo: 'acme/schemas' })).toEqual({ comment: true });
    expect(decideDelivery({ baseRepo: 'acme/schemas', headRepo: 'ACME/Schemas' }).comment).toBe(true);
    const fork = decideDelivery({ baseRepo: 'acme/schemas', headRepo: 'someone/schemas' });
    expect(fork.comment).toBe(false);
    expect(fork.reason).toContain('fork (someone/schemas)');
    expect(decideDelivery({ baseRepo: 'acme/schemas', headRepo: null }).comment).toBe(false);
  });

  it('finds the line of a field', () => {
    expect(lineOfField(ORDER_V1, 'amount')).toBe(ORDER_V1.split('\n').findIndex((line) => line.includes('"amount"')) + 1);
    expect(lineOfField(ORDER_V1, 'missing')).toBeUndefined();
  });
});
