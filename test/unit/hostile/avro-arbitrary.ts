import avro from 'avsc';
import fc from 'fast-check';
import type { AvroSchema } from '../../../src/schema/avro';

/**
 * A fast-check arbitrary of valid Avro schemas. fast-check generates a *shape* (types, name stems,
 * docs, default choices); `finalize` turns it into Avro JSON, making every name valid and unique
 * (named types get a `_<n>` suffix, so they never collide with each other or with the `R<n>`/`f<n>`
 * names of the seeded generator), dropping duplicate union branches and writing defaults that are
 * valid for the first union branch. Docs, enum symbols' docs, string defaults and descriptions
 * carry hostile text (Markdown, HTML, comments, mentions, newlines, non-ASCII).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export const HOSTILE_PIECES = [
  '|',
  '||',
  '`',
  '```',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '<img src=x onerror=1>',
  '\n',
  '\r\n',
  '\t',
  '@octocat',
  '@acme/team',
  '[link](javascript:x)',
  '**bold**',
  '_it_',
  '~~s~~',
  '# head',
  '> quote',
  '&amp;',
  '&#124;',
  '\\',
  '$x$',
  '![i](x)',
  'é',
  'Ω',
  '漢字',
  '🙂',
  '\u200b',
  '\u0000',
] as const;

/** Text made of hostile pieces and arbitrary unicode. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** A valid Avro name stem: letters, digits and `_`, not starting with a digit. */
export const avroNameStem: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,7}$/);

const PRIMITIVES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
const LOGICAL = ['uuid', 'date', 'timestamp-millis', 'decimal-bytes', 'decimal-fixed'] as const;

export type Shape =
  | { k: 'prim'; t: (typeof PRIMITIVES)[number] }
  | { k: 'logical'; t: (typeof LOGICAL)[number]; precision: number; scale: number }
  | { k: 'record'; stem: string; namespace: string | null; doc: string | null; fields: FieldShape[] }
  | { k: 'enum'; stem: string; doc: string | null; symbols: string[]; withDefault: boolean }
  | { k: 'fixed'; stem: string; size: number }
  | { k: 'array'; items: Shape }
  | { k: 'map'; values: Shape }
  | { k: 'union'; branches: Shape[] };

export interface FieldShape {
  stem: string;
  doc: string | null;
  type: Shape;
  withDefault: boolean;
  text: string;
  number: number;
}

const maybeDoc = fc.option(hostileText, { nil: null, freq: 2 });

const { shape } = fc.letrec<{ shape: Shape; nonUnion: Shape; field: FieldShape }>((tie) => ({
  shape: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('nonUnion'), {
    arbitrary: fc.record({ k: fc.constant('union' as const), branches: fc.array(tie('nonUnion'), { minLength: 1, maxLength: 4 }) }),
    weight: 1,
  }),
  nonUnion: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: fc.record({ k: fc.constant('prim' as const), t: fc.constantFrom(...PRIMITIVES) }), weight: 4 },
    {
      arbitrary: fc.record({
        k: fc.constant('logical' as const),
        t: fc.constantFrom(...LOGICAL),
        precision: fc.integer({ min: 1, max: 20 }),
        scale: fc.integer({ min: 0, max: 20 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        k: fc.constant('enum' as const),
        stem: avroNameStem,
        doc: maybeDoc,
        symbols: fc.array(avroNameStem, { minLength: 1, maxLength: 5 }),
        withDefault: fc.boolean(),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ k: fc.constant('fixed' as const), stem: avroNameStem, size: fc.integer({ min: 1, max: 16 }) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('array' as const), items: tie('shape') }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('map' as const), values: tie('shape') }), weight: 1 },
    {
      arbitrary: fc.record({
        k: fc.constant('record' as const),
        stem: avroNameStem,
        namespace: fc.option(
          fc.array(avroNameStem, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.')),
          { nil: null },
        ),
        doc: maybeDoc,
        fields: fc.array(tie('field'), { minLength: 0, maxLength: 5 }),
      }),
      weight: 1,
    },
  ),
  field: fc.record({
    stem: avroNameStem,
    doc: maybeDoc,
    type: tie('shape'),
    withDefault: fc.boolean(),
    text: hostileText,
    number: fc.integer({ min: -1000, max: 1000 }),
  }),
}));

export const rootShape: fc.Arbitrary<Shape & { k: 'record' }> = fc.record({
  k: fc.constant('record' as const),
  stem: avroNameStem,
  namespace: fc.option(fc.constantFrom('com.acme', 'io.example.events'), { nil: null }),
  doc: maybeDoc,
  fields: fc.array(
    fc.record({ stem: avroNameStem, doc: maybeDoc, type: shape, withDefault: fc.boolean(), text: hostileText, number: fc.integer({ min: -1000, max: 1000 }) }),
    { minLength: 1, maxLength: 6 },
  ),
});

class Finalizer {
  private counter = 0;

  private unique(stem: string): string {
    this.counter += 1;
    return `${stem}_${this.counter}`;
  }

  schema(node: Shape): Json {
    switch (node.k) {
      case 'prim':
        return node.t;
      case 'logical':
        switch (node.t) {
          case 'uuid':
            return { type: 'string', logicalType: 'uuid' };
          case 'date':
            return { type: 'int', logicalType: 'date' };
          case 'timestamp-millis':
            return { type: 'long', logicalType: 'timestamp-millis' };
          case 'decimal-bytes':
            return { type: 'bytes', logicalType: 'decimal', precision: node.precision, scale: Math.min(node.scale, node.precision) };
          case 'decimal-fixed':
            return {
              type: 'fixed',
              name: this.unique('Dec'),
              size: 16,
              logicalType: 'decimal',
              precision: node.precision,
              scale: Math.min(node.scale, node.precision),
            };
        }
        break;
      case 'enum': {
        const seen = new Set<string>();
        const symbols: string[] = [];
        for (const symbol of node.symbols) {
          let name = symbol;
          for (let index = 2; seen.has(name); index += 1) name = `${symbol}${index}`;
          seen.add(name);
          symbols.push(name);
        }
        const schema: Obj = { type: 'enum', name: this.unique(node.stem), symbols };
        if (node.doc !== null) schema.doc = node.doc;
        if (node.withDefault && symbols[symbols.length - 1] !== undefined) schema.default = symbols[symbols.length - 1]!;
        return schema;
      }
      case 'fixed':
        return { type: 'fixed', name: this.unique(node.stem), size: node.size };
      case 'array':
        return { type: 'array', items: this.schema(node.items) };
      case 'map':
        return { type: 'map', values: this.schema(node.values) };
      case 'record':
        return this.record(node);
      case 'union': {
        const branches: Json[] = [];
        const keys = new Set<string>();
        for (const branch of node.branches) {
          const schema = this.schema(branch);
          const key = unionKey(schema);
          if (keys.has(key)) continue;
          keys.add(key);
          branches.push(schema);
        }
        return branches;
      }
    }
    throw new Error('unreachable');
  }

  record(node: Shape & { k: 'record' }): Obj {
    const names = new Set<string>();
    const fields = node.fields.map((field) => {
      let name = field.stem;
      for (let index = 2; names.has(name); index += 1) name = `${field.stem}${index}`;
      names.add(name);
      const type = this.schema(field.type);
      const result: Obj = { name, type };
      if (field.doc !== null) result.doc = field.doc;
      if (field.withDefault) result.default = defaultOf(type, field.text, field.number);
      return result;
    });
    const schema: Obj = { type: 'record', name: this.unique(node.stem), fields };
    if (node.namespace !== null) schema.namespace = node.namespace;
    if (node.doc !== null) schema.doc = node.doc;
    return schema;
  }
}

/** What makes a union branch a duplicate (Avro: one branch per unnamed type, named ones by name). */
function unionKey(schema: Json): string {
  if (typeof schema === 'string') return schema;
  if (schema !== null && !Array.isArray(schema) && typeof schema === 'object') {
    const type = schema.type as string;
    if (type === 'record' || type === 'enum' || type === 'fixed') return `named:${JSON.stringify(schema.name)}`;
    return type;
  }
  return 'union';
}

/** A default valid for `type` (the first branch of a union), using the field's hostile text for strings. */
function defaultOf(type: Json, text: string, number: number): Json {
  if (Array.isArray(type)) return type[0] === undefined ? null : defaultOf(type[0], text, number);
  if (typeof type === 'string') {
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return number % 2 === 0;
      case 'int':
      case 'long':
        return number;
      case 'float':
      case 'double':
        return number / 4;
      case 'bytes':
        return '\u0000\u00ff';
      default:
        return text;
    }
  }
  if (type === null || typeof type !== 'object') return null;
  switch (type.type) {
    case 'array':
      return [];
    case 'map':
      return { [text]: defaultOf(type.values as Json, text, number) };
    case 'enum':
      return (type.symbols as string[])[0] ?? null;
    case 'fixed':
      return '\u0001'.repeat(type.size as number);
    case 'record': {
      const value: Obj = {};
      for (const field of type.fields as Obj[]) value[field.name as string] = defaultOf(field.type as Json, text, number);
      return value;
    }
    case 'string':
      return type.logicalType === 'uuid' ? '0b7a3c5e-7d4a-4c1e-9a8e-2f4a1b6c3d5e' : text;
    case 'bytes':
      return '\u0000';
    default:
      return defaultOf(type.type as Json, text, number);
  }
}

export function finalize(root: Shape & { k: 'record' }): AvroSchema {
  return new Finalizer().record(root) as AvroSchema;
}

/** Rejections by avsc, counted so a test can check they stay rare. */
export const avscRejects = { count: 0, total: 0, last: '' };

export function avscAccepts(schema: AvroSchema): boolean {
  avscRejects.total += 1;
  try {
    avro.Type.forSchema(schema as avro.Schema, { noAnonymousTypes: true });
    return true;
  } catch (error) {
    avscRejects.count += 1;
    avscRejects.last = (error as Error).message;
    return false;
  }
}

/** Arbitrary valid Avro record schemas (avsc rejects are filtered out and counted). */
export const avroSchema: fc.Arbitrary<AvroSchema> = rootShape.map(finalize).filter(avscAccepts);
