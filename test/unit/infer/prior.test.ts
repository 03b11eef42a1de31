import type { AvroSchema } from '../../../src/schema/avro';
import { formatSchema } from '../../../src/schema/avro';
import { expectValid, field, fieldsOf, infer } from './helpers';

const committed: AvroSchema = {
  type: 'record',
  name: 'OrderPlaced',
  namespace: 'com.acme.orders',
  doc: 'Written by hand',
  owner: 'team-orders',
  fields: [
    { name: 'zeta', type: 'string', doc: 'first on purpose' },
    { name: 'placed_at', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'count', type: 'int', default: 0 },
    { name: 'status', type: { type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] } },
    { name: 'legacy', type: ['null', 'string'], default: null },
    { name: 'customer', type: { type: 'record', name: 'Buyer', doc: 'renamed by hand', fields: [{ name: 'id', type: 'long' }] } },
  ],
};

const sample = { zeta: 'z', placed_at: 1700000000000, count: 3, status: 'PAID', customer: { id: 1 } };

describe('the committed schema as prior', () => {
  test('no values: the prior comes back byte for byte', () => {
    expect(formatSchema(infer([], { prior: committed }))).toBe(formatSchema(committed));
  });

  test('names, field order, docs, defaults, logical types and extra attributes survive; unseen fields are kept', () => {
    const schema = infer([sample, { ...sample, added_b: true, added_a: 1 }], { prior: committed, name: 'orders' });
    expect(schema).toMatchObject({ name: 'OrderPlaced', namespace: 'com.acme.orders', doc: 'Written by hand', owner: 'team-orders' });
    expect(fieldsOf(schema).map((f) => f.name)).toEqual(['zeta', 'placed_at', 'count', 'status', 'legacy', 'customer', 'added_b', 'added_a']);
    expect(field(schema, 'zeta')).toEqual({ name: 'zeta', type: 'string', doc: 'first on purpose' });
    expect(field(schema, 'placed_at').type).toEqual({ type: 'long', logicalType: 'timestamp-millis' });
    expect(field(schema, 'count')).toEqual({ name: 'count', type: 'int', default: 0 });
    expect(field(schema, 'status').type).toEqual({ type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] });
    expect(field(schema, 'legacy')).toEqual({ name: 'legacy', type: ['null', 'string'], default: null });
    expect(field(schema, 'customer').type).toMatchObject({ name: 'Buyer', doc: 'renamed by hand' });
    expect(field(schema, 'added_a')).toEqual({ name: 'added_a', type: ['null', 'long'], default: null });
    expectValid(schema, [sample]);
  });

  test('a contradicting observation widens or adds a union branch (after the committed ones), never replaces', () => {
    const values = [
      { ...sample, zeta: 5, count: 2 ** 40, status: 'REFUNDED', placed_at: 1.5 },
      { ...sample, customer: { id: 'c-1' } },
    ];
    const schema = infer(values, { prior: committed });
    expect(field(schema, 'zeta').type).toEqual(['string', 'long']);
    expect(field(schema, 'count')).toEqual({ name: 'count', type: 'long', default: 0 });
    expect(field(schema, 'placed_at').type).toBe('double');
    expect(field(schema, 'status').type).toEqual([{ type: 'enum', name: 'Status', symbols: ['NEW', 'PAID'] }, 'string']);
    expect(field(schema, 'customer').type).toMatchObject({ name: 'Buyer', fields: [{ name: 'id', type: ['long', 'string'] }] });
    expectValid(schema, values);
  });

  test('a required committed field missing from the sample becomes optional; one with a default stays as it is', () => {
    const { count: _count, zeta: _zeta, ...rest } = sample;
    const schema = infer([rest], { prior: committed });
    expect(field(schema, 'zeta')).toEqual({ name: 'zeta', type: ['null', 'string'], doc: 'first on purpose', default: null });
    expect(field(schema, 'count')).toEqual({ name: 'count', type: 'int', default: 0 });
    expectValid(schema, [rest]);
  });

  test('a null for a field with a non-null default puts the default branch first', () => {
    const schema = infer([{ ...sample, count: null }], { prior: committed });
    expect(field(schema, 'count')).toEqual({ name: 'count', type: ['int', 'null'], default: 0 });
  });

  test('rerun on the same data, and inferring again from the output, change no byte', () => {
    const values = [sample, { ...sample, extra: { '1': 'x' }, 'bad-key': [1.5] }, { zeta: null, other: 'x' }];
    const first = infer(values, { prior: committed, name: 'orders' });
    const again = infer(values, { prior: first, name: 'orders' });
    expect(formatSchema(again)).toBe(formatSchema(first));
    expect(formatSchema(infer([], { prior: first }))).toBe(formatSchema(first));
    const fresh = infer(values);
    expect(formatSchema(infer(values, { prior: fresh }))).toBe(formatSchema(fresh));
  });

  test('a prior whose top level is not a record still works', () => {
    expect(infer(['a'], { prior: 'string' })).toBe('string');
    const schema = infer([{ a: 1 }], { prior: 'string' });
    expect(schema).toEqual(['string', { type: 'record', name: 'Events', fields: [{ name: 'a', type: 'long' }] }]);
    expect(infer([], { prior: ['null', { type: 'map', values: 'long' }] })).toEqual(['null', { type: 'map', values: 'long' }]);
    expect(infer([{ k: 2.5 }], { prior: { type: 'map', values: 'long' } })).toEqual({ type: 'map', values: 'double' });
  });

  test('string annotations follow the data: a non-UUID drops logicalType uuid, other attributes stay', () => {
    const prior: AvroSchema = { type: 'record', name: 'R', fields: [{ name: 'u', type: { type: 'string', logicalType: 'uuid', pii: true } }] };
    expect(field(infer([{ u: '123e4567-e89b-12d3-a456-426614174000' }], { prior }), 'u').type).toEqual({ type: 'string', logicalType: 'uuid', pii: true });
    expect(field(infer([{ u: 'x' }], { prior }), 'u').type).toEqual({ type: 'string', pii: true });
  });

  test('new records never take a committed name', () => {
    const prior: AvroSchema = { type: 'record', name: 'Events', fields: [{ name: 'x', type: { type: 'record', name: 'EventsA', fields: [] } }] };
    const schema = infer([{ x: {}, a: { b: 1 } }], { prior });
    expect(field(schema, 'a').type).toMatchObject(['null', { name: 'EventsA2' }]);
    expectValid(schema, [{ x: {}, a: { b: 1 } }]);
  });

  test('a folded catalogue committed with 2 levels: a node 2 levels deeper adds 2 levels, never fields to the shared record', () => {
    const meta: AvroSchema = { type: 'record', name: 'CatalogueMeta', fields: [{ name: 'owner', type: 'string' }] };
    const prior: AvroSchema = { type: 'map', values: [meta, { type: 'map', values: 'CatalogueMeta' }] };
    const deeper = { meta: { owner: 'a' }, checkout: { meta: { owner: 'b' }, 'dark-mode': { meta: { owner: 'c' }, beta: { meta: { owner: 'd' } } } } };
    const schema = infer([deeper], { prior, name: 'catalogue' });
    expect(schema).toEqual({
      type: 'map',
      values: [meta, { type: 'map', values: ['CatalogueMeta', { type: 'map', values: ['CatalogueMeta', { type: 'map', values: 'CatalogueMeta' }] }] }],
    });
    expectValid(schema, [deeper]);
    expect(formatSchema(infer([deeper], { prior: schema }))).toBe(formatSchema(schema));
    expect(formatSchema(infer([{ meta: { owner: 'a' }, checkout: { meta: { owner: 'b' } } }], { prior }))).toBe(formatSchema(prior));
  });

  test('a committed map stays a map and a committed record a record, unless an override says otherwise', () => {
    const prior: AvroSchema = {
      type: 'record',
      name: 'R',
      fields: [{ name: 'm', type: { type: 'record', name: 'M', fields: [{ name: 'a', type: 'long' }] } }],
    };
    const values = [{ m: { '1': 2, '3': 4, a: 1 } }];
    expect(field(infer(values, { prior }), 'm').type).toMatchObject({ type: 'record', name: 'M' });
    expect(field(infer(values, { prior, overrides: { m: 'map' } }), 'm').type).toEqual({ type: 'map', values: 'long' });
  });
});
