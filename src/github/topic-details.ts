import type { TopicFile } from '../catalog/topic-file';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE } from '../catalog/layout';
import type { AvroSchema } from '../schema/avro';
import { diffTopic, type TopicDiff, type TopicVersion } from '../catalog/topic-diff';
import { errorMessage } from '../util/errors';
import { listFields, type ListedField } from '../schema/field-list';
import { resolveSchema } from '../schema/resolve';
import type { TopicChange } from './schema-plan';

/** What the bodies show about one topic: names, types, counts; never sampled values. */
export interface TopicDetails extends TopicChange {
  diff?: TopicDiff;
  /** Set when the diff could not be computed (e.g. a committed file that is not valid Avro). */
  diffError?: string;
  partitions?: number;
  keyFormat?: string;
  valueFormat?: string;
  /** Top-level fields of the value schema when it is a record. */
  valueFieldCount?: number;
  replicationFactor?: number;
  configs?: Record<string, string>;
  /** A new topic's value fields (nested ones after their parent), at most FIELDS_LISTED. */
  valueFields?: ListedField[];
}

const FIELDS_LISTED = 200;

/** Reads a topic's three files from text; broken JSON counts as absent. */
export function topicVersion(files: Partial<Record<string, string>>): TopicVersion {
  const parse = (text: string | undefined): unknown => {
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  return {
    value: parse(files[VALUE_SCHEMA_FILE]) as AvroSchema | undefined,
    key: parse(files[KEY_SCHEMA_FILE]) as AvroSchema | undefined,
    topicFile: parse(files[TOPIC_FILE]) as TopicFile | undefined,
  };
}

function fieldCount(schema: AvroSchema | undefined): number | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || schema.type !== 'record') return undefined;
  return Array.isArray(schema.fields) ? schema.fields.length : undefined;
}

/** Pure: combines the plan's change with the topic's old and new versions. */
export function describeTopic(change: TopicChange, before: TopicVersion | undefined, after: TopicVersion | undefined): TopicDetails {
  const details: TopicDetails = { ...change };
  const shown = after ?? before;
  details.partitions = typeof shown?.topicFile?.partitions === 'number' ? shown.topicFile.partitions : undefined;
  details.keyFormat = shown?.topicFile?.keyFormat;
  details.valueFormat = shown?.topicFile?.valueFormat;
  details.valueFieldCount = fieldCount(shown?.value);
  if (typeof shown?.topicFile?.replicationFactor === 'number') details.replicationFactor = shown.topicFile.replicationFactor;
  const configs = shown?.topicFile?.configs;
  if (typeof configs === 'object' && configs !== null && !Array.isArray(configs)) details.configs = configs;
  if (change.kind !== 'removed') {
    try {
      details.diff = diffTopic(change.kind === 'new' ? undefined : before, after);
      if (change.kind === 'new' && after?.value !== undefined) details.valueFields = listFields(resolveSchema(after.value), FIELDS_LISTED);
    } catch (error) {
      details.diffError = errorMessage(error);
    }
  }
  return details;
}
