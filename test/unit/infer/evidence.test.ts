import { createInferrer } from '../../../src/infer/index';
import { parseJsonTyped } from '../../../src/json/parse';
import { topicEvidence, type PackedEvidence } from '../../../src/scan/topic-evidence';
import { retainedBytes } from '../../support/retained-heap';

describe('field evidence (counts from the inference, never values)', () => {
  it('counts presence and JSON types per field path, by the Avro names the diff uses', () => {
    const inferrer = createInferrer({ name: 'payments' });
    const lines = [
      '{"amount": 1.5, "user-id": "u1", "lines": [{"sku": "a"}, {"sku": 2}], "tags": {"k": 1}}',
      '{"amount": "12.00", "user-id": "u2", "lines": []}',
      '{"amount": null, "lines": [{"sku": null}]}',
      '{"amount": 3}',
    ];
    for (const line of lines) inferrer.add(parseJsonTyped(line));
    inferrer.result();
    const evidence = inferrer.evidence(100);
    expect(evidence.get('amount')).toEqual({ present: 4, of: 4, types: { null: 1, boolean: 0, number: 2, string: 1, object: 0, array: 0 } });
    // `user-id` is the Avro field `user_id` (originalName keeps the key): the diff's path.
    expect(evidence.get('user_id')).toMatchObject({ present: 2, of: 4, types: { string: 2 } });
    expect(evidence.get('lines')).toMatchObject({ present: 3, of: 4, types: { array: 3 } });
    expect(evidence.get('lines[].sku')).toEqual({ present: 3, of: 3, types: { null: 1, boolean: 0, number: 1, string: 1, object: 0, array: 0 } });
    expect(evidence.get('tags')).toMatchObject({ present: 1, of: 4, types: { object: 1 } });
    expect(inferrer.evidence(2).size).toBe(2);
  });

  it('a committed field the sample did not see is present in 0 of the objects', () => {
    const prior = { type: 'record', name: 'Orders', fields: [{ name: 'legacy', type: ['null', 'string'], default: null }] };
    const inferrer = createInferrer({ name: 'orders', prior });
    inferrer.add(parseJsonTyped('{"id": 1}'));
    inferrer.add(parseJsonTyped('{"id": 2}'));
    inferrer.result();
    expect(inferrer.evidence(10).get('legacy')).toMatchObject({ present: 0, of: 2 });
    expect(inferrer.evidence(10).get('id')).toMatchObject({ present: 2, of: 2, types: { number: 2 } });
  });

  it('a sample: records, offset range per partition and time range', () => {
    const record = (partition: number, offset: string, timestamp?: string) => ({ partition, offset, key: null, value: null, headers: {}, timestamp });
    const evidence = topicEvidence([record(1, '10', '2000'), record(0, '7', '1000'), record(1, '9', '3000'), record(0, '8', '-1')], new Map());
    expect(evidence.unpack()).toEqual({
      records: 4,
      partitions: [
        { partition: 0, first: '7', last: '8', records: 2 },
        { partition: 1, first: '9', last: '10', records: 2 },
      ],
      from: 1000,
      to: 3000,
      fields: [],
    });
  });

  it('orders offsets exactly beyond 2^53 and across lengths', () => {
    const record = (offset: string) => ({ partition: 0, offset, key: null, value: null, headers: {}, timestamp: undefined });
    const offsets = ['9007199254740993', '9007199254740992', '1000000000000000001', '999999999999999999', '9007199254740994'];
    expect(topicEvidence(offsets.map(record), new Map()).unpack().partitions).toEqual([
      { partition: 0, first: '9007199254740992', last: '1000000000000000001', records: 5 },
    ]);
    const small = ['9007199254740993', '9007199254740992'];
    expect(topicEvidence(small.map(record), new Map()).unpack().partitions[0]).toMatchObject({ first: '9007199254740992', last: '9007199254740993' });
  });

  it('is kept packed: a few hundred bytes a topic, the same evidence unpacked and in JSON', () => {
    const fieldNames = ['id', 'amount', 'currency', 'country', 'premium', 'created', 'status', 'lines', 'note'];
    const record = (offset: number) => ({
      partition: 0,
      offset: String(offset),
      key: null,
      value: null,
      headers: {},
      timestamp: String(1_700_000_000_000 + offset),
    });
    const records = Array.from({ length: 100 }, (_, i) => record(i));
    const topics = 4_000;
    const before = retainedBytes();
    const kept: PackedEvidence[] = [];
    for (let t = 0; t < topics; t++) {
      // New strings per topic, as each topic's inference makes its own paths.
      const fields = new Map(
        fieldNames.map((name, i) => [
          `user.${name}_${t % 7}`,
          { present: 90 + i, of: 100, types: { null: 10 - i, boolean: 0, number: t % 100, string: 90, object: 0, array: i } },
        ]),
      );
      kept.push(topicEvidence(records, fields));
    }
    const perTopic = (retainedBytes() - before) / topics;
    // As objects (one per field, one per field's type counts) it was ~1.4 kB a topic; ~550 bytes packed.
    expect(perTopic).toBeLessThan(800);

    const unpacked = kept[42]!.unpack();
    expect(unpacked.fields).toHaveLength(fieldNames.length);
    expect(unpacked.fields[3]).toEqual({
      path: 'user.country_0',
      present: 93,
      of: 100,
      types: { null: 7, boolean: 0, number: 42, string: 90, object: 0, array: 3 },
    });
    expect(unpacked).toMatchObject({
      records: 100,
      partitions: [{ partition: 0, first: '0', last: '99', records: 100 }],
      from: 1_700_000_000_000,
      to: 1_700_000_000_099,
    });
    expect(JSON.parse(JSON.stringify(kept[42]))).toEqual(unpacked);
  });
});
