/**
 * Objects built from keys that are data (topic.json fields, config names, schema attributes):
 * `obj[key] = value` with the key `__proto__` sets the prototype instead of a field, and
 * `obj[key]` finds inherited members (`constructor`, `toString`) for keys the object lacks.
 */

/** Sets an own, enumerable property, whatever the key. */
export function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The object's own property `key`, or undefined: never an inherited member. */
export function ownValue(object: object | undefined, key: string): unknown {
  return object !== undefined && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
