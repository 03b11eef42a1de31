import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { CompressionTypes } from 'kafkajs';
import Broker from 'kafkajs/src/broker/index.js';
import { createKafka } from '../../src/kafka/connect';
import { createInternalCluster, READ_COMMITTED, type FetchResponse, type InternalBroker } from '../../src/kafka/kafkajs-internals';
import { silentLogger } from '../../src/util/log';
import { seenMessages } from '../support/fetched-messages';
import { brokers } from '../support/broker';
import { createTopicWith, deleteTopics, testKafka, uniqueTopic } from '../support/kafka-fixtures';
import { kcatProduce, type Codec } from '../support/kcat';

/**
 * The scan's brokers read Fetch responses with the scan's own record decoder
 * (src/kafka/fetch-response.ts). Against a real broker, the same request answered twice: once
 * read by the scan's decoder, once by kafkajs's own (Broker.prototype.fetch on the same broker).
 */
describe("the scan's Fetch decoder on a real broker, against kafkajs's", () => {
  const codecs: Codec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
  const mixed = uniqueTopic('it-fetch-mixed');
  const transactional = uniqueTopic('it-fetch-tx');
  const appendTime = uniqueTopic('it-fetch-append-time');
  const topics = [mixed, transactional, appendTime];
  const cluster = createInternalCluster(createKafka({ brokers }, silentLogger));

  beforeAll(async () => {
    for (const topic of topics) await createTopicWith(topic, 1);
    const admin = testKafka().admin();
    await admin.connect();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: 2, name: appendTime, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }],
    });
    await admin.disconnect();
    // Batches of every codec in one partition (librdkafka writes lz4 and zstd), then kafkajs's records with headers.
    for (const [i, codec] of codecs.entries()) {
      await kcatProduce(
        mixed,
        Array.from({ length: 20 }, (_, n) => ({ key: n % 3 === 0 ? undefined : `k${n}`, value: JSON.stringify({ codec, n, i }) })),
        codec,
      );
    }
    const producer = testKafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic: mixed,
      compression: CompressionTypes.GZIP,
      messages: [
        { key: null, value: '{"h":1}', headers: { trace: 'abc', repeated: ['1', '2'] } },
        { key: 'tomb', value: null },
        { value: '', headers: { empty: '' } },
      ],
    });
    await producer.send({ topic: appendTime, messages: [{ value: '{"a":1}' }, { value: '{"a":2}', timestamp: '1000' }] });
    await producer.disconnect();
    const tx = testKafka().producer({ transactionalId: `${transactional}-tx`, idempotent: true, maxInFlightRequests: 1 });
    await tx.connect();
    for (const commit of [true, false, true]) {
      const transaction = await tx.transaction();
      await transaction.send({ topic: transactional, messages: [{ value: JSON.stringify({ commit }) }, { value: 'x' }] });
      await (commit ? transaction.commit() : transaction.abort());
    }
    await tx.disconnect();
    await cluster.connect();
    await cluster.addMultipleTargetTopics(topics);
    await cluster.refreshMetadata();
  });

  afterAll(async () => {
    await cluster.disconnect();
    await deleteTopics(topics);
  });

  async function leaderOf(topic: string): Promise<InternalBroker> {
    const [partition] = cluster.findTopicPartitionMetadata(topic);
    return cluster.findBroker({ nodeId: String(partition!.leader) });
  }

  const request = (topic: string, fetchOffset: string, maxBytes = 16 * 1024 * 1024) => ({
    isolationLevel: READ_COMMITTED,
    maxWaitTime: 100,
    minBytes: 1,
    maxBytes,
    topics: [{ topic, partitions: [{ partition: 0, fetchOffset, maxBytes }] }],
  });

  /** The fields the scan reads; kafkajs's records carry more (magic byte, attributes, the whole batch context). */
  function seen(response: FetchResponse) {
    return response.responses.flatMap(({ topicName, partitions }) =>
      partitions.map(({ partition, abortedTransactions, messages }) => ({
        topicName,
        partition,
        abortedTransactions,
        messages: seenMessages(messages),
      })),
    );
  }

  async function both(topic: string, fetchOffset: string, maxBytes?: number) {
    const broker = await leaderOf(topic);
    expect(Object.hasOwn(broker, 'fetch')).toBe(true); // the scan's cluster gives its brokers a fetch of their own
    const ours = await broker.fetch(request(topic, fetchOffset, maxBytes));
    const kafkajsFetch = Broker.prototype.fetch as (this: InternalBroker, request: Parameters<InternalBroker['fetch']>[0]) => Promise<FetchResponse>;
    const kafkajs = await kafkajsFetch.call(broker, request(topic, fetchOffset, maxBytes));
    return { ours: seen(ours), kafkajs: seen(kafkajs) };
  }

  it('reads batches of every codec, headers, nulls and empty values as kafkajs does', async () => {
    const { ours, kafkajs } = await both(mixed, '0');
    expect(ours[0]!.messages).toHaveLength(codecs.length * 20 + 3);
    expect(ours).toEqual(kafkajs);
    const last = ours[0]!.messages.slice(-3);
    expect(last[0]!.headers).toEqual({ trace: Buffer.from('abc'), repeated: [Buffer.from('1'), Buffer.from('2')] });
    expect(last.map((message) => message.value?.toString() ?? null)).toEqual(['{"h":1}', null, '']);
  });

  it('reads from the middle of a compressed batch, and up to a batch the size limit cut off, as kafkajs does', async () => {
    const middle = await both(mixed, '25');
    expect(middle.ours).toEqual(middle.kafkajs);
    expect(middle.ours[0]!.messages[0]!.offset).toBe('20'); // the whole batch comes back; the reader skips what is before its offset
    const cut = await both(mixed, '0', 700);
    expect(cut.ours).toEqual(cut.kafkajs);
    expect(cut.ours[0]!.messages.length).toBeGreaterThan(0);
    expect(cut.ours[0]!.messages.length).toBeLessThan(codecs.length * 20);
  });

  it('reads transactions (aborted ones and their markers) and LogAppendTime timestamps as kafkajs does', async () => {
    const tx = await both(transactional, '0');
    expect(tx.ours).toEqual(tx.kafkajs);
    expect(tx.ours[0]!.abortedTransactions).toHaveLength(1);
    expect(tx.ours[0]!.messages.filter((message) => message.isControlRecord)).toHaveLength(3);
    const appended = await both(appendTime, '0');
    expect(appended.ours).toEqual(appended.kafkajs);
    expect(appended.ours[0]!.messages[1]!.timestamp).not.toBe('1000'); // the broker's append time, not the producer's
  });
});
