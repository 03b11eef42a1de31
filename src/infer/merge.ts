import { FOLDED_MISSES, MAP_KEY_LIMIT } from './map-heuristic';
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
  // Objects to fold into maps once everything is merged in (inner ones first: they come later).
  const folds: Array<[ObjectShape, string]> = [];
  // A record that holds itself (folded by recursion.ts) is merged once: met again, it is skipped.
  const merged = new Set<ObjectShape>();
  while (targets.length > 0) {
    const target = targets.pop()!;
    const source = sources.pop()!;
    target.nulls ||= source.nulls;
    target.nullsSeen += source.nullsSeen;
    target.booleansSeen += source.booleansSeen;
    target.numbersSeen += source.numbersSeen;
    target.stringsSeen += source.stringsSeen;
    target.objectsSeen += source.objectsSeen;
    target.arraysSeen += source.arraysSeen;
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
    // Records of their own are shared, not copied: each stays one type.
    if (source.records !== undefined) for (const record of source.records) if (!(target.records ??= []).includes(record)) target.records.push(record);
    if (source.deeper === true) target.deeper = true;
    if (source.refersTo !== undefined) target.refersTo ??= source.refersTo;
    if (source.array !== undefined) {
      target.array ??= factory.shape(target.path);
      targets.push(target.array);
      sources.push(source.array);
    }
    if (source.object !== undefined && !merged.has(source.object)) {
      merged.add(source.object);
      if (mergeObjects(target, source.object, factory, targets, sources)) folds.push([target.object!, target.path]);
    }
  }
  for (let i = folds.length - 1; i >= 0; i--) {
    const [object, path] = folds[i]!;
    if (object.values === undefined) collapseToMap(object, path, factory, object.mode === 'auto');
    else dropMissingStructuralKeys(object, factory);
  }
}

/**
 * Merges the fields field by field; returns whether the object must then be folded into a map
 * (it or the source is one, or it has too many keys). Folding waits until the fields are
 * merged, so the keys missing from at most FOLDED_MISSES objects of both stay structural
 * whatever the order (misses add up: a key one side has no field for was missing from all its
 * objects, or from more than FOLDED_MISSES already).
 */
function mergeObjects(target: Shape, source: ObjectShape, factory: ShapeFactory, targets: Shape[], sources: Shape[]): boolean {
  const object = (target.object ??= createObjectShape(factory.objectMode(target.path)));
  object.count += source.count;
  object.oversized ||= source.oversized;
  object.priorAttributes ??= source.priorAttributes;
  if (source.values !== undefined) {
    object.values ??= factory.shape(mapValuesPath(target.path));
    targets.push(object.values);
    sources.push(source.values);
  }
  for (const [key, sourceField] of source.fields) {
    let field = object.fields.get(key);
    if (field === undefined) {
      field = { key, present: 0, positionSum: 0, shape: factory.shape(childPath(target.path, key)), prior: sourceField.prior };
      object.fields.set(key, field);
    }
    field.present += sourceField.present;
    field.positionSum += sourceField.positionSum;
    targets.push(field.shape);
    sources.push(sourceField.shape);
  }
  return object.values !== undefined || object.mode === 'map' || (object.fields.size > MAP_KEY_LIMIT && object.mode === 'auto');
}

/**
 * Turns a field-by-field object into a map whose value shape joins the fields' shapes; with
 * `keepStructural`, the fields missing from at most FOLDED_MISSES objects so far stay apart
 * (structural keys).
 */
export function collapseToMap(object: ObjectShape, path: string, factory: ShapeFactory, keepStructural: boolean): void {
  const values = factory.shape(mapValuesPath(path));
  const fields = [...object.fields.values()];
  object.fields = new Map();
  object.lastFields = [];
  object.values = values;
  for (const field of fields) {
    if (keepStructural && !object.oversized && field.present > 0 && keptApart(object, field.present)) object.fields.set(field.key, field);
    else mergeShapes(values, field.shape, factory);
  }
}

/** Whether a key of a folded object, in `present` of its objects, stays apart: missing from at most FOLDED_MISSES. */
export function keptApart(object: ObjectShape, present: number): boolean {
  return object.count - present <= FOLDED_MISSES;
}

/** A folded object's structural keys now missing from too many objects (or all, past the limit) join the values. */
export function dropMissingStructuralKeys(object: ObjectShape, factory: ShapeFactory): void {
  for (const [key, field] of [...object.fields]) {
    if (keptApart(object, field.present) && !object.oversized && object.mode === 'auto') continue;
    object.fields.delete(key);
    mergeShapes(object.values!, field.shape, factory);
  }
}

/** The join of the shapes of the given fields of an object (all by default) and its folded values. */
export function joinFieldShapes(object: ObjectShape, path: string, factory: ShapeFactory, keys?: readonly string[]): Shape {
  // A map built while lowering (no fields) is read as it is: its records keep their identity.
  if (object.fields.size === 0 && object.values !== undefined) return object.values;
  const values = factory.shape(mapValuesPath(path));
  if (object.values !== undefined) mergeShapes(values, object.values, factory);
  for (const key of keys ?? object.fields.keys()) mergeShapes(values, object.fields.get(key)!.shape, factory);
  return values;
}

function mergePriorBranches(into: PriorBranches | undefined, from: PriorBranches): PriorBranches {
  if (into === undefined) return from;
  const merged: PriorBranches = { ...from, ...into, order: [...into.order] };
  for (const kind of from.order) if (!merged.order.includes(kind)) merged.order.push(kind);
  return merged;
}
