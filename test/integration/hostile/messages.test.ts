import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import avro from 'avsc';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { runScan } from '../../../src/scan/run-scan';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import type { Logger } from '../../../src/util/log';
import { brokers } from '../../support/broker';
import { deleteTopics } from '../../support/kafka-fixtures';
import { waitForLeaders } from '../../../src/kafka/wait-for-leaders';

/**
 * Hostile messages through the real broker and runScan: each topic gets a bounded-time result
 * (valid Avro files) or a clear per-topic error, and the ordinary topic next to them is scanned.
 */
const TEN_MB = 10 * 1024 * 1024;
const prefix = `it-hostile-${randomBytes(3).toString('hex')}`;
const topics = {
  big: `${prefix}-ten-mb`,
  deep: `${prefix}-deep`,
  wide: `${prefix}-wide`,
  utf8: `${prefix}-bad-utf8`,
  noise: `${prefix}-noise`,
  plain: `${prefix}-plain`,
};

/** `depth` levels, each with a key of its own (`{"a0":{"a1":...}}`): no level repeats another, so none folds into a recursive type. */
function nested(depth: number): string {
  let text = '1';
  for (let level = depth - 1; level >= 0; level--) text = `{"a${level}":${text}}`;
  return text;
}

function wideObject(keys: number): string {
  const entries: string[] = [];
  for (let i = 0; i < keys; i++) entries.push(`"k${i.toString(36)}":${i}`);
  return `{${entries.join(',')}}`;
}

/** JSON whose string values hold bytes that are not UTF-8 (lone continuation bytes, overlongs, 0xFF). */
function invalidUtf8(i: number): Buffer {
  return Buffer.concat([Buffer.from(`{"id":${i},"name":"`), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80, 0xc0, 0xaf]), Buffer.from('"}')]);
}

function recordingLogger(lines: string[]): Logger {
  const record = (message: string) => void lines.push(message);
  return { debug: record, info: record, warn: record, error: record };
}

describe('hostile messages through a real broker', () => {
  let dir: string;
  const kafka = new Kafka({ clientId: 'scout-hostile-fixture', brokers, logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-hostile-'));
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: Object.values(topics).map((topic) => ({
        topic,
        numPartitions: 1,
        // the broker's default max.message.bytes is ~1 MB (the 100,000-key object is ~1.2 MB)
        configEntries: [{ name: 'max.message.bytes', value: String(TEN_MB + 4 * 1024 * 1024) }],
      })),
    });
    await waitForLeaders(
      admin,
      Object.values(topics).map((topic) => ({ topic, partitions: 1 })),
    );
    await admin.disconnect();
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const send = (topic: string, messages: Message[]) => producer.send({ topic, messages, acks: -1 });
    try {
      const blob = 'x'.repeat(TEN_MB);
      await send(topics.big, [{ key: 'big', value: `{"id":1,"blob":"${blob}"}` }]);
      await send(topics.deep, [{ value: nested(1000) }, { value: nested(1000) }]);
      await send(topics.wide, [{ value: wideObject(100_000) }]);
      await send(
        topics.utf8,
        Array.from({ length: 5 }, (_, i) => ({ key: Buffer.from([0xff, 0x00, i]), value: invalidUtf8(i) })),
      );
      await send(
        topics.noise,
        Array.from({ length: 50 }, () => ({ key: randomBytes(16), value: randomBytes(512 + Math.floor(Math.random() * 4096)) })),
      );
      await send(topics.plain, [{ value: JSON.stringify({ id: 1, ok: true }) }]);
    } finally {
      await producer.disconnect();
    }
  }, 60_000);

  afterAll(async () => {
    await deleteTopics(Object.values(topics));
    await rm(dir, { recursive: true, force: true });
  });

  it('every topic ends in bounded time with valid Avro or a clear per-topic error', async () => {
    const logs: string[] = [];
    const report = await runScan(
      {
        connection: { brokers },
        cluster: 'hostile',
        dir,
        filter: { include: [`${prefix}-.*`] },
        sampling: { ...defaultSampleOptions, maxBytesPerTopic: 32 * 1024 * 1024, topicTimeoutMs: 30_000 },
        naming: {},
      },
      recordingLogger(logs),
    );
    // Every topic ended by its offsets or its byte budget, none by the time budget.
    expect(report.topics.filter((outcome) => /time budget/.test(`${outcome.error ?? ''} ${outcome.warnings.join(' ')}`))).toEqual([]);

    const byTopic = new Map(report.topics.map((outcome) => [outcome.topic, outcome]));
    expect([...byTopic.keys()].sort()).toEqual(Object.values(topics).sort());
    // Each failure is per topic, with a message; everything else produced parseable Avro.
    for (const outcome of report.topics) {
      if (outcome.status === 'failed') {
        expect(outcome.error).toMatch(/\S{10,}/);
        expect(logs.some((line) => line.includes(outcome.topic) && line.includes(outcome.error!))).toBe(true);
      }
    }
    expect(byTopic.get(topics.plain)).toMatchObject({ status: 'new', records: 1, valueFormat: 'json' });
    expect(byTopic.get(topics.big)).toMatchObject({ status: 'new', records: 1, valueFormat: 'json' });
    expect(byTopic.get(topics.wide)).toMatchObject({ status: 'new', records: 1, valueFormat: 'json' });
    // 1,000 levels would format to ~27 MB of indentation: refused by name, nothing written
    expect(byTopic.get(topics.deep)).toMatchObject({ status: 'failed', records: 2 });
    expect(byTopic.get(topics.deep)?.error).toMatch(/value\.avsc would be \d+\.\d MiB \(limit 2 MiB\)/);
    expect(byTopic.get(topics.noise)).toMatchObject({ status: 'new', records: 50, valueFormat: 'bytes' });
    expect(byTopic.get(topics.utf8)?.status).toBe('new');

    const files: Record<string, string> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8');
    }
    for (const [path, text] of Object.entries(files)) {
      expect(path).not.toMatch(/\.tmp-/);
      const json = JSON.parse(text) as unknown;
      if (path.endsWith('.avsc')) {
        expect(() => avro.Type.forSchema(json as avro.Schema, { noAnonymousTypes: true })).not.toThrow();
      }
    }
    // the 10 MB value is not copied anywhere: files stay small
    const large = Object.entries(files)
      .filter(([, text]) => text.length > 1024 * 1024)
      .map(([path, text]) => `${path}: ${text.length} chars: ${text.slice(0, 200)} … ${text.slice(-100)}`);
    expect(large).toEqual([]);
    const wide = JSON.parse(files[`hostile/${topics.wide}/value.avsc`]!) as { type: string; fields?: unknown[] };
    // 100,000 distinct keys with one value shape: a map, not a record of 100,000 fields
    expect(JSON.stringify(wide).length).toBeLessThan(10_000);
    const big = JSON.parse(files[`hostile/${topics.big}/value.avsc`]!) as { fields: Array<{ name: string }> };
    expect(big.fields.map((field) => field.name)).toEqual(['id', 'blob']);
    expect(Object.keys(files).filter((path) => path.includes(topics.deep))).toEqual([]);
  }, 60_000);
});
