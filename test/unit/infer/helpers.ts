import avro from 'avsc';
import { parseJson } from '../../../src/json/parse';
import type { JsonValue } from '../../../src/json/value';
import { createInferrer, type InferOptions } from '../../../src/infer';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import { conformanceError } from '../../support/conforms';

/** Values are typed loosely (`unknown`) so tests can write object literals with differing keys. */
export function infer(values: readonly unknown[], options: Partial<InferOptions> = {}): AvroSchema {
  const inferrer = createInferrer({ name: 'events', ...options });
  for (const value of values) inferrer.add(value as JsonValue);
  return inferrer.result();
}

export function inferTexts(texts: string[], options: Partial<InferOptions> = {}): AvroSchema {
  return infer(texts.map(parseJson), options);
}

/** Throws unless the schema is valid Avro (avsc, no anonymous types) and every value conforms. */
export function expectValid(schema: AvroSchema, values: readonly unknown[]): void {
  avro.Type.forSchema(schema as avro.Schema, { noAnonymousTypes: true });
  for (const value of values) {
    const error = conformanceError(schema, value as JsonValue);
    if (error !== undefined) throw new Error(`${error}\nschema: ${formatSchema(schema)}`);
  }
}

export function fieldsOf(schema: AvroSchema): Array<Record<string, unknown>> {
  if (typeof schema !== 'object' || Array.isArray(schema) || schema.type !== 'record') throw new Error(`not a record: ${JSON.stringify(schema)}`);
  return schema.fields as Array<Record<string, unknown>>;
}

export function field(schema: AvroSchema, name: string): Record<string, unknown> {
  const found = fieldsOf(schema).find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name} in ${JSON.stringify(schema)}`);
  return found;
}
