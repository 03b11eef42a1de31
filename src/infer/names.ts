import { UsageError } from '../util/errors';

/**
 * Avro names: field names from JSON keys, record names from the topic and the field path.
 * Avro names match `[A-Za-z_][A-Za-z0-9_]*`; a fullname is dot-separated names.
 */
const AVRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AVRO_NAME_RULE = '[A-Za-z_][A-Za-z0-9_]*';

/** Whether `text` is an Avro namespace: dot-separated Avro names (the empty string is the null namespace). */
export function isAvroNamespace(text: string): boolean {
  return text === '' || text.split('.').every((part) => AVRO_NAME.test(part));
}

/**
 * Validates a namespace (or record name) where it enters (`what`: the flag or input that gave
 * it): a bad one would be written into every schema, which avsc and every later scan reject.
 */
export function checkAvroNamespace(namespace: string, what: string): void {
  if (isAvroNamespace(namespace)) return;
  throw new UsageError(
    `${what} ${JSON.stringify(namespace)} is not an Avro namespace: use dot-separated Avro names, each ${AVRO_NAME_RULE} (e.g. com.acme.orders)`,
  );
}

export function checkAvroName(name: string, what: string): void {
  if (AVRO_NAME.test(name)) return;
  throw new UsageError(`${what} ${JSON.stringify(name)} is not an Avro name: use ${AVRO_NAME_RULE}`);
}

/** Valid Avro names that avsc cannot take as field names (it keeps fields in plain objects). */
const UNUSABLE_NAMES = new Set(['__proto__']);

export function isAvroName(text: string): boolean {
  return AVRO_NAME.test(text) && !UNUSABLE_NAMES.has(text);
}

/** A valid Avro name close to `key`: invalid characters become `_`, a leading digit gets a `_` before it. */
export function sanitizeName(key: string): string {
  if (UNUSABLE_NAMES.has(key)) return `${key}_`;
  const replaced = key.replace(/[^A-Za-z0-9_]/g, '_');
  if (replaced === '') return '_';
  return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}

/** `order-line.v2` → `OrderLineV2`: words of ASCII letters and digits, each capitalized. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** A record name for the top level from a topic name (never empty, never starting with a digit). */
export function recordNameFor(topic: string): string {
  const name = pascalCase(topic);
  if (name === '') return 'Record';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * Field names for the JSON keys of one record, independent of the order keys were seen:
 * names already taken (the committed fields') stay; keys that are valid names claim
 * themselves; the other keys, in sorted order, get their sanitized form, or that form
 * with `_2`, `_3`, ... when it is taken.
 */
export function assignFieldNames(newKeys: readonly string[], taken: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  const valid = newKeys.filter((key) => isAvroName(key) && !taken.has(key)).sort(compareCodeUnits);
  for (const key of valid) {
    names.set(key, key);
    taken.add(key);
  }
  const rest = newKeys.filter((key) => !names.has(key)).sort(compareCodeUnits);
  for (const key of rest) {
    const base = sanitizeName(key);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    names.set(key, name);
    taken.add(name);
  }
  return names;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fullnames of the named types of one schema: makes each new name unique. */
export class NameRegistry {
  private readonly used = new Set<string>();

  constructor(private readonly reserved: ReadonlySet<string>) {}

  /** Claims `fullname` if free (committed names are reserved for their own types). */
  /** Whether a named type of this fullname was written. */
  isUsed(fullname: string): boolean {
    return this.used.has(fullname);
  }

  claim(fullname: string): boolean {
    if (this.used.has(fullname)) return false;
    this.used.add(fullname);
    return true;
  }

  /** A new name `hint`, `hint2`, `hint3`... unused and not reserved within `namespace`. */
  fresh(hint: string, namespace: string | undefined): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? hint : `${hint}${n}`;
      const fullname = qualify(name, namespace);
      if (!this.used.has(fullname) && !this.reserved.has(fullname)) {
        this.used.add(fullname);
        return name;
      }
    }
  }
}

export function qualify(name: string, namespace: string | undefined): string {
  if (name.includes('.') || !namespace) return name;
  return `${namespace}.${name}`;
}

/** The namespace a named type's fullname puts its nested types in. */
export function namespaceOf(fullname: string): string | undefined {
  const dot = fullname.lastIndexOf('.');
  return dot < 0 ? undefined : fullname.slice(0, dot);
}
