import { JsonDouble, type JsonValue } from '../../src/json/value';
import type { AvroSchema } from '../../src/schema/avro';

/**
 * Whether a JSON value (as parseJson gives it) conforms to an inferred Avro schema, with the
 * scout's reading rules, which avsc's isValid does not know:
 * - a record field is read from the key `originalName` when present, else `name`;
 * - a key may be missing only where the field has a default; every key must be a field;
 * - `bigint` is a long (within 64 bits) or a double; a JsonDouble is a double, never a long;
 * - `logicalType: uuid` and `format: date-time` / `date` strings must have that form.
 * Returns undefined when it conforms, else where and why it does not.
 */
export function conformanceError(schema: AvroSchema, value: JsonValue, options: ConformanceOptions = {}): string | undefined {
  const named = new Map<string, AvroSchema>();
  collectNamed(schema, undefined, named);
  extraKeysIgnored = options.ignoreExtraKeys === true;
  return check(schema, value, undefined, named, '$');
}

export interface ConformanceOptions {
  /** Keys a record does not describe are ignored (what a reader that skips unknown fields accepts): held-out checks. */
  ignoreExtraKeys?: boolean;
}

let extraKeysIgnored = false;

/**
 * Held-out conformance: the share of `values` that conform to `schema` (extra keys ignored),
 * e.g. a schema inferred from the first half of a topic against its second half.
 */
export function conformingShare(schema: AvroSchema, values: readonly JsonValue[]): number {
  if (values.length === 0) return 1;
  let fitting = 0;
  for (const value of values) if (conformanceError(schema, value, { ignoreExtraKeys: true }) === undefined) fitting++;
  return fitting / values.length;
}

export function conforms(schema: AvroSchema, value: JsonValue): boolean {
  return conformanceError(schema, value) === undefined;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function fullnameOf(schema: Record<string, unknown>, namespace: string | undefined): string {
  const name = String(schema.name);
  if (name.includes('.')) return name;
  const ns = typeof schema.namespace === 'string' ? schema.namespace : namespace;
  return ns ? `${ns}.${name}` : name;
}

function collectNamed(schema: AvroSchema, namespace: string | undefined, named: Map<string, AvroSchema>): void {
  const stack: Array<[unknown, string | undefined]> = [[schema, namespace]];
  while (stack.length > 0) {
    const [current, ns] = stack.pop()!;
    if (Array.isArray(current)) for (const branch of current) stack.push([branch, ns]);
    else if (typeof current === 'object' && current !== null) {
      const node = current as Record<string, unknown>;
      let inner = ns;
      if (node.type === 'record' || node.type === 'enum' || node.type === 'fixed') {
        const fullname = fullnameOf(node, ns);
        named.set(fullname, node as AvroSchema);
        const dot = fullname.lastIndexOf('.');
        inner = dot < 0 ? undefined : fullname.slice(0, dot);
      }
      if (node.type === 'record' && Array.isArray(node.fields)) for (const field of node.fields) stack.push([(field as { type: unknown }).type, inner]);
      if (node.type === 'array') stack.push([node.items, inner]);
      if (node.type === 'map') stack.push([node.values, inner]);
      if (typeof node.type === 'object') stack.push([node.type, inner]);
    }
  }
}

function check(schema: AvroSchema, value: JsonValue, ns: string | undefined, named: Map<string, AvroSchema>, at: string): string | undefined {
  if (Array.isArray(schema)) {
    const errors: string[] = [];
    for (const branch of schema) {
      const error = check(branch, value, ns, named, at);
      if (error === undefined) return undefined;
      errors.push(error);
    }
    return `${at}: no union branch fits (${errors.join(' | ')})`;
  }
  if (typeof schema === 'string') {
    const definition = named.get(schema) ?? (ns ? named.get(`${ns}.${schema}`) : undefined);
    if (definition !== undefined) return check(definition, value, ns, named, at);
    return checkPrimitive(schema, value, at);
  }
  const type = schema.type;
  if (typeof type !== 'string') return check(type, value, ns, named, at);
  switch (type) {
    case 'array': {
      if (!Array.isArray(value)) return `${at}: expected an array`;
      for (let i = 0; i < value.length; i++) {
        const error = check(schema.items as AvroSchema, value[i]!, ns, named, `${at}[${i}]`);
        if (error !== undefined) return error;
      }
      return undefined;
    }
    case 'map': {
      if (!isObject(value)) return `${at}: expected an object (map)`;
      for (const key of Object.keys(value)) {
        const error = check(schema.values as AvroSchema, value[key]!, ns, named, `${at}{${key}}`);
        if (error !== undefined) return error;
      }
      return undefined;
    }
    case 'record':
      return checkRecord(schema, value, ns, named, at);
    case 'enum':
      return typeof value === 'string' && (schema.symbols as string[]).includes(value) ? undefined : `${at}: not an enum symbol`;
    case 'fixed':
      return typeof value === 'string' && value.length === schema.size ? undefined : `${at}: not a fixed of size ${String(schema.size)}`;
    default: {
      const error = checkPrimitive(type, value, at);
      if (error !== undefined || typeof value !== 'string') return error;
      if (schema.logicalType === 'uuid' && !UUID.test(value)) return `${at}: not a UUID`;
      if (schema.format === 'date-time' && !DATE_TIME.test(value)) return `${at}: not a date-time`;
      if (schema.format === 'date' && !DATE.test(value)) return `${at}: not a date`;
      return undefined;
    }
  }
}

function checkRecord(
  schema: Record<string, unknown>,
  value: JsonValue,
  ns: string | undefined,
  named: Map<string, AvroSchema>,
  at: string,
): string | undefined {
  if (!isObject(value)) return `${at}: expected an object (record ${String(schema.name)})`;
  const fullname = fullnameOf(schema, ns);
  const dot = fullname.lastIndexOf('.');
  const inner = dot < 0 ? undefined : fullname.slice(0, dot);
  const described = new Set<string>();
  for (const field of schema.fields as Array<Record<string, unknown>>) {
    const key = typeof field.originalName === 'string' ? field.originalName : String(field.name);
    described.add(key);
    if (!Object.hasOwn(value, key)) {
      if (!Object.hasOwn(field, 'default')) return `${at}: missing key ${JSON.stringify(key)} has no default`;
      continue;
    }
    const error = check(field.type as AvroSchema, value[key]!, inner, named, `${at}.${key}`);
    if (error !== undefined) return error;
  }
  if (!extraKeysIgnored) for (const key of Object.keys(value)) if (!described.has(key)) return `${at}: key ${JSON.stringify(key)} is not described`;
  return undefined;
}

function checkPrimitive(type: string, value: JsonValue, at: string): string | undefined {
  const ok = (() => {
    switch (type) {
      case 'null':
        return value === null;
      case 'boolean':
        return typeof value === 'boolean';
      case 'int':
        return typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
      case 'long':
        return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'bigint' && value >= INT64_MIN && value <= INT64_MAX);
      case 'float':
      case 'double':
        return typeof value === 'number' || typeof value === 'bigint' || value instanceof JsonDouble;
      case 'string':
      case 'bytes':
        return typeof value === 'string';
      default:
        return false;
    }
  })();
  return ok ? undefined : `${at}: ${describe(value)} is not ${type}`;
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonDouble);
}

function describe(value: JsonValue): string {
  if (value === null) return 'null';
  if (value instanceof JsonDouble) return 'a JsonDouble';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
