import type { TopicFile } from './topic-file';
import { ownValue } from '../util/own';
import type { AvroSchema } from '../schema/avro';
import { brokenDirections, levelOf, type CompatibilityLevel, type Direction, type ReaderWriterResult } from '../schema/compatibility';
import { describeType } from '../schema/describe';
import { diffResolvedSchemas, sortChanges, type SchemaChange } from '../schema/diff';
import { resolveSchema } from '../schema/resolve';

/**
 * Diff of one committed topic (value schema, key schema, topic.json) between two versions.
 * Paths are prefixed by the file they come from: `value`, `value.<field path>`, `key`,
 * `key.<field path>`, `topic.<attribute>`, `topic.configs.<config name>`.
 */

/** The committed files of a topic (same shape as the catalog's `CommittedTopic`). */
export interface TopicVersion {
  value?: AvroSchema;
  key?: AvroSchema;
  topicFile?: TopicFile;
}

export interface TopicDiff {
  /** The level the evolution satisfies over value and key schemas together. */
  compatibility: CompatibilityLevel;
  changes: SchemaChange[];
  /** Java-style incompatibilities per schema and direction, for detail views. */
  incompatibilities: Array<{ schema: 'value' | 'key'; direction: Direction } & ReaderWriterResult['incompatibilities'][number]>;
}

const SCHEMA_PARTS = ['key', 'value'] as const;

/** Throws `SchemaError` when a schema is not valid Avro. */
export function diffTopic(before: TopicVersion | undefined, after: TopicVersion | undefined): TopicDiff {
  const changes: SchemaChange[] = [];
  const broken = new Set<Direction>();
  const incompatibilities: TopicDiff['incompatibilities'] = [];
  for (const part of SCHEMA_PARTS) {
    const old = before?.[part];
    const next = after?.[part];
    if (old === undefined && next === undefined) continue;
    if (old === undefined || next === undefined) {
      // A schema file appears (new topic, keys became structured): no Avro reader/writer pair to
      // judge. One that goes while the topic stays leaves its data with no schema at all: NONE.
      const described = describeType(resolveSchema((old ?? next) as AvroSchema));
      const dropped = next === undefined && after !== undefined;
      if (dropped) broken.add('BACKWARD').add('FORWARD');
      changes.push({
        path: part,
        kind: old === undefined ? 'added' : 'removed',
        before: old === undefined ? null : described,
        after: old === undefined ? described : null,
        breaks: dropped ? ['BACKWARD', 'FORWARD'] : [],
      });
      continue;
    }
    const diff = diffResolvedSchemas(resolveSchema(old), resolveSchema(next));
    for (const change of diff.changes) changes.push({ ...change, path: change.path === '' ? part : `${part}.${change.path}` });
    for (const direction of brokenDirections(diff.verdict.level)) broken.add(direction);
    for (const item of diff.verdict.backward.incompatibilities) incompatibilities.push({ schema: part, direction: 'BACKWARD', ...item });
    for (const item of diff.verdict.forward.incompatibilities) incompatibilities.push({ schema: part, direction: 'FORWARD', ...item });
  }
  const topicChanges = diffTopicFile(before?.topicFile, after?.topicFile);
  for (const change of topicChanges) for (const direction of change.breaks) broken.add(direction);
  changes.push(...topicChanges);
  return {
    compatibility: levelOf(!broken.has('BACKWARD'), !broken.has('FORWARD')),
    changes: sortChanges(changes),
    incompatibilities,
  };
}

/** Attributes of topic.json in the order they are compared (other, user-owned ones follow by name). */
const TOPIC_ATTRIBUTES = ['partitions', 'replicationFactor', 'keyFormat', 'valueFormat'];
const FORMAT_ATTRIBUTES = new Set(['keyFormat', 'valueFormat']);

/** Field and config names are data (`__proto__`, `constructor`): only own properties are read. */
export function diffTopicFile(before: TopicFile | undefined, after: TopicFile | undefined): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  names.delete('configs');
  const ordered = [...TOPIC_ATTRIBUTES.filter((name) => names.has(name)), ...[...names].filter((name) => !TOPIC_ATTRIBUTES.includes(name)).sort()];
  for (const name of ordered) {
    // A payload format change means consumers decoding the old format cannot read the new data, and
    // the reverse; an empty topic (nothing sampled) has no format to break.
    const old = ownValue(before, name);
    const next = ownValue(after, name);
    const formatChange = FORMAT_ATTRIBUTES.has(name) && old !== 'empty' && next !== 'empty';
    const breaks: Direction[] = formatChange ? ['BACKWARD', 'FORWARD'] : [];
    const change = valueChange(`topic.${name}`, old, next, breaks);
    if (change) changes.push(change);
  }
  const configNames = new Set([...Object.keys(before?.configs ?? {}), ...Object.keys(after?.configs ?? {})]);
  for (const name of [...configNames].sort()) {
    const change = valueChange(`topic.configs.${name}`, ownValue(before?.configs, name), ownValue(after?.configs, name), []);
    if (change) changes.push(change);
  }
  return changes;
}

function valueChange(path: string, before: unknown, after: unknown, breaks: Direction[]): SchemaChange | undefined {
  const beforeText = textOf(before);
  const afterText = textOf(after);
  if (beforeText === afterText) return undefined;
  const kind = beforeText === null ? 'added' : afterText === null ? 'removed' : 'changed';
  // Adding or dropping a format (first measurement, unreadable sample) is not a change of format.
  return { path, kind, before: beforeText, after: afterText, breaks: kind === 'changed' ? breaks : [] };
}

function textOf(value: unknown): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
