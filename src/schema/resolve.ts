import type { AvroSchema } from './avro';

/**
 * An Avro schema as a graph, with names resolved the way Apache Avro (Java) resolves them:
 * every occurrence of an unnamed type is its own node, and every reference to a named type
 * (record, enum, fixed) is the node that defines it. Identity matters: the compatibility checker
 * memoizes on node pairs, as Java's does, which is also what makes recursive schemas terminate.
 */
export type ResolvedSchema = PrimitiveSchema | RecordSchema | EnumSchema | FixedSchema | ArraySchema | MapSchema | UnionSchema;

export const PRIMITIVE_TYPES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
export type PrimitiveType = (typeof PRIMITIVE_TYPES)[number];

export interface PrimitiveSchema {
  type: PrimitiveType;
  logicalType?: string;
}

export interface NamedParts {
  /** Unqualified name. */
  name: string;
  namespace: string | undefined;
  fullName: string;
  /** Aliases as Java's `Schema.getAliases()` reports them: qualified with the schema's namespace. */
  aliases: string[];
  doc?: string;
}

export interface RecordSchema extends NamedParts {
  type: 'record';
  fields: ResolvedField[];
}

export interface ResolvedField {
  name: string;
  type: ResolvedSchema;
  /** A `default` attribute is present (a JSON `null` default counts, as in Java). */
  hasDefault: boolean;
  default?: unknown;
  aliases: string[];
  doc?: string;
}

export interface EnumSchema extends NamedParts {
  type: 'enum';
  symbols: string[];
  default?: string;
}

export interface FixedSchema extends NamedParts {
  type: 'fixed';
  size: number;
  logicalType?: string;
}

export interface ArraySchema {
  type: 'array';
  items: ResolvedSchema;
}

export interface MapSchema {
  type: 'map';
  values: ResolvedSchema;
}

export interface UnionSchema {
  type: 'union';
  branches: ResolvedSchema[];
}

export type NamedSchema = RecordSchema | EnumSchema | FixedSchema;

/** A schema that is not valid Avro (or uses something this resolver does not support). */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

const NAME_PATTERN = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export function isNamed(schema: ResolvedSchema): schema is NamedSchema {
  return schema.type === 'record' || schema.type === 'enum' || schema.type === 'fixed';
}

/** Splits a (possibly dotted) name the way Java's `Schema.Name` does. */
export function makeName(name: string, space: string | undefined): { name: string; namespace: string | undefined; fullName: string } {
  const lastDot = name.lastIndexOf('.');
  let simple = name;
  if (lastDot >= 0) {
    space = name.slice(0, lastDot);
    simple = name.slice(lastDot + 1);
  }
  if (space === '') space = undefined;
  return { name: simple, namespace: space, fullName: space === undefined ? simple : `${space}.${simple}` };
}

interface Reference {
  type: 'reference';
  fullName: string;
}

type Building = ResolvedSchema | Reference;

/** Resolves an Avro schema (JSON form) into a graph; throws `SchemaError` when it is not valid. */
export function resolveSchema(schema: AvroSchema): ResolvedSchema {
  const named = new Map<string, NamedSchema>();
  const pending: Array<() => void> = [];

  const lookup = (text: string, namespace: string | undefined): Building => {
    const full = namespace !== undefined && !text.includes('.') ? `${namespace}.${text}` : text;
    const found = named.get(full) ?? named.get(text);
    if (found) return found;
    return { type: 'reference', fullName: full };
  };

  const settle = (value: Building, assign: (resolved: ResolvedSchema) => void): void => {
    if (value.type !== 'reference') return assign(value);
    pending.push(() => {
      const found = named.get(value.fullName);
      if (!found) throw new SchemaError(`undefined name: ${value.fullName}`);
      assign(found);
    });
  };

  const define = (parts: NamedSchema): void => {
    if (named.has(parts.fullName)) throw new SchemaError(`can't redefine: ${parts.fullName}`);
    named.set(parts.fullName, parts);
  };

  const namedParts = (node: Record<string, unknown>, namespace: string | undefined): NamedParts => {
    if (typeof node.name !== 'string') throw new SchemaError(`no name in schema: ${JSON.stringify(node)}`);
    const space = typeof node.namespace === 'string' ? node.namespace : namespace;
    const name = makeName(node.name, space);
    checkName(name.name);
    const parts: NamedParts = { ...name, aliases: aliasesOf(node, name.namespace) };
    if (typeof node.doc === 'string') parts.doc = node.doc;
    return parts;
  };

  const build = (node: unknown, namespace: string | undefined): Building => {
    if (typeof node === 'string') {
      if ((PRIMITIVE_TYPES as readonly string[]).includes(node)) return { type: node as PrimitiveType };
      return lookup(node, namespace);
    }
    if (Array.isArray(node)) {
      const union: UnionSchema = { type: 'union', branches: [] };
      node.forEach((branch, index) => {
        const built = build(branch, namespace);
        if (built.type === 'union') throw new SchemaError(`unions may not immediately contain other unions`);
        settle(built, (resolved) => (union.branches[index] = resolved));
      });
      pending.push(() => checkUnionBranches(union));
      return union;
    }
    if (typeof node !== 'object' || node === null) throw new SchemaError(`not a schema: ${JSON.stringify(node)}`);
    const object = node as Record<string, unknown>;
    const type = object.type;
    if (typeof type !== 'string') {
      if (type === undefined) throw new SchemaError(`no type: ${JSON.stringify(node)}`);
      return build(type, namespace);
    }
    if ((PRIMITIVE_TYPES as readonly string[]).includes(type)) {
      const primitive: PrimitiveSchema = { type: type as PrimitiveType };
      if (typeof object.logicalType === 'string') primitive.logicalType = object.logicalType;
      return primitive;
    }
    switch (type) {
      case 'record':
      case 'error': {
        const record: RecordSchema = { type: 'record', ...namedParts(object, namespace), fields: [] };
        if (!Array.isArray(object.fields)) throw new SchemaError(`record has no fields: ${record.fullName}`);
        const seen = new Set<string>();
        for (const fieldNode of object.fields as unknown[]) {
          if (typeof fieldNode !== 'object' || fieldNode === null || Array.isArray(fieldNode))
            throw new SchemaError(`not a field in ${record.fullName}: ${JSON.stringify(fieldNode)}`);
          const field = fieldNode as Record<string, unknown>;
          if (typeof field.name !== 'string') throw new SchemaError(`no field name in ${record.fullName}`);
          checkName(field.name);
          if (seen.has(field.name)) throw new SchemaError(`duplicate field ${field.name} in ${record.fullName}`);
          seen.add(field.name);
          if (field.type === undefined) throw new SchemaError(`no type for field ${record.fullName}.${field.name}`);
          const resolvedField: ResolvedField = {
            name: field.name,
            type: { type: 'null' },
            hasDefault: 'default' in field,
            aliases: stringList(field.aliases, `aliases of field ${field.name}`),
          };
          if ('default' in field) resolvedField.default = field.default;
          if (typeof field.doc === 'string') resolvedField.doc = field.doc;
          record.fields.push(resolvedField);
          settle(build(field.type, record.namespace), (resolved) => (resolvedField.type = resolved));
        }
        // Java registers a record after its fields, so a field naming the record itself is a forward reference.
        define(record);
        return record;
      }
      case 'enum': {
        const symbols = stringList(object.symbols, 'enum symbols');
        if (!Array.isArray(object.symbols)) throw new SchemaError(`enum has no symbols: ${JSON.stringify(node)}`);
        const enumSchema: EnumSchema = { type: 'enum', ...namedParts(object, namespace), symbols };
        for (const symbol of symbols) checkName(symbol);
        if (new Set(symbols).size !== symbols.length) throw new SchemaError(`duplicate enum symbol in ${enumSchema.fullName}`);
        if (typeof object.default === 'string') {
          if (!symbols.includes(object.default)) throw new SchemaError(`enum default ${object.default} is not a symbol of ${enumSchema.fullName}`);
          enumSchema.default = object.default;
        }
        define(enumSchema);
        return enumSchema;
      }
      case 'fixed': {
        if (typeof object.size !== 'number' || !Number.isInteger(object.size) || object.size < 0)
          throw new SchemaError(`invalid or no size: ${JSON.stringify(node)}`);
        const fixed: FixedSchema = { type: 'fixed', ...namedParts(object, namespace), size: object.size };
        if (typeof object.logicalType === 'string') fixed.logicalType = object.logicalType;
        define(fixed);
        return fixed;
      }
      case 'array': {
        if (object.items === undefined) throw new SchemaError(`array has no items type`);
        const array: ArraySchema = { type: 'array', items: { type: 'null' } };
        settle(build(object.items, namespace), (resolved) => (array.items = resolved));
        return array;
      }
      case 'map': {
        if (object.values === undefined) throw new SchemaError(`map has no values type`);
        const map: MapSchema = { type: 'map', values: { type: 'null' } };
        settle(build(object.values, namespace), (resolved) => (map.values = resolved));
        return map;
      }
      default:
        return lookup(type, namespace);
    }
  };

  const root = build(schema, undefined);
  let resolvedRoot: ResolvedSchema | undefined;
  settle(root, (resolved) => (resolvedRoot = resolved));
  for (const step of pending) step();
  if (!resolvedRoot) throw new SchemaError('empty schema');
  return resolvedRoot;
}

function checkName(name: string): void {
  if (!NAME_PATTERN.test(name)) throw new SchemaError(`illegal name: ${JSON.stringify(name)}`);
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new SchemaError(`${what} must be an array of strings`);
  return value as string[];
}

/** Java: an alias takes the schema's namespace unless dotted; `getAliases()` writes a null-namespace alias of a namespaced schema as `.name`. */
function aliasesOf(node: Record<string, unknown>, namespace: string | undefined): string[] {
  return [...new Set(stringList(node.aliases, 'aliases'))].map((alias) => {
    const name = makeName(alias, namespace);
    return name.namespace === undefined && namespace !== undefined ? `.${name.name}` : name.fullName;
  });
}

function checkUnionBranches(union: UnionSchema): void {
  const seen = new Set<string>();
  for (const branch of union.branches) {
    const key = isNamed(branch) ? branch.fullName : branch.type;
    if (seen.has(key)) throw new SchemaError(`duplicate in union: ${key}`);
    seen.add(key);
  }
}
