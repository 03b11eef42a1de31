import { readFile } from 'node:fs/promises';
import type { AvroField } from '../../src/schema/avro';

/**
 * JSON that tests read back (reports, schemas, proposals, outputs): `unknown` unless the caller
 * names the type the code under test writes (src/'s own types), which the test then checks.
 */
export function parseJson<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}

export async function readJson<T = unknown>(path: string): Promise<T> {
  return parseJson<T>(await readFile(path, 'utf8'));
}

/** The fields of a record schema read back from a file; throws when `schema` has no field list. */
export function recordFields(schema: unknown): AvroField[] {
  const fields: unknown = typeof schema === 'object' && schema !== null ? (schema as { fields?: unknown }).fields : undefined;
  // The schema itself is not quoted: an inferred schema may carry names taken from the data.
  if (!Array.isArray(fields)) throw new Error(`expected a record schema with fields, got ${Array.isArray(schema) ? 'an array' : typeof schema}`);
  return fields as AvroField[];
}

export function fieldNames(schema: unknown): string[] {
  return recordFields(schema).map((field) => field.name);
}

/** Array.isArray, narrowing `unknown` to `unknown[]` (Array.isArray narrows it to `any[]`). */
export function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}
