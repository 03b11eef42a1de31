import { MAX_SCHEMA_FILE_BYTES } from './layout';
import type { AvroSchema } from '../schema/avro';
import { checkWithAvsc } from '../schema/avsc-check';

/**
 * What an inferred schema must pass before anyone sees it (scan: before it is written; infer:
 * before it is printed).
 */

/**
 * Throws when `text` (the formatted schema called `what`) is over MAX_SCHEMA_FILE_BYTES, the
 * limit a committed file is read with too; `remedy` says how to make the deep part a map (scan:
 * an `overrides` entry; infer: `--map`).
 */
export function checkSchemaSize(what: string, text: string, remedy: string): void {
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_SCHEMA_FILE_BYTES) return;
  const mib = (bytes / 1024 / 1024).toFixed(1);
  throw new Error(
    `${what} would be ${mib} MiB (limit ${MAX_SCHEMA_FILE_BYTES / 1024 / 1024} MiB): the messages are nested too deeply or too widely to review; ${remedy}`,
  );
}

/** Throws unless avsc parses the schema, with the options a committed file is read with. */
export function checkAvroSchema(what: string, schema: AvroSchema): void {
  try {
    checkWithAvsc(schema);
  } catch (error) {
    const reason = error instanceof RangeError ? 'nested too deeply for avsc to parse' : (error as Error).message;
    throw new Error(`${what} is not a valid Avro schema (${reason})`);
  }
}
