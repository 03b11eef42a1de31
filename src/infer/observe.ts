import { JsonDouble, type JsonObject, type JsonValue } from '../json/value';
import { isDate, isDateTime, isUuid } from './formats';
import { FOLDED_MISSES, MAP_KEY_LIMIT } from './map-heuristic';
import { collapseToMap, dropMissingStructuralKeys } from './merge';
import { childPath, mapValuesPath } from './paths';
import { createObjectShape, createShape, IntegerWidth, type FieldShape, type ObjectMode, type ObjectShape, type Shape } from './shape';

/** Creates the shapes of new positions, applying per-path overrides. */
export interface ShapeFactory {
  shape(path: string): Shape;
  objectMode(path: string): ObjectMode;
}

export function shapeFactory(overrides: ReadonlyMap<string, 'map' | 'record'>): ShapeFactory {
  return {
    shape: createShape,
    objectMode: (path) => overrides.get(path) ?? 'auto',
  };
}

/** Whether for-in must skip inherited keys: only when something polluted Object.prototype. */
let checkOwnKeys = false;

function hasInheritedEnumerableKeys(): boolean {
  for (const _ in EMPTY) return true;
  return false;
}

const EMPTY = Object.freeze({});

/** Containers nested deeper than this wait on an explicit stack instead of recursing. */
const MAX_RECURSION = 64;

const pendingShapes: Shape[] = [];
const pendingContainers: Array<JsonValue[] | JsonObject> = [];

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const TWO_POW_63 = 2 ** 63;
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/**
 * Widens `root` so that it describes `value` too. Recursive down to MAX_RECURSION levels;
 * deeper containers wait on an explicit stack and start a new descent from there, so nesting
 * depth is bounded by memory, not by the call stack. The value is not kept.
 */
export function observe(root: Shape, value: JsonValue, factory: ShapeFactory): void {
  checkOwnKeys = hasInheritedEnumerableKeys();
  observeValue(root, value, factory, 0);
  // The stacks are empty between calls (observe runs to completion): shared, not reallocated.
  while (pendingShapes.length > 0) {
    const shape = pendingShapes.pop()!;
    const container = pendingContainers.pop()!;
    if (Array.isArray(container)) observeArray(shape, container, factory, 0);
    else observeObject(shape, container, factory, 0);
  }
}

function observeValue(shape: Shape, value: JsonValue, factory: ShapeFactory, depth: number): void {
  switch (typeof value) {
    case 'string':
      shape.stringsSeen++;
      observeString(shape, value);
      break;
    case 'number':
      shape.numbersSeen++;
      if (Number.isInteger(value)) {
        if (value > INT_MAX || value < INT_MIN) {
          // A rounded integer literal (parseJsonTyped) of 2^63 or more in magnitude fits no long.
          if (value >= TWO_POW_63 || value < -TWO_POW_63) shape.doubles = true;
          else shape.integers = IntegerWidth.long;
        } else if (shape.integers === IntegerWidth.none) shape.integers = IntegerWidth.int;
      } else shape.doubles = true;
      break;
    case 'boolean':
      shape.booleansSeen++;
      shape.booleans = true;
      break;
    case 'bigint':
      shape.numbersSeen++;
      // Beyond 64 bits no long holds it: the lattice's next step is double.
      if (value > INT64_MAX || value < INT64_MIN) shape.doubles = true;
      else shape.integers = IntegerWidth.long;
      break;
    case 'object':
      if (value === null) {
        shape.nullsSeen++;
        shape.nulls = true;
      } else if (value instanceof JsonDouble) {
        shape.numbersSeen++;
        shape.doubles = true;
      } else if (depth >= MAX_RECURSION) {
        if (Array.isArray(value)) shape.arraysSeen++;
        else shape.objectsSeen++;
        pendingShapes.push(shape);
        pendingContainers.push(value);
      } else if (Array.isArray(value)) {
        shape.arraysSeen++;
        observeArray(shape, value, factory, depth + 1);
      } else {
        shape.objectsSeen++;
        if (shape.records !== undefined) observeAlternative(shape, value, factory, depth + 1);
        else observeObject(shape, value, factory, depth + 1);
      }
      break;
    default:
      break;
  }
}

function observeArray(shape: Shape, value: JsonValue[], factory: ShapeFactory, depth: number): void {
  const items = (shape.array ??= factory.shape(shape.path));
  for (let i = 0; i < value.length; i++) observeValue(items, value[i]!, factory, depth);
}

function observeString(shape: Shape, text: string): void {
  const prior = shape.prior;
  if (prior !== undefined) {
    // Strings the committed schema already types as enum / fixed / bytes stay there.
    if (prior.enum?.symbols.has(text)) return;
    if (prior.fixed !== undefined && prior.fixed.size === text.length) return;
    if (prior.bytes !== undefined) return;
  }
  const formats = shape.strings;
  if (formats === undefined) {
    shape.strings = { uuid: isUuid(text), dateTime: isDateTime(text), date: isDate(text) };
    return;
  }
  if (formats.uuid && !isUuid(text)) formats.uuid = false;
  if (formats.dateTime && !isDateTime(text)) formats.dateTime = false;
  if (formats.date && !isDate(text)) formats.date = false;
}

/**
 * A position with several record types (from the committed schema): the object goes to the
 * record whose committed fields hold the largest share of its keys (at least half), else to the
 * position's own object. Only committed fields count, so the choice never depends on what
 * was observed before.
 */
function observeAlternative(shape: Shape, value: JsonObject, factory: ShapeFactory, depth: number): void {
  const keys = Object.keys(value);
  let best: ObjectShape | undefined;
  let bestScore = keys.length === 0 ? 0 : 0.5;
  const candidates = shape.object === undefined ? shape.records! : [...shape.records!, shape.object];
  for (const candidate of candidates) {
    if (candidate.values !== undefined) continue;
    let known = 0;
    for (const key of keys) if (candidate.fields.get(key)?.prior !== undefined) known++;
    const score = keys.length === 0 ? (candidate === shape.object ? 1 : 0) : known / keys.length;
    if (score > bestScore || (score === bestScore && best !== undefined && candidate === shape.object)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined || best === shape.object) {
    if (shape.object === undefined && shape.deeper === true && factory.objectMode(shape.path) === 'auto') shape.object = deeperLevel(shape, factory);
    observeObject(shape, value, factory, depth);
  } else observeInto(best, shape.path, value, factory, depth);
}

/**
 * A node below the deepest level of a committed folded catalogue: one more map level, whose
 * values take the same records and again open a level for a node deeper still. So a deeper
 * message extends the levels instead of adding its keys (data) as fields to the records.
 */
function deeperLevel(shape: Shape, factory: ShapeFactory): ObjectShape {
  const values = factory.shape(mapValuesPath(shape.path));
  values.records = [...shape.records!];
  values.deeper = true;
  const level = createObjectShape('map');
  level.values = values;
  return level;
}

function observeObject(shape: Shape, value: JsonObject, factory: ShapeFactory, depth: number): void {
  observeInto((shape.object ??= createObjectShape(factory.objectMode(shape.path))), shape.path, value, factory, depth);
}

function observeInto(object: ObjectShape, path: string, value: JsonObject, factory: ShapeFactory, depth: number): void {
  object.count++;
  if (object.mode === 'map' && object.values === undefined) collapseToMap(object, path, factory, false);
  // for-in spares an array of keys per object; its keys are own keys (`__proto__` or
  // `constructor` included: plain data) unless Object.prototype was given enumerable ones.
  if (object.values !== undefined) {
    if (object.fields.size === 0 && !admitsKeys(object)) {
      for (const key in value) if (!checkOwnKeys || Object.hasOwn(value, key)) observeValue(object.values, value[key]!, factory, depth);
      return;
    }
    observeFolded(object, path, value, factory, depth);
    return;
  }
  // Objects at one position mostly list the same keys in the same order: remembering the
  // field found at each position of the last key list spares most map look-ups.
  const cache = object.lastFields;
  let index = -1;
  for (const key in value) {
    if (checkOwnKeys && !Object.hasOwn(value, key)) continue;
    index++;
    let field: FieldShape | undefined = cache[index];
    if (field === undefined || field.key !== key) {
      field = object.fields.get(key);
      if (field === undefined) {
        field = newField(object, path, key, factory);
        if (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto') {
          // Folded: the keys missing from at most FOLDED_MISSES objects so far stay apart (this
          // one's keys seen so far count as present); an object past the limit on its own keeps none.
          const keys = Object.keys(value);
          if (keys.length > MAP_KEY_LIMIT) object.oversized = true;
          object.fields.delete(key);
          for (let seen = 0; seen < index; seen++) {
            const earlier = object.fields.get(keys[seen]!);
            if (earlier !== undefined) earlier.present--;
          }
          object.count--;
          collapseToMap(object, path, factory, true);
          object.count++;
          observeFoldedFrom(object, path, value, keys, index, factory, depth);
          return;
        }
      }
      cache[index] = field;
    }
    field.present++;
    field.positionSum += index;
    observeValue(field.shape, value[key]!, factory, depth);
  }
}

/**
 * Whether a folded object (the current one counted) takes a key it has no field for as a new
 * structural key: only while that key can still be missing from at most FOLDED_MISSES objects,
 * i.e. among the first FOLDED_MISSES + 1. A key dropped before had more misses, so never comes back.
 */
function admitsKeys(object: ObjectShape): boolean {
  return object.mode === 'auto' && !object.oversized && object.count - 1 <= FOLDED_MISSES;
}

function newField(object: ObjectShape, path: string, key: string, factory: ShapeFactory): FieldShape {
  const field: FieldShape = { key, present: 0, positionSum: 0, shape: factory.shape(childPath(path, key)), prior: undefined };
  object.fields.set(key, field);
  return field;
}

/** An object at a folded position: structural keys to their fields, the rest to the values. */
function observeFolded(object: ObjectShape, path: string, value: JsonObject, factory: ShapeFactory, depth: number): void {
  let index = -1;
  let hits = 0;
  const admits = admitsKeys(object);
  for (const key in value) {
    if (checkOwnKeys && !Object.hasOwn(value, key)) continue;
    index++;
    let field = object.fields.get(key);
    // Past MAP_KEY_LIMIT keys the object is oversized and drops every field below: admit no more.
    if (field === undefined && admits && index < MAP_KEY_LIMIT) field = newField(object, path, key, factory);
    if (field === undefined) observeValue(object.values!, value[key]!, factory, depth);
    else {
      hits++;
      field.present++;
      field.positionSum += index;
      observeValue(field.shape, value[key]!, factory, depth);
    }
  }
  if (index >= MAP_KEY_LIMIT) object.oversized = true;
  if (mayDrop(object, hits)) dropMissingStructuralKeys(object, factory);
}

/**
 * Whether some structural key may now be missing from too many objects: this object lacked one,
 * and there were more than FOLDED_MISSES objects before it (a key in one of them at least is
 * missing from fewer), or it is oversized.
 */
function mayDrop(object: ObjectShape, hits: number): boolean {
  return object.oversized || (hits < object.fields.size && object.count - 1 > FOLDED_MISSES);
}

/** The rest of an object whose key at `from` folded its position: the earlier keys are counted again, as a folded object. */
function observeFoldedFrom(object: ObjectShape, path: string, value: JsonObject, keys: string[], from: number, factory: ShapeFactory, depth: number): void {
  let hits = 0;
  const admits = admitsKeys(object);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    let field = object.fields.get(key);
    if (field === undefined && admits && index >= from) field = newField(object, path, key, factory);
    if (field !== undefined) {
      hits++;
      field.present++;
      if (index >= from) observeValue(field.shape, value[key]!, factory, depth);
    } else if (index >= from) observeValue(object.values!, value[key]!, factory, depth);
  }
  if (keys.length > MAP_KEY_LIMIT) object.oversized = true;
  if (mayDrop(object, hits)) dropMissingStructuralKeys(object, factory);
}
