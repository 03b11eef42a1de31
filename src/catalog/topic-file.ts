import type { JsonObject } from '../json/value';
import { setOwn } from '../util/own';

/** How a topic's keys or values are encoded, as detected from the sample. */
export type PayloadFormat = 'none' | 'json' | 'string' | 'bytes' | 'confluent' | 'confluent-avro' | 'confluent-protobuf' | 'confluent-json' | 'empty' | 'mixed';

/** `topic.json`: what the scan measures, plus fields the users own and scans keep. */
export interface TopicFile {
  partitions?: number;
  replicationFactor?: number;
  configs?: Record<string, string>;
  keyFormat?: PayloadFormat;
  valueFormat?: PayloadFormat;
  /** user-owned: */
  description?: string;
  owners?: unknown;
  tags?: unknown;
  domain?: unknown;
  compatibility?: string;
  /** Inference overrides of the value schema: path → "map" | "record" (docs/inference.md). */
  overrides?: unknown;
  [field: string]: unknown;
}

/** Fields a scan writes; every other field in topic.json belongs to the users and is kept as they wrote it. */
const SCANNED_FIELDS = ['partitions', 'replicationFactor', 'configs', 'keyFormat', 'valueFormat'] as const;

/**
 * Merges what a scan measured into the committed topic.json: scanned fields first in a fixed
 * order (so output is stable), then the users' fields in their committed order. A scanned
 * field the scan could not measure (undefined) keeps its committed value.
 */
export function mergeTopicFile(committed: TopicFile | undefined, scanned: TopicFile): TopicFile {
  const merged: TopicFile = {};
  for (const field of SCANNED_FIELDS) {
    const value = scanned[field] ?? committed?.[field];
    if (value !== undefined) (merged as JsonObject)[field] = value;
  }
  // Users' field names are data: `__proto__` or `constructor` is a field like any other.
  for (const [field, value] of Object.entries(committed ?? {})) {
    if (!(SCANNED_FIELDS as readonly string[]).includes(field)) setOwn(merged, field, value);
  }
  return merged;
}

export function formatTopicFile(topic: TopicFile): string {
  return `${JSON.stringify(topic, null, 2)}\n`;
}
