import { afterAll, describe, expect, it } from '@jest/globals';
import { closeJavaOracle, javaCompatibility, javaParseSchemas } from '../../support/avro-java';

afterAll(closeJavaOracle);

const record = (fields: object[]): string => JSON.stringify({ type: 'record', name: 'R', fields });

describe('Java Avro oracle', () => {
  it('parses with the reference parser, defaults validated', async () => {
    const results = await javaParseSchemas([
      '"int"',
      record([{ name: 'a', type: 'int', default: 'text' }]),
      '{"type":"record","name":"1bad","fields":[]}',
      record([{ name: 'a', type: ['null', 'string'], default: null }]),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, false, true]);
    expect(results[1]?.error).toMatch(/Invalid default for field a/);
  });

  it('reports SchemaCompatibility results with their incompatibilities', async () => {
    const [missingDefault, promoted] = await javaCompatibility([
      { reader: record([{ name: 'a', type: 'int' }]), writer: record([]) },
      { reader: record([{ name: 'a', type: 'long' }]), writer: record([{ name: 'a', type: 'int' }]) },
    ]);
    expect(missingDefault).toEqual({
      compatible: false,
      incompatibilities: [{ type: 'READER_FIELD_MISSING_DEFAULT_VALUE', location: '/fields/0', message: 'a' }],
    });
    expect(promoted).toEqual({ compatible: true, incompatibilities: [] });
  });

  it('answers concurrent batches in order', async () => {
    const batches = await Promise.all([javaParseSchemas(['"int"', '"nope"']), javaParseSchemas(['"nope"', '"long"'])]);
    expect(batches.map((batch) => batch.map((result) => result.ok))).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});
