import type { AvroField, AvroSchema } from '../schema/avro';
import { isMapByHeuristic } from './map-heuristic';
import { joinFieldShapes } from './merge';
import { assignFieldNames, compareCodeUnits, namespaceOf, NameRegistry, pascalCase, qualify } from './names';
import type { ShapeFactory } from './observe';
import { branchRank, IntegerWidth, type BranchKind, type FieldShape, type NumberName, type ObjectShape, type Shape } from './shape';
import { setOwn } from '../util/own';

/** Turns shapes into the Avro schema that every observed value conforms to. */
export interface LowerContext {
  factory: ShapeFactory;
  names: NameRegistry;
  /** Namespace of the records not nested in another named type. */
  namespace: string | undefined;
  /** Name of the top-level record (nested records are named from the hint, a prefix plus the path). */
  rootName: string;
}

interface Branch {
  kind: BranchKind;
  schema: AvroSchema;
}

/**
 * @param hint the record name to use for a new record at this position (PascalCase path)
 * @param enclosingNamespace namespace inherited from the enclosing named type (undefined at top)
 */
export function lowerShape(
  shape: Shape,
  hint: string,
  enclosingNamespace: string | undefined,
  context: LowerContext,
  top = false,
): AvroSchema {
  return unionOf(runLowering({ shape, hint, namespace: enclosingNamespace, top }, context));
}

/** Lowering one position: a request the lowering of an enclosing position yields. */
interface Position {
  shape: Shape;
  hint: string;
  namespace: string | undefined;
  top: boolean;
}

type Lowering<T> = Generator<Position, T, Branch[]>;

/**
 * Runs the lowering with an explicit stack of generators instead of the call stack: each
 * nested position is yielded to this loop, so schemas thousands of levels deep lower fine.
 * The order of work (and so of name assignment) is that of a plain recursive descent.
 */
function runLowering(start: Position, context: LowerContext): Branch[] {
  const stack: Array<Lowering<Branch[]>> = [positionBranches(start, context)];
  let input: Branch[] = [];
  for (;;) {
    const step = stack[stack.length - 1]!.next(input);
    if (step.done) {
      stack.pop();
      if (stack.length === 0) return step.value;
      input = step.value;
    } else {
      stack.push(positionBranches(step.value, context));
      input = [];
    }
  }
}

function unionOf(branches: Branch[]): AvroSchema {
  if (branches.length === 0) return 'null';
  if (branches.length === 1) return branches[0]!.schema;
  return branches.map((branch) => branch.schema);
}

function orderBranches(shape: Shape, branches: Branch[]): Branch[] {
  const order = shape.prior?.order ?? [];
  const position = (kind: BranchKind) => {
    const index = order.indexOf(kind);
    return index >= 0 ? index : 100 + branchRank[kind];
  };
  return branches.sort((a, b) => position(a.kind) - position(b.kind));
}

function* positionBranches(position: Position, context: LowerContext): Lowering<Branch[]> {
  const { shape, hint, namespace, top } = position;
  const prior = shape.prior;
  const branches: Branch[] = [];
  if (shape.nulls) branches.push({ kind: 'null', schema: prior?.null ?? 'null' });
  if (shape.booleans) branches.push({ kind: 'boolean', schema: prior?.boolean ?? 'boolean' });
  const number = lowerNumber(shape);
  if (number !== undefined) branches.push({ kind: 'number', schema: number });
  if (prior?.bytes !== undefined) branches.push({ kind: 'bytes', schema: prior.bytes });
  if (shape.strings !== undefined) branches.push({ kind: 'string', schema: lowerString(shape) });
  if (prior?.enum !== undefined) branches.push({ kind: 'enum', schema: lowerNamed(prior.enum.schema, namespace, context) });
  if (prior?.fixed !== undefined) branches.push({ kind: 'fixed', schema: lowerNamed(prior.fixed.schema, namespace, context) });
  if (shape.array !== undefined) {
    const items = unionOf(yield { shape: shape.array, hint: `${hint}Item`, namespace, top: false });
    branches.push({ kind: 'array', schema: { type: 'array', items, ...prior?.array } });
  }
  if (shape.object !== undefined) branches.push({ kind: 'object', schema: yield* lowerObject(shape, shape.object, hint, namespace, context, top) });
  return orderBranches(shape, branches);
}

const NUMBER_RANK: Record<NumberName, number> = { int: 0, long: 1, float: 2, double: 3 };

/** Integers are `long`, numbers written with a fraction or exponent `double`; a committed numeric type is kept unless a value needs a wider one. */
function lowerNumber(shape: Shape): AvroSchema | undefined {
  const observed: NumberName | undefined = shape.doubles
    ? 'double'
    : shape.integers === IntegerWidth.long
      ? 'long'
      : shape.integers === IntegerWidth.int
        ? 'int'
        : undefined;
  const prior = shape.prior?.number;
  if (prior === undefined) return observed === undefined ? undefined : observed === 'int' ? 'long' : observed;
  if (observed === undefined || NUMBER_RANK[observed] <= NUMBER_RANK[prior.name]) return prior.schema;
  return observed;
}

/** UUIDs get `logicalType: uuid`; RFC 3339 strings keep type string with `format`, so readers are not misled. */
function lowerString(shape: Shape): AvroSchema {
  const formats = shape.strings!;
  const prior = shape.prior?.string;
  const attributes: Record<string, unknown> = {};
  if (typeof prior === 'object' && prior !== null && !Array.isArray(prior)) {
    for (const [key, value] of Object.entries(prior)) {
      const managed = (key === 'logicalType' && value === 'uuid') || (key === 'format' && (value === 'date' || value === 'date-time'));
      if (key !== 'type' && !managed) setOwn(attributes, key, value);
    }
  }
  const annotation: Record<string, string> = formats.uuid
    ? { logicalType: 'uuid' }
    : formats.dateTime
      ? { format: 'date-time' }
      : formats.date
        ? { format: 'date' }
        : {};
  if (Object.keys(attributes).length === 0 && Object.keys(annotation).length === 0) return 'string';
  return { type: 'string', ...annotation, ...attributes };
}

/** A committed enum or fixed: defined once, referred to by fullname where it appears again. */
function lowerNamed(schema: Record<string, unknown>, namespace: string | undefined, context: LowerContext): AvroSchema {
  const ownNamespace = typeof schema.namespace === 'string' ? schema.namespace || undefined : namespace;
  const fullname = qualify(String(schema.name), ownNamespace);
  return context.names.claim(fullname) ? ({ ...schema } as AvroSchema) : fullname;
}

function* lowerObject(
  shape: Shape,
  object: ObjectShape,
  hint: string,
  namespace: string | undefined,
  context: LowerContext,
  top: boolean,
): Lowering<AvroSchema> {
  // The heuristic may need the joined values; a map needs them too: join once.
  let joined: Shape | undefined;
  const joinValues = () => (joined ??= joinFieldShapes(object, shape.path, context.factory));
  const asMap = object.values !== undefined || (object.mode === 'auto' && isMapByHeuristic(object, joinValues));
  if (asMap) {
    const values = joinValues();
    const valuesSchema = unionOf(yield { shape: values, hint: `${hint}Value`, namespace, top: false });
    return { type: 'map', values: valuesSchema, ...shape.prior?.map };
  }
  return yield* lowerRecord(object, hint, namespace, context, top);
}

function* lowerRecord(
  object: ObjectShape,
  hint: string,
  namespace: string | undefined,
  context: LowerContext,
  top: boolean,
): Lowering<AvroSchema> {
  const prior = object.priorAttributes;
  let name: string;
  let attributes: Record<string, unknown> = {};
  let fullname: string;
  const priorName = typeof prior?.name === 'string' ? prior.name : undefined;
  const priorNamespace = typeof prior?.namespace === 'string' ? prior.namespace || undefined : namespace;
  if (priorName !== undefined && context.names.claim(qualify(priorName, priorNamespace))) {
    name = priorName;
    fullname = qualify(priorName, priorNamespace);
    attributes = withoutKey(prior!, 'name');
  } else {
    const recordNamespace = namespace ?? context.namespace;
    name = context.names.fresh(top ? context.rootName : hint, recordNamespace);
    fullname = qualify(name, recordNamespace);
    if (prior !== undefined) attributes = withoutKey(withoutKey(prior, 'name'), 'namespace');
    if (namespace === undefined && context.namespace !== undefined) attributes = { namespace: context.namespace, ...attributes };
  }
  const innerNamespace = namespaceOf(fullname);
  const fields: AvroField[] = [];
  for (const [key, field, fieldName] of orderedFields(object)) fields.push(yield* lowerField(object, key, field, fieldName, hint, innerNamespace));
  return { type: 'record', name, ...attributes, fields };
}

/**
 * Committed fields in their order, then new fields by their mean position in the objects
 * that had them (the producer's order, whatever order the objects came in), ties by key.
 */
function orderedFields(object: ObjectShape): Array<[string, FieldShape, string]> {
  const committed: Array<[string, FieldShape]> = [];
  const added: string[] = [];
  for (const [key, field] of object.fields) {
    if (field.prior !== undefined) committed.push([key, field]);
    else added.push(key);
  }
  committed.sort((a, b) => a[1].prior!.index - b[1].prior!.index);
  added.sort((a, b) => {
    const x = object.fields.get(a)!;
    const y = object.fields.get(b)!;
    // mean(x) < mean(y) without division: exact for the integer sums kept here
    return x.positionSum * y.present - y.positionSum * x.present || compareCodeUnits(a, b);
  });
  const names = assignFieldNames(added, new Set(committed.map(([, field]) => field.prior!.name)));
  return [
    ...committed.map(([key, field]): [string, FieldShape, string] => [key, field, field.prior!.name]),
    ...added.map((key): [string, FieldShape, string] => [key, object.fields.get(key)!, names.get(key)!]),
  ];
}

function* lowerField(
  object: ObjectShape,
  key: string,
  field: FieldShape,
  name: string,
  recordHint: string,
  namespace: string | undefined,
): Lowering<AvroField> {
  const priorAttributes = field.prior?.attributes;
  const hasPriorDefault = priorAttributes !== undefined && 'default' in priorAttributes;
  const priorDefault = priorAttributes?.default;
  // A field the committed record lacks was missing from the objects the prior describes.
  const mayBeMissing = field.present < object.count || (object.priorAttributes !== undefined && field.prior === undefined);
  let branches = yield { shape: field.shape, hint: `${recordHint}${pascalCase(key)}`, namespace, top: false };
  let fallback: { value: unknown } | undefined;
  if (hasPriorDefault) {
    const fitting = branches.findIndex((branch) => fitsDefault(branch.schema, priorDefault));
    if (fitting >= 0) {
      branches = [branches[fitting]!, ...branches.filter((_, index) => index !== fitting)];
      fallback = { value: priorDefault };
    }
  }
  const needsNull = fallback === undefined && (mayBeMissing || branches.some((branch) => branch.kind === 'null'));
  if (needsNull) {
    const nullBranch = branches.find((branch) => branch.kind === 'null') ?? { kind: 'null' as const, schema: 'null' };
    branches = [nullBranch, ...branches.filter((branch) => branch !== nullBranch)];
    fallback = { value: null };
  }
  const result: AvroField = { name, type: unionOf(branches) };
  // Keep the committed attribute order, with the default where it was.
  if (priorAttributes !== undefined) {
    for (const [attribute, value] of Object.entries(priorAttributes)) {
      if (attribute === 'default') {
        if (fallback !== undefined) result.default = fallback.value;
      } else setOwn(result, attribute, value);
    }
    if (fallback !== undefined && !('default' in result)) result.default = fallback.value;
  } else {
    if (fallback !== undefined) result.default = fallback.value;
    if (name !== key) result.originalName = key;
  }
  return result;
}

/** Whether `value` is a valid default for a union whose first branch is `schema` (Avro checks the first branch). */
function fitsDefault(schema: AvroSchema, value: unknown): boolean {
  const type = typeof schema === 'string' ? schema : Array.isArray(schema) ? undefined : schema.type;
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'int':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
    case 'double':
      return typeof value === 'number';
    case 'bytes':
    case 'string':
    case 'fixed':
      return typeof value === 'string';
    case 'enum':
      return typeof value === 'string' && symbolsOf(schema).includes(value);
    case 'array':
      return Array.isArray(value);
    case 'map':
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}

function symbolsOf(schema: AvroSchema): unknown[] {
  const symbols = typeof schema === 'object' && !Array.isArray(schema) ? schema.symbols : undefined;
  return Array.isArray(symbols) ? symbols : [];
}

function withoutKey(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(object)) if (k !== key) setOwn(rest, k, value);
  return rest;
}
