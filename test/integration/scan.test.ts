import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import avro from 'avsc';
import type { TopicFile } from '../../src/catalog/topic-file';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { snapshotFiles } from '../support/files';
import { fieldNames, parseJson, readJson, recordFields } from '../support/json';
import { createTopicWith, deleteTopics, produce, testKafka, uniqueTopic } from '../support/kafka-fixtures';

describe('scan against a real broker', () => {
  const orders = uniqueTopic('it-scan-orders');
  const empty = uniqueTopic('it-scan-empty');
  const group = uniqueTopic('it-existing-group');
  let dir: string;
  let options: ScanOptions;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-scan-'));
    const messages = Array.from({ length: 60 }, (_, i) => ({
      key: `order-${i}`,
      value: JSON.stringify({
        id: i,
        placedAt: '2026-11-01T10:00:00Z',
        customer: { name: `c${i}`, vip: i % 2 === 0 },
        lines: [{ sku: 'A', qty: 1, price: 9.5 }],
        ...(i % 3 === 0 ? { coupon: 'SAVE10' } : {}),
      }),
      partition: i % 2,
    }));
    await createTopicWith(orders, 2, messages);
    await createTopicWith(empty, 1);
    const admin = testKafka().admin();
    await admin.connect();
    await admin.setOffsets({
      groupId: group,
      topic: orders,
      partitions: [
        { partition: 0, offset: '5' },
        { partition: 1, offset: '7' },
      ],
    });
    await admin.disconnect();
    options = {
      connection: { brokers },
      cluster: 'local',
      dir,
      filter: { include: [orders, empty] },
      sampling: { ...defaultSampleOptions, samplesPerPartition: 20 },
      naming: {},
    };
  });

  afterAll(() => deleteTopics([orders, empty]));

  it('writes schemas and topic.json, then a rerun changes no byte', async () => {
    const first = await runScan(options, silentLogger);
    expect(first.partial).toBe(false);
    expect(first.topics.map((t) => [t.topic, t.status, t.records])).toEqual(
      [
        [orders, 'new', 40],
        [empty, 'new', 0],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const files = await snapshotFiles(dir);
    const schema = parseJson<avro.Schema>(files[`local/${orders}/value.avsc`]!);
    const type = avro.Type.forSchema(schema);
    expect(type.typeName).toBe('record');
    expect(fieldNames(schema)).toEqual(['id', 'placedAt', 'customer', 'lines', 'coupon']);
    expect(files[`local/${orders}/value.avsc`]!.endsWith('}\n')).toBe(true);
    expect(JSON.parse(files[`local/${orders}/topic.json`]!)).toMatchObject({
      partitions: 2,
      replicationFactor: 1,
      keyFormat: 'string',
      valueFormat: 'json',
      configs: { 'cleanup.policy': 'delete' },
    });
    expect(files[`local/${empty}/value.avsc`]).toBeUndefined();
    expect(JSON.parse(files[`local/${empty}/topic.json`]!)).toMatchObject({ partitions: 1, valueFormat: 'empty' });

    const second = await runScan(options, silentLogger);
    expect(second.topics.map((t) => t.status)).toEqual(['unchanged', 'unchanged']);
    expect(await snapshotFiles(dir)).toEqual(files);
  });

  it('leaves existing consumer groups exactly as they were and no group of its own behind', async () => {
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchOffsets({ groupId: group, topics: [orders] });
      expect(offsets[0]!.partitions.sort((a, b) => a.partition - b.partition)).toEqual([
        { partition: 0, offset: '5', metadata: null },
        { partition: 1, offset: '7', metadata: null },
      ]);
      const { groups } = await admin.listGroups();
      expect(groups.filter((g) => g.groupId.startsWith('kafka-schema-scout-'))).toEqual([]);
    } finally {
      await admin.disconnect();
    }
  });

  it('reports a new field as a change and keeps fields the new sample lacks', async () => {
    await produce(orders, [{ key: 'late', value: JSON.stringify({ id: 99, channel: 'web' }), partition: 0 }]);
    const report = await runScan({ ...options, sampling: { ...options.sampling, samplesPerPartition: 1 } }, silentLogger);
    const outcome = report.topics.find((t) => t.topic === orders)!;
    expect(outcome.status).toBe('changed');
    const schema = await readJson(join(dir, 'local', orders, 'value.avsc'));
    expect(fieldNames(schema)).toEqual(['id', 'placedAt', 'customer', 'lines', 'coupon', 'channel']);
  });

  it('fails with a clear error naming the brokers when none answers', async () => {
    await expect(runScan({ ...options, connection: { brokers: ['127.0.0.1:1'], connectionTimeoutMs: 1000 } }, silentLogger)).rejects.toThrow(
      /cannot connect to Kafka at 127\.0\.0\.1:1/,
    );
  });
});

describe('topic.json overrides in a scan', () => {
  const topic = uniqueTopic('it-scan-overrides');
  afterAll(() => deleteTopics([topic]));

  it('forces a map where the heuristic would see a record, and reports bad entries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-overrides-'));
    await createTopicWith(topic, 1, [{ value: JSON.stringify({ id: 1, labels: { color: 'red', size: 'L' } }) }]);
    const options: ScanOptions = {
      connection: { brokers },
      cluster: 'local',
      dir,
      filter: { include: [topic] },
      sampling: defaultSampleOptions,
      naming: {},
    };
    await runScan(options, silentLogger);
    const before = await readJson(join(dir, 'local', topic, 'value.avsc'));
    expect(recordFields(before)[1]!.type).toHaveProperty('type', 'record');

    const topicFile = join(dir, 'local', topic, 'topic.json');
    const committed = await readJson<TopicFile>(topicFile);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(topicFile, JSON.stringify({ ...committed, overrides: { labels: 'map', id: 'list' } }));
    // the committed record is the prior; the override still turns it into a map
    const report = await runScan(options, silentLogger);
    const after = await readJson(join(dir, 'local', topic, 'value.avsc'));
    expect(recordFields(after)[1]).toEqual({ name: 'labels', type: { type: 'map', values: 'string' } });
    expect(report.topics[0]!.warnings.join()).toMatch(/"overrides" entry "id" must be "map" or "record"/);
    expect((await readJson<TopicFile>(topicFile)).overrides).toEqual({ labels: 'map', id: 'list' });
  });
});
