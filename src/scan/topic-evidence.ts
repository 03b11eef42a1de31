import type { FieldEvidence } from '../infer/index';
import type { SampledRecord } from '../kafka/sample';

/**
 * What the pull request and the job summary say a topic's sample was: how many records, which
 * offsets and when they were written, and per value field its presence and JSON-type counts.
 * Counts, offsets and timestamps only, never a value; never written to a committed file (a rescan
 * of the same data stays byte-identical).
 */
export interface TopicEvidence {
  records: number;
  /** The first and last sampled offset of each partition read, by partition. */
  partitions: Array<{ partition: number; first: string; last: string; records: number }>;
  /** The earliest and latest record timestamps (ms since the epoch), when the records carry them. */
  from?: number;
  to?: number;
  /** Per value field path (src/schema/diff.ts paths), in schema order. */
  fields: Array<{ path: string } & FieldEvidence>;
}

/** Pure: the evidence of one topic's sample. */
export function topicEvidence(records: readonly SampledRecord[], fields: ReadonlyMap<string, FieldEvidence>): TopicEvidence {
  const byPartition = new Map<number, TopicEvidence['partitions'][number]>();
  let from: number | undefined;
  let to: number | undefined;
  for (const record of records) {
    const range = byPartition.get(record.partition);
    if (range === undefined) byPartition.set(record.partition, { partition: record.partition, first: record.offset, last: record.offset, records: 1 });
    else {
      if (BigInt(record.offset) < BigInt(range.first)) range.first = record.offset;
      if (BigInt(record.offset) > BigInt(range.last)) range.last = record.offset;
      range.records++;
    }
    const time = record.timestamp === undefined ? NaN : Number(record.timestamp);
    // Producers may leave it unset (-1): such records tell nothing about when.
    if (!Number.isFinite(time) || time < 0) continue;
    if (from === undefined || time < from) from = time;
    if (to === undefined || time > to) to = time;
  }
  return {
    records: records.length,
    partitions: [...byPartition.values()].sort((a, b) => a.partition - b.partition),
    ...(from === undefined ? {} : { from, to }),
    fields: [...fields].map(([path, evidence]) => ({ path, ...evidence })),
  };
}
