/**
 * Cross-check of the compatibility checker against Apache Avro (Java) `SchemaCompatibility`:
 * hand-written evolutions plus seeded generated ones, each pair checked in both directions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AvroSchema } from '../../../src/schema/avro';
import { checkReaderWriter } from '../../../src/schema/compatibility';
import { closeJavaOracle, javaCompatibility, javaParseSchemas } from '../../support/avro-java';
import { Rng, SchemaGenerator } from './schema-generator';

const record = (name: string, fields: object[], extra: object = {}): object => ({ type: 'record', name, ...extra, fields });
const field = (name: string, type: unknown, extra: object = {}): object => ({ name, type, ...extra });

/** Pairs (a, b): each is checked as reader a / writer b and reader b / writer a. */
const handWritten: Array<[string, object | string, object | string]> = [
  ['same primitive', 'int', 'int'],
  ['int to long', 'int', 'long'],
  ['long to float', 'long', 'float'],
  ['int to double', 'int', 'double'],
  ['float to double', 'float', 'double'],
  ['string to bytes', 'string', 'bytes'],
  ['boolean to int', 'boolean', 'int'],
  ['null to string', 'null', 'string'],
  ['string to nullable string', 'string', ['null', 'string']],
  ['int to nullable long', 'int', ['null', 'long']],
  ['union widening', ['null', 'int'], ['null', 'int', 'string']],
  ['union to union, promotable', ['int', 'string'], ['long', 'bytes']],
  ['union reorder', ['null', 'string', 'long'], ['long', 'null', 'string']],
  ['array items promote', { type: 'array', items: 'int' }, { type: 'array', items: 'double' }],
  ['array to map', { type: 'array', items: 'int' }, { type: 'map', values: 'int' }],
  ['map values', { type: 'map', values: 'string' }, { type: 'map', values: ['null', 'string'] }],
  ['field added without default', record('R', [field('a', 'int')]), record('R', [field('a', 'int'), field('b', 'string')])],
  ['field added with default', record('R', [field('a', 'int')]), record('R', [field('a', 'int'), field('b', 'string', { default: '' })])],
  [
    'nullable field added with null default',
    record('R', [field('a', 'int')]),
    record('R', [field('a', 'int'), field('b', ['null', 'string'], { default: null })]),
  ],
  ['record renamed', record('A', [field('a', 'int')]), record('B', [field('a', 'int')])],
  ['record renamed with alias', record('A', [field('a', 'int')]), record('B', [field('a', 'int')], { aliases: ['A'] })],
  ['record namespace changed', record('A', [field('a', 'int')], { namespace: 'x.y' }), record('A', [field('a', 'int')], { namespace: 'z' })],
  ['alias with namespace', record('A', [field('a', 'int')], { namespace: 'x' }), record('B', [field('a', 'int')], { namespace: 'y', aliases: ['x.A'] })],
  [
    'alias unqualified in other namespace',
    record('A', [field('a', 'int')], { namespace: 'x' }),
    record('B', [field('a', 'int')], { namespace: 'y', aliases: ['A'] }),
  ],
  ['field renamed with alias', record('R', [field('a', 'int')]), record('R', [field('b', 'int', { aliases: ['a'] })])],
  ['field renamed', record('R', [field('a', 'int')]), record('R', [field('b', 'int')])],
  ['enum symbol added', { type: 'enum', name: 'E', symbols: ['A', 'B'] }, { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] }],
  [
    'enum symbol added, reader default',
    { type: 'enum', name: 'E', symbols: ['A', 'B'], default: 'A' },
    { type: 'enum', name: 'E', symbols: ['A', 'B', 'C', 'D'] },
  ],
  ['enum symbols unsorted', { type: 'enum', name: 'E', symbols: ['Z'] }, { type: 'enum', name: 'E', symbols: ['b', 'Z', 'A', 'a'] }],
  ['enum renamed', { type: 'enum', name: 'E', symbols: ['A'] }, { type: 'enum', name: 'F', symbols: ['A'] }],
  ['fixed size', { type: 'fixed', name: 'F', size: 4 }, { type: 'fixed', name: 'F', size: 8 }],
  ['fixed name and size', { type: 'fixed', name: 'F', size: 4 }, { type: 'fixed', name: 'G', size: 8 }],
  ['fixed vs bytes', { type: 'fixed', name: 'F', size: 4 }, 'bytes'],
  [
    'enum field without default, enum default (Java quirk)',
    record('R', [field('a', 'int')]),
    record('R', [field('a', 'int'), field('e', { type: 'enum', name: 'E', symbols: ['X', 'Y'], default: 'X' })]),
  ],
  [
    'nested record field removed',
    record('R', [field('n', record('N', [field('x', 'int'), field('y', 'string')]))]),
    record('R', [field('n', record('N', [field('x', 'int')]))]),
  ],
  [
    'nested record in array in map',
    record('R', [field('m', { type: 'map', values: { type: 'array', items: record('N', [field('x', 'int')]) } })]),
    record('R', [field('m', { type: 'map', values: { type: 'array', items: record('N', [field('x', 'long'), field('z', 'int')]) } })]),
  ],
  [
    'union of records',
    record('R', [field('u', [record('A', [field('x', 'int')]), record('B', [field('y', 'int')])])]),
    record('R', [field('u', [record('A', [field('x', 'int')])])]),
  ],
  [
    'union of records, branch changed',
    record('R', [field('u', ['null', record('A', [field('x', 'int')]), record('B', [field('y', 'int')])])]),
    record('R', [field('u', ['null', record('A', [field('x', 'string')]), record('B', [field('y', 'int')])])]),
  ],
  [
    'named type referenced twice',
    record('R', [field('a', record('N', [field('x', 'int')])), field('b', 'N'), field('c', { type: 'array', items: 'N' })]),
    record('R', [field('a', record('N', [field('x', 'string')])), field('b', 'N'), field('c', { type: 'array', items: 'N' })]),
  ],
  [
    'recursive list',
    record('Node', [field('v', 'int'), field('next', ['null', 'Node'], { default: null })]),
    record('Node', [field('v', 'long'), field('next', ['null', 'Node'], { default: null })]),
  ],
  [
    'recursive tree with new field',
    record('T', [field('kids', { type: 'array', items: 'T' })]),
    record('T', [field('kids', { type: 'array', items: 'T' }), field('w', 'int')]),
  ],
  [
    'namespaced references',
    record('R', [field('a', { type: 'enum', name: 'E', symbols: ['A'] }), field('b', 'E')], { namespace: 'n' }),
    record('R', [field('a', { type: 'enum', name: 'E', symbols: ['A', 'B'] }), field('b', 'n.E')], { namespace: 'n' }),
  ],
  [
    'field names need pointer escaping (none) and many reasons',
    record('R', [field('a', 'int'), field('b', 'string'), field('c', { type: 'fixed', name: 'F', size: 2 })]),
    record('R', [field('a', 'string'), field('b', 'int'), field('c', { type: 'fixed', name: 'G', size: 3 }), field('d', 'int')]),
  ],
  ['union to non-union', ['null', 'string'], 'string'],
  ['union to incompatible primitive', ['int', 'string'], 'boolean'],
  ['logical types are ignored', { type: 'long', logicalType: 'timestamp-millis' }, { type: 'int', logicalType: 'date' }],
  [
    'union nested in union branch record',
    record('R', [field('u', ['null', record('A', [field('v', ['int', 'string'])])])]),
    record('R', [field('u', ['null', record('A', [field('v', ['long', 'string', 'boolean'])])])]),
  ],
];

interface Pair {
  label: string;
  reader: string;
  writer: string;
}

const GENERATED_BASES = 100;
const MUTANTS_PER_BASE = 3;

function generatedPairs(): Array<[string, object, object]> {
  const generator = new SchemaGenerator(new Rng(20260501));
  const pairs: Array<[string, object, object]> = [];
  for (let base = 0; base < GENERATED_BASES; base++) {
    const schema = generator.record(0, base % 3 === 0 ? 'com.example' : undefined);
    for (let mutant = 0; mutant < MUTANTS_PER_BASE; mutant++) {
      pairs.push([`generated ${base}.${mutant}`, schema, generator.mutate(schema)]);
    }
  }
  return pairs;
}

let pairs: Pair[] = [];
let expected: Awaited<ReturnType<typeof javaCompatibility>> = [];

beforeAll(async () => {
  const all: Array<[string, object | string, object | string]> = [...handWritten, ...generatedPairs()];
  const texts = all.flatMap(([, a, b]) => [JSON.stringify(a), JSON.stringify(b)]);
  const parsed = await javaParseSchemas(texts);
  const valid = all.filter((_, index) => parsed[2 * index]?.ok && parsed[2 * index + 1]?.ok);
  // Hand-written pairs must all be valid; a few generated ones may carry a default a mutation invalidated.
  expect(valid.slice(0, handWritten.length)).toHaveLength(handWritten.length);
  expect(valid.length).toBeGreaterThan(0.9 * all.length);
  pairs = valid.flatMap(([label, a, b]) => [
    { label: `${label} (reader a)`, reader: JSON.stringify(a), writer: JSON.stringify(b) },
    { label: `${label} (reader b)`, reader: JSON.stringify(b), writer: JSON.stringify(a) },
  ]);
  expected = await javaCompatibility(pairs);
  process.stdout.write(
    `compat-java: ${valid.length} pairs of ${all.length} valid, ${pairs.length} reader/writer checks, ${expected.filter((r) => !r.compatible).length} incompatible\n`,
  );
}, 120_000);

afterAll(closeJavaOracle);

describe('compatibility checker vs Apache Avro Java SchemaCompatibility', () => {
  it('covers at least 300 schema pairs in both directions, with both verdicts', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(600);
    const incompatible = expected.filter((result) => !result.compatible).length;
    expect(incompatible).toBeGreaterThan(pairs.length / 5);
    expect(pairs.length - incompatible).toBeGreaterThan(pairs.length / 5);
    const types = new Set(expected.flatMap((result) => result.incompatibilities.map((item) => item.type)));
    expect([...types].sort()).toEqual([
      'FIXED_SIZE_MISMATCH',
      'MISSING_ENUM_SYMBOLS',
      'MISSING_UNION_BRANCH',
      'NAME_MISMATCH',
      'READER_FIELD_MISSING_DEFAULT_VALUE',
      'TYPE_MISMATCH',
    ]);
  });

  it('agrees on every verdict', () => {
    const disagreements = pairs.flatMap((pair, index) => {
      const ours = checkReaderWriter(JSON.parse(pair.reader) as AvroSchema, JSON.parse(pair.writer) as AvroSchema);
      return ours.compatible === expected[index]?.compatible ? [] : [{ ...pair, java: expected[index], ours }];
    });
    expect(disagreements).toEqual([]);
  });

  it('agrees on every incompatibility: type, location and message, in order', () => {
    const disagreements = pairs.flatMap((pair, index) => {
      const ours = checkReaderWriter(JSON.parse(pair.reader) as AvroSchema, JSON.parse(pair.writer) as AvroSchema);
      const java = expected[index]?.incompatibilities;
      return JSON.stringify(ours.incompatibilities) === JSON.stringify(java) ? [] : [{ ...pair, java, ours: ours.incompatibilities }];
    });
    expect(disagreements).toEqual([]);
  });
});
