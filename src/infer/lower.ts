import type { AvroField, AvroSchema } from '../schema/avro';
import { keyClass } from './formats';
import { decideObject, looksKeyedByData, FIXED_SHARE, MANY_KEYS, type ObjectDecision } from './map-heuristic';
import { joinFieldShapes, mergeShapes } from './merge';
import { MAP_VALUES_SEGMENT } from './paths';
import { foldRecursion, sameKind, type RecursionContext } from './recursion';
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
  /** Records already written, by shape: written again as a reference to their fullname. */
  written: Map<ObjectShape, string>;
  /** The value shapes of the maps decided so far (a map met again lowers the same values). */
  mapValues: Map<ObjectShape, Shape>;
  /** Name hints of the records built for a map's structural keys. */
  hints: Map<ObjectShape, string>;
  /** The map rules' decision per object (decided once: lowering and recursion.ts both ask). */
  decisions: Map<ObjectShape, ObjectDecision>;
  /** Near calls met while lowering. */
  notes: InferenceNote[];
}

/**
 * A position kept a record although its keys look like data: named by its override path,
 * with evidence made of key classes and counts (never a key).
 */
export interface InferenceNote {
  path: string;
  evidence: string;
  /** Why it stayed a record: the committed schema has it as one, or the rules fell short. */
  keptBy: 'committed schema' | 'rules';
}

interface Branch {
  kind: BranchKind;
  schema: AvroSchema;
}

/**
 * @param hint the record name to use for a new record at this position (PascalCase path)
 * @param enclosingNamespace namespace inherited from the enclosing named type (undefined at top)
 */
export function lowerShape(shape: Shape, hint: string, enclosingNamespace: string | undefined, context: LowerContext, top = false): AvroSchema {
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
  for (const record of shape.records ?? []) {
    branches.push({ kind: 'object', schema: yield* lowerRecord(record, shape.path, context.hints.get(record) ?? hint, namespace, context, false) });
  }
  if (shape.object !== undefined) branches.push({ kind: 'object', schema: yield* lowerObject(shape, shape.object, hint, namespace, context, top) });
  else if (shape.refersTo !== undefined && shape.records === undefined && context.names.isUsed(shape.refersTo)) {
    // A committed self-reference the lowering did not fold (its record kept its committed name).
    branches.push({ kind: 'object', schema: shape.refersTo });
  }
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
  let values = context.mapValues.get(object);
  if (values === undefined && !context.written.has(object)) {
    const decision = decisionOf(shape.path, object, context);
    if (decision.kind === 'map') {
      values = mapValues(shape.path, object, decision.fixed, hint, context);
      context.mapValues.set(object, values);
    }
  }
  if (values !== undefined) {
    const valuesSchema = unionOf(yield { shape: values, hint: `${hint}Value`, namespace, top: false });
    return { type: 'map', values: valuesSchema, ...shape.prior?.map };
  }
  return yield* lowerRecord(object, shape.path, hint, namespace, context, top);
}

/** The map rules for recursion.ts: `record`, or a map's values (kept for lowerObject to read). */
function recursionContext(context: LowerContext): RecursionContext {
  return {
    factory: context.factory,
    mapValues: context.mapValues,
    decide: (path, object) => {
      const decision = decisionOf(path, object, context);
      if (decision.kind === 'record') return 'record';
      if (decision.fixed.length > 0) return undefined;
      let values = context.mapValues.get(object);
      if (values === undefined) {
        values = mapValues(path, object, decision.fixed, '', context);
        context.mapValues.set(object, values);
      }
      return values;
    },
  };
}

function decisionOf(path: string, object: ObjectShape, context: LowerContext): ObjectDecision {
  let decision = context.decisions.get(object);
  if (decision === undefined) {
    decision = decide(path, object, context);
    context.decisions.set(object, decision);
  }
  return decision;
}

/** Map or record, and the near calls worth a note. */
function decide(path: string, object: ObjectShape, context: LowerContext): ObjectDecision {
  if (object.values !== undefined && object.mode !== 'auto') return { kind: 'map', fixed: [] };
  if (object.mode === 'map') return { kind: 'map', fixed: [] };
  if (object.mode === 'record') {
    // Kept a record by the committed schema (an override is the user's own choice: no note).
    if (object.priorAttributes !== undefined && context.factory.objectMode(path) !== 'record') {
      const evidence = looksKeyedByData(object.fields.keys());
      if (evidence !== undefined) note(context, path, evidence, 'committed schema');
    }
    return { kind: 'record', fixed: [] };
  }
  const decision = decideObject(object, (of, keys) => joinFieldShapes(of, path, context.factory, keys));
  if (decision.kind === 'record' && decision.nearCall && decision.evidence !== undefined) note(context, path, decision.evidence, 'rules');
  return decision;
}

function note(context: LowerContext, path: string, evidence: string, keptBy: InferenceNote['keptBy']): void {
  // A path through a key that is itself data would print that key: its own note covers it.
  if (pathSegments(path).some((segment) => segment !== MAP_VALUES_SEGMENT && keyClass(segment) !== undefined)) return;
  if (!context.notes.some((existing) => existing.path === path)) context.notes.push({ path, evidence, keptBy });
}

function pathSegments(path: string): string[] {
  if (path === '') return [];
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && i + 1 < path.length) current += path[++i];
    else if (c === '.') {
      segments.push(current);
      current = '';
    } else current += c;
  }
  segments.push(current);
  return segments;
}

/**
 * The value shape of a map. Without structural keys: the join of all values. With them
 * (`{"meta": {...}, "<feature>": {...}}`): the data keys' values joined, and each structural
 * key's record a type of its own when it differs from the data values' records. When the data
 * values are again objects with the same structural keys (the structure repeats at every
 * level), the levels are folded: one type per structural key for all levels, and one map per
 * level down to the deepest seen (a map has no name, so Avro cannot refer back to it).
 */
function mapValues(path: string, object: ObjectShape, fixed: string[], hint: string, context: LowerContext): Shape {
  const factory = context.factory;
  if (fixed.length === 0) return joinFieldShapes(object, path, factory);
  const dataKeys = (node: ObjectShape) => [...node.fields.keys()].filter((key) => !fixed.includes(key));
  const levels: ObjectShape[] = [object];
  const data: Shape[] = [joinFieldShapes(object, path, factory, dataKeys(object))];
  for (;;) {
    const next = data[data.length - 1]!.object;
    if (next === undefined || next.mode !== 'auto' || levels.includes(next) || !hasKeys(next, fixed)) break;
    levels.push(next);
    data.push(joinFieldShapes(next, path, factory, dataKeys(next)));
  }
  const folded = levels.length > 1;
  const general = factory.shape(path === '' ? MAP_VALUES_SEGMENT : `${path}.${MAP_VALUES_SEGMENT}`);
  data.forEach((shape, level) => mergeShapes(general, folded && level < data.length - 1 ? withoutObject(shape) : shape, factory));
  const records: ObjectShape[] = [];
  for (const key of fixed) {
    const joined = factory.shape(general.path);
    for (const level of levels) {
      const field = level.fields.get(key);
      if (field !== undefined) mergeShapes(joined, field.shape, factory);
    }
    const record = joined.object;
    // Folded, the data values are maps: a structural record is always a type of its own.
    const apart = record !== undefined && (folded || (general.object !== undefined && !alike(record, general.object)));
    mergeShapes(general, apart ? withoutObject(joined) : joined, factory);
    if (apart && record !== undefined) {
      context.hints.set(record, `${hint}${pascalCase(key)}`);
      records.push(record);
    }
  }
  if (records.length > 0) general.records = [...(general.records ?? []), ...records];
  if (!folded) return general;
  // One map per level, each over the same types; the deepest level's values are the general shape.
  let values = general;
  for (let level = levels.length - 1; level >= 1; level--) {
    const node: ObjectShape = { ...levels[level]!, mode: 'map', fields: new Map(), values, lastFields: [] };
    values = { ...general, object: node };
  }
  return values;
}

function hasKeys(object: ObjectShape, keys: string[]): boolean {
  return (
    object.count > 0 &&
    keys.every((key) => {
      const field = object.fields.get(key);
      return field !== undefined && field.present >= FIXED_SHARE * object.count;
    })
  );
}

function withoutObject(shape: Shape): Shape {
  return { ...shape, object: undefined, records: undefined };
}

/** Fewest fields of a record whose fields are all one kind of record (see siblingShapes). */
export const MIN_SIBLINGS = 4;

/**
 * A record whose fields all hold the same kind of record (an object, or an array of them,
 * alike as {@link sameKind} says): `support: {"chrome": {...}, "firefox": [{...}], ...}`,
 * `_links: {"self": {"href"}, "html": {"href"}}`. Its fields get one type, the join of what
 * each held: a person writes one `SupportStatement` type, not one per browser, and a browser
 * seen only with one statement in the sample still accepts the list the others had.
 * Each field keeps its own nulls (and so whether it may be missing). Records the committed
 * schema has as types of their own are left so.
 */
function siblingShapes(object: ObjectShape, context: LowerContext): Map<string, Shape> | undefined {
  if (object.mode === 'map' || object.fields.size < MIN_SIBLINGS || object.fields.size > MANY_KEYS) return undefined;
  const records: ObjectShape[] = [];
  for (const field of object.fields.values()) {
    const shape = field.shape;
    const own = [shape.object, shape.array?.object].filter((record): record is ObjectShape => record !== undefined);
    if (own.length === 0 || shape.records !== undefined || shape.array?.records !== undefined || shape.array?.array !== undefined) return undefined;
    for (const record of own) {
      if (record.mode === 'map' || record.values !== undefined || record.fields.size === 0) return undefined;
      if (!records.includes(record)) records.push(record);
    }
  }
  if (records.length < 2) return undefined;
  // Committed as types of their own, they stay so: one type would rename them (a breaking change).
  const committed = new Set(records.map((record) => record.priorAttributes?.name).filter((name) => name !== undefined));
  if (committed.size > 1) return undefined;
  for (let i = 0; i < records.length; i++) for (let j = i + 1; j < records.length; j++) if (!sameKind(records[i]!, records[j]!)) return undefined;
  const first = [...object.fields.values()][0]!.shape;
  const joined = context.factory.shape(first.path);
  for (const field of object.fields.values()) mergeShapes(joined, withoutNulls(field.shape), context.factory);
  // A statement alone or in a list is one type.
  if (joined.object !== undefined && joined.array?.object !== undefined) {
    const items = joined.array;
    const one = context.factory.shape(joined.path);
    mergeShapes(one, { ...joined, array: undefined }, context.factory);
    mergeShapes(one, { ...items, array: undefined }, context.factory);
    joined.object = one.object;
    joined.array = { ...items, object: one.object };
  }
  const shapes = new Map<string, Shape>();
  for (const [key, field] of object.fields) {
    const prior = field.shape.prior === undefined ? joined.prior : { ...joined.prior, ...field.shape.prior, order: field.shape.prior.order };
    shapes.set(key, { ...joined, path: field.shape.path, nulls: field.shape.nulls, prior });
  }
  return shapes;
}

function withoutNulls(shape: Shape): Shape {
  return { ...shape, nulls: false };
}

/** Two record shapes alike enough to be one type: they share at least half of their keys (Jaccard). */
function alike(a: ObjectShape, b: ObjectShape): boolean {
  let shared = 0;
  for (const key of a.fields.keys()) if (b.fields.has(key)) shared++;
  const union = a.fields.size + b.fields.size - shared;
  return union === 0 || shared * 2 >= union;
}

function* lowerRecord(
  object: ObjectShape,
  path: string,
  hint: string,
  namespace: string | undefined,
  context: LowerContext,
  top: boolean,
): Lowering<AvroSchema> {
  const written = context.written.get(object);
  if (written !== undefined) return written;
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
  context.written.set(object, fullname);
  const innerNamespace = namespaceOf(fullname);
  const described = foldRecursion(object, path, fullname, recursionContext(context)) ?? object;
  context.written.set(described, fullname);
  // A folded record holds itself: its fields are not joined again (that would never end).
  const siblings = described === object ? siblingShapes(object, context) : undefined;
  const fields: AvroField[] = [];
  for (const [key, field, fieldName] of orderedFields(described)) {
    fields.push(yield* lowerField(described, key, field, fieldName, hint, innerNamespace, siblings?.get(key)));
  }
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
  sibling: Shape | undefined,
): Lowering<AvroField> {
  const priorAttributes = field.prior?.attributes;
  const hasPriorDefault = priorAttributes !== undefined && 'default' in priorAttributes;
  const priorDefault = priorAttributes?.default;
  // A field the committed record lacks was missing from the objects the prior describes.
  const mayBeMissing = field.present < object.count || (object.priorAttributes !== undefined && field.prior === undefined);
  let branches = yield {
    shape: sibling ?? field.shape,
    hint: sibling !== undefined ? `${recordHint}Entry` : `${recordHint}${pascalCase(key)}`,
    namespace,
    top: false,
  };
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
