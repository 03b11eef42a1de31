import { describe, expect, it } from '@jest/globals';
import { createHandOverQueue } from '../../../src/kafka/hand-over';
import type { FetchResponse, InternalBroker, InternalCluster } from '../../../src/kafka/kafkajs-internals';
import { defaultSampleOptions, sampleTopics, type TopicSample } from '../../../src/kafka/sample';
import { silentLogger } from '../../../src/util/log';
import { retainedBytes } from '../../support/retained-heap';

/**
 * What the sampler holds in memory, on a scripted in-memory cluster (a real broker cannot be
 * made to answer in steps of exactly two topics): records of topics read but not yet handed
 * over must stay within the budget whenever a fetch leaves, however many topics there are, and
 * a handed-over record must not keep its whole fetch response alive.
 */
const RECORDS = 10;
const VALUE_BYTES = 100;
const TOPIC_BYTES = RECORDS * VALUE_BYTES;
/** Partitions per response, as a broker's own response limit would cut it. */
const PARTITIONS_PER_RESPONSE = 2;

/** `record`: keep each fetch and response for the test to look at (off when the test weighs what the sampler keeps). */
function scriptedCluster(topics: string[], record = true) {
  const responses: Buffer[] = [];
  const fetches: string[][] = [];
  const known = new Set(topics);
  let onFetch: (topics: string[]) => void = () => undefined;
  const broker: InternalBroker = {
    brokerAddress: '127.0.0.1:1',
    fetch({ topics: asked }) {
      const partitions = asked.flatMap(({ topic, partitions }) => partitions.map((p) => ({ topic, partition: p.partition, offset: Number(p.fetchOffset) })));
      const answered = partitions.slice(0, PARTITIONS_PER_RESPONSE);
      if (record) fetches.push(answered.map(({ topic }) => topic));
      onFetch(answered.map(({ topic }) => topic));
      // As kafkajs decodes it: every value is a slice of the one response buffer.
      const block = Buffer.alloc(answered.length * TOPIC_BYTES, 'x');
      if (record) responses.push(block);
      const response: FetchResponse = {
        responses: answered.map(({ topic, partition, offset }, i) => ({
          topicName: topic,
          partitions: [
            {
              partition,
              messages: Array.from({ length: RECORDS - offset }, (_, n) => ({
                offset: String(offset + n),
                key: null,
                value: block.subarray(i * TOPIC_BYTES + n * VALUE_BYTES, i * TOPIC_BYTES + (n + 1) * VALUE_BYTES),
                headers: {},
                batchContext: { producerId: '-1', inTransaction: false },
              })),
            },
          ],
        })),
      };
      return Promise.resolve(response);
    },
    listOffsets: ({ topics: asked }) =>
      Promise.resolve({
        responses: asked.map(({ topic, partitions }) => ({
          topic,
          partitions: partitions.map(({ partition, timestamp }) => ({ partition, offset: timestamp === -2 ? '0' : String(RECORDS) })),
        })),
      }),
    describeConfigs: () => Promise.resolve({ resources: [] }),
  };
  const cluster: InternalCluster = {
    connect: () => Promise.resolve(),
    disconnect: () => Promise.resolve(),
    getNodeIds: () => ['1'],
    refreshMetadata: () => Promise.resolve(),
    addMultipleTargetTopics: () => Promise.resolve(),
    findTopicPartitionMetadata: (topic) => (known.has(topic) ? [{ partitionId: 0, leader: 1 }] : []),
    findBroker: () => Promise.resolve(broker),
    fetchTopicsOffset: () => Promise.resolve([]),
  };
  return { cluster, fetches, responses, setOnFetch: (hook: (topics: string[]) => void) => (onFetch = hook) };
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('sampling memory', () => {
  const topics = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, '0')}`);
  const budget = 2.5 * TOPIC_BYTES;

  it('sends no fetch while the records held for hand-over exceed the budget, at any topic count', async () => {
    const { cluster, fetches, setOnFetch } = scriptedCluster(topics);
    const read = new Set<string>();
    const handedOver = new Set<string>();
    const heldAtFetch: number[] = [];
    setOnFetch((answered) => {
      heldAtFetch.push([...read].filter((topic) => !handedOver.has(topic)).length * TOPIC_BYTES);
      for (const topic of answered) read.add(topic);
    });
    const samples: TopicSample[] = [];
    await sampleTopics(
      cluster,
      topics,
      { ...defaultSampleOptions, samplesPerPartition: RECORDS, heldBytesBeforeNextFetch: budget },
      async (sample) => {
        samples.push(sample);
        await macrotask(); // handing a topic over takes longer than a fetch
        handedOver.add(sample.topic);
      },
      silentLogger,
    );
    expect(fetches.length).toBeGreaterThanOrEqual(topics.length / PARTITIONS_PER_RESPONSE);
    expect(samples.map((sample) => [sample.topic, sample.ok && sample.records.length])).toEqual(topics.map((topic) => [topic, RECORDS]));
    expect(Math.max(...heldAtFetch)).toBeLessThanOrEqual(budget);
  });

  it('hands over records that do not share their fetch response', async () => {
    const { cluster, responses } = scriptedCluster(topics.slice(0, 4));
    const samples: TopicSample[] = [];
    await sampleTopics(
      cluster,
      topics.slice(0, 4),
      { ...defaultSampleOptions, samplesPerPartition: RECORDS },
      (sample) => Promise.resolve(void samples.push(sample)),
      silentLogger,
    );
    const fetched = new Set(responses.map((response) => response.buffer));
    for (const sample of samples) {
      if (!sample.ok) throw new Error(sample.error);
      for (const record of sample.records) {
        expect(record.value?.toString()).toBe('x'.repeat(VALUE_BYTES));
        expect(fetched.has(record.value!.buffer as ArrayBuffer)).toBe(false);
        expect(record.value!.buffer.byteLength).toBeLessThanOrEqual(TOPIC_BYTES);
      }
    }
  });
});

describe('what sampling keeps of a topic', () => {
  it('lets each topic go once it is handed over: memory stays flat in the topic count', async () => {
    const count = 10_000;
    const many = Array.from({ length: count }, (_, i) => `topic-${String(i).padStart(5, '0')}`);
    const { cluster } = scriptedCluster(many, false);
    const before = retainedBytes();
    let handedOver = 0;
    let atLast = 0;
    await sampleTopics(
      cluster,
      many,
      { ...defaultSampleOptions, samplesPerPartition: RECORDS },
      (sample) => {
        if (!sample.ok) throw new Error(sample.error);
        if (++handedOver === count) atLast = retainedBytes();
        return Promise.resolve();
      },
      silentLogger,
    );
    expect(handedOver).toBe(count);
    // Before, every topic's progress, partition cursors and offsets stayed until the end: ~450 bytes a topic (35 now).
    expect((atLast - before) / count).toBeLessThan(100);
  });
});

describe('hand-over queue', () => {
  it('hands over at most `concurrency` at once, in order, and lets the held bytes go', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const queue = createHandOverQueue<number>(
      async (item) => {
        running++;
        most = Math.max(most, running);
        await macrotask();
        order.push(item);
        running--;
      },
      3,
      10,
    );
    for (let i = 0; i < 10; i++) {
      queue.hold(5);
      queue.push(i, 5);
    }
    expect(queue.heldBytes).toBe(50);
    await queue.room();
    expect(queue.heldBytes).toBeLessThanOrEqual(10);
    await queue.drained();
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
    expect(queue.heldBytes).toBe(0);
  });

  it('fails room and drained with the first hand-over error', async () => {
    const queue = createHandOverQueue<number>((item) => (item === 1 ? Promise.reject(new Error('disk full')) : macrotask()), 2, 0);
    for (let i = 0; i < 4; i++) queue.push(i, 1);
    await expect(queue.drained()).rejects.toThrow('disk full');
    await expect(queue.room()).rejects.toThrow('disk full');
  });

  it('lets a fetch go when only a topic still being read holds more than the budget', async () => {
    const queue = createHandOverQueue<number>(() => Promise.resolve(), 2, 10);
    queue.hold(100);
    await expect(queue.room()).resolves.toBeUndefined();
  });
});
