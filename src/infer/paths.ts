/**
 * Override paths name a position in the values, from the top-level object:
 * - JSON keys joined with `.`: `customer.attributes` is the `attributes` object inside `customer`;
 * - array items are transparent: `orders.lines` is the `lines` field of the records inside the
 *   `orders` array;
 * - `*` is the values of a map: `stock.*.warehouses`;
 * - `.`, `*` and `\` inside a key are escaped with `\` (`a\.b` is the key `a.b`);
 * - the empty path is the top-level value itself.
 */
export const MAP_VALUES_SEGMENT = '*';

export function escapePathSegment(key: string): string {
  if (key === MAP_VALUES_SEGMENT) return '\\*';
  return /[.\\*]/.test(key) ? key.replace(/[.\\*]/g, (c) => `\\${c}`) : key;
}

export function childPath(parent: string, key: string): string {
  const segment = escapePathSegment(key);
  return parent === '' ? segment : `${parent}.${segment}`;
}

export function mapValuesPath(parent: string): string {
  return parent === '' ? MAP_VALUES_SEGMENT : `${parent}.${MAP_VALUES_SEGMENT}`;
}
