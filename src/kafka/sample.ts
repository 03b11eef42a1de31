import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, IHeaders, Kafka } from 'kafkajs';
import type { Logger } from '../util/log';
import { mapWithConcurrency } from '../util/concurrency';
import { fetchOffsetsInOneRequest } from './batch-offsets';
import { planPartitionRanges, type PartitionOffsets, type PartitionRange, type SampleFrom } from './sample-plan';

export interface SampleOptions {
  /** Records per partition (default 100). */
  samplesPerPartition: number;
  from: SampleFrom;
  /** Stop reading a topic after this many key+value bytes (default 16 MiB). */
  maxBytesPerTopic: number;
  /** A topic not fully read within this time fails (default 60 s). */
  topicTimeoutMs: number;
  /** The whole sampling stage ends after this time; unfinished topics fail (default 10 min). */
  scanTimeoutMs: number;
}

export const defaultSampleOptions: SampleOptions = {
  samplesPerPartition: 100,
  from: 'latest',
  maxBytesPerTopic: 16 * 1024 * 1024,
  topicTimeoutMs: 60_000,
  scanTimeoutMs: 600_000,
};

export interface SampledRecord {
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

export type TopicSample =
  | { topic: string; ok: true; records: SampledRecord[]; truncatedByBytes: boolean }
  | { topic: string; ok: false; error: string };

interface TopicProgress {
  topic: string;
  ranges: Map<number, PartitionRange>;
  pending: Set<number>;
  records: SampledRecord[];
  bytes: number;
  truncatedByBytes: boolean;
  deadline: number;
  settled: boolean;
}

/**
 * Reads bounded samples from many topics with ONE throwaway consumer group for the whole
 * scan (kafkajs has no manual assignment): subscribe to all topics, seek each partition to
 * its planned start, never commit, delete the group at the end. Existing consumer groups
 * are never touched. Each topic is handed to `onTopic` as soon as it is complete (or failed),
 * so memory holds only topics still being read.
 */
export async function sampleTopics(
  kafka: Kafka,
  admin: Admin,
  topics: string[],
  options: SampleOptions,
  onTopic: (sample: TopicSample) => Promise<void>,
  logger: Logger,
  /** Broker addresses, named in the error when the consumer fails mid-scan. */
  brokers: readonly string[] = [],
): Promise<void> {
  const started = Date.now();
  const scanDeadline = started + options.scanTimeoutMs;
  const progress = new Map<string, TopicProgress>();
  const settle = async (state: TopicProgress, sample: TopicSample) => {
    if (state.settled) return;
    state.settled = true;
    state.records = [];
    await onTopic(sample);
  };
  const finish = async (state: TopicProgress) => {
    const records = state.records.sort((a, b) => a.partition - b.partition || compareOffsets(a.offset, b.offset));
    await settle(state, { topic: state.topic, ok: true, records, truncatedByBytes: state.truncatedByBytes });
  };

  const offsets = await fetchAllTopicOffsets(kafka, admin, topics, logger);
  for (const topic of topics) {
    const result = offsets.get(topic)!;
    if ('error' in result) {
      await onTopic({ topic, ok: false, error: `could not read offsets: ${result.error}` });
      continue;
    }
    const ranges = planPartitionRanges(result.offsets, options.samplesPerPartition, options.from);
    progress.set(topic, {
      topic,
      ranges: new Map(ranges.map((range) => [range.partition, range])),
      pending: new Set(ranges.map((range) => range.partition)),
      records: [],
      bytes: 0,
      truncatedByBytes: false,
      deadline: 0,
      settled: false,
    });
  }
  logger.debug(`sampling: offsets of ${topics.length} topic(s) read in ${Date.now() - started} ms`);
  for (const state of progress.values()) if (state.pending.size === 0) await finish(state);
  const toRead = [...progress.values()].filter((state) => !state.settled);
  if (toRead.length === 0) return;

  const groupId = `kafka-schema-scout-${randomUUID()}`;
  const consumer: Consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 200,
    minBytes: 1,
    maxBytesPerPartition: 1024 * 1024,
    maxBytes: 16 * 1024 * 1024,
    sessionTimeout: 30_000,
    rebalanceTimeout: 30_000,
    // A crash ends sampling (reported below) instead of restarting the group until the budgets run out.
    retry: { retries: 3, restartOnFailure: async () => false },
  });
  let resolveAllDone!: () => void;
  const allDone = new Promise<void>((resolve) => (resolveAllDone = resolve));
  let remaining = toRead.length;
  const settled = () => {
    remaining--;
    if (remaining === 0) resolveAllDone();
  };
  const pausePartitions = (state: TopicProgress, partitions: number[]) => {
    if (partitions.length === 0) return;
    try {
      consumer.pause([{ topic: state.topic, partitions }]);
    } catch (error) {
      // Before run() or after a crash there is nothing to pause: the topic is settled anyway.
      logger.debug(`pausing ${state.topic}: ${(error as Error).message}`);
    }
  };
  const completeIfDone = async (state: TopicProgress) => {
    if (state.settled || state.pending.size > 0) return;
    await finish(state);
    settled();
  };
  const failTopic = async (state: TopicProgress, error: string) => {
    if (state.settled) return;
    pausePartitions(state, [...state.ranges.keys()]);
    await settle(state, { topic: state.topic, ok: false, error });
    settled();
  };
  const markProgress = async (topic: string, partition: number, lastOffset: string) => {
    const state = progress.get(topic);
    const range = state?.ranges.get(partition);
    if (!state || !range || state.settled || !state.pending.has(partition)) return;
    if (BigInt(lastOffset) >= range.end - 1n) {
      state.pending.delete(partition);
      pausePartitions(state, [partition]);
      await completeIfDone(state);
    }
  };

  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    void markProgress(payload.topic, payload.partition, payload.lastOffset).catch((error) =>
      logger.debug(`progress of ${payload.topic}: ${(error as Error).message}`),
    );
  });
  const enforceDeadlines = () => {
    const now = Date.now();
    for (const state of toRead) {
      if (state.settled) continue;
      if (now > scanDeadline) void failTopic(state, `not read within the scan time budget (${options.scanTimeoutMs} ms)`);
      else if (state.deadline > 0 && now > state.deadline) {
        void failTopic(state, `not read within the topic time budget (${options.topicTimeoutMs} ms); ${state.pending.size} partition(s) unfinished`);
      }
    }
  };
  const timer = setInterval(enforceDeadlines, 100);
  let consumerFailure: string | undefined;
  /**
   * The consumer failed (broker gone, group error): topics already handed to onTopic stay as
   * they are; every topic not yet read fails by name, with the broker addresses and the cause.
   */
  const abandon = async (error: unknown) => {
    if (consumerFailure !== undefined) return;
    const cause = (error as Error)?.message ?? String(error);
    const where = brokers.length > 0 ? `Kafka at ${brokers.join(',')}` : 'Kafka';
    consumerFailure = `${where} failed during sampling: ${cause}`;
    const unread = toRead.filter((state) => !state.settled).map((state) => state.topic);
    if (unread.length > 0) {
      logger.warn(`${consumerFailure}; ${unread.length} topic(s) not read (their committed files are kept): ${unread.join(', ')}`);
    }
    for (const state of toRead) await failTopic(state, `not read: ${consumerFailure}`);
    resolveAllDone();
  };
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    void abandon(payload.error).catch((error) => logger.debug(`after the consumer crash: ${(error as Error).message}`));
  });

  try {
    await consumer.connect();
    await consumer.subscribe({ topics: toRead.map((state) => state.topic), fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 4,
      eachBatch: async ({ batch }) => {
        const state = progress.get(batch.topic);
        const range = state?.ranges.get(batch.partition);
        if (!state || !range || state.settled || !state.pending.has(batch.partition)) return;
        for (const message of batch.messages) {
          const offset = BigInt(message.offset);
          if (offset < range.start || offset >= range.end) continue;
          const size = (message.key?.length ?? 0) + (message.value?.length ?? 0);
          if (state.bytes + size > options.maxBytesPerTopic && state.records.length > 0) {
            state.truncatedByBytes = true;
            state.pending.clear();
            pausePartitions(state, [...state.ranges.keys()]);
            break;
          }
          state.bytes += size;
          state.records.push({
            partition: batch.partition,
            offset: message.offset,
            key: message.key ?? null,
            value: message.value ?? null,
            headers: message.headers ?? {},
          });
        }
        await completeIfDone(state);
      },
    });
    const seekStarted = Date.now();
    for (const state of toRead) {
      state.deadline = seekStarted + options.topicTimeoutMs;
      for (const range of state.ranges.values()) {
        consumer.seek({ topic: state.topic, partition: range.partition, offset: range.start.toString() });
      }
    }
    enforceDeadlines();
    logger.debug(`sampling: consumer group joined and partitions sought after ${Date.now() - started} ms`);
    await allDone;
    logger.debug(`sampling: all topics read after ${Date.now() - started} ms`);
  } catch (error) {
    await abandon(error);
  } finally {
    clearInterval(timer);
    await consumer.disconnect().catch((error) => logger.debug(`consumer disconnect: ${(error as Error).message}`));
    await deleteGroup(admin, groupId, logger, consumerFailure === undefined ? 5 : 1);
  }
}

/** Topics per extra admin connection when reading offsets. */
const TOPICS_PER_OFFSET_CLIENT = 100;
const MAX_OFFSET_CLIENTS = 8;

/**
 * Earliest and latest offsets of every partition: all topics in one request per broker when
 * possible (batch-offsets.ts); otherwise topic by topic (so a failing topic fails alone),
 * spread over a few admin connections because a broker serves one request at a time per
 * connection (1,000 topics: ~5 s on one connection, ~1 s on eight).
 */
async function fetchAllTopicOffsets(
  kafka: Kafka,
  admin: Admin,
  topics: string[],
  logger: Logger,
): Promise<Map<string, { offsets: PartitionOffsets[] } | { error: string }>> {
  const results = new Map<string, { offsets: PartitionOffsets[] } | { error: string }>();
  try {
    const batched = await fetchOffsetsInOneRequest(kafka, topics);
    if (batched) {
      for (const [topic, offsets] of batched) results.set(topic, { offsets });
      return results;
    }
  } catch (error) {
    logger.debug(`offsets in one request failed (${(error as Error).message}); reading them topic by topic`);
  }
  const clients = Math.min(MAX_OFFSET_CLIENTS, Math.ceil(topics.length / TOPICS_PER_OFFSET_CLIENT));
  const shards = Array.from({ length: Math.max(1, clients) }, (_, shard) => topics.filter((_, i) => i % Math.max(1, clients) === shard));
  await Promise.all(
    shards.map(async (shard, index) => {
      const client = index === 0 ? admin : kafka.admin();
      try {
        if (client !== admin) {
          await client.connect();
          await client.fetchTopicMetadata({ topics: shard }); // one metadata request for the whole shard
        }
        await mapWithConcurrency(shard, 8, async (topic) => {
          try {
            results.set(topic, { offsets: await client.fetchTopicOffsets(topic) });
          } catch (error) {
            results.set(topic, { error: (error as Error).message });
          }
        });
      } catch (error) {
        for (const topic of shard) if (!results.has(topic)) results.set(topic, { error: (error as Error).message });
      } finally {
        if (client !== admin) await client.disconnect().catch((error) => logger.debug(`offset client disconnect: ${(error as Error).message}`));
      }
    }),
  );
  return results;
}

function compareOffsets(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

async function deleteGroup(admin: Admin, groupId: string, logger: Logger, attempts: number): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await admin.deleteGroups([groupId]);
      return;
    } catch (error) {
      const text = JSON.stringify((error as { groups?: unknown }).groups ?? (error as Error).message);
      if (/GROUP_ID_NOT_FOUND/.test(text)) return;
      if (attempt === attempts) logger.warn(`could not delete the throwaway consumer group ${groupId}: ${text}`);
      else await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
    }
  }
}
