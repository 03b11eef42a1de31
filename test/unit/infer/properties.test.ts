import fc from 'fast-check';
import { parseJson, parseJsonTyped } from '../../../src/json/parse';
import { JsonDouble, type JsonValue } from '../../../src/json/value';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import { eventLike, exactJsonValue, permute, sampleOf } from './arbitraries';
import { catalogue, compatCatalogue, nestedCatalogue, seeded } from '../../support/datasets';
import { FOLDED_MISSES, MAP_KEY_LIMIT } from '../../../src/infer/map-heuristic';
import { expectValid, infer } from './helpers';

const runs = { numRuns: Number(process.env.INFER_PROPERTY_RUNS ?? 300) };
/** The committed form: what a later run reads back from the file. */
const committedForm = (schema: AvroSchema): AvroSchema => JSON.parse(formatSchema(schema)) as AvroSchema;

describe('properties over arbitrary JSON', () => {
  const samples = fc.oneof(sampleOf(exactJsonValue), sampleOf(eventLike), sampleOf(fc.jsonValue() as fc.Arbitrary<JsonValue>));

  test('the schema is valid Avro and every sample conforms', () => {
    fc.assert(
      fc.property(samples, (values) => {
        expectValid(infer(values), values);
      }),
      runs,
    );
  });

  test('the texts read by parseJsonTyped (what scans and `infer` read) give the same schema as exact values', () => {
    const rawJson = (JSON as unknown as { rawJSON: (text: string) => unknown }).rawJSON;
    const writeOut = (value: JsonValue) =>
      JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
        const original = this[key];
        if (typeof original === 'bigint') return rawJson(original.toString());
        if (original instanceof JsonDouble) return rawJson(Number.isInteger(original.value) ? `${original.value}.0` : String(original.value));
        return item;
      });
    fc.assert(
      fc.property(samples, (values) => {
        const texts = values.map(writeOut);
        expect(formatSchema(infer(texts.map(parseJsonTyped)))).toBe(formatSchema(infer(texts.map(parseJson))));
      }),
      runs,
    );
  });

  test('deterministic and independent of the order values are added', () => {
    fc.assert(
      fc.property(samples, fc.array(fc.nat(), { minLength: 1 }), (values, keys) => {
        const text = formatSchema(infer(values));
        expect(formatSchema(infer(values))).toBe(text);
        expect(formatSchema(infer([...values].reverse()))).toBe(text);
        expect(formatSchema(infer(permute(values, keys)))).toBe(text);
      }),
      runs,
    );
  });

  test('duplicates do not change the schema (it depends on the set of values)', () => {
    fc.assert(
      fc.property(samples, (values) => {
        expect(formatSchema(infer([...values, ...values]))).toBe(formatSchema(infer(values)));
      }),
      runs,
    );
  });

  test('inferring again with the output as prior is byte-identical, with or without the data', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const first = infer(values);
        const text = formatSchema(first);
        expect(formatSchema(infer(values, { prior: committedForm(first) }))).toBe(text);
        expect(formatSchema(infer([], { prior: committedForm(first) }))).toBe(text);
      }),
      runs,
    );
  });

  test('prior plus new data: valid, old and new samples conform, stable on rerun, independent of the new data order', () => {
    fc.assert(
      fc.property(samples, samples, fc.array(fc.nat(), { minLength: 1 }), (old, fresh, keys) => {
        const prior = committedForm(infer(old));
        const merged = infer(fresh, { prior });
        expectValid(merged, [...old, ...fresh]);
        expect(formatSchema(infer(permute(fresh, keys), { prior }))).toBe(formatSchema(merged));
        expect(formatSchema(infer(fresh, { prior: committedForm(merged) }))).toBe(formatSchema(merged));
        expect(formatSchema(infer(old, { prior: committedForm(merged) }))).toBe(formatSchema(merged));
      }),
      runs,
    );
  });

  test('map overrides anywhere keep the schema valid and the samples conforming', () => {
    fc.assert(
      fc.property(sampleOf(eventLike), fc.constantFrom('payload', 'attrs', 'payload.*', ''), fc.constantFrom('map', 'record'), (values, path, mode) => {
        expectValid(infer(values, { overrides: { [path]: mode } }), values);
      }),
      runs,
    );
  });
});

describe('properties over catalogue-shaped data (structural and data keys at every level)', () => {
  test('the schema depends on the messages only: any order, all duplicated, valid and conforming', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 80 }), fc.array(fc.nat(), { minLength: 1 }), (seed, count, keys) => {
        const values = catalogue(count, seed);
        const text = formatSchema(infer(values));
        expect(formatSchema(infer(permute(values, keys)))).toBe(text);
        expect(formatSchema(infer([...values, ...values].reverse()))).toBe(text);
        expectValid(infer(values), values);
      }),
      { numRuns: Math.min(runs.numRuns, 60) },
    );
  });

  test('recursive records and sibling types too: nested through records, compat-shaped; any order, all duplicated, rescan stable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 60 }), fc.array(fc.nat(), { minLength: 1 }), (seed, count, keys) => {
        for (const values of [nestedCatalogue(count, seed), compatCatalogue(count, seed, 3)]) {
          const schema = infer(values);
          const text = formatSchema(schema);
          expect(formatSchema(infer(permute(values, keys)))).toBe(text);
          expect(formatSchema(infer([...values, ...values].reverse()))).toBe(text);
          expect(formatSchema(infer(values, { prior: JSON.parse(text) as AvroSchema }))).toBe(text);
          expectValid(schema, values);
        }
      }),
      { numRuns: Math.min(runs.numRuns, 30) },
    );
  });
});

/**
 * Messages whose top level has more than MAP_KEY_LIMIT distinct keys in all (`width` of 4,000
 * names each, drawn evenly: it folds within the first FOLDED_MISSES objects or after them)
 * beside a structural key `meta` that `missing` of them lack; the data values are again nodes
 * with `meta` (one in 200 lacking it) and a few sub-features: misses stay below FOLDED_MISSES,
 * even with every message twice.
 */
function foldedCatalogue(count: number, width: number, seed: number, missing: number): JsonValue[] {
  const random = seeded(seed);
  const name = () => `feature${Math.floor(4000 * random()).toString(36)}`;
  const meta = () => ({ owner: 'team-a', since: Math.floor(10 * random()), ...(random() < 0.5 ? { note: 'n' } : {}) });
  const node = (depth: number): JsonValue => {
    const value: Record<string, JsonValue> = random() >= 1 / 200 ? { meta: meta() } : {};
    for (let i = depth === 0 ? 2 : 0; i < 2; i++) if (random() < 0.3) value[name()] = node(depth + 1);
    return value;
  };
  return Array.from({ length: count }, (_, i) => {
    const value: Record<string, JsonValue> = i < missing ? {} : { meta: meta() };
    for (let k = 0; k < width; k++) value[name()] = node(1);
    return value;
  });
}

describe('properties over folded positions (past MAP_KEY_LIMIT keys, a structural key missing from a few objects)', () => {
  test('the structural key stays apart whatever the order and duplicates; valid and conforming', () => {
    const sizes = fc.oneof(
      fc.record({ count: fc.integer({ min: 14, max: 30 }), width: fc.constant(80) }),
      fc.record({ count: fc.integer({ min: 75, max: 90 }), width: fc.constant(15) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        sizes,
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.nat(), { minLength: 1 }),
        (seed, { count, width }, missing, keys) => {
          expect(count * width).toBeGreaterThan(MAP_KEY_LIMIT);
          expect(2 * missing).toBeLessThanOrEqual(FOLDED_MISSES);
          const values = foldedCatalogue(count, width, seed, missing);
          const schema = infer(values);
          const text = formatSchema(schema);
          expect(text).not.toMatch(/"name": "feature/);
          expect(text.match(/"name": "owner"/g)).toHaveLength(1);
          expect(formatSchema(infer(permute(values, keys)))).toBe(text);
          expect(formatSchema(infer([...values, ...values].reverse()))).toBe(text);
          expectValid(schema, values);
        },
      ),
      { numRuns: Math.min(runs.numRuns, 12) },
    );
  });
});
