import { parseJson, parseJsonTyped } from '../../../src/json/parse';
import { JsonDouble } from '../../../src/json/value';
import { formatSchema } from '../../../src/schema/avro';
import { expectValid, field, infer, inferTexts } from './helpers';

describe('type lattice', () => {
  test('integers are long, fractions double, and long widens to double', () => {
    expect(field(infer([{ n: 1 }]), 'n').type).toBe('long');
    expect(field(infer([{ n: 1.5 }]), 'n').type).toBe('double');
    expect(field(infer([{ n: 1 }, { n: 2.5 }]), 'n').type).toBe('double');
  });

  test('a whole number written with a fraction or exponent is a double', () => {
    expect(field(inferTexts(['{"n":1.0}']), 'n').type).toBe('double');
    expect(field(inferTexts(['{"n":2e3}']), 'n').type).toBe('double');
    expect(field(infer([{ n: new JsonDouble(3) }]), 'n').type).toBe('double');
  });

  test('integers beyond 2^53 stay long and exact; beyond 64 bits they are doubles', () => {
    const texts = ['{"id":12345678901234567890123}', '{"id":9007199254740993}'];
    expect(parseJson(texts[1]!)).toEqual({ id: 9007199254740993n });
    expect(field(inferTexts([texts[1]!]), 'id').type).toBe('long');
    expect(field(inferTexts(texts), 'id').type).toBe('double');
    expect(field(infer([{ id: 2n ** 63n - 1n }, { id: -(2n ** 63n) }]), 'id').type).toBe('long');
    // Rounded integers (parseJsonTyped, or a caller's numbers): below 2^63 long, from 2^63 on double.
    expect(field(infer([{ id: 2 ** 62 }, { id: -(2 ** 63) }, { id: 2 ** 63 - 1024 }]), 'id').type).toBe('long');
    expect(field(infer([{ id: 2 ** 63 }]), 'id').type).toBe('double');
    expect(field(infer([{ id: -(2 ** 64) }]), 'id').type).toBe('double');
    expect(field(infer([{ id: 1e300 }]), 'id').type).toBe('double');
    const typed = ['{"id":9007199254740993}', '{"id":9223372036854775807}'].map(parseJsonTyped);
    expect(field(infer(typed), 'id').type).toBe('long');
    expect(field(infer(['{"id":9223372036854775808}'].map(parseJsonTyped)), 'id').type).toBe('double');
  });

  test('values no widening joins become a union in canonical order, null first', () => {
    const values = [{ v: 'a' }, { v: true }, { v: null }, { v: 3 }, { v: [1] }, { v: { a: 1 } }];
    const schema = infer(values);
    expect(field(schema, 'v').type).toEqual([
      'null',
      'boolean',
      'long',
      'string',
      { type: 'array', items: 'long' },
      { type: 'record', name: 'EventsV', fields: [{ name: 'a', type: 'long' }] },
    ]);
    expectValid(schema, values);
  });

  test('never two records or two arrays in one union: they merge', () => {
    const values = [{ v: { a: 1 } }, { v: { b: 'x' } }, { v: [1] }, { v: ['x'] }];
    const schema = infer(values);
    const type = field(schema, 'v').type as unknown[];
    expect(type).toHaveLength(2);
    expect(type[0]).toEqual({ type: 'array', items: ['long', 'string'] });
    expect(type[1]).toMatchObject({
      type: 'record',
      fields: [
        { name: 'a', default: null },
        { name: 'b', default: null },
      ],
    });
    expectValid(schema, values);
  });

  test('array items are merged across arrays; empty arrays alone give items null', () => {
    expect(field(infer([{ a: [1, 2] }, { a: [3.5] }]), 'a').type).toEqual({ type: 'array', items: 'double' });
    expect(field(infer([{ a: [] }]), 'a').type).toEqual({ type: 'array', items: 'null' });
    expect(field(infer([{ a: [] }, { a: ['x'] }]), 'a').type).toEqual({ type: 'array', items: 'string' });
  });

  test('top-level values need not be records', () => {
    expect(infer(['a', 'b'])).toBe('string');
    expect(infer([1, 'b'])).toEqual(['long', 'string']);
    expect(infer([])).toBe('null');
    expectValid(infer([[{ a: 1 }], 'x']), [[{ a: 1 }], 'x']);
  });
});

describe('optional fields', () => {
  test('a field missing from some objects is ["null", T] with default null', () => {
    const values = [{ a: 1, b: 'x' }, { a: 2 }];
    const schema = infer(values);
    expect(field(schema, 'a')).toEqual({ name: 'a', type: 'long' });
    expect(field(schema, 'b')).toEqual({ name: 'b', type: ['null', 'string'], default: null });
    expectValid(schema, values);
  });

  test('a field null in some objects is ["null", T] with default null', () => {
    expect(field(infer([{ a: 1 }, { a: null }]), 'a')).toEqual({ name: 'a', type: ['null', 'long'], default: null });
  });

  test('a field only ever null stays "null" until a type is seen', () => {
    expect(field(infer([{ a: null }, { a: null }]), 'a')).toEqual({ name: 'a', type: 'null', default: null });
    expect(field(infer([{ a: null }, {}]), 'a')).toEqual({ name: 'a', type: 'null', default: null });
  });
});

describe('string formats', () => {
  const uuids = ['123e4567-e89b-12d3-a456-426614174000', 'A987FBC9-4BED-3078-CF07-9141BA07C9F3'];
  test('strings that are all UUIDs get logicalType uuid', () => {
    expect(field(infer(uuids.map((u) => ({ u }))), 'u').type).toEqual({ type: 'string', logicalType: 'uuid' });
    expect(field(infer([...uuids, 'nope'].map((u) => ({ u }))), 'u').type).toBe('string');
  });

  test('RFC 3339 timestamps and dates keep type string and record the format', () => {
    const times = ['2024-02-29T12:30:00Z', '2024-02-29T12:30:00.123+02:00', '1999-12-31t23:59:60-08:00'];
    expect(field(infer(times.map((t) => ({ t }))), 't').type).toEqual({ type: 'string', format: 'date-time' });
    expect(field(infer(['2024-01-31', '1970-01-01'].map((d) => ({ d }))), 'd').type).toEqual({ type: 'string', format: 'date' });
    expect(field(infer(['2024-01-31', times[0]!].map((d) => ({ d }))), 'd').type).toBe('string');
    expect(field(infer([{ d: '2024-13-01' }]), 'd').type).toBe('string');
    expect(field(infer([{ d: '2024-01-01T10:00:00' }]), 'd').type).toBe('string');
  });

  test('formats are checked per position, and survive nullability', () => {
    const schema = infer([{ u: uuids[0]! }, { u: null }]);
    expect(field(schema, 'u').type).toEqual(['null', { type: 'string', logicalType: 'uuid' }]);
    expect(formatSchema(schema)).toContain('"logicalType": "uuid"');
  });
});
