import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { waitForLeaders } from '../../src/kafka/wait-for-leaders';
import { silentLogger } from '../../src/util/log';
import { kafkaScript } from '../support/broker';
import { snapshotFiles } from '../support/files';

/**
 * A cluster of two brokers of its own (node 1: broker and controller; node 2: broker only),
 * the scan given only node 1's address: partitions led by node 2 are fetched from node 2, and
 * when node 2 is gone, only the topics with partitions on it fail, by name, their files kept
 * (kafkajs alone rejects the whole metadata of a cluster with an offline partition).
 */
const port = Number(process.env.KAFKA_MULTI_PORT ?? 19692);
const secondPort = port + 2;
const first = { KAFKA_PORT: String(port), KAFKA_HEAP: '512m' };
const second = {
  KAFKA_PORT: String(secondPort),
  KAFKA_HEAP: '512m',
  KAFKA_EXTRA_PROPERTIES: [
    'process.roles=broker',
    'node.id=2',
    `controller.quorum.voters=1@127.0.0.1:${port + 1}`,
    `listeners=PLAINTEXT://127.0.0.1:${secondPort}`,
  ].join('\n'),
};
const bootstrap = `127.0.0.1:${port}`;
/** Where each topic's partitions live: node 1 only, node 2 only, both. */
const placement: Record<string, number[]> = { 'multi-on-one': [1, 1, 1], 'multi-on-two': [2, 2, 2], 'multi-split': [1, 2, 1, 2] };
const PER_PARTITION = 20;

describe('a scan of a two-broker cluster', () => {
  let dir: string;
  const options = (): ScanOptions => ({
    connection: { brokers: [bootstrap], connectionTimeoutMs: 5_000 },
    cluster: 'multi',
    dir,
    filter: { include: ['multi-.*'] },
    sampling: { ...defaultSampleOptions, samplesPerPartition: PER_PARTITION, topicTimeoutMs: 40_000 },
    naming: {},
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-multi-'));
    await kafkaScript('stop', second);
    await kafkaScript('stop', first);
    await kafkaScript('start', first);
    await kafkaScript('start', second);
    const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: Object.entries(placement).map(([topic, nodes]) => ({
          topic,
          replicaAssignment: nodes.map((node, partition) => ({ partition, replicas: [node] })),
        })),
      });
      await waitForLeaders(
        admin,
        Object.entries(placement).map(([topic, nodes]) => ({ topic, partitions: nodes.length })),
      );
    } finally {
      await admin.disconnect();
    }
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      for (const [topic, nodes] of Object.entries(placement)) {
        const messages = nodes.flatMap((_, partition) =>
          Array.from({ length: PER_PARTITION }, (_, i) => ({ partition, value: JSON.stringify({ id: i, node: nodes[partition], [`p${partition}`]: true }) })),
        );
        await producer.send({ topic, messages, acks: -1 });
      }
    } finally {
      await producer.disconnect();
    }
  }, 240_000);

  afterAll(async () => {
    await kafkaScript('stop', second);
    await kafkaScript('stop', first);
    await rm(dir, { recursive: true, force: true });
  }, 120_000);

  it('reads every partition from its own leader, given one broker address', async () => {
    const report = await runScan(options(), silentLogger);
    expect(report.partial).toBe(false);
    for (const [topic, nodes] of Object.entries(placement)) {
      expect(report.topics.find((outcome) => outcome.topic === topic)).toMatchObject({ status: 'new', records: nodes.length * PER_PARTITION });
      const schema = JSON.parse(await readFile(join(dir, 'multi', topic, 'value.avsc'), 'utf8')) as { fields: Array<{ name: string }> };
      expect(schema.fields.map((field) => field.name)).toEqual(['id', 'node', ...nodes.map((_, partition) => `p${partition}`)]);
    }
  });

  it('with the second broker gone, fails only the topics that have partitions on it, by name, and keeps their files', async () => {
    const before = await snapshotFiles(dir);
    await kafkaScript('stop', second);
    const report = await runScan(options(), silentLogger);
    const byTopic = new Map(report.topics.map((outcome) => [outcome.topic, outcome]));
    expect(byTopic.get('multi-on-one')).toMatchObject({ status: 'unchanged', records: 3 * PER_PARTITION });
    for (const topic of ['multi-on-two', 'multi-split']) {
      expect(byTopic.get(topic)?.status).toBe('failed');
      expect(byTopic.get(topic)?.error).toMatch(/no leader|127\.0\.0\.1:\d+/);
    }
    expect(report.partial).toBe(true);
    expect(await snapshotFiles(dir)).toEqual(before);
  }, 90_000);
});
