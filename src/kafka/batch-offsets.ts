import { EARLIEST_OFFSET, hasLeader, LATEST_OFFSET, READ_COMMITTED, type InternalCluster } from './kafkajs-internals';
import type { PartitionOffsets } from './sample-plan';

/**
 * Earliest and latest offsets of every partition of many topics with two ListOffsets requests
 * per leader (earliest and latest may not share a request: a partition appears once), sent
 * together on the one connection to each leader and to every leader at once: one round trip
 * whatever the number of topics. kafkajs's public look-ups cost two requests per topic, and its
 * Cluster#fetchTopicsOffset merges responses with an object spread per topic (quadratic).
 * The cluster is READ_COMMITTED: the end offset is the last stable offset, so an open
 * transaction cannot leave a partition waiting for records no reader will see.
 * Throws when a request fails (kafkajs fails a whole response for one partition's error):
 * callers fall back to per-topic look-ups. Metadata already loaded (discovery) is used as is;
 * otherwise the topics become the cluster's target topics (their metadata is loaded).
 * A topic with a partition that has no leader is left out and returned as such.
 */
export async function readOffsetsInBatches(cluster: InternalCluster, topics: string[]): Promise<BatchedOffsets> {
  if (!topics.every((topic) => hasMetadata(cluster, topic))) await cluster.addMultipleTargetTopics(topics);
  const result = new Map<string, PartitionOffsets[]>();
  const leaderless = new Map<string, number[]>();
  /** Leader's node id → topic → partition ids, for the topics whose every partition has a leader. */
  const byLeader = new Map<number, Map<string, number[]>>();
  for (const topic of topics) {
    const partitions = cluster.findTopicPartitionMetadata(topic);
    const offline = partitions.filter(({ leader }) => !hasLeader(leader)).map(({ partitionId }) => partitionId);
    if (offline.length > 0) {
      leaderless.set(
        topic,
        offline.sort((a, b) => a - b),
      );
      continue;
    }
    for (const { partitionId, leader } of partitions) {
      const led = byLeader.get(leader!) ?? byLeader.set(leader!, new Map()).get(leader!)!;
      const ids = led.get(topic) ?? led.set(topic, []).get(topic)!;
      ids.push(partitionId);
    }
  }
  const lows = new Map<string, string>();
  const highs = new Map<string, string>();
  await Promise.all(
    [...byLeader].map(async ([nodeId, led]) => {
      const broker = await cluster.findBroker({ nodeId: String(nodeId) });
      const request = (timestamp: number) =>
        broker.listOffsets({
          isolationLevel: READ_COMMITTED,
          topics: [...led].map(([topic, partitions]) => ({ topic, partitions: partitions.map((partition) => ({ partition, timestamp })) })),
        });
      const answers = await Promise.all([request(EARLIEST_OFFSET), request(LATEST_OFFSET)]);
      for (const [target, { responses }] of [lows, highs].map((target, i) => [target, answers[i]!] as const)) {
        for (const { topic, partitions } of responses) for (const { partition, offset } of partitions) target.set(partitionKey(topic, partition), offset);
      }
    }),
  );
  for (const [, led] of byLeader) {
    for (const [topic, partitions] of led) {
      const offsets = result.get(topic) ?? [];
      for (const partition of partitions) {
        const high = highs.get(partitionKey(topic, partition));
        const low = lows.get(partitionKey(topic, partition));
        if (high === undefined || low === undefined) throw new Error(`no offsets returned for partition ${partition} of topic ${topic}`);
        offsets.push({ partition, low, high });
      }
      result.set(topic, offsets);
    }
  }
  for (const offsets of result.values()) offsets.sort((a, b) => a.partition - b.partition);
  return { offsets: result, leaderless };
}

/** Whether the cluster's loaded metadata has the topic (none loaded yet: no). */
export function hasMetadata(cluster: InternalCluster, topic: string): boolean {
  try {
    return cluster.findTopicPartitionMetadata(topic).length > 0;
  } catch {
    return false;
  }
}

function partitionKey(topic: string, partition: number): string {
  return `${partition}\u0000${topic}`;
}

export interface BatchedOffsets {
  offsets: Map<string, PartitionOffsets[]>;
  /** Topics with partitions that have no leader (offline, or an election under way): not asked. */
  leaderless: Map<string, number[]>;
}
