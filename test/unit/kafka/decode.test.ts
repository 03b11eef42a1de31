import { decodePayload, headerSchemaId } from '../../../src/kafka/decode';
import { decideFormat } from '../../../src/kafka/payload-format';
import { JsonDouble } from '../../../src/json/value';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('decodePayload', () => {
  it('reads JSON with a BOM, big integers and whole doubles', () => {
    const decoded = decodePayload(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('{"id":12345678901234567890,"x":1.0}')]));
    expect(decoded.kind).toBe('json');
    const value = (decoded as { value: Record<string, unknown> }).value;
    expect(Number(value.id)).toBeGreaterThanOrEqual(2 ** 63); // beyond a long, as the literal is
    expect(value.x).toBeInstanceOf(JsonDouble);
  });

  it('reads big integers by their type: a 64-bit id stays below 2^63, a larger one above it (parseJsonTyped)', () => {
    const valueOf = (text: string) => (decodePayload(utf8(text)) as { value: Record<string, number | bigint> }).value;
    const id = valueOf('{"id":9007199254740993}').id!;
    expect(Number(id)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(Number(id)).toBeLessThan(2 ** 63);
    expect(valueOf('{"id":9223372036854775807}').id).toBe(9223372036854775807n);
    expect(Number(valueOf('{"id":18446744073709551616}').id)).toBeGreaterThanOrEqual(2 ** 63);
  });

  it('tells text, bytes, tombstones and Confluent framing apart', () => {
    expect(decodePayload(null)).toEqual({ kind: 'null' });
    expect(decodePayload(utf8('user signed in'))).toEqual({ kind: 'text', value: 'user signed in' });
    expect(decodePayload(Buffer.from([0xff, 0xfe, 0x00, 0x01]))).toEqual({ kind: 'bytes', length: 4 });
    expect(decodePayload(utf8('bell\u0007'))).toEqual({ kind: 'bytes', length: 5 });
    const framed = Buffer.concat([Buffer.from([0, 0, 0, 1, 44]), utf8('avro')]);
    expect(decodePayload(framed)).toMatchObject({ kind: 'confluent', schemaId: 300 });
    expect(decodePayload(utf8('{"broken":'))).toEqual({ kind: 'text', value: '{"broken":' });
  });

  it('recognises the schema id header of newer Confluent serializers', () => {
    const id = Buffer.alloc(4);
    id.writeInt32BE(17);
    expect(headerSchemaId({ __value_schema_id: id }, 'value')).toBe(17);
    expect(headerSchemaId({}, 'value')).toBeUndefined();
  });
});

describe('decideFormat', () => {
  it('calls a topic of objects JSON and counts what does not fit', () => {
    const verdict = decideFormat([decodePayload(utf8('{"a":1}')), decodePayload(utf8('oops')), decodePayload(null)]);
    expect(verdict).toMatchObject({ format: 'json', nulls: 1, undecodable: 1 });
    expect(verdict.values).toEqual([{ a: 1 }]);
  });

  it('calls a text topic string even when some lines look like JSON scalars', () => {
    const verdict = decideFormat([decodePayload(utf8('hello')), decodePayload(utf8('42'))]);
    expect(verdict.format).toBe('string');
    expect(verdict.values).toEqual(['hello', '42']);
  });

  it('calls binary that sometimes starts with a zero byte bytes, not Confluent framing', () => {
    const noise = (first: number) => Buffer.from([first, 0x9c, 0x01, 0xfe, 0x42, 0x00, 0x17]);
    const payloads = [noise(0), ...Array.from({ length: 49 }, (_, i) => noise(i + 1))].map(decodePayload);
    expect(payloads[0]!.kind).toBe('confluent'); // alone, a zero first byte looks framed
    expect(decideFormat(payloads)).toMatchObject({ format: 'bytes', undecodable: 0, confluentSchemaIds: [] });
  });

  it('calls a topic Confluent when at least half of its payloads are framed', () => {
    const framed = (id: number) => Buffer.concat([Buffer.from([0, 0, 0, 0, id]), utf8('avro')]);
    const verdict = decideFormat([framed(7), framed(9), utf8('{"a":1}'), null].map(decodePayload));
    expect(verdict).toMatchObject({ format: 'confluent', nulls: 1, undecodable: 1, confluentSchemaIds: [7, 9] });
  });

  it('says empty when there is nothing but tombstones', () => {
    expect(decideFormat([decodePayload(null)]).format).toBe('empty');
    expect(decideFormat([]).format).toBe('empty');
  });
});
