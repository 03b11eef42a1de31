import { expect } from '@jest/globals';
import type { FetchResponse, InternalBroker, InternalCluster } from '../../../src/kafka/kafkajs-internals';
import { partitionCursor, readPartitions, type PartitionCursor, type ReaderHooks, type SampledRecord } from '../../../src/kafka/partition-reader';
import { silentLogger } from '../../../src/util/log';

/**
 * The reader's routing of failures, on a scripted in-memory cluster: the fault cases a single
 * local broker cannot be made to produce on demand (a leader moving, an error on one topic of a
 * many-topic request, an empty batch left by compaction). The happy paths, transactions,
 * retention, authorization and a broker stopped mid-read run against real brokers in
 * test/integration.
 */
type Script = (request: Array<{ topic: string; partition: number; offset: bigint }>, call: number) => Error | undefined;

function fakeCluster(log: Record<string, number>, script: Script = () => undefined) {
  const requests: string[][] = [];
  let leader = 1;
  const error = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });
  const broker: InternalBroker = {
    brokerAddress: '127.0.0.1:1',
    fetch({ topics }) {
      const request = topics.flatMap(({ topic, partitions }) => partitions.map((p) => ({ topic, partition: p.partition, offset: BigInt(p.fetchOffset) })));
      requests.push(request.map((r) => `${r.topic}[${r.partition}]@${r.offset}`));
      const failure = script(request, requests.length);
      if (failure) return Promise.reject(failure);
      const response: FetchResponse = { responses: [] };
      for (const { topic, partition, offset } of request) {
        const end = BigInt(log[`${topic}[${partition}]`] ?? 0);
        const messages = [];
        // "empty" partitions hold only a record batch emptied by compaction: nothing decodes
        if (!topic.startsWith('empty')) {
          for (let o = offset; o < end && o < offset + 2n; o++) {
            messages.push({
              offset: String(o),
              key: null,
              value: Buffer.from(`{"o":${o}}`),
              headers: {},
              batchContext: { producerId: '-1', inTransaction: false },
            });
          }
        }
        response.responses.push({ topicName: topic, partitions: [{ partition, messages }] });
      }
      return Promise.resolve(response);
    },
    listOffsets: () => Promise.resolve({ responses: [] }),
    describeConfigs: () => Promise.resolve({ resources: [] }),
  };
  const cluster: InternalCluster = {
    connect: () => Promise.resolve(),
    disconnect: () => Promise.resolve(),
    getNodeIds: () => ['1', '2'],
    refreshMetadata: () => Promise.resolve(void (leader = 2)),
    addMultipleTargetTopics: () => Promise.resolve(),
    findTopicPartitionMetadata: (topic) =>
      Object.keys(log)
        .filter((key) => key.startsWith(`${topic}[`))
        .map((key) => ({ partitionId: Number(key.slice(topic.length + 1, -1)), leader: topic.startsWith('leaderless') ? -1 : leader })),
    findBroker: () => Promise.resolve(broker),
    fetchTopicsOffset: () => Promise.resolve([]),
  };
  return { cluster, requests, error };
}

function recorder() {
  const records = new Map<string, SampledRecord[]>();
  const failures: Array<{ topics: string[]; reason: string; kind: string }> = [];
  const requested: string[][] = [];
  const hooks: ReaderHooks = {
    onRequest: (cursors) => void requested.push(cursors.map((c) => `${c.topic}[${c.partition}]@${c.next}`)),
    onRecords: (cursor, batch) => void records.set(cursor.topic, [...(records.get(cursor.topic) ?? []), ...batch]),
    roomForNextResponse: () => Promise.resolve(),
    onFailure: (cursors, reason, kind) => void failures.push({ topics: [...new Set(cursors.map((c) => c.topic))], reason, kind }),
  };
  return { records, failures, hooks, requested };
}

const options = { maxBytesPerPartition: 1024, maxBytesPerResponse: 1024 * 1024, maxWaitMs: 1, retries: 2, retryBackoffMs: 1 };
const cursorsOf = (log: Record<string, number>): PartitionCursor[] =>
  Object.entries(log).map(([key, end]) => {
    const [, topic, partition] = /^(.*)\[(\d+)\]$/.exec(key)!;
    return partitionCursor(topic!, Number(partition), 0n, BigInt(end));
  });

describe('readPartitions', () => {
  it('reads every partition to its end over several requests, one request for all open partitions', async () => {
    const log = { 'a[0]': 5, 'a[1]': 1, 'b[0]': 3 };
    const { cluster, requests } = fakeCluster(log);
    const { records, failures, hooks, requested } = recorder();
    const cursors = cursorsOf(log);
    await readPartitions(cluster, cursors, hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(requested.map((request) => [...request].sort())).toEqual(requests.map((request) => [...request].sort())); // told before each request
    expect(
      records
        .get('a')!
        .map((r) => `${r.partition}@${r.offset}`)
        .sort(),
    ).toEqual(['0@0', '0@1', '0@2', '0@3', '0@4', '1@0']);
    expect(records.get('b')).toHaveLength(3);
    expect(requests).toHaveLength(3); // 2 records per partition per response
    expect(requests[0]).toHaveLength(3);
    expect(cursors.every((cursor) => cursor.done)).toBe(true);
  });

  it('asks for at most 1,000 partitions at once, the first open ones in order, so topics finish early', async () => {
    const log = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`t${String(i).padStart(4, '0')}[0]`, 1]));
    const { cluster, requests } = fakeCluster(log);
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(requests.map((request) => request.length)).toEqual([1000, 500]);
    expect(requests[0]!.every((partition) => partition < 't1000')).toBe(true);
    expect(records.size).toBe(1500);
  });

  it('sends each partition to its own leader, one reading loop per broker', async () => {
    const log = { 'a[0]': 1, 'a[1]': 1, 'b[0]': 1 };
    const { cluster } = fakeCluster(log);
    const asked = new Map<string, string[]>();
    const leaderOf = (topic: string, partition: number) => (topic === 'a' && partition === 1 ? 2 : 1);
    cluster.findTopicPartitionMetadata = (topic) =>
      Object.keys(log)
        .filter((key) => key.startsWith(`${topic}[`))
        .map((key) => Number(key.slice(topic.length + 1, -1)))
        .map((partitionId) => ({ partitionId, leader: leaderOf(topic, partitionId) }));
    const findBroker = cluster.findBroker.bind(cluster);
    cluster.findBroker = async ({ nodeId }) => {
      const broker = await findBroker({ nodeId });
      return {
        ...broker,
        brokerAddress: `node-${nodeId}`,
        fetch: (request) => {
          const partitions = request.topics.flatMap(({ topic, partitions }) => partitions.map((p) => `${topic}[${p.partition}]`));
          asked.set(nodeId, [...(asked.get(nodeId) ?? []), ...partitions]);
          return broker.fetch(request);
        },
      };
    };
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(asked.get('1')?.sort()).toEqual(['a[0]', 'b[0]']);
    expect(asked.get('2')).toEqual(['a[1]']);
    expect(records.get('a')).toHaveLength(2);
  });

  it('retries a round with fresh metadata when a leader moved', async () => {
    const log = { 'a[0]': 2 };
    const { cluster, error, requests } = fakeCluster(log, (_, call) =>
      call === 1 ? error('KafkaJSProtocolError', { type: 'NOT_LEADER_OR_FOLLOWER' }) : undefined,
    );
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(records.get('a')).toHaveLength(2);
    expect(requests).toHaveLength(2);
  });

  it('pins an error of one topic on that topic alone (fetched one topic at a time) and reads the others', async () => {
    const log = { 'a[0]': 2, 'denied[0]': 2, 'denied[1]': 2, 'c[0]': 2 };
    const { cluster, error } = fakeCluster(log, (request) =>
      request.some((r) => r.topic === 'denied') ? error('KafkaJSProtocolError', { type: 'TOPIC_AUTHORIZATION_FAILED', message: 'Not authorized' }) : undefined,
    );
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([{ topics: ['denied'], reason: 'Not authorized', kind: 'topic' }]);
    expect(records.get('a')).toHaveLength(2);
    expect(records.get('c')).toHaveLength(2);
  });

  it('goes back to shared requests once the topic at fault is found', async () => {
    const log = { 'a[0]': 2, 'denied[0]': 2, 'c[0]': 2, 'd[0]': 2, 'e[0]': 2 };
    const { cluster, error, requests } = fakeCluster(log, (request) =>
      request.some((r) => r.topic === 'denied') ? error('KafkaJSProtocolError', { type: 'TOPIC_AUTHORIZATION_FAILED', message: 'Not authorized' }) : undefined,
    );
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures.map((failure) => failure.topics)).toEqual([['denied']]);
    expect(['a', 'c', 'd', 'e'].map((topic) => records.get(topic)?.length)).toEqual([2, 2, 2, 2]);
    // all five, then a alone, then denied alone (fails), then c, d and e together
    expect(requests.map((request) => request.length)).toEqual([5, 1, 1, 3]);
  });

  it('retries more leader moves over a long read as long as each round makes progress', async () => {
    const log = { 'a[0]': 10 };
    const { cluster, error } = fakeCluster(log, (_, call) => (call % 2 === 0 ? error('KafkaJSProtocolError', { type: 'NOT_LEADER_OR_FOLLOWER' }) : undefined));
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(records.get('a')).toHaveLength(10); // 4 moves, more than the 2 retries
  });

  it('gives up after the retries when the broker stays unreachable, failing what is left as a connection failure', async () => {
    const log = { 'a[0]': 4, 'b[0]': 1 };
    const { cluster, error, requests } = fakeCluster(log, (_, call) =>
      call > 1 ? error('KafkaJSConnectionError', { message: 'Connection error: connect ECONNREFUSED' }) : undefined,
    );
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(records.get('b')).toHaveLength(1); // read before the broker went away
    expect(failures).toEqual([{ topics: ['a'], reason: 'broker 127.0.0.1:1: Connection error: connect ECONNREFUSED', kind: 'connection' }]);
    expect(requests).toHaveLength(1 + 1 + options.retries);
  });

  it('ends a partition whose records retention removed meanwhile (offset out of range)', async () => {
    const log = { 'a[0]': 4, 'b[0]': 2 };
    const { cluster, error } = fakeCluster(log, (request) =>
      request.some((r) => r.topic === 'a' && r.offset >= 2n) ? error('KafkaJSOffsetOutOfRange', { topic: 'a', partition: 0 }) : undefined,
    );
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(records.get('a')).toHaveLength(2);
    expect(records.get('b')).toHaveLength(2);
  });

  it('fetches a partition that keeps returning nothing alone, then ends it instead of looping', async () => {
    const log = { 'empty[0]': 3, 'a[0]': 6 };
    const { cluster, requests } = fakeCluster(log);
    const { records, failures, hooks } = recorder();
    const cursors = cursorsOf(log);
    await readPartitions(cluster, cursors, hooks, silentLogger, options);
    expect(failures).toEqual([]);
    expect(records.get('a')).toHaveLength(6);
    expect(records.get('empty')).toBeUndefined();
    expect(requests.filter((request) => request.length === 1 && request[0]!.startsWith('empty'))).toHaveLength(1);
    expect(cursors.every((cursor) => cursor.done)).toBe(true);
  });

  it('fails the topic of a partition without a leader', async () => {
    const log = { 'leaderless[0]': 2, 'a[0]': 1 };
    const { cluster } = fakeCluster(log);
    const { records, failures, hooks } = recorder();
    await readPartitions(cluster, cursorsOf(log), hooks, silentLogger, options);
    expect(failures).toMatchObject([{ topics: ['leaderless'], kind: 'topic', reason: expect.stringMatching(/no leader/) }]);
    expect(records.get('a')).toHaveLength(1);
  });
});
