import type { FieldEvidence } from '../infer/index';
import type { JsonTypeCounts } from '../infer/shape';
import { compareOffsets, type SampledRecord } from '../kafka/sample';

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

/** Evidence by topic, as the bodies and the summary look it up. */
export interface EvidenceLookup {
  get(topic: string): TopicEvidence | undefined;
}

const TYPES = ['null', 'boolean', 'number', 'string', 'object', 'array'] as const satisfies ReadonlyArray<keyof JsonTypeCounts>;

/**
 * A topic's evidence as the scan report keeps it until the scan ends, for every topic: its fields
 * in one string, a line per field (`path present of` and the counts in TYPES order; field paths
 * are Avro names joined by `.`, `[]` and `{}`, never a space or a line break). A few hundred
 * bytes a topic, where an object per field and per field's counts took ~1.4 kB, the largest share
 * of what a 10,000-topic scan kept per topic. `unpack()` gives the TopicEvidence; so does JSON
 * (`scan --json`).
 */
export class PackedEvidence {
  readonly records: number;
  readonly partitions: TopicEvidence['partitions'];
  readonly from?: number;
  readonly to?: number;
  private readonly fields: string;

  constructor(evidence: TopicEvidence) {
    this.records = evidence.records;
    this.partitions = evidence.partitions;
    if (evidence.from !== undefined) {
      this.from = evidence.from;
      this.to = evidence.to;
    }
    this.fields = evidence.fields.map((field) => [field.path, field.present, field.of, ...TYPES.map((type) => field.types[type])].join(' ')).join('\n');
  }

  unpack(): TopicEvidence {
    const fields = (this.fields === '' ? [] : this.fields.split('\n')).map((line) => {
      const [path, present, of, ...counts] = line.split(' ');
      const types = Object.fromEntries(TYPES.map((type, i) => [type, Number(counts[i])])) as unknown as JsonTypeCounts;
      return { path: path!, present: Number(present), of: Number(of), types };
    });
    return {
      records: this.records,
      partitions: this.partitions,
      ...(this.from === undefined ? {} : { from: this.from, to: this.to }),
      fields,
    };
  }

  toJSON(): TopicEvidence {
    return this.unpack();
  }
}

/** Pure: the evidence of one topic's sample. */
export function topicEvidence(records: readonly SampledRecord[], fields: ReadonlyMap<string, FieldEvidence>): PackedEvidence {
  const byPartition = new Map<number, TopicEvidence['partitions'][number]>();
  let from: number | undefined;
  let to: number | undefined;
  for (const record of records) {
    const range = byPartition.get(record.partition);
    if (range === undefined) byPartition.set(record.partition, { partition: record.partition, first: record.offset, last: record.offset, records: 1 });
    else {
      if (compareOffsets(record.offset, range.first) < 0) range.first = record.offset;
      if (compareOffsets(record.offset, range.last) > 0) range.last = record.offset;
      range.records++;
    }
    const time = record.timestamp === undefined ? NaN : Number(record.timestamp);
    // Producers may leave it unset (-1): such records tell nothing about when.
    if (!Number.isFinite(time) || time < 0) continue;
    if (from === undefined || time < from) from = time;
    if (to === undefined || time > to) to = time;
  }
  return new PackedEvidence({
    records: records.length,
    partitions: [...byPartition.values()].sort((a, b) => a.partition - b.partition),
    ...(from === undefined ? {} : { from, to }),
    fields: [...fields].map(([path, evidence]) => ({ path, ...evidence })),
  });
}
