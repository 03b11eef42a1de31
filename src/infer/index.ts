import type { JsonValue } from '../json/value';
import { JsonDouble, isJsonObject } from '../json/value';
import type { AvroField, AvroSchema } from '../schema/avro';

/**
 * FIRST VERSION (walking skeleton): records, primitives, arrays, nullable fields.
 * The full engine (maps, unions, names, prior, logical types) replaces this module.
 */
export interface InferOptions {
  /** Name of the top-level record (PascalCase of the topic when omitted by callers). */
  name: string;
  namespace?: string;
  /** The committed schema: inference starts from it. */
  prior?: AvroSchema;
}

export interface SchemaInferrer {
  add(value: JsonValue): void;
  /** Number of values added. */
  readonly count: number;
  result(): AvroSchema;
}

interface Shape {
  null: boolean;
  boolean: boolean;
  long: boolean;
  double: boolean;
  string: boolean;
  record?: { count: number; fields: Map<string, { count: number; shape: Shape }> };
  array?: Shape;
}

const emptyShape = (): Shape => ({ null: false, boolean: false, long: false, double: false, string: false });

function observe(shape: Shape, value: JsonValue): void {
  if (value === null) shape.null = true;
  else if (typeof value === 'boolean') shape.boolean = true;
  else if (typeof value === 'bigint') shape.long = true;
  else if (typeof value === 'number') (Number.isInteger(value) ? (shape.long = true) : (shape.double = true));
  else if (value instanceof JsonDouble) shape.double = true;
  else if (typeof value === 'string') shape.string = true;
  else if (Array.isArray(value)) {
    shape.array ??= emptyShape();
    for (const item of value) observe(shape.array, item);
  } else if (isJsonObject(value)) {
    shape.record ??= { count: 0, fields: new Map() };
    shape.record.count++;
    for (const [key, item] of Object.entries(value)) {
      let field = shape.record.fields.get(key);
      if (!field) shape.record.fields.set(key, (field = { count: 0, shape: emptyShape() }));
      field.count++;
      observe(field.shape, item);
    }
  }
}

function pascal(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Record';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function lower(shape: Shape, name: string, forceNull: boolean): AvroSchema {
  const branches: AvroSchema[] = [];
  if (shape.null || forceNull) branches.push('null');
  if (shape.boolean) branches.push('boolean');
  if (shape.double) branches.push('double');
  else if (shape.long) branches.push('long');
  if (shape.string) branches.push('string');
  if (shape.record) {
    const record = shape.record;
    const fields: AvroField[] = [...record.fields].map(([key, field]) => {
      const optional = field.count < record.count;
      const type = lower(field.shape, `${name}${pascal(key)}`, optional);
      const avroField: AvroField = { name: key, type };
      if (Array.isArray(type) && type[0] === 'null') avroField.default = null;
      return avroField;
    });
    branches.push({ type: 'record', name, fields });
  }
  if (shape.array) branches.push({ type: 'array', items: lower(shape.array, `${name}Item`, false) });
  if (branches.length === 0) return 'null';
  return branches.length === 1 ? branches[0]! : branches;
}

export function createInferrer(options: InferOptions): SchemaInferrer {
  const root = emptyShape();
  let count = 0;
  return {
    add(value) {
      count++;
      observe(root, value);
    },
    get count() {
      return count;
    },
    result() {
      const schema = lower(root, pascal(options.name), false);
      if (typeof schema === 'object' && !Array.isArray(schema) && options.namespace) {
        return { ...schema, namespace: options.namespace };
      }
      return schema;
    },
  };
}
