import avro from 'avsc';
import fc from 'fast-check';
import { canSkipCodecs, checkWithAvsc } from '../../../src/schema/avsc-check';
import type { AvroSchema } from '../../../src/schema/avro';
import { avroSchema } from '../hostile/avro-arbitrary';

/**
 * checkWithAvsc skips avsc's code generation: it must accept and reject exactly what the full
 * `Type.forSchema` does, with the same message. The reference is avsc itself, run in full.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function fullParse(schema: unknown): string {
  try {
    avro.Type.forSchema(schema as avro.Schema, { wrapUnions: true });
    return 'accepted';
  } catch (error) {
    return error instanceof RangeError ? 'RangeError' : `rejected: ${(error as Error).message}`;
  }
}

function cheapCheck(schema: unknown): string {
  try {
    checkWithAvsc(schema);
    return 'accepted';
  } catch (error) {
    return error instanceof RangeError ? 'RangeError' : `rejected: ${(error as Error).message}`;
  }
}

test('this avsc has the code generators the check skips (fails when avsc moves them)', () => {
  expect(canSkipCodecs).toBe(true);
});

/** Names and values where generated code, JavaScript objects or defaults could behave unlike the checks. */
const AWKWARD: Json[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'class',
  'function',
  'this',
  'arguments',
  'eval',
  'null',
  'int',
  'T0',
  't0',
  'v0',
  'd0',
  'Record$',
  'a.b',
  'a..b',
  '',
  'stack',
  'error',
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  1e300,
  '\u00ff\u0100',
  'ab',
  [],
  {},
  null,
  true,
  { type: 'record', name: 'Dup', fields: [] },
  ['null', 'string'],
  ['string', 'null'],
  ['null', ['null']],
  { type: 'enum', name: 'E', symbols: ['A', 'A'] },
  { type: 'enum', name: 'E2', symbols: ['A', 'B'], default: 'C' },
  { type: 'fixed', name: 'F', size: 2 },
  { type: 'fixed', name: 'F3', size: -1 },
  { type: 'map', values: 'long' },
  { type: 'array' },
  { a: null },
  { string: 'x' },
];

interface Mutation {
  at: number;
  key: number;
  /** A value, or a copy of the schema's n-th container. */
  value: { put: Json } | { copyOf: number };
}

const KEYS = ['default', 'name', 'type', 'fields', 'symbols', 'size', 'items', 'values', 'namespace', 'aliases', 'order', 'logicalType'];

/** Every object and array of the schema, in document order. */
function containers(node: Json, into: Array<Json[] | { [key: string]: Json }> = []): Array<Json[] | { [key: string]: Json }> {
  if (node === null || typeof node !== 'object') return into;
  into.push(node);
  for (const child of Array.isArray(node) ? node : Object.values(node)) containers(child, into);
  return into;
}

function mutate(schema: AvroSchema, mutations: Mutation[]): Json {
  const root = structuredClone(schema) as Json;
  for (const { at, key, value } of mutations) {
    const nodes = containers(root);
    const node = nodes[at % nodes.length]!;
    // A copy: the constants are shared between runs, and a later mutation may write into it.
    const replacement = structuredClone('copyOf' in value ? nodes[value.copyOf % nodes.length]! : value.put);
    if (Array.isArray(node)) {
      if (key % 3 === 0) node.push(replacement);
      else if (node.length > 0) node[key % node.length] = replacement;
    } else {
      const own = Object.keys(node);
      const name = key % 2 === 0 && own.length > 0 ? own[key % own.length]! : KEYS[key % KEYS.length]!;
      node[name] = replacement;
    }
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  value: fc.oneof(
    fc.constantFrom(...AWKWARD).map((put) => ({ put })),
    (fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).map((put) => ({ put })),
    fc.nat().map((copyOf) => ({ copyOf })),
  ),
});

test('valid schemas are accepted by both', () => {
  fc.assert(
    fc.property(avroSchema, (schema) => {
      expect(cheapCheck(schema)).toBe('accepted');
      expect(fullParse(schema)).toBe('accepted');
    }),
    { numRuns: 300 },
  );
});

test('mutated schemas: the same verdict and the same message as the full parse', () => {
  let rejected = 0;
  let accepted = 0;
  fc.assert(
    fc.property(avroSchema, fc.array(mutation, { minLength: 1, maxLength: 3 }), (schema, mutations) => {
      const mutated = mutate(schema, mutations);
      const expected = fullParse(mutated);
      expect(cheapCheck(mutated)).toBe(expected);
      if (expected === 'accepted') accepted += 1;
      else rejected += 1;
    }),
    { numRuns: Number(process.env.AVSC_CHECK_RUNS ?? 1000) },
  );
  // Both sides of the comparison are exercised.
  expect(rejected).toBeGreaterThan(200);
  expect(accepted).toBeGreaterThan(200);
});

test.each<[string, Json]>([
  [
    'a default that only the encoder would see (a record default with a union inside)',
    {
      type: 'record',
      name: 'R',
      fields: [{ name: 'inner', type: { type: 'record', name: 'I', fields: [{ name: 'u', type: ['null', 'string'] }] }, default: { u: null } }],
    },
  ],
  [
    'a record default missing a field',
    {
      type: 'record',
      name: 'R',
      fields: [{ name: 'inner', type: { type: 'record', name: 'I', fields: [{ name: 'x', type: 'long' }] }, default: {} }],
    },
  ],
  ['a fixed default of the wrong length', { type: 'record', name: 'R', fields: [{ name: 'f', type: { type: 'fixed', name: 'F', size: 4 }, default: 'ab' }] }],
  ['a bytes default beyond one byte per character', { type: 'record', name: 'R', fields: [{ name: 'b', type: 'bytes', default: '\u0100' }] }],
  [
    'an enum default not among the symbols',
    { type: 'record', name: 'R', fields: [{ name: 'e', type: { type: 'enum', name: 'E', symbols: ['A'] }, default: 'B' }] },
  ],
  ['a union default of the second branch', { type: 'record', name: 'R', fields: [{ name: 'u', type: ['null', 'string'], default: 'x' }] }],
  [
    'a map default with a record inside',
    {
      type: 'record',
      name: 'R',
      fields: [
        {
          name: 'm',
          type: { type: 'map', values: { type: 'record', name: 'V', fields: [{ name: 'x', type: ['null', 'long'] }] } },
          default: { k: { x: null } },
        },
      ],
    },
  ],
  ['a long default beyond 2^53', { type: 'record', name: 'R', fields: [{ name: 'n', type: 'long', default: 2 ** 53 + 2 }] }],
  [
    'a recursive record with a null default',
    {
      type: 'record',
      name: 'Node',
      fields: [{ name: 'next', type: ['null', 'Node'], default: null }],
    },
  ],
  [
    'field and record names that are JavaScript words',
    {
      type: 'record',
      name: 'constructor',
      fields: [
        { name: 'class', type: 'long' },
        { name: 'prototype', type: ['null', 'string'], default: null },
        { name: 'toString', type: 'string', default: '' },
        { name: 'hasOwnProperty', type: { type: 'record', name: 'function', fields: [] } },
      ],
    },
  ],
  ['a field named __proto__', { type: 'record', name: 'R', fields: [{ name: '__proto__', type: 'long' }] }],
  [
    'an error type with a stack field',
    { type: 'record', name: 'R', fields: [{ name: 'e', type: { type: 'error', name: 'Err', fields: [{ name: 'stack', type: 'string' }] } }] },
  ],
])('%s: the same verdict as the full parse', (_, schema) => {
  expect(cheapCheck(schema)).toBe(fullParse(schema));
});

test('nesting too deep for avsc is a RangeError in both', () => {
  let deep: Json = 'long';
  for (let i = 0; i < 50_000; i++) deep = { type: 'array', items: deep };
  expect(cheapCheck(deep)).toBe('RangeError');
  expect(fullParse(deep)).toBe('RangeError');
});

test('avsc works in full after a check, also after a rejected one', () => {
  expect(() => checkWithAvsc({ type: 'record', name: 'R', fields: [{ name: 'x', type: 'nope' }] })).toThrow('undefined type name: nope');
  checkWithAvsc({ type: 'record', name: 'R', fields: [{ name: 'u', type: ['null', 'string'], default: null }] });
  const type = avro.Type.forSchema({ type: 'record', name: 'R', fields: [{ name: 'u', type: ['null', 'string'], default: null }] }, { wrapUnions: true });
  const value = { u: { string: 'hello' } };
  expect(type.fromBuffer(type.toBuffer(value))).toEqual(value);
  expect(type.isValid({ u: 1 })).toBe(false);
});
