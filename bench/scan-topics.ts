/** What bench:scan and bench:scan-scale both produce and read back: one event, and the offsets of topics. */
import type { Kafka } from 'kafkajs';
import { readOffsetsInBatches } from '../src/kafka/batch-offsets';
import { createInternalCluster } from '../src/kafka/kafkajs-internals';

/** The `i`th JSON event of a partition: nested, optional fields, a date-time, a double. */
export function event(topic: number, partition: number, i: number): string {
  return JSON.stringify({
    eventId: `${topic}-${partition}-${i}`,
    occurredAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
    user: { id: 1000 + i, country: ['FR', 'DE', 'PT'][i % 3], premium: i % 7 === 0 },
    amount: (i * 37) / 10,
    tags: ['a', 'b'].slice(0, i % 3),
    ...(i % 4 === 0 ? { coupon: `C${i}` } : {}),
  });
}

/** The partitions' offsets of existing topics, in one request per broker (the scan's own reader). */
export async function offsetsOf(kafka: Kafka, topics: string[]) {
  const cluster = createInternalCluster(kafka);
  await cluster.connect();
  try {
    return (await readOffsetsInBatches(cluster, topics)).offsets;
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}
