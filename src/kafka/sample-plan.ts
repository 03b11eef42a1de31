/** Which offsets to read from one partition: [start, end). Offsets are decimal strings (int64). */
export interface PartitionRange {
  partition: number;
  start: bigint;
  end: bigint;
}

export type SampleFrom = 'latest' | 'earliest';

export interface PartitionOffsets {
  partition: number;
  /** earliest available offset */
  low: string;
  /** high watermark: the offset the next record will get */
  high: string;
}

/**
 * Up to `perPartition` records from the end (`latest`) or the beginning (`earliest`) of each
 * partition. Partitions that are empty (or emptied by retention: low == high) are skipped.
 */
export function planPartitionRanges(offsets: PartitionOffsets[], perPartition: number, from: SampleFrom): PartitionRange[] {
  const count = BigInt(Math.max(0, Math.floor(perPartition)));
  const ranges: PartitionRange[] = [];
  for (const { partition, low, high } of offsets) {
    const lo = BigInt(low);
    const hi = BigInt(high);
    if (hi <= lo || count === 0n) continue;
    const start = from === 'latest' ? (hi - count > lo ? hi - count : lo) : lo;
    const end = from === 'latest' ? hi : lo + count < hi ? lo + count : hi;
    ranges.push({ partition, start, end });
  }
  return ranges.sort((a, b) => a.partition - b.partition);
}
