import type { IHeaders } from 'kafkajs';
import type { Logger } from '../util/log';
import {
  abortedRecords,
  hasLeader,
  needsNewMetadata,
  offsetOutOfRangeOf,
  READ_COMMITTED,
  type FetchResponse,
  type InternalBroker,
  type InternalCluster,
} from './kafkajs-internals';

export interface SampledRecord {
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
  /** Milliseconds since the epoch, as the record batch carries it (evidence: the sample's time range). */
  timestamp?: string;
}

/** Where reading one partition stands. */
export interface PartitionCursor {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to read. */
  next: bigint;
  /** Reading ends before this offset. */
  readonly end: bigint;
  /** No more reading: the end is reached, or the caller gave up on the partition (budget, failure). */
  done: boolean;
  /** Responses in a row, with room to spare, that brought this partition nothing. */
  stalls: number;
}

export function partitionCursor(topic: string, partition: number, start: bigint, end: bigint): PartitionCursor {
  return { topic, partition, next: start, end, done: start >= end, stalls: 0 };
}

export interface ReaderHooks {
  /** A request for these partitions is about to be sent. */
  onRequest?(cursors: PartitionCursor[]): void;
  /** One partition's committed records from one response, in offset order, all in [next, end). */
  onRecords(cursor: PartitionCursor, records: SampledRecord[]): void;
  /**
   * After each response was handed over: the next request to that broker waits for this (the
   * caller's room for more records), so what it holds between fetches stays bounded.
   */
  roomForNextResponse(): Promise<void>;
  /**
   * These partitions cannot be read (`topic`: an error of their topic, such as authorization;
   * `connection`: a broker that stays unreachable). The caller settles their topics.
   */
  onFailure(cursors: PartitionCursor[], reason: string, kind: 'topic' | 'connection'): void;
}

export interface ReaderOptions {
  maxBytesPerPartition: number;
  maxBytesPerResponse: number;
  maxWaitMs: number;
  /** Rounds that end in a retriable error (leader moved, broker unreachable) before giving up. */
  retries: number;
  retryBackoffMs: number;
}

export const defaultReaderOptions: ReaderOptions = {
  maxBytesPerPartition: 1024 * 1024,
  // A decoded response (an object per record) is larger than its bytes; sample.ts bounds what is held besides.
  maxBytesPerResponse: 16 * 1024 * 1024,
  maxWaitMs: 100,
  retries: 3,
  retryBackoffMs: 300,
};

/** A partition that got nothing in this many roomy responses is fetched alone (then its first batch always comes). */
const STALLS_BEFORE_ALONE = 2;

/**
 * Reads partitions by offset with Fetch requests to their leaders: no consumer group, so
 * nothing to join, commit or delete, and only Topic Read is needed. One request per leader
 * covers up to 1,000 partitions still open on it; the next request is sent as soon as the caller
 * has room for its records (roomForNextResponse), and is in flight while the caller goes on
 * handing over what it holds, so writing overlaps fetching. READ_COMMITTED: aborted
 * records and transaction markers are skipped, and the offsets move past them.
 * Returns when every cursor is done; failures are reported through the hooks, never thrown.
 * The cursors are taken out of `cursors` (it is left empty) into per-leader lists that drop the
 * done ones as the reading goes, so a topic read to its end leaves memory during the scan.
 */
export async function readPartitions(
  cluster: InternalCluster,
  cursors: PartitionCursor[],
  hooks: ReaderHooks,
  logger: Logger,
  options: ReaderOptions = defaultReaderOptions,
): Promise<void> {
  let open = dropDone(cursors.splice(0));
  for (let failedRounds = 0; open.length > 0;) {
    const byLeader = groupByLeader(cluster, open, hooks);
    open = []; // during the round only the leaders' lists hold cursors, and they drop the done ones
    const rounds = await Promise.all([...byLeader].map(([nodeId, group]) => readFromLeader(cluster, nodeId, group, hooks, logger, options)));
    open = dropDone([...byLeader.values()].flat());
    const errors = rounds.flatMap((round) => (round.error === undefined ? [] : [round.error]));
    if (errors.length === 0) continue; // leaders that moved or vanished: regrouped next round
    // Retries count rounds in a row that read nothing: a long scan may see several leader moves.
    failedRounds = rounds.some((round) => round.moved) ? 1 : failedRounds + 1;
    const reason = errorText(errors[0]);
    if (failedRounds > options.retries) {
      if (open.length > 0) fail(hooks, open, reason, 'connection');
      return;
    }
    logger.debug(`fetch round failed (${reason}); retry ${failedRounds} of ${options.retries} after refreshing metadata`);
    await sleep(options.retryBackoffMs * 2 ** (failedRounds - 1));
    await cluster.refreshMetadata().catch((error) => logger.debug(`metadata refresh: ${errorText(error)}`));
  }
}

/** Open cursors by the node id of their partition's leader; partitions without one fail their topic. */
function groupByLeader(cluster: InternalCluster, open: PartitionCursor[], hooks: ReaderHooks): Map<string, PartitionCursor[]> {
  const byLeader = new Map<string, PartitionCursor[]>();
  const leaderless = new Map<string, PartitionCursor[]>();
  const leadersByTopic = new Map<string, Map<number, number | null | undefined>>();
  for (const cursor of open) {
    let leaders = leadersByTopic.get(cursor.topic);
    if (leaders === undefined) {
      leaders = new Map();
      try {
        for (const { partitionId, leader } of cluster.findTopicPartitionMetadata(cursor.topic)) leaders.set(partitionId, leader);
      } catch {
        // no metadata for the topic: leaderless below
      }
      leadersByTopic.set(cursor.topic, leaders);
    }
    const leader = leaders.get(cursor.partition);
    const target = hasLeader(leader) ? byLeader : leaderless;
    const key = hasLeader(leader) ? String(leader) : cursor.topic;
    const group = target.get(key);
    if (group) group.push(cursor);
    else target.set(key, [cursor]);
  }
  for (const [topic, group] of leaderless) {
    const partitions = group.map((cursor) => cursor.partition).join(', ');
    fail(hooks, group, `partition(s) ${partitions} of topic ${topic} have no leader (the topic was deleted or is unavailable)`, 'topic');
  }
  return byLeader;
}

/** A response is applied as it arrives, so no frame holds it (decoded, it is several times its size) while the caller makes room. */
type Outcome = { moved: boolean } | { error: unknown };

/**
 * Reads the cursors led by one broker until they are done. Returns whether any partition moved
 * on, and the error that ended it early, naming the broker, when a retry of the round may help
 * (connection lost, leadership moved).
 */
async function readFromLeader(
  cluster: InternalCluster,
  nodeId: string,
  cursors: PartitionCursor[],
  hooks: ReaderHooks,
  logger: Logger,
  options: ReaderOptions,
): Promise<{ moved: boolean; error?: Error }> {
  let broker: InternalBroker;
  try {
    broker = await cluster.findBroker({ nodeId });
  } catch (error) {
    return { moved: false, error: new Error(`broker node ${nodeId}: ${errorText(error)}`) };
  }
  let moved = false;
  /** After an error that names no partition, topics are fetched one at a time so it fails only its own. */
  let oneTopicAtATime = false;
  const send = (batch: PartitionCursor[]): Promise<Outcome> => {
    hooks.onRequest?.(batch);
    return broker
      .fetch({
        isolationLevel: READ_COMMITTED,
        maxWaitTime: options.maxWaitMs,
        minBytes: 1,
        maxBytes: options.maxBytesPerResponse,
        topics: fetchTopics(batch, batch.length === 1 ? options.maxBytesPerResponse : options.maxBytesPerPartition),
      })
      .then(
        (response): Outcome => ({ moved: applyResponse(response, batch, hooks, options, logger) }),
        (error: unknown) => ({ error }),
      );
  };
  let batch = nextBatch(cursors, oneTopicAtATime);
  let inFlight = batch.length > 0 ? send(batch) : undefined;
  while (inFlight !== undefined) {
    const outcome = await inFlight;
    if ('error' in outcome) {
      const { error } = outcome;
      const outOfRange = offsetOutOfRange(error, batch);
      if (outOfRange !== undefined) {
        // Retention removed the rest of the partition since its offsets were read.
        outOfRange.done = true;
      } else if (needsNewMetadata(error)) {
        return { moved, error: new Error(`broker ${broker.brokerAddress}: ${errorText(error)}`) };
      } else if (new Set(batch.map((cursor) => cursor.topic)).size > 1) {
        oneTopicAtATime = true; // kafkajs names no partition for other errors: find the topic at fault
      } else {
        fail(hooks, batch, errorText(error), 'topic');
        oneTopicAtATime = false; // the topic at fault is found: the others go back to shared requests
      }
      batch = nextBatch(cursors, oneTopicAtATime);
      inFlight = batch.length > 0 ? send(batch) : undefined;
      continue;
    }
    moved ||= outcome.moved;
    await hooks.roomForNextResponse();
    batch = nextBatch(cursors, oneTopicAtATime);
    inFlight = batch.length > 0 ? send(batch) : undefined;
  }
  return { moved };
}

/** Removes the done cursors from `cursors`, in place, and returns it. */
function dropDone(cursors: PartitionCursor[]): PartitionCursor[] {
  let kept = 0;
  for (const cursor of cursors) if (!cursor.done) cursors[kept++] = cursor;
  cursors.length = kept;
  return cursors;
}

/**
 * Partitions per request: the first open ones in the caller's order (topic by topic), so topics
 * complete and leave memory early instead of all being half read at once.
 */
const MAX_PARTITIONS_PER_REQUEST = 1000;

/** The cursors of the next request: the first open ones, a stalled one alone, or one topic's after an error. */
function nextBatch(cursors: PartitionCursor[], oneTopicAtATime: boolean): PartitionCursor[] {
  const open = dropDone(cursors);
  const stalled = open.find((cursor) => cursor.stalls >= STALLS_BEFORE_ALONE);
  if (stalled) return [stalled];
  if (oneTopicAtATime && open.length > 0) return open.filter((cursor) => cursor.topic === open[0]!.topic);
  return open.slice(0, MAX_PARTITIONS_PER_REQUEST);
}

function fetchTopics(batch: PartitionCursor[], maxBytes: number) {
  const byTopic = new Map<string, Array<{ partition: number; fetchOffset: string; maxBytes: number }>>();
  for (const cursor of batch) {
    const partitions = byTopic.get(cursor.topic) ?? [];
    partitions.push({ partition: cursor.partition, fetchOffset: cursor.next.toString(), maxBytes });
    byTopic.set(cursor.topic, partitions);
  }
  return [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
}

/** Hands each partition's records over and moves its cursor on; returns whether any cursor moved. */
function applyResponse(response: FetchResponse, batch: PartitionCursor[], hooks: ReaderHooks, options: ReaderOptions, logger: Logger): boolean {
  const requested = new Map<string, PartitionCursor>();
  for (const cursor of batch) requested.set(partitionKey(cursor.topic, cursor.partition), cursor);
  const answered = new Set<PartitionCursor>();
  let bytes = 0;
  let moved = false;
  for (const { topicName, partitions } of response.responses) {
    for (const data of partitions) {
      const cursor = requested.get(partitionKey(topicName, data.partition));
      if (cursor === undefined || cursor.done || data.messages.length === 0) continue;
      answered.add(cursor);
      const aborted = data.abortedTransactions?.length ? abortedRecords(data) : undefined;
      const records: SampledRecord[] = [];
      let last = cursor.next - 1n;
      for (const message of data.messages) {
        bytes += (message.key?.length ?? 0) + (message.value?.length ?? 0);
        const offset = BigInt(message.offset);
        if (offset > last) last = offset;
        // A compressed batch may start before the requested offset.
        if (offset < cursor.next || offset >= cursor.end || message.isControlRecord || aborted?.has(message)) continue;
        records.push({
          partition: data.partition,
          offset: message.offset,
          key: message.key ?? null,
          value: message.value ?? null,
          headers: hasHeaders(message.headers) ? message.headers : NO_HEADERS,
          timestamp: message.timestamp,
        });
      }
      moved ||= last + 1n !== cursor.next;
      cursor.next = last + 1n;
      cursor.stalls = 0;
      if (cursor.next >= cursor.end) cursor.done = true;
      hooks.onRecords(cursor, records);
    }
  }
  // A response with room to spare that brought an open partition nothing: its next batch is larger
  // than its share of the request (it is fetched alone after a few of these), or nothing is left
  // to read before the end (an empty compacted batch, or a partition already fetched alone).
  const roomy = bytes < options.maxBytesPerResponse / 2;
  for (const cursor of batch) {
    if (cursor.done || answered.has(cursor) || !roomy) continue;
    if (batch.length === 1 && cursor.stalls >= STALLS_BEFORE_ALONE) {
      logger.debug(`${cursor.topic}[${cursor.partition}]: no records at offset ${cursor.next} before the end ${cursor.end}; partition done`);
      cursor.done = true;
    } else cursor.stalls++;
  }
  return moved;
}

/** Shared by every record without headers (most): one empty object per record adds up over a sample. */
const NO_HEADERS: IHeaders = Object.freeze({});

function hasHeaders(headers: IHeaders | undefined): headers is IHeaders {
  for (const _ in headers) return true;
  return false;
}

function partitionKey(topic: string, partition: number): string {
  return `${partition}\u0000${topic}`;
}

/** The cursor an OFFSET_OUT_OF_RANGE error names, if the error is one. */
function offsetOutOfRange(error: unknown, batch: PartitionCursor[]): PartitionCursor | undefined {
  const named = offsetOutOfRangeOf(error);
  return named && batch.find((cursor) => cursor.topic === named.topic && cursor.partition === named.partition);
}

function fail(hooks: ReaderHooks, cursors: PartitionCursor[], reason: string, kind: 'topic' | 'connection'): void {
  for (const cursor of cursors) cursor.done = true;
  hooks.onFailure(cursors, reason, kind);
}

function errorText(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
