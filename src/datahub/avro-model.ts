import { parseJson } from '../json/parse';
import { JsonDouble, isJsonObject, type JsonObject, type JsonValue } from '../json/value';
import { pythonStr } from './python-format';

/**
 * An Avro schema as Apache Avro's Python library (`avro.schema.parse`) models it, because
 * DataHub's converter reads that model: which attributes count as "other props", which logical
 * types become logical schemas, how names resolve. Only what the converter looks at is kept.
 */

export type OtherProps = Array<[string, JsonValue]>;

interface SchemaBase {
  /** Python's `schema.type`: the primitive name, or record/enum/fixed/array/map/union. */
  type: string;
  /** Python's `schema.other_props`, in order. */
  otherProps: OtherProps;
  /** Set when Python builds a LogicalSchema (a recognized, valid logical type). */
  logicalType?: string;
}

export interface PrimitiveNode extends SchemaBase {
  kind: 'primitive';
}
export interface RecordNode extends SchemaBase {
  kind: 'record';
  name: string;
  fullname: string;
  doc?: JsonValue;
  fields: FieldNode[];
}
export interface EnumNode extends SchemaBase {
  kind: 'enum';
  name: string;
  fullname: string;
  doc?: JsonValue;
}
export interface FixedNode extends SchemaBase {
  kind: 'fixed';
  name: string;
  fullname: string;
}
export interface ArrayNode extends SchemaBase {
  kind: 'array';
  items: SchemaNode;
}
export interface MapNode extends SchemaBase {
  kind: 'map';
  values: SchemaNode;
}
export interface UnionNode extends SchemaBase {
  kind: 'union';
  schemas: SchemaNode[];
}
export type SchemaNode = PrimitiveNode | RecordNode | EnumNode | FixedNode | ArrayNode | MapNode | UnionNode;

export interface FieldNode {
  kind: 'field';
  name: string;
  type: SchemaNode;
  /** Python's `field.doc`. */
  doc?: JsonValue;
  /** Python's `field.default`: undefined when absent *or* null (Python gives None for both). */
  default?: JsonValue;
  otherProps: OtherProps;
}

export class AvroModelError extends Error {
  override name = 'AvroModelError';
}

const PRIMITIVE_TYPES = new Set(['null', 'boolean', 'string', 'bytes', 'int', 'long', 'float', 'double']);
const SCHEMA_RESERVED = new Set(['type', 'name', 'namespace', 'fields', 'items', 'size', 'symbols', 'values', 'doc']);
const FIELD_RESERVED = new Set(['default', 'name', 'doc', 'order', 'type']);
const FIELD_SORT_ORDERS: readonly JsonValue[] = ['ascending', 'descending', 'ignore'];
/** Python avro's `validate_basename` (a search: `x.A` passes), still applied to enum symbols. */
const BASE_NAME = /(?:^|\.)[A-Za-z_][A-Za-z0-9_]*$/;

/** (logicalType, underlying type) pairs Python turns into logical schemas; decimal is checked apart. */
const LOGICAL_PRIMITIVES = new Set(['date/int', 'timestamp-micros/long', 'timestamp-millis/long', 'time-micros/long', 'time-millis/int', 'uuid/string']);

function otherProps(json: JsonObject, reserved: Set<string>): OtherProps {
  return Object.entries(json).filter(([key]) => !reserved.has(key));
}

/** Python's `isinstance(x, int)` for a JSON-loaded value (bool is an int in Python). */
function pythonInt(value: JsonValue | undefined): number | undefined {
  if (value === true) return 1;
  if (value === false) return 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  return undefined;
}

function validDecimal(precisionValue: JsonValue | undefined, scaleValue: JsonValue | undefined, maxPrecision: number): boolean {
  const precision = pythonInt(precisionValue);
  const scale = scaleValue === undefined ? 0 : pythonInt(scaleValue);
  if (precision === undefined || precision <= 0 || precision > maxPrecision) return false;
  return scale !== undefined && scale >= 0 && scale <= precision;
}

/** Decimal logical schemas get `precision` and `scale` (default 0) set as props, after the JSON's own. */
function withDecimalProps(props: OtherProps, json: JsonObject): OtherProps {
  const result = props.slice();
  const set = (key: string, value: JsonValue) => {
    const index = result.findIndex(([name]) => name === key);
    if (index >= 0) result[index] = [key, value];
    else result.push([key, value]);
  };
  set('precision', json.precision ?? null);
  set('scale', json.scale ?? 0);
  return result;
}

function truthy(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return false;
  if (typeof value === 'bigint') return value !== 0n;
  if (value instanceof JsonDouble) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isJsonObject(value)) return Object.keys(value).length > 0;
  return true;
}

/** Python avro's `Name(name, space, default_space).fullname`. */
function fullName(name: string, space: string | null | undefined, defaultSpace: string | undefined): string {
  if (name === '') throw new AvroModelError('Name must not be the empty string.');
  if (name.includes('.') || space === '' || !(space || defaultSpace)) return name;
  return `${space || defaultSpace}.${name}`;
}

function spaceOf(fullname: string): string | undefined {
  const dot = fullname.lastIndexOf('.');
  return dot >= 0 ? fullname.slice(0, dot) : undefined;
}

class Names {
  readonly named = new Map<string, SchemaNode>();
  defaultNamespace: string | undefined;

  lookup(reference: string): SchemaNode | undefined {
    return this.named.get(fullName(reference, undefined, this.defaultNamespace));
  }

  add(fullname: string, schema: SchemaNode): void {
    if (PRIMITIVE_TYPES.has(fullname)) throw new AvroModelError(`${fullname} is a reserved type name.`);
    if (this.named.has(fullname)) throw new AvroModelError(`The name "${fullname}" is already in use.`);
    this.named.set(fullname, schema);
  }
}

function referenceOrSchema(json: JsonValue | undefined, names: Names): SchemaNode {
  if (typeof json === 'string') {
    const known = names.lookup(json);
    if (known) return known;
  }
  return makeSchema(json, names);
}

function makeField(json: JsonValue, names: Names): FieldNode {
  if (!isJsonObject(json)) throw new AvroModelError(`Not a valid field: ${JSON.stringify(json)}`);
  const name = json.name;
  if (typeof name !== 'string' || name === '') throw new AvroModelError('Fields must have a non-empty string name.');
  if (json.order !== undefined && json.order !== null && !FIELD_SORT_ORDERS.includes(json.order)) {
    throw new AvroModelError(`The order property ${pythonStr(json.order)} is not valid.`);
  }
  const field: FieldNode = {
    kind: 'field',
    name,
    type: referenceOrSchema(json.type, names),
    otherProps: otherProps(json, FIELD_RESERVED),
  };
  if (json.doc !== undefined && json.doc !== null) field.doc = json.doc;
  if (json.default !== undefined && json.default !== null) field.default = json.default;
  return field;
}

function makeNamed(json: JsonObject, type: string, names: Names, logicalType: JsonValue | undefined): SchemaNode {
  const name = json.name;
  if (typeof name !== 'string') throw new AvroModelError(`Name ${JSON.stringify(name)} must be a string.`);
  const namespace = 'namespace' in json ? json.namespace : names.defaultNamespace;
  if (namespace !== undefined && namespace !== null && typeof namespace !== 'string') {
    throw new AvroModelError('The namespace property must be a string.');
  }
  const fullname = fullName(name, namespace, names.defaultNamespace);
  const shortName = name.split('.').at(-1)!;
  const props = otherProps(json, SCHEMA_RESERVED);
  if (type === 'fixed') {
    const size = pythonInt(json.size);
    if (size === undefined || size < 0) throw new AvroModelError('Fixed Schema requires a valid positive integer for size property.');
    const fixed: FixedNode = { kind: 'fixed', type, name: shortName, fullname, otherProps: props };
    if (logicalType === 'decimal' && validDecimal(json.precision, json.scale, Math.floor(Math.log10(2) * (8 * size - 1)))) {
      fixed.logicalType = 'decimal';
      fixed.otherProps = withDecimalProps(props, json);
    }
    names.add(fullname, fixed);
    return fixed;
  }
  if (type === 'enum') {
    const symbols = json.symbols;
    if (!Array.isArray(symbols) || symbols.some((symbol) => typeof symbol !== 'string')) {
      throw new AvroModelError('Enum symbols must be a sequence of strings.');
    }
    // validate_enum_symbols stays on in DataHub's parse: symbols are names, once each; a default is one.
    if (symbols.some((symbol) => !BASE_NAME.test(symbol as string))) throw new AvroModelError('An enum symbol must be a valid schema name.');
    if (new Set(symbols).size < symbols.length) throw new AvroModelError(`Duplicate symbol: ${JSON.stringify(symbols)}`);
    if ('default' in json && !symbols.includes(json.default)) {
      throw new AvroModelError(`Enum default ${pythonStr(json.default)} is not a valid member of symbols ${JSON.stringify(symbols)}`);
    }
    const enumNode: EnumNode = { kind: 'enum', type, name: shortName, fullname, otherProps: props };
    if (json.doc !== undefined && json.doc !== null) enumNode.doc = json.doc;
    names.add(fullname, enumNode);
    return enumNode;
  }
  if (!Array.isArray(json.fields)) throw new AvroModelError('Record schema requires a fields list.');
  const record: RecordNode = { kind: 'record', type, name: shortName, fullname, otherProps: props, fields: [] };
  if (json.doc !== undefined && json.doc !== null) record.doc = json.doc;
  // Registered before its fields are read, so the record can refer to itself.
  names.add(fullname, record);
  const outerNamespace = names.defaultNamespace;
  names.defaultNamespace = spaceOf(fullname);
  const seen = new Set<string>();
  for (const fieldJson of json.fields) {
    const field = makeField(fieldJson, names);
    if (seen.has(field.name)) throw new AvroModelError(`Field name ${field.name} already in use.`);
    seen.add(field.name);
    record.fields.push(field);
  }
  names.defaultNamespace = outerNamespace;
  return record;
}

function makeSchema(json: JsonValue | undefined, names: Names): SchemaNode {
  if (Array.isArray(json)) {
    const schemas: SchemaNode[] = [];
    for (const branchJson of json) {
      const branch = referenceOrSchema(branchJson, names);
      const named = branch.kind === 'record' || branch.kind === 'enum' || branch.kind === 'fixed';
      if (!named && schemas.some((existing) => existing.type === branch.type)) {
        throw new AvroModelError(`${branch.type} type already in Union`);
      }
      if (branch.kind === 'union') throw new AvroModelError('Unions cannot contain other unions.');
      schemas.push(branch);
    }
    return { kind: 'union', type: 'union', otherProps: [], schemas };
  }
  if (typeof json === 'string') {
    if (PRIMITIVE_TYPES.has(json)) return { kind: 'primitive', type: json, otherProps: [] };
    throw new AvroModelError(`Could not make an Avro Schema object from ${json}`);
  }
  if (json === undefined || !isJsonObject(json)) {
    throw new AvroModelError(`Could not make an Avro Schema object from ${JSON.stringify(json)}`);
  }
  const type = json.type;
  const props = otherProps(json, SCHEMA_RESERVED);
  const logicalType = json.logicalType;
  if (typeof type !== 'string') {
    if (type === undefined) throw new AvroModelError('No "type" property');
    throw new AvroModelError(`Undefined type: ${JSON.stringify(type)}`);
  }
  if (truthy(logicalType) && typeof logicalType === 'string') {
    if (LOGICAL_PRIMITIVES.has(`${logicalType}/${type}`)) return { kind: 'primitive', type, otherProps: props, logicalType };
    if (logicalType === 'decimal' && type === 'bytes' && validDecimal(json.precision, json.scale, 2 ** 31 - 1)) {
      return { kind: 'primitive', type, otherProps: withDecimalProps(props, json), logicalType };
    }
  }
  if (type === 'record' || type === 'error' || type === 'enum' || type === 'fixed') return makeNamed(json, type, names, logicalType);
  if (PRIMITIVE_TYPES.has(type)) return { kind: 'primitive', type, otherProps: props };
  if (type === 'array') return { kind: 'array', type, otherProps: props, items: referenceOrSchema(json.items, names) };
  if (type === 'map') return { kind: 'map', type, otherProps: props, values: referenceOrSchema(json.values, names) };
  throw new AvroModelError(`Undefined type: ${type}`);
}

/**
 * Throws (AvroModelError, SyntaxError) unless DataHub's Kafka source can parse the schema text:
 * Python avro's `parse(text, validate_names=False)`. Names are not checked, nor defaults (a long
 * default beyond 2^53 is fine); enum symbols, field orders and the structure are.
 */
export function checkDataHubAvroSchema(text: string): void {
  buildAvroModel(parseJson(text));
}

/** Builds the model from parsed schema JSON (parse with `parseJson` to keep number kinds). */
export function buildAvroModel(json: JsonValue): SchemaNode {
  return makeSchema(json, new Names());
}

export function pythonTruthy(value: JsonValue | undefined): boolean {
  return truthy(value);
}

export function propOf(node: SchemaNode | FieldNode, key: string): JsonValue | undefined {
  if (key === 'doc' && (node.kind === 'record' || node.kind === 'enum' || node.kind === 'field')) return node.doc;
  return node.otherProps.find(([name]) => name === key)?.[1];
}
