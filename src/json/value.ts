/**
 * JSON values as the scout sees them: exact where JavaScript's number is not.
 * - integers beyond 2^53 are `bigint` (never rounded; parseJsonTyped may round those whose
 *   Avro type the rounding cannot change, see there),
 * - a number written with a fraction or exponent whose value is whole (`1.0`, `2e3`)
 *   is a `JsonDouble`, so inference can tell it from the integer `1`.
 * Every other number is a plain `number` (integer → int or long, fractional → double).
 */
export type JsonValue = null | boolean | number | bigint | JsonDouble | string | JsonValue[] | JsonObject;

export interface JsonObject {
  [key: string]: JsonValue;
}

export class JsonDouble {
  constructor(readonly value: number) {}
  toJSON(): number {
    return this.value;
  }
}

export function isJsonObject(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonDouble);
}
