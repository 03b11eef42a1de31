import { describe, expect, it } from '@jest/globals';
import { Kafka, logLevel } from 'kafkajs';
import filterAbortedMessages from 'kafkajs/src/consumer/filterAbortedMessages.js';
import metadataRequests from 'kafkajs/src/protocol/requests/metadata/index.js';
import metadataV6 from 'kafkajs/src/protocol/requests/metadata/v6/response.js';
import Broker from 'kafkajs/src/broker/index.js';
import ConnectionPool from 'kafkajs/src/network/connectionPool.js';
import fetchRequests from 'kafkajs/src/protocol/requests/fetch/index.js';
import decodeMessages from 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js';
import KafkajsDecoder from 'kafkajs/src/protocol/decoder.js';
import {
  checkKafkajsInternals,
  createInternalCluster,
  kafkajsProblems,
  KafkajsDriftError,
  REQUIRED_KAFKAJS_VERSION,
  withLenientMetadata,
  type InternalBroker,
} from '../../../src/kafka/kafkajs-internals';

/** The fence around kafkajs's private parts: it fails on any drift, and the leniency stays inside the scan. */
describe('kafkajs internals', () => {
  const kafka = new Kafka({ brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING });
  const installed = {
    version: REQUIRED_KAFKAJS_VERSION,
    metadataVersions: metadataRequests.versions,
    filterAbortedMessages,
    kafka,
    broker: Broker,
    connectionPool: ConnectionPool,
    fetchRequests,
    decodeMessages,
    decoder: KafkajsDecoder,
  };

  it('finds everything the scan relies on in the installed kafkajs (fails when kafkajs moves)', () => {
    expect(kafkajsProblems(installed)).toEqual([]);
    expect(() => checkKafkajsInternals(kafka)).not.toThrow();
    expect(typeof createInternalCluster(kafka).findBroker).toBe('function');
  });

  it("finds a topic's partitions in one pass over the metadata, not one per topic (kafkajs's search is quadratic), with kafkajs's answers", () => {
    const cluster = createInternalCluster(kafka);
    const brokerPool = (cluster as unknown as { brokerPool: { metadata?: unknown } }).brokerPool;
    expect(() => cluster.findTopicPartitionMetadata('t0')).toThrow('Topic metadata not loaded');
    let reads = 0;
    const metadataOf = (count: number, leader: number) => {
      const topics = Array.from({ length: count }, (_, i) => ({ topic: `t${i}`, partitionMetadata: [{ partitionId: 0, leader }] }));
      // Counts the elements kafkajs or the index reads.
      const counted = new Proxy(topics, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { topicMetadata: counted };
    };
    brokerPool.metadata = metadataOf(2000, 1);
    for (let i = 0; i < 2000; i++) expect(cluster.findTopicPartitionMetadata(`t${i}`)).toEqual([{ partitionId: 0, leader: 1 }]);
    expect(cluster.findTopicPartitionMetadata('absent')).toEqual([]);
    expect(reads).toBeLessThanOrEqual(2000);
    brokerPool.metadata = metadataOf(10, 2); // a refresh replaces the metadata: the index follows
    expect(cluster.findTopicPartitionMetadata('t3')).toEqual([{ partitionId: 0, leader: 2 }]);
    expect(cluster.findTopicPartitionMetadata('t11')).toEqual([]);
  });

  it("gives the scan's brokers a fetch of their own that fails as a rejection, as kafkajs's async fetch does, never a throw", async () => {
    const cluster = createInternalCluster(kafka) as unknown as { brokerPool: { seedBroker: InternalBroker; createSeedBroker(): Promise<void> } };
    await cluster.brokerPool.createSeedBroker(); // made, not connected: kafkajs's request lookup throws
    const broker = cluster.brokerPool.seedBroker;
    expect(Object.hasOwn(broker, 'fetch')).toBe(true);
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = broker.fetch({ isolationLevel: 1, maxWaitTime: 0, minBytes: 1, maxBytes: 1, topics: [] });
    }).not.toThrow();
    await expect(result).rejects.toThrow('Broker not connected');
  });

  it('names each drift: another version, a Metadata version the leniency does not cover, a missing filter or Cluster', () => {
    expect(kafkajsProblems({ ...installed, version: '2.3.0' })).toEqual(['version 2.3.0 is not 2.2.4']);
    expect(kafkajsProblems({ ...installed, metadataVersions: [...metadataRequests.versions, '7'] })).toEqual([
      'Metadata response version(s) 7 are not made lenient',
    ]);
    expect(kafkajsProblems({ ...installed, filterAbortedMessages: undefined })).toEqual(['consumer/filterAbortedMessages is not a function']);
    expect(kafkajsProblems({ ...installed, kafka: {} as Kafka })).toEqual(['no private:Kafka:createCluster on a Kafka instance']);
    const send = Object.getOwnPropertySymbols(Broker.prototype).find((s) => s.description === 'private:Broker:sendRequest')!;
    const withoutListOffsets = { fetch: Broker.prototype.fetch, describeConfigs: Broker.prototype.describeConfigs, [send]: Broker.prototype[send as never] };
    expect(kafkajsProblems({ ...installed, broker: { prototype: withoutListOffsets } })).toEqual(['Broker lacks listOffsets']);
    expect(kafkajsProblems({ ...installed, broker: { prototype: {} } })).toContain('Broker has no private:Broker:sendRequest');
    expect(kafkajsProblems({ ...installed, fetchRequests: { ...fetchRequests, versions: [...fetchRequests.versions, '12'] } })).toEqual([
      "Fetch request versions 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 go beyond the 11 the scan's decoder reads",
    ]);
    expect(kafkajsProblems({ ...installed, decodeMessages: undefined })).toEqual(['fetch/v4/decodeMessages or protocol/decoder is missing']);
    expect(kafkajsProblems({ ...installed, connectionPool: { prototype: {} } })).toEqual(['ConnectionPool lacks getConnection, getConnectionByRequest']);
    const error = new KafkajsDriftError(['version 2.3.0 is not 2.2.4']);
    expect(error.message).toBe(
      'kafkajs 2.2.4 does not have the internals the scan reads partitions with (version 2.3.0 is not 2.2.4); kafka-schema-scout needs kafkajs 2.2.4 exactly',
    );
  });

  it('lets an offline partition through only inside the scan; other clients of the process see kafkajs as it is', async () => {
    const response = () => ({
      throttleTime: 0,
      brokers: [{ nodeId: 1, host: '127.0.0.1', port: 1, rack: null }],
      clusterId: 'c',
      controllerId: 1,
      topicMetadata: [
        {
          topicErrorCode: 0,
          topic: 'orders',
          isInternal: false,
          partitionMetadata: [{ partitionErrorCode: 5, partitionId: 0, leader: -1, replicas: [1], isr: [], offlineReplicas: [1] }],
        },
      ],
    });
    await withLenientMetadata(async () => {
      const parsed = (await metadataV6.parse(response())) as { topicMetadata: Array<{ partitionMetadata: Array<{ leader: number }> }> };
      expect(parsed.topicMetadata[0]!.partitionMetadata[0]!.leader).toBe(-1);
    });
    await expect(metadataV6.parse(response())).rejects.toThrow(/leader/i);
  });
});
