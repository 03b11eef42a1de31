import type { CommittedTopic } from '../catalog/read';
import type { PayloadFormat, TopicFile } from '../catalog/topic-file';
import { createInferrer } from '../infer/index';
import type { JsonValue } from '../json/value';
import { decodePayload, headerSchemaId, type DecodedPayload } from '../kafka/decode';
import { decideFormat, type FormatVerdict } from '../kafka/payload-format';
import type { SampledRecord } from '../kafka/sample';
import type { AvroSchema } from '../schema/avro';

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
}

function decodeAll(records: SampledRecord[], part: 'key' | 'value'): DecodedPayload[] {
  return records.map((record) => {
    const decoded = decodePayload(record[part]);
    if (decoded.kind === 'null' || decoded.kind === 'confluent') return decoded;
    const id = headerSchemaId(record.headers as Record<string, unknown>, part);
    return id === undefined ? decoded : { kind: 'confluent', schemaId: id, payload: record[part] ?? Buffer.alloc(0) };
  });
}

function inferFrom(verdict: FormatVerdict, name: string, prior: AvroSchema | undefined, naming: SchemaNaming): AvroSchema {
  const inferrer = createInferrer({ name, namespace: naming.namespace, prior });
  for (const value of verdict.values) inferrer.add(value);
  if (verdict.nulls > 0) inferrer.add(null as JsonValue);
  return inferrer.result();
}

function nullable(type: string, nulls: number): AvroSchema {
  return nulls > 0 ? ['null', type] : type;
}

function describeUndecodable(part: string, verdict: FormatVerdict, total: number): string[] {
  if (verdict.undecodable === 0) return [];
  return [`${verdict.undecodable} of ${total} ${part}s are not ${verdict.format} and were left out`];
}

export function inferTopicSchemas(
  topic: string,
  records: SampledRecord[],
  committed: CommittedTopic,
  naming: SchemaNaming,
): TopicSchemas {
  const warnings: string[] = [];
  const values = decideFormat(decodeAll(records, 'value'));
  const keys = decideFormat(decodeAll(records, 'key'));
  warnings.push(...describeUndecodable('value', values, records.length), ...describeUndecodable('key', keys, records.length));

  let value: AvroSchema | undefined;
  switch (values.format) {
    case 'json':
    case 'string':
      value = inferFrom(values, topic, committed.value, naming);
      break;
    case 'bytes':
      value = committed.value ?? nullable('bytes', values.nulls);
      break;
    case 'confluent-avro':
      warnings.push(
        `values use the Confluent wire format (schema id ${values.confluentSchemaIds.join(', ')}); ` +
          'without a schema registry the committed schema is kept',
      );
      value = committed.value;
      break;
    default:
      value = committed.value;
  }

  let key: AvroSchema | undefined = committed.key;
  const keyFormat: PayloadFormat = keys.format === 'empty' ? 'none' : keys.format;
  if (keys.format === 'json' && keys.values.some((item) => typeof item === 'object' && item !== null)) {
    key = inferFrom({ ...keys, nulls: 0 }, `${topic}-key`, committed.key, naming);
  }
  return { value, key, keyFormat, valueFormat: values.format, warnings };
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
