import type { AvroSchema } from '../schema/avro';
import { typeCounts, type JsonTypeCounts, type ObjectShape, type Shape } from './shape';

/**
 * What the sample says about each field of the inferred schema: in how many of the objects at
 * its position it was present, and its values by JSON type. Counts only, never a value; keyed by
 * the field paths of src/schema/diff.ts (`a.b`, `a[]`, `a{}`), so a diff change finds its evidence.
 */
export interface FieldEvidence {
  /** Objects at the field's position that had it. */
  present: number;
  /** Objects observed at the field's position. */
  of: number;
  types: JsonTypeCounts;
}

/** Walks the lowered schema beside the shape it came from, up to `limit` paths. */
export function fieldEvidence(root: Shape, schema: AvroSchema, limit: number): Map<string, FieldEvidence> {
  const found = new Map<string, FieldEvidence>();
  const walk = (shape: Shape, type: AvroSchema, path: string): void => {
    const node = onlyBranch(type);
    if (node === undefined || found.size >= limit) return;
    if (node.type === 'array' && shape.array !== undefined) walk(shape.array, node.items as AvroSchema, `${path}[]`);
    else if (node.type === 'map' && shape.object?.values !== undefined) {
      const values = shape.object.values;
      found.set(`${path}{}`, { present: shape.object.count, of: shape.object.count, types: typeCounts(values) });
      walk(values, node.values as AvroSchema, `${path}{}`);
    } else if (node.type === 'record' && Array.isArray(node.fields) && shape.object !== undefined) fields(shape.object, node.fields as unknown[], path);
  };
  const fields = (object: ObjectShape, list: unknown[], path: string): void => {
    for (const field of list as Array<{ name: string; type: AvroSchema; originalName?: unknown }>) {
      if (found.size >= limit) return;
      const key = typeof field.originalName === 'string' ? field.originalName : field.name;
      const shape = object.fields.get(key);
      const fieldPath = path === '' ? field.name : `${path}.${field.name}`;
      if (shape === undefined) {
        found.set(fieldPath, { present: 0, of: object.count, types: { null: 0, boolean: 0, number: 0, string: 0, object: 0, array: 0 } });
        continue;
      }
      found.set(fieldPath, { present: shape.present, of: object.count, types: typeCounts(shape.shape) });
      walk(shape.shape, field.type, fieldPath);
    }
  };
  walk(root, schema, '');
  return found;
}

/** The schema itself, or the one non-null branch of a union (the diff's paths see through it); else undefined. */
function onlyBranch(type: AvroSchema): { type: unknown; [attribute: string]: unknown } | undefined {
  if (Array.isArray(type)) {
    const rest = type.filter((branch) => branch !== 'null');
    return rest.length === 1 ? onlyBranch(rest[0]!) : undefined;
  }
  if (typeof type === 'string' || typeof type.type !== 'string') return undefined;
  return type;
}
