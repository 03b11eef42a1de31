import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { waitForLeaders } from '../../src/kafka/wait-for-leaders';
import { runScan } from '../../src/scan/run-scan';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { startKafkaProxy, type KafkaProxy } from '../support/kafka-proxy';
import { deleteTopics, produce, testKafka } from '../support/kafka-fixtures';

/**
 * The scan's round trips, counted on the wire: a proxy in front of the broker (advertising
 * itself, so every connection crosses it) counts connections and requests by API key. On a
 * cluster 1–50 ms away each request that waits for another is a round trip, so the counts must
 * not grow with the number of topics: 101 topics here, past the 100 a request once carried.
 */
describe('scan round trips', () => {
  const prefix = `it-requests-${randomBytes(4).toString('hex')}-`;
  const topics = Array.from({ length: 101 }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
  let proxy: KafkaProxy;
  let dir: string;

  beforeAll(async () => {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: 2 })), waitForLeaders: false });
      await waitForLeaders(
        admin,
        topics.map((topic) => ({ topic, partitions: 2 })),
      );
      // A new partition's leader may refuse ListOffsets for a moment after metadata names it
      // (the scan then retries, and would count more requests): wait until every one answers.
      for (const topic of topics) {
        for (let attempt = 1; ; attempt++) {
          const ready = await admin.fetchTopicOffsets(topic).then(
            () => true,
            (error: Error) => (attempt < 300 ? false : Promise.reject(error)),
          );
          if (ready) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    } finally {
      await admin.disconnect();
    }
    for (const topic of topics.slice(0, 3)) {
      await produce(
        topic,
        Array.from({ length: 6 }, (_, i) => ({ value: JSON.stringify({ id: i, topic }), partition: i % 2 })),
      );
    }
    const [host, port] = brokers[0]!.split(':');
    proxy = await startKafkaProxy({ upstream: { host: host!, port: Number(port) }, advertiseSelf: true });
    dir = await mkdtemp(join(tmpdir(), 'scout-requests-'));
  });

  afterAll(async () => {
    await proxy?.close();
    await deleteTopics(topics);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('uses one connection and one request of each kind (two ListOffsets) whatever the number of topics', async () => {
    const report = await runScan(
      {
        connection: { brokers: [`127.0.0.1:${proxy.port}`] },
        cluster: 'local',
        dir,
        filter: { include: [`${prefix}.*`] },
        sampling: defaultSampleOptions,
        naming: {},
      },
      silentLogger,
    );
    expect(report.topics.filter((topic) => topic.error)).toEqual([]);
    expect(report.partial).toBe(false);
    expect(report.topics).toHaveLength(101);
    expect(report.topics.reduce((sum, topic) => sum + topic.records, 0)).toBe(18);
    expect(report.topics.every((topic) => topic.warnings.length === 0)).toBe(true); // configs read
    // Metadata once (all topics: discovery and leaders), configs in one request, earliest and
    // latest offsets in one request each, all records in one Fetch; all on one connection.
    expect(proxy.requests()).toEqual({ ApiVersions: 1, DescribeConfigs: 1, Fetch: 1, ListOffsets: 2, Metadata: 1 });
    expect(proxy.connections()).toBe(1);
  });
});
