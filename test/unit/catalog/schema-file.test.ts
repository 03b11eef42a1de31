import type { AvroSchema } from '../../../src/schema/avro';
import { MAX_SCHEMA_FILE_BYTES } from '../../../src/catalog/layout';
import { checkAvroSchema, checkSchemaSize } from '../../../src/catalog/schema-file';

/** The checks every inferred schema passes before it is written (scan) or printed (infer). */
test('a schema avsc rejects, or cannot parse for its depth, fails with a message naming it', () => {
  expect(() => checkAvroSchema('the inferred schema', { type: 'record', name: 'R', namespace: 'a..b', fields: [] })).toThrow(
    /^the inferred schema is not a valid Avro schema \(invalid name: "a\.\.b\.R"\)$/,
  );
  let deep: AvroSchema = 'long';
  for (let i = 0; i < 50_000; i++) deep = { type: 'array', items: deep };
  expect(() => checkAvroSchema('the inferred schema', deep)).toThrow('the inferred schema is not a valid Avro schema (nested too deeply for avsc to parse)');
  expect(() => checkAvroSchema('the inferred schema', { type: 'array', items: 'long' })).not.toThrow();
});

test('the size limit names the file and the remedy', () => {
  expect(() => checkSchemaSize('the inferred value.avsc', 'x'.repeat(MAX_SCHEMA_FILE_BYTES), 'use a map')).not.toThrow();
  expect(() => checkSchemaSize('the inferred value.avsc', 'x'.repeat(MAX_SCHEMA_FILE_BYTES + 1), 'use a map')).toThrow(
    /^the inferred value\.avsc would be 2\.0 MiB \(limit 2 MiB\): the messages are nested too deeply or too widely to review; use a map$/,
  );
});
