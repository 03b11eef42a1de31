import { describe, expect, it } from '@jest/globals';
import type { AvroSchema } from '../../../src/schema/avro';
import { brokenDirections } from '../../../src/schema/compatibility';
import { diffSchemas, type SchemaChange } from '../../../src/schema/diff';
import { Rng, SchemaGenerator } from './schema-generator';

const record = (fields: object[], extra: object = {}): AvroSchema => ({ type: 'record', name: 'Order', fields, ...extra });
const changes = (before: AvroSchema, after: AvroSchema): SchemaChange[] => diffSchemas(before, after).changes;

describe('diffSchemas: change kinds', () => {
  it('reports nothing for identical schemas, and for field reordering', () => {
    const schema = record([
      { name: 'id', type: 'long' },
      { name: 'note', type: ['null', 'string'], default: null },
    ]);
    expect(diffSchemas(schema, schema)).toMatchObject({ changes: [], verdict: { level: 'FULL' } });
    const reordered = record([
      { name: 'note', type: ['null', 'string'], default: null },
      { name: 'id', type: 'long' },
    ]);
    expect(changes(schema, reordered)).toEqual([]);
  });

  it('added field: breaks BACKWARD only without a default', () => {
    const before = record([{ name: 'id', type: 'long' }]);
    expect(
      changes(
        before,
        record([
          { name: 'id', type: 'long' },
          { name: 'total', type: 'double' },
        ]),
      ),
    ).toEqual([{ path: 'total', kind: 'added', before: null, after: 'double', breaks: ['BACKWARD'] }]);
    expect(
      changes(
        before,
        record([
          { name: 'id', type: 'long' },
          { name: 'total', type: 'double', default: 0 },
        ]),
      ),
    ).toEqual([{ path: 'total', kind: 'added', before: null, after: 'double', breaks: [] }]);
  });

  it('removed field: breaks FORWARD only when the old field had no default', () => {
    const after = record([{ name: 'id', type: 'long' }]);
    expect(
      changes(
        record([
          { name: 'id', type: 'long' },
          { name: 'sku', type: 'string' },
        ]),
        after,
      ),
    ).toEqual([{ path: 'sku', kind: 'removed', before: 'string', after: null, breaks: ['FORWARD'] }]);
    expect(
      changes(
        record([
          { name: 'id', type: 'long' },
          { name: 'sku', type: ['null', 'string'], default: null },
        ]),
        after,
      ),
    ).toEqual([{ path: 'sku', kind: 'removed', before: 'null | string', after: null, breaks: [] }]);
  });

  it('numeric promotion is widened (breaks FORWARD); the reverse is a type change (breaks BACKWARD)', () => {
    const int = record([{ name: 'n', type: 'int' }]);
    const long = record([{ name: 'n', type: 'long' }]);
    expect(changes(int, long)).toEqual([{ path: 'n', kind: 'widened', before: 'int', after: 'long', breaks: ['FORWARD'] }]);
    expect(changes(long, int)).toEqual([{ path: 'n', kind: 'type-changed', before: 'long', after: 'int', breaks: ['BACKWARD'] }]);
  });

  it('string <-> bytes is a type change that breaks nothing; boolean -> string breaks both', () => {
    expect(changes(record([{ name: 's', type: 'string' }]), record([{ name: 's', type: 'bytes' }]))).toEqual([
      { path: 's', kind: 'type-changed', before: 'string', after: 'bytes', breaks: [] },
    ]);
    expect(changes(record([{ name: 's', type: 'boolean' }]), record([{ name: 's', type: 'string' }]))[0]?.breaks).toEqual(['BACKWARD', 'FORWARD']);
  });

  it('nullability: making a field nullable breaks FORWARD, making it required breaks BACKWARD', () => {
    const required = record([{ name: 'email', type: 'string' }]);
    const nullable = record([{ name: 'email', type: ['null', 'string'], default: null }]);
    expect(changes(required, nullable)).toEqual(
      [
        { path: 'email', kind: 'default-changed', before: null, after: 'null', breaks: [] },
        { path: 'email', kind: 'nullability-changed', before: 'string', after: 'null | string', breaks: ['FORWARD'] },
      ].sort((a, b) => (a.kind === 'nullability-changed' ? -1 : b.kind === 'nullability-changed' ? 1 : 0)),
    );
    expect(changes(nullable, required).find((change) => change.kind === 'nullability-changed')?.breaks).toEqual(['BACKWARD']);
  });

  it('nullable and promoted at once: both changes at the same path', () => {
    expect(changes(record([{ name: 'n', type: 'int' }]), record([{ name: 'n', type: ['null', 'long'] }]))).toEqual([
      { path: 'n', kind: 'widened', before: 'int', after: 'long', breaks: ['FORWARD'] },
      { path: 'n', kind: 'nullability-changed', before: 'int', after: 'null | long', breaks: ['FORWARD'] },
    ]);
  });

  it('default and doc changes break nothing', () => {
    expect(
      changes(record([{ name: 'q', type: 'int', default: 1, doc: 'quantity' }]), record([{ name: 'q', type: 'int', default: 2, doc: 'how many' }])),
    ).toEqual([
      { path: 'q', kind: 'default-changed', before: '1', after: '2', breaks: [] },
      { path: 'q', kind: 'doc-changed', before: 'quantity', after: 'how many', breaks: [] },
    ]);
  });

  it('walks nested records, arrays, maps and union branches with the documented path notation', () => {
    const line = (extra: object[]): object => ({ type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }, ...extra] });
    const before = record([
      { name: 'lines', type: { type: 'array', items: line([]) } },
      { name: 'tags', type: { type: 'map', values: { type: 'array', items: 'int' } } },
      { name: 'ship', type: ['null', { type: 'record', name: 'Address', fields: [{ name: 'city', type: 'string' }] }] },
      {
        name: 'payment',
        type: [
          { type: 'record', name: 'Card', fields: [{ name: 'last4', type: 'string' }] },
          { type: 'record', name: 'Iban', fields: [{ name: 'iban', type: 'string' }] },
        ],
      },
    ]);
    const after = record([
      { name: 'lines', type: { type: 'array', items: line([{ name: 'qty', type: 'int' }]) } },
      { name: 'tags', type: { type: 'map', values: { type: 'array', items: 'long' } } },
      {
        name: 'ship',
        type: [
          'null',
          {
            type: 'record',
            name: 'Address',
            fields: [
              { name: 'city', type: 'string' },
              { name: 'zip', type: 'string', default: '' },
            ],
          },
        ],
      },
      {
        name: 'payment',
        type: [
          {
            type: 'record',
            name: 'Card',
            fields: [
              { name: 'last4', type: 'string' },
              { name: 'brand', type: 'string' },
            ],
          },
          { type: 'record', name: 'Iban', fields: [{ name: 'iban', type: 'string' }] },
        ],
      },
    ]);
    expect(changes(before, after).map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      'added lines[].qty',
      'added payment(Card).brand',
      'added ship.zip',
      'widened tags{}[]',
    ]);
  });

  it('record renames: without alias break both ways; with alias only FORWARD; namespace-only renames break nothing', () => {
    const before = record([{ name: 'id', type: 'long' }]);
    expect(changes(before, record([{ name: 'id', type: 'long' }], { name: 'Purchase' }))).toEqual([
      { path: '', kind: 'renamed', before: 'Order', after: 'Purchase', breaks: ['BACKWARD', 'FORWARD'] },
    ]);
    expect(changes(before, record([{ name: 'id', type: 'long' }], { name: 'Purchase', aliases: ['Order'] }))[0]?.breaks).toEqual(['FORWARD']);
    expect(changes(before, record([{ name: 'id', type: 'long' }], { namespace: 'com.acme' }))).toEqual([
      { path: '', kind: 'renamed', before: 'Order', after: 'com.acme.Order', breaks: [] },
    ]);
  });

  it('field renamed with an alias: breaks FORWARD unless the old field had a default', () => {
    expect(changes(record([{ name: 'qty', type: 'int' }]), record([{ name: 'quantity', type: 'int', aliases: ['qty'] }]))).toEqual([
      { path: 'quantity', kind: 'renamed', before: 'qty', after: 'quantity', breaks: ['FORWARD'] },
    ]);
    expect(changes(record([{ name: 'qty', type: 'int', default: 0 }]), record([{ name: 'quantity', type: 'int', default: 0, aliases: ['qty'] }]))).toEqual([
      { path: 'quantity', kind: 'renamed', before: 'qty', after: 'quantity', breaks: [] },
    ]);
  });

  it('enum symbols: added breaks FORWARD, removed breaks BACKWARD, unless the reader has an enum default', () => {
    const status = (symbols: string[], extra: object = {}): AvroSchema =>
      record([{ name: 'status', type: { type: 'enum', name: 'Status', symbols, ...extra } }]);
    expect(changes(status(['NEW', 'PAID']), status(['NEW', 'SHIPPED']))).toEqual([
      { path: 'status', kind: 'symbol-removed', before: 'PAID', after: null, breaks: ['BACKWARD'] },
      { path: 'status', kind: 'symbol-added', before: null, after: 'SHIPPED', breaks: ['FORWARD'] },
    ]);
    expect(changes(status(['NEW', 'PAID'], { default: 'NEW' }), status(['NEW', 'SHIPPED'], { default: 'NEW' })).map((c) => c.breaks)).toEqual([[], []]);
  });

  it('fixed size changes break both ways; logical type changes break nothing (Avro ignores them)', () => {
    expect(
      changes(
        record([{ name: 'h', type: { type: 'fixed', name: 'Hash', size: 16 } }]),
        record([{ name: 'h', type: { type: 'fixed', name: 'Hash', size: 32 } }]),
      ),
    ).toEqual([{ path: 'h', kind: 'type-changed', before: 'fixed Hash(16)', after: 'fixed Hash(32)', breaks: ['BACKWARD', 'FORWARD'] }]);
    expect(changes(record([{ name: 't', type: 'long' }]), record([{ name: 't', type: { type: 'long', logicalType: 'timestamp-millis' } }]))).toEqual([
      { path: 't', kind: 'type-changed', before: 'long', after: 'long (timestamp-millis)', breaks: [] },
    ]);
  });

  it('union branch sets: adding a branch widens (breaks FORWARD), removing one breaks BACKWARD', () => {
    const u = (type: unknown): AvroSchema => record([{ name: 'v', type }]);
    expect(changes(u(['int', 'string']), u(['int', 'string', 'boolean']))).toEqual([
      { path: 'v', kind: 'widened', before: 'int | string', after: 'int | string | boolean', breaks: ['FORWARD'] },
    ]);
    expect(changes(u(['int', 'string']), u('int'))).toEqual([{ path: 'v', kind: 'type-changed', before: 'int | string', after: 'int', breaks: ['BACKWARD'] }]);
    expect(changes(u(['int', 'string']), u(['long', 'string']))[0]?.breaks).toEqual(['FORWARD']);
  });

  it('terminates on recursive schemas', () => {
    const node = (valueType: string): AvroSchema => ({
      type: 'record',
      name: 'Node',
      fields: [
        { name: 'value', type: valueType },
        { name: 'next', type: ['null', 'Node'], default: null },
      ],
    });
    expect(changes(node('int'), node('long'))).toEqual([{ path: 'value', kind: 'widened', before: 'int', after: 'long', breaks: ['FORWARD'] }]);
  });

  it('orders changes deterministically', () => {
    const before = record([
      { name: 'b', type: 'int' },
      { name: 'a', type: 'int' },
    ]);
    const after = record([
      { name: 'c', type: 'int', default: 0 },
      { name: 'a', type: 'string' },
    ]);
    expect(changes(before, after).map(({ path, kind }) => `${path} ${kind}`)).toEqual(['a type-changed', 'b removed', 'c added']);
  });
});

describe('diffSchemas: breaks agree with the compatibility verdict', () => {
  it('the directions broken by some change are exactly the directions the checker rejects (generated evolutions)', () => {
    const generator = new SchemaGenerator(new Rng(7));
    const disagreements: unknown[] = [];
    let checked = 0;
    for (let base = 0; base < 150; base++) {
      const before = generator.record(0, base % 2 === 0 ? 'com.example' : undefined) as AvroSchema;
      for (let mutant = 0; mutant < 3; mutant++) {
        const after = generator.mutate(before as unknown as Parameters<typeof generator.mutate>[0]) as AvroSchema;
        const diff = diffSchemas(before, after);
        checked += 1;
        const fromChanges = [...new Set(diff.changes.flatMap((change) => change.breaks))].sort();
        const fromVerdict = brokenDirections(diff.verdict.level);
        if (JSON.stringify(fromChanges) !== JSON.stringify(fromVerdict)) {
          disagreements.push({
            before: JSON.stringify(before),
            after: JSON.stringify(after),
            changes: diff.changes.map((change) => `${change.kind} ${change.path} [${change.breaks.join(',')}]`),
            level: diff.verdict.level,
            backward: diff.verdict.backward.incompatibilities,
            forward: diff.verdict.forward.incompatibilities,
          });
        }
        if (diff.changes.length === 0 && JSON.stringify(before) !== JSON.stringify(after)) {
          // Only reorderings may produce no change at all.
          const names = (schema: AvroSchema): string => JSON.stringify(schema).replace(/"doc":"[^"]*",?/g, '');
          if (names(before).length !== names(after).length) disagreements.push({ before, after, reason: 'no change reported' });
        }
      }
    }
    expect(checked).toBe(450);
    expect(disagreements).toEqual([]);
  });
});
