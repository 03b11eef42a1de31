import { JsonDouble, type JsonObject, type JsonValue } from '../json/value';
import { isDataKey, isDate, isDateTime, isUuid } from './formats';
import { MAP_KEY_LIMIT } from './map-heuristic';
import { collapseToMap } from './merge';
import { childPath } from './paths';
import {
  createObjectShape,
  createShape,
  createStringFormats,
  IntegerWidth,
  type ObjectMode,
  type ObjectShape,
  type Shape,
} from './shape';

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

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/**
 * Widens `root` so that it describes `value` too. Iterative (an explicit stack), so nesting
 * depth is bounded by memory, not by the call stack; the value is not kept.
 */
export function observe(root: Shape, value: JsonValue, factory: ShapeFactory): void {
  const shapes: Shape[] = [root];
  const values: JsonValue[] = [value];
  while (shapes.length > 0) {
    const shape = shapes.pop()!;
    const current = values.pop()!;
    switch (typeof current) {
      case 'string':
        observeString(shape, current);
        break;
      case 'number':
        if (Number.isInteger(current)) {
          if (current > INT_MAX || current < INT_MIN) shape.integers = IntegerWidth.long;
          else if (shape.integers === IntegerWidth.none) shape.integers = IntegerWidth.int;
        } else shape.doubles = true;
        break;
      case 'boolean':
        shape.booleans = true;
        break;
      case 'bigint':
        // Beyond 64 bits no long holds it: the lattice's next step is double.
        if (current > INT64_MAX || current < INT64_MIN) shape.doubles = true;
        else shape.integers = IntegerWidth.long;
        break;
      case 'object':
        if (current === null) shape.nulls = true;
        else if (Array.isArray(current)) {
          const items = (shape.array ??= factory.shape(shape.path));
          for (let i = current.length - 1; i >= 0; i--) {
            shapes.push(items);
            values.push(current[i]!);
          }
        } else if (current instanceof JsonDouble) shape.doubles = true;
        else observeObject(shape, current, factory, shapes, values);
        break;
      default:
        break;
    }
  }
}

function observeString(shape: Shape, text: string): void {
  const prior = shape.prior;
  if (prior !== undefined) {
    // Strings the committed schema already types as enum / fixed / bytes stay there.
    if (prior.enum?.symbols.has(text)) return;
    if (prior.fixed !== undefined && prior.fixed.size === text.length) return;
    if (prior.bytes !== undefined) return;
  }
  const formats = (shape.strings ??= createStringFormats());
  if (formats.uuid && !isUuid(text)) formats.uuid = false;
  if (formats.dateTime && !isDateTime(text)) formats.dateTime = false;
  if (formats.date && !isDate(text)) formats.date = false;
}

function observeObject(shape: Shape, value: JsonObject, factory: ShapeFactory, shapes: Shape[], values: JsonValue[]): void {
  const object = (shape.object ??= createObjectShape(factory.objectMode(shape.path)));
  object.count++;
  if (object.mode === 'map' && object.values === undefined) collapseToMap(object, shape.path, factory);
  // Object.keys: own keys only, so `__proto__` or `constructor` are plain data.
  for (const key of Object.keys(value)) {
    const item = value[key]!;
    if (object.values !== undefined) {
      shapes.push(object.values);
      values.push(item);
      continue;
    }
    let field = object.fields.get(key);
    if (field === undefined) {
      field = { present: 0, shape: factory.shape(childPath(shape.path, key)), prior: undefined };
      object.fields.set(key, field);
      if (object.allKeysData && !isDataKey(key)) object.allKeysData = false;
      if (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto') {
        collapseToMap(object, shape.path, factory);
        shapes.push(object.values!);
        values.push(item);
        continue;
      }
    }
    field.present++;
    shapes.push(field.shape);
    values.push(item);
  }
}
