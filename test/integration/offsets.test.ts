import { expect } from '@jest/globals';
import { Kafka, logLevel } from 'kafkajs';
import { readOffsetsInBatches } from '../../src/kafka/batch-offsets';
import { createInternalCluster } from '../../src/kafka/kafkajs-internals';
import { defaultSampleOptions, sampleTopics, type TopicSample } from '../../src/kafka/sample';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { createTopicWith, deleteTopics, testKafka, uniqueTopic } from '../support/kafka-fixtures';

describe('partition offsets', () => {
  const a = uniqueTopic('it-offsets-a');
  const b = uniqueTopic('it-offsets-b');

  beforeAll(async () => {
    await createTopicWith(
      a,
      2,
      [0, 0, 0, 1].map((partition, i) => ({ partition, value: `{"i":${i}}` })),
    );
    await createTopicWith(b, 1, [{ value: '{"x":1}' }, { value: '{"x":2}' }]);
    const admin = testKafka().admin();
    await admin.connect();
    await admin.fetchTopicMetadata({ topics: [b] });
    await admin.deleteTopicRecords({ topic: b, partitions: [{ partition: 0, offset: '1' }] });
    await admin.disconnect();
  });

  afterAll(() => deleteTopics([a, b]));

  it('reads earliest and latest offsets of many topics in one request per broker', async () => {
    const cluster = createInternalCluster(new Kafka({ brokers, logLevel: logLevel.NOTHING }));
    await cluster.connect();
    const { offsets } = await readOffsetsInBatches(cluster, [a, b]).finally(() => cluster.disconnect());
    expect(offsets.get(a)?.sort((x, y) => x.partition - y.partition)).toEqual([
      { partition: 0, low: '0', high: '3' },
      { partition: 1, low: '0', high: '1' },
    ]);
    expect(offsets.get(b)).toEqual([{ partition: 0, low: '1', high: '2' }]);
  });

  it('falls back to topic-by-topic look-ups so a topic that vanished fails alone', async () => {
    const cluster = createInternalCluster(new Kafka({ brokers, logLevel: logLevel.NOTHING }));
    await cluster.connect();
    const samples: TopicSample[] = [];
    try {
      await sampleTopics(cluster, [a, 'it-offsets-never-created'], defaultSampleOptions, (s) => Promise.resolve(void samples.push(s)), silentLogger);
    } finally {
      await cluster.disconnect();
    }
    const byTopic = new Map(samples.map((s) => [s.topic, s]));
    expect(byTopic.get(a)).toMatchObject({ ok: true });
    expect((byTopic.get(a) as { records: unknown[] }).records).toHaveLength(4);
    expect(byTopic.get('it-offsets-never-created')).toMatchObject({ ok: false, error: expect.stringMatching(/could not read offsets/) });
  });
});
