import type { ObjectShape, Shape } from './shape';

/**
 * When an object is a map (its keys are data) rather than a record (its keys are field names).
 *
 * An object position whose mode is `auto` (no override, not fixed by the committed schema)
 * becomes a `map` when, over all objects seen there:
 * 1. **data keys**: it had at least one key and every key is a numeric id (`-?[0-9]+`), a UUID,
 *    an RFC 3339 date or date-time, or a hex id (8+ hex digits, at least one decimal digit); or
 * 2. **many keys, one shape**: it had more than {@link MANY_KEYS} distinct keys and their values
 *    share one shape (one kind besides null: all numbers, all strings, all records, ...); or
 * 3. **too many keys**: it had more than {@link MAP_KEY_LIMIT} distinct keys, whatever the values.
 *    At that point the fields are folded into the map's value shape while observing, so memory
 *    and time stay bounded (an object with 100,000 keys costs what a map with one value does).
 *
 * Otherwise it is a record. Every rule depends on the set of keys only, not on the order of
 * the values. An override (`map` / `record` per path) or the committed schema decides instead;
 * a forced `record` is never folded.
 */
export const MANY_KEYS = 64;
export const MAP_KEY_LIMIT = 1000;

export function isMapByHeuristic(object: ObjectShape, joinedValues: () => Shape): boolean {
  const keys = object.fields.size;
  if (keys === 0) return false;
  if (object.allKeysData) return true;
  if (keys > MAP_KEY_LIMIT) return true;
  return keys > MANY_KEYS && kindsBesidesNull(joinedValues()) <= 1;
}

function kindsBesidesNull(shape: Shape): number {
  let kinds = 0;
  if (shape.booleans) kinds++;
  if (shape.integers !== 0 || shape.doubles || shape.prior?.number) kinds++;
  if (shape.strings !== undefined || shape.prior?.string || shape.prior?.enum || shape.prior?.bytes || shape.prior?.fixed) kinds++;
  if (shape.object !== undefined) kinds++;
  if (shape.array !== undefined) kinds++;
  return kinds;
}
