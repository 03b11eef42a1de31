import avro from 'avsc';
import { parseJson } from '../../../src/json/parse';
import type { JsonValue } from '../../../src/json/value';
import { formatSchema } from '../../../src/schema/avro';
import { conformanceError } from '../../support/conforms';
import { infer } from './helpers';

/** Levels with a key of their own (`a0` at the top): no level repeats another, so none folds into a recursive type. */
function nestedObjects(depth: number, optional: boolean): JsonValue[] {
  let deep: JsonValue = 1;
  let shallow: JsonValue = 'end';
  for (let i = 0; i < depth; i++) deep = { [`a${depth - 1 - i}`]: deep };
  for (let i = 0; i < (optional ? depth - 1 : 0); i++) shallow = { [`a${depth - 2 - i}`]: shallow, b: i };
  return optional ? [deep, shallow] : [deep];
}

function nestedArrays(depth: number): JsonValue {
  let value: JsonValue = [1];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe('deep nesting', () => {
  test('200 levels parse with avsc (whose own recursive parser overflows near 1,000 levels under jest)', () => {
    const schema = infer(nestedObjects(200, true));
    avro.Type.forSchema(schema as avro.Schema, { noAnonymousTypes: true });
  });

  test('1,000 levels of records (nullable, with unions) infer, format, conform and re-infer from the prior', () => {
    const values = nestedObjects(1000, true);
    const schema = infer(values);
    const text = formatSchema(schema);
    expect(text.length).toBeGreaterThan(1000);
    for (const value of values) expect(conformanceError(schema, value)).toBeUndefined();
    expect(formatSchema(infer(values, { prior: JSON.parse(text) as avro.Schema as never }))).toBe(text);
  });

  test('5,000 levels of records and 10,000 of arrays infer without overflowing the stack', () => {
    const schema = infer(nestedObjects(5000, false));
    let depth = 0;
    for (let node: unknown = schema; typeof node === 'object' && node !== null; depth++) {
      node = (node as { fields: Array<{ type: unknown }> }).fields[0]!.type;
    }
    expect(depth).toBe(5000);
    let arrays = infer([nestedArrays(10_000)]);
    let levels = 0;
    while (typeof arrays === 'object' && !Array.isArray(arrays)) {
      arrays = arrays.items as typeof arrays;
      levels++;
    }
    expect(levels).toBe(10_000);
    expect(arrays).toBe('long');
  });

  test('deep JSON text parses exactly', () => {
    const text = `${'['.repeat(1000)}1.0, 12345678901234567890${']'.repeat(1000)}`;
    let value = parseJson(text);
    for (let i = 0; i < 999; i++) value = (value as JsonValue[])[0]!;
    expect((value as JsonValue[])[1]).toBe(12345678901234567890n);
  });
});
