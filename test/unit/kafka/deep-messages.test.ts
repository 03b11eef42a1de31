import avro from 'avsc';
import type { SampledRecord } from '../../../src/kafka/sample';
import { formatSchema } from '../../../src/schema/avro';
import { decodeSample, inferTopicSchemas } from '../../../src/scan/topic-schemas';

/**
 * A scanned message nested deeper than the limit (1,000 levels) is left out by partition and
 * offset, never by value: the topic's other messages make its schema, and nothing crashes.
 */
function record(partition: number, offset: number, value: string, key: string | null = null): SampledRecord {
  return { partition, offset: String(offset), key: key === null ? null : Buffer.from(key), value: Buffer.from(value), headers: {} };
}

function nested(depth: number, leaf: string): string {
  return `${'{"a":'.repeat(depth - 1)}{"secret":"${leaf}"}${'}'.repeat(depth - 1)}`;
}

test('values nested 10,000 levels deep are skipped with their offsets; the rest is inferred and formats', () => {
  const records = [
    record(0, 4, '{"id":1}'),
    record(0, 5, nested(10_000, 'SECRET-VALUE')),
    record(1, 9, `${'['.repeat(5000)}${']'.repeat(5000)}`),
    record(1, 10, '{"id":2,"name":"x"}'),
  ];
  const schemas = inferTopicSchemas('orders', decodeSample(records), { topic: 'orders' }, {});
  expect(schemas.valueFormat).toBe('json');
  const text = formatSchema(schemas.value!);
  avro.Type.forSchema(JSON.parse(text) as avro.Schema);
  expect((JSON.parse(text) as { fields: Array<{ name: string }> }).fields.map((f) => f.name)).toEqual(['id', 'name']);
  expect(schemas.warnings).toEqual(['2 values nested deeper than 1000 levels were left out (partition 0 offset 5, partition 1 offset 9)']);
  expect(JSON.stringify(schemas)).not.toContain('SECRET-VALUE');
});

test('deep keys are reported as keys; when every value is too deep the committed schema is kept', () => {
  const committed = { type: 'record', name: 'Orders', fields: [{ name: 'id', type: 'long' }] };
  const records = Array.from({ length: 7 }, (_, i) => record(2, 100 + i, nested(2000, 'v'), nested(3000, 'k')));
  const schemas = inferTopicSchemas('orders', decodeSample(records), { topic: 'orders', value: committed }, {});
  expect(schemas.value).toBe(committed);
  expect(schemas.warnings).toEqual([
    '7 values nested deeper than 1000 levels were left out (partition 2 offset 100, partition 2 offset 101, partition 2 offset 102, partition 2 offset 103, partition 2 offset 104, and 2 more)',
    '7 keys nested deeper than 1000 levels were left out (partition 2 offset 100, partition 2 offset 101, partition 2 offset 102, partition 2 offset 103, partition 2 offset 104, and 2 more)',
  ]);
});
