import fc from 'fast-check';
import { JsonDouble, type JsonObject, type JsonValue } from '../../../src/json/value';

/** Keys that break naive code: prototype names, empty, invalid Avro names, colliding sanitized forms, non-ASCII, path syntax. */
export const weirdKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '', 'user-id', 'user_id', 'user id', '1', '42', 'é', 'ключ', 'a.b', '*', '\\', 'id', 'name'),
  fc.string({ maxLength: 6 }),
);

const formattedString = fc.oneof(
  fc.uuid().map((u) => u),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const bigInteger = fc.oneof(
  fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 63n - 1n }),
  fc.bigInt({ min: -(2n ** 63n), max: -(2n ** 53n) - 1n }),
  fc.bigInt({ min: 2n ** 63n, max: 2n ** 80n }),
);

function objectOf(entries: Array<[string, JsonValue]>): JsonObject {
  const object: JsonObject = {};
  // defineProperty: `__proto__` must be an own key, as JSON.parse makes it.
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

/** JSON values as parseJson produces them, including bigints, JsonDoubles and weird keys. */
export const exactJsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)),
    fc.integer({ min: -1000, max: 1000 }).map((n) => new JsonDouble(n)),
    bigInteger,
    fc.string({ maxLength: 8 }),
    formattedString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(weirdKey, tie('value')), { maxLength: 5 }).map(objectOf),
  ),
})).value;

/** Values that look like events of one topic: objects sharing some keys, so fields merge and drift. */
export const eventLike: fc.Arbitrary<JsonValue> = fc
  .array(fc.tuple(fc.constantFrom('id', 'type', 'at', 'user-id', 'payload', 'tags', 'attrs', '__proto__', ''), exactJsonValue), { maxLength: 6 })
  .map(objectOf);

export const sampleOf = (value: fc.Arbitrary<JsonValue>) => fc.array(value, { minLength: 1, maxLength: 12 });

/** A permutation of `values` from random sort keys. */
export function permute<T>(values: T[], keys: number[]): T[] {
  return values
    .map((value, index) => ({ value, key: keys[index % Math.max(keys.length, 1)] ?? index, index }))
    .sort((a, b) => a.key - b.key || b.index - a.index)
    .map((entry) => entry.value);
}
