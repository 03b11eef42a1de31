import { mergeShapes, joinFieldShapes } from './merge';
import type { ShapeFactory } from './observe';
import { mapValuesPath } from './paths';
import { createObjectShape, type ObjectShape, type Shape } from './shape';

/**
 * A structure that repeats itself at every level (`{"name", "meta", "features": {"<feature>":
 * {"name", "meta", "features": {...}}}}`, a tree of comments with `replies: [...]`) is one
 * named type that refers to itself, not one copy per level seen in the sample: a level deeper
 * than every sampled one then fits too, and the schema does not grow with the depth.
 *
 * It is found at a record R with a field `key` that holds a map of records (decided by the map
 * rules, without structural keys), an array of records, or a record, when that record is of R's
 * kind ({@link sameKind}) and has `key` again. The levels down that field are joined into one
 * record shape whose field `key` holds it again (a cycle, made only here while lowering, after
 * all merging; the lowering writes a record once and refers to it by name after that).
 * Levels the committed schema has as records of their own are not folded (that would rename
 * them).
 */
export interface RecursionContext {
  factory: ShapeFactory;
  /**
   * The map rules on an object at a path: `record`, the values of a map without structural
   * keys, or undefined for a map with them (a catalogue level, folded its own way).
   */
  decide: (path: string, object: ObjectShape) => Shape | 'record' | undefined;
  /** Maps whose values are already known (the lowering reads them from here). */
  mapValues: Map<ObjectShape, Shape>;
}

type Container = 'map' | 'array' | 'record';

interface Child {
  container: Container;
  /** The shape holding the next level's record (map values, array items, or the field itself). */
  holder: Shape;
}

/**
 * The record shape describing every level of `record` (at `path`) when it repeats itself, else
 * undefined. `fullname` is the committed name of `record`, whose committed self-references
 * (`refersTo`) count as a level seen.
 */
export function foldRecursion(record: ObjectShape, path: string, fullname: string | undefined, context: RecursionContext): ObjectShape | undefined {
  if (record.mode === 'map' || record.values !== undefined || record.count === 0) return undefined;
  for (const [key, field] of record.fields) {
    if (!mayRepeat(field.shape, key, fullname)) continue;
    const child = childOf(field.shape, context);
    if (child === undefined) continue;
    const next = child.holder.object;
    const refersBack = fullname !== undefined && child.holder.refersTo === fullname;
    if (!refersBack && (next === undefined || next === record || !next.fields.has(key) || !sameKind(record, next))) continue;
    return fold(record, path, key, child.container, context);
  }
  return undefined;
}

/** A cheap look before the map rules run: does a record down this field have `key` again (or refer back)? */
function mayRepeat(shape: Shape, key: string, fullname: string | undefined): boolean {
  const refers = (of: Shape | undefined) => of !== undefined && fullname !== undefined && of.refersTo === fullname;
  if (refers(shape) || refers(shape.array)) return true;
  if (shape.array?.object?.fields.has(key) === true) return true;
  const object = shape.object;
  if (object === undefined) return false;
  if (object.fields.has(key) || object.values?.object?.fields.has(key) === true || refers(object.values)) return true;
  for (const field of object.fields.values()) if (field.shape.object?.fields.has(key) === true) return true;
  return false;
}

/**
 * The container at a field's shape and what it holds. At the first level the map rules decide
 * whether an object is a map; below, the container of the first level is read the same way.
 */
function childOf(shape: Shape, context: RecursionContext, expected?: Container): Child | undefined {
  if (shape.records !== undefined) return undefined;
  if (shape.object === undefined && shape.array === undefined && shape.refersTo !== undefined && expected !== 'map')
    return { container: 'record', holder: shape };
  if (shape.object !== undefined && shape.array === undefined) {
    const object = shape.object;
    const known = context.mapValues.get(object);
    if (known !== undefined) return { container: 'map', holder: known };
    if (expected === 'map') return { container: 'map', holder: joinFieldShapes(object, shape.path, context.factory) };
    if (expected === 'record') return object.mode === 'map' || object.values !== undefined ? undefined : { container: 'record', holder: shape };
    const decided = context.decide(shape.path, object);
    if (decided === 'record') return { container: 'record', holder: shape };
    return decided === undefined ? undefined : { container: 'map', holder: decided };
  }
  if (shape.array !== undefined && shape.object === undefined && shape.array.records === undefined && expected !== 'map' && expected !== 'record') {
    return { container: 'array', holder: shape.array };
  }
  return undefined;
}

function fold(record: ObjectShape, path: string, key: string, container: Container, context: RecursionContext): ObjectShape | undefined {
  const { factory } = context;
  const levels: ObjectShape[] = [record];
  const holders: Shape[] = [];
  for (let level = record; ;) {
    const field = level.fields.get(key);
    const child = field === undefined ? undefined : childOf(field.shape, context, level === record ? undefined : container);
    if (child === undefined || child.container !== container) break;
    holders.push(child.holder);
    const next = child.holder.object;
    if (next === undefined || levels.includes(next) || next.mode === 'map' || next.values !== undefined) break;
    levels.push(next);
    level = next;
  }
  // Levels the committed schema has as types of their own stay so: one type would rename them.
  if (new Set(levels.map((level) => level.priorAttributes?.name).filter((name) => name !== undefined)).size > 1) return undefined;
  const joined = factory.shape(path);
  for (const level of levels) mergeShapes(joined, { ...factory.shape(path), object: withoutContainer(level, key, container) }, factory);
  const folded = joined.object!;
  const field = folded.fields.get(key)!;
  if (container === 'record') {
    field.shape.object = folded;
    return folded;
  }
  // What the map values or array items had besides the records (nulls, scalars) stays.
  const holder = factory.shape(container === 'map' ? mapValuesPath(field.shape.path) : field.shape.path);
  for (const shape of holders) mergeShapes(holder, { ...shape, object: undefined, records: undefined, refersTo: undefined }, factory);
  holder.object = folded;
  if (container === 'array') field.shape.array = holder;
  else {
    const map = createObjectShape('map');
    map.values = holder;
    field.shape.object = map;
    context.mapValues.set(map, holder);
  }
  return folded;
}

/** A copy of a level without the records down `key` (the fold puts the joined record there). */
function withoutContainer(level: ObjectShape, key: string, container: Container): ObjectShape {
  const field = level.fields.get(key);
  if (field === undefined) return level;
  const fields = new Map(level.fields);
  const shape = { ...field.shape, refersTo: undefined };
  if (container === 'array') shape.array = undefined;
  else shape.object = undefined;
  fields.set(key, { ...field, shape });
  return { ...level, fields, lastFields: [] };
}

/**
 * Two record shapes of one kind: the usual keys of one (in at least half of its objects, one at
 * least) are all keys of the other. Optional keys do not tell kinds apart, and a record seen
 * rarely shows fewer of them (`{"version_added"}` and `{"version_added", "notes"}` are one kind
 * of statement); records of different kinds (a user, a repository) each have usual keys the
 * other never has.
 */
export function sameKind(a: ObjectShape, b: ObjectShape): boolean {
  return usualKeysIn(a, b) || usualKeysIn(b, a);
}

function usualKeysIn(of: ObjectShape, other: ObjectShape): boolean {
  let usual = 0;
  for (const [key, field] of of.fields) {
    if (field.present * 2 < of.count) continue;
    if (!other.fields.has(key)) return false;
    usual++;
  }
  return usual > 0;
}
