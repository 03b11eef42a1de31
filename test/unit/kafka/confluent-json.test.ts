import { decodePayload, decodeFramedJson } from '../../../src/kafka/decode';
import type { SampledRecord } from '../../../src/kafka/sample';
import { decodeSample, inferTopicSchemas } from '../../../src/scan/topic-schemas';
import { formatSchema } from '../../../src/schema/avro';
import { expectValid } from '../infer/helpers';

/** Confluent's JSON Schema serializer: magic byte 0, a 4-byte schema id, then the JSON text. */
function framed(schemaId: number, value: unknown): Buffer {
  const header = Buffer.alloc(5);
  header.writeInt32BE(schemaId, 1);
  return Buffer.concat([header, Buffer.from(JSON.stringify(value), 'utf8')]);
}

const record = (offset: number, value: Buffer | null, key: Buffer | null = null): SampledRecord => ({
  partition: 0,
  offset: String(offset),
  key,
  value,
  headers: {},
});

describe('Confluent-framed JSON (confluent-json) without a registry', () => {
  const values = [
    { id: 1, customer: { email: 'x' }, total: 9.5 },
    { id: 2, customer: { email: 'y' }, total: 3, coupon: 'C' },
  ];

  test('the payload after the header decodes as JSON; Avro binary does not', () => {
    expect(decodePayload(framed(7, values[0]))).toMatchObject({ kind: 'confluent', schemaId: 7 });
    expect(decodeFramedJson(framed(7, values[0]).subarray(5))).toEqual(values[0]);
    expect(decodeFramedJson(Buffer.from([0x02, 0x06, 0x66, 0x6f, 0x6f]))).toBeUndefined();
  });

  test('values are inferred like JSON and the format stays confluent-json', () => {
    const sample = decodeSample([record(0, framed(7, values[0])), record(1, framed(8, values[1])), record(2, null)]);
    const schemas = inferTopicSchemas('orders', sample, { topic: 'orders' }, {});
    expect(schemas.valueFormat).toBe('confluent-json');
    expect(schemas.value).toBeDefined();
    expect(formatSchema(schemas.value!)).toContain('"name": "coupon"');
    expectValid(schemas.value!, [...values, null]);
    expect(schemas.warnings).toEqual([]);
  });

  test('framed payloads that are not JSON are counted and left out; Avro-framed topics still keep the committed schema', () => {
    const avroLike = Buffer.from([0, 0, 0, 0, 9, 0x02, 0x06]);
    const mixed = decodeSample([record(0, framed(7, values[0])), record(1, framed(7, values[1])), record(2, avroLike)]);
    const schemas = inferTopicSchemas('orders', mixed, { topic: 'orders' }, {});
    expect(schemas.valueFormat).toBe('confluent-json');
    expect(schemas.warnings).toEqual(['1 of 3 Confluent-framed values are not JSON and were left out']);
    const avro = decodeSample([record(0, avroLike), record(1, avroLike)]);
    const committed = { type: 'record', name: 'Orders', fields: [] } as const;
    const kept = inferTopicSchemas('orders', avro, { topic: 'orders', value: committed }, {});
    expect(kept.valueFormat).toBe('confluent');
    expect(kept.value).toBe(committed);
  });

  test('structured keys in the same framing are inferred too', () => {
    const sample = decodeSample([record(0, framed(7, values[0]), framed(3, { tenant: 't', id: 1 }))]);
    const schemas = inferTopicSchemas('orders', sample, { topic: 'orders' }, {});
    expect(schemas.keyFormat).toBe('confluent-json');
    expect(formatSchema(schemas.key!)).toContain('"name": "tenant"');
  });
});

describe('inference notes in the scan', () => {
  test('a committed record keyed by e-mail addresses: the note names the path and the override, never a key', () => {
    const committed = {
      topic: 'scores',
      value: {
        type: 'record',
        name: 'Scores',
        fields: [
          {
            name: 'by_user',
            type: {
              type: 'record',
              name: 'ScoresByUser',
              fields: [
                { name: 'a', originalName: 'ann@corp.example', type: 'long' },
                { name: 'b', originalName: 'bob@corp.example', type: 'long' },
              ],
            },
          },
        ],
      },
    } as const;
    const sample = decodeSample([record(0, Buffer.from(JSON.stringify({ by_user: { 'ann@corp.example': 1, 'bob@corp.example': 2 } })))]);
    const schemas = inferTopicSchemas('scores', sample, committed, {});
    expect(schemas.notes).toEqual([
      'value.by_user looks keyed by data (2 of 2 keys look like e-mail addresses) but the committed schema keeps it a record; add "overrides": {"by_user":"map"} to topic.json to make it a map',
    ]);
    expect(schemas.notes.join()).not.toContain('corp');
  });
});
