import { describe, expect, it } from '@jest/globals';
import type { AvroSchema } from '../../../src/schema/avro';
import type { TopicFile } from '../../../src/catalog/topic-file';
import { diffTopic } from '../../../src/catalog/topic-diff';

const value = (fields: object[]): AvroSchema => ({ type: 'record', name: 'Payment', namespace: 'com.acme', fields });

describe('diffTopic', () => {
  it('prefixes value and key paths, and combines their verdicts', () => {
    const diff = diffTopic(
      { value: value([{ name: 'id', type: 'long' }]), key: 'string' },
      {
        value: value([
          { name: 'id', type: 'long' },
          { name: 'amount', type: 'double' },
        ]),
        key: 'bytes',
      },
    );
    expect(diff.changes).toEqual([
      { path: 'key', kind: 'type-changed', before: 'string', after: 'bytes', breaks: [] },
      { path: 'value.amount', kind: 'added', before: null, after: 'double', breaks: ['BACKWARD'] },
    ]);
    expect(diff.compatibility).toBe('FORWARD');
    expect(diff.incompatibilities).toEqual([
      { schema: 'value', direction: 'BACKWARD', type: 'READER_FIELD_MISSING_DEFAULT_VALUE', location: '/fields/1', message: 'amount' },
    ]);
  });

  it('a key schema that breaks one way and a value schema that breaks the other make NONE', () => {
    const diff = diffTopic({ value: value([{ name: 'id', type: 'int' }]), key: 'long' }, { value: value([{ name: 'id', type: 'long' }]), key: 'int' });
    expect(diff.compatibility).toBe('NONE');
  });

  it('a new topic lists its schemas as added and breaks nothing', () => {
    const diff = diffTopic(undefined, { value: value([{ name: 'id', type: 'long' }]), topicFile: { partitions: 3 } });
    expect(diff).toEqual({
      compatibility: 'FULL',
      changes: [
        { path: 'topic.partitions', kind: 'added', before: null, after: '3', breaks: [] },
        { path: 'value', kind: 'added', before: null, after: 'record com.acme.Payment', breaks: [] },
      ],
      incompatibilities: [],
    });
  });

  it('diffs topic.json: partitions, configs (dotted names kept), formats, user-owned fields', () => {
    const diff = diffTopic(
      { topicFile: { partitions: 3, configs: { 'retention.ms': '604800000', 'cleanup.policy': 'delete' }, valueFormat: 'json', owners: ['team-a'] } },
      {
        topicFile: {
          partitions: 6,
          configs: { 'retention.ms': '86400000', 'min.insync.replicas': '2' },
          valueFormat: 'confluent-avro',
          owners: ['team-a', 'team-b'],
          description: 'Payments',
        },
      },
    );
    expect(diff.changes).toEqual([
      { path: 'topic.configs.cleanup.policy', kind: 'removed', before: 'delete', after: null, breaks: [] },
      { path: 'topic.configs.min.insync.replicas', kind: 'added', before: null, after: '2', breaks: [] },
      { path: 'topic.configs.retention.ms', kind: 'changed', before: '604800000', after: '86400000', breaks: [] },
      { path: 'topic.description', kind: 'added', before: null, after: 'Payments', breaks: [] },
      { path: 'topic.owners', kind: 'changed', before: '["team-a"]', after: '["team-a","team-b"]', breaks: [] },
      { path: 'topic.partitions', kind: 'changed', before: '3', after: '6', breaks: [] },
      { path: 'topic.valueFormat', kind: 'changed', before: 'json', after: 'confluent-avro', breaks: ['BACKWARD', 'FORWARD'] },
    ]);
    expect(diff.compatibility).toBe('NONE');
  });

  it('user fields named like Object.prototype members are compared as the data they are', () => {
    const parse = (text: string) => ({ topicFile: JSON.parse(text) as TopicFile });
    expect(diffTopic(parse('{"__proto__":{"x":1},"toString":"a"}'), parse('{"__proto__":{"x":2},"constructor":"team"}')).changes).toEqual([
      { path: 'topic.__proto__', kind: 'changed', before: '{"x":1}', after: '{"x":2}', breaks: [] },
      { path: 'topic.constructor', kind: 'added', before: null, after: 'team', breaks: [] },
      { path: 'topic.toString', kind: 'removed', before: 'a', after: null, breaks: [] },
    ]);
    expect(diffTopic(parse('{"__proto__":{"x":1}}'), parse('{}')).changes).toEqual([
      { path: 'topic.__proto__', kind: 'removed', before: '{"x":1}', after: null, breaks: [] },
    ]);
    expect(diffTopic(parse('{"configs":{"a":"1"}}'), parse('{"configs":{"a":"1","constructor":"2","__proto__":"3"}}')).changes).toEqual([
      { path: 'topic.configs.__proto__', kind: 'added', before: null, after: '3', breaks: [] },
      { path: 'topic.configs.constructor', kind: 'added', before: null, after: '2', breaks: [] },
    ]);
  });

  it('a format appearing on a formerly empty topic breaks nothing', () => {
    expect(diffTopic({ topicFile: { valueFormat: 'empty' } }, { topicFile: { valueFormat: 'json' } }).compatibility).toBe('FULL');
  });

  it('throws on an invalid schema', () => {
    expect(() => diffTopic({ value: 'nope' }, { value: 'string' })).toThrow(/undefined name: nope/);
  });
});
