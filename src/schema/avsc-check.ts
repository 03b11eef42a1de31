import avro from 'avsc';

/**
 * avsc's own validation of a schema (`Type.forSchema` with `wrapUnions`, as every committed file
 * is read) without the codecs it compiles on the way: for each record avsc generates and compiles
 * a constructor, reader, skipper, writer and checker with `new Function` (~1-2 ms a schema, 25×
 * parsing it), and a branch constructor for each type. Validation needs none of them: names,
 * namespaces, references, fields, symbols, sizes and defaults are checked by the type
 * constructors and `_copy` before and without them. So, for the call only, the generators return
 * stand-ins, and every rejection is avsc's own, message for message.
 *
 * This leans on avsc 5.7.9's private prototype methods (package.json pins the version;
 * test/unit/schema/avsc-check.test.ts compares with the full parse and fails when they move).
 * If they are missing, the full parse runs.
 */

type Generator = (this: TypeLike) => unknown;
interface Prototype {
  [method: string]: Generator | undefined;
}

const recordPrototype = (avro.types.RecordType as unknown as { prototype: Prototype }).prototype;
const typePrototype = (avro.Type as unknown as { prototype: Prototype }).prototype;

/** Codecs used only to encode or decode values: stand-ins that fail loudly if validation ever calls them. */
const CODEC_GENERATORS = ['_createReader', '_createSkipper', '_createWriter', '_createChecker'] as const;

function unusedCodec(): never {
  throw new Error('internal: avsc used a codec while only validating a schema');
}

interface TypeLike {
  branchName?: string;
  fields?: Array<{ name: string; defaultValue(): unknown }>;
}

/**
 * Defaults of record and union types are copied into instances of these constructors while they
 * are checked (`new Record(...values)`, `new Branch(value)`), and copied again from them: these
 * build the same objects as avsc's generated ones, without generating code.
 */
function recordConstructor(this: TypeLike): unknown {
  const fields = (this.fields ?? []).map((field) => ({
    name: field.name,
    defaultValue: field.defaultValue.bind(field),
    hasDefault: field.defaultValue() !== undefined,
  }));
  return function PlainRecord(this: Record<string, unknown>, ...values: unknown[]) {
    fields.forEach((field, i) => {
      this[field.name] = values[i] === undefined && field.hasDefault ? field.defaultValue() : values[i];
    });
  };
}

function branchConstructor(this: TypeLike): unknown {
  const name = this.branchName!;
  if (name === 'null') return null; // as avsc's own: union code tests for it
  function Branch(this: Record<string, unknown>, value: unknown) {
    this[name] = value;
  }
  (Branch.prototype as { unwrap(this: Record<string, unknown>): unknown }).unwrap = function () {
    return this[name];
  };
  return Branch;
}

const stubs: Array<[Prototype, string, Generator]> = [
  ...CODEC_GENERATORS.map((method): [Prototype, string, Generator] => [recordPrototype, method, () => unusedCodec]),
  [recordPrototype, '_createConstructor', recordConstructor],
  [typePrototype, '_createBranchConstructor', branchConstructor],
];

/** Whether this avsc still has the generators (false: the full parse runs). */
export const canSkipCodecs = stubs.every(([prototype, method]) => typeof prototype[method] === 'function');

function parseWithoutCodecs(schema: unknown): void {
  const saved = stubs.map(([prototype, method]) => prototype[method]);
  for (const [prototype, method, stub] of stubs) prototype[method] = stub;
  try {
    // Synchronous: no other code runs while the stand-ins are in place.
    avro.Type.forSchema(schema as avro.Schema, { wrapUnions: true });
  } finally {
    stubs.forEach(([prototype, method], i) => (prototype[method] = saved[i]));
  }
}

/** Throws avsc's own error unless avsc parses `schema` with `wrapUnions` (the type itself is not needed). */
export function checkWithAvsc(schema: unknown): void {
  if (canSkipCodecs) parseWithoutCodecs(schema);
  else avro.Type.forSchema(schema as avro.Schema, { wrapUnions: true });
}
