import { parseJson } from '../json/parse';
import type { JsonValue } from '../json/value';
import { AvroModelError, buildAvroModel, propOf, pythonTruthy, type FieldNode, type SchemaNode } from './avro-model';
import { SCHEMA_TAGS_FIELD, avroTagUrns } from './avro-tags';
import { pythonJsonDumps, pythonStr } from './python-format';
import type { SchemaField, SchemaFieldDataType } from './schema-field';
import { ownValue } from '../util/own';

/**
 * DataHub's v2 field paths for an Avro schema: a line-by-line port of
 * `AvroToMceSchemaConverter` (acryl-datahub, datahub/ingestion/extractor/schema_util.py),
 * quirks included, so that DataHub shows the same fields whether its own Kafka source or this
 * tool emitted the schema. The tests compare the two on every schema we have.
 */

const VERSION = '[version=2.0]';
const NULL = 'null';

const TYPE_CLASSES: Record<string, string> = {
  null: 'NullType',
  bool: 'BooleanType',
  boolean: 'BooleanType',
  int: 'NumberType',
  long: 'NumberType',
  float: 'NumberType',
  double: 'NumberType',
  bytes: 'BytesType',
  string: 'StringType',
  record: 'RecordType',
  map: 'MapType',
  enum: 'EnumType',
  array: 'ArrayType',
  union: 'UnionType',
  fixed: 'FixedType',
};

const LOGICAL_TYPE_CLASSES: Record<string, string> = {
  date: 'DateType',
  decimal: 'NumberType',
  'time-micros': 'TimeType',
  'time-millis': 'TimeType',
  'timestamp-micros': 'TimeType',
  'timestamp-millis': 'TimeType',
  uuid: 'StringType',
};

/** Props the converter reads but leaves out of jsonProps. */
const JSON_PROPS_TO_SKIP = new Set(['_nullable', 'native_data_type']);

/**
 * Python gives up with RecursionError on schemas that recurse through a union (a linked list
 * `next: ["null", "Node"]`); its Kafka source swallows the error and emits no fields. The port
 * stops at a depth no finite real schema reaches and does the same.
 */
const MAX_PATH_DEPTH = 300;

class ConversionRecursionError extends Error {}

type Node = SchemaNode | FieldNode;

function isLogical(node: Node): boolean {
  return node.kind !== 'field' && node.logicalType !== undefined;
}

function typeName(node: Node, logicalIfPresent = false): string {
  if (logicalIfPresent) {
    const logical = (node.kind !== 'field' && node.logicalType) || propOf(node, 'logicalType');
    if (pythonTruthy(logical)) return pythonStr(logical!);
  }
  return node.kind === 'field' ? node.type.type : node.type;
}

function columnType(node: Node, logicalType: string | undefined): SchemaFieldDataType {
  let typeClass = TYPE_CLASSES[typeName(node)];
  // A schema's logicalType is data: `constructor` is no key of the table (Python's dict.get).
  if (logicalType !== undefined) typeClass = (ownValue(LOGICAL_TYPE_CLASSES, logicalType) as string | undefined) ?? typeClass;
  if (typeClass === undefined) throw new AvroModelError(`no DataHub type for Avro type ${typeName(node)}`);
  let payload: Record<string, unknown> = {};
  if (typeClass === 'ArrayType' && node.kind === 'array') payload = { nestedType: [typeName(node.items, true)] };
  else if (typeClass === 'MapType' && node.kind === 'map') payload = { keyType: 'string', valueType: typeName(node.values, true) };
  return { type: { [`com.linkedin.schema.${typeClass}`]: payload } };
}

function optionUnderlying(node: Node): SchemaNode | undefined {
  if (node.kind === 'union' && node.schemas.length === 2) {
    const [first, second] = node.schemas as [SchemaNode, SchemaNode];
    if (first.type === NULL) return second;
    if (second.type === NULL) return first;
  }
  return undefined;
}

function stripNamespace(name: string): string {
  return name.split('.').at(-1)!;
}

function simpleNativeType(node: Node): string {
  if (node.kind === 'record' || node.kind === 'field') return stripNamespace(node.name);
  const underlying = optionUnderlying(node);
  if (underlying) return underlying.type;
  return node.type;
}

function typeAnnotation(node: Node): string {
  let simple = simpleNativeType(node);
  if (simple.startsWith('__struct_')) simple = 'struct';
  else if (simple.startsWith('__structn_')) simple = `struct${simple.split('_')[3] ?? ''}`;
  return node.kind === 'field' ? simple : `[type=${simple}]`;
}

function subSchemas(node: Node): Node[] {
  switch (node.kind) {
    case 'array':
      return [node.items];
    case 'map':
      return [node.values];
    case 'union': {
      const underlying = optionUnderlying(node);
      return underlying ? [underlying] : node.schemas.filter((schema) => schema.type !== NULL);
    }
    case 'record':
      return node.fields;
    case 'field':
      return [node.type];
    default:
      return [];
  }
}

function mergeProps(target: Map<string, JsonValue>, node: Node): void {
  for (const [key, value] of node.otherProps) {
    // Python's dict.update keeps a key's first position and takes the last value.
    target.set(key, value);
  }
}

class Converter {
  private readonly prefix: string[] = [VERSION];
  private readonly fieldStack: FieldNode[] = [];
  private readonly recordsSeen: string[] = [];
  /** Avro `tags` left out (see avroTagUrns). */
  readonly warnings: string[] = [];

  constructor(private readonly isKeySchema: boolean) {
    if (isKeySchema) this.prefix.push('[key=True]');
  }

  *toFields(node: Node): Generator<SchemaField> {
    if (isLogical(node)) {
      yield* this.nonNested(node);
      return;
    }
    switch (node.kind) {
      case 'record':
      case 'union':
      case 'array':
      case 'map':
        yield* this.nonFieldNested(node);
        return;
      case 'field':
        yield* this.nestedFromField(node);
        return;
      default:
        yield* this.nonNested(node);
    }
  }

  private isNullable(node: Node): boolean {
    if (node.kind === 'field') return this.isNullable(node.type);
    if (node.kind === 'union') return node.schemas.some((schema) => this.isNullable(schema));
    if (node.kind === 'primitive' && node.type === NULL) return true;
    const declared = propOf(node, '_nullable');
    return declared === undefined ? false : pythonTruthy(declared);
  }

  /** Python's SchemaFieldEmissionContextManager: pushes the annotation, runs `body`, pops. */
  private *withContext(
    schema: Node,
    actualSchema: Node,
    body: (emit: () => Generator<SchemaField>) => Generator<SchemaField>,
    description?: string,
    defaultValue?: JsonValue,
  ): Generator<SchemaField> {
    this.prefix.push(typeAnnotation(actualSchema));
    if (this.prefix.length > MAX_PATH_DEPTH) throw new ConversionRecursionError('maximum recursion depth exceeded');
    try {
      yield* body(() => this.emit(schema, actualSchema, description, defaultValue));
    } finally {
      this.prefix.pop();
    }
  }

  private *emit(contextSchema: Node, contextActual: Node, contextDescription: string | undefined, defaultValue: JsonValue | undefined): Generator<SchemaField> {
    const nested = contextActual.kind === 'array' || contextActual.kind === 'field' || contextActual.kind === 'map' || contextActual.kind === 'record';
    if (!nested && this.fieldStack.length > 0) {
      yield* this.fromLastField();
      return;
    }
    let schema: Node = contextSchema;
    let actual: Node = contextActual;
    if (schema.kind === 'field') {
      schema = schema.type;
      actual = optionUnderlying(schema) ?? schema;
    }
    let description: string | undefined = contextDescription;
    const actualDoc = propOf(actual, 'doc');
    if (!description && pythonTruthy(actualDoc)) description = actualDoc as string;
    if (defaultValue !== undefined) description = `${description ? description : ''}\nField default value: ${pythonStr(defaultValue)}`;

    let nativeDataType = this.prefix.at(-1)!;
    if (schema.kind === 'union') nativeDataType = this.prefix.at(-2)!;
    if (nativeDataType.startsWith('[type=')) nativeDataType = nativeDataType.slice('[type='.length, nativeDataType.length - 1);
    const declaredNative = propOf(actual, 'native_data_type');
    if (declaredNative !== undefined) nativeDataType = declaredNative as string;

    const merged = new Map<string, JsonValue>();
    mergeProps(merged, contextSchema);
    mergeProps(merged, schema);
    mergeProps(merged, actual);

    const fieldPath = this.prefix.join('.');
    // Tag URNs: the Avro `tags` of the merged props (the Kafka source's schema_tags_field), then Deprecated.
    const tags: string[] = merged.has(SCHEMA_TAGS_FIELD) ? avroTagUrns(merged.get(SCHEMA_TAGS_FIELD)!, fieldPath, this.warnings) : [];
    if (merged.has('deprecated')) {
      description = description ? `<span style="color:red">DEPRECATED: ${pythonStr(merged.get('deprecated')!)}</span>\n${description}` : '';
      tags.push('urn:li:tag:Deprecated');
    }

    const logicalCandidate = (actual.kind !== 'field' && actual.logicalType) || propOf(actual, 'logicalType') || propOf(contextActual, 'logicalType');
    const logicalTypeName = pythonTruthy(logicalCandidate) ? (logicalCandidate as string) : undefined;

    const jsonProps = [...merged].filter(([key]) => !JSON_PROPS_TO_SKIP.has(key));

    const field: SchemaField = { fieldPath, nullable: this.isNullable(schema) };
    if (description !== undefined) field.description = description;
    field.type = columnType(actual, logicalTypeName);
    field.nativeDataType = nativeDataType;
    field.recursive = false;
    if (tags.length > 0) field.globalTags = { tags: tags.map((tag) => ({ tag })) };
    field.isPartOfKey = this.isKeySchema;
    if (jsonProps.length > 0) field.jsonProps = pythonJsonDumps(Object.fromEntries(jsonProps));
    yield field;
  }

  private *nestedFromField(field: FieldNode): Generator<SchemaField> {
    this.fieldStack.push(field);
    try {
      for (const sub of subSchemas(field)) yield* this.toFields(sub);
    } finally {
      this.fieldStack.pop();
    }
  }

  private *fromLastField(schemaToRecurse?: Node): Generator<SchemaField> {
    const last = this.fieldStack.at(-1)!;
    const description = pythonTruthy(last.doc) ? pythonStr(last.doc!) : undefined;
    const toFields = (sub: Node) => this.toFields(sub);
    yield* this.withContext(
      last,
      last,
      function* (emit) {
        yield* emit();
        if (schemaToRecurse !== undefined) {
          for (const sub of subSchemas(schemaToRecurse)) yield* toFields(sub);
        }
      },
      description,
      last.default,
    );
  }

  private *nonFieldNested(schema: SchemaNode): Generator<SchemaField> {
    let recurse = true;
    if (schema.kind === 'record') {
      if (this.recordsSeen.includes(schema.fullname)) recurse = false;
      else this.recordsSeen.push(schema.fullname);
    }
    const actual = optionUnderlying(schema) ?? schema;
    const inField = () => this.fieldStack.length > 0;
    const fromLastField = (sub: Node | undefined) => this.fromLastField(sub);
    const toFields = (sub: Node) => this.toFields(sub);
    yield* this.withContext(schema, actual, function* (emit) {
      if (actual.kind === 'union' || actual.kind === 'primitive' || actual.kind === 'fixed' || actual.kind === 'enum') {
        yield* emit();
      }
      if (actual.kind === 'record' && inField()) {
        yield* fromLastField(recurse ? actual : undefined);
      } else if (recurse) {
        for (const sub of subSchemas(actual)) yield* toFields(sub);
      }
    });
    if (schema.kind === 'record') {
      const index = this.recordsSeen.indexOf(schema.fullname);
      if (index >= 0) this.recordsSeen.splice(index, 1);
    }
  }

  private *nonNested(schema: Node): Generator<SchemaField> {
    yield* this.withContext(schema, schema, (emit) => emit());
  }
}

export interface FieldConversion {
  fields: SchemaField[];
  /** Why DataHub's converter would produce no fields for this schema (it swallows the error). */
  error?: string;
  /** Avro `tags` that were left out, by field path. */
  warnings?: string[];
}

/**
 * Fields of one schema, as DataHub's Kafka source gets them: `avro_schema_to_mce_fields(text,
 * is_key_schema, schema_tags_field='tags', tag_prefix='')`.
 */
export function convertAvroSchema(schemaText: string, isKeySchema: boolean): FieldConversion {
  try {
    const model = buildAvroModel(parseJson(schemaText));
    const converter = new Converter(isKeySchema);
    const fields = [...converter.toFields(model)];
    return converter.warnings.length > 0 ? { fields, warnings: converter.warnings } : { fields };
  } catch (error) {
    if (error instanceof ConversionRecursionError || error instanceof AvroModelError || error instanceof SyntaxError) {
      return { fields: [], error: error.message };
    }
    throw error;
  }
}

/** The fields DataHub's Kafka source puts in schemaMetadata: key fields first, then value fields. */
export function kafkaSchemaFields(valueText: string | undefined, keyText?: string): FieldConversion {
  const key: FieldConversion = keyText === undefined ? { fields: [] } : convertAvroSchema(keyText, true);
  const value: FieldConversion = valueText === undefined ? { fields: [] } : convertAvroSchema(valueText, false);
  const errors = [key.error && `key schema: ${key.error}`, value.error && `value schema: ${value.error}`].filter(Boolean);
  const result: FieldConversion = { fields: [...key.fields, ...value.fields] };
  if (errors.length > 0) result.error = errors.join('; ');
  const warnings = [...(key.warnings ?? []).map((w) => `key schema: ${w}`), ...(value.warnings ?? []).map((w) => `value schema: ${w}`)];
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}
