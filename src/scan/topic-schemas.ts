import type { CommittedTopic } from '../catalog/read';
import type { PayloadFormat, TopicFile } from '../catalog/topic-file';
import { createInferrer, type FieldEvidence, type InferenceNote } from '../infer/index';
import { MAX_JSON_DEPTH } from '../json/parse';
import { decodePayload, headerSchemaId, type DecodedPayload } from '../kafka/decode';
import { decideFormat, type FormatVerdict } from '../kafka/payload-format';
import type { SampledRecord } from '../kafka/sample';
import type { RegisteredSchema } from '../kafka/schema-registry';
import type { AvroSchema } from '../schema/avro';
import { setOwn } from '../util/own';

export interface SchemaNaming {
  namespace?: string;
}

/** What a sample says about a topic's schemas (pure: no I/O). Undefined schema = keep what is committed. */
export interface TopicSchemas {
  value?: AvroSchema;
  key?: AvroSchema;
  keyFormat: PayloadFormat;
  valueFormat: PayloadFormat;
  /** Problems worth a line in the report (counts and types only, never values). */
  warnings: string[];
  /** Near calls of the value schema (see describeNote): report, job summary and pull request. */
  notes: string[];
  /** Presence and JSON-type counts per value field path, when the value schema was inferred. */
  evidence?: Map<string, FieldEvidence>;
}

/** Fields whose evidence a topic keeps at most (a pull request shows far fewer). */
const EVIDENCE_PATHS = 500;

export interface DecodedSample {
  keys: FormatVerdict;
  values: FormatVerdict;
  records: number;
  /** Where keys and values nested deeper than MAX_JSON_DEPTH were left out (`partition P offset O`). */
  tooDeep: { key: string[]; value: string[] };
}

function decodeAll(records: SampledRecord[], part: 'key' | 'value'): DecodedPayload[] {
  return records.map((record) => {
    const decoded = decodePayload(record[part]);
    if (decoded.kind === 'null' || decoded.kind === 'confluent') return decoded;
    const id = headerSchemaId(record.headers, part);
    return id === undefined ? decoded : { kind: 'confluent', schemaId: id, payload: record[part] ?? Buffer.alloc(0) };
  });
}

function tooDeepAt(records: SampledRecord[], payloads: DecodedPayload[]): string[] {
  const at: string[] = [];
  for (let i = 0; i < payloads.length; i++) {
    if (payloads[i]!.kind === 'too-deep') at.push(`partition ${records[i]!.partition} offset ${records[i]!.offset}`);
  }
  return at;
}

/** Decodes keys and values and decides each side's format (records sorted by partition and offset). */
export function decodeSample(records: SampledRecord[]): DecodedSample {
  const keys = decodeAll(records, 'key');
  const values = decodeAll(records, 'value');
  return {
    keys: decideFormat(keys),
    values: decideFormat(values),
    records: records.length,
    tooDeep: { key: tooDeepAt(records, keys), value: tooDeepAt(records, values) },
  };
}

export type ShapeOverrides = Record<string, 'map' | 'record'>;

/**
 * The `overrides` of topic.json (`{ "customer.attributes": "map" }`, paths as in
 * docs/inference.md): forces a position to a map or a record. Entries that are not
 * `map`/`record` are reported and ignored.
 */
export function overridesOf(topicFile: TopicFile | undefined, warnings: string[]): ShapeOverrides {
  const raw = topicFile?.overrides;
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push('topic.json "overrides" must be an object of path → "map" | "record"; ignored');
    return {};
  }
  const overrides: ShapeOverrides = {};
  for (const [path, kind] of Object.entries(raw as Record<string, unknown>)) {
    if (kind === 'map' || kind === 'record')
      setOwn(overrides, path, kind); // a path may be `__proto__`
    else warnings.push(`topic.json "overrides" entry ${JSON.stringify(path)} must be "map" or "record"; ignored`);
  }
  return overrides;
}

function inferFrom(
  verdict: FormatVerdict,
  name: string,
  prior: AvroSchema | undefined,
  naming: SchemaNaming,
  overrides: ShapeOverrides = {},
  notes: string[] = [],
  evidence?: { fields?: Map<string, FieldEvidence> },
): AvroSchema {
  const inferrer = createInferrer({ name, namespace: naming.namespace, prior, overrides });
  for (const value of verdict.values) inferrer.add(value);
  if (verdict.nulls > 0) inferrer.add(null);
  const schema = inferrer.result();
  for (const note of inferrer.notes) notes.push(describeNote(note));
  if (evidence) evidence.fields = inferrer.evidence(EVIDENCE_PATHS);
  return schema;
}

/**
 * A near call of the value schema, for the report, the job summary and the pull request:
 * the path and the override that settles it, the keys' classes and counts, never a key.
 */
export function describeNote(note: InferenceNote): string {
  const where = note.path === '' ? 'value (the top level)' : `value.${note.path}`;
  const kept = note.keptBy === 'committed schema' ? 'the committed schema keeps it a record' : 'it was kept a record';
  return (
    `${where} looks keyed by data (${note.evidence}) but ${kept}; ` +
    `add "overrides": ${JSON.stringify({ [note.path]: 'map' })} to topic.json to make it a map`
  );
}

function nullable(type: string, nulls: number): AvroSchema {
  return nulls > 0 ? ['null', type] : type;
}

function describeUndecodable(part: string, verdict: FormatVerdict, total: number): string[] {
  if (verdict.undecodable === 0) return [];
  return [`${verdict.undecodable} of ${total} ${part}s are not ${verdict.format} and were left out`];
}

const TOO_DEEP_LISTED = 5;

/** Located by partition and offset, never by content. */
function describeTooDeep(part: string, at: string[]): string[] {
  if (at.length === 0) return [];
  const listed = at.slice(0, TOO_DEEP_LISTED).join(', ');
  const more = at.length > TOO_DEEP_LISTED ? `, and ${at.length - TOO_DEEP_LISTED} more` : '';
  const one = at.length === 1;
  return [`${at.length} ${part}${one ? '' : 's'} nested deeper than ${MAX_JSON_DEPTH} levels ${one ? 'was' : 'were'} left out (${listed}${more})`];
}

/**
 * A Confluent-framed side: with registered schemas, the newest Avro writer schema seen is
 * the schema (no inference). JSON Schema payloads (plain JSON after the header: most framed
 * payloads parse as JSON containers, or the registry says JSON) are inferred like JSON, with or
 * without a registry. Otherwise the format is reported and the committed schema kept.
 */
function confluentSide(
  part: 'key' | 'value',
  verdict: FormatVerdict,
  registered: ReadonlyMap<number, RegisteredSchema>,
  committed: AvroSchema | undefined,
  warnings: string[],
  inferJson: (verdict: FormatVerdict) => AvroSchema,
): { schema: AvroSchema | undefined; format: PayloadFormat } {
  const known = verdict.confluentSchemaIds.map((id) => registered.get(id)).filter((schema) => schema !== undefined);
  const framed = verdict.framedJson ?? [];
  const framedCount = verdict.framedJson === undefined ? 0 : framedTotal(verdict);
  const avroKnown = known.some((schema) => schema.schemaType === 'AVRO');
  if (!avroKnown && framed.length > 0 && (framed.length * 2 >= framedCount || known.some((schema) => schema.schemaType === 'JSON'))) {
    const left = framedCount - framed.length;
    if (left > 0) warnings.push(`${left} of ${framedCount} Confluent-framed ${part}s are not JSON and were left out`);
    return { schema: inferJson({ ...verdict, format: 'json', values: framed }), format: 'confluent-json' };
  }
  if (known.length === 0) {
    warnings.push(
      `${part}s use the Confluent wire format (schema id ${verdict.confluentSchemaIds.join(', ')}); ` +
        'without a schema registry (schema-registry-url) the committed schema is kept',
    );
    return { schema: committed, format: 'confluent' };
  }
  const avro = known.filter((schema) => schema.schemaType === 'AVRO').sort((a, b) => b.id - a.id);
  if (avro.length === 0) {
    const type = known[0]!.schemaType;
    warnings.push(`${part}s are Confluent ${type}; only Avro schemas are written, the committed schema is kept`);
    return { schema: committed, format: type === 'PROTOBUF' ? 'confluent-protobuf' : 'confluent-json' };
  }
  return { schema: JSON.parse(avro[0]!.schema) as AvroSchema, format: 'confluent-avro' };
}

/** Framed payloads in the sample: the non-null ones that were not counted undecodable. */
function framedTotal(verdict: FormatVerdict): number {
  return verdict.framedTotal ?? verdict.framedJson!.length;
}

export function inferTopicSchemas(
  topic: string,
  sample: DecodedSample,
  committed: CommittedTopic,
  naming: SchemaNaming,
  registered: ReadonlyMap<number, RegisteredSchema> = new Map(),
): TopicSchemas {
  const { keys, values } = sample;
  const warnings: string[] = [
    ...describeUndecodable('value', values, sample.records),
    ...describeTooDeep('value', sample.tooDeep.value),
    ...describeUndecodable('key', keys, sample.records),
    ...describeTooDeep('key', sample.tooDeep.key),
  ];

  const notes: string[] = [];
  const evidence: { fields?: Map<string, FieldEvidence> } = {};
  let value: AvroSchema | undefined;
  let valueFormat: PayloadFormat = values.format;
  switch (values.format) {
    case 'json':
    case 'string':
      // Every value too deep to read: nothing to infer from, the committed schema stays.
      if (values.values.length === 0) value = committed.value;
      else value = inferFrom(values, topic, committed.value, naming, overridesOf(committed.topicFile, warnings), notes, evidence);
      break;
    case 'bytes':
      value = committed.value ?? nullable('bytes', values.nulls);
      break;
    case 'confluent': {
      const side = confluentSide('value', values, registered, committed.value, warnings, (json) =>
        inferFrom(json, topic, committed.value, naming, overridesOf(committed.topicFile, warnings), notes, evidence),
      );
      value = side.schema;
      valueFormat = side.format;
      break;
    }
    default:
      value = committed.value;
  }

  let key: AvroSchema | undefined = committed.key;
  let keyFormat: PayloadFormat = keys.format === 'empty' ? 'none' : keys.format;
  if (keys.format === 'json' && keys.values.some((item) => typeof item === 'object' && item !== null)) {
    key = inferFrom({ ...keys, nulls: 0 }, `${topic}-key`, committed.key, naming);
  } else if (keys.format === 'confluent') {
    const side = confluentSide('key', keys, registered, committed.key, warnings, (json) =>
      inferFrom({ ...json, nulls: 0 }, `${topic}-key`, committed.key, naming),
    );
    key = side.schema;
    keyFormat = side.format;
  }
  return { value, key, keyFormat, valueFormat, warnings, notes, ...(evidence.fields ? { evidence: evidence.fields } : {}) };
}

/** topic.json as measured by the scan; formats are left out when the sample was empty (keep committed). */
export function scannedTopicFile(
  metadata: { partitions: number; replicationFactor: number; configs: Record<string, string> | undefined },
  schemas: TopicSchemas | undefined,
  committed: TopicFile | undefined,
): TopicFile {
  const measured: TopicFile = { partitions: metadata.partitions, replicationFactor: metadata.replicationFactor };
  if (metadata.configs) measured.configs = metadata.configs;
  if (schemas && schemas.valueFormat !== 'empty') {
    measured.keyFormat = schemas.keyFormat;
    measured.valueFormat = schemas.valueFormat;
  } else if (!committed?.valueFormat) {
    measured.keyFormat = 'none';
    measured.valueFormat = 'empty';
  }
  return measured;
}
