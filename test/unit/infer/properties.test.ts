import fc from 'fast-check';
import { parseJson, parseJsonTyped } from '../../../src/json/parse';
import { JsonDouble, type JsonValue } from '../../../src/json/value';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import { eventLike, exactJsonValue, permute, sampleOf } from './arbitraries';
import { catalogue } from '../../support/datasets';
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
    const rawJson = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON;
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
        expectValid(infer(values, { overrides: { [path]: mode as 'map' | 'record' } }), values);
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
});
