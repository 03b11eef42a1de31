import type { AvroSchema } from '../schema/avro';
import { collapseToMap } from './merge';
import { namespaceOf, qualify } from './names';
import type { ShapeFactory } from './observe';
import { childPath, mapValuesPath } from './paths';
import { createObjectShape, type BranchKind, type ObjectShape, type PriorBranches, type Shape } from './shape';

/**
 * Seeds a shape from the committed schema (the prior), so that inference widens it instead of
 * starting over: its record names, field order, docs, defaults and extra attributes are kept
 * in the shape, and a lowering with no new values gives the committed schema back.
 * Parts that are not valid Avro are skipped, never fatal.
 */
export interface SeededPrior {
  shape: Shape;
  /** Fullnames of the committed named types: new types never take them. */
  reservedNames: Set<string>;
}

interface SeedContext {
  factory: ShapeFactory;
  /** Work still to do, last first: an explicit stack, so committed schemas of any depth seed fine. */
  tasks: Array<() => void>;
  reserved: Set<string>;
  named: Map<string, { schema: Record<string, unknown>; namespace: string | undefined }>;
  /** Named types being seeded (a recursive type refers to one of these; it is not unrolled). */
  open: Set<string>;
  /** The shape of each committed record, by fullname: every use of the type shares it (one type). */
  objects: Map<string, ObjectShape>;
  /** The deepest maps of committed folded catalogues (see deepestLevel). */
  deepest: WeakSet<object>;
}

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);

export function seedPrior(schema: AvroSchema, factory: ShapeFactory, path = ''): SeededPrior {
  const context: SeedContext = { factory, tasks: [], reserved: new Set(), named: new Map(), open: new Set(), objects: new Map(), deepest: new WeakSet() };
  const shape = factory.shape(path);
  seedInto(shape, schema, undefined, context);
  while (context.tasks.length > 0) context.tasks.pop()!();
  return { shape, reservedNames: context.reserved };
}

function seedInto(shape: Shape, schema: unknown, namespace: string | undefined, context: SeedContext): void {
  if (typeof schema === 'string') {
    if (PRIMITIVES.has(schema)) seedPrimitive(shape, schema, schema);
    else seedReference(shape, schema, namespace, context);
    return;
  }
  if (Array.isArray(schema)) {
    const branches = (schema as unknown[]).filter((branch) => !Array.isArray(branch));
    // Several records (and maybe a map): the last map, else the last record, is the position's
    // object; the other records stay types of their own (Shape.records).
    const objects = branches.filter((branch) => objectBranchKind(branch, namespace, context) !== undefined);
    const main = [...objects].reverse().find((branch) => objectBranchKind(branch, namespace, context) === 'map') ?? objects[objects.length - 1];
    for (const branch of [...branches].reverse()) {
      if (objects.includes(branch) && branch !== main) later(context, () => seedAlternative(shape, branch, namespace, context));
      else later(context, () => seedInto(shape, branch, namespace, context));
    }
    return;
  }
  if (!isPlainObject(schema)) return;
  const type = schema.type;
  if (typeof type !== 'string') {
    if (type !== undefined && type !== null && !Array.isArray(type)) seedInto(shape, type, namespace, context);
    return;
  }
  if (PRIMITIVES.has(type)) seedPrimitive(shape, type, schema as AvroSchema);
  else if (type === 'record' || type === 'error') seedRecord(shape, schema, namespace, context);
  else if (type === 'map') seedMap(shape, schema, namespace, context);
  else if (type === 'array') {
    const prior = priorOf(shape, 'array');
    prior.array = without(schema, ['type', 'items']);
    const items = (shape.array ??= context.factory.shape(shape.path));
    later(context, () => seedInto(items, schema.items, namespace, context));
  } else if (type === 'enum' && Array.isArray(schema.symbols)) {
    registerNamed(schema, namespace, context);
    priorOf(shape, 'enum').enum = { schema, symbols: new Set(schema.symbols.filter((s): s is string => typeof s === 'string')) };
  } else if (type === 'fixed' && typeof schema.size === 'number') {
    registerNamed(schema, namespace, context);
    priorOf(shape, 'fixed').fixed = { schema, size: schema.size };
  } else seedReference(shape, type, namespace, context);
}

function objectBranchKind(branch: unknown, namespace: string | undefined, context: SeedContext): 'record' | 'map' | undefined {
  if (typeof branch === 'string') {
    const definition = context.named.get(qualify(branch, namespace)) ?? context.named.get(branch);
    return definition !== undefined && (definition.schema.type === 'record' || definition.schema.type === 'error') ? 'record' : undefined;
  }
  if (!isPlainObject(branch)) return undefined;
  if (branch.type === 'record' || branch.type === 'error') return 'record';
  if (branch.type === 'map') return 'map';
  return typeof branch.type === 'string' && !PRIMITIVES.has(branch.type) ? objectBranchKind(branch.type, namespace, context) : undefined;
}

/** A record of a union with several: seeded on its own, then listed among the position's records. */
function seedAlternative(shape: Shape, branch: unknown, namespace: string | undefined, context: SeedContext): void {
  const alone = context.factory.shape(shape.path);
  seedInto(alone, branch, namespace, context);
  if (alone.object === undefined || alone.object.mode === 'map') return;
  priorOf(shape, 'object');
  if (!(shape.records ??= []).includes(alone.object)) shape.records.push(alone.object);
}

function seedPrimitive(shape: Shape, name: string, schema: AvroSchema): void {
  switch (name) {
    case 'null':
      shape.nulls = true;
      priorOf(shape, 'null').null = schema;
      break;
    case 'boolean':
      shape.booleans = true;
      priorOf(shape, 'boolean').boolean = schema;
      break;
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      priorOf(shape, 'number').number = { name: name, schema };
      break;
    case 'bytes':
      priorOf(shape, 'bytes').bytes = schema;
      break;
    case 'string': {
      priorOf(shape, 'string').string = schema;
      const attributes = typeof schema === 'object' ? (schema as Record<string, unknown>) : {};
      const formats = { uuid: attributes.logicalType === 'uuid', dateTime: attributes.format === 'date-time', date: attributes.format === 'date' };
      if (shape.strings === undefined) shape.strings = formats;
      else {
        shape.strings.uuid &&= formats.uuid;
        shape.strings.dateTime &&= formats.dateTime;
        shape.strings.date &&= formats.date;
      }
      break;
    }
  }
}

function seedRecord(shape: Shape, schema: Record<string, unknown>, namespace: string | undefined, context: SeedContext): void {
  const fullname = registerNamed(schema, namespace, context);
  if (fullname !== undefined) context.open.add(fullname);
  const mode = context.factory.objectMode(shape.path);
  const fresh = shape.object === undefined;
  const object = (shape.object ??= createObjectShape(mode === 'auto' ? 'record' : mode));
  if (fresh && fullname !== undefined && !context.objects.has(fullname)) context.objects.set(fullname, object);
  priorOf(shape, 'object');
  object.priorAttributes ??= without(schema, ['type', 'fields']);
  const innerNamespace = fullname === undefined ? namespace : namespaceOf(fullname);
  const fields = Array.isArray(schema.fields) ? schema.fields : [];
  const fieldTasks: Array<() => void> = [];
  fields.forEach((field: unknown, index) => {
    if (!isPlainObject(field) || typeof field.name !== 'string') return;
    const key = typeof field.originalName === 'string' ? field.originalName : field.name;
    if (object.fields.has(key)) return;
    const fieldShape = context.factory.shape(childPath(shape.path, key));
    fieldTasks.push(() => seedInto(fieldShape, field.type, innerNamespace, context));
    object.fields.set(key, {
      key,
      present: 0,
      positionSum: 0,
      shape: fieldShape,
      prior: { index, name: field.name, attributes: without(field, ['name', 'type']) },
    });
  });
  // Runs after the fields are seeded (the stack is last in, first out).
  later(context, () => {
    if (object.mode === 'map') collapseToMap(object, shape.path, context.factory, false);
    if (fullname !== undefined) context.open.delete(fullname);
  });
  for (const task of fieldTasks.reverse()) later(context, task);
}

function seedMap(shape: Shape, schema: Record<string, unknown>, namespace: string | undefined, context: SeedContext): void {
  const mode = context.factory.objectMode(shape.path);
  priorOf(shape, 'object').map = without(schema, ['type', 'values']);
  const object = (shape.object ??= createObjectShape(mode === 'auto' ? 'map' : mode));
  if (object.mode === 'record') return;
  const values = (object.values ??= context.factory.shape(mapValuesPath(shape.path)));
  const deeper = deepestLevel(schema, namespace);
  if (deeper !== undefined) context.deepest.add(deeper);
  if (!context.deepest.has(schema)) {
    later(context, () => seedInto(values, schema.values, namespace, context));
    return;
  }
  // The deepest level of a folded catalogue: its records are alternatives (an object that fits
  // none opens a level deeper, see observe.ts), not the position's own object.
  values.deeper = true;
  const branches: unknown[] = Array.isArray(schema.values) ? (schema.values as unknown[]) : [schema.values];
  for (const branch of [...branches].reverse()) later(context, () => seedAlternative(values, branch, namespace, context));
}

/**
 * The inner map of a committed folded catalogue's deepest two levels, if `schema` is one of
 * them: a map whose values are records R and one map, whose values are records of R only
 * (`map<[Meta, map<Meta>]>`, as lowering writes folded levels). Records are compared by fullname.
 */
function deepestLevel(schema: Record<string, unknown>, namespace: string | undefined): Record<string, unknown> | undefined {
  if (!Array.isArray(schema.values)) return undefined;
  const maps = schema.values.filter((branch): branch is Record<string, unknown> => isPlainObject(branch) && branch.type === 'map');
  if (maps.length !== 1) return undefined;
  const records = new Set(schema.values.map((branch) => recordFullname(branch, namespace)));
  const inner = maps[0]!;
  const innerBranches = Array.isArray(inner.values) ? inner.values : [inner.values];
  const fits =
    innerBranches.length > 0 &&
    innerBranches.every((branch) => {
      const fullname = recordFullname(branch, namespace);
      return fullname !== undefined && records.has(fullname);
    });
  return fits ? inner : undefined;
}

/** The fullname of a record branch (a definition or a reference by name), else undefined. */
function recordFullname(branch: unknown, namespace: string | undefined): string | undefined {
  if (typeof branch === 'string') return PRIMITIVES.has(branch) ? undefined : qualify(branch, namespace);
  if (!isPlainObject(branch) || (branch.type !== 'record' && branch.type !== 'error') || typeof branch.name !== 'string') return undefined;
  const ownNamespace = typeof branch.namespace === 'string' ? branch.namespace || undefined : namespace;
  return qualify(branch.name, ownNamespace);
}

/**
 * A use of a named type by name: a record shares the shape of its definition (one type,
 * written once and referred to by name); other types are seeded again. Recursive types are
 * not unrolled.
 */
function seedReference(shape: Shape, name: string, namespace: string | undefined, context: SeedContext): void {
  const fullname = context.named.has(qualify(name, namespace)) ? qualify(name, namespace) : name;
  const definition = context.named.get(fullname);
  if (definition === undefined) return;
  if (context.open.has(fullname)) {
    // Not unrolled: the lowering folds the levels back into the one type (recursion.ts).
    if (definition.schema.type === 'record' || definition.schema.type === 'error') {
      shape.refersTo = fullname;
      priorOf(shape, 'object');
    }
    return;
  }
  const shared = context.objects.get(fullname);
  if (shared !== undefined && shape.object === undefined && context.factory.objectMode(shape.path) !== 'map') {
    shape.object = shared;
    priorOf(shape, 'object');
    return;
  }
  seedInto(shape, definition.schema, definition.namespace, context);
}

function later(context: SeedContext, task: () => void): void {
  context.tasks.push(task);
}

function registerNamed(schema: Record<string, unknown>, namespace: string | undefined, context: SeedContext): string | undefined {
  if (typeof schema.name !== 'string') return undefined;
  const ownNamespace = typeof schema.namespace === 'string' ? schema.namespace : namespace;
  const fullname = qualify(schema.name, ownNamespace || undefined);
  context.reserved.add(fullname);
  if (!context.named.has(fullname)) context.named.set(fullname, { schema, namespace: ownNamespace || undefined });
  return fullname;
}

function priorOf(shape: Shape, kind: BranchKind): PriorBranches {
  const prior = (shape.prior ??= { order: [] });
  if (!prior.order.includes(kind)) prior.order.push(kind);
  return prior;
}

function without(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!keys.includes(key)) rest[key] = object[key];
  return rest;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
