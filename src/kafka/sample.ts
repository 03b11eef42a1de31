import type { Logger } from '../util/log';
import { mapWithConcurrency } from '../util/concurrency';
import { hasMetadata, readOffsetsInBatches } from './batch-offsets';
import { needsNewMetadata, type InternalCluster } from './kafkajs-internals';
import { partitionCursor, readPartitions, type PartitionCursor, type SampledRecord } from './partition-reader';
import { createHandOverQueue } from './hand-over';
import { planPartitionRanges, type PartitionOffsets, type SampleFrom } from './sample-plan';

export interface SampleOptions {
  /** Records per partition (default 100). */
  samplesPerPartition: number;
  from: SampleFrom;
  /** Stop reading a topic after this many key+value bytes (default 16 MiB). */
  maxBytesPerTopic: number;
  /** A topic not fully read within this time from its first fetch request fails (default 60 s). */
  topicTimeoutMs: number;
  /** The whole sampling stage ends after this time; unfinished topics fail (default 10 min). */
  scanTimeoutMs: number;
  /** Records held for hand-over, in bytes, above which the next fetch waits (HELD_BYTES_BEFORE_NEXT_FETCH). */
  heldBytesBeforeNextFetch?: number;
}

export const defaultSampleOptions: SampleOptions = {
  samplesPerPartition: 100,
  from: 'latest',
  maxBytesPerTopic: 16 * 1024 * 1024,
  topicTimeoutMs: 60_000,
  scanTimeoutMs: 600_000,
};

export type { SampledRecord } from './partition-reader';

export type TopicSample = { topic: string; ok: true; records: SampledRecord[]; truncatedByBytes: boolean } | { topic: string; ok: false; error: string };

interface TopicProgress {
  topic: string;
  cursors: PartitionCursor[];
  records: SampledRecord[];
  bytes: number;
  truncatedByBytes: boolean;
  /** When its first fetch request was sent (0: not yet): the topic's time budget runs from there. */
  requestedAt: number;
}

/**
 * Reads bounded samples from many topics without any consumer group: partition offsets in two
 * ListOffsets requests per leader, then Fetch requests by offset to each partition's leader
 * (partition-reader.ts), all on `cluster`'s connections (connected by the caller, and usually
 * holding the topics' metadata from discovery). Nothing is joined, committed or left behind;
 * existing consumer groups are never touched. Each topic is handed to `onTopic` as soon as it is
 * complete (or failed), while the next fetch is in flight, so memory holds only topics still
 * being read.
 */
export async function sampleTopics(
  cluster: InternalCluster,
  topics: string[],
  options: SampleOptions,
  onTopic: (sample: TopicSample) => Promise<void>,
  logger: Logger,
  /** Broker addresses, named in the error when the brokers are lost mid-scan. */
  brokers: readonly string[] = [],
): Promise<void> {
  const started = Date.now();
  const scanDeadline = started + options.scanTimeoutMs;
  const pending = await planTopics(cluster, topics, options, onTopic, logger);
  logger.debug(`sampling: offsets of ${topics.length} topic(s) read in ${Date.now() - started} ms`);
  for (const [topic, error] of await loadMetadata(cluster, [...pending.keys()])) {
    pending.delete(topic);
    await onTopic({ topic, ok: false, error: `could not read metadata: ${error}` });
  }
  await readTopics(cluster, pending, options, scanDeadline, onTopic, logger, brokers);
  logger.debug(`sampling: all topics read after ${Date.now() - started} ms`);
}

/**
 * Each topic's partitions to read, by topic in the caller's order; a topic whose offsets cannot
 * be read is handed over as failed. The offsets themselves are not kept.
 */
async function planTopics(
  cluster: InternalCluster,
  topics: string[],
  options: SampleOptions,
  onTopic: (sample: TopicSample) => Promise<void>,
  logger: Logger,
): Promise<Map<string, TopicProgress>> {
  const pending = new Map<string, TopicProgress>();
  const offsets = await fetchAllTopicOffsets(cluster, topics, logger);
  for (const topic of topics) {
    const result = offsets.get(topic)!;
    if ('error' in result) {
      await onTopic({ topic, ok: false, error: `could not read offsets: ${result.error}` });
      continue;
    }
    const ranges = planPartitionRanges(result.offsets, options.samplesPerPartition, options.from);
    const cursors = ranges.map((range) => partitionCursor(topic, range.partition, range.start, range.end));
    pending.set(topic, { topic, cursors, records: [], bytes: 0, truncatedByBytes: false, requestedAt: 0 });
  }
  return pending;
}

const TOPICS_HANDED_OVER_CONCURRENTLY = 64;

/**
 * Bytes of records read and not yet handed over above which the next fetch waits: with one
 * fetch response (at most 16 MiB, partition-reader.ts) on top, this bounds the records in memory
 * at any topic count. Smaller responses would bound it lower but cost a round trip each: at
 * 20 ms from the cluster, 4 MiB responses made the scan 1.45× the bare consumer instead of 1.1×.
 */
export const HELD_BYTES_BEFORE_NEXT_FETCH = 8 * 1024 * 1024;

async function readTopics(
  cluster: InternalCluster,
  pending: Map<string, TopicProgress>,
  options: SampleOptions,
  scanDeadline: number,
  onTopic: (sample: TopicSample) => Promise<void>,
  logger: Logger,
  brokers: readonly string[],
): Promise<void> {
  // Handing a topic over (decode, infer, write) waits mostly on the file system: several run at
  // once, and the reader goes on fetching while they do; all have finished before this returns.
  const handOver = createHandOverQueue(onTopic, TOPICS_HANDED_OVER_CONCURRENTLY, options.heldBytesBeforeNextFetch ?? HELD_BYTES_BEFORE_NEXT_FETCH);
  // A settled topic leaves `pending` (and the reader drops its done cursors): what a scan keeps
  // of a topic it has read is its outcome alone, so memory stays flat in the topic count.
  const settle = (state: TopicProgress, sample: TopicSample) => {
    if (!pending.delete(state.topic)) return;
    for (const cursor of state.cursors) cursor.done = true;
    handOver.push(sample, state.bytes);
  };
  const completeIfDone = (state: TopicProgress) => {
    if (!pending.has(state.topic) || state.cursors.some((cursor) => !cursor.done)) return;
    const records = state.records.sort((a, b) => a.partition - b.partition || compareOffsets(a.offset, b.offset));
    settle(state, { topic: state.topic, ok: true, records: ownBytes(records, state.bytes), truncatedByBytes: state.truncatedByBytes });
  };
  const enforceDeadlines = () => {
    const now = Date.now();
    for (const state of pending.values()) {
      if (now > scanDeadline) settle(state, { topic: state.topic, ok: false, error: `not read within the scan time budget (${options.scanTimeoutMs} ms)` });
      else if (state.requestedAt > 0 && now > state.requestedAt + options.topicTimeoutMs) {
        const unfinished = state.cursors.filter((cursor) => !cursor.done).length;
        settle(state, {
          topic: state.topic,
          ok: false,
          error: `not read within the topic time budget (${options.topicTimeoutMs} ms); ${unfinished} partition(s) unfinished`,
        });
      }
    }
  };

  for (const state of pending.values()) completeIfDone(state); // nothing to read: empty, or emptied by retention
  enforceDeadlines();
  await handOver.room();
  const timer = setInterval(enforceDeadlines, 100);
  try {
    await readPartitions(
      cluster,
      [...pending.values()].flatMap((state) => state.cursors),
      {
        onRecords: (cursor, records) => {
          const state = pending.get(cursor.topic);
          if (state === undefined) return; // settled: failed, or out of time
          for (const record of records) {
            const size = (record.key?.length ?? 0) + (record.value?.length ?? 0);
            if (state.bytes + size > options.maxBytesPerTopic && state.records.length > 0) {
              state.truncatedByBytes = true;
              for (const other of state.cursors) other.done = true;
              break;
            }
            state.bytes += size;
            state.records.push(record);
            handOver.hold(size);
          }
          completeIfDone(state);
        },
        onRequest: (cursors) => {
          const now = Date.now();
          for (const cursor of cursors) {
            const state = pending.get(cursor.topic);
            if (state !== undefined && state.requestedAt === 0) state.requestedAt = now;
          }
        },
        roomForNextResponse: () => {
          enforceDeadlines();
          return handOver.room();
        },
        onFailure: (cursors, reason, kind) => {
          const failed = new Set(cursors.map((cursor) => cursor.topic));
          const error = kind === 'connection' ? `not read: ${brokersText(brokers)} failed during sampling: ${reason}` : `could not read records: ${reason}`;
          if (kind === 'connection') {
            logger.warn(
              `${brokersText(brokers)} failed during sampling: ${reason}; ${failed.size} topic(s) not read (their committed files are kept): ${[...failed].join(', ')}`,
            );
          }
          for (const topic of failed) {
            const state = pending.get(topic);
            if (state !== undefined) settle(state, { topic, ok: false, error });
          }
        },
      },
      logger,
    );
  } finally {
    clearInterval(timer);
  }
  enforceDeadlines();
  await handOver.drained();
}

/**
 * The records with their keys, values and header values copied into one buffer of their own:
 * as read, each is a slice of its whole fetch response, which one held record keeps in memory.
 */
function ownBytes(records: SampledRecord[], bytes: number): SampledRecord[] {
  const block = Buffer.allocUnsafeSlow(bytes);
  let at = 0;
  // `bytes` is exactly the keys' and values' lengths; header values get copies of their own.
  const own = (slice: Buffer): Buffer => {
    const copy = block.subarray(at, at + slice.copy(block, at));
    at += slice.length;
    return copy;
  };
  for (const record of records) {
    if (record.key !== null) record.key = own(record.key);
    if (record.value !== null) record.value = own(record.value);
    for (const [name, value] of Object.entries(record.headers)) {
      if (Buffer.isBuffer(value)) record.headers[name] = Buffer.from(value);
      else if (Array.isArray(value)) record.headers[name] = value.map((item) => (Buffer.isBuffer(item) ? Buffer.from(item) : item));
    }
  }
  return records;
}

/**
 * Makes the topics the cluster's target topics (their leaders known). Usually a no-op: discovery
 * or reading the offsets did it. When a topic makes that fail (deleted meanwhile), topics are
 * added one at a time and those that fail are returned with the reason.
 */
async function loadMetadata(cluster: InternalCluster, topics: string[]): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  // All of them when one lacks it: kafkajs's next refresh covers only its target topics.
  if (topics.every((topic) => hasMetadata(cluster, topic))) return failures;
  try {
    await cluster.addMultipleTargetTopics(topics);
    return failures;
  } catch {
    for (const topic of topics) {
      await cluster.addMultipleTargetTopics([topic]).catch((error: Error) => failures.set(topic, error.message));
    }
  }
  return failures;
}

function brokersText(brokers: readonly string[]): string {
  return brokers.length > 0 ? `Kafka at ${brokers.join(',')}` : 'Kafka';
}

/** Per-topic offset look-ups in flight at once after the batched look-up failed. */
const TOPICS_LOOKED_UP_CONCURRENTLY = 16;

/**
 * Earliest and latest offsets of every partition: all topics in two requests per leader when
 * possible (batch-offsets.ts); otherwise topic by topic, so a failing topic (deleted meanwhile,
 * not authorized) fails alone.
 */
async function fetchAllTopicOffsets(
  cluster: InternalCluster,
  topics: string[],
  logger: Logger,
): Promise<Map<string, { offsets: PartitionOffsets[] } | { error: string }>> {
  const results = new Map<string, { offsets: PartitionOffsets[] } | { error: string }>();
  try {
    const batched = await withFreshMetadataRetries(cluster, () => readOffsetsInBatches(cluster, topics), logger);
    for (const [topic, offsets] of batched.offsets) results.set(topic, { offsets });
    for (const [topic, partitions] of batched.leaderless) {
      results.set(topic, { error: `partition(s) ${partitions.join(', ')} have no leader (a broker is down, or an election is under way)` });
    }
    return results;
  } catch (error) {
    logger.debug(`offsets in one request failed (${(error as Error).message}); reading them topic by topic`);
  }
  await mapWithConcurrency(topics, TOPICS_LOOKED_UP_CONCURRENTLY, async (topic) => {
    try {
      const { offsets, leaderless } = await readOffsetsInBatches(cluster, [topic]);
      const partitions = leaderless.get(topic);
      if (partitions) results.set(topic, { error: `partition(s) ${partitions.join(', ')} have no leader (a broker is down, or an election is under way)` });
      else results.set(topic, { offsets: offsets.get(topic)! });
    } catch (error) {
      results.set(topic, { error: (error as Error).message });
    }
  });
  return results;
}

const OFFSET_RETRIES = 3;
const OFFSET_RETRY_BACKOFF_MS = 300;

/**
 * `work` again after fresh metadata when a leader moved or a broker did not answer (a new
 * topic's leader may still refuse ListOffsets for a moment): kafkajs's own look-ups retry so.
 */
async function withFreshMetadataRetries<T>(cluster: InternalCluster, work: () => Promise<T>, logger: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt > OFFSET_RETRIES || !needsNewMetadata(error)) throw error;
      logger.debug(`offsets: ${(error as Error).message}; retry ${attempt} of ${OFFSET_RETRIES} after refreshing metadata`);
      await new Promise((resolve) => setTimeout(resolve, OFFSET_RETRY_BACKOFF_MS * 2 ** (attempt - 1)));
      await cluster.refreshMetadata().catch((refresh: Error) => logger.debug(`metadata refresh: ${refresh.message}`));
    }
  }
}

/**
 * Orders two offsets as Kafka writes them (decimal, non-negative, no leading zeros): the shorter
 * is the smaller, and at equal length the text order is the numeric one. Exact beyond 2^53,
 * without parsing a BigInt (four per record took 4% of a scan's CPU in the evidence).
 */
export function compareOffsets(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
