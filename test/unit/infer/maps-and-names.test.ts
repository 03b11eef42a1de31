import avro from 'avsc';
import type { JsonObject } from '../../../src/json/value';
import { MANY_KEYS, MAP_KEY_LIMIT } from '../../../src/infer';
import { FOLDED_MISSES } from '../../../src/infer/map-heuristic';
import { formatSchema } from '../../../src/schema/avro';
import { expectValid, field, fieldsOf, infer } from './helpers';

const objectWith = (keys: string[], value: (i: number) => unknown): JsonObject => Object.fromEntries(keys.map((key, i) => [key, value(i)])) as JsonObject;

describe('map heuristic', () => {
  test.each([
    ['numeric ids', ['1', '42', '-7']],
    ['UUIDs', ['123e4567-e89b-12d3-a456-426614174000', '223e4567-e89b-12d3-a456-426614174000']],
    ['dates', ['2024-01-01', '2024-01-02T00:00:00Z']],
    ['hex ids', ['5f2b9c0e1a', 'deadbeef01']],
  ])('objects whose keys are %s become maps', (_, keys) => {
    const values = [{ stock: objectWith(keys, (i) => ({ qty: i })) }];
    const schema = infer(values);
    expect(field(schema, 'stock').type).toEqual({
      type: 'map',
      values: { type: 'record', name: 'EventsStockValue', fields: [{ name: 'qty', type: 'long' }] },
    });
    expectValid(schema, values);
  });

  test('ordinary field names, even hex-looking words, stay records', () => {
    const schema = infer([{ o: { deadbeef: 1, id: 2, name: 'x' } }]);
    expect((field(schema, 'o').type as { type: string }).type).toBe('record');
  });

  test(`more than ${MANY_KEYS} distinct keys with one value shape become a map`, () => {
    const keys = Array.from({ length: MANY_KEYS + 1 }, (_, i) => `k${i}`);
    const values = [{ m: objectWith(keys, (i) => i) }];
    expect(field(infer(values), 'm').type).toEqual({ type: 'map', values: 'long' });
    const fewer = [{ m: objectWith(keys.slice(1), (i) => i) }];
    expect((field(infer(fewer), 'm').type as { type: string }).type).toBe('record');
  });

  test('many keys with mixed value kinds stay a record below the hard limit', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const values = [{ m: objectWith(keys, (i) => (i % 2 ? i : 's')) }];
    expect((field(infer(values), 'm').type as { type: string }).type).toBe('record');
  });

  test('100,000 keys in one object: folded into a map past MAP_KEY_LIMIT (work bounded by the limit, not the keys)', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `key${i}`);
    const values = [{ m: objectWith(keys, (i) => (i % 2 ? i : 's')) }, { m: { other: true } }];
    const schema = infer(values);
    expect(field(schema, 'm').type).toEqual({ type: 'map', values: ['boolean', 'long', 'string'] });
    expectValid(schema, values);
    expect(MAP_KEY_LIMIT).toBeLessThan(100_000);
  });

  test(`past MAP_KEY_LIMIT keys, a structural key stays apart while missing from at most ${FOLDED_MISSES} objects (a count, whatever the order)`, () => {
    const letters = (n: number) => n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
    const sample = (missing: number) =>
      Array.from({ length: 200 }, (_, i) => ({
        m: {
          ...(i < missing ? {} : { meta: { owner: 'a' } }),
          ...objectWith(
            Array.from({ length: 10 }, (_, k) => `feature${letters(10 * i + k)}`),
            (k) => ({ n: k }),
          ),
        },
      }));
    const kept = sample(FOLDED_MISSES);
    const meta = { type: 'record', name: 'EventsMMeta', fields: [{ name: 'owner', type: 'string' }] };
    const feature = { type: 'record', name: 'EventsMValue', fields: [{ name: 'n', type: 'long' }] };
    expect(field(infer(sample(5)), 'm').type).toEqual({ type: 'map', values: [meta, feature] });
    expect(field(infer(kept), 'm').type).toEqual({ type: 'map', values: [meta, feature] });
    expect(formatSchema(infer([...kept].reverse()))).toBe(formatSchema(infer(kept)));
    // One miss more: `meta` joins the feature values (one record of both kinds' fields).
    expect(field(infer(sample(FOLDED_MISSES + 1)), 'm').type).toEqual({
      type: 'map',
      values: {
        type: 'record',
        name: 'EventsMValue',
        fields: [
          { name: 'n', type: ['null', 'long'], default: null },
          { name: 'owner', type: ['null', 'string'], default: null },
        ],
      },
    });
    expectValid(infer(kept), kept);
  });

  test('overrides force map or record by path (array items transparent, * for map values)', () => {
    const values = [{ customer: { attributes: { color: 'red', size: 'L' } }, orders: [{ ids: { '1': 1, '2': 2 } }] }];
    const auto = infer(values);
    expect(formatSchema(auto)).toContain('"name": "color"');
    const forced = infer(values, { overrides: { 'customer.attributes': 'map', 'orders.ids': 'record' } });
    const customer = field(forced, 'customer').type as { fields: Array<{ name: string; type: unknown }> };
    expect(customer.fields[0]!.type).toEqual({ type: 'map', values: 'string' });
    expect(formatSchema(forced)).toContain('"originalName": "1"');
    expectValid(forced, values);
    const nested = [{ m: { '1': { tags: { a: 1 } } } }];
    const viaStar = infer(nested, { overrides: { 'm.*.tags': 'map' } });
    expect(formatSchema(viaStar)).toContain('"values": "long"');
  });
});

describe('names', () => {
  test('records are named in PascalCase from the topic and the field path, under the namespace', () => {
    const schema = infer([{ customer: { home_address: { city: 'x' } }, lines: [{ sku: 'a' }] }], { name: 'shop.orders-v2', namespace: 'com.acme' });
    const text = formatSchema(schema);
    expect(schema).toMatchObject({ type: 'record', name: 'ShopOrdersV2', namespace: 'com.acme' });
    expect(text).toContain('"name": "ShopOrdersV2Customer"');
    expect(text).toContain('"name": "ShopOrdersV2CustomerHomeAddress"');
    expect(text).toContain('"name": "ShopOrdersV2LinesItem"');
    expect(avro.Type.forSchema(schema as avro.Schema, { noAnonymousTypes: true }).name).toBe('com.acme.ShopOrdersV2');
  });

  test('an invalid namespace is refused by the inferrer itself, never written into a schema', () => {
    for (const namespace of ['a..b', '1abc', 'a-b', 'a.']) expect(() => infer([{ a: 1 }], { namespace })).toThrow(/invalid Avro namespace/);
    expect(infer([{ a: 1 }], { namespace: '' })).not.toHaveProperty('namespace');
  });

  test('record names are unique even when paths PascalCase alike', () => {
    const values = [{ a_b: { c: { x: 1 } }, a: { b_c: { y: 1 } } }];
    const schema = infer(values);
    const text = formatSchema(schema);
    expect(text).toContain('"name": "EventsABC"');
    expect(text).toContain('"name": "EventsABC2"');
    expectValid(schema, values);
  });

  test('invalid keys are sanitized with originalName; collisions resolve independently of order', () => {
    const a = [{ 'user-id': 1 }, { user_id: 2 }, { '9lives': 3, é: 4, '': 5 }];
    const b = [...a].reverse();
    const schema = infer(a);
    expect(formatSchema(infer(b))).toBe(formatSchema(schema));
    expect(fieldsOf(schema).map((f) => [f.name, f.originalName])).toEqual([
      ['_9lives', '9lives'],
      ['user_id_2', 'user-id'],
      ['user_id', undefined],
      ['__2', 'é'],
      ['_', ''],
    ]);
    expectValid(schema, [...a, { 'user-id': 1, user_id: 2 }]);
  });

  test('__proto__, constructor and other Object.prototype names are ordinary keys', () => {
    const values = [JSON.parse('{"__proto__":{"polluted":1},"constructor":"c","toString":2,"hasOwnProperty":null}')];
    const schema = infer(values);
    // avsc keeps fields by name in a plain object: `__proto__` is renamed (originalName keeps the key).
    expect(fieldsOf(schema).map((f) => [f.name, f.originalName])).toEqual([
      ['__proto___', '__proto__'],
      ['constructor', undefined],
      ['toString', undefined],
      ['hasOwnProperty', undefined],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectValid(schema, values);
    const dataKeyed = [JSON.parse('{"m":{"__proto__":1,"constructor":2}}')];
    expectValid(infer(dataKeyed, { overrides: { m: 'map' } }), dataKeyed);
  });

  test('an enumerable property someone put on Object.prototype never becomes a field or map value', () => {
    const values = [JSON.parse('{"a":1,"m":{"k1":"x","k2":"y"}}')];
    const clean = infer(values, { overrides: { m: 'map' } });
    Object.defineProperty(Object.prototype, 'injected', { value: true, enumerable: true, configurable: true });
    try {
      expect(infer(values, { overrides: { m: 'map' } })).toEqual(clean);
    } finally {
      delete (Object.prototype as Record<string, unknown>).injected;
    }
    expect(fieldsOf(clean).map((f) => f.name)).toEqual(['a', 'm']);
  });
});
