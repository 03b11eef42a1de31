import { describe, expect, it } from '@jest/globals';
import type { AvroSchema } from '../../../src/schema/avro';
import { checkReaderWriter, compatibilityOf, parseRequiredLevel, satisfiesLevel } from '../../../src/schema/compatibility';
import { resolveSchema, SchemaError } from '../../../src/schema/resolve';

const record = (name: string, fields: object[], extra: object = {}): AvroSchema => ({ type: 'record', name, fields, ...extra });
const level = (before: AvroSchema, after: AvroSchema): string => compatibilityOf(resolveSchema(before), resolveSchema(after)).level;

describe('compatibility rules (Avro Java semantics)', () => {
  it('numeric promotions and string/bytes', () => {
    expect(level('int', 'long')).toBe('BACKWARD');
    expect(level('long', 'double')).toBe('BACKWARD');
    expect(level('double', 'float')).toBe('FORWARD');
    expect(level('string', 'bytes')).toBe('FULL');
    expect(level('boolean', 'int')).toBe('NONE');
  });

  it('fields without defaults, aliases and unqualified names', () => {
    const v1 = record('A', [{ name: 'x', type: 'int' }], { namespace: 'one' });
    expect(
      level(
        v1,
        record(
          'A',
          [
            { name: 'x', type: 'int' },
            { name: 'y', type: 'int' },
          ],
          { namespace: 'one' },
        ),
      ),
    ).toBe('FORWARD');
    expect(
      level(
        v1,
        record(
          'A',
          [
            { name: 'x', type: 'int' },
            { name: 'y', type: 'int', default: 1 },
          ],
          { namespace: 'one' },
        ),
      ),
    ).toBe('FULL');
    expect(level(v1, record('A', [{ name: 'x', type: 'int' }], { namespace: 'two' }))).toBe('FULL');
    expect(level(v1, record('B', [{ name: 'x', type: 'int' }], { namespace: 'two', aliases: ['one.A'] }))).toBe('BACKWARD');
    expect(level(v1, record('B', [{ name: 'x', type: 'int' }], { namespace: 'two', aliases: ['A'] }))).toBe('NONE');
  });

  it('enum symbols with and without a reader default', () => {
    const e = (symbols: string[], extra: object = {}): AvroSchema => ({ type: 'enum', name: 'E', symbols, ...extra });
    expect(level(e(['A']), e(['A', 'B']))).toBe('BACKWARD');
    expect(level(e(['A'], { default: 'A' }), e(['A', 'B']))).toBe('FULL');
    expect(checkReaderWriter(e(['A']), e(['C', 'B', 'A'])).incompatibilities).toEqual([
      { type: 'MISSING_ENUM_SYMBOLS', location: '/symbols', message: '[B, C]' },
    ]);
  });

  it('unions: every writer branch must be readable', () => {
    expect(level('string', ['null', 'string'])).toBe('BACKWARD');
    expect(checkReaderWriter('string', ['null', 'string']).incompatibilities).toEqual([
      { type: 'TYPE_MISMATCH', location: '/0', message: 'reader type: STRING not compatible with writer type: NULL' },
    ]);
    expect(checkReaderWriter(['int', 'string'], ['long', 'string']).incompatibilities).toEqual([
      { type: 'MISSING_UNION_BRANCH', location: '/0', message: 'reader union lacking writer type: LONG' },
    ]);
  });

  it('recursive schemas terminate', () => {
    const list = (type: string): AvroSchema =>
      record('L', [
        { name: 'v', type },
        { name: 'next', type: ['null', 'L'], default: null },
      ]);
    expect(level(list('int'), list('long'))).toBe('BACKWARD');
  });

  it('rejects invalid schemas', () => {
    expect(() => resolveSchema(record('A', [{ name: 'x', type: 'Missing' }]))).toThrow(SchemaError);
    expect(() => resolveSchema(['int', 'int'])).toThrow(/duplicate in union/);
    expect(() => resolveSchema(['int', ['string']])).toThrow(/unions/);
    expect(() => resolveSchema(record('1A', []))).toThrow(/illegal name/);
  });
});

describe('required levels', () => {
  it('parses levels, _TRANSITIVE as the plain level', () => {
    expect(parseRequiredLevel('full_transitive')).toBe('FULL');
    expect(parseRequiredLevel(' BACKWARD ')).toBe('BACKWARD');
    expect(parseRequiredLevel('NONE')).toBe('NONE');
    expect(parseRequiredLevel('SOMETIMES')).toBeUndefined();
  });

  it('decides whether a level satisfies a requirement', () => {
    expect(satisfiesLevel('FULL', 'BACKWARD')).toBe(true);
    expect(satisfiesLevel('BACKWARD', 'FULL')).toBe(false);
    expect(satisfiesLevel('FORWARD', 'BACKWARD')).toBe(false);
    expect(satisfiesLevel('NONE', 'NONE')).toBe(true);
    expect(satisfiesLevel('NONE', 'FORWARD')).toBe(false);
  });
});
