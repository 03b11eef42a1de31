import type { IHeaders, Kafka } from 'kafkajs';

/**
 * The subset of kafkajs 2.2.4's internal Cluster that sampling uses. kafkajs has no public API
 * for reading a partition by offset without a consumer group, nor for one ListOffsets request
 * over many topics; 2.2.4 is the final release of an unmaintained library, pinned in
 * package.json, so these internals cannot move under us.
 */
export interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  refreshMetadata(): Promise<void>;
  addMultipleTargetTopics(topics: string[]): Promise<void>;
  findTopicPartitionMetadata(topic: string): Array<{ partitionId: number; leader?: number | null }>;
  findBroker(target: { nodeId: string }): Promise<InternalBroker>;
  fetchTopicsOffset(
    topics: Array<{ topic: string; fromBeginning: boolean; partitions: Array<{ partition: number }> }>,
  ): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
}

export interface InternalBroker {
  /** host:port */
  readonly brokerAddress: string;
  fetch(request: {
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: Array<{ topic: string; partitions: Array<{ partition: number; fetchOffset: string; maxBytes: number }> }>;
  }): Promise<FetchResponse>;
}

export interface FetchResponse {
  responses: Array<{ topicName: string; partitions: FetchedPartition[] }>;
}

export interface FetchedPartition {
  partition: number;
  abortedTransactions?: Array<{ producerId: string; firstOffset: string }>;
  /** Every record of the complete record batches returned, control records and aborted ones included. */
  messages: FetchedMessage[];
}

export interface FetchedMessage {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
  isControlRecord?: boolean;
  batchContext: { producerId: string; inTransaction: boolean };
}

/** Whether a partition's metadata names a leader (none: -1, or absent, while offline or during an election). */
export function hasLeader(leader: number | null | undefined): leader is number {
  return leader !== undefined && leader !== null && leader >= 0;
}

/** Fetch and ListOffsets isolation: only committed records; the end offset is the last stable offset. */
export const READ_COMMITTED = 1;

/** A new kafkajs Cluster (its own connections) with this Kafka's configuration, or undefined without the internals. */
export function createInternalCluster(kafka: Kafka): InternalCluster | undefined {
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const create = symbol ? (kafka as unknown as Record<symbol, unknown>)[symbol] : undefined;
  if (typeof create !== 'function') return undefined;
  const cluster = create({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED }) as Partial<InternalCluster>;
  const methods: Array<keyof InternalCluster> = [
    'connect', 'disconnect', 'refreshMetadata', 'addMultipleTargetTopics', 'findTopicPartitionMetadata', 'findBroker', 'fetchTopicsOffset',
  ];
  return methods.every((name) => typeof cluster[name] === 'function') ? (cluster as InternalCluster) : undefined;
}
