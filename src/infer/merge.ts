import { MAP_KEY_LIMIT } from './map-heuristic';
import { childPath, mapValuesPath } from './paths';
import { createObjectShape, type PriorBranches, type ObjectShape, type Shape } from './shape';
import type { ShapeFactory } from './observe';

/**
 * Widens `into` so that it also describes everything `from` describes (the lattice join).
 * Iterative, like observation. `from` is left as it was; parts of it may be shared.
 */
export function mergeShapes(into: Shape, from: Shape, factory: ShapeFactory): void {
  const targets: Shape[] = [into];
  const sources: Shape[] = [from];
  while (targets.length > 0) {
    const target = targets.pop()!;
    const source = sources.pop()!;
    target.nulls ||= source.nulls;
    target.booleans ||= source.booleans;
    if (source.integers > target.integers) target.integers = source.integers;
    target.doubles ||= source.doubles;
    if (source.strings !== undefined) {
      if (target.strings === undefined) target.strings = { ...source.strings };
      else {
        target.strings.uuid &&= source.strings.uuid;
        target.strings.dateTime &&= source.strings.dateTime;
        target.strings.date &&= source.strings.date;
      }
    }
    if (source.prior !== undefined) target.prior = mergePriorBranches(target.prior, source.prior);
    if (source.array !== undefined) {
      target.array ??= factory.shape(target.path);
      targets.push(target.array);
      sources.push(source.array);
    }
    if (source.object !== undefined) mergeObjects(target, source.object, factory, targets, sources);
  }
}

function mergeObjects(target: Shape, source: ObjectShape, factory: ShapeFactory, targets: Shape[], sources: Shape[]): void {
  const object = (target.object ??= createObjectShape(factory.objectMode(target.path)));
  object.count += source.count;
  object.allKeysData &&= source.allKeysData;
  object.priorAttributes ??= source.priorAttributes;
  if ((source.values !== undefined || object.mode === 'map') && object.values === undefined) {
    collapseToMap(object, target.path, factory);
  }
  if (source.values !== undefined) {
    targets.push(object.values!);
    sources.push(source.values);
  }
  for (const [key, sourceField] of source.fields) {
    if (object.values !== undefined) {
      targets.push(object.values);
      sources.push(sourceField.shape);
      continue;
    }
    let field = object.fields.get(key);
    if (field === undefined) {
      field = { key, present: 0, positionSum: 0, shape: factory.shape(childPath(target.path, key)), prior: sourceField.prior };
      object.fields.set(key, field);
      if (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto') {
        collapseToMap(object, target.path, factory);
        targets.push(object.values!);
        sources.push(sourceField.shape);
        continue;
      }
    }
    field.present += sourceField.present;
    field.positionSum += sourceField.positionSum;
    targets.push(field.shape);
    sources.push(sourceField.shape);
  }
}

/** Turns a field-by-field object into a map whose value shape joins all the fields' shapes. */
export function collapseToMap(object: ObjectShape, path: string, factory: ShapeFactory): void {
  const values = factory.shape(mapValuesPath(path));
  const fields = [...object.fields.values()];
  object.fields = new Map();
  object.lastFields = [];
  object.values = values;
  for (const field of fields) mergeShapes(values, field.shape, factory);
}

/** The join of all field shapes of an object (what its values look like as a map). */
export function joinFieldShapes(object: ObjectShape, path: string, factory: ShapeFactory): Shape {
  const values = factory.shape(mapValuesPath(path));
  if (object.values !== undefined) mergeShapes(values, object.values, factory);
  for (const field of object.fields.values()) mergeShapes(values, field.shape, factory);
  return values;
}

function mergePriorBranches(into: PriorBranches | undefined, from: PriorBranches): PriorBranches {
  if (into === undefined) return from;
  const merged: PriorBranches = { ...from, ...into, order: [...into.order] };
  for (const kind of from.order) if (!merged.order.includes(kind)) merged.order.push(kind);
  return merged;
}
