import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { fieldNames, readJson } from '../support/json';
import { createTopicWith, deleteTopics, uniqueTopic } from '../support/kafka-fixtures';
import { kcatProduce, type Codec } from '../support/kcat';

const order = (i: number) => JSON.stringify({ id: i, item: { sku: `S${i}`, qty: i % 5 }, note: i % 2 ? 'gift' : null });

async function scan(dir: string, topics: string[], overrides: Partial<ScanOptions> = {}) {
  const options: ScanOptions = {
    connection: { brokers },
    cluster: 'kcat',
    dir,
    filter: { include: topics },
    sampling: { ...defaultSampleOptions, samplesPerPartition: 50 },
    naming: {},
    ...overrides,
  };
  return runScan(options, silentLogger);
}

const readScanned = (dir: string, topic: string, file: string) => readJson(join(dir, 'kcat', topic, file));

describe('records written by kcat (librdkafka)', () => {
  const codecs: Codec[] = ['gzip', 'snappy', 'lz4', 'zstd'];
  const codecTopics = new Map(codecs.map((codec) => [codec, uniqueTopic(`it-kcat-${codec}`)]));
  const tombstones = uniqueTopic('it-kcat-tombstones');
  const binary = uniqueTopic('it-kcat-binary');
  const structuredKeys = uniqueTopic('it-kcat-keys');
  const all = [...codecTopics.values(), tombstones, binary, structuredKeys];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-kcat-scan-'));
    for (const topic of all) await createTopicWith(topic, 1);
    for (const [codec, topic] of codecTopics) {
      await kcatProduce(
        topic,
        Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: order(i) })),
        codec,
      );
    }
    await kcatProduce(tombstones, [
      { key: 'a', value: order(1) },
      { key: 'b', value: null },
      { key: 'c', value: order(2) },
    ]);
    await kcatProduce(
      binary,
      Array.from({ length: 10 }, () => ({ value: Buffer.concat([Buffer.from([0xff, 0x00, 0x9c]), randomBytes(64)]) })),
    );
    await kcatProduce(
      structuredKeys,
      Array.from({ length: 5 }, (_, i) => ({ key: JSON.stringify({ tenant: 't1', id: i }), value: order(i) })),
    );
  }, 120_000);

  afterAll(() => deleteTopics(all));

  it('reads gzip, snappy, lz4 and zstd batches, with keys', async () => {
    const report = await scan(dir, [...codecTopics.values()]);
    expect(report.partial).toBe(false);
    for (const topic of codecTopics.values()) {
      const outcome = report.topics.find((t) => t.topic === topic)!;
      expect(outcome).toMatchObject({ status: 'new', records: 30, keyFormat: 'string', valueFormat: 'json' });
      const schema = await readScanned(dir, topic, 'value.avsc');
      expect(fieldNames(schema)).toEqual(['id', 'item', 'note']);
    }
  });

  it('makes the value nullable when the topic has tombstones', async () => {
    await scan(dir, [tombstones]);
    const schema = await readScanned(dir, tombstones, 'value.avsc');
    expect(Array.isArray(schema)).toBe(true);
    const union = schema as unknown[];
    expect(union[0]).toBe('null');
    expect(union[1]).toMatchObject({ type: 'record' });
  });

  it('calls binary values bytes', async () => {
    const report = await scan(dir, [binary]);
    expect(report.topics[0]).toMatchObject({ valueFormat: 'bytes', keyFormat: 'none', records: 10 });
    expect(await readScanned(dir, binary, 'value.avsc')).toBe('bytes');
  });

  it('writes key.avsc for structured keys', async () => {
    await scan(dir, [structuredKeys]);
    const key = await readScanned(dir, structuredKeys, 'key.avsc');
    expect(key).toMatchObject({ type: 'record' });
    expect(fieldNames(key)).toEqual(['tenant', 'id']);
    expect(await readScanned(dir, structuredKeys, 'topic.json')).toMatchObject({ keyFormat: 'json', valueFormat: 'json' });
  });
});
